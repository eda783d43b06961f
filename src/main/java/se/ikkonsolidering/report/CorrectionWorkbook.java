package se.ikkonsolidering.report;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.List;

import org.dhatim.fastexcel.Workbook;

import se.ikkonsolidering.correction.CorrectionColumn;
import se.ikkonsolidering.correction.CorrectionWords;
import se.ikkonsolidering.submission.Period;

/**
 * The corrections workbook ({@code rattelser.xlsx}) the economy office corrects in: the sheet
 * {@value CorrectionColumn#SHEET} with a row per file and per control ({@link CorrectionRows}), "Rätt status",
 * "Rätt period" and "Inte en kontroll" as dropdowns, and the key columns (fil, flik, rad, sha256) as the job wrote
 * them. Written with fastexcel straight into the zip stream, as the summary's workbook is.
 */
final class CorrectionWorkbook {

	private static final int[] WIDTHS = { 30, 14, 6, 26, 50, 13, 18, 24, 8, 10, 10, 30, 14, 18, 6, 8, 11, 30, 60 };

	/** Rows below the written ones that still offer the dropdowns, for rows the office adds. */
	private static final int ROOM = 200;

	private CorrectionWorkbook() {
	}

	static void write(List<CorrectionRows.Row> rows, OutputStream out) throws IOException {
		Workbook workbook = new Workbook(out, "ik-konsolidering", "1.0");
		SheetWriter sheet = new SheetWriter(workbook, CorrectionColumn.SHEET, new XlsxStyles(), WIDTHS);
		sheet.header(Arrays.stream(CorrectionColumn.values()).map(CorrectionColumn::header).toArray(String[]::new));
		for (CorrectionRows.Row row : rows) {
			sheet.newRow();
			for (CorrectionColumn column : CorrectionColumn.values()) {
				String value = row.get(column);
				if (value.isEmpty()) {
					sheet.skip();
				}
				else if ((column == CorrectionColumn.RAD || column == CorrectionColumn.AR) && value.matches("\\d{1,9}")) {
					sheet.number(Long.parseLong(value));
				}
				else {
					sheet.text(value);
				}
			}
		}
		int last = Math.max(1, rows.size() + ROOM);
		sheet.dropdown(CorrectionColumn.RATT_STATUS.ordinal(), last, CorrectionWords.statusChoices());
		sheet.dropdown(CorrectionColumn.RATT_PERIOD.ordinal(), last,
				Arrays.stream(Period.values()).map(Period::swedish).toList());
		sheet.dropdown(CorrectionColumn.INTE_EN_KONTROLL.ordinal(), last, List.of(CorrectionWords.notAControlMark()));
		sheet.finish();
		workbook.finish();
	}
}
