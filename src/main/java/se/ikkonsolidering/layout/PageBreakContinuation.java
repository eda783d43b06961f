package se.ikkonsolidering.layout;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import se.ikkonsolidering.ingest.RawRow;
import se.ikkonsolidering.ingest.RawSheet;

/**
 * A document's table broken over a page with its header row repeated, the control at the break going on in the
 * new table's first rows: no number and no kontrollmoment, only the rest of its result and its status ("…vilket har
 * återrapporterats | Genomförd"). Those rows finish the control above the break.
 */
public final class PageBreakContinuation {

	private PageBreakContinuation() {
	}

	/**
	 * The reading before, its last control finished by the rows that open the table after it, when that table repeats
	 * its header and opens so.
	 * @return the reading before with its last control joined, and the rows of the table after that went into it
	 */
	public static Optional<Joined> join(SheetReading before, SheetReading after, RawSheet afterTable) {
		if (before.layout().isEmpty() || after.layout().isEmpty() || before.controls().isEmpty()
				|| !before.layout().get().headers().equals(after.layout().get().headers())) {
			return Optional.empty();
		}
		TableLayout layout = after.layout().get();
		Map<Field, String> more = new EnumMap<>(Field.class);
		List<Integer> rows = new ArrayList<>();
		for (RawRow row : afterTable.rows().readAll()) {
			if (row.number() <= layout.headerRow() || row.isBlank()) {
				continue;
			}
			// "är kompletta och följs upp av sjuksköterska" without a number: the control's text going on in lower case.
			String control = row.text(column(layout, Field.KONTROLLMOMENT)).strip();
			boolean goesOn = control.isEmpty() || layout.has(Field.ID) && Character.isLowerCase(control.charAt(0));
			if (!goesOn || layout.column(Field.ID).filter(c -> !row.text(c).isBlank()).isPresent()) {
				break;
			}
			for (Map.Entry<Field, Integer> column : layout.columns().entrySet()) {
				String text = row.text(column.getValue()).strip();
				if (!text.isEmpty() && !column.getKey().fillsDown()) {
					more.merge(column.getKey(), text, (a, b) -> a + "\n" + b);
				}
			}
			rows.add(row.number());
		}
		if (more.isEmpty()) {
			return Optional.empty();
		}
		// The rows were skipped as having no control; they finish the one above the break.
		rows.forEach(r -> after.tally().continuation(RowClassifier.WITHOUT_CONTROL));
		List<ControlRow> controls = new ArrayList<>(before.controls());
		ControlRow last = controls.remove(controls.size() - 1);
		Map<Field, String> values = new EnumMap<>(Field.class);
		values.putAll(last.values());
		more.forEach((field, text) -> values.merge(field, text, (a, b) -> a + "\n" + b));
		controls.add(last.withValues(values));
		// A row going on in lower case was read as a control of its own in the table after: it is the one above's.
		List<ControlRow> left = after.controls().stream().filter(c -> !rows.contains(c.row())).toList();
		return Optional.of(new Joined(before.withControls(controls), after.withControls(left), last.row(), rows));
	}

	private static int column(TableLayout layout, Field field) {
		return layout.column(field).orElse(-1);
	}

	/**
	 * @param before the reading before, its last control joined
	 * @param after the reading after, without the rows that went into it
	 * @param control the row the joined control starts on in the table before
	 * @param rows the rows of the table after that finish it
	 */
	public record Joined(SheetReading before, SheetReading after, int control, List<Integer> rows) {
	}
}
