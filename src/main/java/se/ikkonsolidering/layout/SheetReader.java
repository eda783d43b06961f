package se.ikkonsolidering.layout;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import se.ikkonsolidering.ingest.RawCell;
import se.ikkonsolidering.ingest.RawRow;
import se.ikkonsolidering.ingest.RawSheet;

/**
 * Reads one sheet (or one table of a document) as a careful reader would: looks at its first rows to find the
 * legend and the header rows and to type each header's columns by heading and content, then walks every row,
 * classifying it ({@link RowClassifier}) and building the controls ({@link ControlAssembler}). A huge sheet is walked
 * once more than its first rows, never held in memory.
 */
public final class SheetReader {

	/** Non-blank rows looked at for headers, legends and column content. */
	private static final int HEAD_ROWS = 400;
	/** "= Genomförd", ": Genomförd", "– Genomförd": a legend's meaning after its sign. */
	private static final Pattern LEGEND_EQUALS = Pattern.compile("^\\s*[=:–-]\\s*");
	/** A legend's swatch written in colour is a word ("Status", "Grön text"), not a sign ("✓"). */
	private static final Pattern LETTER = Pattern.compile("\\p{L}");
	/** "Påbörjad / delvis genomförd": one meaning said in several ways. */
	private static final Pattern MEANING_PARTS = Pattern.compile("\\s*[/,–]\\s*");
	private static final int MAX_TITLE_LENGTH = 250;
	/** How surely each cell of a table's first row must name a column for the row to be the table's own header. */
	private static final double OWN_HEADER_SCORE = 0.8;
	/** "Period: | T1 | Delår | Helår": two or more choices, each a word or a few. */
	private static final int MIN_CHOICES = 2;
	private static final int MAX_CHOICE_LENGTH = 30;
	/** The notes and signatures kept from under a table: a sender signs in the first few. */
	private static final int MAX_LINES_BELOW = 10;
	/** A legend's entry: a code, word or colour, and what it means. */
	private static final int LEGEND_ENTRY_CELLS = 2;
	/** A summary row's label is a few words: "Genomförda (inkl. med avvikelse)", "Genomsnittlig andel klar". */
	private static final int MAX_SUMMARY_LABEL = 60;
	private static final Pattern COUNT = Pattern.compile("[\\d\\s%.,]+");
	/** A column's heading, a colon and three or more values parted by slashes: the values to choose from. */
	private static final Pattern COLUMN_OPTIONS = Pattern
		.compile("([^:]{2,40}?)\\s*:\\s*[^/]{1,40}(\\s/\\s[^/]{1,40}){2,}");
	private static final Pattern COLUMN_EXPLAINED = Pattern.compile("([^=]{2,40}?)\\s*=\\s*\\S.*", Pattern.DOTALL);
	/** Where a text box's lines are numbered from: beyond any row a sheet can have. */
	private static final int BOX_ROWS = 2_000_000;

	private final ColumnTyper typer;
	private final Labels labels;
	private final LegendReader legends;
	private final RowClassifier rows;
	private final FormReader forms;
	private final TableFinder tables;
	private final FormLines formLines;
	private final Vocabulary meanings;
	private final HeaderDictionary dictionary;

	/** @param meanings the status words and phrases a legend's meanings are recognised by */
	public SheetReader(ColumnTyper typer, HeaderDictionary dictionary, Labels labels, Vocabulary meanings) {
		this.typer = typer;
		this.labels = labels;
		this.legends = new LegendReader(meanings, labels);
		this.rows = new RowClassifier(labels, dictionary);
		this.forms = new FormReader(dictionary, labels, meanings);
		this.formLines = new FormLines(dictionary, labels);
		this.tables = new TableFinder(typer, labels);
		this.meanings = meanings;
		this.dictionary = dictionary;
	}

	/** This reader, telling a column of the kommun's nämnder from another column headed like one. */
	public SheetReader knowingSenders(Vocabulary senders) {
		return new SheetReader(typer.knowingSenders(senders), dictionary, labels, meanings);
	}

	/** The sheet's own legend, if it has one: a workbook's legend may stand on another sheet than its table. */
	public Legend legend(RawSheet sheet) {
		List<RawRow> head = head(SheetCells.visible(sheet, labels::isPlaceholder));
		SheetCells.InkLegend inks = explainedInks(head);
		return legends.read(sheet.name(), withBoxes(inks.isEmpty() ? head
				: head.stream().map(r -> SheetCells.inkAsFill(r, inks)).toList(), sheet));
	}

	/**
	 * The colours the sheet writes its words in, with no fill, that a legend beside them explains: "Status" written in
	 * green beside "Genomförd", in red beside "Ej genomförd", over a status column of the word written in those
	 * colours. Empty when fewer than two colours are so explained, as on nearly every sheet: its words' colours are
	 * emphasis.
	 */
	private SheetCells.InkLegend explainedInks(List<RawRow> head) {
		Set<String> explained = new HashSet<>();
		Set<String> words = new HashSet<>();
		Set<String> fills = new HashSet<>();
		for (RawRow row : head) {
			List<RawCell> cells = row.nonBlankCells();
			for (int i = 0; i < cells.size(); i++) {
				RawCell cell = cells.get(i);
				if (cell.fill() != null) {
					fills.add(cell.fill());
				}
				else if (cell.ink() != null && i + 1 < cells.size() && explains(cell, cells.get(i + 1))) {
					explained.add(cell.ink());
					words.add(cell.text().strip());
				}
			}
		}
		explained.removeAll(fills);
		return explained.size() < 2 ? SheetCells.InkLegend.NONE
				: new SheetCells.InkLegend(explained, words, meanings);
	}

	/**
	 * A legend's swatch and its meaning: "Status" in green, "Genomförd" beside it in black. A status written in its
	 * colour beside its copy ("● Klar" in green, merged over two cells) is no legend but a row's own status, and a
	 * symbol in colour ("✓" in green) means what its shape does.
	 */
	private boolean explains(RawCell swatch, RawCell meaning) {
		return meaning.ink() == null && !meaning.text().equals(swatch.text()) && LETTER.matcher(swatch.text()).find()
				&& !namesAStatus(swatch.text()) && namesAStatus(meaning.text());
	}

	/** "Genomförd", "= Genomförd", "Påbörjad / delvis genomförd": a legend's meaning, one status or a few. */
	private boolean namesAStatus(String text) {
		String meaning = LEGEND_EQUALS.matcher(text).replaceFirst("").strip();
		return meanings.knows(meaning) || MEANING_PARTS.splitAsStream(meaning).anyMatch(meanings::knows);
	}

	/**
	 * The rows looked at for a legend, and the lines of the sheet's text boxes and comments after them, numbered far
	 * below the sheet's own rows so that no row of the sheet is taken for theirs.
	 */
	private static List<RawRow> withBoxes(List<RawRow> head, RawSheet sheet) {
		if (sheet.boxes().isEmpty()) {
			return head;
		}
		List<RawRow> rows = new ArrayList<>(head);
		for (int i = 0; i < sheet.boxes().size(); i++) {
			rows.add(new RawRow(BOX_ROWS + i, List.of(RawCell.of(0, sheet.boxes().get(i)))));
		}
		return rows;
	}

	/**
	 * The sheet's tables, each as a sheet of its own: tables set side by side, and copies of a table stacked under
	 * titles naming their periods; the sheet alone when it holds one table.
	 * @param namesAPeriod whether a title names a period ("Helårsuppföljning 2025")
	 */
	public List<RawSheet> tables(RawSheet sheet, Predicate<String> namesAPeriod) {
		RawSheet visible = SheetCells.visible(sheet, labels::isPlaceholder);
		List<RawRow> sheetHead = head(visible);
		SheetCells.InkLegend inks = explainedInks(sheetHead);
		if (!inks.isEmpty()) {
			visible = SheetCells.inkAsFill(visible, inks);
			sheetHead = head(visible);
		}
		List<RawSheet> tables = new ArrayList<>();
		for (RawSheet band : SideBySideTables.split(visible, sheetHead, typer)) {
			// A sheet of one table (nearly all) is not walked again for its stacked copies.
			List<RawRow> head = band == visible ? sheetHead : head(band);
			tables.addAll(StackedTables.split(band, head, head.size() < HEAD_ROWS, typer, namesAPeriod));
		}
		return tables;
	}

	/**
	 * @param fallback the legend of another sheet of the same file, used when this sheet has none
	 */
	public SheetReading read(RawSheet sheet, Legend fallback) {
		return readVisible(SheetCells.visible(sheet, labels::isPlaceholder), fallback, ProseHeadings.BETWEEN_BLOCKS);
	}

	/**
	 * Reads a document without tables, its paragraphs a row each: a report may then name each control in a heading
	 * and report it in paragraphs only, with no labelled line anywhere.
	 */
	public SheetReading readProse(RawSheet document, Legend fallback) {
		return readVisible(SheetCells.visible(PrintedPageLines.without(document), labels::isPlaceholder), fallback,
				ProseHeadings.ALL);
	}

	/**
	 * Reads a document's paragraphs around its tables of controls: a heading there is one more control when the
	 * paragraphs under it report on it ("Kontrollen genomfördes i oktober. Inga brister noterades.").
	 */
	public SheetReading readAroundTables(RawSheet paragraphs, Legend fallback) {
		return readVisible(SheetCells.visible(PrintedPageLines.without(paragraphs), labels::isPlaceholder), fallback,
				ProseHeadings.REPORTING);
	}

	/**
	 * A document's table continued after a page break without its header row: read with the header of the table
	 * before it, whose columns it has.
	 * @param header the layout of the table it continues
	 */
	public SheetReading readContinued(RawSheet table, TableLayout header, Legend legend) {
		Walk walk = new Walk(SheetCells.visible(table, labels::isPlaceholder), legend, Set.of(), TableFinder.Found.NONE, 0);
		walk.startTable(header);
		return walk.run();
	}

	/**
	 * The table's first row names its columns, every cell a heading the dictionary knows well ("Nr | Åtgärd | Ansvarig
	 * | Klart senast"): a table of its own, however many columns it shares with the one before it.
	 */
	public boolean opensWithItsOwnHeader(RawSheet table) {
		List<RawCell> first = table.rows().readAll().stream().map(RawRow::nonBlankCells).filter(c -> !c.isEmpty())
			.findFirst().orElse(List.of());
		return first.size() >= 2 && first.stream().allMatch(c -> dictionary.score(c.text().strip()).stream()
			.anyMatch(f -> f.score() >= OWN_HEADER_SCORE));
	}

	private SheetReading readVisible(RawSheet whole, Legend fallback, ProseHeadings proseHeadings) {
		Legend own = legends.read(whole.name(), withBoxes(head(whole), whole));
		// A legend in a box beside the header and the first controls is no column of the table.
		RawSheet sheet = own.beside().isEmpty() ? whole
				: SheetCells.without(whole, (row, cell) -> own.beside().contains(new Legend.Cell(row.number(), cell.column())));
		List<RawRow> head = head(sheet);
		Legend legend = own.isEmpty() ? fallback : own;
		// A legend's rows ("Kontroll ersatt | Kontrollen har … utgår ur planen") are no form's labels and values.
		List<RawRow> formRows = formLines.withLabelsOverParagraphs(
				head.stream().filter(r -> !own.rows().contains(r.number())).toList());
		Optional<RawSheet> upright = TransposedTable.upright(sheet, formRows, formLines, row -> typer.match(row).isPresent());
		if (upright.isPresent()) {
			return readVisible(upright.get(), fallback, proseHeadings);
		}
		Optional<RawSheet> laidOut = head.isEmpty() || typer.match(head.get(0)).isPresent() ? Optional.empty()
				: AnswersPerControlColumn.laidOut(sheet, head, dictionary, meanings);
		if (laidOut.isPresent()) {
			return readVisible(laidOut.get(), fallback, proseHeadings);
		}
		Optional<RawSheet> answersInRows = QuestionRows.laidOut(sheet, head, dictionary);
		if (answersInRows.isPresent()) {
			return readVisible(answersInRows.get(), fallback, proseHeadings);
		}
		boolean isForm = forms.isForm(formRows, !sheet.context().isEmpty());
		TableFinder.Found found = isForm ? TableFinder.Found.NONE : tables.find(head, legend, own.rows());
		Walk walk = new Walk(sheet, legend, own.rows(), found, head.isEmpty() ? 0 : head.get(head.size() - 1).number());
		if (found.headers().isEmpty()) {
			TableFinder.Found byContent = isForm ? TableFinder.Found.NONE : tables.findByContent(head, legend, own.rows());
			if (!byContent.headers().isEmpty()) {
				return new Walk(sheet, legend, own.rows(), byContent, head.get(head.size() - 1).number()).run();
			}
			Optional<SheetReading> form = forms.read(sheet.name(), formRows, sheet.context(), legend, proseHeadings,
					sheet.listItems());
			if (form.isPresent()) {
				return walk.withHeadings(form.get().withControls(
						ControlsListedInOneCell.split(form.get().controls(), typer.statusWords())));
			}
			Optional<List<ControlRow>> headerless = head.size() < HEAD_ROWS
					? HeaderlessTable.read(sheet.name(), head, labels, meanings) : Optional.empty();
			if (headerless.isPresent()) {
				RowTally tally = new RowTally();
				headerless.get().forEach(c -> tally.add(RowTally.Kind.KONTROLL));
				return walk.withHeadings(new SheetReading(sheet.name(), Optional.of(headerless.get().get(0).layout()),
						ControlsListedInOneCell.split(headerless.get(), typer.statusWords()), tally, List.of(), Map.of(), 1, legend.isEmpty() ? Optional.empty() : Optional.of(legend)));
			}
			Optional<SheetReading> none = answersItHasNone(sheet.name(), head);
			if (none.isPresent()) {
				return walk.withHeadings(none.get());
			}
		}
		return walk.run();
	}

	/**
	 * "Valnämnden har inte antagit någon internkontrollplan för 2025 …": with no table, a line saying the nämnd has
	 * nothing to follow up is its answer, under the lines above it as its title ("Valnämnden – uppföljning av intern
	 * kontroll 2025").
	 */
	private Optional<SheetReading> answersItHasNone(String sheet, List<RawRow> head) {
		Optional<RawRow> none = head.stream()
			.filter(r -> FormLines.oneText(r) && labels.mentions(Labels.Kind.INGEN_PLAN, r.nonBlankCells().get(0).text()))
			.findFirst();
		if (none.isEmpty()) {
			return Optional.empty();
		}
		RowTally tally = new RowTally();
		tally.skipControl(AcceptedRisks.NONE);
		List<String> above = head.stream().filter(r -> r.number() < none.get().number() && FormLines.oneText(r))
			.map(r -> r.nonBlankCells().get(0).text().strip())
			.toList();
		return Optional.of(new SheetReading(sheet, Optional.of(new TableLayout(none.get().number(), Map.of(), Map.of(),
				Map.of())), List.of(), tally, above, Map.of(), 1, Optional.empty()));
	}

	private static List<RawRow> head(RawSheet sheet) {
		List<RawRow> head = new ArrayList<>();
		for (RawRow row : sheet.rows()) {
			if (!row.isBlank()) {
				head.add(row);
				if (head.size() >= HEAD_ROWS) {
					break;
				}
			}
		}
		return head;
	}

	private final class Walk {

		private final RawSheet sheet;
		private final Legend legend;
		private final Set<Integer> legendRows;
		private final TableFinder.Found found;
		private final int lastHeadRow;
		private final RowTally tally = new RowTally();
		private final List<String> titles = new ArrayList<>();
		private final List<String> below = new ArrayList<>();
		/** Headings since the last control: under the table, with no control after them, lines below it. */
		private final List<String> headingsSince = new ArrayList<>();
		private final Map<Labels.Kind, String> labelled = new EnumMap<>(Labels.Kind.class);
		private final Set<Map<Field, Integer>> layouts = new HashSet<>();
		private final ControlAssembler controls;
		private TableLayout first;
		private TableLayout layout;
		private RawRow headerRow;
		/** The texts of the current table's header row, by column: printed again over the next page. */
		private List<String> headerTexts = List.of();
		private final Map<Integer, RawRow> headerRows = new HashMap<>();
		/** The header rows' cell texts, spaced: a column's heading met again under the table is looked up here. */
		private final Set<String> headings = new HashSet<>();
		private boolean inNotes;
		/** The row above was a legend's heading alone ("Bedömningsskala"), or one of the entries under it. */
		private boolean underLegendHeading;
		/** The row above was a summary's heading alone under the controls ("Sammanställning delår"), or one of its rows. */
		private boolean underSummaryHeading;
		private boolean afterGap;
		private int lastRow;
		private Labels.Kind pendingLabel;
		/** A label's choices on the line above by column ("Period: | T1 | Delår | Helår"), one marked below. */
		private Map<Integer, String> choices = Map.of();
		private Labels.Kind choiceKind;
		/** The rows under the header report on no control: a template's example, a version the file says is old. */
		private boolean notReported;
		/** The rows are the actions decided on the controls above, under a header of their own. */
		private boolean actions;
		/** The lines above the table with a text at either side, as a page's header has them. */
		private final Set<List<String>> pageHead = new HashSet<>();
		/** The table's first row under its header, whose look the table's rows have. */
		private RawRow firstInTable;
		/** The rows are another table's, under a header styled as the controls' header is. */
		private boolean otherTable;
		/** The row a control last started on, to tell the same row exported twice. */
		private RawRow lastStart;

		Walk(RawSheet sheet, Legend legend, Set<Integer> legendRows, TableFinder.Found found, int lastHeadRow) {
			this.sheet = sheet;
			this.legend = legend;
			this.legendRows = legendRows;
			this.found = found;
			this.lastHeadRow = lastHeadRow;
			this.controls = new ControlAssembler(sheet.name(), labels, meanings);
		}

		SheetReading run() {
			headings();
			RawRow previous = null;
			for (RawRow row : sheet.rows()) {
				if (row.isBlank()) {
					continue;
				}
				RawRow above = previous;
				if (row.nonBlankCells().size() != 1 || !RowClassifier.isRule(row.nonBlankCells().get(0).text())) {
					previous = row;
				}
				afterGap = lastRow > 0 && row.number() > lastRow + 1;
				lastRow = row.number();
				if (legendRows.contains(row.number()) && !found.headers().containsKey(row.number())) {
					tally.add(RowTally.Kind.FORKLARING);
					controls.finish();
					continue;
				}
				Optional<TableLayout> header = header(row);
				if (header.isPresent()) {
					String heading = found.headers().size() < 2 ? "" : headingOf(above);
					if (!heading.isEmpty() && controls.dropAsHeading(above.number())) {
						tally.reclassify(RowTally.Kind.KONTROLL, RowTally.Kind.SEKTION);
					}
					startTable(header.get());
					controls.tableHeading(heading);
					headerRow = row;
					headerTexts = pageLine(row);
					headerRows.put(row.number(), row);
					row.nonBlankCells().forEach(c -> headings.add(HeaderText.spaced(c.text())));
					actions = false;
					otherTable = false;
					firstInTable = null;
					// "Exempel: | Kontrollmoment | Ansvarig | Utfall" on an instruction sheet, or "Exempel:", "Exempel på
					// ifylld rad" on the line above the header: the rows under it show how to fill in the template.
					// "Tidigare version – ej aktuell" above a table pasted over by the current one: its rows are old.
					notReported = labels.isLabel(Labels.Kind.EXEMPEL, row.nonBlankCells().get(0).text())
							|| (above != null && above.nonBlankCells().size() == 1
									&& labels.startsWith(Labels.Kind.EXEMPEL, above.nonBlankCells().get(0).text()))
							|| (above != null && !above.isBlank()
									&& labels.startsWith(Labels.Kind.TIDIGARE_VERSION, above.nonBlankCells().get(0).text()));
				}
				else if (notReported && !found.subHeaderRows().contains(row.number())) {
					tally.add(RowTally.Kind.NOT);
				}
				else if (layout != null && (actions || typer.headsActions(row))) {
					// "Åtgärder beslutade efter avvikelser" under the controls: the actions are no controls, and their
					// status is theirs.
					controls.finish();
					actions = true;
					tally.skip("i en åtgärdslista under kontrollerna");
				}
				else if (found.subHeaderRows().contains(row.number())) {
					tally.add(RowTally.Kind.RUBRIK);
					headerRow = null;
				}
				else if (headerRow != null && SubHeaderRow.under(headerRow, row, layout).isPresent()) {
					TableLayout folded = layout.withSubHeaders(SubHeaderRow.under(headerRow, row, layout).get());
					if (first == layout) {
						first = folded;
					}
					layout = folded;
					controls.newTable(folded);
					tally.add(RowTally.Kind.RUBRIK);
					headerRow = null;
				}
				else if (found.groupRows().contains(row.number())) {
					// The periods' group headings belong to the header below, not to the titles that name the file's period.
					tally.add(RowTally.Kind.RUBRIK);
				}
				else if (layout == null) {
					above(row);
				}
				else if (pageHead.contains(pageLine(row))) {
					// "Norrfjärdens kommun | Sida 2 av 3" again in the table: a printed page's header, converted back.
					tally.add(RowTally.Kind.RUBRIK);
				}
				else if (otherTable || headsAnotherTable(row)) {
					if (!otherTable && above != null && controls.dropAsHeading(above.number())) {
						tally.reclassify(RowTally.Kind.KONTROLL, RowTally.Kind.SEKTION);
					}
					controls.finish();
					otherTable = true;
					tally.skip("i en annan tabell under kontrollerna");
				}
				else {
					headerRow = null;
					if (firstInTable == null) {
						firstInTable = row;
					}
					inTable(row);
				}
			}
			controls.finish();
			// "Vård- och omsorgsnämnden, internkontroll 2025 – uppföljning tertial 2" closing an export: a footer.
			headingsSince.stream().limit(Math.max(0, MAX_LINES_BELOW - below.size())).forEach(below::add);
			List<ControlRow> joined = UnitRows.joined(RepeatedActionRows.joined(controls.controls(), tally), tally,
					typer.senders());
			List<ControlRow> kept = TemplateShading.leftOut(ControlsListedInOneCell.split(PlanTableRows.leftOut(
					AcceptedRisks.leftOut(LegendTable.leftOut(joined, tally, meanings), tally, labels), tally),
					typer.statusWords()), this::headingFill);
			// A table's status column is judged unused over all its rows before a cell's labelled lines give one
			// control a layout of its own ("Uppföljning helår: …" beside the code of the column).
			List<ControlRow> used = EmptyStatusColumn.leftOut(kept);
			List<ControlRow> read = NotesOnControls.attach(LabelledLinesInOneCell.split(used, formLines),
					sheet.notes());
			TableLayout shown = first == null ? null : EmptyStatusColumn.as(first, kept, used);
			return new SheetReading(sheet.name(), Optional.ofNullable(shown), read, tally, titles, labelled,
					layouts.size(), legend.isEmpty() || read.isEmpty() ? Optional.empty() : Optional.of(legend), below);
		}

		private boolean headsAnotherTable(RawRow row) {
			RawRow header = headerRows.get(layout.headerRow());
			return header != null && firstInTable != null && NextTableHeader.heads(header, firstInTable, row);
		}

		/** The fill of the field's heading in the table's header row, or null. */
		private String headingFill(TableLayout table, Field field) {
			RawRow header = headerRows.get(table.headerRow());
			return header == null || !table.has(field) ? null
					: header.cell(table.columns().get(field)).map(RawCell::fill).orElse(null);
		}

		/**
		 * A document's headings above the table, read as title rows above a header are; a heading that is a label alone
		 * ("Samlad bedömning") takes its value from the next heading, not from the table.
		 */
		private void headings() {
			sheet.context().forEach(text -> aboveText(text.strip()));
			sheet.context().forEach(text -> controls.statusOfAll(text, "meningen ovanför tabellen"));
			pendingLabel = null;
			if (!sheet.context().isEmpty()) {
				// "Genomförda kontroller" right above a document's table: the status of its controls.
				controls.statusAbove(sheet.context().get(sheet.context().size() - 1), "rubriken ovanför tabellen");
			}
		}

		/** A form's reading with the titles and labels of the headings above its table, as a grid's reading has. */
		SheetReading withHeadings(SheetReading form) {
			headings();
			titles.addAll(form.titles());
			form.labelled().forEach(labelled::putIfAbsent); // the headings stand first, and the first label wins
			return new SheetReading(form.sheet(), form.layout(), form.controls(), form.tally(), titles, labelled,
					form.layoutCount(), form.legend());
		}

		/** A header found among the first rows, or beyond them one recognised by its words alone. */
		private Optional<TableLayout> header(RawRow row) {
			if (layout != null && rows.namesItsType(row, layout)) {
				// "Kontrollmoment | Kontroll av … | Avstämning | Delår": a row of the export typed by its Nivå cell, whatever
				// heading words its other cells hold.
				return Optional.empty();
			}
			if (layout != null && found.headers().containsKey(row.number()) && pageLine(row).equals(headerTexts)) {
				// The header printed again over the next page, word for word: the table goes on under it as it was
				// typed, whatever the rows of that page alone would make of it.
				return Optional.of(layout);
			}
			if (row.number() <= lastHeadRow) {
				return Optional.ofNullable(found.headers().get(row.number()));
			}
			return typer.match(row).map(words -> sameColumnsAs(words).orElse(words));
		}

		/** A repeated header far down a huge sheet keeps the roles its first occurrence got from content. */
		private Optional<TableLayout> sameColumnsAs(TableLayout words) {
			return found.headers().values().stream().filter(h -> h.headers().equals(words.headers())).findFirst();
		}

		/** The one text of the line, if it holds one ("KULTUR- OCH FRITIDSNÄMNDEN (inkom 2026-01-16)"), else "". */
		private String headingOf(RawRow line) {
			if (line == null) {
				return "";
			}
			List<RawCell> cells = FormLines.withoutMergedRepeats(line.nonBlankCells());
			if (cells.size() == 2 && labels.isLabel(Labels.Kind.NAMND, cells.get(0).text())) {
				// "Nämnd: | Miljö- och byggnämnden (MBN)" over the next section's header.
				return cells.get(1).text().strip();
			}
			return cells.size() == 1 ? cells.get(0).text().strip() : "";
		}

		private void startTable(TableLayout header) {
			if (layout != null && header.columns().equals(layout.columns()) && header.headers().equals(layout.headers())) {
				// The header printed again at the top of the next page: the control above may go on under it.
				tally.add(RowTally.Kind.RUBRIK);
				return;
			}
			controls.finish();
			if (first == null) {
				first = header;
			}
			layout = header;
			layouts.add(header.columns());
			controls.newTable(header);
			inNotes = false;
			tally.add(RowTally.Kind.RUBRIK);
		}

		private void above(RawRow row) {
			tally.add(RowTally.Kind.OVANFOR);
			// "Period: | T1 | Delår | Helår" over "| | | X": the template offers choices; the mark under one chooses.
			List<RawCell> marked = row.nonBlankCells();
			if (marked.size() == 1 && choices.containsKey(marked.get(0).column())
					&& labels.isMark(marked.get(0).text())) {
				labelled.put(choiceKind, choices.get(marked.get(0).column()));
				choices = Map.of();
				return;
			}
			choices = choicesOf(marked);
			if (marked.size() >= 2) {
				pageHead.add(pageLine(row));
			}
			// A label merged over three columns ("År:" in A:C) is one label, its value in D.
			List<String> texts = FormLines.withoutMergedRepeats(row.nonBlankCells()).stream()
				.filter(c -> !c.mergedFromAbove())
				.map(c -> c.text().strip())
				.toList();
			// "Nyckeltal | Utfall 2023 | Utfall 2024 | Utfall 2025": years side by side are a series, one line whose
			// latest year is the one reported on, not titles of their own.
			if (texts.stream().map(HeaderText::lastYear).filter(y -> y > 0).distinct().count() >= 2) {
				titles.add(String.join(" | ", texts));
				return;
			}
			texts.forEach(this::aboveText);
		}

		/** A label alone in its first cell and short values after it, one per column: the choices a template offers. */
		private Map<Integer, String> choicesOf(List<RawCell> cells) {
			if (cells.size() < MIN_CHOICES + 1) {
				return Map.of();
			}
			Optional<Labels.Labelled> label = labels.parse(cells.get(0).text().strip());
			if (label.isEmpty() || !label.get().value().isEmpty()) {
				return Map.of();
			}
			Map<Integer, String> offered = new HashMap<>();
			for (RawCell cell : cells.subList(1, cells.size())) {
				String text = cell.text().strip();
				if (text.length() > MAX_CHOICE_LENGTH) {
					return Map.of();
				}
				offered.put(cell.column(), text);
			}
			choiceKind = label.get().kind();
			return offered;
		}

		private void aboveText(String text) {
			if (text.isEmpty()) {
				return;
			}
			if (pendingLabel != null) {
				labelled.putIfAbsent(pendingLabel, text);
				pendingLabel = null;
				return;
			}
			Optional<Labels.Labelled> label = labels.parse(text);
			if (label.isPresent() && label.get().kind() == Labels.Kind.SEKTION && !label.get().value().isEmpty()) {
				controls.section(label.get().value());
				return;
			}
			if (label.isPresent() && !label.get().value().isEmpty()) {
				labelled.putIfAbsent(label.get().kind(), label.get().value());
			}
			else if (labelAlone(text) != null) {
				pendingLabel = labelAlone(text);
				return;
			}
			if (text.length() <= MAX_TITLE_LENGTH) {
				titles.add(text);
			}
		}

		/** The kind of a label standing alone in its cell, its value in the next cell ("Bedömning …" | "Tillräcklig"). */
		private Labels.Kind labelAlone(String text) {
			for (Labels.Kind kind : List.of(Labels.Kind.BEDOMNING, Labels.Kind.NAMND, Labels.Kind.AR)) {
				if (labels.isLabel(kind, text)) {
					return kind;
				}
			}
			return null;
		}

		/** A line as its page prints it, whatever the page's number: "0:Norrfjärdens kommun", "7:Sida # av #". */
		private static List<String> pageLine(RawRow row) {
			return row.nonBlankCells().stream().map(c -> c.column() + ":" + c.text().strip().replaceAll("\\d+", "#"))
				.toList();
		}

		/**
		 * "Bedömning" alone under the table whose column is headed so: the heading of that column's values explained
		 * below ("Delvis tillfredsställande | Mindre brister som åtgärdas inom verksamheten").
		 */
		private boolean namesAColumn(String text) {
			String heading = HeaderText.spaced(text);
			return !heading.isEmpty() && headings.contains(heading);
		}

		/**
		 * A column's heading, then "=" and what its values mean, "Riskvärde = sannolikhet × konsekvens", or a colon and
		 * the values to choose from, "Bedömning T2: Enligt plan / Delvis / Avvikelse / Ej genomförd".
		 */
		private boolean explainsAColumn(String text) {
			Matcher explained = COLUMN_EXPLAINED.matcher(text.strip());
			Matcher options = COLUMN_OPTIONS.matcher(text.strip());
			return explained.matches() && namesAColumn(explained.group(1))
					|| options.matches() && namesAColumn(options.group(1));
		}

		/** A label, then only counts and shares: "Ej påbörjade | 2", "Andel genomförda kontroller | 0,64". */
		private boolean countsBeside(List<RawCell> texts) {
			return texts.size() >= 2 && texts.get(0).text().strip().length() <= MAX_SUMMARY_LABEL
					&& texts.stream().skip(1).allMatch(c -> COUNT.matcher(c.text().strip()).matches());
		}

		private boolean headsTheCounts(List<RawCell> texts) {
			return texts.size() >= 2 && texts.stream().map(c -> c.text().strip())
				.allMatch(t -> t.length() <= MAX_SUMMARY_LABEL && t.chars().noneMatch(Character::isDigit))
					&& texts.stream().anyMatch(c -> labels.isLabel(Labels.Kind.SUMMA, c.text().strip()));
		}

		private void inTable(RawRow row) {
			List<RawCell> texts = row.nonBlankCells();
			if (underLegendHeading && !afterGap && texts.size() <= LEGEND_ENTRY_CELLS) {
				// "Bedömningsskala" over "Tillfredsställande | Inga eller obetydliga fel.": the scale's entries, up to
				// the next gap.
				tally.add(RowTally.Kind.FORKLARING);
				return;
			}
			if (underSummaryHeading && !afterGap && countsBeside(texts)) {
				// "Sammanställning delår" over "Pågår | 3", "Andel genomförda kontroller | 64 %": the table summed up.
				tally.add(RowTally.Kind.SUMMA);
				return;
			}
			if (underSummaryHeading && !afterGap && headsTheCounts(texts)) {
				// "Sammanställning" over "Status | Antal | Andel": the summary's own column headings over its counts.
				tally.add(RowTally.Kind.RUBRIK);
				return;
			}
			String alone = texts.size() == 1 ? texts.get(0).text().strip() : "";
			// "Summering | Antal" over "Genomförd | 6": the summary's heading over its labels and their counts.
			boolean summaryHeading = controls.hasCurrent() && (labels.startsWith(Labels.Kind.SAMMANSTALLNING, alone)
					|| texts.size() == 2 && labels.isLabel(Labels.Kind.SAMMANSTALLNING, texts.get(0).text().strip())
							&& labels.isLabel(Labels.Kind.SUMMA, texts.get(1).text().strip()));
			underSummaryHeading = summaryHeading || controls.hasCurrent() && labels.startsWith(Labels.Kind.SUMMA, alone);
			if (summaryHeading) {
				// The summary's heading ends the last control; it continues none.
				controls.finish();
				tally.add(RowTally.Kind.SEKTION);
				return;
			}
			if (texts.size() == 1 && explainsAColumn(texts.get(0).text())) {
				// "Riskvärde = sannolikhet × konsekvens. Över 8 = hög risk." under the table: how to read a column.
				tally.add(RowTally.Kind.FORKLARING);
				return;
			}
			if (texts.size() == 1 && namesAColumn(texts.get(0).text())) {
				underLegendHeading = true;
				tally.add(RowTally.Kind.FORKLARING);
				return;
			}
			underLegendHeading = texts.size() == 1 && labels.startsWith(Labels.Kind.FORKLARING, texts.get(0).text().strip())
					&& !labels.mentions(Labels.Kind.HANVISNING, texts.get(0).text());
			RowClassifier.Context context = new RowClassifier.Context(controls.hasCurrent(), afterGap, inNotes,
					controls.currentHadId(), controls.currentStatus(), controls.currentKontrollmoment(),
					controls.currentId(), legend.namesNoColour());
			RowClassifier.Verdict verdict = rows.classify(row, layout, context);
			if (verdict instanceof RowClassifier.Start && RepeatedRows.repeats(lastStart, row)) {
				tally.skip(RepeatedRows.SKIPPED);
				return;
			}
			lastStart = verdict instanceof RowClassifier.Start ? row : null;
			if (verdict instanceof RowClassifier.Start start) {
				for (int headings = controls.start(row.number(), start.cells()); headings > 0; headings--) {
					tally.reclassify(RowTally.Kind.KONTROLL, RowTally.Kind.SEKTION);
				}
				inNotes = false;
				headingsSince.clear();
				tally.add(RowTally.Kind.KONTROLL);
			}
			else if (verdict instanceof RowClassifier.Continue more) {
				controls.extend(row.number(), more.cells());
				tally.add(RowTally.Kind.FORTSATTNING);
			}
			else if (verdict instanceof RowClassifier.Report report) {
				controls.report(row.number(), report.cells());
				tally.add(RowTally.Kind.FORTSATTNING);
			}
			else if (verdict instanceof RowClassifier.Section section) {
				if (controls.dropAsNumberedHeading()) {
					tally.reclassify(RowTally.Kind.KONTROLL, RowTally.Kind.SEKTION);
				}
				controls.section(section.process());
				headingsSince.add(section.process());
				tally.add(RowTally.Kind.SEKTION);
			}
			else if (verdict instanceof RowClassifier.Group group) {
				controls.section("");
				controls.tableHeading(group.heading());
				tally.add(RowTally.Kind.SEKTION);
			}
			else if (verdict instanceof RowClassifier.Labelled label) {
				labelled.putIfAbsent(label.kind(), label.value());
				if (label.kind() == Labels.Kind.NAMND) {
					// "Organisation: Tekniska nämnden", then "Organisation: Miljö- och byggnadsnämnden" further down an
					// export: each heads the rows under it, as a group heading naming its nämnd does.
					controls.finish();
					controls.tableHeading(label.value());
				}
				tally.add(RowTally.Kind.NOT);
			}
			else if (verdict instanceof RowClassifier.Notes) {
				controls.finish();
				inNotes = true;
				tally.add(RowTally.Kind.NOT);
			}
			else if (verdict instanceof RowClassifier.Other other) {
				if (other.endsControl()) {
					controls.finish();
				}
				if ((other.kind() == RowTally.Kind.NOT || other.kind() == RowTally.Kind.SIGNATUR)
						&& below.size() < MAX_LINES_BELOW) {
					below.add(String.join(" ", row.nonBlankCells().stream().map(c -> c.text().strip()).toList()));
				}
				// The totals close the table, and so does where and when it was signed: a line below them is a note
				// or who signed ("Eva Lundgren, enhetschef"), not a control.
				// A legend's line likewise: the lines after it explain the codes or colours too ("Ingen färg = ej bedömd").
				inNotes |= other.kind() == RowTally.Kind.SUMMA || other.kind() == RowTally.Kind.SIGNATUR
						|| other.kind() == RowTally.Kind.FORKLARING;
				if (other.reason() != null) {
					tally.skip(other.reason());
				}
				else {
					tally.add(other.kind());
				}
			}
		}
	}
}
