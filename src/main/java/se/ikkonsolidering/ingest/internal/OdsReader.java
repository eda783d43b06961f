package se.ikkonsolidering.ingest.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;

import se.ikkonsolidering.ingest.FileFormat;
import se.ikkonsolidering.ingest.RawSheet;
import se.ikkonsolidering.ingest.RawWorkbook;

/**
 * Reads an OpenDocument spreadsheet (.ods, LibreOffice Calc) as the .xlsx reader reads a workbook: one pass over
 * {@code content.xml} for the sheets, their styles and whether they are hidden, then each sheet streamed row by row
 * when it is walked. The file stays open until the workbook is closed.
 */
public final class OdsReader {

	private record SheetEntry(String name, boolean hidden) {
	}

	public RawWorkbook read(Path file) {
		OdfPackage pkg = null;
		try {
			pkg = OdfPackage.open(file);
			OdfStyles styles = OdfStyles.read(pkg);
			List<SheetEntry> entries = new ArrayList<>();
			pkg.read("content.xml", xml -> {
				while (xml.hasNext()) {
					if (XmlParts.next(xml) != XMLStreamConstants.START_ELEMENT) {
						continue;
					}
					if (OdfPackage.TABLE.equals(xml.getNamespaceURI()) && xml.getLocalName().equals("table")) {
						entries.add(new SheetEntry(String.valueOf(xml.getAttributeValue(OdfPackage.TABLE, "name")),
								styles.isHiddenTable(xml.getAttributeValue(OdfPackage.TABLE, "style-name"))));
						XmlParts.skipElement(xml);
					}
					else {
						styles.style(xml);
					}
				}
			});
			List<RawSheet> sheets = new ArrayList<>();
			for (int i = 0; i < entries.size(); i++) {
				sheets.add(new RawSheet(entries.get(i).name(), entries.get(i).hidden(), new OdsSheetRows(pkg, i, styles)));
			}
			return new RawWorkbook(FileFormat.ODS, sheets, List.of(), OdfDocumentTexts.read(pkg), pkg);
		}
		catch (IOException | XMLStreamException | RuntimeException ex) {
			closeQuietly(pkg);
			throw Rejections.unreadable(ex, OfficeProgram.OPENDOCUMENT);
		}
	}

	private static void closeQuietly(OdfPackage pkg) {
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
