package se.ikkonsolidering.ingest.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.poi.openxml4j.util.ZipSecureFile;

import se.ikkonsolidering.ingest.FileFormat;

/**
 * What a zip file holds: an Office Open XML package (its main part's content type says spreadsheet, Word document or
 * presentation), an OpenDocument file (its {@code mimetype} entry says which), or just an archive. Read through POI's
 * {@link ZipSecureFile}, so the zip-bomb guard applies here too.
 */
final class ZipContents {

	private static final String ODF = "application/vnd.oasis.opendocument.";

	FileFormat format(Path file, OfficeProgram guess) {
		try (ZipSecureFile zip = NativeNames.open(file, ZipSecureFile::new)) {
			if (zip.getEntry("mimetype") != null) {
				return openDocument(zip);
			}
			if (zip.getEntry("[Content_Types].xml") != null) {
				return officeOpenXml(zip);
			}
			throw Unreadable.ZIP.rejection();
		}
		catch (IOException | XMLStreamException | RuntimeException ex) {
			throw Rejections.unreadable(ex, guess);
		}
	}

	private static FileFormat openDocument(ZipSecureFile zip) throws IOException, XMLStreamException {
		String type;
		try (InputStream in = zip.getInputStream(zip.getEntry("mimetype"))) {
			type = new String(in.readNBytes(200), StandardCharsets.US_ASCII).strip();
		}
		if (!type.startsWith(ODF)) {
			throw Unreadable.ZIP.rejection();
		}
		String kind = type.substring(ODF.length());
		if (kind.startsWith("presentation")) {
			throw Unreadable.PRESENTATION.rejection();
		}
		if (!kind.startsWith("spreadsheet") && !kind.startsWith("text")) {
			throw Unreadable.UNKNOWN.rejection();
		}
		if (hasElement(zip, "META-INF/manifest.xml", "encryption-data")) {
			throw Rejections.encrypted(OfficeProgram.OPENDOCUMENT);
		}
		return kind.startsWith("spreadsheet") ? FileFormat.ODS : FileFormat.ODT;
	}

	/** The package's main part, told by its content type, or by its usual place when the types leave it out. */
	private static FileFormat officeOpenXml(ZipSecureFile zip) throws IOException, XMLStreamException {
		String main = mainContentType(zip);
		if (main.contains("spreadsheetml") || main.contains("ms-excel") || zip.getEntry("xl/workbook.xml") != null) {
			if (main.contains("binary")) {
				throw Unreadable.EXCEL_BINARY.rejection();
			}
			return FileFormat.OOXML;
		}
		if (main.contains("wordprocessingml") || main.contains("ms-word")
				|| zip.getEntry("word/document.xml") != null) {
			return FileFormat.DOCX;
		}
		if (main.contains("presentationml") || main.contains("ms-powerpoint")
				|| zip.getEntry("ppt/presentation.xml") != null) {
			throw Unreadable.PRESENTATION.rejection();
		}
		throw Unreadable.UNKNOWN.rejection();
	}

	/** The content type of the part that {@code [Content_Types].xml} marks as a main part, or "". */
	private static String mainContentType(ZipSecureFile zip) throws IOException, XMLStreamException {
		try (InputStream in = zip.getInputStream(zip.getEntry("[Content_Types].xml"))) {
			XMLStreamReader xml = XmlParts.open(in);
			try {
				while (xml.hasNext()) {
					if (XmlParts.next(xml) == XMLStreamConstants.START_ELEMENT
							&& xml.getLocalName().equals("Override")) {
						String type = String.valueOf(xml.getAttributeValue(null, "ContentType")).toLowerCase(Locale.ROOT);
						if (type.endsWith(".main+xml") || type.endsWith(".main")) {
							return type;
						}
					}
				}
			}
			finally {
				XmlParts.close(xml);
			}
		}
		return "";
	}

	private static boolean hasElement(ZipSecureFile zip, String part, String localName)
			throws IOException, XMLStreamException {
		ZipArchiveEntry entry = zip.getEntry(part);
		if (entry == null) {
			return false;
		}
		try (InputStream in = zip.getInputStream(entry)) {
			XMLStreamReader xml = XmlParts.open(in);
			try {
				while (xml.hasNext()) {
					if (XmlParts.next(xml) == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals(localName)) {
						return true;
					}
				}
				return false;
			}
			finally {
				XmlParts.close(xml);
			}
		}
	}
}
