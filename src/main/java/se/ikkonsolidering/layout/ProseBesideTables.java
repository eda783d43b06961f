package se.ikkonsolidering.layout;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import se.ikkonsolidering.ingest.CellWords;

/**
 * A report that writes on each control under a heading and sums the same controls up in a table: each control is read
 * once, from the table, with what the paragraphs under its heading say added to its result, where a deviation is often
 * told only in prose.
 */
public final class ProseBesideTables {

	private ProseBesideTables() {
	}

	/**
	 * @param tables the readings of the document's tables, in order
	 * @param prose the reading of its text around them
	 * @return the tables' readings with the paragraphs joined to their controls, and the text's reading without the
	 *         controls the tables have
	 */
	public static Joined join(List<SheetReading> tables, SheetReading prose) {
		Map<String, String> reported = new HashMap<>();
		for (ControlRow control : prose.controls()) {
			reported.putIfAbsent(name(control), control.value(Field.RESULTAT));
		}
		List<SheetReading> joined = new ArrayList<>();
		Set<String> inTables = new HashSet<>();
		for (SheetReading table : tables) {
			List<ControlRow> controls = new ArrayList<>();
			for (ControlRow control : table.controls()) {
				String text = reported.get(name(control));
				inTables.add(name(control));
				controls.add(text == null || text.isBlank() ? control : withResult(control, text));
			}
			joined.add(table.withControls(controls));
		}
		return new Joined(joined, prose.without(c -> inTables.contains(name(c)), "med en kontroll som en tabell redan har"));
	}

	private static ControlRow withResult(ControlRow control, String text) {
		Map<Field, String> values = new EnumMap<>(Field.class);
		values.putAll(control.values());
		values.merge(Field.RESULTAT, text, (a, b) -> a + "\n" + b);
		return control.withValues(values);
	}

	private static String name(ControlRow control) {
		return CellWords.normalize(control.value(Field.KONTROLLMOMENT));
	}

	/**
	 * @param tables the tables' readings, their controls told what the text says of them
	 * @param prose the text's reading without them
	 */
	public record Joined(List<SheetReading> tables, SheetReading prose) {
	}
}
