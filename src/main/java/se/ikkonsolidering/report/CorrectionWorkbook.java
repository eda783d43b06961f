package se.ikkonsolidering.report;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.List;

import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import se.ikkonsolidering.correction.CorrectionColumn;
import se.ikkonsolidering.correction.CorrectionWords;
import se.ikkonsolidering.submission.Period;

/**
 * The corrections workbook ({@code rattelser.xlsx}) the economy office corrects in: the sheet
 * {@value CorrectionColumn#SHEET} with a row per file and per control ({@link CorrectionRows}), "Rätt status" and
 * "Rätt period" as dropdowns, and the key columns (fil, flik, rad, sha256) as the job wrote them. Streamed, as the
 * summary's workbook is, so a year of many controls fits in a small heap.
 */
final class CorrectionWorkbook {

	private static final int ROWS_IN_MEMORY = 100;
	private static final int[] WIDTHS = { 30, 14, 6, 26, 50, 13, 18, 24, 8, 10, 10, 30, 14, 18, 6, 8, 11, 30, 60 };

	private CorrectionWorkbook() {
	}

	static void write(List<CorrectionRows.Row> rows, OutputStream out) throws IOException {
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY)) {
			workbook.setCompressTempFiles(true);
			SheetWriter sheet = new SheetWriter(workbook, CorrectionColumn.SHEET, new XlsxStyles(workbook.getXSSFWorkbook()));
			sheet.header(List.of(CorrectionColumn.values()).stream().map(CorrectionColumn::header).toArray(String[]::new));
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
			sheet.finish(WIDTHS);
			Sheet written = workbook.getSheet(CorrectionColumn.SHEET);
			int last = Math.max(1, rows.size() + 200);
			dropdown(written, CorrectionColumn.RATT_STATUS, CorrectionWords.statusChoices(), last);
			dropdown(written, CorrectionColumn.RATT_PERIOD, Arrays.stream(Period.values()).map(Period::swedish).toList(),
					last);
			dropdown(written, CorrectionColumn.INTE_EN_KONTROLL, List.of(CorrectionWords.notAControlMark()), last);
			workbook.write(out);
		}
	}

	/** A list to choose from in the column, below the header, with room for rows the office adds. */
	private static void dropdown(Sheet sheet, CorrectionColumn column, List<String> choices, int lastRow) {
		DataValidationHelper helper = sheet.getDataValidationHelper();
		DataValidation validation = helper.createValidation(
				helper.createExplicitListConstraint(choices.toArray(String[]::new)),
				new CellRangeAddressList(1, lastRow, column.ordinal(), column.ordinal()));
		validation.setShowErrorBox(false);
		validation.setSuppressDropDownArrow(true);
		sheet.addValidationData(validation);
	}
}
