package se.ikkonsolidering.ingest.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.xml.stream.XMLStreamException;

import se.ikkonsolidering.ingest.DocumentText;
import se.ikkonsolidering.ingest.FileFormat;
import se.ikkonsolidering.ingest.RawWorkbook;

/**
 * Reads an OpenDocument text (.odt, LibreOffice Writer) as a workbook whose sheets are its tables, exactly as a Word
 * document is read: tables named "Tabell N", headings above each table as its context, title, page headers and
 * footers and first paragraphs as texts.
 */
public final class OdtReader {

	public RawWorkbook read(Path file) {
		try (OdfPackage pkg = OdfPackage.open(file)) {
			OdfStyles styles = OdfStyles.read(pkg);
			DocumentTables tables = new DocumentTables();
			pkg.read("content.xml", xml -> new OdtBody(xml, tables, styles).walk());
			List<DocumentText> texts = new ArrayList<>(OdfDocumentTexts.read(pkg));
			tables.firstParagraphs().forEach(p -> texts.add(new DocumentText(DocumentText.Kind.PARAGRAPH, p)));
			tables.closingParagraphs().forEach(p -> texts.add(new DocumentText(DocumentText.Kind.CLOSING, p)));
			return new RawWorkbook(FileFormat.ODT, tables.sheets(), List.of(), texts, () -> {
			});
		}
		catch (IOException | XMLStreamException | RuntimeException ex) {
			throw Rejections.unreadable(ex, OfficeProgram.OPENDOCUMENT);
		}
	}
}
