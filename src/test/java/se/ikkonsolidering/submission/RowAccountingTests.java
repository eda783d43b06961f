package se.ikkonsolidering.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbookType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import se.ikkonsolidering.classify.ControlStatus;
import se.ikkonsolidering.ingest.FileRejectedException;
import se.ikkonsolidering.ingest.RawSheet;
import se.ikkonsolidering.ingest.RawWorkbook;
import se.ikkonsolidering.ingest.WorkbookReader;
import se.ikkonsolidering.layout.SheetReading;
import se.ikkonsolidering.register.Register;

/** Every non-blank row of every sheet is accounted for, and macro workbooks and formula errors are read safely. */
class RowAccountingTests {

	private final InterpretationRules rules = InterpretationRules.load(null);

	@TempDir
	Path dir;

	static Stream<Path> files() throws IOException {
		return Stream.concat(Files.list(Path.of("input-samples")), Files.list(Path.of("src/test/resources/fixtures/unseen")))
			.filter(p -> !p.getFileName().toString().endsWith("namnder.csv") && !p.toString().endsWith("expected.csv"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("files")
	void accountsForEveryRowOfEverySheet(Path file) {
		RawWorkbook workbook;
		try {
			workbook = new WorkbookReader().read(file);
		}
		catch (FileRejectedException broken) {
			return;
		}
		for (RawSheet sheet : workbook.sheets()) {
			SheetReading reading = rules.sheets().read(sheet, se.ikkonsolidering.layout.Legend.NONE);
			long nonBlank = sheet.rows().readAll().stream().filter(r -> !r.isBlank()).count();
			assertThat(reading.tally().total()).as("%s, sheet %s", file.getFileName(), sheet.name()).isEqualTo(nonBlank);
			assertThat(reading.controls().stream().mapToInt(c -> c.lastRow() - c.row() + 1).sum())
				.isLessThanOrEqualTo((int) nonBlank);
		}
	}

	@Test
	void readsTheDataOfAMacroWorkbookAndRunsNothing() throws IOException {
		Path xlsm = dir.resolve("Socialnämnden 2025.xlsm");
		try (XSSFWorkbook workbook = new XSSFWorkbook(XSSFWorkbookType.XLSM)) {
			fill(workbook.createSheet("Uppföljning"), "Ja");
			try (OutputStream out = Files.newOutputStream(xlsm)) {
				workbook.write(out);
			}
		}
		Submission submission = new SubmissionInterpreter(rules, Register.empty()).interpret(xlsm, "x.xlsm", 2025).get(0);
		assertThat(submission.controls()).singleElement()
			.satisfies(c -> assertThat(c.decision().status()).isEqualTo(ControlStatus.GENOMFORD));
	}

	@Test
	void readsAFormulaErrorInTheStatusCellAsUnclear() throws IOException {
		Path xlsx = dir.resolve("fel.xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			Sheet sheet = workbook.createSheet("Uppföljning");
			fill(sheet, null);
			sheet.getRow(1).createCell(1).setCellErrorValue(FormulaError.REF.getCode());
			try (OutputStream out = Files.newOutputStream(xlsx)) {
				workbook.write(out);
			}
		}
		Submission submission = new SubmissionInterpreter(rules, Register.empty()).interpret(xlsx, "fel.xlsx", 2025).get(0);
		assertThat(submission.controls()).singleElement().satisfies(c -> {
			assertThat(c.decision().status()).isEqualTo(ControlStatus.OKLAR);
			assertThat(c.decision().rawText()).isEqualTo("#REF!");
		});
	}

	private static void fill(Sheet sheet, String status) {
		Row header = sheet.createRow(0);
		header.createCell(0).setCellValue("Kontrollmoment");
		header.createCell(1).setCellValue("Status");
		Row row = sheet.createRow(1);
		row.createCell(0).setCellValue("Attest av fakturor");
		if (status != null) {
			row.createCell(1).setCellValue(status);
		}
	}
}
