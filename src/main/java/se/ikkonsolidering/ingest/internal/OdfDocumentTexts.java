package se.ikkonsolidering.ingest.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import se.ikkonsolidering.ingest.DocumentText;

/**
 * An OpenDocument file's texts outside its tables: title and subject from {@code meta.xml}, page headers and footers
 * from the master pages in {@code styles.xml}.
 */
final class OdfDocumentTexts {

	private static final String DUBLIN_CORE = "http://purl.org/dc/elements/1.1/";

	private OdfDocumentTexts() {
	}

	static List<DocumentText> read(OdfPackage pkg) throws IOException, XMLStreamException {
		List<DocumentText> texts = new ArrayList<>();
		if (pkg.has("meta.xml")) {
			pkg.read("meta.xml", xml -> {
				while (xml.hasNext()) {
					if (XmlParts.next(xml) == XMLStreamConstants.START_ELEMENT
							&& DUBLIN_CORE.equals(xml.getNamespaceURI())) {
						DocumentText.Kind kind = switch (xml.getLocalName()) {
							case "title" -> DocumentText.Kind.TITLE;
							case "subject" -> DocumentText.Kind.SUBJECT;
							default -> null;
						};
						String text = kind == null ? "" : xml.getElementText().strip();
						if (!text.isEmpty()) {
							texts.add(new DocumentText(kind, text));
						}
					}
				}
			});
		}
		Set<String> headers = new LinkedHashSet<>();
		Set<String> footers = new LinkedHashSet<>();
		if (pkg.has("styles.xml")) {
			pkg.read("styles.xml", xml -> {
				Set<String> into = null;
				int depth = 0;
				while (xml.hasNext()) {
					int event = XmlParts.next(xml);
					if (event == XMLStreamConstants.START_ELEMENT && into != null) {
						if (xml.getLocalName().equals("p") || xml.getLocalName().equals("h")) {
							String text = OdfText.paragraph(xml).strip();
							if (!text.isEmpty()) {
								into.add(text);
							}
						}
						else {
							depth++;
						}
					}
					else if (event == XMLStreamConstants.START_ELEMENT && isHeaderOrFooter(xml)) {
						into = xml.getLocalName().startsWith("header") ? headers : footers;
						depth = 0;
					}
					else if (event == XMLStreamConstants.END_ELEMENT && into != null) {
						if (depth == 0) {
							into = null;
						}
						else {
							depth--;
						}
					}
				}
			});
		}
		headers.forEach(t -> texts.add(new DocumentText(DocumentText.Kind.HEADER, t)));
		footers.forEach(t -> texts.add(new DocumentText(DocumentText.Kind.FOOTER, t)));
		return texts;
	}

	/** A master page's {@code style:header}, {@code style:footer-first} and the like; not their page-layout styles. */
	private static boolean isHeaderOrFooter(XMLStreamReader xml) {
		String name = xml.getLocalName();
		return OdfPackage.STYLE.equals(xml.getNamespaceURI()) && (name.startsWith("header") || name.startsWith("footer"))
				&& !name.endsWith("style") && !name.endsWith("properties");
	}
}
