package se.ikkonsolidering.layout;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import se.ikkonsolidering.ingest.RawRow;
import se.ikkonsolidering.ingest.RawSheet;

/**
 * A document's table broken over a page with its header row repeated, the control at the break going on in the
 * new table's first rows: no number and no kontrollmoment, only the rest of its result and its status ("…vilket har
 * återrapporterats | Genomförd"). Those rows finish the control above the break.
 */
public final class PageBreakContinuation {

	/** "(forts.)", "Forts.", "fortsättning": a row saying the control above goes on. */
	private static final Pattern CONTINUED = Pattern.compile(
			"(?iu)\\(?\\s*(forts\\.?|fortsättning|fortsätter)\\s*\\)?\\.?");
	/** "5 forts.": the number of the control that goes on. */
	private static final Pattern CONTINUED_NUMBER = Pattern.compile(
			"(?iu)\\d+(\\.\\d+)*\\.?\\s*\\(?\\s*(forts\\.?|fortsättning)\\s*\\)?");

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
			// "5 forts. | (forts.)": the number and text say the control goes on.
			boolean marked = CONTINUED.matcher(control).matches();
			boolean goesOn = control.isEmpty() || marked
					|| layout.has(Field.ID) && Character.isLowerCase(control.charAt(0));
			if (!goesOn || layout.column(Field.ID)
				.filter(c -> !row.text(c).isBlank() && !CONTINUED_NUMBER.matcher(row.text(c).strip()).matches())
				.isPresent()) {
				break;
			}
			for (Map.Entry<Field, Integer> column : layout.columns().entrySet()) {
				String text = row.text(column.getValue()).strip();
				boolean marker = column.getKey() == Field.ID || marked && column.getKey() == Field.KONTROLLMOMENT;
				if (!text.isEmpty() && !column.getKey().fillsDown() && !marker) {
					more.merge(column.getKey(), text, (a, b) -> a + "\n" + b);
				}
			}
			rows.add(row.number());
		}
		if (more.isEmpty()) {
			return Optional.empty();
		}
		// The rows were skipped as having no control, or read as one saying it goes on; they finish the one above the
		// break.
		Set<Integer> readAsControls = after.controls().stream().map(ControlRow::row).collect(Collectors.toSet());
		rows.forEach(r -> {
			if (readAsControls.contains(r)) {
				after.tally().reclassify(RowTally.Kind.KONTROLL, RowTally.Kind.FORTSATTNING);
			}
			else {
				after.tally().continuation(RowClassifier.WITHOUT_CONTROL);
			}
		});
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
