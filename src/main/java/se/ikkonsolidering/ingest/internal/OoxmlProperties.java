package se.ikkonsolidering.ingest.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import se.ikkonsolidering.ingest.DocumentText;

/**
 * The title, subject and company an Office file's properties hold ({@code docProps/core.xml}, {@code app.xml}):
 * where a template's author often writes the nämnd and the year.
 */
final class OoxmlProperties {

	private static final Map<String, DocumentText.Kind> CORE = Map.of("title", DocumentText.Kind.TITLE, "subject",
			DocumentText.Kind.SUBJECT);
	private static final Map<String, DocumentText.Kind> APP = Map.of("Company", DocumentText.Kind.COMPANY);

	private OoxmlProperties() {
	}

	/** Title, subject and company, in that order, those the file has. */
	static List<DocumentText> read(OoxmlPackage pkg) throws IOException, XMLStreamException {
		List<DocumentText> texts = new ArrayList<>();
		read(pkg, pkg.packagePartOfType("core-properties"), CORE, texts);
		read(pkg, pkg.packagePartOfType("extended-properties"), APP, texts);
		texts.sort(Comparator.comparing(DocumentText::kind));
		return texts;
	}

	private static void read(OoxmlPackage pkg, String part, Map<String, DocumentText.Kind> wanted,
			List<DocumentText> texts) throws IOException, XMLStreamException {
		if (!pkg.has(part)) {
			return;
		}
		try (InputStream in = pkg.open(part)) {
			XMLStreamReader xml = XmlParts.open(in);
			try {
				while (xml.hasNext()) {
					if (XmlParts.next(xml) == XMLStreamConstants.START_ELEMENT
							&& wanted.containsKey(xml.getLocalName())) {
						DocumentText.Kind kind = wanted.get(xml.getLocalName());
						String text = xml.getElementText().strip();
						if (!text.isEmpty()) {
							texts.add(new DocumentText(kind, text));
						}
					}
				}
			}
			finally {
				XmlParts.close(xml);
			}
		}
	}
}
