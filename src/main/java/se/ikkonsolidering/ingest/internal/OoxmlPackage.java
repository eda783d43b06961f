package se.ikkonsolidering.ingest.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.poi.openxml4j.util.ZipSecureFile;

/**
 * The parts of an .xlsx or .docx file, found through its relationship parts the way Excel and Word link them. Opened
 * with POI's {@link ZipSecureFile}, so POI's zip-bomb guard (inflation ratio, entry size) checks every byte read. This
 * is all the package handling the readers need; POI's full package model costs more than reading the cells.
 */
final class OoxmlPackage implements AutoCloseable {

	private final ZipSecureFile zip;
	private final String main;
	/** Package-level relationship type (last path segment, e.g. "core-properties") to part names. */
	private final Map<String, List<String>> rootByType = new HashMap<>();
	/** Relationship id to part name, for the main part's relationships. */
	private final Map<String, String> targets = new HashMap<>();
	/** Relationship type (last path segment, e.g. "styles", "header") to part names, for the main part. */
	private final Map<String, List<String>> byType = new HashMap<>();

	private OoxmlPackage(ZipSecureFile zip) throws IOException, XMLStreamException {
		this.zip = zip;
		relationships("_rels/.rels", "", new HashMap<>(), rootByType);
		this.main = first(rootByType, "officeDocument");
		if (this.main == null) {
			throw new IOException("The package names no main part (no officeDocument relationship)");
		}
		relationships(relationshipsOf(main), folderOf(main), targets, byType);
	}

	static OoxmlPackage open(Path file) throws IOException, XMLStreamException {
		ZipSecureFile zip = NativeNames.open(file, ZipSecureFile::new);
		try {
			return new OoxmlPackage(zip);
		}
		catch (IOException | XMLStreamException | RuntimeException ex) {
			zip.close();
			throw ex;
		}
	}

	/** The workbook part of an .xlsx, the document part of a .docx. */
	String mainPart() {
		return main;
	}

	/** The part a relationship id of the main part points to, or {@code null}. */
	String target(String relationId) {
		return relationId == null ? null : targets.get(relationId);
	}

	/** The main part's part of a type such as {@code styles}, {@code sharedStrings} or {@code theme}, or {@code null}. */
	String partOfType(String type) {
		return first(byType, type);
	}

	/** All of the main part's parts of a type, such as a document's {@code header} parts, in relationship order. */
	List<String> partsOfType(String type) {
		return byType.getOrDefault(type, List.of());
	}

	/** The package's part of a type such as {@code core-properties} or {@code extended-properties}, or {@code null}. */
	String packagePartOfType(String type) {
		return first(rootByType, type);
	}

	/** The parts a part links to by relationships of a type, such as a sheet's {@code drawing} or {@code comments}. */
	List<String> relatedParts(String part, String type) throws IOException, XMLStreamException {
		Map<String, List<String>> types = new HashMap<>();
		relationships(relationshipsOf(part), folderOf(part), new HashMap<>(), types);
		return types.getOrDefault(type, List.of());
	}

	boolean has(String part) {
		return part != null && zip.getEntry(part) != null;
	}

	InputStream open(String part) throws IOException {
		ZipArchiveEntry entry = part == null ? null : zip.getEntry(part);
		if (entry == null) {
			throw new IOException("The package has no part " + part);
		}
		return zip.getInputStream(entry);
	}

	@Override
	public void close() throws IOException {
		zip.close();
	}

	private void relationships(String rels, String folder, Map<String, String> byId, Map<String, List<String>> types)
			throws IOException, XMLStreamException {
		if (!has(rels)) {
			return;
		}
		try (InputStream in = open(rels)) {
			XMLStreamReader xml = XmlParts.open(in);
			try {
				while (xml.hasNext()) {
					if (XmlParts.next(xml) != XMLStreamConstants.START_ELEMENT
							|| !xml.getLocalName().equals("Relationship")
							|| "External".equals(xml.getAttributeValue(null, "TargetMode"))) {
						continue;
					}
					String part = resolve(folder, xml.getAttributeValue(null, "Target"));
					if (part == null) {
						continue;
					}
					byId.put(xml.getAttributeValue(null, "Id"), part);
					String type = String.valueOf(xml.getAttributeValue(null, "Type"));
					types.computeIfAbsent(type.substring(type.lastIndexOf('/') + 1), k -> new ArrayList<>()).add(part);
				}
			}
			finally {
				XmlParts.close(xml);
			}
		}
	}

	/** A relationship target (a URI, relative to the source part's folder unless it starts with /) as a zip entry name. */
	private static String resolve(String folder, String target) {
		if (target == null) {
			return null;
		}
		try {
			URI base = new URI(null, null, "/" + folder, null);
			String path = base.resolve(new URI(target.replace('\\', '/'))).normalize().getPath();
			return path == null ? null : path.startsWith("/") ? path.substring(1) : path;
		}
		catch (URISyntaxException | IllegalArgumentException ex) {
			return null;
		}
	}

	private static String first(Map<String, List<String>> byType, String type) {
		List<String> parts = byType.get(type);
		return parts == null ? null : parts.get(0);
	}

	private static String folderOf(String part) {
		return part.substring(0, part.lastIndexOf('/') + 1);
	}

	private static String relationshipsOf(String part) {
		return folderOf(part) + "_rels/" + part.substring(part.lastIndexOf('/') + 1) + ".rels";
	}
}
