package se.ikkonsolidering.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.ikkonsolidering.store.StoredControl;
import se.ikkonsolidering.store.StoredSubmission;

class HtmlRendererTests {

	private static String render(Summary summary) {
		return new HtmlRenderer(Path.of("templates")).render(summary);
	}

	@Test
	void rendersAYearWithoutAnyFileWithEveryNamndNotSubmitted() {
		Summary empty = SummaryBuilder.build(List.of("Kommunstyrelsen", "Socialnämnden"), Rows.nothing(2025),
				Rows.nothing(2024), List.of(), LocalDateTime.of(2026, 2, 1, 2, 0));

		String html = render(empty);

		assertThat(html).contains("0 av 2", "Inga kontroller är flaggade.", "Databasen har inga uppföljningar för 2024");
		assertThat(html.split("Ej inlämnad", -1)).hasSizeGreaterThan(4);
	}

	@Test
	void showsALongTextShortWithTheWholeTextBesideIt() {
		StoredSubmission file = Rows.read(1, "Kommunstyrelsen", "HELAR");
		StoredControl control = Rows.reported(file, 1, "Stickprov visade brister i attesten. ".repeat(10), "DELVIS",
				"DELVIS");
		String html = render(SummaryBuilder.build(List.of("Kommunstyrelsen"),
				new YearData(2025, List.of(file), List.of(control)), Rows.nothing(2024), List.of(),
				LocalDateTime.of(2026, 2, 1, 2, 0)));

		assertThat(html).contains("<details>", "Visa hela texten", "Stickprov visade brister i attesten. Stickprov");
	}

	@Test
	void listsTheTenMostImportantFlaggedControlsOfANamndAndPointsToTheWorkbookForTheRest() {
		StoredSubmission file = Rows.read(1, "Kommunstyrelsen", "HELAR");
		List<StoredControl> controls = new java.util.ArrayList<>(java.util.stream.IntStream.rangeClosed(1, 250)
			.mapToObj(i -> Rows.reported(file, i, "Kontroll nummer " + i + " pågår.", "DELVIS", "DELVIS"))
			.toList());
		controls.add(Rows.reported(file, 251, "Kontroll nummer 251 blev inte av.", "EJ_GENOMFORD", "EJ_GENOMFORD"));
		String html = render(SummaryBuilder.build(List.of("Kommunstyrelsen"), new YearData(2025, List.of(file), controls),
				Rows.nothing(2024), List.of(), LocalDateTime.of(2026, 2, 1, 2, 0)));

		assertThat(html).contains("Kontroll nummer 251 blev inte av.", "Kontroll nummer 9 pågår.",
				"… och 241 till: se arbetsboken (ks-sammanstallning-2025.xlsx, fliken Att uppmärksamma).")
			.doesNotContain("Kontroll nummer 10 pågår.");
		assertThat(html.indexOf("nummer 251")).isLessThan(html.indexOf("nummer 1 pågår"));
	}

	@Test
	void listsAtMostFortyFilesRejectedOnesFirstWithATallyOfAll() {
		List<StoredSubmission> files = new java.util.ArrayList<>(java.util.stream.LongStream.rangeClosed(1, 45)
			.mapToObj(id -> Rows.read(id, "Nämnd " + id, "HELAR"))
			.toList());
		StoredSubmission broken = Rows.submission(46, 2025, "", "", se.ikkonsolidering.store.Outcome.AVVISAD, null);
		String html = render(SummaryBuilder.build(List.of("Nämnd 1", "Kulturnämnden"), new YearData(2025, files, List.of()),
				Rows.nothing(2024), List.of(broken), LocalDateTime.of(2026, 2, 1, 2, 0)));

		assertThat(html).contains("46 filer: 45 inlästa, 1 avvisad. 1 nämnd har inte lämnat någon uppföljning.",
				"-46.xlsx", "Kulturnämnden", "… och 7 till: se arbetsboken (ks-sammanstallning-2025.xlsx, fliken Inlämningar)");
		String table = html.substring(html.indexOf("<table class=\"inlamningar\">"));
		assertThat(table.substring(0, table.indexOf("</table>")).split("<tr>", -1)).hasSize(1 + 1 + 40);
	}

	@Test
	void writesALongTableInBodiesOfTwentyRowsThatStripeOnAcrossThem() {
		List<StoredSubmission> files = java.util.stream.LongStream.rangeClosed(1, 45)
			.mapToObj(id -> Rows.read(id, "Nämnd " + id, "HELAR"))
			.toList();
		String html = render(SummaryBuilder.build(List.of(), new YearData(2025, files, List.of()), Rows.nothing(2024),
				List.of(), LocalDateTime.of(2026, 2, 1, 2, 0)));

		String table = html.substring(html.indexOf("<table class=\"namnder\">"));
		table = table.substring(0, table.indexOf("</table>"));
		assertThat(table.split("<tbody>", -1)).hasSize(1 + 3);
		assertThat(table.split("<tr>", -1)).hasSize(1 + 1 + 45);
		assertThat(TableBodies.ROWS % 2).as("even, so the stripes run on").isZero();
	}

	@Test
	void saysOnceThatAFileStatesNoPeriodInsteadOfInEveryRow() {
		List<StoredSubmission> files = java.util.stream.LongStream.rangeClosed(1, 3)
			.mapToObj(id -> Rows.read(id, "Nämnd " + id, null))
			.toList();
		String html = render(SummaryBuilder.build(List.of(), new YearData(2025, files, List.of()), Rows.nothing(2024),
				List.of(), LocalDateTime.of(2026, 2, 1, 2, 0)));

		assertThat(html).doesNotContain(SwedishNames.NO_PERIOD);
		assertThat(html.split("ett streck betyder att filen inte anger någon period", -1)).hasSize(2);
		assertThat(html.split("Ett streck under Period betyder att filen inte anger någon period.", -1)).hasSize(2);
	}

	@Test
	void readsAChangedTemplateOnTheNextRender(@TempDir Path folder) throws IOException {
		Path template = folder.resolve(HtmlRenderer.TEMPLATE + ".html");
		Files.writeString(template, "<p th:text=\"|Första ${s.year}|\">x</p>");
		HtmlRenderer renderer = new HtmlRenderer(folder);
		Summary year = SummaryBuilder.build(List.of(), Rows.nothing(2025), Rows.nothing(2024), List.of(),
				LocalDateTime.of(2026, 2, 1, 2, 0));
		assertThat(renderer.render(year)).contains("Första 2025");

		Files.writeString(template, "<p th:text=\"|Ändrad ${s.year}|\">x</p>");

		assertThat(renderer.render(year)).contains("Ändrad 2025");
	}
}
