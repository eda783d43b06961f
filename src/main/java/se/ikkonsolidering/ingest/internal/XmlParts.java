package se.ikkonsolidering.ingest.internal;

import java.io.InputStream;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.apache.poi.util.XMLHelper;

/**
 * StAX readers for the parts of an .xlsx package, configured by POI's hardened factory (no DTDs, no external
 * entities). A part that declares a DTD at all is refused: Excel never writes one.
 */
final class XmlParts {

	private static final XMLInputFactory FACTORY = XMLHelper.newXMLInputFactory();

	private XmlParts() {
	}

	static XMLStreamReader open(InputStream in) throws XMLStreamException {
		return FACTORY.createXMLStreamReader(in);
	}

	/** Next event, refusing a DOCTYPE wherever it appears. */
	static int next(XMLStreamReader xml) throws XMLStreamException {
		int event = xml.next();
		if (event == XMLStreamConstants.DTD) {
			throw new XMLStreamException("DOCTYPE is not allowed in a workbook part");
		}
		return event;
	}

	/** The text of the current element's {@code <t>} descendants, skipping phonetic runs ({@code <rPh>}). */
	static String richText(XMLStreamReader xml) throws XMLStreamException {
		StringBuilder text = new StringBuilder();
		int depth = 1;
		int phonetic = 0;
		while (depth > 0) {
			int event = next(xml);
			if (event == XMLStreamConstants.START_ELEMENT) {
				depth++;
				String name = xml.getLocalName();
				if (name.equals("rPh")) {
					phonetic = depth;
				}
				else if (name.equals("t") && phonetic == 0) {
					text.append(xml.getElementText());
					depth--;
				}
			}
			else if (event == XMLStreamConstants.END_ELEMENT) {
				if (depth == phonetic) {
					phonetic = 0;
				}
				depth--;
			}
		}
		return text.toString();
	}

	static void close(XMLStreamReader xml) {
		try {
			xml.close();
		}
		catch (XMLStreamException ex) {
			// A reader over a read-only package part; closing it cannot lose anything.
		}
	}
}
