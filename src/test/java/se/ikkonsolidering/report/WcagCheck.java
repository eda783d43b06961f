package se.ikkonsolidering.report;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Checks a page against the WCAG 2.1 A and AA rules of axe-core (Deque's rules engine, from the npm registry), run in
 * Debian's Chromium: what a kommun publishes must meet WCAG 2.1 AA (lagen om tillgänglighet till digital offentlig
 * service). Any page the job writes is checked with one call, e.g. {@code WcagCheck.page(receipt)}.
 * <p>
 * {@code .ci/run} installs axe-core with {@code npm install --prefix .ci/axe axe-core@4}; {@code -Dik.test.axe=…}
 * points at another {@code axe.min.js}. Where Chromium or axe-core is missing the check is skipped, saying which.
 */
final class WcagCheck {

	static final Path AXE = Path.of(System.getProperty("ik.test.axe", ".ci/axe/node_modules/axe-core/axe.min.js"));

	/** axe-core's tags for the success criteria of WCAG 2.0 and 2.1, levels A and AA. */
	private static final String RULES = "{runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}}";

	private WcagCheck() {
	}

	/** Skips the calling test unless Chromium and axe-core are installed. */
	static void assumeAvailable() {
		assumeTrue(Files.isExecutable(HeadlessChromium.BINARY),
				"Chromium is not installed at " + HeadlessChromium.BINARY + " (apt-get install chromium)");
		assumeTrue(Files.isReadable(AXE),
				"axe-core is not installed at " + AXE + " (npm install --prefix .ci/axe axe-core@4; .ci/run does)");
	}

	/** The violations of a page file, in a browser of its own; skips the calling test when the tools are missing. */
	static List<Violation> page(Path html) throws IOException, InterruptedException {
		assumeAvailable();
		try (HeadlessChromium browser = new HeadlessChromium()) {
			browser.open(html);
			return run(browser);
		}
	}

	/** The violations of the page the browser has open; skips the calling test when axe-core is missing. */
	static List<Violation> run(HeadlessChromium browser) throws IOException {
		assumeAvailable();
		browser.evaluate(Files.readString(AXE) + "; 'loaded'");
		String json = browser.evaluate("axe.run(document, " + RULES + ").then(r => JSON.stringify(r.violations.map("
				+ "v => ({rule: v.id, impact: v.impact, help: v.help, elements: v.nodes.map(n => n.target.join(' '))}))))");
		List<Violation> violations = new ArrayList<>();
		for (JsonNode v : JsonMapper.builder().build().readTree(json)) {
			List<String> elements = new ArrayList<>();
			v.path("elements").forEach(e -> elements.add(e.asString()));
			violations.add(new Violation(v.path("rule").asString(), v.path("impact").asString(),
					v.path("help").asString(), elements));
		}
		return violations;
	}

	/**
	 * A rule the page breaks.
	 *
	 * @param impact axe-core's minor, moderate, serious or critical
	 * @param elements CSS selectors of the elements that break it
	 */
	record Violation(String rule, String impact, String help, List<String> elements) {

		boolean seriousOrCritical() {
			return impact.equals("serious") || impact.equals("critical");
		}

		/** One line for a failing assertion: the rule, its impact, and the first elements. */
		@Override
		public String toString() {
			return rule + " (" + impact + ", " + elements.size() + " elements: "
					+ String.join(" | ", elements.subList(0, Math.min(3, elements.size()))) + "): " + help;
		}
	}
}
