package se.ikkonsolidering.layout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import se.ikkonsolidering.ingest.RawCell;
import se.ikkonsolidering.ingest.RawRow;

/**
 * Reads a sheet or table laid out as a form rather than a grid: each control a block of "Etikett: | värde" rows
 * (Kontrollmoment:, Risk:, Resultat:, Status:), as a Word document with one small two-column table per control, or a
 * spreadsheet with blocks down the sheet. A label seen again starts the next block; a heading between blocks sets
 * their process; a block without a kontrollmoment or risk (the nämnd's overall assessment) is no control. A report
 * that names each control in a heading and reports it in "Metod: / Resultat: / Status:" lines under it takes the
 * heading for the kontrollmoment (see {@link HeadedControls}).
 */
final class FormReader {

	/** A label is a short text; "Kontrollmoment:" and "Beskrivning av kontrollen" fit, a sentence does not. */
	private static final int MAX_LABEL_LENGTH = 60;
	private static final double MIN_LABEL_SCORE = 0.75;
	static final int MAX_HEADING_LENGTH = 150;
	/** Labels about the file, not a control: "Nämnd:", "År:", "Bedömning av den interna kontrollen:". */
	private static final Set<Labels.Kind> METADATA = EnumSet.of(Labels.Kind.NAMND, Labels.Kind.AR, Labels.Kind.PERIOD,
			Labels.Kind.BEDOMNING);

	private final HeaderDictionary dictionary;
	private final Labels labels;

	FormReader(HeaderDictionary dictionary, Labels labels) {
		this.dictionary = dictionary;
		this.labels = labels;
	}

	/**
	 * The controls of a form, or empty when the rows are no form (fewer than one block with a kontrollmoment or risk
	 * and a second field).
	 * @param headings the headings above a document's table; a "Process: …" among them sets the process of its blocks
	 * @param proseReport the rows are a whole document's paragraphs: headings with only prose under them are its
	 *        controls even where no labelled block shows the pattern
	 */
	Optional<SheetReading> read(String sheet, List<RawRow> rows, List<String> headings, Legend legend,
			boolean proseReport) {
		Walk walk = new Walk(sheet, section(headings), proseReport);
		rows.stream().filter(r -> !r.isBlank()).forEach(walk::row);
		walk.end();
		if (walk.controls.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(new SheetReading(sheet, Optional.of(walk.first != null ? walk.first : walk.controls.get(0).layout()), walk.controls, walk.tally, walk.titles,
				walk.labelled, 1, legend.isEmpty() ? Optional.empty() : Optional.of(legend)));
	}

	/** The process the last "Process: …" heading names, or "". */
	private String section(List<String> headings) {
		return headings.stream()
			.flatMap(h -> labels.parse(h.strip()).stream())
			.filter(l -> l.kind() == Labels.Kind.SEKTION && !l.value().isEmpty())
			.reduce((first, last) -> last)
			.map(Labels.Labelled::value)
			.orElse("");
	}

	/**
	 * Most rows are "Etikett: värde" naming at least three different fields: a form, whatever a row might look like
	 * as a header ("Kontrollmoment: | Uppföljning av …" holds two header words).
	 */
	boolean isForm(List<RawRow> rows) {
		int lines = 0;
		int filled = 0;
		java.util.Set<Field> fields = EnumSet.noneOf(Field.class);
		for (RawRow row : rows) {
			if (row.isBlank()) {
				continue;
			}
			filled++;
			List<Line> pairs = pairs(row);
			Optional<Line> line = line(row).filter(l -> l.field() != null && isLabelCell(row));
			if (!pairs.isEmpty()) {
				lines++;
				pairs.stream().filter(l -> l.field() != null).forEach(l -> fields.add(l.field()));
			}
			else if (line.isPresent()) {
				lines++;
				fields.add(line.get().field());
			}
		}
		return fields.size() >= 3 && fields.contains(Field.KONTROLLMOMENT) && lines * 2 >= filled;
	}

	/**
	 * The row's first cell is a label: it ends with a colon ("Status:"), starts "Status: …", or stands alone beside
	 * one value, as in a two-column Word table ("Utfall och analys" | "…").
	 */
	private static boolean isLabelCell(RawRow row) {
		List<RawCell> cells = row.nonBlankCells().stream().filter(c -> !c.mergedAcross() || c.column() == 0).toList();
		String first = cells.get(0).text().strip();
		return first.endsWith(":") || (first.contains(":") && first.indexOf(':') <= MAX_LABEL_LENGTH)
				|| (row.nonBlankCells().stream().map(c -> c.text().strip()).distinct().count() == 2
						&& first.length() <= MAX_LABEL_LENGTH);
	}

	/** A row's label and value: "Status: Genomförd" in one cell, or "Status:" | "Genomförd" in two. */
	private Optional<Line> line(RawRow row) {
		List<RawCell> cells = row.nonBlankCells().stream().filter(c -> !c.mergedFromAbove()).toList();
		if (cells.isEmpty() || (cells.size() > 1 && oneText(row))) {
			// "Kontroll 1" merged across label and value: the block's heading, no label of its own.
			return Optional.empty();
		}
		String first = cells.get(0).text().strip();
		int colon = first.indexOf(':');
		String label;
		String value;
		if (colon > 0 && colon <= MAX_LABEL_LENGTH) {
			label = first.substring(0, colon);
			value = join(first.substring(colon + 1), cells.subList(1, cells.size()));
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
	 * "Ansvarig | Enhetschef | Frekvens | Varje tertial": label and value pairs side by side in one row, a line each.
	 * The cell right of a label is its value; a label further on starts the next pair. Empty unless the row holds
	 * at least two labels, the first in its first cell.
	 */
	private List<Line> pairs(RawRow row) {
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

	private Optional<Field> field(String label) {
		return dictionary.score(label).stream()
			.filter(s -> s.score() >= MIN_LABEL_SCORE && s.field() != Field.IGNORERAS && s.field() != Field.STATUSMARKERING)
			.max((a, b) -> Double.compare(a.score(), b.score()))
			.map(HeaderDictionary.FieldScore::field);
	}

	/** A label the dictionary names as a column to ignore, such as "Frekvens", if only loosely. */
	private boolean isPlanDetail(String label) {
		return dictionary.score(label).stream()
			.max((a, b) -> Double.compare(a.score(), b.score()))
			.filter(s -> s.field() == Field.IGNORERAS && s.score() >= MIN_LABEL_SCORE / 2)
			.isPresent();
	}

	/** One cell, or one text merged across the row. */
	private static boolean oneText(RawRow row) {
		return row.nonBlankCells().stream().map(c -> c.text().strip()).distinct().count() == 1;
	}

	/** Sentences rather than a heading: ends as a sentence does ("Se bilaga 1.") or is longer than a heading. */
	private static boolean isProse(String text) {
		return text.length() > MAX_HEADING_LENGTH || text.matches("(?s).*\\p{L}.*[.!?]\\)?$");
	}

	/**
	 * The same label, numbered or not: "Kontroll 1" and "Kontroll 2" each start a block, while "Utfall T1" and
	 * "Utfall T2" are one field's periods.
	 */
	private boolean sameLabel(String a, String b) {
		boolean periods = dictionary.namesPeriod(a) && dictionary.namesPeriod(b);
		return periods ? HeaderText.spaced(a).equals(HeaderText.spaced(b)) : unnumbered(a).equals(unnumbered(b));
	}

	private static String unnumbered(String label) {
		return HeaderText.spaced(label).replaceAll("\\s*\\d+[.:)]?$", "");
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
	private record Line(Field field, Labels.Kind kind, String label, String value, RawCell valueCell) {
	}

	private final class Walk {

		private final String sheet;
		private final RowTally tally = new RowTally();
		private final List<ControlRow> controls = new ArrayList<>();
		private final List<String> titles = new ArrayList<>();
		private final Map<Labels.Kind, String> labelled = new EnumMap<>(Labels.Kind.class);
		private String process;
		private TableLayout first;
		private Map<Field, String> values = new EnumMap<>(Field.class);
		private Map<Field, String> headers = new EnumMap<>(Field.class);
		private List<String> statusFills = new ArrayList<>();
		/** A field given for several periods, as "Label: value" lines, the way a status per period column reads. */
		private Map<Field, String> parts = new EnumMap<>(Field.class);
		/** Lines of the block under labels no field names, kept with its result, label and all, to be read and shown. */
		private List<String> unnamed = new ArrayList<>();
		private int start;
		private int last;
		private final HeadedControls headed = new HeadedControls(labels);
		private final boolean proseReport;

		Walk(String sheet, String section, boolean proseReport) {
			this.sheet = sheet;
			this.proseReport = proseReport;
			this.process = section;
		}

		void row(RawRow row) {
			read(row);
			headed.passed(row.number());
		}

		private void read(RawRow row) {
			List<Line> pairs = pairs(row);
			if (!pairs.isEmpty()) {
				boolean starts = false;
				for (Line l : pairs) {
					if (l.field() != null) {
						starts |= take(l, row.number());
					}
					else if (l.kind() != null) {
						labelled.putIfAbsent(l.kind(), l.value());
					}
					else if (!headers.isEmpty()) {
						unnamed.add(l.label() + ": " + l.value());
					}
				}
				tally.add(starts ? RowTally.Kind.KONTROLL : RowTally.Kind.FORTSATTNING);
				return;
			}
			Optional<Line> line = line(row);
			if (line.isPresent() && line.get().field() == null && line.get().kind() == null) {
				if (!headers.isEmpty()) {
					unnamed.add(line.get().label() + ": " + line.get().value());
					last = row.number();
					tally.add(RowTally.Kind.FORTSATTNING);
					return;
				}
				line = Optional.empty();
			}
			if (line.isEmpty() && !headers.isEmpty() && row.nonBlankCells().size() == 1) {
				// "Utfall T1" with its value cell left empty, inside a block: the field, not reported.
				String text = row.nonBlankCells().get(0).text().strip();
				line = field(text).filter(f -> text.length() <= MAX_LABEL_LENGTH && !isProse(text))
					.map(f -> new Line(f, null, text, "", row.nonBlankCells().get(0)));
			}
			if (line.isEmpty()) {
				String text = row.nonBlankCells().get(0).text().strip();
				if (!headers.isEmpty() && oneText(row) && isProse(text)) {
					// A paragraph under a block's labelled line is what the block reports: "Vad har kontrollerats: …",
					// then what was found, in sentences.
					unnamed.add(text);
					last = row.number();
					tally.add(RowTally.Kind.FORTSATTNING);
					return;
				}
				finish();
				if (text.length() <= MAX_HEADING_LENGTH && oneText(row)) {
					headed.line(text, row.number(), process, isProse(text));
					process = labels.parse(text).filter(l -> l.kind() == Labels.Kind.SEKTION).map(Labels.Labelled::value)
						.orElse(text);
					titles.add(text);
					tally.add(RowTally.Kind.SEKTION);
				}
				else {
					if (oneText(row)) {
						headed.line(text, row.number(), process, true);
					}
					tally.add(RowTally.Kind.NOT);
				}
				return;
			}
			Line l = line.get();
			if (l.field() == null) {
				finish();
				labelled.putIfAbsent(l.kind(), l.value());
				tally.add(RowTally.Kind.NOT);
				return;
			}
			tally.add(take(l, row.number()) ? RowTally.Kind.KONTROLL : RowTally.Kind.FORTSATTNING);
		}

		/** Takes a labelled field into the block, ending the block before it when the label starts the next one. */
		private boolean take(Line line, int row) {
			Line l = unused(line);
			if (l.field() == Field.STATUS && isResultPerPeriod(headers.get(Field.STATUS), l.label())) {
				// "Utfall T1: … / Utfall T2: … / Bedömning (1–3): 2": the period lines were the result.
				headers.put(Field.RESULTAT, headers.remove(Field.STATUS));
				values.put(Field.RESULTAT, values.remove(Field.STATUS));
				Optional.ofNullable(parts.remove(Field.STATUS)).ifPresent(p -> parts.put(Field.RESULTAT, p));
			}
			String seen = headers.get(l.field());
			// "Status delår:" then "Status helår:" are one field's periods; the same label again is the next block.
			boolean period = seen != null && !sameLabel(seen, l.label())
					&& l.field() != Field.KONTROLLMOMENT && l.field() != Field.RISK;
			// A process ("Område: Ekonomi") stands above its controls: after a control it starts the next block; right
			// under a block's kontrollmoment ("Kontrollmoment: … / Process: Hemtjänst / Metod: …") it is the block's.
			boolean nextProcess = l.field() == Field.PROCESS
					&& (values.containsKey(Field.KONTROLLMOMENT) || values.containsKey(Field.RISK))
					&& values.keySet().stream().anyMatch(f -> f != Field.KONTROLLMOMENT && f != Field.RISK);
			if ((seen != null && !period) || nextProcess) {
				finish();
			}
			if (l.field() == Field.PROCESS && !l.value().isEmpty()) {
				// Also the process of the blocks below that name none of their own.
				process = l.value();
			}
			boolean starts = headers.isEmpty();
			if (starts) {
				start = row;
				headed.blockStarts(row);
			}
			last = row;
			if (period) {
				// Each line keeps its label; an empty line adds nothing, unless it is a period's, whose blank matters.
				String before = parts.containsKey(l.field()) ? parts.get(l.field())
						: values.containsKey(l.field()) || dictionary.namesPeriod(seen)
								? seen + ": " + values.getOrDefault(l.field(), "") : "";
				String now = l.value().isEmpty() && !dictionary.namesPeriod(l.label()) ? "" : l.label() + ": " + l.value();
				String joined = before.isEmpty() ? now : now.isEmpty() ? before : before + "\n" + now;
				parts.put(l.field(), joined);
				if (!joined.isEmpty()) {
					values.put(l.field(), joined);
				}
			}
			else {
				headers.put(l.field(), l.label());
				if (!l.value().isEmpty()) {
					values.put(l.field(), l.value());
				}
			}
			if (l.field() == Field.STATUS && l.valueCell().fill() != null) {
				statusFills.add(l.valueCell().fill());
			}
			return starts;
		}

		/**
		 * A status label naming no period after a period's label that may name a result as well ("Utfall T1" before
		 * "Bedömning"), in a block with no result yet.
		 */
		private boolean isResultPerPeriod(String seen, String label) {
			return seen != null && !values.containsKey(Field.RESULTAT) && values.containsKey(Field.STATUS)
					&& dictionary.namesPeriod(seen) && !dictionary.namesPeriod(label)
					&& dictionary.score(seen).stream().anyMatch(f -> f.field() == Field.RESULTAT && f.score() >= MIN_LABEL_SCORE);
		}

		/**
		 * A second label for a field the block already has under another name ("Kontrollmoment" and "Metod") takes
		 * its next field, or none: it is no new block.
		 */
		private Line unused(Line l) {
			String seen = headers.get(l.field());
			if (seen == null || sameLabel(seen, l.label())
					|| (l.field() != Field.KONTROLLMOMENT && l.field() != Field.RISK)) {
				return l;
			}
			Field other = dictionary.score(l.label()).stream()
				.filter(f -> f.field() != l.field() && !headers.containsKey(f.field()) && f.score() >= MIN_LABEL_SCORE / 2
						&& f.field() != Field.STATUSMARKERING)
				.max((a, b) -> Double.compare(a.score(), b.score()))
				.map(HeaderDictionary.FieldScore::field)
				.orElse(Field.IGNORERAS);
			return new Line(other, l.kind(), l.label(), l.value(), l.valueCell());
		}

		/** The last block, then the headings with only prose under them, once the report's pattern is known. */
		void end() {
			finish();
			controls.addAll(headed.withProseOnly(sheet, tally, proseReport));
			controls.sort(Comparator.comparingInt(ControlRow::row));
		}

		void finish() {
			if (headers.isEmpty()) {
				return;
			}
			// A label with a second field makes a block; "Risk | Sannolikhet | Konsekvens" alone is a table's header.
			boolean secondField = headers.keySet().stream().filter(f -> f != Field.PROCESS).count() >= 2
					|| !unnamed.isEmpty();
			Optional<HeadedControls.Heading> heading = headed.forBlock(headers.get(Field.KONTROLLMOMENT));
			if (heading.isPresent() && (secondField || !values.isEmpty())) {
				// "Kontroll av att beslut … fattas enligt delegationsordningen" above "Metod: … / Status: …".
				String method = headers.get(Field.KONTROLLMOMENT);
				if (method != null) {
					unnamed.add(0, method + ": " + values.getOrDefault(Field.KONTROLLMOMENT, ""));
				}
				values.put(Field.KONTROLLMOMENT, heading.get().text());
				headers.put(Field.KONTROLLMOMENT, HeadedControls.HEADING);
				start = heading.get().row();
				process = heading.get().processAbove();
				secondField = true;
				tally.reclassify(RowTally.Kind.KONTROLL, RowTally.Kind.FORTSATTNING);
				tally.reclassify(RowTally.Kind.SEKTION, RowTally.Kind.KONTROLL);
			}
			if ((values.containsKey(Field.KONTROLLMOMENT) || values.containsKey(Field.RISK)) && secondField) {
				if (!unnamed.isEmpty()) {
					String result = values.getOrDefault(Field.RESULTAT, "");
					values.put(Field.RESULTAT, (result.isEmpty() ? "" : result + "\n") + String.join("\n", unnamed));
				}
				if (!values.containsKey(Field.PROCESS) && process != null && !process.isEmpty()) {
					values.put(Field.PROCESS, process);
				}
				Map<Field, Integer> columns = new EnumMap<>(Field.class);
				headers.keySet().forEach(f -> columns.put(f, 1));
				TableLayout layout = new TableLayout(start, columns, headers, Map.of());
				if (first == null) {
					first = layout;
				}
				controls.add(new ControlRow(sheet, start, last, values, statusFills, List.of(), layout));
				headed.controlRead(start);
			}
			values = new EnumMap<>(Field.class);
			headers = new EnumMap<>(Field.class);
			parts = new EnumMap<>(Field.class);
			statusFills = new ArrayList<>();
			unnamed = new ArrayList<>();
		}
	}
}
