package se.ikkonsolidering.ingest;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes OpenDocument files from hand-written XML, as LibreOffice lays them out: the {@code mimetype} entry first and
 * stored, then {@code content.xml} and the other parts. Parts are given without their namespace declarations.
 */
public final class OpenDocument {

	public static final String SPREADSHEET = "application/vnd.oasis.opendocument.spreadsheet";
	public static final String TEXT = "application/vnd.oasis.opendocument.text";
	private static final String NAMESPACES = " xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
			+ " xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\""
			+ " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\""
			+ " xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\""
			+ " xmlns:fo=\"urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0\""
			+ " xmlns:dc=\"http://purl.org/dc/elements/1.1/\""
			+ " xmlns:meta=\"urn:oasis:names:tc:opendocument:xmlns:meta:1.0\""
			+ " xmlns:draw=\"urn:oasis:names:tc:opendocument:xmlns:drawing:1.0\""
			+ " xmlns:calcext=\"urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0\""
			+ " office:version=\"1.3\"";

	private final String mimetype;
	private final Map<String, String> parts = new LinkedHashMap<>();

	private OpenDocument(String mimetype) {
		this.mimetype = mimetype;
	}

	/** A spreadsheet whose body ({@code office:spreadsheet}) holds the given sheets. */
	public static OpenDocument spreadsheet(String automaticStyles, String tables) {
		return new OpenDocument(SPREADSHEET).content(automaticStyles, "<office:spreadsheet>" + tables
				+ "</office:spreadsheet>");
	}

	/** A text document whose body ({@code office:text}) holds the given paragraphs and tables. */
	public static OpenDocument text(String automaticStyles, String body) {
		return new OpenDocument(TEXT).content(automaticStyles, "<office:text>" + body + "</office:text>");
	}

	private OpenDocument content(String automaticStyles, String body) {
		parts.put("content.xml", document("document-content", "<office:automatic-styles>" + automaticStyles
				+ "</office:automatic-styles><office:body>" + body + "</office:body>"));
		return this;
	}

	/** Named styles and master pages ({@code styles.xml}): the inside of {@code office:document-styles}. */
	public OpenDocument styles(String inside) {
		parts.put("styles.xml", document("document-styles", inside));
		return this;
	}

	/** The inside of {@code office:meta} in {@code meta.xml}. */
	public OpenDocument meta(String inside) {
		parts.put("meta.xml", document("document-meta", "<office:meta>" + inside + "</office:meta>"));
		return this;
	}

	/** Any other part, as it stands. */
	public OpenDocument part(String name, String xml) {
		parts.put(name, xml);
		return this;
	}

	public Path save(Path file) throws IOException {
		try (OutputStream raw = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(raw)) {
			byte[] type = mimetype.getBytes(StandardCharsets.US_ASCII);
			ZipEntry entry = new ZipEntry("mimetype");
			entry.setMethod(ZipEntry.STORED);
			entry.setSize(type.length);
			CRC32 crc = new CRC32();
			crc.update(type);
			entry.setCrc(crc.getValue());
			zip.putNextEntry(entry);
			zip.write(type);
			zip.closeEntry();
			for (Map.Entry<String, String> part : parts.entrySet()) {
				zip.putNextEntry(new ZipEntry(part.getKey()));
				zip.write(part.getValue().getBytes(StandardCharsets.UTF_8));
				zip.closeEntry();
			}
		}
		return file;
	}

	/**
	 * The same document as LibreOffice's "Flat XML" (.fods, .fodt) saves it: one XML document, its meta, styles and
	 * content sections in that order.
	 */
	public Path saveFlat(Path file) throws IOException {
		StringBuilder inside = new StringBuilder();
		for (String part : List.of("meta.xml", "styles.xml", "content.xml")) {
			String xml = parts.get(part);
			if (xml != null) {
				inside.append(xml, xml.indexOf('>', xml.indexOf("<office:")) + 1, xml.lastIndexOf("</office:"));
			}
		}
		Files.writeString(file, "<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document" + NAMESPACES
				+ " office:mimetype=\"" + mimetype + "\">" + inside + "</office:document>");
		return file;
	}

	private static String document(String root, String inside) {
		return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:" + root + NAMESPACES + ">" + inside + "</office:"
				+ root + ">";
	}
}
