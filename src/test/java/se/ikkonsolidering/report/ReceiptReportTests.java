package se.ikkonsolidering.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.ikkonsolidering.classify.ControlStatus;
import se.ikkonsolidering.correction.CorrectionRun;
import se.ikkonsolidering.store.Correction;
import se.ikkonsolidering.store.CorrectionStore;
import se.ikkonsolidering.store.StoredSubmission;
import se.ikkonsolidering.support.ReportDatabase;
import se.ikkonsolidering.support.SampleFiles;

/** The receipt of a sample file: what it says, in HTML and PDF, and that it is written only when it changed. */
@Tag("database")
class ReceiptReportTests {

	static final String SOCIAL = "Socialnämnden helårsuppföljning IK 2025.xlsx";
	static final String RECEIPT = "Socialnämnden - " + SOCIAL;

	private final ReportDatabase db = new ReportDatabase("receipts");

	@TempDir
	Path out;

	private List<StoredSubmission> read;

	@BeforeEach
	void readTheSocialnamndsFile() {
		SampleFiles.store(db, SOCIAL, 1);
		read = db.store.findAllRead();
	}

	private int write() {
		FileNotes notes = new FileNotes(Map.of(), ReceiptNames.of(read),
				new CorrectionRun(out.resolve("rattelser.xlsx"), Optional.empty(), List.of(), List.of(), List.of(), 0));
		return new ReceiptReport(db.store, Path.of("templates")).write(read, notes, out);
	}

	/** The page's text as a reader sees it: without markup, entities decoded, on one line. */
	static String text(Path html) throws IOException {
		String page = Files.readString(html).replaceAll("(?s)<style.*?</style>", "").replaceAll("<[^>]+>", " ");
		return page.replace("&#39;", "'").replace("&amp;", "&").replace("&quot;", "\"").replaceAll("\\s+", " ");
	}

	@Test
	void saysWhereNamndYearAndPeriodWereReadAndHowEachStatusWasDecided() throws IOException {
		write();

		String page = text(out.resolve("kvitton").resolve(RECEIPT + ".html"));
		String title = "'Helårsuppföljning av kritiska risker i Socialnämndens Internkontrollplan 2025'";
		assertThat(page).contains("Kvitto på inläsningen av " + SOCIAL,
				"Nämnd Socialnämnden (läst från rubriken " + title + " ovanför tabellen)",
				"År 2025 (läst från rubriken " + title + " ovanför tabellen)",
				"Period Helår (läst från rubriken " + title + " ovanför tabellen)", "Filen mottogs 2026-01-14 02:00",
				"Läste flik 'Uppföljning', rubrikrad 9",
				"Kolumner: process ← 'Ansvarsområde/process' (kolumn A), risk ← 'Risk i verksamheten för att inte kunna "
						+ "säkerställa utförandet av ansvarsområde/process' (kolumn B), riskvärde ← 'Riskvärde' (kolumn C)",
				"Raderna: 6 rader ovanför tabellen, 1 rubrikrad, 7 kontrollrader.", "Status: 7 ur statuskolumnen.",
				"flik 'Uppföljning', rad 13 Gemensamt resursregister i verksamhetssystemet (LSS och IFO ser varandras "
						+ "uppdragstagare). Ej genomförd Statuskolumn Nej (statuskolumnen 'Följer plan:')",
				"Har något lästs fel? Svara ekonomikontoret med filens namn, flik och rad och vad som ska stå där, så "
						+ "rättar ekonomikontoret inläsningen; rättelsen gäller även när filen läses in igen.")
			.doesNotContain("Att kontrollera");
	}

	@Test
	void isAnAccessiblePageInSwedishWithTheSameTextAsPdf() throws IOException {
		write();

		String html = Files.readString(out.resolve("kvitton").resolve(RECEIPT + ".html"));
		assertThat(html).contains("lang=\"sv\"", "<title>Kvitto på inläsningen av " + SOCIAL + "</title>",
				"<header>", "<main>", "<footer>", "<th scope=\"col\"");
		assertThat(Pdfs.text(out.resolve("kvitton").resolve(RECEIPT + ".pdf")).replaceAll("\\s+", " "))
			.contains("Kvitto på inläsningen av " + SOCIAL, "Gemensamt resursregister i verksamhetssystemet (LSS och IFO "
					+ "ser varandras uppdragstagare). Ej genomförd Statuskolumn Nej (statuskolumnen 'Följer plan:')");
	}

	@Test
	void listsTheFirstControlsOfAHugeFileAndSaysWhereTheRestAre() throws IOException {
		StringBuilder csv = new StringBuilder("Uppföljning internkontroll helår 2025 Socialnämnden\n\nKontrollmoment;Status\n");
		for (int i = 1; i <= ReceiptReport.SHOWN + 20; i++) {
			csv.append("Stickprov nummer ").append(i).append(" av utbetalningar;Genomförd\n");
		}
		Path huge = out.resolve("SN export.csv");
		Files.writeString(huge, csv);
		SampleFiles.store(db, huge, 2);
		read = db.store.findAllRead();

		write();

		String page = text(out.resolve("kvitton").resolve("Socialnämnden - SN export.csv.html"));
		assertThat(page).contains("520 kontroller; här de första 500, alla finns i kontroller.csv och rattelser.xlsx",
				"Stickprov nummer 500 av utbetalningar")
			.doesNotContain("Stickprov nummer 501 av");
	}

	@Test
	void isWrittenAgainOnlyWhenItsPageChanged() throws IOException {
		assertThat(write()).isEqualTo(1);
		Path pdf = out.resolve("kvitton").resolve(RECEIPT + ".pdf");
		FileTime written = Files.getLastModifiedTime(pdf);

		assertThat(write()).isZero();

		assertThat(Files.getLastModifiedTime(pdf)).isEqualTo(written);
	}

	@Test
	void showsTheEconomyOfficesCorrectionBesideTheReadingAndIsWrittenAgainForIt() throws IOException {
		write();
		new CorrectionStore(db.jdbc).put(new Correction(read.get(0).sha256(), "Uppföljning", 13, SOCIAL,
				Optional.of(ControlStatus.DELVIS), false, Optional.empty(), Optional.empty(), Optional.empty(),
				"Registret finns, men bara för LSS", "AL"));

		assertThat(write()).isEqualTo(1);

		assertThat(text(out.resolve("kvitton").resolve(RECEIPT + ".html"))).contains("flik 'Uppföljning', rad 13 "
				+ "Gemensamt resursregister i verksamhetssystemet (LSS och IFO ser varandras uppdragstagare). Delvis "
				+ "genomförd Manuellt rättad (inläst: Ej genomförd). Kommentar: Registret finns, men bara för LSS. "
				+ "Signatur: AL. Statuskolumn Nej (statuskolumnen 'Följer plan:')");
	}

	@Test
	void removesAReceiptNoFileIsNamedByAnyMore() throws IOException {
		Files.createDirectories(out.resolve("kvitton"));
		Files.writeString(out.resolve("kvitton").resolve("Okänd nämnd - " + SOCIAL + ".html"), "gammalt kvitto");

		write();

		assertThat(out.resolve("kvitton")).isDirectoryContaining(p -> p.getFileName().toString().equals(RECEIPT + ".html"))
			.isDirectoryNotContaining(p -> p.getFileName().toString().startsWith("Okänd nämnd"));
		assertThat(ReceiptNames.of(read)).isEqualTo(Map.of(read.get(0).id(), RECEIPT));
	}
}
