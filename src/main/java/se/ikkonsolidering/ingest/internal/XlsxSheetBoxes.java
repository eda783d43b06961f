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

	/**
	 * The lines of the sheet's text boxes and comments, and its comments by cell.
	 * @param lines a line per text box paragraph, then one per comment, as written
	 * @param notes each comment by the cell it belongs to, without its author's line
	 */
	record Boxes(List<String> lines, CellNotes notes) {
	}

	static Boxes read(OoxmlPackage pkg, String sheetPart) throws IOException, XMLStreamException {
		List<String> lines = new ArrayList<>();
		for (String drawing : pkg.relatedParts(sheetPart, "drawing")) {
			paragraphs(pkg, drawing, "txBody", "p", lines);
		}
		return new Boxes(lines, comments(pkg, sheetPart, lines));
	}

	/**
	 * The sheet's cell comments ({@code <comment ref="E7">}), read once: each as a line of the boxes and as the note of
	 * its cell.
	 */
	private static CellNotes comments(OoxmlPackage pkg, String sheetPart, List<String> lines)
			throws IOException, XMLStreamException {
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
								&& text != null) {
							String line = text.toString().strip();
							if (!line.isEmpty()) {
								lines.add(line);
							}
							int row = ref == null ? 0 : CellRefs.rowIndex(ref.replaceAll("^[A-Za-z]+", ""), -1) + 1;
							int column = ref == null ? -1 : CellRefs.columnIndex(ref, -1);
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
