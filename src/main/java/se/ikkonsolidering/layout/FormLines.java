package se.ikkonsolidering.layout;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import se.ikkonsolidering.ingest.RawCell;
import se.ikkonsolidering.ingest.RawRow;

/**
 * The lines of a form: what a row's label and value are ("Status: Genomförd" in one cell, "Status" | "Genomförd" in
 * two, "Ansvarig | … | Frekvens | …" side by side), and which field, fact about the file or unnamed part of the block
 * each label names.
 */
final class FormLines {

	/** A list's number before a label: "1. ", "2) ". */
	private static final Pattern LIST_NUMBER = Pattern.compile("\\d{1,2}[.)]\\s+");
	/** A label is a short text; "Kontrollmoment:" and "Beskrivning av kontrollen" fit, a sentence does not. */
	static final int MAX_LABEL_LENGTH = 60;
	/** A label standing alone over its paragraph under every control: "Syfte", "Hur har kontrollen gjorts". */
	private static final int MAX_RECURRING_WORDS = 4;
	/** "–" under a label: the label answered with nothing. */
	private static final Pattern DASH = Pattern.compile("[–—-]{1,3}");
	/** Under three controls at least: a greeting or a name said twice in a forwarded mail is no label. */
	private static final int MIN_RECURRENCES = 3;
	/** A report's labels come as a set: "Syfte", "Genomförande", "Bedömning". */
	private static final int MIN_LABELS = 2;
	static final double MIN_LABEL_SCORE = 0.75;
	static final int MAX_HEADING_LENGTH = 150;
	/** Labels about the file, not a control: "Nämnd:", "År:", "Bedömning av den interna kontrollen:". */
	private static final Set<Labels.Kind> METADATA = EnumSet.of(Labels.Kind.NAMND, Labels.Kind.AR, Labels.Kind.PERIOD,
			Labels.Kind.BEDOMNING);

	/** A control's number in a cell of its own: "1.1", "12", "A3". */
	private static final Pattern NUMBER = Pattern.compile("\\d{1,2}(\\.\\d{1,2}){0,2}\\.?|\\p{Lu}\\d{1,2}");
	/** "Kontroll 3", "Kontroll nr 3 av 10", "Kontrollmoment 1.2:": a word and a number heading one block. */
	private static final Pattern NUMBERED_HEADING = Pattern.compile(
			"(?iu)(\\p{L}[\\p{L} -]*?)\\s+(?:nr\\.?\\s*)?\\d{1,3}(?:\\.\\d{1,2})*(?:\\s*(?:av|/)\\s*\\d{1,3})?[.:)]?");
	/** A label and a count: "Gul: 1", "Ej bedömd: 2". */
	private static final Pattern COUNT_LINE = Pattern.compile("[^:]{1,30}:\\s*\\d{1,4}");
	/** "Personal · Ansvarig: … · Metod: …": parts of one line, each a label and its value. */
	private static final Pattern PAIR_SEPARATOR = Pattern.compile("\\s+[·|•]\\s+");
	/** The process named before a line's labelled pairs: "Personal", "Myndighetsutövning". */
	private static final int MAX_PROCESS_WORDS = 3;
	/** A control's text is a statement of a few words, not a label. */
	private static final int MIN_CONTROL_WORDS = 4;

	private final HeaderDictionary dictionary;
	private final Labels labels;

	FormLines(HeaderDictionary dictionary, Labels labels) {
		this.dictionary = dictionary;
		this.labels = labels;
	}

	/**
	 * The row's first cell is a label: it ends with a colon ("Status:"), starts "Status: …", or stands alone beside
	 * one value, as in a two-column Word table ("Utfall och analys" | "…").
	 */
	static boolean isLabelCell(RawRow row) {
		List<RawCell> cells = row.nonBlankCells().stream().filter(c -> !c.mergedAcross() || c.column() == 0).toList();
		if (cells.isEmpty()) {
			// only texts merged over later columns, as group headings over a header are: no label beside a value
			return false;
		}
		String first = cells.get(0).text().strip();
		return first.endsWith(":") || (first.contains(":") && first.indexOf(':') <= MAX_LABEL_LENGTH)
				|| (row.nonBlankCells().stream().map(c -> c.text().strip()).distinct().count() == 2
						&& first.length() <= MAX_LABEL_LENGTH);
	}

	/**
	 * A text merged across several cells ("Samtliga beslut" over B:E, "År:" over A:C) is one text, not one per cell:
	 * the cells after its first are left out.
	 */
	static List<RawCell> withoutMergedRepeats(List<RawCell> cells) {
		List<RawCell> kept = new ArrayList<>();
		for (RawCell c : cells) {
			RawCell before = kept.isEmpty() ? null : kept.get(kept.size() - 1);
			if (before == null || !c.mergedAcross() || !before.mergedAcross() || !before.text().equals(c.text())) {
				kept.add(c);
			}
		}
		return kept;
	}

	/** A row's label and value: "Status: Genomförd" in one cell, or "Status:" | "Genomförd" in two. */
	Optional<Line> line(RawRow row) {
		List<RawCell> cells = withoutMergedRepeats(row.nonBlankCells().stream().filter(c -> !c.mergedFromAbove()).toList());
		if (cells.isEmpty() || (cells.size() > 1 && oneText(row))) {
			// "Kontroll 1" merged across label and value: the block's heading, no label of its own.
			return Optional.empty();
		}
		String first = cells.get(0).text().strip();
		int colon = first.indexOf(':');
		// "Har kontrollen genomförts? Ja", "Avvikelse upptäckt? Nej": a form's question and its answer on one line.
		int question = first.indexOf('?');
		if (colon < 0 && question > 0 && question <= MAX_LABEL_LENGTH && question < first.length() - 1
				&& field(first.substring(0, question)).isPresent()) {
			colon = question;
		}
		String label;
		String value;
		if (colon > 0 && colon <= MAX_LABEL_LENGTH) {
			label = first.substring(0, colon);
			value = join(first.substring(colon + 1), cells.subList(1, cells.size()));
			Matcher numbered = LIST_NUMBER.matcher(label);
			if (numbered.lookingAt()
					&& field(label.substring(numbered.end())).filter(f -> f == Field.KONTROLLMOMENT).isPresent()) {
				// "1. Kontrollmoment: …" in a mail listing its controls: the label, numbered as the list is ("1. Process:
				// …" is a numbered section's heading).
				label = label.substring(numbered.end());
			}
		}
		else if (cells.size() >= 2 && first.length() <= MAX_LABEL_LENGTH) {
			label = first;
			value = join("", cells.subList(1, cells.size()));
		}
		else {
			return Optional.empty();
		}
		boolean asLabel = (colon > 0 && colon <= MAX_LABEL_LENGTH) || (cells.size() == 2 && !isProse(label));
		return lineOf(label, value, cells.get(cells.size() - 1), asLabel);
	}

	/**
	 * "Resultat" on a line of its own over the paragraph it labels, as a report's subheadings are: the two as one line,
	 * "Resultat: …", as the label is written elsewhere. A label is a field's whole name or a fact about the file
	 * ("Bedömning"), or a few words that come back as a set under every control ("Syfte", "Genomförande"); the
	 * paragraph is a sentence, so a heading naming the next control stays one.
	 */
	List<RawRow> withLabelsOverParagraphs(List<RawRow> rows) {
		Set<String> recurring = recurringLines(rows);
		List<RawRow> joined = new ArrayList<>(rows.size());
		for (int i = 0; i < rows.size(); i++) {
			RawRow row = rows.get(i);
			// "Genomförande" over "–": a label that comes back under every control, answered with a dash.
			boolean recurs = recurs(row, recurring);
			if (i + 1 < rows.size() && (recurs || isLabelAlone(row))
					&& (isParagraph(rows.get(i + 1), row) || recurs && isDash(rows.get(i + 1)))) {
				RawCell paragraph = rows.get(i + 1).nonBlankCells().get(0);
				String text = row.nonBlankCells().get(0).text().strip() + ": " + paragraph.text().strip();
				joined.add(new RawRow(rows.get(i + 1).number(), List.of(new RawCell(paragraph.column(), text,
						paragraph.fill(), false, false, paragraph.error()))));
				i++;
			}
			else {
				joined.add(row);
			}
		}
		return joined;
	}

	/**
	 * "Syfte", "Genomförande" on lines of their own under each control's heading: a few words that come back under
	 * every control label what follows them, as a heading naming one control does not.
	 */
	private static Set<String> recurringLines(List<RawRow> rows) {
		Map<String, Integer> counts = new HashMap<>();
		for (RawRow row : rows) {
			shortLine(row).ifPresent(text -> counts.merge(text, 1, Integer::sum));
		}
		Set<String> recurring = counts.entrySet().stream().filter(e -> e.getValue() >= MIN_RECURRENCES)
			.map(Map.Entry::getKey).collect(Collectors.toSet());
		// One line said three times is no set of labels.
		return recurring.size() >= MIN_LABELS ? recurring : Set.of();
	}

	private static boolean isDash(RawRow row) {
		return row.nonBlankCells().size() == 1 && DASH.matcher(row.nonBlankCells().get(0).text().strip()).matches();
	}

	private static boolean recurs(RawRow row, Set<String> recurring) {
		return shortLine(row).filter(recurring::contains).isPresent();
	}

	/** A line of one to {@link #MAX_RECURRING_WORDS} words, no sentence and no label with its value. */
	private static Optional<String> shortLine(RawRow row) {
		if (row.nonBlankCells().size() != 1 || row.nonBlankCells().get(0).mergedAcross()) {
			return Optional.empty();
		}
		String text = row.nonBlankCells().get(0).text().strip();
		return text.contains(":") || isProse(text) || text.split("\\s+").length > MAX_RECURRING_WORDS
				|| !text.chars().allMatch(c -> Character.isLetter(c) || c == ' ' || c == '-')
				? Optional.empty() : Optional.of(text.toLowerCase(Locale.ROOT));
	}

	private boolean isLabelAlone(RawRow row) {
		if (row.nonBlankCells().size() != 1 || row.nonBlankCells().get(0).mergedAcross()) {
			return false;
		}
		String text = row.nonBlankCells().get(0).text().strip();
		if (text.length() > MAX_LABEL_LENGTH || text.contains(":") || isProse(text)) {
			return false;
		}
		String spaced = HeaderText.spaced(text);
		return dictionary.score(text).stream().anyMatch(s -> s.synonym().equals(spaced) && s.field() != Field.IGNORERAS
				&& s.field() != Field.STATUSMARKERING && !s.field().isCount())
				|| labels.parse(text + ":").filter(k -> METADATA.contains(k.kind())).isPresent();
	}

	/**
	 * A sentence in the label's column, not the nämnd's assessment of the whole ("Förvaltningen bedömer att den interna
	 * kontrollen …" under "Bedömning" after the last control), which ends the controls' report.
	 */
	private boolean isParagraph(RawRow row, RawRow label) {
		if (row.nonBlankCells().size() != 1 || row.nonBlankCells().get(0).column() != label.nonBlankCells().get(0).column()) {
			return false;
		}
		String text = row.nonBlankCells().get(0).text().strip();
		return isProse(text) && !labels.mentions(Labels.Kind.BEDOMNINGSMENING, text);
	}

	/**
	 * "1.1 | Stickprov av 15 leverantörsfakturor … | Ansvarig: Ekonomichef": a numbered control on a row of its own above
	 * its labelled lines ("Utfört:", "Resultat:"), perhaps with labelled cells beside it. Its number, its text and those
	 * cells as lines; empty when the row is none.
	 */
	List<Line> numberedControl(RawRow row) {
		List<RawCell> cells = new ArrayList<>();
		for (RawCell c : row.nonBlankCells()) {
			// A text merged across several cells is one.
			boolean repeated = !cells.isEmpty() && c.mergedAcross() && cells.get(cells.size() - 1).text().equals(c.text());
			if (!c.mergedFromAbove() && !repeated) {
				cells.add(c);
			}
		}
		if (cells.size() < 2 || !NUMBER.matcher(cells.get(0).text().strip()).matches()) {
			return List.of();
		}
		String text = cells.get(1).text().strip();
		if (text.split("\\s+").length < MIN_CONTROL_WORDS || text.indexOf(':') >= 0 && text.indexOf(':') <= MAX_LABEL_LENGTH) {
			return List.of();
		}
		List<Line> lines = new ArrayList<>();
		lines.add(new Line(Field.ID, null, "nummer", cells.get(0).text().strip(), cells.get(0)));
		lines.add(new Line(Field.KONTROLLMOMENT, null, "text efter numret", text, cells.get(1)));
		for (RawCell cell : cells.subList(2, cells.size())) {
			Optional<Line> labelled = line(new RawRow(row.number(), List.of(cell))).filter(l -> l.field() != null);
			if (labelled.isEmpty()) {
				return List.of();
			}
			lines.add(labelled.get());
		}
		return lines;
	}

	/**
	 * "Ansvarig | Enhetschef | Frekvens | Varje tertial": label and value pairs side by side in one row, a line each.
	 * The cell right of a label is its value; a label further on starts the next pair. Empty unless the row holds
	 * at least two labels, the first in its first cell. A row of one cell may hold the pairs parted by dots or bars
	 * (see {@link #separatedPairs}).
	 */
	List<Line> pairs(RawRow row) {
		if (row.nonBlankCells().size() == 1) {
			return separatedPairs(row.nonBlankCells().get(0));
		}
		List<RawCell> cells = new ArrayList<>();
		List<Integer> ends = new ArrayList<>();
		for (RawCell c : row.nonBlankCells()) {
			int lastIndex = cells.size() - 1;
			if (c.mergedFromAbove()) {
				continue;
			}
			if (lastIndex >= 0 && c.mergedAcross() && cells.get(lastIndex).mergedAcross()
					&& cells.get(lastIndex).text().equals(c.text()) && ends.get(lastIndex) == c.column() - 1) {
				ends.set(lastIndex, c.column()); // one value merged across several cells
				continue;
			}
			cells.add(c);
			ends.add(c.column());
		}
		if (cells.size() < 2 || !isPairLabel(cells.get(0).text())) {
			return List.of();
		}
		List<Line> lines = new ArrayList<>();
		int label = 0;
		for (int i = 1; i <= cells.size(); i++) {
			boolean valueOfLabel = i < cells.size() && i == label + 1 && cells.get(i).column() == ends.get(label) + 1;
			if (valueOfLabel && isPairLabel(cells.get(i).text())) {
				return List.of(); // "Risk | Sannolikhet | Konsekvens | Riskvärde": a table's header, no pairs
			}
			if (i == cells.size() || (!valueOfLabel && isPairLabel(cells.get(i).text()))) {
				RawCell labelCell = cells.get(label);
				List<RawCell> value = cells.subList(label + 1, i);
				lineOf(labelCell.text().strip(), join("", value), value.isEmpty() ? labelCell : value.get(value.size() - 1),
						true).ifPresent(lines::add);
				label = i;
			}
		}
		return lines.size() >= 2 ? lines : List.of();
	}

	/**
	 * "Personal · Ansvarig: HR-konsult · Metod: stickprov": labelled pairs in one line, parted by a dot or bar, a line
	 * each; a few words before them, with no label, name the process. Empty unless at least two parts are labelled and
	 * every part after the first is.
	 */
	private List<Line> separatedPairs(RawCell cell) {
		String[] parts = PAIR_SEPARATOR.split(cell.text().strip());
		if (parts.length < 2) {
			return List.of();
		}
		List<Line> lines = new ArrayList<>();
		for (int i = 0; i < parts.length; i++) {
			String part = parts[i].strip();
			int colon = part.indexOf(':');
			String label = colon > 0 ? part.substring(0, colon).strip() : "";
			if (colon > 0 && isPairLabel(label)) {
				lineOf(label, part.substring(colon + 1).strip(), cell, true).ifPresent(lines::add);
			}
			else if (i == 0 && colon < 0 && part.split("\\s+").length <= MAX_PROCESS_WORDS && !isProse(part)) {
				lines.add(new Line(Field.PROCESS, null, "texten före etiketterna", part, cell));
			}
			else {
				return List.of();
			}
		}
		return lines.stream().filter(l -> l.field() != Field.PROCESS).count() >= 2 ? lines : List.of();
	}

	/**
	 * "| 2024 | 2025": a row of year or period headings over the value cells, with no label of its own. The values
	 * of the label rows below are given per period; by column, 0-based, the headings. Empty when the row is none.
	 */
	Optional<Map<Integer, String>> periodHeadings(RawRow row) {
		List<RawCell> cells = row.nonBlankCells().stream().filter(c -> !c.mergedFromAbove()).toList();
		boolean headings = cells.size() >= 2 && cells.get(0).column() > 0
				&& cells.stream().allMatch(c -> !c.mergedAcross()
						&& c.text().strip().length() <= ColumnTyper.MAX_PERIOD_HEADING
						&& dictionary.namesPeriod(c.text()))
				&& cells.stream().map(c -> c.text().strip()).distinct().count() == cells.size();
		if (!headings) {
			return Optional.empty();
		}
		Map<Integer, String> byColumn = new TreeMap<>();
		cells.forEach(c -> byColumn.put(c.column(), c.text().strip()));
		return Optional.of(byColumn);
	}

	/** "Bedömning | G | GA" under "| 2024 | 2025": a label in the first cell and a value per period beside it. */
	static boolean isLabelCell(RawRow row, Map<Integer, String> periods) {
		List<RawCell> cells = row.nonBlankCells().stream().filter(c -> !c.mergedFromAbove()).toList();
		return FormLines.isLabelCell(row) || (!periods.isEmpty() && cells.size() >= 2 && cells.get(0).column() == 0
				&& cells.get(0).text().strip().length() <= MAX_LABEL_LENGTH
				&& cells.stream().skip(1).allMatch(c -> periods.containsKey(c.column())));
	}

	/**
	 * The line with its value given per period, "2024: G\n2025: GA", under a row of period headings; as it was when
	 * its value is one text merged across the periods ("Metod | Stickprov 30 beslut").
	 */
	Line byPeriod(Line line, RawRow row, Map<Integer, String> periods) {
		List<RawCell> values = row.nonBlankCells().stream().filter(c -> c.column() > 0 && !c.mergedFromAbove()).toList();
		if (values.isEmpty() || values.stream().anyMatch(RawCell::mergedAcross)
				|| values.stream().anyMatch(c -> !periods.containsKey(c.column()))) {
			return line;
		}
		StringBuilder text = new StringBuilder();
		periods.forEach((column, heading) -> text.append(text.length() == 0 ? "" : "\n").append(heading).append(": ")
			.append(row.cell(column).map(c -> c.text().strip()).orElse("")));
		return new Line(line.field(), line.kind(), line.label(), text.toString(), line.valueCell());
	}

	private boolean isPairLabel(String text) {
		String label = text.strip();
		return label.length() <= MAX_LABEL_LENGTH && !isProse(label) && (field(label).isPresent() || isPlanDetail(label)
				|| labels.parse(label + ":").filter(k -> METADATA.contains(k.kind())).isPresent());
	}

	/** What a label and its value are: a field of the block, a fact about the file, or part of the block's text. */
	private Optional<Line> lineOf(String label, String value, RawCell valueCell, boolean asLabel) {
		Optional<Labels.Labelled> known = labels.parse(label + ":").filter(k -> METADATA.contains(k.kind()));
		if (known.isPresent()) {
			return Optional.of(new Line(null, known.get().kind(), label, value, valueCell));
		}
		Optional<Field> field = field(label);
		if (field.isEmpty() && isPlanDetail(label)) {
			// "Frekvens | Årligen": part of the block, about the plan rather than what was found.
			return Optional.of(new Line(Field.IGNORERAS, null, label, value, valueCell));
		}
		if (field.isEmpty() && asLabel && !value.isEmpty()) {
			// A label the dictionary does not know ("Genomförande:"), written as one or in a label cell: part of the
			// block it stands in.
			return Optional.of(new Line(null, null, label, value, valueCell));
		}
		return field.map(f -> new Line(f, null, label, value, valueCell));
	}

	Optional<Field> field(String label) {
		return dictionary.score(label).stream()
			.filter(s -> s.score() >= MIN_LABEL_SCORE && s.field() != Field.IGNORERAS && s.field() != Field.STATUSMARKERING
					&& !s.field().isCount())
			.max((a, b) -> Double.compare(a.score(), b.score()))
			.map(HeaderDictionary.FieldScore::field);
	}

	/**
	 * The field a line's label names, its period left out: in one cell under the control's text, "Uppföljning helår"
	 * reports the control as "Uppföljning" would; the period weakens the words only as a column's heading.
	 */
	Optional<Field> fieldOfAPeriod(String label) {
		Optional<Field> field = field(label);
		return field.isPresent() || dictionary.periodKey(label).isEmpty() ? field
				: field(dictionary.withoutPeriods(label));
	}

	/** A label the dictionary names as a column to ignore, such as "Frekvens", if only loosely, or a count ("Urval"). */
	boolean isPlanDetail(String label) {
		return dictionary.score(label).stream()
			.max((a, b) -> Double.compare(a.score(), b.score()))
			.filter(s -> (s.field() == Field.IGNORERAS || s.field().isCount()) && s.score() >= MIN_LABEL_SCORE / 2)
			.isPresent();
	}

	/** One cell, or one text merged across the row. */
	static boolean oneText(RawRow row) {
		return row.nonBlankCells().stream().map(c -> c.text().strip()).distinct().count() == 1;
	}

	/** "… enligt föräldrabalken 14 kap.": the full stop of an abbreviation, which ends no sentence. */
	private static final Pattern ABBREVIATION_LAST = Pattern.compile(
			"(?iu)\\b(kap|st|p|m\\.m|bl\\.a|t\\.ex|resp|etc|ff|jfr|nr|dnr|ca|inkl|exkl)\\.\\)?$");

	/** Sentences rather than a heading: ends as a sentence does ("Se bilaga 1.") or is longer than a heading. */
	static boolean isProse(String text) {
		return text.length() > MAX_HEADING_LENGTH
				|| text.matches("(?s).*\\p{L}.*[.!?]\\)?$") && !ABBREVIATION_LAST.matcher(text).find();
	}

	/** A block's heading that numbers it as a control ("Kontroll 3 av 10"), with no value of its own. */
	boolean isNumberedBlockHeading(String text) {
		java.util.regex.Matcher m = NUMBERED_HEADING.matcher(text.strip());
		return m.matches() && field(m.group(1)).filter(f -> f == Field.KONTROLLMOMENT).isPresent();
	}

	/** "Grön: 3", "Gul: 1", "Totalt: 8": lines that count the controls by status, with their total, and say no more. */
	boolean countsOnly(List<String> texts) {
		return texts.stream().allMatch(t -> COUNT_LINE.matcher(t.strip()).matches())
				&& texts.stream().anyMatch(t -> labels.startsWith(Labels.Kind.SUMMA, t));
	}

	/**
	 * The same label, numbered or not: "Kontroll 1" and "Kontroll 2" each start a block, while "Utfall T1" and
	 * "Utfall T2" are one field's periods.
	 */
	boolean sameLabel(String a, String b) {
		boolean periods = dictionary.namesPeriod(a) && dictionary.namesPeriod(b);
		return periods ? HeaderText.spaced(a).equals(HeaderText.spaced(b)) : unnumbered(a).equals(unnumbered(b));
	}

	/** "Kontrollpunkt 1", "Kontroll 2.3:": a label with its number. */
	static boolean isNumbered(String label) {
		return !unnumbered(label).equals(HeaderText.spaced(label));
	}

	static String unnumbered(String label) {
		// "Kontrollmoment 1.1" and "Kontrollmoment 2.2" are one label numbered.
		return HeaderText.spaced(label).replaceAll("\\s*\\d+(\\.\\d+)*[.:)]?$", "");
	}

	private static String join(String first, List<RawCell> rest) {
		StringBuilder s = new StringBuilder(first.strip());
		for (RawCell cell : rest) {
			if (!s.toString().contains(cell.text().strip())) {
				s.append(s.length() == 0 ? "" : "\n").append(cell.text().strip());
			}
		}
		return s.toString();
	}

	/**
	 * @param field the field a label names, or {@code null} for a metadata label ({@code kind}) or, with neither, a label
	 *        no field names
	 */
	record Line(Field field, Labels.Kind kind, String label, String value, RawCell valueCell) {
	}
}
