package se.ikkonsolidering.layout;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A control written in one cell as labelled lines ("Kontroll: Stickprov av 20 skolskjutsbeslut … / Status: Genomförd
 * / Kommentar: 19 av 20 korrekta."): each line is the field its label names, as a form's lines are, read from the
 * cell's column. A line without a label continues the line above; the control's own text may stand first without one.
 */
final class LabelledLinesInOneCell {

	/** "Status: Genomförd", "Kommentar:": a label of a few words before its colon. */
	private static final Pattern LABELLED = Pattern.compile("([^:\\n]{2,30}):\\s*(.*)");

	private LabelledLinesInOneCell() {
	}

	static List<ControlRow> split(List<ControlRow> controls, FormLines lines) {
		List<ControlRow> read = new ArrayList<>();
		for (ControlRow control : controls) {
			Optional<Map<Field, Labelled>> fields = fields(control.value(Field.KONTROLLMOMENT), lines);
			Optional<Integer> column = control.layout().column(Field.KONTROLLMOMENT);
			if (fields.isEmpty() || column.isEmpty()) {
				read.add(control);
				continue;
			}
			Map<Field, String> values = new EnumMap<>(Field.class);
			values.putAll(control.values());
			Map<Field, Integer> columns = new EnumMap<>(Field.class);
			columns.putAll(control.layout().columns());
			Map<Field, String> headers = new EnumMap<>(Field.class);
			headers.putAll(control.layout().headers());
			fields.get().forEach((field, line) -> {
				// A column of the table's own for the field ("Status" beside the cell) wins over the cell's line.
				if (field == Field.KONTROLLMOMENT || !columns.containsKey(field)) {
					values.put(field, line.value());
					columns.put(field, column.get());
					headers.putIfAbsent(field, line.label());
				}
			});
			TableLayout layout = control.layout();
			TableLayout labelled = new TableLayout(layout.headerRow(), columns, headers, layout.synonyms(),
					layout.extra(), layout.evidence());
			read.add(new ControlRow(control.sheet(), control.row(), control.lastRow(), values, control.statusFills(),
					control.resultFills(), labelled, control.group()));
		}
		return read;
	}

	/**
	 * The cell's fields by their labels, when it opens with the control's and names what became of it too (a status
	 * or a result); none when any label names no field.
	 */
	private static Optional<Map<Field, Labelled>> fields(String text, FormLines lines) {
		Map<Field, Labelled> fields = new LinkedHashMap<>();
		Field last = null;
		for (String line : text.strip().lines().map(String::strip).filter(l -> !l.isEmpty()).toList()) {
			Matcher m = LABELLED.matcher(line);
			Optional<Field> field = m.matches() ? lines.fieldOfAPeriod(m.group(1).strip()) : Optional.empty();
			if (fields.isEmpty() && field.isEmpty()) {
				// "Kontroll av att föreningsbidrag … / Resultat: … / Status: Genomförd": the control's text first,
				// unlabelled.
				last = Field.KONTROLLMOMENT;
				fields.put(last, new Labelled("", line));
			}
			else if (field.isPresent() && !fields.containsKey(field.get())) {
				last = field.get();
				fields.put(last, new Labelled(m.group(1).strip(), m.group(2).strip()));
			}
			else if (last != null && field.isEmpty()) {
				Labelled before = fields.get(last);
				fields.put(last, new Labelled(before.label(), (before.value() + "\n" + line).strip()));
			}
			else {
				return Optional.empty();
			}
		}
		boolean opensWithTheControl = !fields.isEmpty() && fields.keySet().iterator().next() == Field.KONTROLLMOMENT;
		boolean reports = fields.containsKey(Field.STATUS) || fields.containsKey(Field.RESULTAT);
		return opensWithTheControl && reports ? Optional.of(fields) : Optional.empty();
	}

	private record Labelled(String label, String value) {
	}
}
