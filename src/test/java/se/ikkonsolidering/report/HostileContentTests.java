package se.ikkonsolidering.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.ikkonsolidering.register.Register;
import se.ikkonsolidering.support.ReportDatabase;

/**
 * Cell contents written to attack the reader: markup that would run in the page, and formulas that would run in a
 * spreadsheet. The page shows them as text; the workbook and the CSV export show them as text with an apostrophe.
 */
@Tag("database")
class HostileContentTests {

	static final String SCRIPT = "<script>alert('nämnd')</script>";
	static final String IMAGE = "<img src=x onerror=alert(1)>";
	static final String FORMULA = "=HYPERLINK(\"http://example.invalid/\",\"Klicka här\")";
	static final String PLUS = "+SUM(1;2)";
	static final String MINUS = "-2+3";
	static final String AT = "@cmd";

	private final ReportDatabase db = new ReportDatabase("hostile");

	@TempDir
	Path out;

	private List<Path> written;

	@BeforeEach
	void writeTheSummaryOfAHostileFile() {
		long id = db.read(1, "\"><b>fil</b>.xlsx", SCRIPT, 2025, "HELAR", "<i>Tillräcklig</i>");
		db.controlInFull(id, 1, MINUS, IMAGE, FORMULA, PLUS, AT, "EJ_GENOMFORD", "KOLUMN", "AVVIKELSE", "EJ_GENOMFORD");
		written = new SummaryReport(db.store, Path.of("templates"), SummaryReportTests.NIGHT).write(
				new SummaryQueries(db.store, KommunYear.OVERSIGHT).year(2025), Register.empty(), out);
	}

	@Test
	void pageShowsMarkupFromTheFilesAsText() throws IOException {
		String html = Files.readString(written.get(0));

		assertThat(html).doesNotContain(SCRIPT, IMAGE, "<b>fil</b>", "<i>Tillräcklig</i>")
			.contains("&lt;script&gt;alert(&#39;nämnd&#39;)&lt;/script&gt;", "&lt;img src=x onerror=alert(1)&gt;",
					"&lt;i&gt;Tillräcklig&lt;/i&gt;");
	}

	@Test
	void templateNeverWritesDataUnescaped() throws IOException {
		assertThat(Files.readString(Path.of("templates/ks-sammanstallning.html"))).doesNotContain("th:utext=");
	}

	@Test
	void pdfShowsMarkupFromTheFilesAsText() throws IOException {
		assertThat(Pdfs.text(written.get(1))).contains("<img src=x onerror=alert(1)>");
	}

	@Test
	void workbookNeutralisesEveryFormulaFromTheFiles() throws IOException {
		try (XSSFWorkbook workbook = Workbooks.open(written.get(2))) {
			List<Cell> cells = Workbooks.cells(workbook);

			assertThat(cells).noneMatch(c -> c.getCellType() == CellType.FORMULA);
			assertThat(cells).filteredOn(c -> c.getCellType() == CellType.STRING)
				.extracting(Cell::getStringCellValue)
				.noneMatch(text -> text.startsWith("=") || text.startsWith("+") || text.startsWith("-")
						|| text.startsWith("@"))
				.contains("'" + FORMULA, "'" + PLUS, "'" + MINUS, "'" + AT);
		}
	}

	@Test
	void csvExportNeutralisesEveryFormulaFromTheFiles() throws IOException {
		Path csv = out.resolve("kontroller.csv");
		YearData year = new SummaryQueries(db.store, KommunYear.OVERSIGHT).year(2025);

		CsvExport.writeControls(csv, ControlRows.of(List.of(year.controls().get(0)), year.counted()), List.of());

		assertThat(Files.readString(csv, StandardCharsets.UTF_8)).contains("'" + MINUS,
				"'" + FORMULA.replace("\"", "\"\""), "'" + PLUS, "'" + AT);
	}
}
