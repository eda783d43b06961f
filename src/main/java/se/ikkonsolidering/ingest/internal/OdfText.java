package se.ikkonsolidering.ingest.internal;

import java.util.Set;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The text of one OpenDocument paragraph ({@code text:p}, {@code text:h}) as shown: spans, links and fields read
 * through, {@code text:s} as spaces, tabs and line breaks kept; comments, footnotes and drawings, which are not part
 * of the line, skipped.
 */
final class OdfText {

	private static final Set<String> SKIPPED = Set.of("annotation", "annotation-end", "note", "frame", "custom-shape",
			"rect", "line", "ellipse", "bookmark-ref", "ruby-text");
	private static final int MAX_SPACES = 1_000;

	private OdfText() {
	}

	/** Reads from the paragraph's start tag to its end tag. */
	static String paragraph(XMLStreamReader xml) throws XMLStreamException {
		StringBuilder text = new StringBuilder();
		int depth = 1;
		while (depth > 0) {
			int event = XmlParts.next(xml);
			if (event == XMLStreamConstants.START_ELEMENT) {
				String name = xml.getLocalName();
				if (SKIPPED.contains(name)) {
					XmlParts.skipElement(xml);
					continue;
				}
				depth++;
				if (OdfPackage.TEXT.equals(xml.getNamespaceURI())) {
					switch (name) {
						case "s" -> text.append(" ".repeat(Math.min(MAX_SPACES, count(xml))));
						case "tab" -> text.append('\t');
						case "line-break" -> text.append('\n');
						default -> {
							// Spans, links and fields: their text is what is shown.
						}
					}
				}
			}
			else if (event == XMLStreamConstants.END_ELEMENT) {
				depth--;
			}
			else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
					|| event == XMLStreamConstants.SPACE) {
				// OpenDocument collapses white space in the XML; kept spaces are written as <text:s/>.
				text.append(xml.getText().replaceAll("[ \\t\\r\\n]+", " "));
			}
		}
		return text.toString();
	}

	private static int count(XMLStreamReader xml) {
		try {
			return Math.max(1, Integer.parseInt(String.valueOf(xml.getAttributeValue(OdfPackage.TEXT, "c"))));
		}
		catch (NumberFormatException ex) {
			return 1;
		}
	}
}
