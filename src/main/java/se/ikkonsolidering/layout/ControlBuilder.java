package se.ikkonsolidering.layout;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import se.ikkonsolidering.ingest.RawCell;

/** Collects one control's cells across its start row and continuation rows. */
final class ControlBuilder {

	/** A word broken at its hyphen at the end of a line: "VA-". */
	private static final Pattern BROKEN_WORD = Pattern.compile("\\p{L}-$");
	/**
	 * A word broken between its syllables ("sommarverksam-" over "heten"): a hyphen after three lower-case letters
	 * belongs to no word of its own; after a short part or capitals it does ("e-" over "tjänster", "VA-").
	 */
	private static final Pattern SYLLABLE_BREAK = Pattern.compile("(?<![\\p{L}-])\\p{L}*\\p{Ll}{3}-$");
	private static final Pattern CONJUNCTION = Pattern.compile("(och|eller|samt|respektive)\\b");

	/** Between a point's text and its answer in the control's {@link Field#KONTROLLPUNKT} lines. */
	static final String POINT_ANSWER = "\t";

	private final int row;
	private int lastRow;
	private final Map<Field, String> values = new EnumMap<>(Field.class);
	private final List<String> statusFills = new ArrayList<>();
	private final List<String> resultFills = new ArrayList<>();

	ControlBuilder(int row) {
		this.row = row;
		this.lastRow = row;
	}

	/** A builder holding what this one holds, to go on with other rows. */
	ControlBuilder copy() {
		ControlBuilder copy = new ControlBuilder(row);
		copy.lastRow = lastRow;
		copy.values.putAll(values);
		copy.statusFills.addAll(statusFills);
		copy.resultFills.addAll(resultFills);
		return copy;
	}

	/** The field texts so far; the interpreter fills in carried-down and section values before building. */
	Map<Field, String> values() {
		return values;
	}

	int firstRow() {
		return row;
	}

	int lastRow() {
		return lastRow;
	}

	void extendTo(int continuationRow) {
		lastRow = continuationRow;
	}

	void take(Map<Field, RawCell> cells) {
		boolean continuation = !values.isEmpty();
		RawCell point = cells.get(Field.KONTROLLPUNKT);
		boolean pointRow = point != null && !point.isBlank() && !point.mergedFromAbove();
		if (pointRow) {
			// A line per point, its answer after a tab: "Är fakturan attesterad?\tJa".
			RawCell answer = cells.get(Field.SVAR);
			values.merge(Field.KONTROLLPUNKT, point.text().strip().replaceAll("\\s+", " ") + POINT_ANSWER
					+ (answer == null ? "" : answer.text().strip()), (a, b) -> a + "\n" + b);
		}
		cells.forEach((field, cell) -> {
			if (field == Field.KONTROLLPUNKT || field == Field.SVAR) {
				return;
			}
			if (field == Field.STATUS && cell.fill() != null && !(continuation && cell.mergedFromAbove())) {
				statusFills.add(cell.fill());
			}
			if (field == Field.RESULTAT && cell.fill() != null && !(continuation && cell.mergedFromAbove())) {
				resultFills.add(cell.fill());
			}
			String text = cell.text().strip();
			if (text.isEmpty()) {
				return;
			}
			// A process repeated on the rows below is no more of it; one going on in lower case ("parkdrift" under
			// "Gatu- och") is.
			boolean more = !field.fillsDown() || Character.isLowerCase(text.codePointAt(0));
			if (continuation && (cell.mergedFromAbove() || !more)) {
				return;
			}
			// The control's own status and comment, said again on each of its points' rows, are said once.
			if (continuation && pointRow && values.getOrDefault(field, "").lines().anyMatch(text::equals)) {
				return;
			}
			values.merge(field, text, ControlBuilder::wrapped);
		});
	}

	/**
	 * A text going on in the row below: on a line of its own, or, after a word broken at its hyphen ("VA-" over
	 * "anslutningsavgifter"), joined into that word, without the hyphen where it only broke the word; "Gatu- och"
	 * keeps its hyphen before the conjunction.
	 */
	private static String wrapped(String above, String below) {
		boolean broken = BROKEN_WORD.matcher(above).find() && !below.isEmpty() && Character.isLowerCase(below.charAt(0))
				&& !CONJUNCTION.matcher(below).lookingAt();
		if (!broken) {
			return above + "\n" + below;
		}
		return (SYLLABLE_BREAK.matcher(above).find() ? above.substring(0, above.length() - 1) : above) + below;
	}

	ControlRow build(String sheet, TableLayout layout, String group) {
		return new ControlRow(sheet, row, lastRow, values, statusFills, resultFills, layout, group);
	}
}
