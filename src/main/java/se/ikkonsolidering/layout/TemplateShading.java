package se.ikkonsolidering.layout;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * One fill in every control's status or result cell, whatever status the words beside it give: the template's shading
 * of the cells to fill in ("FFF2CC" over every comment), no colour given to any one control. Only where a status
 * column of words shows it, or the column's heading has the same fill: otherwise a table whose every control is green
 * may well be all done.
 */
final class TemplateShading {

	private static final int MIN_CONTROLS = 3;

	private TemplateShading() {
	}

	/**
	 * @param headingFill the fill of a field's heading in a control's table, if it has one: a column shaded as its
	 *        heading is, in every row, is the template's column to fill in ("Gult = tillagt vid uppföljning")
	 */
	static List<ControlRow> leftOut(List<ControlRow> controls, BiFunction<TableLayout, Field, String> headingFill) {
		if (controls.size() < MIN_CONTROLS) {
			return controls;
		}
		boolean words = wordsDiffer(controls);
		boolean status = oneFill(controls, ControlRow::statusFills)
				&& (words || shadedAsItsHeading(controls, ControlRow::statusFills, Field.STATUS, headingFill));
		boolean result = oneFill(controls, ControlRow::resultFills)
				&& (words || shadedAsItsHeading(controls, ControlRow::resultFills, Field.RESULTAT, headingFill));
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

	private static boolean shadedAsItsHeading(List<ControlRow> controls, Function<ControlRow, List<String>> fills,
			Field field, BiFunction<TableLayout, Field, String> headingFill) {
		return controls.stream().allMatch(c -> {
			String heading = headingFill.apply(c.layout(), field);
			return heading != null && fills.apply(c).stream().allMatch(heading::equalsIgnoreCase);
		});
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
