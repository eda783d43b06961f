package se.ikkonsolidering.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import se.ikkonsolidering.ingest.internal.CsvSheetReader;
import se.ikkonsolidering.ingest.internal.PoiWorkbookReader;
import se.ikkonsolidering.ingest.internal.XlsxStreamReader;

/**
 * Reads any supported file into a {@link RawWorkbook}, choosing the reader by the file's content. Close the
 * workbook when done with it: .xlsx sheets are streamed from the open file.
 * Every failure becomes a {@link FileRejectedException} with a Swedish explanation.
 */
public final class WorkbookReader {

	private final PoiWorkbookReader poi = new PoiWorkbookReader();
	private final XlsxStreamReader xlsx = new XlsxStreamReader();
	private final CsvSheetReader csv = new CsvSheetReader();

	public RawWorkbook read(Path file) {
		byte[] head = head(file);
		if (head.length == 0) {
			throw new FileRejectedException("Filen är tom (0 byte).",
					"Spara uppföljningen på nytt från Excel och skicka den igen.");
		}
		FileFormat format = FileFormat.sniff(head);
		String name = file.getFileName().toString();
		if (format != FileFormat.UNKNOWN && FileFormat.isOtherDocument(name)) {
			throw new FileRejectedException("Filen är ett dokument av annan typ (" + extension(name)
					+ "), inte ett kalkylark, och kan inte läsas.",
					"Skicka uppföljningen som Excel-fil (.xlsx) eller CSV. PDF- och Word-filer kan inte läsas in.");
		}
		return switch (format) {
			case OOXML -> xlsx.read(file);
			case OLE2 -> poi.read(file, format);
			case TEXT -> csv.read(file);
			case UNKNOWN -> throw new FileRejectedException(
					"Filen är inte ett kalkylark (varken Excel eller CSV) och kan inte läsas.",
					"Skicka uppföljningen som Excel-fil (.xlsx) eller CSV. PDF- och Word-filer kan inte läsas in.");
		};
	}

	private static String extension(String name) {
		int dot = name.lastIndexOf('.');
		return dot < 0 ? "utan filändelse" : name.substring(dot);
	}

	private static byte[] head(Path file) {
		try (InputStream in = Files.newInputStream(file)) {
			return in.readNBytes(512);
		}
		catch (IOException ex) {
			throw new FileRejectedException("Filen kunde inte öppnas: " + ex.getMessage(),
					"Kontrollera att filen inte är öppen i ett annat program och lägg den i inkorgen igen.", ex);
		}
	}
}
