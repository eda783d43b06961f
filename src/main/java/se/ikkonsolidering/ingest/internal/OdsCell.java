package se.ikkonsolidering.ingest.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import se.ikkonsolidering.ingest.CellWords;

/**
 * One {@code table:table-cell} of an OpenDocument spreadsheet, as the .xlsx reader would give it: numbers and dates
 * by their value (8, 2025-03-31) rather than as formatted, other values as their paragraphs joined by line breaks.
 *
 * @param column the first column it stands in
 * @param repeat how many columns it fills with the same content ({@code number-columns-repeated})
 * @param columns how many columns it spans
 * @param rows how many rows it spans
 * @param text its value as text
 * @param fill its background as {@code RRGGBB}, or {@code null}
 * @param error it shows a formula error
 */
record OdsCell(int column, int repeat, int columns, int rows, String text, String fill, boolean error) {

	/**
	 * A blank but coloured run longer than this is the formatting of a whole row or area, not a status colour: Excel
	 * stores such formatting on the row, which the .xlsx reader does not turn into cells either.
	 */
	private static final int MAX_FILLED_RUN = 100;

	/** Reads the cell from its start tag to its end tag; {@code style} is the cell's style, its row's or column's. */
	static OdsCell read(XMLStreamReader xml, int column, String style, OdfStyles styles) throws XMLStreamException {
		int repeat = OdfCells.repeat(xml, "number-columns-repeated");
		int columns = OdfCells.repeat(xml, "number-columns-spanned");
		int rows = OdfCells.repeat(xml, "number-rows-spanned");
		String own = xml.getAttributeValue(OdfPackage.TABLE, "style-name");
		String type = String.valueOf(xml.getAttributeValue(OdfPackage.OFFICE, "value-type"));
		String value = xml.getAttributeValue(OdfPackage.OFFICE, "value");
		String date = xml.getAttributeValue(OdfPackage.OFFICE, "date-value");
		String bool = xml.getAttributeValue(OdfPackage.OFFICE, "boolean-value");
		boolean error = "error".equals(xml.getAttributeValue(OdfPackage.CALCEXT, "value-type"));
		List<String> paragraphs = paragraphs(xml);
		String text = switch (type) {
			case "float", "currency" -> value != null ? number(value) : null;
			case "percentage" -> value != null ? percent(value) : null;
			case "date" -> date != null ? date(date) : null;
			case "boolean" -> bool != null ? CellText.bool("true".equals(bool)) : null;
			default -> null;
		};
		if (text == null || error) {
			text = String.join("\n", paragraphs);
		}
		String cellStyle = own != null ? own : style;
		String fill = styles.fill(cellStyle);
		if (CellWords.isColouredSign(text)) {
			// "●" written in green under a legend of coloured dots: its colour is what the cell says.
			fill = CellWords.shownColour(text, fill, styles.textColour(cellStyle));
		}
		if (text.isBlank() && repeat > MAX_FILLED_RUN) {
			fill = null;
		}
		return new OdsCell(column, repeat, columns, rows, text, fill, error);
	}

	boolean hasText() {
		return !text.isBlank();
	}

	/** The cell's paragraphs; comments attached to it are not its content. */
	private static List<String> paragraphs(XMLStreamReader xml) throws XMLStreamException {
		List<String> paragraphs = new ArrayList<>();
		int depth = 1;
		while (depth > 0) {
			int event = XmlParts.next(xml);
			if (event == XMLStreamConstants.START_ELEMENT) {
				String name = xml.getLocalName();
				if (OdfPackage.TEXT.equals(xml.getNamespaceURI()) && (name.equals("p") || name.equals("h"))) {
					paragraphs.add(OdfText.paragraph(xml));
				}
				else if (name.equals("annotation") || name.equals("frame") || name.equals("custom-shape")) {
					XmlParts.skipElement(xml);
				}
				else {
					depth++;
				}
			}
			else if (event == XMLStreamConstants.END_ELEMENT) {
				depth--;
			}
		}
		return paragraphs;
	}

	private static String number(String value) {
		try {
			return CellText.number(Double.parseDouble(value), null);
		}
		catch (NumberFormatException ex) {
			return value;
		}
	}

	private static String percent(String value) {
		try {
			return CellText.percent(Double.parseDouble(value));
		}
		catch (NumberFormatException ex) {
			return value;
		}
	}

	private static String date(String value) {
		try {
			LocalDateTime when = value.length() <= 10 ? LocalDate.parse(value).atStartOfDay() : LocalDateTime.parse(value);
			return CellText.number(0, when);
		}
		catch (DateTimeParseException ex) {
			return value;
		}
	}
}
