package se.ikkonsolidering.layout;

import java.util.List;
import java.util.Locale;

/**
 * A table explaining the statuses ("Status | Betydelse | Färg", a row per status) reads like a table of controls: its
 * kontrollmoment are the status words themselves, or sentences stating a status ("Kontrollen har inte genomförts.")
 * beside the status they explain. When most of a table's rows are so, each naming a different status, the table is
 * the file's legend and its rows, with the instructions under it, are no controls.
 */
final class LegendTable {

	/** A legend tells at least done, partly done and not done apart. */
	private static final int MIN_STATUSES = 3;
	/** "Genomförd med anmärkning": the longest status a legend's row names. */
	private static final int MAX_WORDS = 4;
	/**
	 * "Kontrollen har genomförts utan anmärkning": a legend's sentence is short; a control's text with its method and
	 * result under it ("Kontantkassor … / Oanmäld inventering … / Inventering 2025-05-14 …") is longer.
	 */
	private static final int MAX_EXPLANATION_WORDS = 15;
	/** A legend explains a handful of statuses, so a table of many more rows is controls whatever its rows say. */
	private static final int MAX_STATUSES = 12;

	private LegendTable() {
	}

	/** The controls, or none when they are a legend's rows; each left out counted as skipped with its reason. */
	static List<ControlRow> leftOut(List<ControlRow> controls, RowTally tally, Vocabulary meanings) {
		if (controls.size() > 2 * MAX_STATUSES) {
			return controls;
		}
		List<String> explained = controls.stream().map(c -> explained(c, meanings)).filter(s -> !s.isEmpty()).toList();
		if (explained.size() < MIN_STATUSES || explained.size() * 2 < controls.size()
				|| explained.stream().distinct().count() < explained.size()) {
			return controls;
		}
		controls.forEach(c -> tally.skipControl("i en tabell som förklarar statusvärdena"));
		return List.of();
	}

	/** The status the row explains, or "" when it reads as a control. */
	private static String explained(ControlRow row, Vocabulary meanings) {
		String text = row.value(Field.KONTROLLMOMENT);
		String status = row.value(Field.STATUS);
		if (isStatusWord(text, meanings)) {
			return text.strip().toLowerCase(Locale.ROOT);
		}
		boolean explains = meanings.knows(text) && text.strip().split("\\s+").length <= MAX_EXPLANATION_WORDS;
		return isStatusWord(status, meanings) && explains ? status.strip().toLowerCase(Locale.ROOT) : "";
	}

	/** "Delvis genomförd", "Utgår": a status of a few words, not a control's description with its status after it. */
	private static boolean isStatusWord(String text, Vocabulary meanings) {
		return !text.isBlank() && text.strip().split("\\s+").length <= MAX_WORDS && meanings.knows(text);
	}
}
