package se.ikkonsolidering.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills the job with SIGKILL in the middle of a run and restarts it: the result must equal an uninterrupted run,
 * with nothing stored twice, nothing lost, and the job repository showing the failed and the completed run.
 */
@Tag("slow")
class RestartAfterCrashTests {

	private static final int FILES = 6;
	private static final int KILL_AFTER = 3;

	@TempDir
	Path dir;

	@Test
	void aRunKilledMidwayIsCompletedByTheNextWithTheSameResultAsAnUninterruptedRun() throws Exception {
		Path crashed = dir.resolve("crashed");
		Path reference = dir.resolve("reference");
		dropFollowUps(crashed.resolve("inkorg"));
		dropFollowUps(reference.resolve("inkorg"));

		Process first = start(crashed, KILL_AFTER);
		waitFor(crashed.resolve("ut").resolve("paused.marker"), first);
		first.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
		assertThat(files(crashed.resolve("inkorg"))).hasSize(FILES - KILL_AFTER);

		assertThat(exitCode(start(crashed, 0))).isZero();
		assertThat(exitCode(start(reference, 0))).isZero();

		assertThat(files(crashed.resolve("inkorg"))).isEmpty();
		assertThat(files(crashed.resolve("inkorg").resolve("arkiv"))).hasSize(FILES);
		assertThat(rows(crashed, CONTROLS)).as(rows(crashed, CONTROLS).toString()).hasSize(FILES * 2).isEqualTo(rows(reference, CONTROLS));
		assertThat(rows(crashed, SUBMISSIONS)).isEqualTo(rows(reference, SUBMISSIONS));
		assertThat(rows(crashed, "SELECT STATUS FROM BATCH_JOB_EXECUTION ORDER BY JOB_EXECUTION_ID"))
			.containsExactly("FAILED", "COMPLETED");
	}

	private static final String CONTROLS = "SELECT s.namnd || '|' || s.file_name || '|' || c.seq || '|' || c.source_row || '|' "
			+ "|| c.kontrollmoment || '|' || c.status FROM control c JOIN submission s ON s.id = c.submission_id "
			+ "ORDER BY s.file_name, c.seq";

	private static final String SUBMISSIONS = "SELECT file_name || '|' || outcome || '|' || control_count FROM submission "
			+ "ORDER BY file_name";

	private static void dropFollowUps(Path inbox) throws IOException {
		Files.createDirectories(inbox);
		for (int i = 1; i <= FILES; i++) {
			Files.writeString(inbox.resolve("namnd" + i + ".csv"), "Uppföljning 2025 Testnämnd " + i + "\n"
					+ "Nämnd: Testnämnd " + i + "\nKontrollmoment;Status\nAttest av fakturor;Genomförd\n"
					+ "Kontroll av behörigheter nr " + i + ";Ej genomförd\n");
			Files.setLastModifiedTime(inbox.resolve("namnd" + i + ".csv"),
					java.nio.file.attribute.FileTime.fromMillis(1_700_000_000_000L + i * 1000L));
		}
	}

	private Path lastLog;

	private Process start(Path root, int pauseAfterFiles) throws IOException {
		lastLog = root.resolve("run-" + System.nanoTime() + ".log");
		return ChildRun.start(root, lastLog, "ik.chunk-size=1", "ik.test-hook.pause-after-files=" + pauseAfterFiles);
	}

	private void waitFor(Path marker, Process process) throws Exception {
		for (int i = 0; i < 600 && !Files.exists(marker); i++) {
			assertThat(process.isAlive()).as("the run ended before the test could kill it:\n%s", Files.readString(lastLog))
				.isTrue();
			Thread.sleep(100);
		}
		assertThat(marker).exists();
	}

	private int exitCode(Process process) throws Exception {
		assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
		assertThat(process.exitValue()).as("exit code; log:\n%s", Files.readString(lastLog)).isZero();
		return process.exitValue();
	}

	private static List<Path> files(Path folder) throws IOException {
		try (Stream<Path> paths = Files.list(folder)) {
			return paths.filter(Files::isRegularFile).toList();
		}
	}

	private static List<String> rows(Path root, String sql) throws SQLException {
		List<String> rows = new ArrayList<>();
		try (Connection connection = DriverManager.getConnection(
				"jdbc:h2:file:" + root.resolve("db").resolve("ik").toAbsolutePath(), "sa", "");
				Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery(sql)) {
			while (rs.next()) {
				rows.add(rs.getString(1));
			}
		}
		return rows;
	}
}
