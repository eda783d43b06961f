package se.ikkonsolidering.report;

import java.io.IOException;
import java.io.OutputStream;

import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The workbook a controller filters and digs in: the same figures as the page, plus every control with its source.
 * Sheets: Sammanfattning, Per nämnd, Kontroller, Att uppmärksamma, Inlämningar, Ej genomförda två år when last
 * year is in the database, then kommunstyrelsen's oversight.
 * <p>
 * Written with POI's streaming workbook, which keeps {@link #ROWS_IN_MEMORY} rows per sheet in memory and the rest in
 * temporary files, so a year of 300,000 controls is written with a heap of 512 MB (the in-memory workbook ran out of
 * a 6 GB heap). The temporary files are gzipped, so such a year takes tens rather than hundreds of megabytes of a
 * temporary folder that is often kept in memory; closing the workbook deletes them, also when writing fails.
 */
final class XlsxRenderer {

	private static final int ROWS_IN_MEMORY = 100;

	void render(Summary summary, OutputStream out) throws IOException {
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY)) {
			workbook.setCompressTempFiles(true);
			XlsxStyles styles = new XlsxStyles(workbook.getXSSFWorkbook());
			XlsxOverviewSheets.write(workbook, styles, summary);
			XlsxDetailSheets.write(workbook, styles, summary);
			XlsxComparisonSheet.write(workbook, styles, summary);
			XlsxOversightSheets.write(workbook, styles, summary);
			workbook.write(out);
		}
	}
}
