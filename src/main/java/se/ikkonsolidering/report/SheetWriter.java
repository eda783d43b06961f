package se.ikkonsolidering.report;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * Writes one sheet row by row, only ever appending, so it works on a streaming workbook. Every text goes through
 * {@link SpreadsheetSafe} and is stored as a string cell, so text from a nämnd's file can never run as a formula;
 * texts beyond Excel's cell limit are cut with a note.
 */
final class SheetWriter {

	static final int CELL_LIMIT = SpreadsheetVersion.EXCEL2007.getMaxTextLength();
	private static final String CUT = " … [förkortad: hela texten finns i databasen]";

	private final Sheet sheet;
	private final XlsxStyles styles;
	private int headerRow = -1;
	private int columns;
	private Row row;
	private int column;

	SheetWriter(Workbook workbook, String name, XlsxStyles styles) {
		this.sheet = workbook.createSheet(name);
		this.styles = styles;
	}

	/** Starts a table: a header row that stays in view and carries the autofilter. */
	SheetWriter header(String... names) {
		newRow();
		headerRow = row.getRowNum();
		columns = names.length;
		for (String name : names) {
			cell(styles.header()).setCellValue(name);
		}
		return this;
	}

	SheetWriter newRow() {
		row = sheet.createRow(row == null ? 0 : row.getRowNum() + 1);
		column = 0;
		return this;
	}

	/**
	 * Leaves the next cell out, rather than writing an empty text: a program that edits the sheet then types into a
	 * cell of its own (POI, editing a cell the streaming workbook wrote as an inline string, keeps the new value where
	 * a reader of inline strings does not look).
	 */
	SheetWriter skip() {
		column++;
		return this;
	}

	SheetWriter text(String value) {
		return text(value, null);
	}

	SheetWriter text(String value, CellStyle style) {
		String safe = SpreadsheetSafe.text(value);
		cell(style).setCellValue(safe.length() <= CELL_LIMIT ? safe
				: safe.substring(0, CELL_LIMIT - CUT.length()) + CUT);
		return this;
	}

	SheetWriter number(long value) {
		cell(null).setCellValue(value);
		return this;
	}

	/** Column widths in characters; freezes the header and filters the table when there is one. */
	void finish(int... widths) {
		for (int i = 0; i < widths.length; i++) {
			sheet.setColumnWidth(i, Math.min(255, widths[i]) * 256);
		}
		if (headerRow >= 0) {
			sheet.createFreezePane(0, headerRow + 1);
			sheet.setAutoFilter(new CellRangeAddress(headerRow, Math.max(headerRow, row.getRowNum()), 0, columns - 1));
		}
	}

	private Cell cell(CellStyle style) {
		Cell cell = row.createCell(column++);
		cell.setCellStyle(style == null ? styles.plain() : style);
		return cell;
	}
}
