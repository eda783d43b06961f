package se.ikkonsolidering.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import se.ikkonsolidering.support.JobFolders;
import se.ikkonsolidering.support.TestDatabase;

/** Internkontrollplaner dropped in the inbox: read as plans, replaced by a newer plan, and re-filed in planer/. */
@SpringBootTest
@Tag("database")
class PlansInTheInboxTests {

	private static final Path ROOT = JobFolders.temporaryRoot("plans-in-the-inbox");
	private static final Path INBOX = ROOT.resolve("inkorg");

	private static final String TABLE = "Process;Kontrollmoment;Ansvarig\nEkonomi;Kontroll av attester;Ekonomichef\n"
			+ "Delegation;Delegationsbeslut anmäls till nämnden;Nämndsekreterare\n";

	@Autowired
	JobRunner runner;

	@Autowired
	JdbcClient jdbc;

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		JobFolders.register(registry, ROOT, ROOT.resolve("namnder.csv"), "plans-in-the-inbox");
	}

	@BeforeEach
	void emptyDatabaseAndInbox() throws IOException {
		TestDatabase.empty(jdbc);
		JobFolders.empty(INBOX);
		Files.createDirectories(INBOX.resolve("planer"));
		Files.writeString(ROOT.resolve("namnder.csv"), "nämnd;alias\nSocialnämnden;SN\n");
	}

	private static void drop(String name, String content) throws IOException {
		Files.writeString(INBOX.resolve(name), content, StandardCharsets.UTF_8);
	}

	private List<String> outcomes() {
		return jdbc.sql("SELECT file_name || ' ' || kind || ' ' || outcome FROM submission ORDER BY id")
			.query(String.class)
			.list();
	}

	@Test
	void replacesAPlanWithTheNamndsNewPlanForTheYearButNeverWithAFollowUp() throws IOException {
		drop("plan v1.csv", "Internkontrollplan 2025 Socialnämnden;;\n" + TABLE);
		assertThat(runner.run(false)).isZero();
		drop("uppföljning.csv", "Uppföljning helår 2025 Socialnämnden;;;\nKontrollmoment;Status\nKontroll av attester;Ja\n");
		drop("plan v2.csv", "Internkontrollplan 2025 Socialnämnden, reviderad;;\n" + TABLE
				+ "Personal;Lönetillägg upphör i tid;HR-chef\n");
		// The inbox is read in the order the files arrived; written a moment apart, they may share a timestamp.
		FileTime arrived = FileTime.fromMillis(System.currentTimeMillis() - 60_000);
		Files.setLastModifiedTime(INBOX.resolve("uppföljning.csv"), arrived);
		Files.setLastModifiedTime(INBOX.resolve("plan v2.csv"), FileTime.fromMillis(arrived.toMillis() + 1_000));

		assertThat(runner.run(false)).isZero();

		assertThat(outcomes()).containsExactly("plan v1.csv PLAN ERSATT", "uppföljning.csv FOLLOW_UP INLAST",
				"plan v2.csv PLAN INLAST");
	}

	@Test
	void readsAPlanFirstTakenForAFollowUpAsAPlanOnceItIsFiledInThePlanFolder() throws IOException {
		drop("Socialnämnden 2025.csv", "Socialnämnden 2025;;\n" + TABLE);
		assertThat(runner.run(false)).isZero();
		Path archived;
		try (Stream<Path> files = Files.list(INBOX.resolve("arkiv"))) {
			archived = files.findFirst().orElseThrow();
		}
		Files.move(archived, INBOX.resolve("planer").resolve("Socialnämnden 2025.csv"));

		assertThat(runner.run(false)).isZero();

		assertThat(outcomes()).containsExactly("Socialnämnden 2025.csv FOLLOW_UP ERSATT",
				"Socialnämnden 2025.csv PLAN INLAST");
		assertThat(jdbc.sql("SELECT message FROM submission WHERE kind = 'FOLLOW_UP'").query(String.class).single())
			.endsWith("Tabellen har varken status- eller resultatkolumn. Är filen nämndens internkontrollplan, lägg den "
					+ "i mappen planer/ i inkorgen.");
	}

	@Test
	void refusesTheSamePlanFiledTwice() throws IOException {
		drop("plan.csv", "Internkontrollplan 2025 Socialnämnden;;\n" + TABLE);
		Files.writeString(INBOX.resolve("planer").resolve("plan kopia.csv"),
				"Internkontrollplan 2025 Socialnämnden;;\n" + TABLE, StandardCharsets.UTF_8);

		assertThat(runner.run(false)).isZero();

		assertThat(jdbc.sql("SELECT kind, outcome FROM submission ORDER BY id").query((rs, row) -> tuple(rs.getString(1),
				rs.getString(2))).list()).containsExactly(tuple("PLAN", "INLAST"), tuple("PLAN", "DUBBLETT"));
	}
}
