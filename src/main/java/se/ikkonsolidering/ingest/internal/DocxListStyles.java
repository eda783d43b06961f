package se.ikkonsolidering.ingest.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The paragraph styles of a Word document's {@code styles.xml} that set their paragraphs in a list: "List Bullet"
 * carries its numbering in the style, not in each paragraph, as do styles based on it.
 */
final class DocxListStyles {

	private DocxListStyles() {
	}

	static Set<String> read(OoxmlPackage pkg) throws IOException, XMLStreamException {
		String part = pkg.partOfType("styles");
		if (!pkg.has(part)) {
			return Set.of();
		}
		Map<String, String> basedOn = new HashMap<>();
		Map<String, Boolean> numbered = new HashMap<>();
		try (InputStream in = pkg.open(part)) {
			XMLStreamReader xml = XmlParts.open(in);
			try {
				String style = null;
				boolean inProperties = false;
				boolean inNumbering = false;
				while (xml.hasNext()) {
					int event = XmlParts.next(xml);
					if (event == XMLStreamConstants.START_ELEMENT) {
						switch (xml.getLocalName()) {
							case "style" -> style = "paragraph".equals(XmlParts.attribute(xml, "type")) ? XmlParts.attribute(xml, "styleId")
									: null;
							case "basedOn" -> {
								if (style != null) {
									basedOn.put(style, XmlParts.attribute(xml, "val"));
								}
							}
							case "pPr" -> inProperties = style != null;
							case "numPr" -> inNumbering = inProperties;
							case "numId" -> {
								if (inNumbering) {
									numbered.put(style, !"0".equals(XmlParts.attribute(xml, "val")));
								}
							}
							case "pPrChange" -> XmlParts.skipElement(xml);
							default -> {
								// Run properties, names, spacing: not a list.
							}
						}
					}
					else if (event == XMLStreamConstants.END_ELEMENT) {
						switch (xml.getLocalName()) {
							case "style" -> style = null;
							case "pPr" -> inProperties = false;
							case "numPr" -> inNumbering = false;
							default -> {
								// Nothing to finish.
							}
						}
					}
				}
			}
			finally {
				XmlParts.close(xml);
			}
		}
		Set<String> lists = new HashSet<>();
		for (String style : union(basedOn.keySet(), numbered.keySet())) {
			if (isList(style, basedOn, numbered)) {
				lists.add(style);
			}
		}
		return Set.copyOf(lists);
	}

	/** The style's own numbering, or the nearest style's it is based on (a chain cut short against loops). */
	private static boolean isList(String style, Map<String, String> basedOn, Map<String, Boolean> numbered) {
		String current = style;
		for (int step = 0; current != null && step < 10; step++) {
			Boolean own = numbered.get(current);
			if (own != null) {
				return own;
			}
			current = basedOn.get(current);
		}
		return false;
	}

	private static Set<String> union(Set<String> a, Set<String> b) {
		Set<String> all = new HashSet<>(a);
		all.addAll(b);
		return all;
	}
}
