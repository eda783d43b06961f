package se.ikkonsolidering.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.poi.poifs.macros.VBAMacroReader;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.junit.jupiter.params.provider.MethodSource;

import se.ikkonsolidering.classify.ControlStatus;
import se.ikkonsolidering.ingest.FileRejectedException;
import se.ikkonsolidering.ingest.RawSheet;
import se.ikkonsolidering.ingest.RawWorkbook;
import se.ikkonsolidering.ingest.WorkbookReader;
import se.ikkonsolidering.layout.Legend;
import se.ikkonsolidering.layout.SheetReading;
import se.ikkonsolidering.register.Register;

/** Every non-blank row of every sheet is accounted for, and macro workbooks and formula errors are read safely. */
class RowAccountingTests {

	private final InterpretationRules rules = InterpretationRules.load(null);

	@TempDir
	Path dir;

	/** The samples broken on purpose (the demo run shows how a rejected file looks); every other one must read. */
	private static final List<Path> BROKEN_ON_PURPOSE = List.of(
			Path.of("input-samples", "Miljönämnden uppföljning 2025.xlsx"),
			Path.of("src/test/resources/fixtures/unseen", "Miljönämnden uppföljning 2025.xlsx"));

	static List<Path> files() throws IOException {
		List<Path> files = new ArrayList<>();
		for (Path folder : List.of(Path.of("input-samples"), Path.of("src/test/resources/fixtures/unseen"))) {
			try (Stream<Path> listed = Files.walk(folder)) {
				listed.filter(Files::isRegularFile)
					.filter(p -> !p.getFileName().toString().endsWith("namnder.csv"))
					.filter(p -> !List.of("expected.csv", "tidplan.csv").contains(p.getFileName().toString()))
					.filter(p -> !BROKEN_ON_PURPOSE.contains(p))
					.sorted()
					.forEach(files::add);
			}
		}
		return files;
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("files")
	void accountsForEveryRowOfEverySheet(Path file) {
		try (RawWorkbook workbook = new WorkbookReader().read(file)) {
			for (RawSheet sheet : workbook.sheets()) {
				SheetReading reading = rules.sheets().read(sheet, Legend.NONE);
				long nonBlank = sheet.rows().readAll().stream().filter(r -> !r.isBlank()).count();
				assertThat(reading.tally().total()).as("%s, sheet %s", file.getFileName(), sheet.name())
					.isEqualTo(nonBlank);
				assertThat(reading.controls().stream().mapToInt(c -> c.lastRow() - c.row() + 1).sum())
					.isLessThanOrEqualTo((int) nonBlank);
			}
		}
	}

	@ParameterizedTest(name = "{0}")
	@FieldSource("BROKEN_ON_PURPOSE")
	void rejectsTheSamplesThatAreBrokenOnPurpose(Path file) {
		assertThatThrownBy(() -> new WorkbookReader().read(file).close()).isInstanceOf(FileRejectedException.class);
	}

	@Test
	void readsTheDataOfAMacroWorkbookAndRunsNothing() throws IOException {
		Path xlsm = Path.of("src/test/resources/fixtures/xlsm/makro som skriver i en cell.xlsm");
		byte[] before = Files.readAllBytes(xlsm);
		try (VBAMacroReader macros = new VBAMacroReader(xlsm.toFile())) {
			assertThat(macros.readMacros()).as("the golden file's VBA project")
				.hasEntrySatisfying("Module1", source -> assertThat(source).contains("Sub Auto_Open()"));
		}

		Submission submission = new SubmissionInterpreter(rules, Register.empty()).interpret(xlsm, "x.xlsm", 2025).get(0);

		assertThat(submission.controls()).singleElement().satisfies(c -> {
			assertThat(c.decision().status()).isEqualTo(ControlStatus.GENOMFORD);
			assertThat(c.decision().rawText()).isEqualTo("Ja");
		});
		assertThat(Files.readAllBytes(xlsm)).isEqualTo(before);
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
