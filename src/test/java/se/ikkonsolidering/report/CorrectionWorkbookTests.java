package se.ikkonsolidering.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import se.ikkonsolidering.correction.CorrectionColumn;

/** The corrections workbook as a spreadsheet program sees it, read back with POI. */
class CorrectionWorkbookTests {

	private static XSSFWorkbook written(List<CorrectionRows.Row> rows) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		CorrectionWorkbook.write(rows, bytes);
		return new XSSFWorkbook(new ByteArrayInputStream(bytes.toByteArray()));
	}

	private static CorrectionRows.Row control(int row) {
		Map<CorrectionColumn, String> cells = new EnumMap<>(CorrectionColumn.class);
		cells.put(CorrectionColumn.FIL, "SN helår.xlsx");
		cells.put(CorrectionColumn.FLIK, "Uppföljning");
		cells.put(CorrectionColumn.RAD, String.valueOf(row));
		cells.put(CorrectionColumn.STATUS, "OKLAR");
		return new CorrectionRows.Row(cells, 1, "Socialnämnden", "SN helår.xlsx", 1, row);
	}

	@Test
	void offersTheStatusesPeriodsAndMarkAsDropdownsBelowTheHeaderWithRoomForMoreRows() throws IOException {
		try (XSSFWorkbook workbook = written(List.of(control(12), control(13)))) {
			XSSFSheet sheet = workbook.getSheet(CorrectionColumn.SHEET);

			assertThat(sheet.getDataValidations()).extracting(v -> v.getRegions().getCellRangeAddresses()[0],
					v -> List.of(v.getValidationConstraint().getExplicitListValues()), DataValidation::getShowErrorBox)
				.containsExactlyInAnyOrder(
						tuple(new CellRangeAddress(1, 202, 6, 6),
								List.of("Genomförd", "Delvis genomförd", "Ej genomförd", "Oklar status", "Utgår"), false),
						tuple(new CellRangeAddress(1, 202, 9, 9), List.of("T1", "Delår", "T2", "Helår"), false),
						tuple(new CellRangeAddress(1, 202, 10, 10), List.of("x"), false));
		}
	}

	@Test
	void leavesTheOfficesColumnsEmptyAndWritesRowsAsNumbers() throws IOException {
		try (XSSFWorkbook workbook = written(List.of(control(12)))) {
			XSSFSheet sheet = workbook.getSheet(CorrectionColumn.SHEET);

			assertThat(sheet.getRow(0).getCell(CorrectionColumn.RATT_STATUS.ordinal()).getStringCellValue())
				.isEqualTo("Rätt status");
			assertThat(sheet.getRow(1).getCell(CorrectionColumn.RAD.ordinal()).getNumericCellValue()).isEqualTo(12);
			assertThat(sheet.getRow(1).getCell(CorrectionColumn.RATT_STATUS.ordinal())).isNull();
		}
	}
}
