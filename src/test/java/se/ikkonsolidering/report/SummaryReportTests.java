package se.ikkonsolidering.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.ikkonsolidering.support.ReportDatabase;

/** The summary written from a database: the three files, what they say, and where the template comes from. */
@Tag("database")
class SummaryReportTests {

	static final Clock NIGHT = Clock.fixed(Instant.parse("2026-02-02T01:00:00Z"), ZoneId.of("Europe/Stockholm"));

	private final ReportDatabase db = new ReportDatabase("summary-report");

	@TempDir
	Path out;

	@BeforeEach
	void fill() {
		KommunYear.fill(db);
	}

	private List<Path> write() {
		return new SummaryReport(db.store, Path.of("templates"), NIGHT).write(KommunYear.year(db), KommunYear.REGISTER, out);
	}

	@Test
	void writesTheHtmlPdfAndWorkbookNamedByYear() {
		assertThat(write()).extracting(p -> p.getFileName().toString())
			.containsExactly("ks-sammanstallning-2025.html", "ks-sammanstallning-2025.pdf",
					"ks-sammanstallning-2025.xlsx");
		assertThat(out).isDirectoryNotContaining("glob:**.tmp");
	}

	@Test
	void pdfSaysTheKeyFiguresAndNamesEveryNamndInSwedish() throws IOException {
		String text = Pdfs.text(write().get(1));

		assertThat(text).contains("Sammanfattning", "3 av 4", "74\u00a0%", "Jämfört med 2024", "Att uppmärksamma",
				"Kommunstyrelsen", "Socialnämnden", "Kulturnämnden", "Barn- och utbildningsnämnden", "Ej inlämnad",
				"Tillräcklig", "Ej tillräcklig", "trasig.xlsx", "Sida 1 av");
	}

	@Test
	void pdfTextKeepsEveryLetterSoItCanBeSearched() throws IOException {
		// With the font's ligatures on, the text layer read "siﬀra", "ﬁl, ﬂik": a search for "flik" found nothing.
		assertThat(Pdfs.text(write().get(1))).contains("siffra", "fil, flik och rad");
	}

	@Test
	void pdfEmbedsTheDejaVuFont() throws IOException {
		assertThat(Pdfs.fontNames(write().get(1))).anyMatch(name -> name.contains("DejaVuSans"));
	}

	@Test
	void pdfDrawsTheChartInTheStatusColours() throws IOException {
		assertThat(Pdfs.pageShowing(write().get(1), "Status per nämnd")).satisfies(
				page -> assertThat(Pdfs.hasColour(page, 0x2E7D32)).as("green bar").isTrue(),
				page -> assertThat(Pdfs.hasColour(page, 0xC62828)).as("red bar").isTrue());
	}

	@Test
	void workbookHasTheFiveSheetsLastYearsComparisonThenTheOversightSheets() throws IOException {
		try (XSSFWorkbook workbook = Workbooks.open(write().get(2))) {
			assertThat(workbook).extracting(Sheet::getSheetName).containsExactly("Sammanfattning", "Per nämnd",
					"Kontroller", "Att uppmärksamma", "Inlämningar", "Ej genomförda två år", "Bedömning (utkast)",
					"Planerat och återrapporterat", "Tidplan", "Kommungemensamma kontroller");
		}
	}

	@Test
	void controlSheetHasAFrozenFilteredHeaderAndTheSourceOfEveryControl() throws IOException {
		try (XSSFWorkbook workbook = Workbooks.open(write().get(2))) {
			Sheet controls = workbook.getSheet("Kontroller");

			assertThat(controls.getPaneInformation().isFreezePane()).isTrue();
			assertThat(workbook.getSheet("Kontroller").getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:T21");
			assertThat(Workbooks.row(controls, 0)).contains("Fil", "Flik", "Rad", "Status", "Statuskälla");
		}
	}

	@Test
	void fillsStatusCellsInTrafficLightColours() throws IOException {
		try (XSSFWorkbook workbook = Workbooks.open(write().get(2))) {
			Sheet controls = workbook.getSheet("Kontroller");
			XSSFCell notDone = Workbooks.find(controls, "Ej genomförd");

			assertThat(notDone.getCellStyle().getFillForegroundColorColor().getARGBHex()).endsWith("FFCDD2");
		}
	}

	@Test
	void usesTheKommunsOwnTemplateWhenItsFolderHasOne() throws IOException, URISyntaxException {
		Path own = Path.of(getClass().getResource("/report/egen-mall/ks-sammanstallning.html").toURI()).getParent();

		Path html = new SummaryReport(db.store, own, NIGHT).write(KommunYear.year(db), KommunYear.REGISTER, out).get(0);

		assertThat(Files.readString(html)).contains("Kommunens egen mall för 2025");
	}

	@Test
	void usesTheBuiltInTemplateWhenTheFolderIsMissing() throws IOException {
		Path html = new SummaryReport(db.store, out.resolve("finns-inte"), NIGHT)
			.write(KommunYear.year(db), KommunYear.REGISTER, out)
			.get(0);

		assertThat(Files.readString(html)).contains("Nämndernas uppföljning av internkontrollplanerna 2025");
	}

	@Test
	void builtInTemplateIsTheOneInTheTemplatesFolder() throws IOException {
		try (InputStream builtIn = getClass().getResourceAsStream("/templates/ks-sammanstallning.html")) {
			assertThat(builtIn).as("templates/ks-sammanstallning.html on the classpath").isNotNull();
			assertThat(new String(builtIn.readAllBytes(), StandardCharsets.UTF_8))
				.isEqualTo(Files.readString(Path.of("templates/ks-sammanstallning.html")));
		}
	}

	@Test
	void pageNeedsNothingFromOutside() throws IOException {
		String html = Files.readString(write().get(0));

		assertThat(html.replace("http://www.w3.org/", "")).doesNotContain("http://", "https://", "<script", "<link",
				" src=", "url(");
	}
}
