package se.ikkonsolidering.job;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The economy office at work in rattelser.xlsx, as Excel would leave it: finds a file's row or a control's row by
 * the job's columns, types into the "Rätt" columns, and saves the workbook where it is.
 */
final class CorrectionsWorkbook {

	private final Path file;
	private final XSSFWorkbook workbook;
	private final Sheet sheet;
	private final Map<String, Integer> columns = new HashMap<>();

	private CorrectionsWorkbook(Path file) throws IOException {
		this.file = file;
		try (InputStream in = Files.newInputStream(file)) {
			this.workbook = new XSSFWorkbook(in);
		}
		this.sheet = workbook.getSheet("Rättelser");
		sheet.getRow(0).forEach(cell -> columns.put(cell.getStringCellValue(), cell.getColumnIndex()));
	}

	static CorrectionsWorkbook open(Path file) throws IOException {
		return new CorrectionsWorkbook(file);
	}

	/** The row of a control: its file and the row it starts on. */
	Row control(String fil, int rad) {
		return find(fil, String.valueOf(rad));
	}

	/** The row of a whole file: its file, no sheet and no row. */
	Row file(String fil) {
		return find(fil, "");
	}

	CorrectionsWorkbook set(Row row, String column, String value) {
		Cell cell = row.getCell(column(column), Row.MissingCellPolicy.CREATE_NULL_AS_BLANK);
		cell.setCellValue(value);
		return this;
	}

	String get(Row row, String column) {
		return new DataFormatter().formatCellValue(row.getCell(column(column)));
	}

	void save() throws IOException {
		try (OutputStream out = Files.newOutputStream(file)) {
			workbook.write(out);
		}
		workbook.close();
	}

	private int column(String header) {
		Integer column = columns.get(header);
		if (column == null) {
			throw new AssertionError("rattelser.xlsx has no column '" + header + "'");
		}
		return column;
	}

	private Row find(String fil, String rad) {
		DataFormatter text = new DataFormatter();
		for (Row row : sheet) {
			if (row.getRowNum() > 0 && text.formatCellValue(row.getCell(column("fil"))).equals(fil)
					&& text.formatCellValue(row.getCell(column("rad"))).equals(rad)) {
				return row;
			}
		}
		throw new AssertionError("rattelser.xlsx has no row for " + fil + " row '" + rad + "'");
	}
}
