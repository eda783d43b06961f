package se.ikkonsolidering.ingest.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.poi.openxml4j.util.ZipSecureFile;

/**
 * The parts of an OpenDocument file (.ods, .odt): {@code content.xml}, {@code styles.xml}, {@code meta.xml}. Opened
 * with POI's {@link ZipSecureFile}, so the zip-bomb guard checks every byte read, and every part is parsed by the
 * hardened StAX reader of {@link XmlParts}: no DTD, no external entities.
 */
final class OdfPackage implements AutoCloseable {

	static final String OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
	static final String TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
	static final String TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
	static final String STYLE = "urn:oasis:names:tc:opendocument:xmlns:style:1.0";
	static final String FO = "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0";
	static final String CALCEXT = "urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0";

	private final ZipSecureFile zip;

	private OdfPackage(ZipSecureFile zip) {
		this.zip = zip;
	}

	static OdfPackage open(Path file) throws IOException {
		return new OdfPackage(NativeNames.open(file, ZipSecureFile::new));
	}

	boolean has(String part) {
		return zip.getEntry(part) != null;
	}

	InputStream open(String part) throws IOException {
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
				reader.read(xml);
			}
			finally {
				XmlParts.close(xml);
			}
		}
	}

	@Override
	public void close() throws IOException {
		zip.close();
	}

	@FunctionalInterface
	interface PartReader {

		void read(XMLStreamReader xml) throws XMLStreamException;
	}
}
