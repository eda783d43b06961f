package se.ikkonsolidering.ingest.internal;

import java.util.HashMap;
import java.util.Map;

/** A workbook's cell styles by the index cells refer to, each worked out once: fill colour and whether it shows a date or a percentage. */
final class CellStyles {

	private final StyleSheet sheet;
	private final Map<Integer, StyleSheet.Style> byIndex = new HashMap<>();

	CellStyles(StyleSheet sheet) {
		this.sheet = sheet;
	}

	String fill(String index) {
		return style(index).fill();
	}

	/** The colour a cell's text is written in, or {@code null} for black or automatic. */
	String fontColour(String index) {
		return style(index).fontColour();
	}

	/** The fill of a conditional format ({@code dxfId}), or {@code null}. */
	String conditionalFill(int dxfId) {
		return sheet.conditionalFill(dxfId);
	}

	boolean isDate(String index) {
		return style(index).date();
	}

	boolean isPercent(String index) {
		return style(index).percent();
	}

	private StyleSheet.Style style(String index) {
		int i;
		try {
			// A cell without a style index has the workbook's default style, index 0.
			i = index == null ? 0 : Integer.parseInt(index);
		}
		catch (NumberFormatException ex) {
			return StyleSheet.PLAIN;
		}
		return byIndex.computeIfAbsent(i, sheet::style);
	}
}
