package se.ikkonsolidering.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import se.ikkonsolidering.ingest.internal.CsvSheetReader;
import se.ikkonsolidering.ingest.internal.DocReader;
import se.ikkonsolidering.ingest.internal.DocxReader;
import se.ikkonsolidering.ingest.internal.EmailReader;
import se.ikkonsolidering.ingest.internal.FormatSniffer;
import se.ikkonsolidering.ingest.internal.OdsReader;
import se.ikkonsolidering.ingest.internal.OdtReader;
import se.ikkonsolidering.ingest.internal.HtmlReader;
import se.ikkonsolidering.ingest.internal.RtfReader;
import se.ikkonsolidering.ingest.internal.PoiWorkbookReader;
import se.ikkonsolidering.ingest.internal.TextInOneColumn;
import se.ikkonsolidering.ingest.internal.XlsxStreamReader;

/**
 * Reads any supported file into a {@link RawWorkbook}, choosing the reader by the file's content. Close the
 * workbook when done with it: .xlsx and .ods sheets are streamed from the open file.
 * Every failure becomes a {@link FileRejectedException} with a Swedish explanation.
 */
public final class WorkbookReader {

	private final FormatSniffer sniffer = new FormatSniffer();
	private final PoiWorkbookReader poi = new PoiWorkbookReader();
	private final XlsxStreamReader xlsx = new XlsxStreamReader();
	private final CsvSheetReader csv = new CsvSheetReader();
	private final DocxReader docx = new DocxReader();
	private final DocReader doc = new DocReader();
	private final OdtReader odt = new OdtReader();
	private final RtfReader rtf = new RtfReader();
	private final HtmlReader html = new HtmlReader();
	private final OdsReader ods = new OdsReader();
	private final EmailReader email = new EmailReader();

	public RawWorkbook read(Path file) {
		byte[] head = head(file);
		if (head.length == 0) {
			throw new FileRejectedException("Filen är tom (0 byte).",
					"Spara uppföljningen på nytt och skicka den igen.");
		}
		FileFormat format = sniffer.sniff(file, head);
		return switch (format) {
			// A mail or text file pasted into a sheet, a line a cell: its table cut into cells as in a text file.
			case OOXML -> TextInOneColumn.cut(xlsx.read(file));
			case OLE2 -> TextInOneColumn.cut(poi.read(file, format));
			// The CSV reader tells a table of fields from prose, which it reads as a document.
			case TEXT, PROSE -> csv.read(file);
			case DOCX -> docx.read(file);
			case DOC -> doc.read(file);
			case RTF -> rtf.read(file);
			case HTML -> html.read(file);
			case ODT -> odt.read(file);
			case ODS -> TextInOneColumn.cut(ods.read(file));
			case EMAIL -> email.read(file, head, this::read);
		};
	}

	private static byte[] head(Path file) {
		try (InputStream in = Files.newInputStream(file)) {
			return in.readNBytes(FormatSniffer.HEAD_BYTES);
		}
		catch (IOException ex) {
			throw new FileRejectedException("Filen kunde inte öppnas: " + ex.getMessage(),
					"Kontrollera att filen inte är öppen i ett annat program och lägg den i inkorgen igen.", ex);
		}
	}
}
