package se.ikkonsolidering.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

import se.ikkonsolidering.store.SubmissionStore;
import se.ikkonsolidering.support.ReportDatabase;

/** The summary's figures against kontroller.csv, written from the same database as the export step writes it. */
@Tag("database")
class AgreementTests {

	private final ReportDatabase db = new ReportDatabase("agreement");

	@TempDir
	Path out;

	@Test
	void everyNamndsFiguresAgreeWithItsRowsInKontrollerCsv() throws IOException {
		KommunYear.fill(db);
		Path csv = out.resolve("kontroller.csv");
		SubmissionStore store = new SubmissionStore(db.jdbc, new JdbcTemplate(db.dataSource));
		YearData year = new SummaryQueries(store, KommunYear.OVERSIGHT).year(KommunYear.YEAR);
		CsvExport.writeControls(csv, ControlRows.stored(store, year), year.plans());
		List<CSVRecord> rows = read(csv);
		Path xlsx = new SummaryReport(db.store, Path.of("templates"), SummaryReportTests.NIGHT)
			.write(KommunYear.year(db), KommunYear.REGISTER, out)
			.get(2);

		try (XSSFWorkbook workbook = Workbooks.open(xlsx)) {
			Sheet perNamnd = workbook.getSheet("Per nämnd");
			int compared = 0;
			for (Row line : perNamnd) {
				if (line.getRowNum() == 0 || line.getLastCellNum() < 6) {
					continue;
				}
				String namnd = line.getCell(0).getStringCellValue();
				String period = line.getCell(3).getStringCellValue();
				List<CSVRecord> own = rows.stream()
					.filter(r -> r.get("nämnd").equals(namnd) && r.get("period").equals(period))
					.toList();
				assertThat(numbers(line, 5, 11)).as(namnd)
					.containsExactly(own.size(), count(own, "GENOMFORD"), count(own, "DELVIS"),
							count(own, "EJ_GENOMFORD"), count(own, "SAKNAS"), count(own, "OKLAR"));
				assertThat((int) line.getCell(12).getNumericCellValue()).as(namnd + " avvikelser")
					.isEqualTo((int) own.stream().filter(r -> r.get("flaggor").contains("AVVIKELSE")).count());
				compared++;
			}
			assertThat(compared).as("nämnder that reported").isEqualTo(3);
			assertThat(counted(workbook.getSheet("Kontroller"))).isEqualTo(rows.size());
		}
	}

	private static List<CSVRecord> read(Path csv) throws IOException {
		try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
			in.skip(1);
			return CSVFormat.DEFAULT.builder().setDelimiter(';').setHeader().setSkipHeaderRecord(true).get().parse(in)
				.getRecords();
		}
	}

	/** Rows of the Kontroller sheet whose "Räknas i sammanställningen" says Ja. */
	private static int counted(Sheet controls) {
		int counted = 0;
		for (Row line : controls) {
			if (line.getRowNum() > 0 && line.getCell(3).getStringCellValue().equals("Ja")) {
				counted++;
			}
		}
		return counted;
	}

	private static List<Integer> numbers(Row row, int from, int to) {
		List<Integer> numbers = new ArrayList<>();
		for (int i = from; i < to; i++) {
			numbers.add((int) row.getCell(i).getNumericCellValue());
		}
		return numbers;
	}

	private static int count(List<CSVRecord> rows, String status) {
		return (int) rows.stream().filter(r -> r.get("status").equals(status)).count();
	}
}
