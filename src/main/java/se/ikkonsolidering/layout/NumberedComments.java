package se.ikkonsolidering.layout;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import se.ikkonsolidering.ingest.RawRow;
import se.ikkonsolidering.ingest.RawSheet;

/**
 * Comments on a table's controls written in paragraphs under it by the controls' numbers: "Nr 3: Kontrollen har inte
 * genomförts under tertial 2 …", "Kommentar till kontroll 6: Kontrollen är genomförd. I ett av fem …". Each says
 * what became of the control with that number in the table's number column (or opening its text), as its comment
 * cell would.
 */
public final class NumberedComments {

	/** "Nr 3:", "Kontroll 6 –", "Kommentar till kontroll 3:": a paragraph led by a control's number. */
	private static final Pattern COMMENT = Pattern.compile("(?iu)^\\s*(?:(?:kommentar|kommentarer|anmärkning|förklaring)"
			+ "\\s+(?:till|för|om)\\s+)?(?:nr|nummer|kontroll|kontrollmoment|kontrollpunkt|punkt|punkten)\\.?\\s*(\\d{1,3})"
			+ "\\s*[:–-]\\s*(\\S.*)$", Pattern.DOTALL);
	/**
	 * "Punkt 8 har vi inte hunnit titta på än, den är inte gjord.": a sentence about the point with that number, the
	 * whole of it the comment.
	 */
	private static final Pattern SENTENCE = Pattern.compile("(?iu)^\\s*(?:nr|nummer|kontrollpunkt|punkt|punkten)\\.?\\s*"
			+ "(\\d{1,3})\\s+(?-i:\\p{Ll}).*$", Pattern.DOTALL);
	/** "8. Bibliotekets hantering …": a control numbered in its own text, where the table has no number column. */
	private static final Pattern NUMBER_OPENING = Pattern.compile("^\\s*(\\d{1,3})[.)]\\s+\\S.*", Pattern.DOTALL);

	private NumberedComments() {
	}

	/**
	 * @param tables the readings of the document's tables, in order
	 * @param paragraphs the document's text outside its tables
	 * @return the tables' readings, each control numbered in a comment told it in its result
	 */
	public static List<SheetReading> attach(List<SheetReading> tables, RawSheet paragraphs) {
		return attach(tables, paragraphs, row -> true);
	}

	/**
	 * A text listing its controls by number, with comments on some of them after the list ("8. Bibliotekets … –",
	 * then "Punkt 8 har vi inte hunnit titta på än …"); the paragraphs of a control's own report are no comment.
	 * @return the list's reading, each control numbered in a comment told it in its result
	 */
	public static SheetReading attachInText(SheetReading list, RawSheet text) {
		return attach(List.of(list), text,
				row -> list.controls().stream().noneMatch(c -> c.row() <= row && row <= c.lastRow())).get(0);
	}

	private static List<SheetReading> attach(List<SheetReading> tables, RawSheet paragraphs, IntPredicate outside) {
		List<SheetReading> told = tables;
		for (RawRow row : paragraphs.rows().readAll()) {
			if (row.nonBlankCells().size() != 1 || !outside.test(row.number())) {
				continue;
			}
			String text = row.nonBlankCells().get(0).text();
			Matcher comment = COMMENT.matcher(text);
			Matcher sentence = SENTENCE.matcher(text);
			if (comment.matches()) {
				told = toldTo(told, comment.group(1), comment.group(2).strip());
			}
			else if (sentence.matches()) {
				told = toldTo(told, sentence.group(1), text.strip());
			}
		}
		return told;
	}

	/** The readings with the comment added to the one control numbered so, if exactly one is. */
	private static List<SheetReading> toldTo(List<SheetReading> tables, String number, String text) {
		long numbered = tables.stream().flatMap(t -> t.controls().stream()).filter(c -> numbered(c, number)).count();
		if (numbered != 1) {
			return tables;
		}
		List<SheetReading> told = new ArrayList<>();
		for (SheetReading table : tables) {
			told.add(table.controls().stream().anyMatch(c -> numbered(c, number))
					? table.withControls(table.controls().stream().map(c -> numbered(c, number) ? withResult(c, text) : c)
						.toList())
					: table);
		}
		return told;
	}

	private static boolean numbered(ControlRow control, String number) {
		String id = control.value(Field.ID).strip().replaceAll("[.)]$", "");
		Matcher opening = NUMBER_OPENING.matcher(control.value(Field.KONTROLLMOMENT));
		return id.isEmpty() ? opening.matches() && opening.group(1).equals(number) : id.equals(number);
	}

	private static ControlRow withResult(ControlRow control, String text) {
		Map<Field, String> values = new EnumMap<>(Field.class);
		values.putAll(control.values());
		values.merge(Field.RESULTAT, text, (a, b) -> a.isBlank() ? b : a + "\n" + b);
		return control.withValues(values);
	}
}
