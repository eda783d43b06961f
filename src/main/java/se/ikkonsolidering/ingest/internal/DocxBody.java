package se.ikkonsolidering.ingest.internal;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import se.ikkonsolidering.ingest.internal.DocumentSink.Cell;
import se.ikkonsolidering.ingest.internal.DocumentSink.VerticalMerge;

/**
 * Walks a WordprocessingML part (the document body, a header or a footer) with StAX into a {@link DocumentSink}: the
 * text the reader sees, paragraph by paragraph, and tables with their merges and shading. Content controls, fields
 * and inserted text are read through, and a drawing's text boxes; deleted and moved-away text, hidden text, the rest
 * of drawings and Word's instructions (field codes, tab stops) are not text on the page and are skipped.
 */
final class DocxBody {

	private static final String SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹";

	private static final Set<String> WORD = Set.of("http://schemas.openxmlformats.org/wordprocessingml/2006/main",
			"http://purl.oclc.org/ooxml/wordprocessingml/main");
	private static final String COMPATIBILITY = "http://schemas.openxmlformats.org/markup-compatibility/2006";
	/** Subtrees that hold no text a reader sees, or only properties read elsewhere. */
	private static final Set<String> SKIPPED = Set.of("del", "moveFrom", "tblPr", "tblPrEx", "tblGrid", "sectPr",
			"sdtPr", "sdtEndPr", "object", "instrText", "delInstrText", "trPrChange");
	/** Word's highlighter colours ({@code w:highlight}) as the RGB it shows; "none" and white mark nothing. */
	private static final Map<String, String> HIGHLIGHTERS = Map.ofEntries(Map.entry("yellow", "FFFF00"),
			Map.entry("green", "00FF00"), Map.entry("red", "FF0000"), Map.entry("cyan", "00FFFF"),
			Map.entry("magenta", "FF00FF"), Map.entry("blue", "0000FF"), Map.entry("darkYellow", "808000"),
			Map.entry("darkGreen", "008000"), Map.entry("darkRed", "800000"), Map.entry("darkCyan", "008080"),
			Map.entry("darkMagenta", "800080"), Map.entry("darkBlue", "000080"), Map.entry("lightGray", "C0C0C0"),
			Map.entry("darkGray", "808080"), Map.entry("black", "000000"));
	/** Wingdings tick and box symbols, as the text a tick column holds. */
	private static final Map<String, String> WINGDINGS = Map.of("FC", "✓", "FE", "☑", "FD", "☒", "FB", "✗", "A8", "☐");

	private final XMLStreamReader xml;
	private final DocumentSink sink;
	private final Set<String> listStyles;
	private StringBuilder paragraph;
	/**
	 * The paragraph with its struck-through runs marked "~~Pågår~~", as a status changed in the cell shows it; used when
	 * only part of the paragraph is struck (a paragraph struck whole, a control struck from the plan, reads as written).
	 */
	private StringBuilder marked;
	private boolean struckText;
	private boolean plainText;
	private boolean struckRun;
	private boolean listItem;
	/** The list item's level ({@code ilvl}), 0 the outermost. */
	private int listLevel;
	private boolean hiddenRun;
	private boolean superscriptRun;
	/** The run's text colour as {@code RRGGBB}, or {@code null} for automatic. */
	private String runColour;
	/** The run's highlighter colour as {@code RRGGBB}, or {@code null} for none. */
	private String runHighlight;
	private boolean boldRun;
	private boolean cellPending;

	/** @param listStyles the paragraph styles that number or bullet their paragraphs ("List Bullet", "Liststycke") */
	DocxBody(XMLStreamReader xml, DocumentSink sink, Set<String> listStyles) {
		this.xml = xml;
		this.sink = sink;
		this.listStyles = listStyles;
	}

	void walk() throws XMLStreamException {
		while (xml.hasNext()) {
			int event = XmlParts.next(xml);
			if (event == XMLStreamConstants.START_ELEMENT) {
				start();
			}
			else if (event == XMLStreamConstants.END_ELEMENT && WORD.contains(xml.getNamespaceURI())) {
				end(xml.getLocalName());
			}
		}
	}

	private void start() throws XMLStreamException {
		String name = xml.getLocalName();
		if (!WORD.contains(xml.getNamespaceURI())) {
			// Of alternative markup (a text box drawn two ways) only the first choice is read, not its fallback.
			if (COMPATIBILITY.equals(xml.getNamespaceURI()) && name.equals("Fallback")) {
				XmlParts.skipElement(xml);
			}
			return;
		}
		if (cellPending && !name.equals("tcPr")) {
			startCell(Cell.PLAIN);
		}
		if (name.equals("drawing") || name.equals("pict")) {
			textBoxes();
			return;
		}
		if (SKIPPED.contains(name)) {
			XmlParts.skipElement(xml);
			return;
		}
		switch (name) {
			case "tbl" -> sink.startTable();
			case "tr" -> sink.startRow();
			case "gridBefore" -> sink.skipColumns(intValue(0));
			case "tc" -> cellPending = true;
			case "tcPr" -> startCell(cellProperties());
			case "p" -> {
				paragraph = new StringBuilder();
				marked = new StringBuilder();
				struckText = false;
				plainText = false;
				listItem = false;
				listLevel = 0;
			}
			case "pPr" -> listItem = isListItem();
			case "r" -> {
				hiddenRun = false;
				superscriptRun = false;
				runColour = null;
				runHighlight = null;
				boldRun = false;
				struckRun = false;
			}
			case "rPr" -> runProperties();
			case "t" -> text(superscriptRun ? superscript(xml.getElementText()) : xml.getElementText());
			case "tab" -> text("\t");
			case "br", "cr" -> text("\n");
			case "noBreakHyphen" -> text("-");
			case "softHyphen" -> text("\u00AD");
			case "sym" -> text(symbol());
			case "checkBox" -> text(isChecked() ? "☒" : "");
			default -> {
				// Containers (runs, content controls, hyperlinks, inserted text, fields) are read through.
			}
		}
	}

	private void end(String name) {
		switch (name) {
			case "p" -> {
				String text = paragraph == null ? null
						: struckText && plainText ? marked.toString().replace("~~~~", "") : paragraph.toString();
				if (paragraph != null && listItem) {
					sink.listItem(text, listLevel);
				}
				else if (paragraph != null) {
					sink.paragraph(text);
				}
				paragraph = null;
			}
			case "tc" -> {
				if (cellPending) {
					startCell(Cell.PLAIN);
				}
				sink.endCell();
			}
			case "tr" -> sink.endRow();
			case "tbl" -> sink.endTable();
			default -> {
				// Nothing to finish.
			}
		}
	}

	private void startCell(Cell cell) {
		cellPending = false;
		sink.startCell(cell);
	}

	private void text(String text) {
		if (paragraph != null && !hiddenRun) {
			paragraph.append(text);
			marked.append(struckRun && !text.isBlank() ? "~~" + text + "~~" : text);
			struckText |= struckRun && !text.isBlank();
			plainText |= !struckRun && !text.isBlank();
			if (runColour != null && !text.isBlank()) {
				sink.textColour(runColour, text);
			}
			if (boldRun) {
				sink.bold(text);
			}
			if (runHighlight != null && !text.isBlank()) {
				sink.highlight(runHighlight, text);
			}
		}
	}

	/**
	 * The paragraphs of the text boxes in a drawing, each a paragraph of its own where the drawing stands (a title or a
	 * legend set in a box: "G = Genomförd, D = Delvis"); the drawing's shapes and pictures have no text.
	 */
	private void textBoxes() throws XMLStreamException {
		int depth = 1;
		int inBox = 0;
		StringBuilder line = null;
		while (depth > 0) {
			int event = XmlParts.next(xml);
			if (event == XMLStreamConstants.START_ELEMENT) {
				depth++;
				String name = xml.getLocalName();
				boolean word = WORD.contains(xml.getNamespaceURI());
				if (word && name.equals("txbxContent")) {
					inBox++;
				}
				else if (word && inBox > 0 && name.equals("p")) {
					line = new StringBuilder();
				}
				else if (word && line != null && name.equals("t")) {
					line.append(xml.getElementText());
					depth--;
				}
				else if (word && line != null && (name.equals("br") || name.equals("tab"))) {
					line.append(' ');
				}
			}
			else if (event == XMLStreamConstants.END_ELEMENT) {
				depth--;
				boolean word = WORD.contains(xml.getNamespaceURI());
				if (word && xml.getLocalName().equals("txbxContent")) {
					inBox--;
				}
				else if (word && line != null && xml.getLocalName().equals("p")) {
					if (!line.isEmpty() && !line.toString().isBlank()) {
						sink.paragraph(line.toString());
					}
					line = null;
				}
			}
		}
	}

	/** A cell's span, vertical merge and shading, from its {@code tcPr} (not from a tracked change's old one). */
	private Cell cellProperties() throws XMLStreamException {
		int columns = 1;
		VerticalMerge merge = VerticalMerge.NONE;
		String fill = null;
		int depth = 1;
		while (depth > 0) {
			int event = XmlParts.next(xml);
			if (event == XMLStreamConstants.START_ELEMENT && ++depth == 2) {
				switch (xml.getLocalName()) {
					case "gridSpan" -> columns = intValue(1);
					case "vMerge" -> merge = "restart".equals(value()) ? VerticalMerge.RESTART : VerticalMerge.CONTINUE;
					case "shd" -> fill = shading();
					default -> {
						// Widths, borders, alignment: not content.
					}
				}
			}
			else if (event == XMLStreamConstants.END_ELEMENT) {
				depth--;
			}
		}
		return new Cell(columns, 1, merge, fill);
	}

	/** The shading's colour as {@code RRGGBB}: its fill, or its pattern colour when the pattern is solid. */
	private String shading() {
		String pattern = xml.getAttributeValue(xml.getNamespaceURI(), "val");
		String colour = "solid".equals(pattern) ? attribute("color") : attribute("fill");
		if ("nil".equals(pattern) || colour == null || !colour.matches("[0-9A-Fa-f]{6}")) {
			return null; // "auto" and absent mean no shading
		}
		return colour.toUpperCase(Locale.ROOT);
	}

	/**
	 * Whether a paragraph's properties set it in a list: a numbering of its own ({@code numPr} with a {@code numId}
	 * other than 0, which takes a style's list away), or a list style. A tracked change's former properties are not
	 * read.
	 */
	private boolean isListItem() throws XMLStreamException {
		boolean styled = false;
		Boolean numbered = null;
		int depth = 1;
		boolean inNumbering = false;
		while (depth > 0) {
			int event = XmlParts.next(xml);
			if (event == XMLStreamConstants.START_ELEMENT) {
				depth++;
				String name = xml.getLocalName();
				if (depth == 2 && name.equals("pStyle")) {
					styled = listStyles.contains(value());
				}
				else if (depth == 2 && name.equals("numPr")) {
					inNumbering = true;
				}
				else if (depth == 3 && inNumbering && name.equals("numId")) {
					numbered = !"0".equals(value());
				}
				else if (depth == 3 && inNumbering && name.equals("ilvl")) {
					listLevel = intValue(0);
				}
			}
			else if (event == XMLStreamConstants.END_ELEMENT) {
				depth--;
				inNumbering &= depth >= 2;
			}
		}
		return numbered != null ? numbered : styled;
	}

	/**
	 * A run's hidden text ({@code vanish}), superscript ({@code vertAlign}), colour, highlighter, bold and
	 * strike-through, from its {@code rPr}.
	 */
	private void runProperties() throws XMLStreamException {
		int depth = 1;
		while (depth > 0) {
			int event = XmlParts.next(xml);
			if (event == XMLStreamConstants.START_ELEMENT && ++depth == 2) {
				hiddenRun |= xml.getLocalName().equals("vanish") && isOn(value());
				superscriptRun |= xml.getLocalName().equals("vertAlign") && "superscript".equals(value());
				boldRun |= xml.getLocalName().equals("b") && isOn(value());
				struckRun |= (xml.getLocalName().equals("strike") || xml.getLocalName().equals("dstrike")) && isOn(value());
				if (xml.getLocalName().equals("color") && value() != null && value().matches("[0-9A-Fa-f]{6}")) {
					runColour = value().toUpperCase(Locale.ROOT);
				}
				if (xml.getLocalName().equals("highlight") && value() != null) {
					runHighlight = HIGHLIGHTERS.get(value());
				}
			}
			else if (event == XMLStreamConstants.END_ELEMENT) {
				depth--;
			}
		}
	}

	/**
	 * A footnote mark set as superscript ("Bedömning" with a raised 1) keeps its look: "Bedömning¹", not "Bedömning1",
	 * so a heading is not read as naming a first period.
	 */
	private static String superscript(String text) {
		StringBuilder raised = new StringBuilder(text.length());
		for (char c : text.toCharArray()) {
			raised.append(c >= '0' && c <= '9' ? SUPERSCRIPT_DIGITS.charAt(c - '0') : c);
		}
		return raised.toString();
	}

	/** A legacy form checkbox: ticked when it says {@code checked}, or by its default when it does not. */
	private boolean isChecked() throws XMLStreamException {
		Boolean checked = null;
		boolean byDefault = false;
		int depth = 1;
		while (depth > 0) {
			int event = XmlParts.next(xml);
			if (event == XMLStreamConstants.START_ELEMENT) {
				depth++;
				if (xml.getLocalName().equals("checked")) {
					checked = isOn(value());
				}
				else if (xml.getLocalName().equals("default")) {
					byDefault = isOn(value());
				}
			}
			else if (event == XMLStreamConstants.END_ELEMENT) {
				depth--;
			}
		}
		return checked != null ? checked : byDefault;
	}

	private String symbol() {
		String font = String.valueOf(attribute("font")).toLowerCase(Locale.ROOT);
		String code = String.valueOf(attribute("char")).toUpperCase(Locale.ROOT);
		if (!font.contains("wingdings") || code.length() < 2) {
			return "";
		}
		return WINGDINGS.getOrDefault(code.substring(code.length() - 2), "");
	}

	private int intValue(int otherwise) {
		try {
			return Integer.parseInt(String.valueOf(value()).strip());
		}
		catch (NumberFormatException ex) {
			return otherwise;
		}
	}

	private String value() {
		return attribute("val");
	}

	/** A Word attribute, whatever prefix the part binds Word's namespace to. */
	private String attribute(String localName) {
		return XmlParts.attribute(xml, localName);
	}

	private static boolean isOn(String value) {
		return value == null || !(value.equals("0") || value.equals("false") || value.equals("off"));
	}
}
