package se.ikkonsolidering.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.dhatim.fastexcel.Workbook;
import org.junit.jupiter.api.Test;

class SheetWriterTests {

	@Test
	void cutsATextThatWouldPassExcelsCellLimitOnceNeutralised() throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		Workbook written = new Workbook(bytes, "test", "1.0");
		SheetWriter sheet = new SheetWriter(written, "Blad", new XlsxStyles());
		sheet.newRow().text("=" + "x".repeat(SheetWriter.CELL_LIMIT - 1));
		sheet.finish();
		written.finish();

		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes.toByteArray()))) {
			XSSFCell cell = workbook.getSheet("Blad").getRow(0).getCell(0);

			assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
			assertThat(cell.getStringCellValue()).hasSize(SheetWriter.CELL_LIMIT)
				.startsWith("'=x")
				.endsWith("[förkortad: hela texten finns i databasen]");
		}
	}
}
