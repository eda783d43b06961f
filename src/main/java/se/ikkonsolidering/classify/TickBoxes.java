package se.ikkonsolidering.classify;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The answers of a form's tick boxes written in one cell ("☒ Ja ☐ Delvis ☐ Nej", "[X] Genomförd [ ] Ej genomförd",
 * "Genomförd [X] Delvis [ ] Ej [ ]"):
 * the options whose box is ticked. Word forms keep every option in the cell, so the words alone say nothing.
 */
final class TickBoxes {

	private static final Pattern BOX = Pattern.compile("[☐☑☒□■✅]|\\[\\s*[xX✓✔]?\\s*\\]");
	/** "☐", "[ ]", or a spreadsheet's check box left unticked, which it shows as FALSKT (FALSE). */
	private static final Pattern EMPTY_BOX = Pattern.compile("[☐□]|\\[\\s*\\]|(?i:falskt|false)");
	private static final Pattern ENDS_WITH_BOX = Pattern.compile("(" + BOX.pattern() + ")$");
	private static final Pattern TICKED = Pattern.compile("[☑☒■✅]|\\[\\s*[xX✓✔]\\s*\\]");
	/** Separators around an option ("☒ Ja / ☐ Nej"), not part of its words. */
	private static final Pattern LABEL_ONLY = Pattern.compile("\\s*([^\\n]{1,60}:)?\\s*");
	private static final Pattern SEPARATORS = Pattern.compile("^[\\s/,;|]+|[\\s/,;|]+$");
	/** "T1: ✅" over "T2: ✅": a box per line after its period's label, each period's own answer, no option's. */
	private static final Pattern A_BOX_LABELLED = Pattern.compile("\\s*[^\\n:]{1,60}:\\s*(" + BOX.pattern() + ")\\s*");
	/** "■■■□□": boxes and no options beside them, a bar of how much is done. */
	private static final Pattern BOXES_ONLY = Pattern.compile("[■□\\s]+");

	private TickBoxes() {
	}

	/** Boxes only, none ticked, with at most a label before them ("Avvikelse konstaterad: ☐ Ja ☐ Nej"): no answer. */
	static boolean unanswered(String cell) {
		if (cell != null && EMPTY_BOX.matcher(cell.strip()).matches()) {
			// The one box of a column of its own ("Avvikelse upptäckt ☐"), left empty.
			return true;
		}
		if (!ticked(cell).map(List::isEmpty).orElse(false)) {
			return false;
		}
		Matcher box = BOX.matcher(cell);
		// "Genomförd [ ]   Delvis [ ]   Ej [ ]": each option before its box, none ticked.
		return box.find() && (LABEL_ONLY.matcher(cell.substring(0, box.start())).matches() || optionsBeforeBoxes(cell));
	}

	/** "Genomförd [X]   Delvis [ ]   Ej [ ]": the cell opens with words and ends with a box, each option before its box. */
	private static boolean optionsBeforeBoxes(String cell) {
		String text = cell.strip();
		Matcher first = BOX.matcher(text);
		return first.find() && first.start() > 0 && ENDS_WITH_BOX.matcher(text).find();
	}

	/** The ticked options, in order; empty when no box is ticked; nothing when the cell is no list of boxes. */
	static Optional<List<String>> ticked(String cell) {
		if (cell == null || cell.isBlank()) {
			return Optional.empty();
		}
		Matcher box = BOX.matcher(cell);
		List<int[]> boxes = new ArrayList<>();
		while (box.find()) {
			boxes.add(new int[] { box.start(), box.end() });
		}
		if (boxes.size() < 2 || BOXES_ONLY.matcher(cell).matches()
				|| cell.strip().lines().allMatch(line -> A_BOX_LABELLED.matcher(line).matches())) {
			return Optional.empty();
		}
		boolean boxesFollow = optionsBeforeBoxes(cell);
		List<String> ticked = new ArrayList<>();
		for (int i = 0; i < boxes.size(); i++) {
			int end = i + 1 < boxes.size() ? boxes.get(i + 1)[0] : cell.length();
			// A label before the first option ("Status: Genomförd [X] …") is none of its words.
			String words = boxesFollow ? cell.substring(i == 0 ? cell.lastIndexOf(':', boxes.get(0)[0]) + 1
					: boxes.get(i - 1)[1], boxes.get(i)[0]) : cell.substring(boxes.get(i)[1], end);
			String option = SEPARATORS.matcher(words).replaceAll("");
			if (TICKED.matcher(cell.substring(boxes.get(i)[0], boxes.get(i)[1])).matches() && !option.isEmpty()) {
				ticked.add(option);
			}
		}
		return Optional.of(ticked);
	}
}
