package se.ikkonsolidering.layout;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import se.ikkonsolidering.ingest.CellWords;

/**
 * A Word table with a row per process lists that process's controls as lines of one cell, and their results as the
 * same number of lines in the result cell, line by line. Each line is a control of its own, on the same row. Only
 * when every line describes a control on its own (long enough, starting a sentence) and the counts match, the lines
 * are bulleted, or each states its status after it ("… – klar", "… (ej gjord)"): a control whose text runs on over a
 * second line, or is described in two paragraphs beside one result, stays one control. An export's multi-valued
 * field lists its items on one line ("A | B", "A; B"). Where the table has no status column, or only one of the days
 * the controls were done, a control's status written after its text is split off it, one control or several.
 */
final class ControlsListedInOneCell {

	/** A line shorter than this is a word or a label, not a control's description. */
	private static final int MIN_CONTROL_LINE = 20;
	/** "1. ", "2) ": an item's number at the start or after a space. */
	private static final Pattern ITEM_NUMBER = Pattern.compile("(?<=^|\\s)(\\d{1,2})[.)]\\s+");
	/** "• ", "- ", "* ", "· ": a list item's bullet. */
	private static final Pattern BULLET = Pattern.compile("^[•·▪◦*–-]\\s+");
	/** " | " or "; " between the items of a list written on one line, as a system exports a multi-valued field. */
	private static final Pattern ITEM_SEPARATOR = Pattern.compile("\\s+\\|\\s+|;\\s+");
	/** "Urval: kassabok och kvitton …", "Metod: stickprov": a labelled line under a control says how it is done. */
	private static final Pattern LABELLED = Pattern.compile("^\\p{L}+(\\s\\p{L}+)?:\\s");
	private static final List<Field> LISTED = List.of(Field.STATUS, Field.RESULTAT, Field.AVVIKELSE, Field.ATGARD);

	private ControlsListedInOneCell() {
	}

	static List<ControlRow> split(List<ControlRow> controls, Vocabulary statuses) {
		// "Myndighetsutövning" merged down over three rows, a control on each: a table of a row per control, where a
		// control's text and its result may each run over two paragraphs, whatever their counts.
		Set<String> seen = new HashSet<>();
		Set<String> processesOfSeveralRows = new HashSet<>();
		controls.stream().map(c -> c.value(Field.PROCESS).strip()).filter(p -> !p.isEmpty() && !seen.add(p))
			.forEach(processesOfSeveralRows::add);
		List<ControlRow> read = new ArrayList<>();
		for (ControlRow control : controls) {
			boolean rowPerProcess = !processesOfSeveralRows.contains(control.value(Field.PROCESS).strip());
			String cell = control.value(Field.KONTROLLMOMENT);
			List<String> moments = lines(cell);
			List<Optional<InlineStatus>> inline = moments.stream().map(m -> InlineStatus.of(m, statuses)).toList();
			// "Datum" beside "Kontroll av … – Pågår, 31 av 50": the date says when, the cell what became of it.
			boolean dated = control.layout().statusIsADate() && CellWords.isDate(control.value(Field.STATUS));
			boolean stated = inline.stream().anyMatch(Optional::isPresent)
					&& (control.value(Field.STATUS).isBlank() || dated);
			boolean listed = moments.size() >= 2
					&& moments.stream().allMatch(ControlsListedInOneCell::describesAControl)
					&& (rowPerProcess && (linesPerItem(control, Field.RESULTAT) == moments.size()
							|| linesPerItem(control, Field.STATUS) == moments.size()) || stated || isAList(cell));
			// One control with its status after it, where no column gives one, or only the day it was done:
			// "Kontroll av … – genomförd".
			boolean ownStatus = stated && (!control.layout().has(Field.STATUS) || control.layout().statusIsADate());
			if (!listed && !ownStatus) {
				read.add(control);
				continue;
			}
			Map<Field, List<String>> answers = new EnumMap<>(Field.class);
			LISTED.forEach(field -> answers.put(field, lines(control.value(field))));
			for (int i = 0; i < moments.size(); i++) {
				Map<Field, String> values = new EnumMap<>(Field.class);
				values.putAll(control.values());
				values.put(Field.KONTROLLMOMENT, moments.get(i));
				for (Field field : LISTED) {
					if (moments.size() >= 2 && linesPerItem(control, field) == moments.size()) {
						values.put(field, answers.get(field).get(i));
					}
				}
				if (stated) {
					// "• Avstämning av kundreskontra – klar": the item's own status; an item without one has none, and the
					// row's comment, said of the process, stays with those that do.
					inline.get(i).ifPresentOrElse(status -> {
						values.put(Field.KONTROLLMOMENT, status.control());
						values.put(Field.STATUS, status.status());
					}, () -> LISTED.forEach(values::remove));
				}
				String heading = HeaderText.display(control.layout().headers().getOrDefault(Field.KONTROLLMOMENT, ""));
				TableLayout layout = stated ? control.layout().withStatusStatedIn("kontrollmomentets cell, efter kontrollen"
						+ (heading.isEmpty() ? "" : " ('" + heading + "')")) : control.layout();
				read.add(new ControlRow(control.sheet(), control.row(), control.lastRow(), values, control.statusFills(),
						control.resultFills(), layout, control.group()));
			}
		}
		return read;
	}

	/**
	 * The lines of a field's cell, or 0 where the field has a column per period: "Status T1: … / Status delår: …" are a
	 * line per period, not per item.
	 */
	private static int linesPerItem(ControlRow control, Field field) {
		return control.layout().headings(field).size() > 1 ? 0 : lines(control.value(field)).size();
	}

	/**
	 * "Kontroll av … – klar", "Stickprov av representation (ej gjord)", "Kontroll av …: delvis genomförd": a control's
	 * text and, after a dash, a colon or in closing brackets, what became of it, in a status word first.
	 */
	record InlineStatus(String control, String status) {

		private static final Pattern BRACKETED = Pattern.compile("^(.*\\S)\\s*\\(([^()]+)\\)[.;]?$");
		private static final Pattern SEPARATOR = Pattern.compile("\\s[–—-]\\s*|:\\s");
		/** Where the status word ends and what was found begins: "klar, tre avgifter korrigerade", "delvis – 8 av 15". */
		private static final Pattern CLAUSE_END = Pattern.compile("\\s*(,|;|\\s[–—-]\\s|\\.\\s|\\.$|\\s\\()");

		static Optional<InlineStatus> of(String item, Vocabulary statuses) {
			Matcher bracketed = BRACKETED.matcher(item.strip());
			if (bracketed.matches() && opensWithAStatus(bracketed.group(2), statuses)) {
				return Optional.of(new InlineStatus(bracketed.group(1).strip(), bracketed.group(2).strip()));
			}
			Matcher separator = SEPARATOR.matcher(item);
			while (separator.find()) {
				String tail = item.substring(separator.end()).strip();
				String control = item.substring(0, separator.start()).strip();
				if (control.length() >= MIN_CONTROL_LINE && opensWithAStatus(tail, statuses)) {
					return Optional.of(new InlineStatus(control, tail.replaceFirst("[.;]$", "")));
				}
			}
			return Optional.empty();
		}

		private static boolean opensWithAStatus(String text, Vocabulary statuses) {
			Matcher end = CLAUSE_END.matcher(text);
			String first = end.find() ? text.substring(0, end.start()) : text;
			return !first.isBlank() && statuses.knows(first.strip());
		}
	}

	/** Items marked as a list's ("• …", "- …" on each line) or separated in one line ("A; B", "A | B"). */
	private static boolean isAList(String cell) {
		List<String> lines = cell.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
		return lines.size() >= 2 ? lines.stream().allMatch(l -> BULLET.matcher(l).lookingAt())
				: lines.size() == 1 && ITEM_SEPARATOR.matcher(lines.get(0)).find();
	}

	/**
	 * "Kontroll att …" or "2. Stickprov …", not the rest of a sentence ("finns för all nyanställd personal", "100 tkr
	 * dokumenteras enligt riktlinjen" under "Kontroll att direktupphandlingar över") nor a labelled line ("Urval: …").
	 */
	private static boolean describesAControl(String line) {
		return line.length() >= MIN_CONTROL_LINE && !line.endsWith(":") && !LABELLED.matcher(line).find()
				&& (Character.isUpperCase(line.codePointAt(0)) || ITEM_NUMBER.matcher(line).lookingAt());
	}

	/**
	 * Its lines, or on one line the items numbered in order from 1 ("1. Kontroll att … 2. Uppföljning att …") or
	 * separated ("Kontroll av … | Kontroll av …", "Avstämning …; Kontroll …"); a bullet before an item is no part of it.
	 */
	private static List<String> lines(String text) {
		List<String> lines = text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
		if (lines.size() == 1) {
			lines = numberedItems(lines.get(0));
		}
		if (lines.size() == 1) {
			lines = List.of(ITEM_SEPARATOR.split(lines.get(0).replaceFirst("[.;]$", "")));
		}
		return lines.stream().map(l -> BULLET.matcher(l).replaceFirst("").strip()).filter(l -> !l.isEmpty()).toList();
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
