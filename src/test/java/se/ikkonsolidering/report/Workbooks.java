package se.ikkonsolidering.report;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
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
}
