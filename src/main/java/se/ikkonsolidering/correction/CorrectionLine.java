package se.ikkonsolidering.correction;

import java.util.EnumMap;
import java.util.Map;

/**
 * One row of the corrections workbook as the economy office left it: its cells by column, stripped.
 *
 * @param row the row's number as the spreadsheet shows it, for messages
 */
record CorrectionLine(int row, Map<CorrectionColumn, String> cells) {

	CorrectionLine {
		cells = cells.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(cells));
	}

	String get(CorrectionColumn column) {
		return cells.getOrDefault(column, "");
	}

	boolean has(CorrectionColumn column) {
		return !get(column).isEmpty();
	}
}
