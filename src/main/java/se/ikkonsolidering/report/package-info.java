/**
 * What the job writes for people. The contract CSV exports ({@link se.ikkonsolidering.report.CsvExport}), and
 * kommunstyrelsen's summary ({@link se.ikkonsolidering.report.SummaryReport}): a {@code Summary} model computed
 * without Spring from the database's rows ({@code SummaryBuilder}), rendered as HTML with Thymeleaf from
 * {@code templates/ks-sammanstallning.html}, as PDF from the same HTML, and as XLSX. Methods the template reads are
 * public on otherwise package-private records, as Thymeleaf's expression language requires. Every text from a
 * nämnd's file is escaped in HTML and neutralised against formulas in CSV and XLSX.
 */
package se.ikkonsolidering.report;
