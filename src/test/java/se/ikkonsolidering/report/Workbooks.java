package se.ikkonsolidering.report;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Reads back a written workbook. */
final class Workbooks {

	private static final DataFormatter FORMAT = new DataFormatter();

	private Workbooks() {
	}

	static XSSFWorkbook open(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			return new XSSFWorkbook(in);
		}
	}

	/** A row's cells as shown. */
	static List<String> row(Sheet sheet, int index) {
		List<String> cells = new ArrayList<>();
		Row row = sheet.getRow(index);
		if (row != null) {
			row.forEach(cell -> cells.add(FORMAT.formatCellValue(cell)));
		}
		return cells;
	}

	/** The first cell showing exactly {@code text}. */
	static XSSFCell find(Sheet sheet, String text) {
		for (Row row : sheet) {
			for (Cell cell : row) {
				if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(text)) {
					return (XSSFCell) cell;
				}
			}
		}
		throw new AssertionError("No cell '" + text + "' in " + sheet.getSheetName());
	}

	/** Every cell in the workbook. */
	static List<Cell> cells(XSSFWorkbook workbook) {
		List<Cell> cells = new ArrayList<>();
		workbook.forEach(sheet -> sheet.forEach(row -> row.forEach(cells::add)));
		return cells;
	}

	/**
	 * A sheet read as a stream: its number of rows, the values of its last row, the range its autofilter covers and
	 * whether its panes are frozen.
	 */
	record Streamed(int rows, List<String> lastRow, String autoFilter, boolean frozen) {
	}

	/** Every sheet read as a stream, by name, for a workbook too large to open whole. */
	static Map<String, Streamed> stream(Path file) throws IOException, OpenXML4JException, XMLStreamException {
		Map<String, Streamed> sheets = new LinkedHashMap<>();
		try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
			XSSFReader.SheetIterator data = (XSSFReader.SheetIterator) new XSSFReader(pkg).getSheetsData();
			while (data.hasNext()) {
				try (InputStream in = data.next()) {
					sheets.put(data.getSheetName(), stream(in));
				}
			}
		}
		return sheets;
	}

	private static Streamed stream(InputStream in) throws XMLStreamException {
		XMLStreamReader xml = XMLInputFactory.newFactory().createXMLStreamReader(in);
		int rows = 0;
		List<String> values = new ArrayList<>();
		String autoFilter = null;
		boolean frozen = false;
		while (xml.hasNext()) {
			if (xml.next() == XMLStreamConstants.START_ELEMENT) {
				switch (xml.getLocalName()) {
					case "row" -> {
						rows++;
						values = new ArrayList<>();
					}
					case "t", "v" -> values.add(xml.getElementText());
					case "autoFilter" -> autoFilter = xml.getAttributeValue(null, "ref");
					case "pane" -> frozen = "frozen".equals(xml.getAttributeValue(null, "state"));
					default -> {
					}
				}
			}
		}
		xml.close();
		return new Streamed(rows, values, autoFilter, frozen);
	}
}
