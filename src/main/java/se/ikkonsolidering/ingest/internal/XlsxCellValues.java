package se.ikkonsolidering.ingest.internal;

import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;

/** A sheet XML cell's displayed text, the same as the in-memory reader gives for each cell type. */
final class XlsxCellValues {

	private final SharedStringTable strings;
	private final CellStyles styles;
	private final boolean date1904;

	XlsxCellValues(SharedStringTable strings, CellStyles styles, boolean date1904) {
		this.strings = strings;
		this.styles = styles;
		this.date1904 = date1904;
	}

	/**
	 * @param type the cell's {@code t}: s, inlineStr, str, b, e or n
	 * @param value its {@code <v>}; {@code inline} its {@code <is>} text
	 * @param formula the cell has a formula (a number cell then shows 0 without a cached value)
	 * @param style its style index, which tells a date from a number
	 */
	String text(String type, String value, String inline, boolean formula, String style) {
		switch (type) {
			case "s":
				return value == null ? "" : strings.get(value);
			case "inlineStr":
				// POI, editing an inline-string cell, writes the new text to <v> and leaves the old <is>: <v> wins, as
				// in POI's own reading.
				return SharedStringTable.decode(value != null ? value : inline != null ? inline : "");
			case "str":
				return SharedStringTable.decode(value == null ? "" : value);
			case "b":
				return CellText.bool("1".equals(value));
			case "e":
				return errorText(value);
			case "n":
				return value == null && !formula ? "" : number(value == null ? "" : value, style);
			default:
				return value == null ? "" : value;
		}
	}

	private String number(String value, String style) {
		double number;
		try {
			number = value.isEmpty() ? 0.0 : Double.parseDouble(value);
		}
		catch (NumberFormatException ex) {
			return value;
		}
		if (styles.isPercent(style)) {
			return CellText.percent(number);
		}
		boolean date = styles.isDate(style) && DateUtil.isValidExcelDate(number);
		return CellText.number(number, date ? DateUtil.getLocalDateTime(number, date1904) : null);
	}

	private static String errorText(String value) {
		if (value == null) {
			return FormulaError.forInt(0).getString();
		}
		try {
			return FormulaError.forString(value).getString();
		}
		catch (IllegalArgumentException ex) {
			return value;
		}
	}
}
