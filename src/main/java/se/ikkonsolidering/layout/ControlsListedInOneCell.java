package se.ikkonsolidering.layout;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Word table with a row per process lists that process's controls as lines of one cell, and their results as the
 * same number of lines in the result cell, line by line. Each line is a control of its own, on the same row. Only
 * when the counts match and every line describes a control on its own (long enough, starting a sentence): a control
 * whose text runs on over a second line, or is described in two paragraphs beside one result, stays one control.
 */
final class ControlsListedInOneCell {

	/** A line shorter than this is a word or a label, not a control's description. */
	private static final int MIN_CONTROL_LINE = 20;
	/** "1. ", "2) ": an item's number at the start or after a space. */
	private static final Pattern ITEM_NUMBER = Pattern.compile("(?<=^|\\s)(\\d{1,2})[.)]\\s+");
	private static final List<Field> LISTED = List.of(Field.STATUS, Field.RESULTAT, Field.AVVIKELSE, Field.ATGARD);

	private ControlsListedInOneCell() {
	}

	static List<ControlRow> split(List<ControlRow> controls) {
		List<ControlRow> read = new ArrayList<>();
		for (ControlRow control : controls) {
			List<String> moments = lines(control.value(Field.KONTROLLMOMENT));
			boolean listed = moments.size() >= 2
					&& moments.stream().allMatch(ControlsListedInOneCell::describesAControl)
					&& (lines(control.value(Field.RESULTAT)).size() == moments.size()
							|| lines(control.value(Field.STATUS)).size() == moments.size());
			if (!listed) {
				read.add(control);
				continue;
			}
			for (int i = 0; i < moments.size(); i++) {
				Map<Field, String> values = new EnumMap<>(Field.class);
				values.putAll(control.values());
				values.put(Field.KONTROLLMOMENT, moments.get(i));
				for (Field field : LISTED) {
					List<String> answers = lines(control.value(field));
					if (answers.size() == moments.size()) {
						values.put(field, answers.get(i));
					}
				}
				read.add(new ControlRow(control.sheet(), control.row(), control.lastRow(), values, control.statusFills(),
						control.resultFills(), control.layout(), control.group()));
			}
		}
		return read;
	}

	/**
	 * "Kontroll att …" or "2. Stickprov …", not the rest of a sentence ("finns för all nyanställd personal", "100 tkr
	 * dokumenteras enligt riktlinjen" under "Kontroll att direktupphandlingar över").
	 */
	private static boolean describesAControl(String line) {
		return line.length() >= MIN_CONTROL_LINE && !line.endsWith(":")
				&& (Character.isUpperCase(line.codePointAt(0)) || ITEM_NUMBER.matcher(line).lookingAt());
	}

	/** Its lines, or on one line the items numbered in order from 1: "1. Kontroll att … 2. Uppföljning att …". */
	private static List<String> lines(String text) {
		List<String> lines = text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
		return lines.size() == 1 ? numberedItems(lines.get(0)) : lines;
	}

	private static List<String> numberedItems(String line) {
		Matcher number = ITEM_NUMBER.matcher(line);
		List<Integer> starts = new ArrayList<>();
		while (number.find()) {
			if (Integer.parseInt(number.group(1)) == starts.size() + 1 && (starts.size() > 0 || number.start() == 0)) {
				starts.add(number.start());
			}
		}
		if (starts.size() < 2) {
			return List.of(line);
		}
		List<String> items = new ArrayList<>();
		for (int i = 0; i < starts.size(); i++) {
			items.add(line.substring(starts.get(i), i + 1 < starts.size() ? starts.get(i + 1) : line.length()).strip());
		}
		return items;
	}
}
