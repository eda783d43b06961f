package se.ikkonsolidering.ingest.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.apache.poi.xssf.usermodel.XSSFRichTextString;

/**
 * The workbook's shared strings, one {@code String} per entry, so every cell that uses an entry shares it. Rich
 * text runs are joined and phonetic guides dropped, as Excel displays them.
 */
final class SharedStringTable {

	private final List<String> strings;

	private SharedStringTable(List<String> strings) {
		this.strings = strings;
	}

	static SharedStringTable read(OoxmlPackage pkg) throws IOException, XMLStreamException {
		String part = pkg.partOfType("sharedStrings");
		List<String> strings = new ArrayList<>();
		if (!pkg.has(part)) {
			return new SharedStringTable(strings);
		}
		try (InputStream in = pkg.open(part)) {
			XMLStreamReader xml = XmlParts.open(in);
			try {
				while (xml.hasNext()) {
					if (XmlParts.next(xml) == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("si")) {
						strings.add(decode(XmlParts.richText(xml)));
					}
				}
			}
			finally {
				XmlParts.close(xml);
			}
		}
		return new SharedStringTable(strings);
	}

	/** The entry, or empty for an index the table does not have (as a damaged file might hold). */
	String get(String index) {
		try {
			int i = Integer.parseInt(index.strip());
			return i >= 0 && i < strings.size() ? strings.get(i) : "";
		}
		catch (NumberFormatException ex) {
			return "";
		}
	}

	/** Excel escapes control characters as {@code _x000D_}; POI's rich text decodes them the way Excel does. */
	static String decode(String text) {
		return text.contains("_x") ? new XSSFRichTextString(text).getString() : text;
	}
}
