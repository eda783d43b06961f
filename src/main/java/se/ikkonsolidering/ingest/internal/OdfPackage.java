package se.ikkonsolidering.ingest.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import javax.xml.stream.StreamFilter;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.poi.openxml4j.util.ZipSecureFile;

/**
 * The parts of an OpenDocument file (.ods, .odt): {@code content.xml}, {@code styles.xml}, {@code meta.xml}. Opened
 * with POI's {@link ZipSecureFile}, so the zip-bomb guard checks every byte read, and every part is parsed by the
 * hardened StAX reader of {@link XmlParts}: no DTD, no external entities. A flat OpenDocument file (.fods, .fodt, as
 * LibreOffice saves "Flat XML") holds the same parts as sections of one XML document; each part is read as that
 * document with the other parts' sections left out.
 */
final class OdfPackage implements AutoCloseable {

	static final String OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
	static final String TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
	static final String TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
	static final String STYLE = "urn:oasis:names:tc:opendocument:xmlns:style:1.0";
	static final String FO = "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0";
	static final String CALCEXT = "urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0";

	/** The sections of a flat document, each the content of one part of a packaged one. */
	private static final Set<String> SECTIONS = Set.of("meta", "settings", "scripts", "font-face-decls", "styles",
			"automatic-styles", "master-styles", "body");

	private final ZipSecureFile zip;
	private final Path flat;

	private OdfPackage(ZipSecureFile zip, Path flat) {
		this.zip = zip;
		this.flat = flat;
	}

	static OdfPackage open(Path file) throws IOException {
		byte[] head = new byte[4];
		try (InputStream in = Files.newInputStream(file)) {
			if (in.readNBytes(head, 0, head.length) < head.length || head[0] != 'P' || head[1] != 'K') {
				return new OdfPackage(null, file);
			}
		}
		return new OdfPackage(NativeNames.open(file, ZipSecureFile::new), null);
	}

	boolean has(String part) {
		return flat != null || zip.getEntry(part) != null;
	}

	InputStream open(String part) throws IOException {
		if (flat != null) {
			return Files.newInputStream(flat);
		}
		ZipArchiveEntry entry = zip.getEntry(part);
		if (entry == null) {
			throw new IOException("The package has no part " + part);
		}
		return zip.getInputStream(entry);
	}

	/** Reads a part with the hardened parser, closing it afterwards. */
	void read(String part, PartReader reader) throws IOException, XMLStreamException {
		try (InputStream in = open(part)) {
			XMLStreamReader xml = XmlParts.open(in);
			try {
				reader.read(flat == null ? xml : XmlParts.filtered(xml, new PartOfFlat(part)));
			}
			finally {
				XmlParts.close(xml);
			}
		}
	}

	@Override
	public void close() throws IOException {
		if (zip != null) {
			zip.close();
		}
	}

	@FunctionalInterface
	interface PartReader {

		void read(XMLStreamReader xml) throws XMLStreamException;
	}

	/**
	 * A part of a flat document: its own sections, the others' skipped. "styles.xml" keeps the master pages, whose
	 * print headers name the nämnd; "content.xml" keeps the body, which would otherwise follow them.
	 */
	private static final class PartOfFlat implements StreamFilter {

		private final Set<String> kept;
		private String skipping;

		PartOfFlat(String part) {
			this.kept = switch (part) {
				case "content.xml" -> Set.of("font-face-decls", "automatic-styles", "body");
				case "styles.xml" -> Set.of("font-face-decls", "styles", "automatic-styles", "master-styles");
				case "meta.xml" -> Set.of("meta");
				default -> Set.of();
			};
		}

		@Override
		public boolean accept(XMLStreamReader xml) {
			int event = xml.getEventType();
			boolean section = (event == XMLStreamConstants.START_ELEMENT || event == XMLStreamConstants.END_ELEMENT)
					&& OFFICE.equals(xml.getNamespaceURI()) && SECTIONS.contains(xml.getLocalName());
			if (section && event == XMLStreamConstants.START_ELEMENT && skipping == null
					&& !kept.contains(xml.getLocalName())) {
				skipping = xml.getLocalName();
				return false;
			}
			if (section && event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals(skipping)) {
				skipping = null;
				return false;
			}
			return skipping == null;
		}
	}
}
