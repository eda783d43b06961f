package se.ikkonsolidering.report;

import java.io.IOException;
import java.io.OutputStream;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The workbook a controller filters and digs in: the same figures as the page, plus every control with its source.
 * Sheets: Sammanfattning, Per nämnd, Kontroller, Att uppmärksamma, Inlämningar.
 */
final class XlsxRenderer {

	void render(Summary summary, OutputStream out) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			XlsxStyles styles = new XlsxStyles(workbook);
			XlsxOverviewSheets.write(workbook, styles, summary);
			XlsxDetailSheets.write(workbook, styles, summary);
			workbook.write(out);
		}
	}
}
