package se.ikkonsolidering.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class SheetWriterTests {

	@Test
	void cutsATextThatWouldPassExcelsCellLimitOnceNeutralised() throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			new SheetWriter(workbook, "Blad", new XlsxStyles(workbook)).newRow()
				.text("=" + "x".repeat(SheetWriter.CELL_LIMIT - 1));

			XSSFCell cell = workbook.getSheet("Blad").getRow(0).getCell(0);

			assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
			assertThat(cell.getStringCellValue()).hasSize(SheetWriter.CELL_LIMIT)
				.startsWith("'=x")
				.endsWith("[förkortad: hela texten finns i databasen]");
		}
	}
}
