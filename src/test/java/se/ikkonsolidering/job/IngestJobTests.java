package se.ikkonsolidering.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

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

/** The whole job on small inboxes: what is stored, exported and moved. */
@SpringBootTest
@Tag("database")
@ExtendWith(OutputCaptureExtension.class)
class IngestJobTests {

	private static final Path ROOT = JobFolders.temporaryRoot("ingest-job");
	private static final Path INBOX = ROOT.resolve("inkorg");
	private static final Path OUT = ROOT.resolve("ut");
	/** The start of a zip file and nothing more. */
	private static final Path TRUNCATED = Path.of("src/test/resources/fixtures/invalid/trasig.xlsx");

	@Autowired
	JobRunner runner;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DataSource dataSource;

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		JobFolders.register(registry, ROOT, ROOT.resolve("namnder.csv"), "ingest-job");
	}

	@BeforeEach
	void emptyDatabaseAndFolders() throws IOException {
		TestDatabase.empty(jdbc);
		JobFolders.empty(INBOX, OUT);
		Files.createDirectories(INBOX);
		Files.writeString(ROOT.resolve("namnder.csv"),
				"nämnd;alias\nKommunstyrelsen;Kommunledningskontoret|KS\nSocialnämnden;SN\n");
	}

	private static String followUp(String namnd, String period, String... rows) {
		StringBuilder s = new StringBuilder("Uppföljning internkontrollplan " + period + " 2025\nNämnd/enhet: " + namnd
				+ "\n\nID;Kontrollmoment;Konstaterad avvikelse;Status\n");
		for (String row : rows) {
			s.append(row).append('\n');
		}
		return s.toString();
	}

	private static void drop(String name, String content) throws IOException {
		Files.writeString(INBOX.resolve(name), content, StandardCharsets.UTF_8);
	}

	private long count(String sql) {
		return jdbc.sql(sql).query(Long.class).single();
	}

	private static List<String> lines(String file) throws IOException {
		return Files.readAllLines(OUT.resolve(file), StandardCharsets.UTF_8);
	}

	@Test
	void readsEachFileArchivesItAndExportsItsControls() throws IOException {
		drop("klk.csv", followUp("Kommunledningskontoret", "helår", "1;Prognoser;Ingen avvikelse;Granskning genomförd",
				"2;IT-säkerhet;Granskningen har inte genomförts;Granskning ej genomförd"));

		assertThat(runner.run(false)).isZero();

		assertThat(count("SELECT COUNT(*) FROM control")).isEqualTo(2);
		assertThat(INBOX.resolve("klk.csv")).doesNotExist();
		try (Stream<Path> archived = Files.list(INBOX.resolve("arkiv"))) {
			assertThat(archived).singleElement().asString().contains("klk_");
		}
		assertThat(lines("kontroller.csv")).hasSize(3);
		assertThat(lines("kontroller.csv").get(2)).startsWith("Kommunstyrelsen;2025;Helår;klk.csv;klk;6;2;")
			.endsWith(";EJ_GENOMFORD;KOLUMN;Granskning ej genomförd;EJ_GENOMFORD;");
		assertThat(lines("inlamningar.csv")).anySatisfy(l -> assertThat(l).startsWith("klk.csv;Kommunstyrelsen;2025;Helår;INLAST;2;"))
			.anySatisfy(l -> assertThat(l).startsWith("\"\";Socialnämnden;2025;;EJ_INLAMNAD;0;"));
	}

	@Test
	void listsEveryFileOfTheRunInInlamningarWhateverItsYear() throws IOException {
		drop("ks helår.csv", followUp("Kommunledningskontoret", "helår", "1;Prognoser;;Ja"));
		drop("ks delår.csv", followUp("Kommunledningskontoret", "delår", "1;Prognoser;;Ja"));
		drop("sn 2024.csv", followUp("Socialnämnden", "helår", "1;Hot och våld;;Ja").replace(" 2025\n", " 2024\n"));

		assertThat(runner.run(false)).isZero();

		assertThat(lines("inlamningar.csv")).hasSize(5)
			.anySatisfy(l -> assertThat(l).startsWith("sn 2024.csv;Socialnämnden;2024;Helår;INLAST;1;"))
			.anySatisfy(l -> assertThat(l).isEqualTo("\"\";Socialnämnden;2025;;EJ_INLAMNAD;0;Ingen uppföljning för 2025 "
					+ "har kommit in från nämnden.;"));
	}

	@Test
	void readsAWorkbookWhoseNameIsLatin1FromAnOldWindowsShare() throws Exception {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(INBOX.resolve("x.xlsx"))) {
			Sheet sheet = workbook.createSheet("Uppföljning");
			String[][] rows = { { "Uppföljning helår 2025" }, { "Nämnd: Socialnämnden" }, { "Kontrollmoment", "Status" },
					{ "Attest av fakturor", "Ja" } };
			for (int r = 0; r < rows.length; r++) {
				Row row = sheet.createRow(r);
				for (int c = 0; c < rows[r].length; c++) {
					row.createCell(c).setCellValue(rows[r][c]);
				}
			}
			workbook.write(out);
		}
		// Java cannot spell a name that is not UTF-8; the shell writes its Latin-1 bytes as an old share would.
		Process rename = new ProcessBuilder("bash", "-c", "mv x.xlsx $'Socialn\\xe4mnden hel\\xe5r 2025.xlsx'")
			.directory(INBOX.toFile()).inheritIO().start();
		assertThat(rename.waitFor()).isZero();

		assertThat(runner.run(false)).isZero();

		assertThat(lines("inlamningar.csv"))
			.anySatisfy(l -> assertThat(l).startsWith("Socialnämnden helår 2025.xlsx;Socialnämnden;2025;Helår;INLAST;1;"));
		try (Stream<Path> archived = Files.list(INBOX.resolve("arkiv"))) {
			assertThat(archived).singleElement().asString().contains("Socialnämnden helår 2025_");
		}
	}

	@Test
	void escapesLineBreaksInAFileNameSoTheyCannotForgeLinesOrSplitMessages() throws IOException {
		drop("sn\nINFO Forged.csv", followUp("Socialnämnden", "helår", "1;Hot och våld;;Ja"));
		Files.copy(TRUNCATED, INBOX.resolve("trasig\r\n.xlsx"));

		assertThat(runner.run(false)).isZero();

		assertThat(lines("inlamningar.csv")).anySatisfy(l -> assertThat(l).startsWith("sn\\nINFO Forged.csv;Socialnämnden;"))
			.anySatisfy(l -> assertThat(l).startsWith("trasig\\r\\n.xlsx;;;;AVVISAD;"));
		assertThat(Files.readAllLines(INBOX.resolve("avvisade").resolve("trasig_r_n.xlsx.fel.txt")).get(0))
			.isEqualTo("\uFEFFFilen \"trasig\\r\\n.xlsx\" lästes inte in i sammanställningen av internkontrollen.");
	}

	@Test
	void rejectsAnUnreadableFileWithASwedishNoteAndReadsTheOthers() throws IOException {
		Files.copy(TRUNCATED, INBOX.resolve("trasig.xlsx"));
		drop("sn.csv", followUp("Socialnämnden", "helår", "1;Hot och våld;;Ja"));

		assertThat(runner.run(false)).isZero();

		assertThat(INBOX.resolve("avvisade").resolve("trasig.xlsx")).exists();
		assertThat(Files.readString(INBOX.resolve("avvisade").resolve("trasig.xlsx.fel.txt"))).contains("\r\nVad är fel?\r\n"
				+ "Filen är skadad eller ofullständig och kan inte öppnas som Excel-fil.\r\n\r\n"
				+ "Vad kan du göra?\r\nÖppna filen i Excel för att se att den fungerar, spara den på nytt och skicka den "
				+ "igen.\r\n\r\n");
		assertThat(count("SELECT COUNT(*) FROM submission WHERE outcome = 'INLAST'")).isEqualTo(1);
		assertThat(lines("inlamningar.csv")).anySatisfy(l -> assertThat(l).startsWith("trasig.xlsx;;;;AVVISAD;0;"));
	}

	@Test
	void doesNotReadTheSameFileTwice() throws IOException {
		String content = followUp("Socialnämnden", "helår", "1;Hot och våld;;Ja");
		drop("sn.csv", content);
		runner.run(false);
		drop("sn kopia.csv", content);

		assertThat(runner.run(false)).isZero();

		assertThat(count("SELECT COUNT(*) FROM control")).isEqualTo(1);
		assertThat(Files.readString(INBOX.resolve("avvisade").resolve("sn kopia.csv.fel.txt")))
			.contains("samma innehåll som 'sn.csv'");
	}

	@Test
	void readsOnlyOneOfTwoIdenticalFilesDroppedTogether() throws IOException {
		String content = followUp("Socialnämnden", "helår", "1;Hot och våld;;Ja");
		drop("sn.csv", content);
		drop("sn (kopia).csv", content);

		assertThat(runner.run(false)).isZero();

		assertThat(count("SELECT COUNT(*) FROM control")).isEqualTo(1);
		assertThat(jdbc.sql("SELECT outcome FROM submission ORDER BY id").query(String.class).list())
			.containsExactlyInAnyOrder("INLAST", "DUBBLETT");
	}

	@Test
	void supersedesTheEarlierFileForTheSameNamndYearAndPeriod() throws IOException {
		drop("sn.csv", followUp("Socialnämnden", "helår", "1;Hot och våld;;Nej"));
		runner.run(false);
		drop("sn rättad.csv", followUp("Socialnämnden", "helår", "1;Hot och våld;;Ja", "2;Attest;;Ja"));

		runner.run(false);

		assertThat(jdbc.sql("SELECT file_name, outcome FROM submission ORDER BY id").query((rs, n) -> rs.getString(1) + "="
				+ rs.getString(2)).list()).containsExactly("sn.csv=ERSATT", "sn rättad.csv=INLAST");
		assertThat(lines("kontroller.csv")).hasSize(3).allSatisfy(l -> assertThat(l).doesNotContain("sn.csv;"));
		assertThat(lines("inlamningar.csv")).anySatisfy(l -> assertThat(l).startsWith("sn.csv;Socialnämnden;2025;Helår;ERSATT;1;"));
	}

	@Test
	void letsTheNewerOfTwoFilesForTheSameNamndAndPeriodInOneRunWinAndRecordsBoth() throws IOException {
		drop("b äldre.csv", followUp("Socialnämnden", "helår", "1;Hot och våld;;Nej"));
		drop("a nyare.csv", followUp("Socialnämnden", "helår", "1;Hot och våld;;Ja", "2;Attest;;Ja"));
		Files.setLastModifiedTime(INBOX.resolve("b äldre.csv"), FileTime.fromMillis(1_700_000_000_000L));
		Files.setLastModifiedTime(INBOX.resolve("a nyare.csv"), FileTime.fromMillis(1_700_000_060_000L));

		runner.run(false);

		assertThat(jdbc.sql("SELECT file_name || '=' || outcome FROM submission ORDER BY id").query(String.class).list())
			.containsExactly("b äldre.csv=ERSATT", "a nyare.csv=INLAST");
	}

	@Test
	void keepsDelarAndHelarOfTheSameYearApart() throws IOException {
		drop("sn delår.csv", followUp("Socialnämnden", "delår", "1;Hot och våld;;Nej"));
		drop("sn helår.csv", followUp("Socialnämnden", "helår", "1;Hot och våld;;Ja"));

		runner.run(false);

		assertThat(count("SELECT COUNT(*) FROM submission WHERE outcome = 'INLAST'")).isEqualTo(2);
	}

	@Test
	void exportsOnlyTheRowsOfTheFileThatCountsWhenANamndSentT2AndHelar() throws IOException {
		drop("sn t2.csv", followUp("Socialnämnden", "T2", "1;Hot och våld;;Nej"));
		drop("sn helår.csv", followUp("Socialnämnden", "helår", "1;Hot och våld;;Ja", "2;Attest;;Ja"));

		runner.run(false);

		assertThat(lines("kontroller.csv")).hasSize(3)
			.allSatisfy(l -> assertThat(l).doesNotContain("sn t2.csv"))
			.anySatisfy(l -> assertThat(l).startsWith("Socialnämnden;2025;Helår;sn helår.csv;"));
		assertThat(count("SELECT COUNT(*) FROM control")).isEqualTo(3);
	}

	@Test
	void archivesOnTheNextRunAFileWhoseRowsWereStoredButWhichCouldNotBeMoved() throws IOException {
		drop("sn.csv", followUp("Socialnämnden", "helår", "1;Hot och våld;;Ja"));
		// A dangling link where the archive folder should be: the move fails as on a full or read-only disk.
		Files.createSymbolicLink(INBOX.resolve("arkiv"), ROOT.resolve("does-not-exist"));

		assertThat(runner.run(false)).isZero();
		assertThat(INBOX.resolve("sn.csv")).exists();

		Files.delete(INBOX.resolve("arkiv"));
		assertThat(runner.run(false)).isZero();

		assertThat(INBOX.resolve("sn.csv")).doesNotExist();
		assertThat(count("SELECT COUNT(*) FROM submission")).isEqualTo(1);
		assertThat(count("SELECT COUNT(*) FROM control")).isEqualTo(1);
		assertThat(jdbc.sql("SELECT stored_as FROM submission").query(String.class).single()).contains("arkiv");
	}

	@Test
	void writesTheExportsOnTheNextRunWhenTheyCouldNotBeWritten() throws IOException {
		drop("sn.csv", followUp("Socialnämnden", "helår", "1;Hot och våld;;Ja"));
		Files.writeString(OUT, "a file where the output folder should be, as good as a full disk");

		assertThat(runner.run(false)).isEqualTo(JobRunner.JOB_FAILED);

		Files.delete(OUT);
		assertThat(runner.run(false)).isZero();
		assertThat(lines("kontroller.csv")).hasSize(2);
		assertThat(count("SELECT COUNT(*) FROM control")).isEqualTo(1);
	}

	@Test
	void refusesToRunWithARegisterBrokenSinceTheStartInOneLineAndLeavesTheFiles(CapturedOutput output)
			throws IOException {
		Files.writeString(ROOT.resolve("namnder.csv"), "namn;kortnamn\nSocialnämnden;SN\n");
		drop("sn.csv", followUp("Socialnämnden", "helår", "1;Hot och våld;;Ja"));

		assertThat(runner.run(false)).isEqualTo(RunOptions.USAGE_ERROR);

		assertThat(INBOX.resolve("sn.csv")).exists();
		assertThat(output.getAll()).contains("ERROR JobRunner - Not running: Register " + ROOT.resolve("namnder.csv")
				+ ": the first line is 'namn;kortnamn', but it must be the header 'nämnd;alias' (then one nämnd per "
				+ "line, its aliases separated by |)\n").doesNotContain("\tat ");
	}

	@Test
	void refusesToStartWhileAnotherRunHoldsTheLock() throws IOException {
		drop("sn.csv", followUp("Socialnämnden", "helår", "1;Hot och våld;;Ja"));
		try (RunLock.Held held = new RunLock(dataSource).tryAcquire().orElseThrow()) {
			assertThat(runner.run(false)).isEqualTo(JobRunner.ALREADY_RUNNING);
		}
		assertThat(INBOX.resolve("sn.csv")).exists();
		assertThat(runner.run(false)).isZero();
	}

	@Test
	void recordsEachRunInTheJobRepository() throws IOException {
		long before = count("SELECT COUNT(*) FROM BATCH_JOB_EXECUTION WHERE STATUS = 'COMPLETED'");
		drop("sn.csv", followUp("Socialnämnden", "helår", "1;Hot och våld;;Ja"));

		runner.run(false);

		assertThat(count("SELECT COUNT(*) FROM BATCH_JOB_EXECUTION WHERE STATUS = 'COMPLETED'")).isEqualTo(before + 1);
	}

	@Test
	void doesNothingWhenTheInboxHasNothingNew() {
		long before = count("SELECT COUNT(*) FROM BATCH_JOB_EXECUTION");

		assertThat(runner.run(false)).isZero();

		assertThat(count("SELECT COUNT(*) FROM BATCH_JOB_EXECUTION")).isEqualTo(before);
	}
}
