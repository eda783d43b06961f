package se.ikkonsolidering.report;

import java.io.IOException;

import org.dhatim.fastexcel.Workbook;

/**
 * The sheet "Ej genomförda två år": every control a nämnd reported as not done both this year and last, of which
 * the page prints at most {@link Comparison#SHOWN}. Written only when the database holds last year for some nämnd.
 */
final class XlsxComparisonSheet {

	static final String NAME = "Ej genomförda två år";

	private XlsxComparisonSheet() {
	}

	static void write(Workbook workbook, XlsxStyles styles, Summary s) throws IOException {
		if (!s.comparison().available()) {
			return;
		}
		SheetWriter sheet = new SheetWriter(workbook, NAME, styles, 28, 30, 60);
		sheet.header("Nämnd", "Process", "Kontrollmoment");
		for (Comparison.RepeatedMiss miss : s.comparison().repeated()) {
			sheet.newRow().text(miss.namnd()).text(miss.process()).text(miss.kontrollmoment());
		}
		sheet.finish();
	}
}
