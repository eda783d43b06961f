package se.ikkonsolidering.ingest.internal;

import java.util.List;

import org.apache.poi.ss.util.CellRangeAddress;

/**
 * One conditional-formatting rule of a sheet, as Excel stores it after the cell data: where it applies, what it
 * tests, and the fill it shows when the test holds.
 *
 * @param ranges the cells it applies to ({@code sqref})
 * @param type {@code cellIs}, {@code containsText}, {@code beginsWith}, {@code endsWith}, {@code notContainsText},
 *        {@code expression} (others are kept but never hold: colour scales, data bars, icon sets)
 * @param operator for {@code cellIs}: {@code equal}, {@code between} …
 * @param text for the text rules
 * @param formulas the rule's formulas, relative to the first range's top-left cell
 * @param priority lower first
 * @param stopIfTrue no later rule applies to a cell this rule holds for
 * @param fill the fill shown ({@code RRGGBB}), or {@code null} when the rule changes no fill
 */
record ConditionalRule(List<CellRangeAddress> ranges, String type, String operator, String text, List<String> formulas,
		int priority, boolean stopIfTrue, String fill) {

	ConditionalRule {
		ranges = List.copyOf(ranges);
		formulas = List.copyOf(formulas);
	}

	boolean appliesTo(int row, int column) {
		return ranges.stream().anyMatch(r -> r.isInRange(row, column));
	}

	/** The top-left cell the formulas' relative references are written for. */
	CellRangeAddress anchor() {
		return ranges.get(0);
	}
}
