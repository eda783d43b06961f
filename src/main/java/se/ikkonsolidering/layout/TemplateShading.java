package se.ikkonsolidering.layout;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * One fill in every control's status or result cell, whatever status the words beside it give: the template's shading
 * of the cells to fill in ("FFF2CC" over every comment), no colour given to any one control. Only where a status
 * column of words shows it: without one, a table whose every control is green may well be all done.
 */
final class TemplateShading {

	private static final int MIN_CONTROLS = 3;

	private TemplateShading() {
	}

	static List<ControlRow> leftOut(List<ControlRow> controls) {
		if (controls.size() < MIN_CONTROLS || !wordsDiffer(controls)) {
			return controls;
		}
		boolean status = oneFill(controls, ControlRow::statusFills);
		boolean result = oneFill(controls, ControlRow::resultFills);
		if (!status && !result) {
			return controls;
		}
		return controls.stream()
			.map(c -> new ControlRow(c.sheet(), c.row(), c.lastRow(), c.values(), status ? List.of() : c.statusFills(),
					result ? List.of() : c.resultFills(), c.layout(), c.group()))
			.toList();
	}

	/** The status words of the controls differ: "Genomförd" beside "Påbörjad", both in the same fill. */
	private static boolean wordsDiffer(List<ControlRow> controls) {
		return controls.stream()
			.map(c -> c.value(Field.STATUS).strip().toLowerCase())
			.filter(s -> !s.isEmpty())
			.distinct()
			.count() >= 2;
	}

	private static boolean oneFill(List<ControlRow> controls, Function<ControlRow, List<String>> fills) {
		Set<String> seen = new HashSet<>();
		for (ControlRow control : controls) {
			List<String> own = fills.apply(control);
			if (own.isEmpty()) {
				return false;
			}
			own.forEach(f -> seen.add(f.toUpperCase()));
		}
		return seen.size() == 1;
	}
}
