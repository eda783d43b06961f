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
		Path html = new SummaryReport(db.store, Path.of("templates"), SummaryReportTests.NIGHT)
			.write(KommunYear.year(db), KommunYear.REGISTER, out)
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

	@Test
	void showsTheKeyFigures() {
		String keyFigures = browser.evaluate("document.querySelector('.nyckeltal').innerText");

		assertThat(keyFigures).contains("3 av 4", "nämnder har lämnat uppföljning", "19", "kontroller totalt", "74",
				"genomförda (14 st)", "rapporterade avvikelser");
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
