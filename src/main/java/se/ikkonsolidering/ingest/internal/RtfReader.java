package se.ikkonsolidering.ingest.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import se.ikkonsolidering.ingest.DocumentText;
import se.ikkonsolidering.ingest.FileFormat;
import se.ikkonsolidering.ingest.FileRejectedException;
import se.ikkonsolidering.ingest.RawWorkbook;

/**
 * Reads a Rich Text Format document (.rtf, as Word, WordPad, LibreOffice and older case systems save one) as a .docx
 * is read: its tables as sheets, cells merged across the columns their right edges cover, vertical merges, cell
 * shading; its page headers and footers and first paragraphs as texts. RTF is a plain-text syntax of groups and
 * control words, so it is walked here rather than through a library: no well-kept Java library reads RTF tables
 * (Swing's RTFEditorKit drops them). Pictures, embedded objects, field instructions, fonts and styles are skipped;
 * a field's shown result is read.
 */
public final class RtfReader {

	/** An RTF document larger than this holds pictures or objects, not a follow-up's text. */
	private static final long MAX_BYTES = 64L * 1024 * 1024;
	/** Groups inside groups: a document's go a few dozen deep; thousands are a file built to exhaust memory. */
	private static final int MAX_DEPTH = 1_000;
	/** Cells whose right edges lie this close (in twips) end at the same grid column. */
	private static final int EDGE_TOLERANCE = 30;

	/** Groups whose text is no part of the document's body. */
	private static final Set<String> SKIPPED = Set.of("fonttbl", "stylesheet", "info", "pict", "object", "footnote",
			"fldinst", "listtable", "listoverridetable", "revtbl", "rsidtbl", "xe", "tc", "bkmkstart", "bkmkend",
			"filetbl", "generator", "themedata", "colorschememapping", "latentstyles", "datastore", "xmlnstbl",
			"mmathPr", "pgdsctbl", "nonshppict", "shppict", "shpinst", "annotation", "atnid", "atnauthor",
			// the text a reader without nested tables shows instead of them
			"nonesttables");
	private static final Set<String> HEADERS = Set.of("header", "headerl", "headerr", "headerf");
	private static final Set<String> FOOTERS = Set.of("footer", "footerl", "footerr", "footerf");
	private static final Map<String, String> SYMBOLS = Map.ofEntries(Map.entry("tab", "\t"), Map.entry("line", "\n"),
			Map.entry("emdash", "—"), Map.entry("endash", "–"), Map.entry("bullet", "•"), Map.entry("lquote", "‘"),
			Map.entry("rquote", "’"), Map.entry("ldblquote", "“"), Map.entry("rdblquote", "”"),
			Map.entry("emspace", " "), Map.entry("enspace", " "));

	public RawWorkbook read(Path file) {
		try {
			if (Files.size(file) > MAX_BYTES) {
				throw new FileRejectedException("RTF-filen är för stor för att vara en uppföljning (mer än 64 MB).",
						"Spara uppföljningen som Word-dokument (.docx) utan bilder och skicka den igen.");
			}
			String source;
			try (InputStream in = Files.newInputStream(file)) {
				source = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
			}
			DocumentTables tables = new DocumentTables();
			Walk walk = new Walk(source, tables);
			walk.run();
			List<DocumentText> texts = new ArrayList<>();
			walk.headers.forEach(t -> texts.add(new DocumentText(DocumentText.Kind.HEADER, t)));
			walk.footers.forEach(t -> texts.add(new DocumentText(DocumentText.Kind.FOOTER, t)));
			tables.firstParagraphs().forEach(p -> texts.add(new DocumentText(DocumentText.Kind.PARAGRAPH, p)));
			tables.closingParagraphs().forEach(p -> texts.add(new DocumentText(DocumentText.Kind.CLOSING, p)));
			return new RawWorkbook(FileFormat.RTF, tables.sheets(), List.of(), texts, () -> {
			});
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof FileRejectedException rejected) {
				throw rejected;
			}
			throw Rejections.unreadable(ex, OfficeProgram.WORD);
		}
	}

	/** Where the text of a group goes. */
	private enum Destination {
		BODY, HEADER, FOOTER, COLOURS, SKIP
	}

	/** A group's state: where its text goes and how many fallback characters follow a {@code \\u}. */
	private record Group(Destination destination, int unicodeSkip, boolean fresh, boolean starred) {

		static final Group DOCUMENT = new Group(Destination.BODY, 1, false, false);

		Group with(Destination d) {
			return new Group(d, unicodeSkip, false, false);
		}

		/** The group just opened by "{": its first control word may name a destination. */
		Group opened() {
			return new Group(destination, unicodeSkip, true, false);
		}

		/** Past the group's first control word. */
		Group settled() {
			return new Group(destination, unicodeSkip, false, false);
		}

		/** After "\\*": a destination a reader may skip when it does not know it. */
		Group withStar() {
			return new Group(destination, unicodeSkip, fresh, true);
		}

		Group withUnicodeSkip(int skip) {
			return new Group(destination, skip, false, false);
		}
	}

	/** A cell's place as the row's definition gives it ({@code \\cellx}), and its look. */
	private record CellDef(int right, DocumentSink.VerticalMerge merge, boolean mergedIntoLeft, String fill) {
	}

	/** A row read: each cell's definition and what it holds, paragraphs ({@code String}) and nested tables. */
	private record Row(List<CellDef> defs, List<List<Object>> cells) {
	}

	/** A table inside a cell ({@code \\itap2}): its rows of cells of paragraphs. */
	private record Nested(List<List<List<String>>> rows) {
	}

	private static final class Walk {

		private final String source;
		private final DocumentSink sink;
		private final Deque<Group> groups = new ArrayDeque<>();
		private Group group = Group.DOCUMENT;
		private Charset codepage = Charset.forName("windows-1252");
		private final StringBuilder text = new StringBuilder();
		private final List<String> colours = new ArrayList<>();
		private int red;
		private int green;
		private int blue;
		private boolean colourSet;
		private int skipFallback;
		private boolean inTable;
		/** The paragraph being read is a table cell's ({@code \\intbl}, until {@code \\pard}). */
		private boolean inTableParagraph;
		private final List<Object> cellItems = new ArrayList<>();
		private final List<List<Object>> rowCells = new ArrayList<>();
		/** How deeply the paragraph being read is nested in tables ({@code \\itap}): 2 inside a cell's table. */
		private int nesting;
		private final List<String> nestedParagraphs = new ArrayList<>();
		private final List<List<String>> nestedRow = new ArrayList<>();
		private final List<List<List<String>>> nestedRows = new ArrayList<>();
		private final List<CellDef> defs = new ArrayList<>();
		private DocumentSink.VerticalMerge merge = DocumentSink.VerticalMerge.NONE;
		private boolean mergedIntoLeft;
		private String fill;
		private final List<Row> tableRows = new ArrayList<>();
		private final Set<String> headers = new LinkedHashSet<>();
		private final Set<String> footers = new LinkedHashSet<>();
		private int pos;

		Walk(String source, DocumentSink sink) {
			this.source = source;
			this.sink = sink;
		}

		void run() {
			while (pos < source.length()) {
				char c = source.charAt(pos++);
				switch (c) {
					case '{' -> {
						if (groups.size() >= MAX_DEPTH) {
							throw new FileRejectedException("RTF-filen har fler grupper inuti varandra än ett dokument har "
									+ "(över " + MAX_DEPTH + ") och läses inte.",
									"Spara uppföljningen som Word-dokument (.docx) och skicka den igen.");
						}
						groups.push(group);
						group = group.opened();
					}
					case '}' -> closeGroup();
					case '\\' -> control();
					case '\r', '\n' -> {
					}
					default -> character(c);
				}
			}
			endParagraph(false);
			endTable();
		}

		private void closeGroup() {
			Destination closing = group.destination();
			group = groups.isEmpty() ? Group.DOCUMENT : groups.pop();
			if ((closing == Destination.HEADER || closing == Destination.FOOTER) && group.destination() != closing) {
				headerLine(closing);
			}
		}

		private void character(char c) {
			if (skipFallback > 0) {
				skipFallback--;
				return;
			}
			if (group.destination() == Destination.COLOURS && c == ';') {
				colours.add(colourSet ? String.format("%02X%02X%02X", red, green, blue) : null);
				colourSet = false;
				return;
			}
			if (group.destination() == Destination.SKIP || group.destination() == Destination.COLOURS) {
				return;
			}
			text.append(c < 0x80 ? String.valueOf(c) : new String(new byte[] { (byte) c }, codepage));
		}

		private void control() {
			if (pos >= source.length()) {
				return;
			}
			char c = source.charAt(pos);
			if (!Character.isLetter(c)) {
				pos++;
				symbol(c);
				return;
			}
			int start = pos;
			while (pos < source.length() && Character.isLetter(source.charAt(pos))) {
				pos++;
			}
			String word = source.substring(start, pos);
			int numberStart = pos;
			if (pos < source.length() && (source.charAt(pos) == '-' || Character.isDigit(source.charAt(pos)))) {
				pos++;
				while (pos < source.length() && Character.isDigit(source.charAt(pos))) {
					pos++;
				}
			}
			String digits = source.substring(numberStart, pos);
			Integer number = digits.isEmpty() || digits.equals("-") ? null : parameter(digits);
			if (pos < source.length() && source.charAt(pos) == ' ') {
				pos++; // the space ending a control word is part of it
			}
			word(word, number);
		}

		/** A control word's number, held to an int: RTF's are 16 or 32 bits, a longer one is damage, not a reason to stop. */
		private static int parameter(String digits) {
			boolean negative = digits.startsWith("-");
			String magnitude = negative ? digits.substring(1) : digits;
			long value = magnitude.length() > 10 ? Integer.MAX_VALUE : Long.parseLong(magnitude);
			return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, negative ? -value : value));
		}

		private void symbol(char c) {
			switch (c) {
				case '\\', '{', '}' -> character(c);
				case '~' -> character(' ');
				case '_' -> character('-');
				case '*' -> group = group.withStar();
				case '\'' -> {
					if (pos + 2 > source.length()) {
						pos = source.length(); // cut off at the end: no byte to read
					}
					else {
						int high = Character.digit(source.charAt(pos), 16);
						int low = Character.digit(source.charAt(pos + 1), 16);
						int value = high * 16 + low;
						pos += 2;
						if (high < 0 || low < 0) {
							return; // "\\'zz": no byte written as hex
						}
						if (skipFallback > 0) {
							skipFallback--;
						}
						else if (group.destination() != Destination.SKIP && group.destination() != Destination.COLOURS) {
							text.append(new String(new byte[] { (byte) value }, codepage));
						}
					}
				}
				case '\r', '\n' -> paragraph(); // "\" before a line break is a paragraph mark
				default -> {
					// "\-" optional hyphen, "\|" formula character: no text
				}
			}
		}

		private void word(String word, Integer number) {
			if (group.fresh()) {
				boolean starred = group.starred();
				group = group.settled();
				if (SKIPPED.contains(word) || (starred && !word.equals("fldrslt"))) {
					group = group.with(Destination.SKIP);
					return;
				}
				if (group.destination() != Destination.SKIP) {
					if (HEADERS.contains(word)) {
						endParagraph(false);
						group = group.with(Destination.HEADER);
						return;
					}
					if (FOOTERS.contains(word)) {
						endParagraph(false);
						group = group.with(Destination.FOOTER);
						return;
					}
					if (word.equals("colortbl")) {
						group = group.with(Destination.COLOURS);
						return;
					}
				}
			}
			if (word.equals("nestrow")) {
				// Word ends a nested row inside its ignorable "\\*\\nesttableprops" group.
				nestedRows.add(List.copyOf(nestedRow));
				nestedRow.clear();
				return;
			}
			if (group.destination() == Destination.SKIP) {
				return;
			}
			if (skipFallback > 0 && !word.equals("u")) {
				skipFallback = 0;
			}
			switch (word) {
				case "ansicpg" -> codepage = codepage(number);
				case "uc" -> group = group.withUnicodeSkip(number == null ? 1 : Math.max(0, number));
				case "u" -> {
					if (number != null) {
						text.append((char) (number < 0 ? number + 65536 : number));
						skipFallback = group.unicodeSkip();
					}
				}
				case "red" -> colour(number, 0);
				case "green" -> colour(number, 1);
				case "blue" -> colour(number, 2);
				case "par", "sect" -> paragraph();
				case "pard" -> {
					inTableParagraph = false;
					nesting = 0;
				}
				case "intbl" -> {
					inTableParagraph = true;
					nesting = Math.max(nesting, 1);
				}
				case "itap" -> {
					nesting = number == null ? 1 : number;
					inTableParagraph = nesting > 0;
				}
				case "cell" -> cell();
				case "nestcell" -> {
					nestedParagraphs.add(takeText());
					nestedRow.add(List.copyOf(nestedParagraphs));
					nestedParagraphs.clear();
				}
				case "row" -> row();
				case "trowd" -> {
					defs.clear();
					merge = DocumentSink.VerticalMerge.NONE;
					mergedIntoLeft = false;
					fill = null;
				}
				case "clvmgf" -> merge = DocumentSink.VerticalMerge.RESTART;
				case "clvmrg" -> merge = DocumentSink.VerticalMerge.CONTINUE;
				case "clmrg" -> mergedIntoLeft = true;
				case "clcbpat" -> fill = number != null && number < colours.size() ? colours.get(number) : null;
				case "cellx" -> {
					defs.add(new CellDef(number == null ? 0 : number, merge, mergedIntoLeft, fill));
					merge = DocumentSink.VerticalMerge.NONE;
					mergedIntoLeft = false;
					fill = null;
				}
				default -> {
					String symbol = SYMBOLS.get(word);
					if (symbol != null && group.destination() != Destination.COLOURS) {
						text.append(symbol);
					}
				}
			}
		}

		private void colour(Integer number, int part) {
			if (group.destination() != Destination.COLOURS || number == null) {
				return;
			}
			colourSet = true;
			switch (part) {
				case 0 -> red = number;
				case 1 -> green = number;
				default -> blue = number;
			}
		}

		private static Charset codepage(Integer number) {
			try {
				return number == null ? Charset.forName("windows-1252") : Charset.forName("windows-" + number);
			}
			catch (RuntimeException ex) {
				return Charset.forName("windows-1252");
			}
		}

		private String takeText() {
			String t = text.toString();
			text.setLength(0);
			return t;
		}

		private void paragraph() {
			if (group.destination() == Destination.HEADER || group.destination() == Destination.FOOTER) {
				headerLine(group.destination());
				return;
			}
			endParagraph(true);
		}

		/** The paragraph read so far ends: a cell's, or the body's after any table above it. */
		private void endParagraph(boolean mark) {
			if (inTableParagraph && nesting >= 2) {
				nestedParagraphs.add(takeText());
				return;
			}
			if (inTableParagraph) {
				cellParagraph(takeText());
				return;
			}
			String t = takeText();
			if (!mark && t.isBlank()) {
				return;
			}
			endTable();
			sink.paragraph(t.strip());
		}

		private void headerLine(Destination where) {
			String line = takeText().strip();
			if (!line.isEmpty()) {
				(where == Destination.HEADER ? headers : footers).add(line);
			}
		}

		/** A paragraph of the cell at the outer level, after the table nested above it in the cell, if any. */
		private void cellParagraph(String paragraph) {
			if (!nestedRows.isEmpty()) {
				cellItems.add(new Nested(List.copyOf(nestedRows)));
				nestedRows.clear();
			}
			cellItems.add(paragraph);
		}

		private void cell() {
			cellParagraph(takeText());
			rowCells.add(List.copyOf(cellItems));
			cellItems.clear();
		}

		private void row() {
			if (!rowCells.isEmpty()) {
				tableRows.add(new Row(List.copyOf(defs), List.copyOf(rowCells)));
			}
			rowCells.clear();
			inTable = true;
		}

		private void item(Object item) {
			if (item instanceof Nested nested) {
				sink.startTable();
				for (List<List<String>> row : nested.rows()) {
					sink.startRow();
					for (List<String> cell : row) {
						sink.startCell(DocumentSink.Cell.PLAIN);
						cell.forEach(sink::paragraph);
						sink.endCell();
					}
					sink.endRow();
				}
				sink.endTable();
			}
			else {
				sink.paragraph((String) item);
			}
		}

		/**
		 * The table read so far, to the sink: its grid is every right edge a row's cells have, so a heading row's one
		 * wide cell spans the columns below it.
		 */
		private void endTable() {
			if (!inTable || tableRows.isEmpty()) {
				inTable = false;
				return;
			}
			TreeSet<Integer> edges = new TreeSet<>();
			for (Row row : tableRows) {
				for (CellDef def : row.defs()) {
					Integer near = edges.floor(def.right() + EDGE_TOLERANCE);
					if (near == null || def.right() - near > EDGE_TOLERANCE) {
						edges.add(def.right());
					}
				}
			}
			sink.startTable();
			for (Row row : tableRows) {
				sink.startRow();
				int left = Integer.MIN_VALUE;
				List<DocumentSink.Cell> cells = new ArrayList<>();
				List<List<Object>> texts = new ArrayList<>();
				for (int i = 0; i < row.cells().size(); i++) {
					CellDef def = i < row.defs().size() ? row.defs().get(i) : null;
					int right = def == null ? left + 1 : def.right();
					int from = left;
					int spanned = (int) edges.stream()
						.filter(e -> e > from + EDGE_TOLERANCE && e <= right + EDGE_TOLERANCE)
						.count();
					left = right;
					if (def != null && def.mergedIntoLeft() && !cells.isEmpty()) {
						// "\clmrg": the cell continues the one to its left, merged across.
						DocumentSink.Cell before = cells.remove(cells.size() - 1);
						cells.add(new DocumentSink.Cell(before.columns() + Math.max(1, spanned), 1, before.merge(),
								before.fill()));
						continue;
					}
					cells.add(new DocumentSink.Cell(Math.max(1, spanned), 1,
							def == null ? DocumentSink.VerticalMerge.NONE : def.merge(), def == null ? null : def.fill()));
					texts.add(row.cells().get(i));
				}
				for (int i = 0; i < cells.size(); i++) {
					sink.startCell(cells.get(i));
					texts.get(i).forEach(this::item);
					sink.endCell();
				}
				sink.endRow();
			}
			sink.endTable();
			tableRows.clear();
			inTable = false;
		}
	}
}
