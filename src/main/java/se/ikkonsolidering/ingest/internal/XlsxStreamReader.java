package se.ikkonsolidering.ingest.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import se.ikkonsolidering.ingest.DocumentText;
import se.ikkonsolidering.ingest.FileFormat;
import se.ikkonsolidering.ingest.RawSheet;
import se.ikkonsolidering.ingest.RawWorkbook;

/**
 * Reads .xlsx/.xlsm sheets as a stream of rows (StAX over POI's secure zip reader) instead of building POI's
 * in-memory workbook: a huge sheet costs a few rows of heap, and small files are read several times faster. Fill
 * colours come from the styles and theme, merged regions are spread over their cells, exactly as
 * {@link PoiWorkbookReader} does (the reader specs compare the two on every fixture). The file's title, subject and
 * company and each visible sheet's print header and footer are its texts; a sheet's text boxes and cell comments are
 * its boxes. POI's zip-bomb guard applies to every part,
 * and no part may carry a DTD.
 */
public final class XlsxStreamReader {

	private final PoiWorkbookReader inMemory = new PoiWorkbookReader();

	private record SheetEntry(String name, String part, boolean hidden) {
	}

	public RawWorkbook read(Path file) {
		OoxmlPackage pkg = null;
		try {
			pkg = OoxmlPackage.open(file);
			List<SheetEntry> entries = new ArrayList<>();
			boolean date1904 = readWorkbook(pkg, entries);
			SharedStringTable strings = SharedStringTable.read(pkg);
			CellStyles styles = new CellStyles(StyleSheet.read(pkg));
			List<RawSheet> sheets = new ArrayList<>();
			List<String> notes = new ArrayList<>();
			Set<DocumentText> texts = new LinkedHashSet<>(OoxmlProperties.read(pkg));
			for (SheetEntry entry : entries) {
				OoxmlPackage open = pkg;
				XlsxSheetRows rows = XlsxSheetRows.open(() -> open.open(entry.part()), strings, styles, date1904);
				if (rows == null) {
					pkg.close();
					return inMemory.read(file, FileFormat.OOXML);
				}
				XlsxSheetBoxes.Boxes boxes = XlsxSheetBoxes.read(pkg, entry.part());
				sheets.add(new RawSheet(entry.name(), entry.hidden(), rows, List.of(), rows.hiddenColumns(), boxes.lines(),
						boxes.notes()));
				if (!entry.hidden()) {
					texts.addAll(rows.headerAndFooter());
				}
				if (rows.removedRows() > 0 && !entry.hidden()) {
					notes.add("fliken '" + entry.name() + "' har " + rows.removedRows() + (rows.removedRows() == 1
							? " dold rad" : " dolda rader") + " utanför grupperingar och filter, som inte lästs (struket ur planen)");
				}
				if (rows.cellsOutsideLimits() > 0) {
					notes.add("fliken '" + entry.name() + "' har " + rows.cellsOutsideLimits() + " celler utanför "
							+ "Excels gränser (efter rad 1 048 576 eller kolumn XFD); de lästes inte");
				}
			}
			return new RawWorkbook(FileFormat.OOXML, sheets, notes, List.copyOf(texts), pkg);
		}
		catch (IOException | XMLStreamException | RuntimeException ex) {
			closeQuietly(pkg);
			throw Rejections.unreadableWorkbook(ex);
		}
	}

	/** Collects the sheets in workbook order and tells whether dates count from 1904 (old Mac workbooks). */
	private static boolean readWorkbook(OoxmlPackage pkg, List<SheetEntry> entries)
			throws IOException, XMLStreamException {
		boolean date1904 = false;
		try (InputStream in = pkg.open(pkg.mainPart())) {
			XMLStreamReader xml = XmlParts.open(in);
			try {
				while (xml.hasNext()) {
					if (XmlParts.next(xml) != XMLStreamConstants.START_ELEMENT) {
						continue;
					}
					if (xml.getLocalName().equals("workbookPr")) {
						String value = xml.getAttributeValue(null, "date1904");
						date1904 = "1".equals(value) || "true".equalsIgnoreCase(value);
					}
					else if (xml.getLocalName().equals("sheet")) {
						String part = pkg.target(relationId(xml));
						if (part == null) {
							throw new IOException("Sheet " + xml.getAttributeValue(null, "name") + " has no part");
						}
						String state = xml.getAttributeValue(null, "state");
						entries.add(new SheetEntry(xml.getAttributeValue(null, "name"), part,
								"hidden".equals(state) || "veryHidden".equals(state)));
					}
				}
			}
			finally {
				XmlParts.close(xml);
			}
		}
		return date1904;
	}

	/** The {@code r:id} attribute, whatever prefix the file binds the relationships namespace to. */
	private static String relationId(XMLStreamReader xml) {
		for (int i = 0; i < xml.getAttributeCount(); i++) {
			if (xml.getAttributeLocalName(i).equals("id")) {
				return xml.getAttributeValue(i);
			}
		}
		return null;
	}

	private static void closeQuietly(OoxmlPackage pkg) {
		if (pkg == null) {
			return;
		}
		try {
			pkg.close();
		}
		catch (IOException ex) {
			// The file is only read; the rejection that follows says what went wrong.
		}
	}
}
