package se.ikkonsolidering.ingest.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import se.ikkonsolidering.ingest.CellNotes;
import se.ikkonsolidering.ingest.CellWords;
import se.ikkonsolidering.ingest.FileRejectedException;
import se.ikkonsolidering.ingest.RawCell;
import se.ikkonsolidering.ingest.RawRow;
import se.ikkonsolidering.ingest.RawSheet;
import se.ikkonsolidering.ingest.SheetRows;

/**
 * Collects a document's tables as sheets: "Tabell 1", "Tabell 2" … in document order, a table inside a cell of
 * table 3 as "Tabell 3.1". Each table keeps the paragraphs that stand above it since the previous table (for a table
 * inside a cell, the cell's paragraphs above it) as its context. A document's tables are held in memory, so the text
 * read is capped: a document's text is a small fraction of its XML, a 200-page follow-up has well under a megabyte.
 * The paragraphs outside the tables are one more sheet, {@value RawSheet#DOCUMENT_TEXT}, a row each (the only sheet
 * of a document without tables): a follow-up written as "Kontrollmoment: …" and "Bedömning: …" under a heading per
 * control, alone or between tables, is read as a form.
 */
final class DocumentTables implements DocumentSink {

	/** The paragraphs closest to a table are its headings; a long report's earlier prose is not. */
	private static final int MAX_CONTEXT = 50;
	/**
	 * "Attest av leverantörsfakturor": a control's name in bold runs to a few words, not a whole bold paragraph; two
	 * words in bold ("Ej genomförd") are more often a status than a control.
	 */
	private static final int MIN_LEAD = 8;
	private static final int MAX_LEAD = 160;
	private static final int MIN_LEAD_WORDS = 3;
	/** "Genomförd med anmärkning.", "Bedömning:": bold words ending a sentence or a label belong to their line. */
	private static final Pattern SENTENCE_END = Pattern.compile("[.!?:;]$");
	/** "Genomförd utan anmärkning.": the plain text after a bold heading reports, in a few words at least. */
	private static final int MIN_REST_WORDS = 3;
	private static final int FIRST_PARAGRAPHS = 10;
	static final long MAX_CHARACTERS = 16_000_000;
	static final long MAX_CELLS = 250_000;
	/** A table laid out with tab stops in the paragraphs ("Nr⇥Kontrollmoment⇥Status" over its rows). */
	private static final String TABBED = "Tabell i texten ";
	/** Three columns in a line at least: two, as "Datum:⇥2025-09-10" or a signature's name and title, lay out a line. */
	private static final int MIN_TABBED_COLUMNS = 3;
	/** Columns lined up with spaces leave three at least between a heading and the next. */
	private static final String WIDE_GAP = "   ";

	private final List<Slot> slots = new ArrayList<>();
	private final Deque<Frame> open = new ArrayDeque<>();
	private final List<String> context = new ArrayList<>();
	/** The text set in bold of the paragraph being read outside the tables. */
	private final StringBuilder bodyBold = new StringBuilder();
	private final List<String> firstParagraphs = new ArrayList<>();
	private final List<String> closingParagraphs = new ArrayList<>();
	private final List<RawRow> body = new ArrayList<>();
	/** The body's paragraphs as written, their tabs kept: a table laid out with tab stops. */
	private final List<String> bodyLines = new ArrayList<>();
	private final Set<Integer> listItems = new HashSet<>();
	/** A sentence's end: a list item reporting on the item above it, not a heading or a control of its own. */
	private static final Pattern SENTENCE = Pattern.compile("[.!?](\\s|$)");
	/** "Läge:", "Status:": a label opening a line. */
	private static final Pattern LABELLED = Pattern.compile("\\s*\\p{L}[\\p{L} /]{0,30}:");
	/** "Status: ●": a label, then only the sign. */
	private static final Pattern SIGN_AFTER_LABEL = Pattern.compile("\\s*\\p{L}[\\p{L} /]{0,30}:\\s*\\S{1,2}\\s*");
	/** The last list item's row in the body and its level: an item under it is joined to it. */
	private int lastItemRow;
	private int lastItemLevel;
	/** The coloured signs among the runs of the paragraph being read outside the tables, in their order. */
	private final List<ColouredSign> signs = new ArrayList<>();
	private int tables;
	private long characters;
	private long cells;

	/** A table's place in the sheet list, reserved when it starts so a table comes before the tables in its cells. */
	private static final class Slot {

		private final String name;
		private final List<String> context;
		private final List<RawRow> rows = new ArrayList<>();
		/** How many of the body's paragraphs stand before it. */
		private final int after;

		Slot(String name, List<String> context, int after) {
			this.name = name;
			this.context = context;
			this.after = after;
		}
	}

	/** A sign written in a colour ("●" in green) and the colour it shows, as {@code RRGGBB}. */
	private record ColouredSign(String sign, String colour) {
	}

	/** A table being read. */
	private static final class Frame {

		private final Slot slot;
		private final TableGrid grid = new TableGrid();
		private final List<String> paragraphs = new ArrayList<>();
		private int nested;
		private int column;
		private int cellColumn;
		private Cell cell;
		/** The colour the cell's text was last written in, or {@code null}. */
		private String textColour;
		/** The cell's text set in bold. */
		private final StringBuilder bold = new StringBuilder();
		/** The highlighter colours of the cell's text, and how much of it each marks. */
		private final Map<String, Integer> highlighted = new HashMap<>();
		/** The cell's text marked with a highlighter. */
		private final StringBuilder highlightedText = new StringBuilder();
		/** The first of the cell's paragraphs that is not yet context of a table inside the cell. */
		private int contextFrom;

		Frame(Slot slot) {
			this.slot = slot;
		}
	}

	/**
	 * The document's tables in document order, a table laid out with tabs in its paragraphs among them ("Tabell i
	 * texten 1"), then the paragraphs left.
	 */
	List<RawSheet> sheets() {
		List<RawRow> paragraphs = body;
		List<RawSheet> inText = List.of();
		Optional<List<RawRow>> printed = bodyLines.stream().anyMatch(line -> line.contains(WIDE_GAP))
				? FixedWidthText.rows(String.join("\n", bodyLines)) : Optional.empty();
		if (printed.isPresent()) {
			// A report printed in fixed widths and pasted into a document, in a font of even widths: its lines are
			// cut where its header's headings start, as a text file's are; the lines around the table are its rows too.
			inText = List.of(new RawSheet(TABBED + 1, false, SheetRows.of(printed.get()), List.of()));
			paragraphs = List.of();
		}
		else if (bodyLines.stream().anyMatch(line -> line.indexOf('\t') >= 0)) {
			inText = tabbedTables();
			Set<Integer> inTables = new HashSet<>();
			inText.forEach(table -> table.rows().forEach(row -> inTables.add(row.number())));
			paragraphs = body.stream().filter(row -> !inTables.contains(row.number())).toList();
		}
		List<RawSheet> sheets = new ArrayList<>();
		int slot = 0;
		for (RawSheet table : inText) {
			int after = table.rows().iterator().next().number() - 1;
			Slot before = null;
			for (; slot < slots.size() && slots.get(slot).after <= after; slot++) {
				before = slots.get(slot);
				sheets.add(sheet(before));
			}
			if (before != null && before.after == after && before.rows.size() == 1 && !before.name.contains(".")) {
				// A table of its header row only, the rows laid out with tabs right under it: one table.
				List<RawRow> rows = new ArrayList<>(before.rows);
				rows.addAll(table.rows().readAll());
				sheets.set(sheets.size() - 1, new RawSheet(before.name, false, SheetRows.of(rows), before.context));
			}
			else {
				sheets.add(table);
			}
		}
		slots.subList(slot, slots.size()).forEach(rest -> sheets.add(sheet(rest)));
		if (!paragraphs.isEmpty()) {
			sheets.add(new RawSheet(RawSheet.DOCUMENT_TEXT, false, SheetRows.of(paragraphs), List.of(), Set.of(),
					List.of(), CellNotes.NONE, listItems));
		}
		return sheets;
	}

	/**
	 * The tables laid out with tabs, numbered in document order. A page's running header that a PDF turned back into
	 * Word leaves in the body stands above the table and again where each page starts, inside it: a line the text
	 * above the table already has is no row of it.
	 */
	private List<RawSheet> tabbedTables() {
		List<RawSheet> tables = new ArrayList<>();
		for (RawSheet table : PastedTables.split(bodyLines, TABBED, false).tables()) {
			List<RawRow> all = table.rows().readAll();
			Set<String> above = new HashSet<>();
			bodyLines.subList(0, all.get(0).number() - 1).forEach(line -> above.add(line.strip()));
			List<RawRow> rows = all.stream()
				.filter(row -> !above.contains(bodyLines.get(row.number() - 1).strip()))
				.toList();
			if (rows.stream().anyMatch(row -> row.cells().size() >= MIN_TABBED_COLUMNS)) {
				tables.add(new RawSheet(TABBED + (tables.size() + 1), false, SheetRows.of(rows), table.context()));
			}
		}
		return tables;
	}

	private static RawSheet sheet(Slot slot) {
		return new RawSheet(slot.name, false, SheetRows.of(slot.rows), slot.context);
	}

	/**
	 * The body's first non-blank paragraphs before its first table, where a document names its sender and period; not
	 * those after it, where a comment's "följs upp i bokslutet" is no period of the report.
	 */
	List<String> firstParagraphs() {
		return List.copyOf(firstParagraphs);
	}

	/** The non-blank paragraphs after the last table, where a document closes with the nämnd's assessment. */
	List<String> closingParagraphs() {
		return List.copyOf(closingParagraphs);
	}

	@Override
	public void paragraph(String text) {
		add(text, false);
	}

	/** Outside the tables, a list item's row is known as one. */
	@Override
	public void listItem(String text) {
		add(text, true);
	}

	/**
	 * An item under the item before it ("Kontanthantering i badhuset" / "Oanmäld kassainventering …") says more of it:
	 * one row, the parent's text, a dash and the item's, as a list item written on one line would be.
	 */
	@Override
	public void listItem(String text, int level) {
		// Only a sentence reports on the item above: "Läge: Genomförd" under it is a labelled line of its own, read as a
		// form reads it, and "1.1 Stickprov av leverantörsfakturor" under "1 Redovisning per kontroll" a numbered heading.
		boolean under = open.isEmpty() && level > lastItemLevel && lastItemRow == body.size() && lastItemRow > 0
				&& SENTENCE.matcher(text).find() && !LABELLED.matcher(text).lookingAt();
		if (under) {
			charge(text.length(), 0);
			String joined = body.get(lastItemRow - 1).text(0) + " – " + text.strip();
			body.set(lastItemRow - 1, new RawRow(lastItemRow, List.of(RawCell.of(0, joined))));
			return;
		}
		add(text, true);
		if (open.isEmpty() && !text.isBlank()) {
			lastItemRow = body.size();
			lastItemLevel = level;
		}
	}

	private void add(String text, boolean listItem) {
		String lead = open.isEmpty() ? boldLead(text) : null;
		bodyBold.setLength(0);
		if (lead != null) {
			addLine(lead, listItem);
			addLine(text.strip().substring(lead.length()).strip(), false);
		}
		else {
			addLine(text, listItem);
		}
	}

	/**
	 * "**Kontanthantering i badhusets reception** Kassan stämdes av dagligen …": the words in bold that open a
	 * paragraph, going on in plain text on the same line, are its heading run into it, as a report names each
	 * control before its result; null for any other paragraph. A label or a sentence in bold ("**Bedömning:**
	 * Tillräcklig", "**Genomförd med anmärkning.** Av 20 …") stays part of its line, and so does a bold first line of
	 * a paragraph broken into lines.
	 */
	private String boldLead(String text) {
		String lead = bodyBold.toString().strip();
		String paragraph = text.strip();
		if (lead.length() < MIN_LEAD || lead.length() > MAX_LEAD || !paragraph.startsWith(lead)
				|| lead.split("\\s+").length < MIN_LEAD_WORDS || SENTENCE_END.matcher(lead).find()
				|| paragraph.length() == lead.length() || paragraph.charAt(lead.length()) == '\n') {
			return null;
		}
		String rest = paragraph.substring(lead.length()).strip();
		return rest.split("\\s+").length >= MIN_REST_WORDS && Character.isLetter(rest.charAt(0)) ? lead : null;
	}

	private void addLine(String text, boolean listItem) {
		charge(text.length(), 0);
		List<ColouredSign> coloured = List.copyOf(signs);
		signs.clear();
		if (!open.isEmpty()) {
			Frame frame = open.peek();
			if (frame.cell != null) {
				frame.paragraphs.add(text);
			}
			return;
		}
		if (text.isBlank()) {
			return;
		}
		context.add(text.strip());
		List<String> labelled = coloured.isEmpty() ? labelledLines(text.strip()) : List.of();
		if (!labelled.isEmpty()) {
			// "Kontrollmoment: …⏎Status: Genomförd⏎Kommentar: …" in one paragraph broken into lines: a form's lines,
			// a row each as paragraphs of their own would be.
			labelled.forEach(line -> body.add(new RawRow(body.size() + 1, List.of(RawCell.of(0, line)))));
		}
		else {
			for (RawCell line : byColouredSign(text.strip(), coloured)) {
				body.add(new RawRow(body.size() + 1, List.of(line)));
			}
		}
		bodyLines.add(text);
		if (listItem) {
			listItems.add(body.size());
		}
		if (context.size() > MAX_CONTEXT) {
			context.remove(0);
		}
		if (tables == 0 && firstParagraphs.size() < FIRST_PARAGRAPHS) {
			firstParagraphs.add(text.strip());
		}
		if (tables > 0 && closingParagraphs.size() < FIRST_PARAGRAPHS) {
			closingParagraphs.add(text.strip());
		}
	}

	@Override
	public void startTable() {
		String name;
		List<String> above;
		if (open.isEmpty()) {
			name = "Tabell " + ++tables;
			above = List.copyOf(context);
			context.clear();
			closingParagraphs.clear();
		}
		else {
			Frame parent = open.peek();
			name = parent.slot.name + "." + ++parent.nested;
			above = parent.paragraphs.subList(parent.contextFrom, parent.paragraphs.size()).stream()
				.filter(p -> !p.isBlank())
				.map(String::strip)
				.toList();
			parent.contextFrom = parent.paragraphs.size();
		}
		Slot slot = new Slot(name, above, body.size());
		slots.add(slot);
		open.push(new Frame(slot));
	}

	@Override
	public void endTable() {
		open.pop();
	}

	@Override
	public void startRow() {
		Frame frame = open.peek();
		frame.grid.startRow();
		frame.column = 0;
	}

	@Override
	public void endRow() {
		Frame frame = open.peek();
		RawRow row = frame.grid.endRow();
		if (row != null) {
			frame.slot.rows.add(row);
		}
	}

	@Override
	public void skipColumns(int count) {
		open.peek().column += Math.max(0, count);
	}

	@Override
	public void startCell(Cell cell) {
		Frame frame = open.peek();
		frame.cell = cell;
		frame.cellColumn = frame.column;
		frame.column += cell.columns();
		frame.paragraphs.clear();
		frame.contextFrom = 0;
		frame.textColour = null;
		frame.bold.setLength(0);
		frame.highlightedText.setLength(0);
		frame.highlighted.clear();
	}

	/**
	 * The paragraph as the lines it shows, each with the colour it shows by: "●  Kontrollen genomförd" or
	 * "Status: ●" with the dot in green is one line shown in green; "Teckenförklaring: ● Genomförd ● Delvis ● Ej
	 * genomförd" with dots of different colours is a legend of a line per dot, each in its dot's colour.
	 */
	/** The paragraph's lines when it is broken into two or more and each opens with a label; else none. */
	private static List<String> labelledLines(String text) {
		if (text.indexOf('\n') < 0) {
			return List.of();
		}
		List<String> lines = text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
		return lines.size() >= 2 && lines.stream().allMatch(line -> LABELLED.matcher(line).lookingAt()) ? lines
				: List.of();
	}

	private static List<RawCell> byColouredSign(String text, List<ColouredSign> coloured) {
		List<Integer> starts = new ArrayList<>();
		List<String> colours = new ArrayList<>();
		int next = 0;
		for (int at = 0; at < text.length() && next < coloured.size(); at++) {
			if (text.startsWith(coloured.get(next).sign(), at)) {
				starts.add(at);
				colours.add(coloured.get(next).colour());
				next++;
			}
		}
		if (new HashSet<>(colours).size() < 2) {
			// The sign first, or alone after a label.
			boolean shown = !starts.isEmpty() && (starts.get(0) == 0
					|| SIGN_AFTER_LABEL.matcher(text).matches() && text.endsWith(coloured.get(0).sign()));
			return List.of(new RawCell(0, text, shown ? colours.get(0) : null, false, false, false));
		}
		List<RawCell> lines = new ArrayList<>();
		String before = text.substring(0, starts.get(0)).strip();
		if (!before.isEmpty()) {
			lines.add(RawCell.of(0, before));
		}
		for (int i = 0; i < starts.size(); i++) {
			int end = i + 1 < starts.size() ? starts.get(i + 1) : text.length();
			lines.add(new RawCell(0, text.substring(starts.get(i), end).strip(), colours.get(i), false, false, false));
		}
		return lines;
	}

	@Override
	public void highlight(String rgb, String text) {
		if (!open.isEmpty() && open.peek().cell != null) {
			open.peek().highlighted.merge(rgb, text.strip().length(), Integer::sum);
			open.peek().highlightedText.append(text);
		}
	}

	@Override
	public void bold(String text) {
		if (open.isEmpty()) {
			bodyBold.append(text);
		}
		else if (open.peek().cell != null) {
			open.peek().bold.append(text);
		}
	}

	@Override
	public void textColour(String rgb, String text) {
		if (!open.isEmpty()) {
			if (open.peek().cell != null) {
				open.peek().textColour = rgb;
			}
		}
		else if (CellWords.isColouredSign(text)) {
			String shown = CellWords.shownColour(text.strip(), null, rgb);
			if (shown != null) {
				signs.add(new ColouredSign(text.strip(), shown));
			}
		}
	}

	@Override
	public void endCell() {
		Frame frame = open.peek();
		Cell cell = frame.cell;
		if (cell == null) {
			return;
		}
		String joined = joined(frame.paragraphs);
		String text = CellWords.chosen(joined, frame.bold.toString());
		if (text.equals(joined)) {
			text = CellWords.chosen(joined, frame.highlightedText.toString());
		}
		// "●" written in green under a legend of coloured dots: its colour is what the cell says.
		String shown = CellWords.shownColour(text, cell.fill(), frame.textColour);
		cell = new Cell(cell.columns(), cell.rows(), cell.merge(),
				shown != null ? shown : highlighter(frame.highlighted, text));
		int before = frame.grid.cellsCreated();
		switch (cell.merge()) {
			case RESTART -> frame.grid.startMerge(frame.cellColumn, cell.columns(), text, cell.fill());
			case CONTINUE -> frame.grid.continueMerge(frame.cellColumn);
			case NONE -> frame.grid.cell(frame.cellColumn, cell.columns(), cell.rows(), text, cell.fill());
		}
		charge(0, frame.grid.cellsCreated() - before);
		frame.cell = null;
	}

	/**
	 * The one highlighter colour that marks most of the cell's text: the cell's colour as its reader sees it, where it
	 * has no fill of its own; {@code null} when none or several do.
	 */
	private static String highlighter(Map<String, Integer> highlighted, String text) {
		// Most cells have no highlighter: their text is not measured.
		if (highlighted.size() != 1) {
			return null;
		}
		int length = text.replaceAll("\\s+", "").length();
		Map.Entry<String, Integer> only = highlighted.entrySet().iterator().next();
		return length > 0 && only.getValue() * 2 >= length ? only.getKey() : null;
	}

	/** A cell's paragraphs as lines, without the empty paragraphs Word leaves at a cell's start and end. */
	private static String joined(List<String> paragraphs) {
		int from = 0;
		int to = paragraphs.size();
		while (from < to && paragraphs.get(from).isBlank()) {
			from++;
		}
		while (to > from && paragraphs.get(to - 1).isBlank()) {
			to--;
		}
		return String.join("\n", paragraphs.subList(from, to));
	}

	private void charge(int moreCharacters, int moreCells) {
		characters += moreCharacters;
		cells += moreCells;
		if (characters > MAX_CHARACTERS || cells > MAX_CELLS) {
			throw new FileRejectedException("Dokumentet är för stort för att läsas (mer än 16 miljoner tecken eller "
					+ "250 000 tabellceller).",
					"Dela upp uppföljningen i mindre dokument, eller skicka den som Excel-fil.");
		}
	}
}
