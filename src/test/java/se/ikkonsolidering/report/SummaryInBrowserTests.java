package se.ikkonsolidering.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import se.ikkonsolidering.oversight.Oversight;
import se.ikkonsolidering.support.ReportDatabase;

/**
 * The page as a reader sees it in a real browser, opened from disk as an e-mail attachment would be. Skipped where
 * Debian's Chromium is not installed ({@code .ci/run} installs it).
 */
@Tag("browser")
@Tag("slow")
class SummaryInBrowserTests {

	static final Path SCREENSHOT = Path.of("target", "screenshots", "ks-sammanstallning.png");

	@TempDir
	static Path out;

	static HeadlessChromium browser;

	@BeforeAll
	static void openThePage() throws Exception {
		assumeTrue(Files.isExecutable(HeadlessChromium.BINARY),
				"Chromium is not installed at " + HeadlessChromium.BINARY);
		ReportDatabase db = new ReportDatabase("summary-browser");
		KommunYear.fill(db);
		KommunYear.fillPlans(db);
		Path tidplan = Files.writeString(out.resolve("tidplan.csv"), KommunYear.TIDPLAN);
		Oversight oversight = Oversight.load(null, tidplan, KommunYear.REGISTER, SummaryReportTests.NIGHT);
		Path html = new SummaryReport(db.store, Path.of("templates"), oversight)
			.write(new SummaryQueries(db.store, oversight).year(KommunYear.YEAR), KommunYear.REGISTER, out)
			.get(0);
		browser = new HeadlessChromium();
		browser.send("Network.enable", Map.of());
		browser.send("Emulation.setDeviceMetricsOverride",
				Map.of("width", 1280, "height", 900, "deviceScaleFactor", 1, "mobile", false));
		browser.open(html);
	}

	@AfterAll
	static void closeTheBrowser() throws Exception {
		if (browser != null) {
			browser.close();
		}
	}

	/** 20 controls: Socialnämnden's five and the control its plan has and its follow-up leaves out. */
	@Test
	void showsTheKeyFigures() {
		String keyFigures = browser.evaluate("document.querySelector('.nyckeltal').innerText");

		assertThat(keyFigures).contains("3 av 4", "nämnder har lämnat uppföljning", "20", "kontroller totalt", "70",
				"genomförda (14 st)", "rapporterade avvikelser");
	}

	@Test
	void showsTheDraftAssessmentAsADraftWithAVerdictAndABasisForEverySentence() {
		String draft = browser.evaluate("document.querySelector('#bedomning').innerText");
		String verdicts = browser.evaluate("Array.from(document.querySelectorAll('#bedomning .bedomning h3'))"
				+ ".map(h => h.innerText).join('|')");
		String sentences = browser.evaluate("String(document.querySelectorAll('#bedomning ul.underlag li:not(.slutsats)')"
				+ ".length)");
		String bases = browser.evaluate("String(Array.from(document.querySelectorAll('#bedomning ul.underlag "
				+ "li:not(.slutsats)')).filter(li => li.innerText.includes('(underlag: ')).length)");

		assertThat(draft).contains("Utkast.", "inte ett beslut", "Kriterier",
				"Andel genomförda kontroller (%): under 90 ger Delvis tillräcklig");
		// Kommunstyrelsen sent no T2 report, due by the tidplan; Socialnämnden judges itself "Ej tillräcklig".
		assertThat(verdicts.split("\\|")).containsExactly("Kommunen som helhet Inte tillräcklig",
				"Kommunstyrelsen Delvis tillräcklig", "Socialnämnden Inte tillräcklig", "Kulturnämnden Inte tillräcklig",
				"Barn- och utbildningsnämnden Delvis tillräcklig");
		assertThat(bases).isEqualTo(sentences);
	}

	@Test
	void showsPlannedReportedAndMissingPerNamndAndListsTheMissingOnes() {
		String plans = browser.evaluate("document.querySelector('table.planer').innerText");
		String missing = browser.evaluate("document.querySelector('table.ej-aterrapporterade').innerText");

		assertThat(plans).contains("Kommunstyrelsen\tIngen internkontrollplan har lämnats in.")
			.contains("Socialnämnden\tInternkontrollplan 2025 Socialnämnden.xlsx\t5\t4\t1\t0\t1")
			.contains("Kulturnämnden\tKulturnämndens internkontrollplan 2025.docx\t1\tIngen uppföljning har kommit in "
					+ "ännu; planen jämförs när den kommer.");
		assertThat(missing).contains("Socialnämnden", "Kommungemensam: registerförteckning enligt GDPR uppdateras",
				"Internkontrollplan 2025 Socialnämnden.xlsx, flik Plan, rad 8");
	}

	@Test
	void showsWhoReportedInTimeWhoWasLateAndWhoIsMissing() {
		String deadlines = browser.evaluate("document.querySelector('table.tidplan').innerText");

		assertThat(deadlines).contains("Kommunstyrelsen\tHelår\t2026-01-13\t2026-01-12 02:00\t"
				+ "KS uppföljning helår 2025.xlsx\ti tid")
			.contains("Socialnämnden\tHelår\t2026-01-12\t2026-01-13 02:00\tSocialnämnden helår 2025.xlsx\t1 dag sen")
			.contains("Kulturnämnden\tHelår\t2026-01-13\t–\t–\tsaknas, 20 dagar efter sista dag")
			.contains("Barn- och utbildningsnämnden\tT2\t2025-09-30\t2026-01-14 02:00\tBUN T2 2025.csv\t106 dagar sen");
	}

	@Test
	void showsTheSharedControlAsAMatrixOfControlAndNamnd() {
		String matrix = browser.evaluate("document.querySelector('table.matris').innerText");

		// More nämnder than shared controls: a nämnd per row.
		assertThat(matrix.lines().filter(l -> !l.isBlank()).toList()).containsExactly("Nämnd\tKG1 Kommungemensam: registerförteckning enligt GDPR "
				+ "uppdateras", "markerad som kommungemensam", "Kommunstyrelsen\t–", "Socialnämnden\tEj återrapporterad",
				"Kulturnämnden\tIngen uppföljning", "Barn- och utbildningsnämnden\t–");
	}

	@Test
	void linksEveryEntryOfTheContentsToASectionOfThePage() {
		assertThat(browser.evaluate("String(Array.from(document.querySelectorAll('nav a')).filter(a => "
				+ "!document.getElementById(a.getAttribute('href').substring(1))).length)")).isEqualTo("0");
	}

	@Test
	void showsEveryNamndInTheTableAndTheChart() {
		String table = browser.evaluate("document.querySelector('table.namnder').innerText");
		String chart = browser.evaluate("document.querySelector('#diagram svg').textContent");

		for (String namnd : KommunYear.REGISTER.names()) {
			assertThat(table).contains(namnd);
			assertThat(chart).contains(namnd);
		}
		assertThat(table).contains("Ej inlämnad");
	}

	@Test
	void drawsTheChartWithABarPerNamnd() {
		assertThat(browser.evaluate("String(document.querySelectorAll('#diagram svg g').length)")).isEqualTo("4");
		assertThat(browser.evaluate("String(document.querySelector('#diagram svg').getBoundingClientRect().width > 600)"))
			.isEqualTo("true");
	}

	@Test
	void keepsTheParagraphsOfAReportedText() {
		String reported = browser.evaluate("[...document.querySelectorAll('#att-uppmarksamma td')]"
				+ ".map(td => td.innerText).find(t => t.includes('Kontroller av representation'))");

		assertThat(reported).isEqualTo("Kontroller av representation\n\nArbete pågår med nya rutiner för representation.");
	}

	@Test
	void saysWhyAFileWasRejectedInOneSentenceWithoutTheReadingDetails() {
		String files = browser.evaluate("document.querySelector('table.inlamningar').innerText");

		assertThat(files)
			.contains("Kunde inte läsas: filen är skadad eller ofullständig.", "Räknas i sammanställningen.")
			.doesNotContain("Vad kan du göra?", "Läst från fliken");
	}

	@Test
	void makesNoRequestBeyondTheFileItself() {
		List<String> urls = browser.requestedUrls();

		assertThat(urls).isNotEmpty().allMatch(url -> url.startsWith("file:") || url.startsWith("data:"));
		assertThat(browser.evaluate("String(performance.getEntriesByType('resource').length)")).isEqualTo("0");
	}

	@Test
	void meetsWcag21AaWithNoSeriousOrCriticalViolation() throws Exception {
		List<WcagCheck.Violation> violations = WcagCheck.run(browser);

		assertThat(violations).filteredOn(WcagCheck.Violation::seriousOrCritical).isEmpty();
	}

	@Test
	void savesAScreenshot() throws Exception {
		JsonNode size = browser.send("Page.getLayoutMetrics", Map.of()).path("cssContentSize");
		double height = Math.min(size.path("height").asDouble(), 2000);
		String png = browser.send("Page.captureScreenshot", Map.of("format", "png", "captureBeyondViewport", true,
				"clip", Map.of("x", 0, "y", 0, "width", 1280, "height", height, "scale", 1)))
			.path("data")
			.asString();

		Files.createDirectories(SCREENSHOT.getParent());
		Files.write(SCREENSHOT, Base64.getDecoder().decode(png));
		assertThat(SCREENSHOT).isNotEmptyFile();
	}
}
