package se.ikkonsolidering.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import se.ikkonsolidering.store.StoredControl;
import se.ikkonsolidering.store.StoredSubmission;

/**
 * The PDF as assistive technology reads it (PDF/UA-1): tagged, in Swedish, with a title, and the chart described.
 */
class PdfAccessibilityTests {

	static Summary summary;

	static PDDocument pdf;

	@BeforeAll
	static void printThePage() throws IOException {
		summary = sample();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		new PdfRenderer().render(new HtmlRenderer(Path.of("templates")).render(summary), "file:///summary.html", out);
		pdf = Loader.loadPDF(out.toByteArray());
	}

	/** Two nämnder that reported, one flagged control each at least, and one that sent nothing. */
	static Summary sample() {
		StoredSubmission ks = Rows.read(1, "Kommunstyrelsen", "HELAR");
		StoredSubmission sn = Rows.read(2, "Socialnämnden", "DELAR");
		List<StoredControl> controls = new ArrayList<>(Rows.controls(ks, "GENOMFORD", "GENOMFORD", "DELVIS"));
		controls.addAll(Rows.controls(sn, "EJ_GENOMFORD", "SAKNAS", "GENOMFORD"));
		return SummaryBuilder.build(List.of("Kommunstyrelsen", "Socialnämnden", "Kulturnämnden"),
				new YearData(Rows.YEAR, List.of(ks, sn), controls), Rows.nothing(Rows.YEAR - 1), List.of(),
				LocalDateTime.of(2026, 2, 1, 2, 0));
	}

	@Test
	void isTaggedWithAStructureTree() {
		PDDocumentCatalog catalog = pdf.getDocumentCatalog();

		assertThat(catalog.getStructureTreeRoot()).isNotNull();
		assertThat(catalog.getMarkInfo().isMarked()).isTrue();
	}

	@Test
	void isInSwedishWithTheTitleAReaderShows() {
		PDDocumentCatalog catalog = pdf.getDocumentCatalog();

		assertThat(catalog.getLanguage()).isEqualTo("sv");
		assertThat(pdf.getDocumentInformation().getTitle())
			.isEqualTo("Intern kontroll 2025 – sammanställning för kommunstyrelsen");
		assertThat(catalog.getViewerPreferences().displayDocTitle()).isTrue();
	}

	@Test
	void saysItConformsToPdfUaAndPdfA() throws IOException {
		String xmp = new String(pdf.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8);

		assertThat(xmp).contains("<pdfuaid:part>1</pdfuaid:part>", "<pdfaid:part>2</pdfaid:part>",
				"<pdfaid:conformance>A</pdfaid:conformance>", "Intern kontroll 2025");
	}

	@Test
	void readsHeadingsAndTablesInThePagesOrder() {
		List<String> types = structureTypes(pdf.getDocumentCatalog().getStructureTreeRoot());

		assertThat(types).containsSubsequence("H1", "H2", "Table", "TH", "TD", "H2", "Figure", "H2", "H3", "Table");
		assertThat(types.indexOf("H1")).isLessThan(types.indexOf("H2"));
	}

	@Test
	void givesTheChartItsFiguresAsAlternativeText() {
		List<String> alternatives = new ArrayList<>();
		collect(pdf.getDocumentCatalog().getStructureTreeRoot(), "Figure", alternatives);

		assertThat(alternatives).containsExactly("Stapeldiagram, status per nämnd: Kommunstyrelsen, 3 kontroller: "
				+ "genomförd 2, delvis genomförd 1; Socialnämnden, 3 kontroller: genomförd 1, ej genomförd 1, "
				+ "status saknas 1; Kulturnämnden: ej inlämnad.");
	}

	private static List<String> structureTypes(PDStructureNode node) {
		List<String> types = new ArrayList<>();
		for (Object kid : node.getKids()) {
			if (kid instanceof PDStructureElement element) {
				types.add(element.getStructureType());
				types.addAll(structureTypes(element));
			}
		}
		return types;
	}

	private static void collect(PDStructureNode node, String type, List<String> alternatives) {
		for (Object kid : node.getKids()) {
			if (kid instanceof PDStructureElement element) {
				if (element.getStructureType().equals(type)) {
					alternatives.add(element.getAlternateDescription());
				}
				collect(element, type, alternatives);
			}
		}
	}
}
