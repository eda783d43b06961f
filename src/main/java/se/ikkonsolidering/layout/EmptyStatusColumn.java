package se.ikkonsolidering.layout;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A status column left empty in every row of its table (a template whose status nobody filled in, the result written
 * in the comment) tells nothing: the table is read as one without a status column, so what the comments say decides,
 * as it would for a table that never had one.
 */
final class EmptyStatusColumn {

	private EmptyStatusColumn() {
	}

	/** The controls, those of a table with an unused status column under a layout without it. */
	static List<ControlRow> leftOut(List<ControlRow> controls) {
		Map<TableLayout, Boolean> unused = new IdentityHashMap<>();
		for (ControlRow control : controls) {
			boolean empty = control.value(Field.STATUS).isBlank() && control.statusFills().isEmpty();
			unused.merge(control.layout(), empty, Boolean::logicalAnd);
		}
		Map<TableLayout, TableLayout> replaced = new IdentityHashMap<>();
		unused.forEach((layout, empty) -> {
			if (empty && layout.has(Field.STATUS) && !layout.has(Field.STATUSMARKERING)) {
				replaced.put(layout, layout.without(Field.STATUS));
			}
		});
		if (replaced.isEmpty()) {
			return controls;
		}
		return controls.stream()
			.map(c -> Optional.ofNullable(replaced.get(c.layout()))
				.map(layout -> new ControlRow(c.sheet(), c.row(), c.lastRow(), c.values(), c.statusFills(),
						c.resultFills(), layout, c.group()))
				.orElse(c))
			.toList();
	}

	/** The layout as the controls now have it: the same, or without its unused status column. */
	static TableLayout as(TableLayout layout, List<ControlRow> before, List<ControlRow> after) {
		for (int i = 0; i < before.size(); i++) {
			if (before.get(i).layout() == layout) {
				return after.get(i).layout();
			}
		}
		return layout;
	}
}
