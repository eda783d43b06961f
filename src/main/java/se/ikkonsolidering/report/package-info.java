/**
 * What the job writes for people, all from the database through {@link se.ikkonsolidering.report.YearExport}: which
 * year ({@code ExportYear}), which register nämnder sent nothing and why ({@code Unsubmitted}), the contract CSV
 * exports ({@code CsvExport}), and kommunstyrelsen's summary ({@code SummaryReport}): a {@code Summary} model
 * computed without Spring from the database's rows ({@code SummaryBuilder}), rendered as HTML with Thymeleaf from
 * {@code templates/ks-sammanstallning.html}, as PDF from the same HTML, and as XLSX. Methods the template reads are
 * public on otherwise package-private records, as Thymeleaf's expression language requires. Every text from a
 * nämnd's file is escaped in HTML and neutralised against formulas in CSV and XLSX.
 */
package se.ikkonsolidering.report;
