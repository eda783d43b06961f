package se.ikkonsolidering.ingest.internal;

import java.io.InputStream;

import javax.xml.stream.StreamFilter;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.codehaus.stax2.XMLStreamReader2;

import com.ctc.wstx.stax.WstxInputFactory;

/**
 * StAX readers for the parts of an .xlsx package, hardened as POI hardens its own (no DTDs, no external
 * entities). A part that declares a DTD at all is refused: Excel never writes one.
 */
final class XmlParts {

	private static final XMLInputFactory FACTORY = factory();

	private XmlParts() {
	}

	/**
	 * Woodstox rather than the JDK's parser: it reads sheet XML about twice as fast. Set up as POI sets up its own
	 * StAX factories: namespace-aware, no DTD support, no external entities. Entity references are replaced, which
	 * without a DTD leaves only XML's five predefined ones: any other ({@code &lol9;}) is then an error, where an
	 * unreplaced reference came back as stale text from the parser's buffer ("Kontroll av Kontroll av").
	 */
	private static XMLInputFactory factory() {
		XMLInputFactory factory = new WstxInputFactory();
		factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
		factory.setProperty(XMLInputFactory.IS_VALIDATING, false);
		factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
		factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
		factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, true);
		return factory;
	}

	static XMLStreamReader open(InputStream in) throws XMLStreamException {
		return FACTORY.createXMLStreamReader(in);
	}

	/** The reader's events that the filter accepts; the DOCTYPE check and {@link #skipElement} still work on it. */
	static XMLStreamReader filtered(XMLStreamReader xml, StreamFilter filter) throws XMLStreamException {
		return FACTORY.createFilteredReader(xml, filter);
	}

	/** Next event, refusing a DOCTYPE wherever it appears. */
	static int next(XMLStreamReader xml) throws XMLStreamException {
		int event = xml.next();
		if (event == XMLStreamConstants.DTD) {
			throw new XMLStreamException("DOCTYPE is not allowed in a workbook part");
		}
		return event;
	}

	/** Skips the current element and its content: Woodstox checks it is well-formed without building events. */
	static void skipElement(XMLStreamReader xml) throws XMLStreamException {
		((XMLStreamReader2) xml).skipElement();
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

	/** An attribute by its local name, whatever prefix the part binds its namespace to; {@code null} when absent. */
	static String attribute(XMLStreamReader xml, String localName) {
		for (int i = 0; i < xml.getAttributeCount(); i++) {
			if (xml.getAttributeLocalName(i).equals(localName)) {
				return xml.getAttributeValue(i);
			}
		}
		return null;
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
