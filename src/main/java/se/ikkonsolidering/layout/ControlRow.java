package se.ikkonsolidering.layout;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import se.ikkonsolidering.ingest.CellWords;

/**
 * One control as found in a sheet, before classification: its field texts, where it came from, and the fill
 * colours of its status and result cells (several when the control spans continuation rows).
 *
 * @param sheet sheet name
 * @param row 1-based row where the control starts
 * @param lastRow 1-based row where it ends (continuation rows included)
 * @param values field texts, stripped; missing fields are absent
 * @param statusFills fill colours ({@code RRGGBB}) seen in the status column
 * @param resultFills fill colours seen in the result column
 * @param layout the table layout the row was read with
 * @param group the heading of the group of rows it stands under ("Kommunstyrelsen (4)" in an export grouped by
 *        nämnd, "Område: Ekonomi"), or ""
 */
public record ControlRow(String sheet, int row, int lastRow, Map<Field, String> values, List<String> statusFills,
		List<String> resultFills, TableLayout layout, String group) {

	/** The number of a tertial, quarter or delår in a column headed by the kind of period. */
	static final Pattern PERIOD_NUMBER = Pattern.compile("[1-4]");
	/** The fields in which a row says what became of its control. */
	private static final List<Field> REPORTING = List.of(Field.STATUS, Field.RESULTAT, Field.AVVIKELSE);

	public ControlRow {
		values = values.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(values));
		statusFills = List.copyOf(statusFills);
		resultFills = List.copyOf(resultFills);
	}

	/** A control outside any group of rows. */
	public ControlRow(String sheet, int row, int lastRow, Map<Field, String> values, List<String> statusFills,
			List<String> resultFills, TableLayout layout) {
		this(sheet, row, lastRow, values, statusFills, resultFills, layout, "");
	}

	/** The same control, from the same rows, with other field texts. */
	public ControlRow withValues(Map<Field, String> others) {
		return new ControlRow(sheet, row, lastRow, others, statusFills, resultFills, layout, group);
	}

	/** The same control, standing under another group's heading. */
	public ControlRow inGroup(String heading) {
		return new ControlRow(sheet, row, lastRow, values, statusFills, resultFills, layout, heading);
	}

	/** Whether the row says anything of what became of the control: a status, its fill, a result or a deviation. */
	public boolean reportsAnything() {
		return !statusFills.isEmpty() || REPORTING.stream().anyMatch(f -> !value(f).isBlank());
	}

	public String value(Field field) {
		return values.getOrDefault(field, "");
	}

	/**
	 * The period the row reports on: "2" under "Tertial" is "Tertial 2", the heading naming the kind of period and the
	 * cell which of them.
	 */
	public String period() {
		String period = value(Field.PERIOD).strip();
		String heading = layout.headers().getOrDefault(Field.PERIOD, "").strip();
		return PERIOD_NUMBER.matcher(period).matches() && !heading.isEmpty() ? heading + " " + period : period;
	}

	/** A point the control is checked by, and its answer ("" when left unanswered). */
	public record Point(String text, String answer) {
	}

	/** The control's points, a row each under it, in the order they stand. */
	public List<Point> points() {
		return value(Field.KONTROLLPUNKT).lines().map(line -> {
			int at = line.lastIndexOf(ControlBuilder.POINT_ANSWER);
			return at < 0 ? new Point(line, "") : new Point(line.substring(0, at), line.substring(at + 1).strip());
		}).toList();
	}

	/** The control's words without case, spacing or punctuation: what tells the same control in two tables. */
	String wordsKey() {
		return CellWords.normalize(value(Field.KONTROLLMOMENT)).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
	}
}
