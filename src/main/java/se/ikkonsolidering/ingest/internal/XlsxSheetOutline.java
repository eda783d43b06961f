package se.ikkonsolidering.ingest.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.apache.poi.ss.util.CellRangeAddress;

import se.ikkonsolidering.ingest.DocumentText;

/**
 * What a first pass over an .xlsx sheet learns before its rows are walked: the merged regions (listed after the cell
 * data), how many cells lie beyond Excel's limits, and the print header and footer (after the cells too).
 *
 * @param regions merged regions small enough to spread, by first row
 * @param outside cells beyond row 1,048,576 or column XFD
 * @param texts the print header's and footer's sections, Excel's codes removed
 * @param rules the conditional-formatting rules (listed after the cells too)
 * @param hiddenColumns 0-based columns with {@code <col hidden="1">}
 * @param removedRows 0-based rows the sender hid outside any group of rows and without a filter: taken out, as a
 *        control struck from the plan is, not folded away (a collapsed group) or filtered out (rows a reader clears
 *        the filter to see)
 */
record XlsxSheetOutline(List<CellRangeAddress> regions, int outside, List<DocumentText> texts,
		List<ConditionalRule> rules, Set<Integer> hiddenColumns, Set<Integer> removedRows) {

	/** Excel hides the unused columns right of a table as one run up to XFD; such a run holds nothing to skip. */
	private static final int MAX_HIDDEN_RUN = 1_000;

	private static final Set<String> HEADERS_AND_FOOTERS = Set.of("oddHeader", "oddFooter", "evenHeader", "evenFooter",
			"firstHeader", "firstFooter");

	/** The outline, or {@code null} when the sheet's rows are not in ascending order. */
	static XlsxSheetOutline read(XlsxSheetRows.Part part, CellStyles styles) throws IOException, XMLStreamException {
		List<CellRangeAddress> regions = new ArrayList<>();
		List<DocumentText> texts = new ArrayList<>();
		List<ConditionalRule> rules = new ArrayList<>();
		List<CellRangeAddress> formatted = List.of();
		Set<Integer> hidden = new TreeSet<>();
		Set<Integer> hiddenRows = new TreeSet<>();
		boolean filtered = false;
		int outside = 0;
		try (InputStream in = part.open()) {
			XMLStreamReader xml = XmlParts.open(in);
			try {
				int lastRow = -1;
				while (xml.hasNext()) {
					if (XmlParts.next(xml) != XMLStreamConstants.START_ELEMENT) {
						continue;
					}
					String name = xml.getLocalName();
					if (name.equals("row")) {
						int row = CellRefs.rowIndex(xml.getAttributeValue(null, "r"), lastRow + 1);
						if (row <= lastRow) {
							return null;
						}
						lastRow = row;
						String level = xml.getAttributeValue(null, "outlineLevel");
						if (isOn(xml.getAttributeValue(null, "hidden")) && (level == null || number(level) == 0)) {
							hiddenRows.add(row);
						}
						outside += cellsOutside(xml, row >= XlsxSheetRows.MAX_ROWS);
					}
					else if (name.equals("autoFilter") || name.equals("tablePart")) {
						// The sheet's filter, or an Excel table's (its filter is in the table's own part).
						filtered = true;
					}
					else if (name.equals("col") && isOn(xml.getAttributeValue(null, "hidden"))) {
						hiddenColumns(xml, hidden);
					}
					else if (name.equals("mergeCell")) {
						region(xml.getAttributeValue(null, "ref"), regions);
					}
					else if (name.equals("conditionalFormatting")) {
						formatted = ranges(xml.getAttributeValue(null, "sqref"));
					}
					else if (name.equals("cfRule") && !formatted.isEmpty()) {
						rules.add(rule(xml, formatted, styles));
					}
					else if (HEADERS_AND_FOOTERS.contains(name)) {
						DocumentText.Kind kind = name.endsWith("Header") ? DocumentText.Kind.HEADER
								: DocumentText.Kind.FOOTER;
						HeaderFooterCodes.sections(xml.getElementText()).forEach(t -> texts.add(new DocumentText(kind, t)));
					}
				}
			}
			finally {
				XmlParts.close(xml);
			}
		}
		regions.sort(Comparator.comparingInt(CellRangeAddress::getFirstRow));
		return new XlsxSheetOutline(List.copyOf(regions), outside, List.copyOf(texts), List.copyOf(rules),
				Set.copyOf(hidden), filtered ? Set.of() : Set.copyOf(hiddenRows));
	}

	/** {@code <col min="8" max="8" hidden="1"/>}: 1-based columns; a range over the whole sheet is not a hidden table. */
	private static void hiddenColumns(XMLStreamReader xml, Set<Integer> hidden) {
		int min = number(String.valueOf(xml.getAttributeValue(null, "min")));
		int max = number(String.valueOf(xml.getAttributeValue(null, "max")));
		if (min < 1 || max < min || max - min > MAX_HIDDEN_RUN) {
			return;
		}
		for (int column = min; column <= max; column++) {
			hidden.add(column - 1);
		}
	}

	/** {@code sqref="D4:D13 F4:F13"}: the ranges a conditional format applies to; none when malformed. */
	private static List<CellRangeAddress> ranges(String sqref) {
		List<CellRangeAddress> ranges = new ArrayList<>();
		for (String ref : sqref == null ? new String[0] : sqref.strip().split("\\s+")) {
			try {
				ranges.add(CellRangeAddress.valueOf(ref));
			}
			catch (RuntimeException ex) {
				return List.of();
			}
		}
		return ranges;
	}

	/** One {@code <cfRule>} with its formulas, read to its end. */
	private static ConditionalRule rule(XMLStreamReader xml, List<CellRangeAddress> ranges, CellStyles styles)
			throws XMLStreamException {
		String type = xml.getAttributeValue(null, "type");
		String operator = xml.getAttributeValue(null, "operator");
		String text = xml.getAttributeValue(null, "text");
		String dxf = xml.getAttributeValue(null, "dxfId");
		String priority = xml.getAttributeValue(null, "priority");
		boolean stop = "1".equals(xml.getAttributeValue(null, "stopIfTrue"));
		List<String> formulas = new ArrayList<>();
		int depth = 1;
		while (depth > 0) {
			int event = XmlParts.next(xml);
			if (event == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("formula")) {
				formulas.add(xml.getElementText());
			}
			else if (event == XMLStreamConstants.START_ELEMENT) {
				depth++;
			}
			else if (event == XMLStreamConstants.END_ELEMENT) {
				depth--;
			}
		}
		String fill = dxf == null ? null : styles.conditionalFill(number(dxf));
		return new ConditionalRule(ranges, type == null ? "" : type, operator, text, formulas,
				priority == null ? Integer.MAX_VALUE : number(priority), stop, fill);
	}

	private static boolean isOn(String value) {
		return "1".equals(value) || "true".equals(value);
	}

	private static int number(String value) {
		try {
			return Integer.parseInt(value.strip());
		}
		catch (NumberFormatException ex) {
			return -1;
		}
	}

	/** Cells of the current row beyond Excel's last column (or all of them, on a row beyond its last row). */
	private static int cellsOutside(XMLStreamReader xml, boolean rowOutside) throws XMLStreamException {
		int outside = 0;
		int column = -1;
		int depth = 1;
		while (depth > 0) {
			int event = XmlParts.next(xml);
			if (event == XMLStreamConstants.START_ELEMENT) {
				if (depth == 1 && xml.getLocalName().equals("c")) {
					column = CellRefs.columnIndex(xml.getAttributeValue(null, "r"), column + 1);
					if (rowOutside || column >= XlsxSheetRows.MAX_COLUMNS) {
						outside++;
					}
					XmlParts.skipElement(xml); // the cell's content is read by the walks
				}
				else {
					depth++;
				}
			}
			else if (event == XMLStreamConstants.END_ELEMENT) {
				depth--;
			}
		}
		return outside;
	}

	private static void region(String ref, List<CellRangeAddress> regions) {
		if (ref == null) {
			return;
		}
		try {
			CellRangeAddress region = CellRangeAddress.valueOf(ref);
			if (region.getFirstRow() >= 0 && region.getFirstColumn() >= 0 && CellText.isSpreadable(region)) {
				regions.add(region);
			}
		}
		catch (RuntimeException ex) {
			// A malformed reference merges nothing; the cells keep their own values.
		}
	}
}
