package se.ikkonsolidering.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import se.ikkonsolidering.support.JobFolders;
import se.ikkonsolidering.support.TestDatabase;

/**
 * The whole job on input-samples/: the workbooks built from the five real seed reports, seed 001 as a Word table, a
 * Word follow-up in form layout, a LibreOffice Calc file and Excel's Unicode text export; three nämnders' plans (one
 * in the planer/ folder) and the tidplan, as the demo of scripts/run reads them, as of 12 February 2026.
 */
@SpringBootTest
@Tag("database")
class InputSamplesEndToEndTests {

	private static final Path ROOT = JobFolders.temporaryRoot("input-samples");
	private static final Path INBOX = ROOT.resolve("inkorg");
	private static final Path OUT = ROOT.resolve("ut");
	private static final Path SAMPLES = Path.of("input-samples");

	@Autowired
	JobRunner runner;

	@Autowired
	JdbcClient jdbc;

	private static int exitCode = -1;

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		JobFolders.register(registry, ROOT, SAMPLES.resolve("namnder.csv"), "input-samples");
		registry.add("ik.tidplan", () -> SAMPLES.resolve("tidplan.csv").toAbsolutePath().toString());
		registry.add("ik.today", () -> "2026-02-12");
	}

	@BeforeAll
	static void copySamples() throws IOException {
		Files.createDirectories(INBOX.resolve("planer"));
		try (Stream<Path> files = Files.walk(SAMPLES)) {
			for (Path file : files.filter(Files::isRegularFile)
				.filter(f -> !List.of("namnder.csv", "tidplan.csv").contains(f.getFileName().toString()))
				.toList()) {
				Files.copy(file, INBOX.resolve(SAMPLES.relativize(file)), StandardCopyOption.COPY_ATTRIBUTES);
			}
		}
	}

	private void runOnce() {
		if (exitCode < 0) {
			TestDatabase.empty(jdbc);
			exitCode = runner.run(false);
		}
	}

	private List<CSVRecord> read(String file) throws IOException {
		runOnce();
		try (Reader in = Files.newBufferedReader(OUT.resolve(file), StandardCharsets.UTF_8)) {
			in.skip(1);
			return CSVFormat.DEFAULT.builder().setDelimiter(';').setHeader().get().parse(in).getRecords();
		}
	}

	private CSVRecord control(String namnd, int row) throws IOException {
		return read("kontroller.csv").stream()
			.filter(r -> r.get("nämnd").equals(namnd) && r.get("rad").equals(String.valueOf(row)))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no control of " + namnd + " at row " + row));
	}

	@Test
	void completesAndExportsTheYearMostFilesAreFor() throws IOException {
		assertThat(read("kontroller.csv")).extracting(r -> r.get("år")).containsOnly("2025");
		assertThat(exitCode).isZero();
	}

	/** Socialnämnden's eighth is the control its plan has and its follow-up leaves out. */
	@Test
	void findsEveryControlOfEveryNamnd() throws IOException {
		Map<String, Long> perNamnd = read("kontroller.csv").stream()
			.collect(Collectors.groupingBy(r -> r.get("nämnd"), Collectors.counting()));
		assertThat(perNamnd).containsExactlyInAnyOrderEntriesOf(Map.of("Kommunstyrelsen", 14L, "Kulturnämnden", 7L,
				"Rinkeby-Kista stadsdelsnämnd", 12L, "Samhällsbyggnadsnämnden", 8L, "Socialnämnden", 8L,
				"Vård- och omsorgsnämnden", 9L, "Gymnasienämnden", 7L, "Tekniska nämnden", 6L, "Fritidsnämnden", 5L,
				"Överförmyndarnämnden", 4L));
	}

	@Test
	void accountsForEveryFileAndEveryNamnd() throws IOException {
		Map<String, String> outcome = read("inlamningar.csv").stream()
			.collect(Collectors.toMap(r -> r.get("fil").isEmpty() ? r.get("nämnd") : r.get("fil"), r -> r.get("utfall")));
		assertThat(outcome).containsEntry("Miljönämnden uppföljning 2025.xlsx", "AVVISAD")
			.containsEntry("Barn- och utbildningsnämnden", "EJ_INLAMNAD")
			.containsEntry("Miljönämnden", "EJ_INLAMNAD")
			.containsEntry("Socialnämnden helårsuppföljning IK 2025.xlsx", "INLAST")
			.containsEntry("Helårsuppföljning kritiska risker 2025.docx", "INLAST")
			.containsEntry("Överförmyndarnämnden uppföljning intern kontroll 2025.docx", "INLAST")
			.containsEntry("Tekniska nämnden uppföljning IK delår 2025.ods", "INLAST")
			.containsEntry("Fritidsnämnden IK T2 2025.txt", "INLAST");
		assertThat(INBOX.resolve("avvisade").resolve("Miljönämnden uppföljning 2025.xlsx.fel.txt")).exists();
		assertThat(read("inlamningar.csv")).filteredOn(r -> r.get("utfall").equals("EJ_INLAMNAD")
				&& r.get("nämnd").equals("Miljönämnden"))
			.singleElement()
			.extracting(r -> r.get("meddelande"))
			.isEqualTo("Ingen läsbar uppföljning för 2025: 'Miljönämnden uppföljning 2025.xlsx' avvisades (se raden för filen).");
		try (Stream<Path> left = Files.list(INBOX)) {
			assertThat(left.filter(Files::isRegularFile)).isEmpty();
		}
		try (Stream<Path> archived = Files.list(INBOX.resolve("arkiv"))) {
			assertThat(archived).hasSize(14);
		}
		assertThat(INBOX.resolve("planer")).isEmptyDirectory();
		assertThat(jdbc.sql("SELECT COUNT(*) FROM submission WHERE report_year = 2024 AND outcome = 'INLAST'")
			.query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void readsTheStatusColumnAndKeepsTheSendersWords() throws IOException {
		// "…har granskningen inte genomförts" in the Konstaterad avvikelse column says the control was not done, not
		// that something was found wrong: no AVVIKELSE.
		CSVRecord itSecurity = control("Kommunstyrelsen", 13);
		assertThat(itSecurity.get("kontrollmoment"))
			.isEqualTo("Alla anställda ska ha fastställd/efterfrågad kunskapsnivå inom informationssäkerhet");
		assertThat(List.of(itSecurity.get("status"), itSecurity.get("statuskälla"), itSecurity.get("statustext"),
				itSecurity.get("flaggor"), itSecurity.get("kontroll_id"), itSecurity.get("flik")))
			.containsExactly("EJ_GENOMFORD", "KOLUMN", "Granskning \nej \ngenomförd", "EJ_GENOMFORD", "7",
					"Uppföljning");
	}

	@Test
	void letsTheTextDecideTheRowsLeftWithoutStatusOnlyWhereItIsClear() throws IOException {
		// "Ramavtal … Stickprov." names only what was to be sampled, the action column's "Inga avvikelser noterade"
		// alone says nothing of the control; "Genomgång har gjorts" says it was done.
		assertThat(control("Kommunstyrelsen", 19).get("status")).isEqualTo("OKLAR");
		assertThat(List.of(control("Kommunstyrelsen", 20).get("status"), control("Kommunstyrelsen", 20).get("statuskälla")))
			.containsExactly("GENOMFORD", "TEXT");
		assertThat(control("Samhällsbyggnadsnämnden", 10).get("statuskälla")).isEqualTo("INGEN");
	}

	@Test
	void readsTrafficLightColours() throws IOException {
		assertThat(List.of(control("Kulturnämnden", 13).get("status"), control("Kulturnämnden", 13).get("statustext")))
			.containsExactly("EJ_GENOMFORD", "röd (FF0000)");
		assertThat(control("Kulturnämnden", 7).get("status")).isEqualTo("DELVIS");
		assertThat(control("Kulturnämnden", 3).get("statuskälla")).isEqualTo("FARG");
	}

	@Test
	void joinsTheResultRowsUnderAMergedKontrollmoment() throws IOException {
		CSVRecord meetings = control("Kulturnämnden", 4);
		assertThat(meetings.get("resultat")).startsWith("Enkät om förebyggande arbetet")
			.contains("Riktlinjer för det brottsförebyggande")
			.contains("Utbildning och seminarier i hot- och våld");
		assertThat(control("Kulturnämnden", 9).get("åtgärd")).startsWith("Under 2025 anpassas och koordineras förvaltningens arbete med stadens centrala riktlinjer om\nbrandskydd.\n");
	}

	@Test
	void flagsFollowsPlanNo() throws IOException {
		CSVRecord contractors = control("Socialnämnden", 13);
		assertThat(List.of(contractors.get("process"), contractors.get("riskvärde"), contractors.get("status"),
				contractors.get("flaggor"), contractors.get("period")))
			.containsExactly("Kvalitetssäkra uppdragstagare (familjehem, kontaktfamiljer, kontaktpersoner)", "8",
					"EJ_GENOMFORD", "EJ_GENOMFORD|FOLJER_EJ_PLAN", "Helår");
		assertThat(control("Socialnämnden", 11).get("process")).isEqualTo("Hantera personuppgifter enligt GDPR och OSL");
	}

	@Test
	void readsMixedAndPeriodTextsFromTheLatestPeriod() throws IOException {
		CSVRecord handlingsplan = control("Vård- och omsorgsnämnden", 3);
		assertThat(List.of(handlingsplan.get("status"), handlingsplan.get("statuskälla"), handlingsplan.get("statustext"),
				handlingsplan.get("process")))
			.containsExactly("DELVIS", "TEXT", "Helår: IFO klart, SVO ej klart", "1. Hot och våld");
		assertThat(control("Vård- och omsorgsnämnden", 9).get("status")).isEqualTo("EJ_GENOMFORD");
	}

	@Test
	void takesTheProcessFromProcessRowsAboveRepeatedHeaders() throws IOException {
		CSVRecord training = control("Rinkeby-Kista stadsdelsnämnd", 30);
		assertThat(List.of(training.get("process"), training.get("status"), training.get("period")))
			.containsExactly("Hantering av klagomål och avvikelser i förskolan", "EJ_GENOMFORD", "Helår");
		assertThat(control("Rinkeby-Kista stadsdelsnämnd", 34).get("status")).isEqualTo("GENOMFORD");
	}

	@Test
	void letsNoTitleInstructionOrHeaderRowThrough() throws IOException {
		Function<CSVRecord, String> moment = r -> r.get("kontrollmoment").toLowerCase();
		assertThat(read("kontroller.csv")).extracting(moment)
			.noneMatch(m -> List.of("kontrollmoment", "kontrollaktivitet", "metod", "risk", "status").contains(m))
			.noneMatch(m -> m.startsWith("de uppföljningar som visar gult"))
			.noneMatch(m -> m.startsWith("fyll i"));
	}

	@Test
	void readsSeed001AsTheWordTableItWasWithTheNamndFromThePageHeader() throws IOException {
		CSVRecord apl = control("Gymnasienämnden", 5);
		assertThat(List.of(apl.get("flik"), apl.get("process"), apl.get("status"), apl.get("flaggor"), apl.get("period")))
			.containsExactly("Tabell 1", "Kvalitetssäkra APL-platser", "EJ_GENOMFORD", "EJ_GENOMFORD|FOLJER_EJ_PLAN",
					"Helår");
		assertThat(control("Gymnasienämnden", 3).get("process")).isEqualTo("Hantera personuppgifter enligt GDPR och OSL");
		assertThat(read("inlamningar.csv")).filteredOn(r -> r.get("fil").equals("Helårsuppföljning kritiska risker 2025.docx"))
			.singleElement()
			.extracting(r -> r.get("meddelande"))
			.asString()
			.startsWith("Läste tabell 1, rubrikrad 1: process ← 'Ansvarsområde/ process' (kolumn A)")
			.contains("Nämnd: Gymnasienämnden, från sidhuvudet 'Gymnasienämnden'.");
	}

	@Test
	void readsStatusColoursAndASpannedProcessFromACalcFile() throws IOException {
		CSVRecord reconciliation = control("Tekniska nämnden", 6);
		assertThat(List.of(reconciliation.get("process"), reconciliation.get("status"), reconciliation.get("statuskälla"),
				reconciliation.get("statustext"), reconciliation.get("period")))
			.containsExactly("Fakturering", "DELVIS", "FARG", "delvis enligt teckenförklaringen (gul, FFFF00)",
					"Delår");
	}

	@Test
	void readsExcelsUnicodeTextExport() throws IOException {
		CSVRecord booking = control("Fritidsnämnden", 5);
		assertThat(List.of(booking.get("status"), booking.get("resultat"), booking.get("period")))
			.containsExactly("DELVIS", "Rutinen är uppdaterad.\nUtbildning av personalen återstår.", "T2");
	}

	@Test
	void readsAWordFollowUpInFormLayout() throws IOException {
		assertThat(read("kontroller.csv")).filteredOn(r -> r.get("nämnd").equals("Överförmyndarnämnden"))
			.extracting(r -> r.get("kontrollmoment"), r -> r.get("status"))
			.containsExactly(tuple("Granskning av årsräkningar sker inom fyra månader", "GENOMFORD"),
					tuple("Stickprov på arvoden till ställföreträdare", "GENOMFORD"),
					tuple("Kontroll av att nya ställföreträdare lämplighetsprövas", "DELVIS"),
					tuple("Uppföljning av förteckningar inom två månader", "EJ_GENOMFORD"));
		assertThat(jdbc.sql("SELECT assessment FROM submission WHERE namnd = 'Överförmyndarnämnden'").query(String.class)
			.single()).isEqualTo("Tillräcklig");
	}

	@Test
	void readsThePlansAsPlansAndCountsOnlyTheirControlsNeverReported() throws IOException {
		assertThat(read("inlamningar.csv")).filteredOn(r -> r.get("meddelande").contains("Filen: lästes som internkontrollplan ("))
			.extracting(r -> r.get("fil"), r -> r.get("nämnd"), r -> r.get("period"), r -> r.get("utfall"),
					r -> r.get("antal_kontroller"))
			.containsExactlyInAnyOrder(tuple("Internkontrollplan 2025 Socialnämnden.xlsx", "Socialnämnden", "", "INLAST", "1"),
					tuple("Internkontrollplan 2025 Samhällsbyggnadsnämnden.csv", "Samhällsbyggnadsnämnden", "", "INLAST", "0"),
					tuple("Internkontrollplan KS 2025.docx", "Kommunstyrelsen", "", "INLAST", "0"));
		assertThat(read("kontroller.csv")).filteredOn(r -> r.get("fil").startsWith("Internkontrollplan"))
			.singleElement()
			.satisfies(r -> assertThat(List.of("fil", "flik", "rad", "process", "kontrollmoment", "status", "statuskälla",
					"flaggor", "plan").stream().map(r::get).toList())
				.containsExactly("Internkontrollplan 2025 Socialnämnden.xlsx", "Plan", "12",
						"Kommungemensam kontroll: delegation", "Delegationsbeslut anmäls till nämnden", "SAKNAS", "INGEN",
						"EJ_ATERRAPPORTERAD|SAKNAS", "ej återrapporterad"));
	}

	@Test
	void pairsKommunstyrelsensControlsWithItsPlanByIdAndMarksTheOneOutsideIt() throws IOException {
		assertThat(read("kontroller.csv")).filteredOn(r -> r.get("nämnd").equals("Kommunstyrelsen"))
			.extracting(r -> r.get("kontroll_id"), r -> r.get("plan"))
			.contains(tuple("7", "i planen, rad 8 (samma ID)"), tuple("14", "utanför planen"));
		assertThat(control("Socialnämnden", 11).get("plan")).isEqualTo("i planen, rad 6 (liknande text, 0,84)");
	}

	@Test
	void judgesEachFollowUpByTheTidplan() throws IOException {
		Map<String, String> tidplan = read("inlamningar.csv").stream()
			.collect(Collectors.toMap(r -> r.get("fil").isEmpty() ? r.get("nämnd") : r.get("fil"), r -> r.get("tidplan")));
		assertThat(tidplan).containsEntry("Socialnämnden helårsuppföljning IK 2025.xlsx",
				"6 dagar sen (Helår, sista dag 2026-02-06)")
			.containsEntry("Kommunledningskontoret internkontroll 2025.xlsx", "i tid (Helår, sista dag 2026-02-13)")
			.containsEntry("Fritidsnämnden IK T2 2025.txt", "ingen sista dag för T2 2025 i tidplanen")
			.containsEntry("Barn- och utbildningsnämnden", "saknas, 3 dagar efter sista dag (Helår, sista dag 2026-02-09)")
			.containsEntry("Miljönämnden", "Helår: sista dag 2026-02-13 har inte passerat")
			.containsEntry("Internkontrollplan KS 2025.docx", "");
	}

	@Test
	void recordsTheFilesAsReceivedOnTheDayTheRunCountsAs() {
		runOnce();
		assertThat(jdbc.sql("SELECT DISTINCT CAST(received_at AS DATE) FROM submission").query(java.sql.Date.class)
			.list()).extracting(java.sql.Date::toLocalDate).containsExactly(java.time.LocalDate.of(2026, 2, 12));
	}
}
