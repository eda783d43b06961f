package se.ikkonsolidering.layout;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A governance system's export that joins each control with its actions: one row per action, every cell of the control
 * repeated ("Kontroll av beslut … | Genomförd med avvikelse | 2 av 25 … | Genomgång på APT" and again with "Behörighet
 * i systemet"). The rows are one control, its actions together.
 */
final class RepeatedActionRows {

	/** What an action row has of its own: the action and when it is due. */
	private static final Set<Field> THE_ACTIONS = Set.of(Field.ATGARD, Field.STARTDATUM, Field.SLUTDATUM);

	private RepeatedActionRows() {
	}

	/** The controls with each run of repeated rows read as one, the later rows counted as continuing it. */
	static List<ControlRow> joined(List<ControlRow> controls, RowTally tally) {
		List<ControlRow> joined = new ArrayList<>();
		for (ControlRow control : controls) {
			ControlRow last = joined.isEmpty() ? null : joined.get(joined.size() - 1);
			if (last != null && repeats(last, control)) {
				Map<Field, String> values = new EnumMap<>(Field.class);
				values.putAll(last.values());
				values.put(Field.ATGARD, last.value(Field.ATGARD) + "\n" + control.value(Field.ATGARD));
				joined.set(joined.size() - 1, new ControlRow(last.sheet(), last.row(), control.lastRow(), values,
						last.statusFills(), last.resultFills(), last.layout(), last.group()));
				tally.reclassify(RowTally.Kind.KONTROLL, RowTally.Kind.FORTSATTNING);
			}
			else {
				joined.add(control);
			}
		}
		return joined;
	}

	/** The row says all its control does, word for word, and another action. */
	private static boolean repeats(ControlRow control, ControlRow row) {
		if (control.layout() != row.layout() || control.wordsKey().isEmpty() || row.value(Field.ATGARD).isEmpty()
				|| control.value(Field.ATGARD).isEmpty() || !control.statusFills().equals(row.statusFills())) {
			return false;
		}
		for (Field field : Field.values()) {
			if (!THE_ACTIONS.contains(field) && !control.value(field).equals(row.value(field))) {
				return false;
			}
		}
		return !control.value(Field.ATGARD).endsWith(row.value(Field.ATGARD));
	}
}
