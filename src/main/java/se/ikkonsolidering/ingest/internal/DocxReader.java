package se.ikkonsolidering.ingest.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import se.ikkonsolidering.ingest.DocumentText;
import se.ikkonsolidering.ingest.FileFormat;
import se.ikkonsolidering.ingest.RawWorkbook;

/**
 * Reads a Word document (.docx, .docm) as a workbook whose sheets are its tables, with its properties, page headers
 * and footers and first paragraphs as texts for the metadata. The document part is streamed with StAX through POI's
 * zip-bomb-guarded zip reader and the hardened parser every part goes through, never building POI's XWPF object
 * model: the tables' text is kept, not Word's markup around it, which is ten to twenty times larger. Macros in a .docm
 * are never run, only the document's XML is read.
 */
public final class DocxReader {

	public RawWorkbook read(Path file) {
		try (OoxmlPackage pkg = OoxmlPackage.open(file)) {
			DocumentTables tables = new DocumentTables();
			walk(pkg, pkg.mainPart(), tables, DocxListStyles.read(pkg));
			List<DocumentText> texts = new ArrayList<>(OoxmlProperties.read(pkg));
			texts.addAll(paragraphs(pkg, pkg.partsOfType("header"), DocumentText.Kind.HEADER));
			texts.addAll(paragraphs(pkg, pkg.partsOfType("footer"), DocumentText.Kind.FOOTER));
			tables.firstParagraphs().forEach(p -> texts.add(new DocumentText(DocumentText.Kind.PARAGRAPH, p)));
			tables.closingParagraphs().forEach(p -> texts.add(new DocumentText(DocumentText.Kind.CLOSING, p)));
			return new RawWorkbook(FileFormat.DOCX, tables.sheets(), List.of(), texts, () -> {
			});
		}
		catch (IOException | XMLStreamException | RuntimeException ex) {
			throw Rejections.unreadable(ex, OfficeProgram.WORD);
		}
	}

	/** Every paragraph of the header or footer parts, tables included, each once (the first page's header often
	 * repeats the others'). */
	private static List<DocumentText> paragraphs(OoxmlPackage pkg, List<String> parts, DocumentText.Kind kind)
			throws IOException, XMLStreamException {
		Set<String> texts = new LinkedHashSet<>();
		for (String part : parts) {
			walk(pkg, part, new Paragraphs(texts), Set.of());
		}
		return texts.stream().map(t -> new DocumentText(kind, t)).toList();
	}

	private static void walk(OoxmlPackage pkg, String part, DocumentSink sink, Set<String> listStyles)
			throws IOException, XMLStreamException {
		if (!pkg.has(part)) {
			return;
		}
		try (InputStream in = pkg.open(part)) {
			XMLStreamReader xml = XmlParts.open(in);
			try {
				new DocxBody(xml, sink, listStyles).walk();
			}
			finally {
				XmlParts.close(xml);
			}
		}
	}

	/** Collects every non-blank paragraph, in tables or not. */
	private record Paragraphs(Set<String> texts) implements DocumentSink {

		@Override
		public void paragraph(String text) {
			if (!text.isBlank()) {
				texts.add(text.strip());
			}
		}

		@Override
		public void startTable() {
		}

		@Override
		public void endTable() {
		}

		@Override
		public void startRow() {
		}

		@Override
		public void endRow() {
		}

		@Override
		public void skipColumns(int count) {
		}

		@Override
		public void startCell(Cell cell) {
		}

		@Override
		public void endCell() {
		}
	}
}
