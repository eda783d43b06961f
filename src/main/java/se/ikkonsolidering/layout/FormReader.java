package se.ikkonsolidering.layout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;

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

	/** How the message names where a kontrollmoment written as a list item came from. */
	private static final String LIST_ITEM = "punkten i listan";
	/** … and one written as a sentence of its own above its report. */
	private static final String STATEMENT = "meningen ovanför";
	/** How it names the report of a control written as a list item after its name. */
	private static final String ITEM_REPORT = "texten i punkten";
	/** … and the heading over the list that says what became of its controls. */
	private static final String GROUP_HEADING = "rubriken över listan";
	/** "Kontroller där brister har konstaterats", "Redovisning per kontrollmoment": a heading grouping controls. */
	/** "Genomförd / Delvis / Ej genomförd": a scale's words one after the other. */
	private static final Pattern SCALE_SEPARATOR = Pattern.compile("\\s+/\\s+");
	/** Done, partly done, not done at least: a scale, not two answers to choose between. */
	private static final int MIN_SCALE_WORDS = 3;
	private static final Pattern CONTROLS = Pattern.compile("(?iu)\\bkontroll(er|erna|moment|momenten)\\b");
	/** Two or more answer boxes in one line, one of them ticked or not: "☒ Genomförd ☐ Delvis". */
	/** "X", "x", "✓": the mark choosing the option above it. */
	private static final Pattern MARK = Pattern.compile("\\s*[xX✓✔]\\s*");
	static final Pattern ANSWER_BOXES = Pattern.compile("[☐☒☑□■].*[☐☒☑□■]", Pattern.DOTALL);
	/** "2. Miljö- och hälsoskyddsnämnden", "3 Kultur- och fritidsnämnden": a chapter's heading, numbered. */
	private static final Pattern CHAPTER = Pattern.compile("\\d{1,2}\\.?\\s+\\p{L}.*");
	/** "Samlad bedömning", "Bedömning": a label of what the sender made of the control. */
	private static final Pattern ASSESSMENT = Pattern.compile("(?iu)bedömning");
	/** "Genomförande: –": a label of a word or two, its answer after the colon. */
	private static final Pattern LABELLED = Pattern.compile("\\p{L}[\\p{L} /-]{1,30}:\\s*\\S.*");
	/** "Nämndens bedömning", "… av den interna kontrollen": whose internal control an assessment judges. */
	private static final Pattern WHOSE_CONTROL = Pattern.compile("(?iu)\\b(nämnd\\p{L}*|bolag\\p{L}*|styrelse\\p{L}*"
			+ "|förvaltning\\p{L}*|intern\\p{L}*\\s+kontroll\\p{L}*|internkontroll\\p{L}*)");
	/** "2.", "3)": a list's number rather than a code of the legend. */
	private static final Pattern NUMBER_ONLY = Pattern.compile("[\\d\\s.,)]*");
	/** "(Ja/Nej)", "(ja/nej/delvis)": the answers a form's question offers. */
	private static final Pattern OFFERED_ANSWERS = Pattern.compile("(?iu)\\((ja|nej)(\\s*/\\s*\\p{L}+)+\\)");

	private final HeaderDictionary dictionary;
	private final Labels labels;
	private final FormLines lines;

	private final Vocabulary meanings;

	/** @param meanings the status words and phrases a paragraph under a heading reports a control by */
	FormReader(HeaderDictionary dictionary, Labels labels, Vocabulary meanings) {
		this.dictionary = dictionary;
		this.labels = labels;
		this.meanings = meanings;
		this.lines = new FormLines(dictionary, labels);
	}

	/**
	 * The controls of a form, or empty when the rows are no form (fewer than one block with a kontrollmoment or risk
	 * and a second field).
	 * @param headings the headings above a document's table; a "Process: …" among them sets the process of its blocks
	 * @param proseHeadings which headings with only prose under them are controls
	 * @param listItems the rows the document sets as items of a list
	 */
	Optional<SheetReading> read(String sheet, List<RawRow> rows, List<String> headings, Legend legend,
			ProseHeadings proseHeadings, Set<Integer> listItems) {
		// "4. Behörigheter … - G" where the mail explains "G = genomförd": the file's codes open a list item's report as
		// its words do; a number is as often the next item's or instruction's ("2. Vid avvikelse …").
		Vocabulary statuses = text -> meanings.knows(text) || !NUMBER_ONLY.matcher(text).matches()
				&& legend.meaning(text).isPresent();
		if (holdsFigures(rows) || listsSomethingElse(rows)) {
			return Optional.empty();
		}
		Walk walk = new Walk(sheet, section(headings), proseHeadings, legend, statuses, new DocumentLists(rows, listItems,
				lines, statuses, labels));
		walk.counts = countsControls(rows);
		if (!headings.isEmpty()) {
			// The heading right above a document's form table may name its control ("Handläggningstid bygglov –
			// kontroll att …" over "Kontrollmetod | Uttag ur ByggR …"), as a heading above a block of lines does.
			walk.headingAbove(headings.get(headings.size() - 1).strip());
		}
		withMarksUnderOptions(rows, statuses).stream().filter(r -> !r.isBlank()).forEach(walk::row);
		walk.end();
		if (walk.controls.isEmpty()) {
			return Optional.empty();
		}
		// A report in prose alone has no labelled block: its first control's layout stands for the sheet's.
		TableLayout layout = walk.first != null ? walk.first : walk.controls.get(0).layout();
		return Optional.of(new SheetReading(sheet, Optional.of(layout), walk.controls, walk.tally,
				List.copyOf(walk.titles.values()),
				walk.labelled, 1, legend.isEmpty() ? Optional.empty() : Optional.of(legend)));
	}

	/**
	 * "Status (markera med X) | Genomförd | Delvis genomförd | Ej genomförd" over "| | X |": a form's options along a
	 * row and a mark under the one chosen, read as one line of boxes ("☐ Genomförd ☒ Delvis genomförd ☐ Ej
	 * genomförd"); none marked where the label asks for a mark, the field unanswered.
	 */
	private List<RawRow> withMarksUnderOptions(List<RawRow> rows, Vocabulary statuses) {
		List<RawRow> read = new ArrayList<>();
		for (int i = 0; i < rows.size(); i++) {
			RawRow row = rows.get(i);
			List<RawCell> cells = row.nonBlankCells();
			List<RawCell> options = cells.size() > 2 ? cells.subList(1, cells.size()) : List.of();
			RawRow next = i + 1 < rows.size() && rows.get(i + 1).number() == row.number() + 1 ? rows.get(i + 1) : null;
			List<RawCell> marks = next == null ? List.of() : next.nonBlankCells();
			Set<Integer> columns = new HashSet<>();
			options.forEach(c -> columns.add(c.column()));
			boolean asks = !options.isEmpty() && lines.field(cells.get(0).text().strip()).filter(Field.STATUS::equals)
				.isPresent() && options.stream().allMatch(c -> statuses.knows(c.text().strip()));
			boolean marked = !marks.isEmpty()
					&& marks.stream().allMatch(c -> columns.contains(c.column()) && MARK.matcher(c.text()).matches());
			if (!asks || !marked && !labels.mentions(Labels.Kind.INSTRUKTION, cells.get(0).text())) {
				read.add(row);
				continue;
			}
			if (!marked) {
				// Nothing marked: the label alone, its field left unanswered.
				read.add(new RawRow(row.number(), List.of(cells.get(0))));
				continue;
			}
			Set<Integer> ticked = new HashSet<>();
			marks.forEach(c -> ticked.add(c.column()));
			StringBuilder boxes = new StringBuilder();
			options.forEach(c -> boxes.append(boxes.length() == 0 ? "" : " ")
				.append(ticked.contains(c.column()) ? "☒ " : "☐ ").append(c.text().strip()));
			read.add(new RawRow(row.number(), List.of(cells.get(0),
					new RawCell(options.get(0).column(), boxes.toString(), null, false, false, false))));
			i++;
		}
		return read;
	}

	/**
	 * "Bilaga | Dokument" over "1 | Protokollsutdrag BUN 2026-01-29 § 9": numbered rows under headings that name no
	 * field of a control list what the headings name (a letter's enclosures), no controls.
	 */
	private boolean listsSomethingElse(List<RawRow> rows) {
		List<RawRow> filled = rows.stream().filter(r -> !r.isBlank()).toList();
		for (int i = 1; i < filled.size(); i++) {
			if (!lines.numberedControl(filled.get(i)).isEmpty()) {
				List<RawCell> headings = filled.get(i - 1).nonBlankCells();
				return headings.size() >= 2 && headings.size() == filled.get(i).nonBlankCells().size()
						&& headings.stream().map(c -> c.text().strip()).allMatch(h -> h.length() <= FormLines.MAX_LABEL_LENGTH
								&& h.chars().noneMatch(Character::isDigit) && lines.field(h).isEmpty());
			}
		}
		return false;
	}

	/** "Grön | 6", "Gul | 1": most rows hold a count, a table counting the controls per status, reporting on none. */
	private static boolean countsControls(List<RawRow> rows) {
		List<RawRow> filled = rows.stream().filter(r -> !r.isBlank()).toList();
		return filled.stream().filter(r -> r.nonBlankCells().stream().anyMatch(c -> COUNT.matcher(c.text()).matches()))
			.count() * 2 >= filled.size();
	}

	/**
	 * "Socialnämnden | 548700 | 371900 | 556200": most rows hold several amounts, a table of figures (a budget, a
	 * statistic) whose header row only looks like labels beside values ("Nämnd | Budget 2025 | Utfall jan–aug | …").
	 */
	private static boolean holdsFigures(List<RawRow> rows) {
		List<RawRow> filled = rows.stream().filter(r -> !r.isBlank()).toList();
		return filled.stream()
			.filter(r -> r.nonBlankCells().stream().filter(c -> AMOUNT.matcher(c.text()).matches()).count() >= 2)
			.count() * 2 > filled.size();
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
	 * Most rows are "Etikett: värde" naming at least three different fields, the kontrollmoment among them or in a
	 * heading above: a form, whatever a row might look like as a header ("Kontrollmoment: | Uppföljning av …" holds
	 * two header words).
	 * @param headed a heading stands above the rows, as above a document's table
	 */
	boolean isForm(List<RawRow> rows, boolean headed) {
		int labelledRows = 0;
		int filled = 0;
		Set<Field> fields = EnumSet.noneOf(Field.class);
		Map<Integer, String> periods = Map.of();
		for (RawRow row : rows) {
			if (row.isBlank()) {
				continue;
			}
			filled++;
			Optional<Map<Integer, String>> periodRow = lines.periodHeadings(row);
			if (periodRow.isPresent()) {
				periods = periodRow.get();
				labelledRows++;
				continue;
			}
			Map<Integer, String> under = periods;
			List<FormLines.Line> numbered = lines.numberedControl(row);
			if (!numbered.isEmpty()) {
				labelledRows++;
				numbered.forEach(l -> fields.add(l.field()));
				continue;
			}
			List<FormLines.Line> pairs = lines.pairs(row);
			Optional<FormLines.Line> line = lines.line(row)
				.filter(l -> l.field() != null && FormLines.isLabelCell(row, under));
			if (!pairs.isEmpty()) {
				labelledRows++;
				pairs.stream().filter(l -> l.field() != null).forEach(l -> fields.add(l.field()));
			}
			else if (line.isPresent()) {
				labelledRows++;
				fields.add(line.get().field());
			}
		}
		// "Process | Ansvarig | Status | Kommentar" under the heading "1. Föreningsbidrag – ansökningar kontrolleras
		// …": the heading names the control the table reports on.
		boolean named = fields.contains(Field.KONTROLLMOMENT)
				|| headed && (fields.contains(Field.STATUS) || fields.contains(Field.RESULTAT));
		return fields.size() >= 3 && named && labelledRows * 2 >= filled;
	}

	private static final Pattern COUNT = Pattern.compile("\\s*\\d{1,3}\\s*");
	/** An amount or figure: "548700", "-1 200", "0,68". */
	private static final Pattern AMOUNT = Pattern.compile("\\s*-?\\d[\\d\\s]*([.,]\\d+)?\\s*%?\\s*");

	private final class Walk {

		private final String sheet;
		private final RowTally tally = new RowTally();
		private final List<ControlRow> controls = new ArrayList<>();
		/** The titles by the row they stand on, for metadata. */
		private final SortedMap<Integer, String> titles = new TreeMap<>();
		private final Map<Labels.Kind, String> labelled = new EnumMap<>(Labels.Kind.class);
		private String process;
		private TableLayout first;
		/** Most of the rows hold a count: a summary of the controls, no control's report. */
		private boolean counts;
		private FormBlock block;
		/** "| 2024 | 2025" over the values: by column, the period each value below reports. */
		private Map<Integer, String> periods = Map.of();
		/** The last line read as a heading, and as a control written as a list item or paragraph. */
		private int lastHeading = -1;
		/** The text of the heading at {@link #lastHeading}. */
		private String headingText;
		/**
		 * The last line of a control's report under its heading that might have been read as something else: a
		 * paragraph led by a period's name ("T2: …"), "Åtgärder:" or an item of the list under it.
		 */
		private int lastReportLine = -1;
		private int lastListed = -1;
		/** The last row read as a label with its value in a cell to its right, and the labels' column. */
		private int lastLabelRow = -1;
		private int labelColumn = -1;
		/**
		 * The line read before this one: a blank line between two paragraphs does not part them. Before the first line
		 * it is a row no line has, so that nothing read (the last lines above, still unset) stands right above it.
		 */
		private int previous = 0;
		/** The last line that named a control in a sentence of its own, and the process before it. */
		private Statement lastStatement;
		private int statementsRead;
		private final HeadedControls headed = new HeadedControls(labels, meanings, dictionary);
		private final ProseHeadings proseHeadings;
		private final Legend legend;
		private final DocumentLists lists;
		/** The status words and phrases, and the codes of the file's legend that open a list item's report. */
		private final Vocabulary statuses;
		/** The heading above that groups the controls listed under it ("Genomförda kontroller", "Inte gjort:"). */
		private String group;
		/** The row of the heading grouping the controls. */
		private int groupRow;
		/** Under "Exempel på ifylld rad": the block shows how to fill in the template, it reports on no control. */
		private boolean example;
		/**
		 * The last heading that is no "Process: …" line: over the processes of its controls, what they are grouped by
		 * ("1. Socialnämnden", then "Process: Ekonomiskt bistånd" and its controls).
		 */
		private String outerHeading = "";

		Walk(String sheet, String section, ProseHeadings proseHeadings, Legend legend, Vocabulary statuses,
				DocumentLists lists) {
			this.sheet = sheet;
			this.statuses = statuses;
			this.proseHeadings = proseHeadings;
			this.legend = legend;
			this.lists = lists;
			this.process = section;
			this.block = new FormBlock(dictionary, lines);
		}

		void row(RawRow row) {
			read(row);
			headed.passed(row.number());
			previous = row.number();
		}

		/** The statement read as a heading line is a control, reported in the rows up to {@code last}. */
		private void statementRead(Statement statement, ListedControl control, int last) {
			tally.reclassify(RowTally.Kind.SEKTION, RowTally.Kind.KONTROLL);
			titles.remove(statement.row());
			headed.lineIsAControl(statement.row());
			process = statement.processBefore();
			finish();
			block.listed(control, STATEMENT, "stycket under", statement.row(), last);
			finish();
			statementsRead++;
		}

		/** A heading standing right above the rows, as if it were the line before the first. */
		void headingAbove(String text) {
			if (text.length() <= FormLines.MAX_HEADING_LENGTH && !FormLines.isProse(text)) {
				headed.line(text, 0, process, false);
				headed.passed(0);
			}
		}

		private void read(RawRow row) {
			String first = row.nonBlankCells().get(0).text().strip();
			if (FormLines.oneText(row) && labels.startsWith(Labels.Kind.INSTRUKTION, first)) {
				// "Status anges som: Genomförd / Delvis genomförd / Ej genomförd": how to fill in the form, no field.
				tally.add(RowTally.Kind.NOT);
				return;
			}
			if (FormLines.oneText(row) && lines.isNumberedBlockHeading(first)) {
				// "Kontroll 3 av 10" over its block: the next block starts, with no process or field of its own.
				finish();
				tally.add(RowTally.Kind.RUBRIK);
				return;
			}
			List<FormLines.Line> numbered = lines.numberedControl(row);
			if (!numbered.isEmpty()) {
				// Its number starts the next block.
				numbered.forEach(l -> take(l, row.number()));
				tally.add(RowTally.Kind.KONTROLL);
				return;
			}
			List<FormLines.Line> pairs = lines.pairs(row);
			if (!pairs.isEmpty()) {
				boolean starts = false;
				for (FormLines.Line l : pairs) {
					if (l.field() != null) {
						starts |= take(l, row.number());
					}
					else if (l.kind() != null) {
						labelled.putIfAbsent(l.kind(), l.value());
					}
					else if (!block.isEmpty()) {
						block.addUnnamed(l.label() + ": " + l.value(), row.number(), tells(l.value()));
					}
				}
				tally.add(starts ? RowTally.Kind.KONTROLL : RowTally.Kind.FORTSATTNING);
				return;
			}
			Optional<Map<Integer, String>> periodRow = lines.periodHeadings(row);
			if (periodRow.isPresent()) {
				periods = periodRow.get();
				tally.add(RowTally.Kind.RUBRIK);
				return;
			}
			Optional<FormLines.Line> line = lines.line(row).map(l -> periods.isEmpty() ? l : lines.byPeriod(l, row, periods))
				.map(FormReader::answeredByBoxes);
			if (line.isPresent() && line.get().field() == Field.STATUS && listsTheScale(line.get().value())) {
				// "Status: Genomförd / Genomförd med avvikelse / Delvis genomförd / Ej genomförd / Utgår" under a
				// table: the words its status column takes, no control's answer.
				tally.add(RowTally.Kind.FORKLARING);
				return;
			}
			if (line.isPresent() && isPointOfTheControl(line.get())) {
				FormLines.Line point = line.get();
				line = Optional.of(new FormLines.Line(null, null, point.label(), point.value(), point.valueCell()));
			}
			RawCell firstCell = row.nonBlankCells().get(0);
			if (line.isPresent() && row.nonBlankCells().size() >= 2 && line.get().valueCell() != null
					&& line.get().valueCell().column() > firstCell.column()) {
				lastLabelRow = row.number();
				labelColumn = firstCell.column();
			}
			if (line.isPresent() && line.get().field() == null && line.get().kind() == null) {
				// "Systematiskt brandskyddsarbete: kontroll av trapphus …" as an item of a list whose items name the
				// controls over their reports: the next control's name, its area before the colon.
				if (!block.isEmpty() && !(lists.isItem(row) && !lists.itemsReport())) {
					block.addUnnamed(line.get().label() + ": " + line.get().value(), row.number(),
							tells(line.get().value()));
					tally.add(RowTally.Kind.FORTSATTNING);
					return;
				}
				line = Optional.empty();
			}
			if (line.isEmpty() && FormLines.oneText(row) && ANSWER_BOXES.matcher(row.nonBlankCells().get(0).text()).find()) {
				// "☒ Genomförd ☐ Delvis ☐ Ej genomförd" on a line of its own under the control: its status, unlabelled.
				RawCell boxes = row.nonBlankCells().get(0);
				line = Optional.of(new FormLines.Line(Field.STATUS, null, "Status", boxes.text().strip(), boxes));
			}
			if (line.isEmpty() && !block.isEmpty() && row.nonBlankCells().size() == 1) {
				// "Utfall T1" with its value cell left empty, inside a block: the field, not reported.
				String text = row.nonBlankCells().get(0).text().strip();
				line = lines.field(text).filter(f -> text.length() <= FormLines.MAX_LABEL_LENGTH && !FormLines.isProse(text))
					.map(f -> new FormLines.Line(f, null, text, "", row.nonBlankCells().get(0)));
				if (line.isEmpty() && lastLabelRow == previous && firstCell.column() == labelColumn
						&& !firstCell.mergedAcross() && text.length() <= FormLines.MAX_LABEL_LENGTH && !FormLines.isProse(text)) {
					// "Datum för kontroll |  " among a form table's labels and values: a label no one answered, not a
					// heading ending the block.
					lastLabelRow = row.number();
					tally.add(RowTally.Kind.FORTSATTNING);
					return;
				}
			}
			if (line.isEmpty()) {
				String text = row.nonBlankCells().get(0).text().strip();
				if (FormLines.oneText(row) && lastReportLine == previous && lists.isItem(row)) {
					// The list under "Åtgärder:" in a control's report.
					headed.action(text, row.number());
					lastReportLine = row.number();
					tally.add(RowTally.Kind.FORTSATTNING);
					return;
				}
				if (FormLines.oneText(row) && standsAlone(text, row.number())) {
					return;
				}
				if (!block.isEmpty() && FormLines.oneText(row) && text.endsWith("?")
						&& (lines.field(text).isPresent() || OFFERED_ANSWERS.matcher(text).find() || leftUnanswered(row))) {
					// "Har avvikelse upptäckts (Ja/Nej)?" with its answer's cell left empty: a question of the form not
					// answered, no paragraph of the report.
					tally.add(RowTally.Kind.FORTSATTNING);
					return;
				}
				if (!block.isEmpty() && FormLines.oneText(row) && FormLines.isProse(text)) {
					// A paragraph under a block's labelled line is what the block reports: "Vad har kontrollerats: …",
					// then what was found, in sentences.
					block.addUnnamed(text, row.number(), tells(text));
					tally.add(RowTally.Kind.FORTSATTNING);
					return;
				}
				if (FormLines.oneText(row) && opensWithAPeriod(text) && (lastReportLine == previous
						|| lastHeading == previous && headingText != null && headed.namesAControl(headingText))) {
					// "T1: 18 av 30 …", then "Helår: Genomförd." under a control's heading: its report period by
					// period, neither a heading of its own nor a title naming the file's period.
					headed.line(text, row.number(), process, true);
					lastReportLine = row.number();
					tally.add(RowTally.Kind.FORTSATTNING);
					return;
				}
				if (!block.isEmpty() && !block.reportsTheOutcome() && FormLines.oneText(row)
						&& text.length() <= FormLines.MAX_LABEL_LENGTH && dictionary.namesPeriod(text)) {
					// A control card: what was planned, then "UPPFÖLJNING T2 2025" over what became of it.
					tally.add(RowTally.Kind.RUBRIK);
					return;
				}
				if (!block.isEmpty() && FormLines.oneText(row) && block.label(Field.KONTROLLMOMENT) != null
						&& namesThePoints(text)) {
					// "Kontrollpunkter (urval)" across a control's form table: the points it checked are listed below.
					tally.add(RowTally.Kind.FORTSATTNING);
					return;
				}
				finish();
				if (labels.labelsWithin(Labels.Kind.SIGNATUR, text)) {
					// "Förvaltningen. Handläggare: … Datum: 2026-05-07" under the title: who and when, no control's name.
					tally.add(RowTally.Kind.SIGNATUR);
					return;
				}
				if (text.length() <= FormLines.MAX_HEADING_LENGTH && FormLines.oneText(row)
						&& !reportsUnderALabel(text)) {
					// A list's own heading ("Fastighet" over its items) stays under the group above it.
					group = groupsControls(text) ? text : lists.isItem(row) ? group : null;
					groupRow = groupsControls(text) ? row.number() : groupRow;
					example = labels.startsWith(Labels.Kind.EXEMPEL, text);
					headed.line(text, row.number(), process, FormLines.isProse(text));
					lastHeading = FormLines.isProse(text) ? lastHeading : row.number();
					headingText = FormLines.isProse(text) ? headingText : text;
					Optional<String> section = labels.parse(text).filter(l -> l.kind() == Labels.Kind.SEKTION)
						.map(Labels.Labelled::value);
					// A paragraph short enough for a heading says something, and a title names the report ("Tertial 2
					// (januari–augusti)", "Uppföljning 2025"): neither groups controls under it. A nämnd's name does,
					// in a report of several.
					process = section.orElse(FormLines.isProse(text) || dictionary.namesPeriod(text)
							|| HeaderText.lastYear(text) > 0 ? process : text);
					// "2. Miljö- och hälsoskyddsnämnden" over "Tillsyn" and its controls: an unnumbered heading under a
					// chapter's number is a part of that chapter, which stays what its controls are grouped by.
					boolean underChapter = CHAPTER.matcher(outerHeading).matches() && !CHAPTER.matcher(text).matches();
					outerHeading = section.isPresent() || FormLines.isProse(text) || underChapter ? outerHeading : text;
					titles.put(row.number(), text);
					tally.add(RowTally.Kind.SEKTION);
				}
				else {
					if (FormLines.oneText(row)) {
						headed.line(text, row.number(), process, true);
						if (controls.isEmpty()) {
							// A mail's opening paragraph before its first control names what it sends: "här kommer
							// kultur- och fritidsnämndens helårsuppföljning av internkontrollplanen 2025".
							titles.put(row.number(), text);
						}
					}
					tally.add(RowTally.Kind.NOT);
				}
				return;
			}
			FormLines.Line l = line.get();
			if (l.field() == Field.ATGARD && l.value().isEmpty() && block.isEmpty() && FormLines.oneText(row)
					&& headed.reportsUpTo(previous)) {
				// "Åtgärder:" over a list, after the paragraph under a control's heading: its measures, no block.
				headed.action("", row.number());
				lastReportLine = row.number();
				tally.add(RowTally.Kind.FORTSATTNING);
				return;
			}
			if (l.kind() == Labels.Kind.BEDOMNING && assessesTheControl(l)) {
				// "Samlad bedömning | Kontrollen är genomförd utan anmärkning." closing a control's form: what became
				// of that control, not the nämnd's assessment of its internal control.
				l = new FormLines.Line(Field.STATUS, null, l.label(), l.value(), l.valueCell());
			}
			if (l.field() == null) {
				finish();
				labelled.putIfAbsent(l.kind(), l.value());
				tally.add(RowTally.Kind.NOT);
				return;
			}
			if (lastHeading == previous) {
				// "Metod: stickprov. Ansvarig: …" under a heading naming a control: the paragraph under both still
				// reports on the heading's control.
				lastHeading = row.number();
			}
			tally.add(take(l, row.number()) ? RowTally.Kind.KONTROLL : RowTally.Kind.FORTSATTNING);
		}

		/**
		 * "Genomförande: –" under a control's heading, among its "Syfte: …" and "Resultat: …" lines: a label of the
		 * report with its answer, short as a heading is, not a heading ("Process: Ekonomi" is a section's).
		 */
		private boolean reportsUnderALabel(String text) {
			return LABELLED.matcher(text).matches() && headed.reportsUpTo(previous)
					&& labels.parse(text).filter(l -> l.kind() == Labels.Kind.SEKTION).isEmpty();
		}

		/** "Utgår – kontrollen flyttas …" under a label no field names: the text opens with what became of it. */
		private boolean tells(String text) {
			return meanings.knows(text) || meanings.knows(ListedControl.openingClause(text));
		}

		/**
		 * A line that is a block of its own or ends the one above: a control as a list item ("- Kontroll av …:
		 * Genomförd."), a letter's closing ("Hör av dig om något är oklart.", "Mvh"), or the nämnd's assessment of the
		 * whole ("Sammantaget bedömer förvaltningen att den interna kontrollen är tillräcklig"), which reports on no
		 * control. Whether it was one.
		 */
		private boolean standsAlone(String text, int row) {
			Statement statement = lastStatement;
			lastStatement = null;
			Optional<ListedControl> reported = statement != null && statement.row() == previous
					? ListedControl.reportedUnder(statement.text(), text, meanings) : Optional.empty();
			if (reported.isPresent()) {
				// The statement above was read as a heading line; it is the control, and this paragraph its report.
				statementRead(statement, reported.get(), row);
				tally.add(RowTally.Kind.FORTSATTNING);
				return true;
			}
			boolean unreported = !FormLines.isProse(text) || ListedControl.isStatement(text);
			if (statement != null && statementsRead > 0 && unreported) {
				// Among controls written so, one with a heading or the next control right under it was not reported.
				statementRead(statement, ListedControl.unreported(statement.text()), statement.row());
			}
			// Under a heading naming a control, "Genomförd. Tre beslut …" is that control's result, not a control; so is
			// "Helår: Kontrollen genomförd. 88 av 90 …" after the control's "T1:" and "T2:" lines.
			boolean underAHeading = lastHeading == previous || opensWithAPeriod(text);
			// An item of a list under a heading grouping the controls ends its control at a dash, not a sentence.
			boolean groupedItem = group != null && lists.isItem(row);
			Optional<ListedControl> listed = ListedControl.of(text, meanings, labels)
				.or(() -> underAHeading || groupedItem ? Optional.empty()
						: ListedControl.ofParagraph(text, meanings, lastListed == previous
								// "Uppföljningen anmäls till nämnden …" under a list's items: the letter goes on.
								&& lists.isItem(row) == lists.isItem(previous)));
			Optional<ListedControl> item = listed.isPresent() || !lists.itemsReport() || lists.explainsStatuses(row)
					? Optional.empty() : ListedControl.ofListItem(text, lists.isItem(row),
							// Right under an item read as a control, an item of the list written the same way
							// ("Behörigheter i ärendesystemet: kollat, …") is one too, whatever its report opens with.
							group != null || lastListed == previous && lists.isItem(row), statuses, labels)
						// "Kontroll av att delegationsbeslut anmäls till nämnden" under "Ej genomförda", right under it
						// or under its items read as controls: named only.
						.or(() -> group != null && meanings.knows(group) && lists.isItem(row)
								&& (lastListed == previous || groupRow == previous)
								? ListedControl.onlyNamed(ListedControl.withoutBullet(text)) : Optional.empty());
			if (listed.isPresent() || item.isPresent()) {
				lastListed = row;
				finish();
				block.listed(listed.orElseGet(item::get), LIST_ITEM, listed.isPresent() ? "texten efter kolon"
						: ITEM_REPORT, row, row);
				if (item.isPresent() && group != null && meanings.knows(group) && !meanings.knows(item.get().report())) {
					// "Genomförda kontroller" over "Delegationsbeslut anmäls till nämnden. Stickprov av 30 beslut.":
					// the heading says what the item does not.
					block.statedAbove(group, GROUP_HEADING);
				}
				finish();
				tally.add(RowTally.Kind.KONTROLL);
				return true;
			}
			if (text.length() <= FormLines.MAX_HEADING_LENGTH && labels.startsWith(Labels.Kind.SIGNATUR, text)) {
				finish();
				tally.add(RowTally.Kind.SIGNATUR);
				return true;
			}
			if (labels.mentions(Labels.Kind.BEDOMNINGSMENING, text)) {
				finish();
				labelled.putIfAbsent(Labels.Kind.BEDOMNING, text);
				tally.add(RowTally.Kind.NOT);
				return true;
			}
			// "• Status: Genomförd" over "• Stickprov av 25 fakturor, samtliga korrekt attesterade." and "• Inga
			// avvikelser.": an item of the list a block's report is written in goes on reporting, naming no control.
			boolean inTheBlocksList = !block.isEmpty() && lists.isItem(row) && lists.isItem(previous);
			if (ListedControl.isStatement(text) && !inTheBlocksList) {
				lastStatement = new Statement(text, row, process);
			}
			return false;
		}

		/** "T1: 18 av 30 …", "Helår: Kontrollen genomförd.": a paragraph reporting one period, led by its name. */
		private boolean opensWithAPeriod(String text) {
			return HeaderText.leadingLabel(text).filter(l -> dictionary.namesPeriod(l.label())).isPresent();
		}

		/** A heading naming a group of controls, or what became of those listed under it. */
		private boolean groupsControls(String text) {
			return CONTROLS.matcher(text).find() || meanings.knows(text);
		}

		/**
		 * "Kontrollpunkt 1 | Akt 2025-0341 – …" under "Kontrollmoment | Handläggning av …": a label numbered as items
		 * of a list are, in a block whose control is named by an unnumbered label and not yet reported on, is one of
		 * the points the control checked, no control of its own. After the block's result it starts the next block.
		 */
		/** Three statuses or more, each different, set apart by slashes: the scale, not one answer. */
		private boolean listsTheScale(String value) {
			List<String> parts = SCALE_SEPARATOR.splitAsStream(value.strip()).map(String::strip).toList();
			return parts.size() >= MIN_SCALE_WORDS && parts.stream().distinct().count() == parts.size()
					&& parts.stream().allMatch(statuses::knows);
		}

		private boolean isPointOfTheControl(FormLines.Line line) {
			String named = block.label(Field.KONTROLLMOMENT);
			return line.field() == Field.KONTROLLMOMENT && FormLines.isNumbered(line.label())
					&& named != null && !FormLines.isNumbered(named)
					&& block.label(Field.RESULTAT) == null && block.label(Field.STATUS) == null;
		}

		/**
		 * An assessment under a label naming no one whose internal control it judges ("Samlad bedömning", not "Nämndens
		 * bedömning" or a "Sammanfattning"), in a block naming its control and no status yet, that judges neither the
		 * internal control nor the controls ("Av nio kontrollmoment är fyra genomförda …").
		 */
		private boolean assessesTheControl(FormLines.Line line) {
			return !block.isEmpty() && block.label(Field.KONTROLLMOMENT) != null && block.label(Field.STATUS) == null
					&& !line.value().isBlank() && ASSESSMENT.matcher(line.label()).find()
					&& !WHOSE_CONTROL.matcher(line.label()).find()
					&& !labels.mentions(Labels.Kind.BEDOMNINGSMENING, line.value())
					&& !WHOSE_CONTROL.matcher(line.value()).find() && !CONTROLS.matcher(line.value()).find();
		}

		private boolean namesThePoints(String text) {
			return dictionary.score(text).stream().max(Comparator.comparingDouble(HeaderDictionary.FieldScore::score))
				.filter(s -> s.field() == Field.KONTROLLPUNKT).isPresent();
		}

		/** Takes a labelled field into the block, ending the block before it when the label starts the next one. */
		private boolean take(FormLines.Line line, int row) {
			FormLines.Line l = block.unused(line);
			block.statusAfterPeriodLines(l);
			if (block.endsBefore(l)) {
				finish();
			}
			if (l.field() == Field.PROCESS && !l.value().isEmpty()) {
				// Also the process of the blocks below that name none of their own.
				process = l.value();
			}
			boolean starts = block.isEmpty();
			if (starts) {
				headed.blockStarts(row);
			}
			block.take(l, row);
			return starts;
		}

		/** The last block, then the headings with only prose under them, once the report's pattern is known. */
		void end() {
			if (lastStatement != null && statementsRead > 0) {
				statementRead(lastStatement, ListedControl.unreported(lastStatement.text()), lastStatement.row());
			}
			finish();
			controls.addAll(headed.withProseOnly(sheet, tally, proseHeadings, legend));
			controls.sort(Comparator.comparingInt(ControlRow::row));
			// A paragraph reporting on a control is no title: "… med socialförvaltningen." names no sender.
			controls.forEach(c -> titles.subMap(c.row() + 1, c.lastRow() + 1).values().removeIf(FormLines::isProse));
		}

		void finish() {
			if (block.isEmpty()) {
				return;
			}
			if (block.onlyActions() && block.label(Field.KONTROLLMOMENT) == null) {
				tally.skipControl("åtgärder, ingen kontroll");
				block = new FormBlock(dictionary, lines);
				return;
			}
			boolean secondField = block.hasSecondField();
			Optional<HeadedControls.Heading> heading = headed.forBlock(block.label(Field.KONTROLLMOMENT),
					counts ? null : block.label(Field.STATUS));
			// A "Process: …" line alone under a heading opens a section, not a control's report. "8. Specialkost … /
			// Status:" or "Resultat:" with nothing after the label: a control left unreported.
			boolean statusAsked = block.label(Field.STATUS) != null || block.label(Field.RESULTAT) != null;
			if (heading.isPresent() && (secondField || block.reportsAnything() || statusAsked)) {
				block.namedByHeading(heading.get());
				heading.get().proseKinds().forEach(kind -> tally.reclassify(kind, RowTally.Kind.FORTSATTNING));
				process = heading.get().processAbove();
				secondField = true;
				tally.reclassify(RowTally.Kind.KONTROLL, RowTally.Kind.FORTSATTNING);
				tally.reclassify(RowTally.Kind.SEKTION, RowTally.Kind.KONTROLL);
			}
			// "Exempel: Kontroll av att … (skriv kontrollmomentet här)": the template's own card shows how to fill it in.
			Optional<ControlRow> control = block.control(sheet, process, secondField)
				.filter(c -> !example && !labels.startsWith(Labels.Kind.EXEMPEL, c.value(Field.KONTROLLMOMENT)));
			control = control.map(c -> outerHeading.isEmpty() || outerHeading.equals(c.value(Field.PROCESS)) ? c
					: c.inGroup(outerHeading));
			control.ifPresent(c -> {
				if (first == null) {
					first = c.layout();
				}
				controls.add(c);
				headed.controlRead(c.row());
			});
			block = new FormBlock(dictionary, lines);
		}
	}

	/** A form's row whose question stands in its first cell and whose answer's cell beside it is empty. */
	private static boolean leftUnanswered(RawRow row) {
		int question = row.nonBlankCells().get(0).column();
		return row.cells().stream().anyMatch(c -> c.column() > question && c.isBlank() && !c.mergedAcross());
	}

	/**
	 * "Utfört under perioden: ☒ Ja ☐ Delvis ☐ Nej": a label the dictionary does not know, answered by ticking one of
	 * several boxes, asks for the control's status.
	 */
	private static FormLines.Line answeredByBoxes(FormLines.Line line) {
		return line.field() == null && line.kind() == null && ANSWER_BOXES.matcher(line.value()).find()
				? new FormLines.Line(Field.STATUS, null, line.label(), line.value(), line.valueCell()) : line;
	}

	private record Statement(String text, int row, String processBefore) {
	}
}
