package se.ikkonsolidering.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import se.ikkonsolidering.support.JobFolders;
import se.ikkonsolidering.support.TestDatabase;

/**
 * A batch of odd and broken files beside good ones: each file ends in the archive, or in the rejected folder with
 * a Swedish note, or stays with a logged reason; the good files are read as if the bad ones were not there.
 */
@SpringBootTest
@Tag("database")
class BadInputCorpusTests {

	private static final Path ROOT = folder();
	private static final Path INBOX = ROOT.resolve("inkorg");
	private static final String GOOD = "Kontrollmoment;Status;Resultat\nAttest av fakturor;Genomförd;Stickprov gjort.\n";

	@Autowired
	JobRunner runner;

	@Autowired
	JdbcClient jdbc;

	private static int exit = -1;

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		JobFolders.register(registry, ROOT, null, "bad-input");
	}

	/** Broken and odd contents, one golden file per case. */
	private static final Path GOLDEN = Path.of("src/test/resources/fixtures/invalid");

	@BeforeAll
	static void dropCorpus() throws IOException {
		Files.createDirectories(INBOX);
		try (Stream<Path> cases = Files.list(GOLDEN)) {
			for (Path golden : cases.toList()) {
				Files.copy(golden, INBOX.resolve(golden.getFileName().toString()));
			}
		}
		// Odd names, which a checkout would not keep as they are, and a megabyte of text: made here.
		csv("God nämnd 2025.csv", "God nämnd 2025\n" + GOOD);
		csv("jättelång text.csv", "Lång nämnd 2025\nKontrollmoment;Status;Resultat\nAttest;Ja;" + "x".repeat(1_048_576) + "\n");
		csv("  mellanslag och åäö ÅÄÖ .csv", "Åäö nämnd 2025\n" + GOOD);
		csv(".DS_Store", "binary junk from a Mac");
		csv("._God nämnd 2025.csv", "AppleDouble");
		csv("~$låst.xlsx", GOOD);
		csv("l".repeat(240) + ".csv", "Långt namn nämnd 2025\n" + GOOD);
		csv("..csv", "Punkt nämnd 2025\n" + GOOD);
		csv("kopia av god nämnd.csv", "God nämnd 2025\n" + GOOD);
	}

	private static void csv(String name, String content) throws IOException {
		Files.writeString(INBOX.resolve(name), content, StandardCharsets.UTF_8);
	}

	private void runOnce() {
		if (exit < 0) {
			TestDatabase.empty(jdbc);
			exit = runner.run(false);
		}
	}

	private static List<String> names(Path folder) throws IOException {
		if (!Files.isDirectory(folder)) {
			return List.of();
		}
		try (Stream<Path> files = Files.list(folder)) {
			return files.filter(Files::isRegularFile).map(p -> p.getFileName().toString()).sorted().toList();
		}
	}

	private Map<String, String> outcomes() {
		return jdbc.sql("SELECT file_name, outcome FROM submission").query((rs, n) -> Map.entry(rs.getString(1),
				rs.getString(2))).list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	@Test
	void completesTheRunDespiteEveryBadFile() {
		runOnce();
		assertThat(exit).isZero();
	}

	@Test
	void accountsForEveryFile() throws IOException {
		runOnce();
		assertThat(names(INBOX)).containsExactlyInAnyOrder(".DS_Store", "._God nämnd 2025.csv", "~$låst.xlsx");
		int archived = names(INBOX.resolve("arkiv")).size();
		List<String> rejected = names(INBOX.resolve("avvisade"));
		long notes = rejected.stream().filter(n -> n.endsWith(".fel.txt")).count();
		assertThat(notes).isEqualTo(rejected.size() - notes);
		assertThat(archived + notes).isEqualTo(15);
		assertThat(outcomes()).hasSize(15);
	}

	@Test
	void readsTheGoodFilesAsIfTheBadOnesWereNotThere() {
		runOnce();
		Map<String, String> outcomes = outcomes();
		assertThat(outcomes).containsEntry("God nämnd 2025.csv", "INLAST")
			.containsEntry("egentligen csv.xlsx", "INLAST")
			.containsEntry("blandade radslut.csv", "INLAST")
			.containsEntry("nul-tecken.csv", "INLAST")
			.containsEntry("jättelång text.csv", "INLAST")
			.containsEntry("formelfel.csv", "INLAST")
			.containsEntry("  mellanslag och åäö ÅÄÖ .csv", "INLAST")
			.containsEntry("..csv", "INLAST")
			.containsEntry("stor.xlsx", "INLAST")
			.containsEntry("kopia av god nämnd.csv", "DUBBLETT")
			.containsEntry("tom.xlsx", "AVVISAD")
			.containsEntry("trasig.xlsx", "AVVISAD")
			.containsEntry("obalanserade citattecken.csv", "AVVISAD")
			.containsEntry("rapport.pdf", "AVVISAD");
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
			tom.xlsx | Filen är tom (0 byte). | Spara uppföljningen på nytt och skicka den igen.
			trasig.xlsx | Filen är skadad eller ofullständig och kan inte öppnas som Excel-fil. | Öppna filen i Excel för att se att den fungerar, spara den på nytt och skicka den igen.
			rapport.pdf | PDF-filer kan inte läsas. | Skicka den Word- eller Excel-fil som PDF:en gjordes från.
			obalanserade citattecken.csv | CSV-filen har fel struktur och kan inte tolkas: ett citattecken (") på rad 3 avslutas aldrig, så resten av filen blir en enda cell. | Kontrollera citattecknen i filen, eller spara uppföljningen som Excel-fil (.xlsx) och skicka den igen.
			""")
	void rejectsEachBrokenFileSayingWhatIsWrongAndWhatToDo(String file, String problem, String advice)
			throws IOException {
		runOnce();
		assertThat(jdbc.sql("SELECT message FROM submission WHERE file_name = ?").param(file).query(String.class).single())
			.isEqualTo(problem + " " + advice);
		assertThat(Files.readString(INBOX.resolve("avvisade").resolve(file + ".fel.txt")))
			.contains("\r\nVad är fel?\r\n" + problem + "\r\n\r\nVad kan du göra?\r\n" + advice + "\r\n\r\n");
	}

	@Test
	void rejectsACopySayingWhichFileItRepeatsAndWhenThatWasRead() {
		runOnce();
		String read = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").format(jdbc
			.sql("SELECT received_at FROM submission WHERE file_name = 'God nämnd 2025.csv'")
			.query(Timestamp.class)
			.single()
			.toLocalDateTime());
		assertThat(jdbc.sql("SELECT message FROM submission WHERE file_name = 'kopia av god nämnd.csv'")
			.query(String.class)
			.single()).isEqualTo("Filen har redan lästs in: den har samma innehåll som 'God nämnd 2025.csv', inläst "
					+ read + ". Den lästes inte in igen. Ingen åtgärd behövs om det är samma uppföljning. Har du ändrat i "
					+ "uppföljningen, kontrollera att du skickat den nya versionen.");
	}

	@Test
	void readsOneControlFromASheetUsedToItsLastRowAndColumn() {
		runOnce();
		assertThat(jdbc.sql("SELECT control_count FROM submission WHERE file_name = 'stor.xlsx'").query(Integer.class)
			.single()).isEqualTo(1);
	}

	@Test
	void readsFormulaErrorsInTheStatusColumnAsUnclear() {
		runOnce();
		assertThat(jdbc.sql("SELECT c.status FROM control c JOIN submission s ON s.id = c.submission_id "
				+ "WHERE s.file_name = 'formelfel.csv' ORDER BY c.seq").query(String.class).list())
			.containsExactly("OKLAR", "OKLAR");
	}

	@Test
	void capsAMegabyteOfTextAndSaysSo() {
		runOnce();
		String result = jdbc.sql("SELECT c.result FROM control c JOIN submission s ON s.id = c.submission_id "
				+ "WHERE s.file_name = 'jättelång text.csv'").query(String.class).single();
		assertThat(result).hasSize(32_767).endsWith("[texten kortades: 1048576 tecken]");
	}

	@Test
	void keepsEveryStoredNameInsideItsFolder() throws IOException {
		runOnce();
		try (Stream<Path> all = Files.walk(ROOT)) {
			assertThat(all.filter(Files::isRegularFile).map(Path::normalize))
				.allMatch(p -> p.startsWith(ROOT.normalize()));
		}
		assertThat(names(INBOX.resolve("arkiv"))).anyMatch(n -> n.startsWith("_"))
			.allMatch(n -> n.length() <= 255);
	}

	private static Path folder() {
		try {
			Path root = Files.createTempDirectory("bad-input");
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				try (Stream<Path> all = Files.walk(root)) {
					all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
				}
				catch (IOException ignored) {
					// best effort
				}
			}));
			return root;
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
