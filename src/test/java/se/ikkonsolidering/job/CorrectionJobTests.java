package se.ikkonsolidering.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Year;
import java.util.List;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import se.ikkonsolidering.support.JobFolders;
import se.ikkonsolidering.support.TestDatabase;

/**
 * The economy office corrects a reading in rattelser.xlsx as the job wrote it, saves it where it is, and the next
 * runs apply it: nothing new in the inbox, a new file, the same file read into a rebuilt database.
 */
@SpringBootTest
@Tag("database")
@ExtendWith(OutputCaptureExtension.class)
class CorrectionJobTests {

	private static final Path ROOT = JobFolders.temporaryRoot("corrections-job");
	private static final Path INBOX = ROOT.resolve("inkorg");
	private static final Path OUT = ROOT.resolve("ut");
	private static final Path WORKBOOK = OUT.resolve("rattelser.xlsx");
	private static final Path TRUNCATED = Path.of("src/test/resources/fixtures/invalid/trasig.xlsx");

	@Autowired
	JobRunner runner;

	@Autowired
	JdbcClient jdbc;

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		JobFolders.register(registry, ROOT, ROOT.resolve("namnder.csv"), "corrections-job");
	}

	@BeforeEach
	void emptyDatabaseAndFolders() throws IOException {
		TestDatabase.empty(jdbc);
		JobFolders.empty(INBOX, OUT);
		Files.createDirectories(INBOX);
		Files.writeString(ROOT.resolve("namnder.csv"),
				"nämnd;alias\nKommunstyrelsen;KS\nSocialnämnden;SN\nKulturnämnden;KN\n");
	}

	/** Kommunstyrelsen's helår: row 5 done, row 6 says only "Se bilaga", which is no status. */
	private static void dropKs(String name, String rowSix) throws IOException {
		Files.writeString(INBOX.resolve(name), "Uppföljning internkontrollplan helår 2025\nNämnd/enhet: KS\n\n"
				+ "ID;Kontrollmoment;Konstaterad avvikelse;Status\n1;Prognoser;;Granskning genomförd\n" + rowSix + "\n",
				StandardCharsets.UTF_8);
	}

	private static String kontroller(String file, int row) throws IOException {
		return Files.readAllLines(OUT.resolve("kontroller.csv"), StandardCharsets.UTF_8).stream()
			.filter(l -> l.contains(";" + file + ";") && l.contains(";" + row + ";"))
			.findFirst()
			.orElseThrow(() -> new AssertionError("kontroller.csv has no row " + row + " of " + file));
	}

	private static String page() throws IOException {
		return Files.readString(OUT.resolve("ks-sammanstallning-2025.html")).replace("&#39;", "'");
	}

	private void correctRowSix() throws IOException {
		CorrectionsWorkbook workbook = CorrectionsWorkbook.open(WORKBOOK);
		Row row = workbook.control("ks.csv", 6);
		workbook.set(row, "Rätt status", "Delvis genomförd").set(row, "Kommentar", "Halva granskningen är klar")
			.set(row, "Signatur", "AL")
			.save();
	}

	@Test
	void aCorrectedStatusCountsAsManualAtTheNextRunANewFileAndAReimportOfTheSameFile() throws IOException {
		dropKs("ks.csv", "2;IT-säkerhet;;Se bilaga");
		runner.run(false);
		assertThat(kontroller("ks.csv", 6)).endsWith(";OKLAR;KOLUMN;Se bilaga;OKLAR_STATUS;");
		correctRowSix();

		assertThat(runner.run(false)).isZero();
		assertThat(kontroller("ks.csv", 6)).endsWith(";DELVIS;MANUELL;Se bilaga;DELVIS;");
		assertThat(jdbc.sql("SELECT status FROM control WHERE source_row = 6").query(String.class).single())
			.isEqualTo("OKLAR");
		assertThat(page()).contains("Manuellt rättad (inläst: Oklar status). Kommentar: Halva granskningen är klar. "
				+ "Signatur: AL.");

		Files.writeString(INBOX.resolve("sn.csv"), "Uppföljning helår 2025\nNämnd/enhet: SN\n\nKontrollmoment;Status\n"
				+ "Hot och våld;Genomförd\n", StandardCharsets.UTF_8);
		assertThat(runner.run(false)).isZero();
		assertThat(kontroller("ks.csv", 6)).endsWith(";DELVIS;MANUELL;Se bilaga;DELVIS;");

		TestDatabase.empty(jdbc);
		try (Stream<Path> archived = Files.list(INBOX.resolve("arkiv"))) {
			for (Path file : archived.filter(f -> f.getFileName().toString().startsWith("ks_")).toList()) {
				Files.move(file, INBOX.resolve("ks.csv"));
			}
		}
		assertThat(runner.run(false)).isZero();
		assertThat(kontroller("ks.csv", 6)).endsWith(";DELVIS;MANUELL;Se bilaga;DELVIS;");
		CorrectionsWorkbook rewritten = CorrectionsWorkbook.open(WORKBOOK);
		assertThat(rewritten.get(rewritten.control("ks.csv", 6), "Rätt status")).isEqualTo("Delvis genomförd");
	}

	@Test
	void aCorrectionOfAReplacedFileIsListedWithoutAMatchAndStaysInTheWorkbook(CapturedOutput output)
			throws IOException {
		dropKs("ks.csv", "2;IT-säkerhet;;Se bilaga");
		runner.run(false);
		correctRowSix();
		runner.run(false);
		dropKs("ks ny version.csv", "2;IT-säkerhet;;Granskning ej genomförd");

		assertThat(runner.run(false)).isZero();

		String why = "filen har ersatts av 'ks ny version.csv'; rätta i den nya filens rader";
		assertThat(output.getOut()).contains("Correction without a match (rättelse utan träff): 'ks.csv', flik 'ks', "
				+ "rad 6: " + why);
		assertThat(page()).contains("'ks.csv', flik 'ks', rad 6: rättelse utan träff – " + why + ".");
		assertThat(kontroller("ks ny version.csv", 6)).endsWith(";EJ_GENOMFORD;KOLUMN;Granskning ej genomförd;EJ_GENOMFORD;");
		CorrectionsWorkbook workbook = CorrectionsWorkbook.open(WORKBOOK);
		Row kept = workbook.control("ks.csv", 6);
		assertThat(List.of(workbook.get(kept, "Rätt status"), workbook.get(kept, "anmärkning"))).containsExactly(
				"Delvis genomförd", "Rättelse utan träff: " + why + ". Töm raden för att ta bort rättelsen.");
	}

	@Test
	void aLineThatCannotBeUsedIsReportedWithItsRowAndTheRunCompletes(CapturedOutput output) throws IOException {
		dropKs("ks.csv", "2;IT-säkerhet;;Se bilaga");
		runner.run(false);
		CorrectionsWorkbook workbook = CorrectionsWorkbook.open(WORKBOOK);
		Row control = workbook.control("ks.csv", 6);
		Row file = workbook.file("ks.csv");
		int controlRow = control.getRowNum() + 1;
		int fileRow = file.getRowNum() + 1;
		workbook.set(control, "Rätt status", "Klar").set(file, "Rätt år", "20255").save();

		assertThat(runner.run(false)).isZero();

		int lastYear = Year.now().getValue() + 1;
		String status = "'Klar' i Rätt status är ingen status; välj Genomförd, Delvis genomförd, Ej genomförd, Oklar "
				+ "status, Utgår.";
		String year = "'20255' i Rätt år är inget år att rätta till; skriv ett år från 2000 till " + lastYear + ".";
		assertThat(output.getOut()).contains("Corrections file " + WORKBOOK.toAbsolutePath() + " row " + controlRow
				+ ": " + status, "Corrections file " + WORKBOOK.toAbsolutePath() + " row " + fileRow + ": " + year);
		assertThat(page()).contains("Rad " + controlRow + ": " + status, "Rad " + fileRow + ": " + year);
		assertThat(kontroller("ks.csv", 6)).endsWith(";OKLAR;KOLUMN;Se bilaga;OKLAR_STATUS;");
		CorrectionsWorkbook rewritten = CorrectionsWorkbook.open(WORKBOOK);
		Row left = rewritten.control("ks.csv", 6);
		assertThat(List.of(rewritten.get(left, "Rätt status"), rewritten.get(left, "anmärkning"))).containsExactly("Klar",
				"Kunde inte användas (Rad " + controlRow + ": " + status + ") Rätta raden; tills dess gäller det som "
						+ "stod förut.");
	}

	@Test
	void aCorrectionsFileThatCannotBeOpenedIsReportedAndLosesNothing(CapturedOutput output) throws IOException {
		dropKs("ks.csv", "2;IT-säkerhet;;Se bilaga");
		runner.run(false);
		correctRowSix();
		runner.run(false);
		Files.copy(TRUNCATED, WORKBOOK, StandardCopyOption.REPLACE_EXISTING);

		assertThat(runner.run(false)).isZero();

		assertThat(output.getOut()).contains("Corrections file " + WORKBOOK.toAbsolutePath() + " cannot be read; the "
				+ "corrections already in force still apply: Filen är skadad eller ofullständig och kan inte öppnas som "
				+ "Excel-fil.");
		assertThat(page()).contains("Rättelsefilen kunde inte läsas: Filen är skadad eller ofullständig och kan inte "
				+ "öppnas som Excel-fil. Rättelserna från tidigare körningar gäller.");
		assertThat(kontroller("ks.csv", 6)).endsWith(";DELVIS;MANUELL;Se bilaga;DELVIS;");
		assertThat(WORKBOOK).hasSameBinaryContentAs(TRUNCATED);
	}

	@Test
	void aWholeFileCorrectionTurnsANamndThatSentNothingIntoOneThatReported() throws IOException {
		Files.writeString(INBOX.resolve("uppföljning 2025.csv"), "Uppföljning internkontroll helår 2025\n\n"
				+ "Kontrollmoment;Status\nBiblioteksbesök;Genomförd\n", StandardCharsets.UTF_8);
		runner.run(false);
		List<String> before = Files.readAllLines(OUT.resolve("inlamningar.csv"), StandardCharsets.UTF_8).stream()
			.map(l -> l.replace("\"", ""))
			.toList();
		assertThat(before).contains(";Kulturnämnden;2025;;EJ_INLAMNAD;0;Ingen uppföljning för 2025 har kommit in från "
				+ "nämnden.;");
		assertThat(before).anySatisfy(l -> assertThat(l).startsWith("uppföljning 2025.csv;Okänd nämnd (uppföljning "
				+ "2025.csv);2025;Helår;INLAST;1;KONTROLLERA: ingen nämnd står i filen. Se kvittot Okänd nämnd "
				+ "(uppföljning 2025.csv) - uppföljning 2025.csv.html i mappen kvitton. Läste flik"));
		CorrectionsWorkbook workbook = CorrectionsWorkbook.open(WORKBOOK);
		Row file = workbook.file("uppföljning 2025.csv");
		workbook.set(file, "Rätt nämnd", "KN").set(file, "Kommentar", "Kulturförvaltningens mall").set(file, "Signatur",
				"AL").save();

		assertThat(runner.run(false)).isZero();

		List<String> after = Files.readAllLines(OUT.resolve("inlamningar.csv"), StandardCharsets.UTF_8).stream()
			.map(l -> l.replace("\"", ""))
			.toList();
		assertThat(after).noneMatch(l -> l.contains("EJ_INLAMNAD") && l.contains("Kulturnämnden"))
			.anySatisfy(l -> assertThat(l).startsWith("uppföljning 2025.csv;Kulturnämnden;2025;Helår;INLAST;1;")
				.endsWith(" Manuellt rättad: nämnd Kulturnämnden (inläst: Okänd nämnd (uppföljning 2025.csv)). "
						+ "Kommentar: Kulturförvaltningens mall. Signatur: AL.;"));
		assertThat(kontroller("uppföljning 2025.csv", 4)).startsWith("Kulturnämnden;2025;Helår;uppföljning 2025.csv;");
		assertThat(OUT.resolve("kvitton")).isDirectoryContaining(
				p -> p.getFileName().toString().equals("Kulturnämnden - uppföljning 2025.csv.pdf"))
			.isDirectoryNotContaining(p -> p.getFileName().toString().startsWith("Okänd nämnd"));
	}
}
