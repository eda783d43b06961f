package se.ikkonsolidering.ingest.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

import se.ikkonsolidering.ingest.DocumentText;
import se.ikkonsolidering.ingest.FileFormat;
import se.ikkonsolidering.ingest.FileRejectedException;
import se.ikkonsolidering.ingest.RawWorkbook;

/**
 * Reads a web page (.htm, .html) as a Word document is read: its tables as sheets, cells spanning columns and rows,
 * fills from the cell's {@code bgcolor}, its style or its class (Excel's "Spara som webbsida" styles cells by class);
 * its title and the paragraphs before the first table as texts. Governance systems export such pages too, often named
 * .xls. jsoup parses the page as a browser does, with the character set its meta tag or byte order mark names; it
 * reads no DTD or external entity. Scripts, styles and hidden elements ({@code display:none}) are skipped.
 */
public final class HtmlReader {

	/** A web page larger than this holds pictures inline or is no follow-up. */
	private static final long MAX_BYTES = 32L * 1024 * 1024;
	/** Elements inside elements: pages go a dozen or so deep; more is a page built to exhaust the stack. */
	private static final int MAX_DEPTH = 100;
	private static final Pattern HIDDEN = Pattern.compile("(?i)display\\s*:\\s*none|visibility\\s*:\\s*hidden");
	private static final Pattern BACKGROUND = Pattern.compile("(?i)background(?:-color)?\\s*:\\s*"
			+ "(#[0-9a-f]{3,6}\\b|rgb\\(\\s*\\d{1,3}\\s*,\\s*\\d{1,3}\\s*,\\s*\\d{1,3}\\s*\\)|[a-z]+)");
	/** "td.xl66 { … background:#305496; … }", ".xl66 { … }": a class's rule in the page's style sheet. */
	private static final Pattern CLASS_RULE = Pattern.compile("(?is)(?<!\\w)(?:t[dh])?\\.([\\w-]+)\\s*\\{([^}]*)}");
	private static final Pattern RGB = Pattern
		.compile("rgb\\(\\s*(\\d{1,3})\\s*,\\s*(\\d{1,3})\\s*,\\s*(\\d{1,3})\\s*\\)");
	/** The colours a cell is filled with by name in hand-written pages. */
	private static final Map<String, String> NAMED = Map.of("green", "008000", "lime", "00FF00", "yellow", "FFFF00",
			"orange", "FFA500", "red", "FF0000", "gray", "808080", "grey", "808080", "silver", "C0C0C0");
	private static final List<String> BLOCKS = List.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "tr",
			"pre", "blockquote", "caption", "dt", "dd");

	public RawWorkbook read(Path file) {
		try {
			if (Files.size(file) > MAX_BYTES) {
				throw new FileRejectedException("Webbsidan är för stor för att vara en uppföljning (mer än 32 MB).",
						"Spara uppföljningen som Excel-fil (.xlsx) eller Word-dokument (.docx) och skicka den igen.");
			}
			Document page = Jsoup.parse(file.toFile(), null);
			Walk walk = new Walk(classFills(page));
			walk.block(page.body(), 0);
			walk.endParagraph();
			List<DocumentText> texts = new ArrayList<>();
			String title = page.title().strip();
			if (!title.isEmpty()) {
				texts.add(new DocumentText(DocumentText.Kind.TITLE, title));
			}
			walk.tables.firstParagraphs().forEach(p -> texts.add(new DocumentText(DocumentText.Kind.PARAGRAPH, p)));
			walk.tables.closingParagraphs().forEach(p -> texts.add(new DocumentText(DocumentText.Kind.CLOSING, p)));
			return new RawWorkbook(FileFormat.HTML, walk.tables.sheets(), List.of(), texts, () -> {
			});
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof FileRejectedException rejected) {
				throw rejected;
			}
			throw Rejections.unreadable(ex, OfficeProgram.EXCEL);
		}
	}

	/** The fill each class of the page's style sheet gives a cell. */
	private static Map<String, String> classFills(Document page) {
		Map<String, String> fills = new HashMap<>();
		for (Element style : page.select("style")) {
			Matcher rule = CLASS_RULE.matcher(style.data());
			while (rule.find()) {
				fill(rule.group(2)).ifPresent(fill -> fills.put(rule.group(1).toLowerCase(Locale.ROOT), fill));
			}
		}
		return fills;
	}

	/** The background colour a style declares, as {@code RRGGBB}; white is no fill. */
	private static Optional<String> fill(String style) {
		Matcher m = BACKGROUND.matcher(style);
		return m.find() ? colour(m.group(1)) : Optional.empty();
	}

	private static Optional<String> colour(String value) {
		String v = value.strip().toLowerCase(Locale.ROOT);
		String rgb = null;
		Matcher channels = RGB.matcher(v);
		if (channels.matches()) {
			rgb = String.format(Locale.ROOT, "%02X%02X%02X", channel(channels.group(1)), channel(channels.group(2)),
					channel(channels.group(3)));
		}
		else if (v.matches("#?[0-9a-f]{6}")) {
			rgb = v.replace("#", "").toUpperCase(Locale.ROOT);
		}
		else if (v.matches("#?[0-9a-f]{3}")) {
			String s = v.replace("#", "");
			rgb = ("" + s.charAt(0) + s.charAt(0) + s.charAt(1) + s.charAt(1) + s.charAt(2) + s.charAt(2))
				.toUpperCase(Locale.ROOT);
		}
		else if (NAMED.containsKey(v)) {
			rgb = NAMED.get(v);
		}
		return Optional.ofNullable(rgb).filter(c -> !c.equals("FFFFFF"));
	}

	private static int channel(String value) {
		return Math.min(255, Integer.parseInt(value));
	}

	/** Walks the page's body into a document's paragraphs and tables. */
	private static final class Walk {

		private final DocumentTables tables = new DocumentTables();
		private final Map<String, String> classFills;
		private final StringBuilder paragraph = new StringBuilder();

		Walk(Map<String, String> classFills) {
			this.classFills = classFills;
		}

		void block(Element element, int depth) {
			if (depth > MAX_DEPTH) {
				throw new FileRejectedException("Webbsidans tabeller ligger för djupt i varandra för att läsas.",
						"Spara uppföljningen som Excel-fil (.xlsx) eller Word-dokument (.docx) och skicka den igen.");
			}
			for (Node node : element.childNodes()) {
				if (node instanceof TextNode text) {
					paragraph.append(text.getWholeText().replaceAll("\\s+", " "));
				}
				else if (node instanceof Element child && !skipped(child)) {
					String tag = child.normalName();
					if (tag.equals("table")) {
						endParagraph();
						table(child, depth + 1);
					}
					else if (tag.equals("br")) {
						endParagraph();
					}
					else if (BLOCKS.contains(tag)) {
						endParagraph();
						block(child, depth + 1);
						endParagraph();
					}
					else {
						block(child, depth + 1);
					}
				}
			}
		}

		void endParagraph() {
			String text = paragraph.toString().replace('\u00A0', ' ').strip();
			paragraph.setLength(0);
			if (!text.isEmpty()) {
				tables.paragraph(text);
			}
		}

		private void table(Element table, int depth) {
			tables.startTable();
			// Columns a cell above still covers, by how many more rows: a page leaves them out of the rows below.
			Map<Integer, Integer> covered = new HashMap<>();
			for (Element row : rows(table)) {
				tables.startRow();
				int column = 0;
				for (Element cell : row.children()) {
					if (!cell.normalName().equals("td") && !cell.normalName().equals("th") || skipped(cell)) {
						continue;
					}
					int skip = 0;
					while (covered.getOrDefault(column + skip, 0) > 0) {
						skip++;
					}
					if (skip > 0) {
						tables.skipColumns(skip);
						column += skip;
					}
					int columns = span(cell.attr("colspan"));
					int rows = span(cell.attr("rowspan"));
					tables.startCell(
							new DocumentSink.Cell(columns, rows, DocumentSink.VerticalMerge.NONE, cellFill(cell)));
					block(cell, depth);
					endParagraph();
					tables.endCell();
					for (int c = column; c < column + columns; c++) {
						covered.put(c, rows);
					}
					column += columns;
				}
				tables.endRow();
				covered.replaceAll((c, left) -> left - 1);
			}
			tables.endTable();
		}

		/** The table's own rows, in its head, bodies and foot, not those of tables inside its cells. */
		private static List<Element> rows(Element table) {
			List<Element> rows = new ArrayList<>();
			for (Element child : table.children()) {
				if (child.normalName().equals("tr")) {
					rows.add(child);
				}
				else if (List.of("thead", "tbody", "tfoot").contains(child.normalName())) {
					child.children().stream()
						.filter(r -> r.normalName().equals("tr") && !skipped(r))
						.forEach(rows::add);
				}
			}
			return rows;
		}

		private String cellFill(Element cell) {
			Optional<String> own = cell.hasAttr("bgcolor") ? colour(cell.attr("bgcolor")) : Optional.empty();
			return own.or(() -> fill(cell.attr("style")))
				.or(() -> cell.classNames().stream().map(c -> classFills.get(c.toLowerCase(Locale.ROOT)))
					.filter(f -> f != null).findFirst())
				.orElse(null);
		}

		private static int span(String value) {
			try {
				return value.isBlank() ? 1 : Math.max(1, Math.min(Integer.parseInt(value.strip()), 1_000));
			}
			catch (NumberFormatException ex) {
				return 1;
			}
		}

		private static boolean skipped(Element element) {
			String tag = element.normalName();
			return tag.equals("script") || tag.equals("style") || tag.equals("head") || tag.equals("template")
					|| element.hasAttr("hidden") || HIDDEN.matcher(element.attr("style")).find();
		}
	}
}
