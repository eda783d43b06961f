package se.ikkonsolidering.report;

import java.io.IOException;
import java.io.OutputStream;

import org.dhatim.fastexcel.Workbook;

/**
 * The workbook a controller filters and digs in: the same figures as the page, plus every control with its source.
 * Sheets: Sammanfattning, Per nämnd, Kontroller, Att uppmärksamma, Inlämningar, Ej genomförda två år when last
 * year is in the database, then kommunstyrelsen's oversight.
 * <p>
 * Written with fastexcel straight into the zip stream, sheet after sheet, a thousand rows at a time: no temporary
 * files, and a year of 300,000 controls in a few seconds within a small heap (POI's streaming workbook took 23 s and
 * gzipped temporary files for it; see BENCHMARKS.md).
 */
final class XlsxRenderer {

	/** @param controls every control of the year's current files, for the Kontroller sheet */
	void render(Summary summary, ControlRows controls, OutputStream out) throws IOException {
		Workbook workbook = new Workbook(out, "ik-konsolidering", "1.0");
		XlsxStyles styles = new XlsxStyles();
		XlsxOverviewSheets.write(workbook, styles, summary);
		XlsxDetailSheets.write(workbook, styles, summary, controls);
		XlsxComparisonSheet.write(workbook, styles, summary);
		XlsxOversightSheets.write(workbook, styles, summary);
		workbook.finish();
	}
}
