package se.ikkonsolidering.ingest.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import se.ikkonsolidering.ingest.CellNotes;

/**
 * The text of a sheet's text boxes (the drawing's shapes with text) and of its cell comments, a line per paragraph:
 * senders put a legend there ("Bedömningsskala / 3 = Genomförd utan anmärkning / …"). Read with the same guarded
 * parser as every other part.
 */
final class XlsxSheetBoxes {

	private XlsxSheetBoxes() {
	}

	static List<String> read(OoxmlPackage pkg, String sheetPart) throws IOException, XMLStreamException {
		List<String> lines = new ArrayList<>();
		for (String drawing : pkg.relatedParts(sheetPart, "drawing")) {
			paragraphs(pkg, drawing, "txBody", "p", lines);
		}
		for (String comments : pkg.relatedParts(sheetPart, "comments")) {
			paragraphs(pkg, comments, "comment", "comment", lines);
		}
		return lines;
	}

	/** The sheet's cell comments by the cell they belong to ({@code <comment ref="E7">}), each as one text. */
	static CellNotes notes(OoxmlPackage pkg, String sheetPart) throws IOException, XMLStreamException {
		CellNotes.Builder notes = new CellNotes.Builder();
		for (String part : pkg.relatedParts(sheetPart, "comments")) {
			if (!pkg.has(part)) {
				continue;
			}
			try (InputStream in = pkg.open(part)) {
				XMLStreamReader xml = XmlParts.open(in);
				try {
					String ref = null;
					StringBuilder text = null;
					while (xml.hasNext()) {
						int event = XmlParts.next(xml);
						if (event == XMLStreamConstants.START_ELEMENT) {
							if (xml.getLocalName().equals("comment")) {
								ref = xml.getAttributeValue(null, "ref");
								text = new StringBuilder();
							}
							else if (text != null && xml.getLocalName().equals("t")) {
								text.append(xml.getElementText());
							}
						}
						else if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("comment")
								&& ref != null && text != null) {
							int row = CellRefs.rowIndex(ref.replaceAll("^[A-Za-z]+", ""), -1) + 1;
							int column = CellRefs.columnIndex(ref, -1);
							if (row > 0 && column >= 0) {
								notes.add(row, column, NoteText.withoutAuthor(text.toString()));
							}
							ref = null;
							text = null;
						}
					}
				}
				finally {
					XmlParts.close(xml);
				}
			}
		}
		return notes.build();
	}

	/** Each {@code paragraph} element inside a {@code container} element of the part, as a line of its text. */
	private static void paragraphs(OoxmlPackage pkg, String part, String container, String paragraph, List<String> lines)
			throws IOException, XMLStreamException {
		if (!pkg.has(part)) {
			return;
		}
		try (InputStream in = pkg.open(part)) {
			XMLStreamReader xml = XmlParts.open(in);
			try {
				int depth = 0;
				StringBuilder line = null;
				while (xml.hasNext()) {
					int event = XmlParts.next(xml);
					if (event == XMLStreamConstants.START_ELEMENT) {
						String name = xml.getLocalName();
						if (name.equals(container)) {
							depth++;
						}
						if (depth > 0 && name.equals(paragraph)) {
							line = new StringBuilder();
						}
						else if (line != null && name.equals("t")) {
							line.append(xml.getElementText());
						}
					}
					else if (event == XMLStreamConstants.END_ELEMENT) {
						String name = xml.getLocalName();
						if (line != null && name.equals(paragraph)) {
							String text = line.toString().strip();
							if (!text.isEmpty()) {
								lines.add(text);
							}
							line = null;
						}
						if (name.equals(container)) {
							depth--;
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
