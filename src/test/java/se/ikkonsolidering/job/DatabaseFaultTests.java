package se.ikkonsolidering.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** When the database cannot be used, the run fails cleanly, says why, and moves no file. */
@Tag("slow")
class DatabaseFaultTests {

	private static final String FOLLOW_UP = "Nämnd: Testnämnden 2025\nKontrollmoment;Status\nAttest;Ja\n";

	@TempDir
	Path dir;

	private String runAndExpectFailure(String db) throws Exception {
		Files.createDirectories(dir.resolve("inkorg"));
		Files.writeString(dir.resolve("inkorg").resolve("ik.csv"), FOLLOW_UP);
		Path log = dir.resolve("run.log");
		Process process = ChildRun.startOn(db, dir, log);
		assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
		assertThat(process.exitValue()).isEqualTo(JobRunner.JOB_FAILED);
		assertThat(dir.resolve("inkorg").resolve("ik.csv")).exists();
		assertThat(dir.resolve("inkorg").resolve("arkiv")).doesNotExist();
		return Files.readString(log);
	}

	@Test
	void failsCleanlyWhenTheDatabaseIsUnreachable() throws Exception {
		String log = runAndExpectFailure("jdbc:postgresql://127.0.0.1:1/ik?connectTimeout=2");
		assertThat(log).contains("could not start").contains("No file was moved");
	}

	@Test
	void namesADamagedDatabaseFileAndHowToRestoreIt() throws Exception {
		Path db = dir.resolve("db");
		Files.createDirectories(db);
		Files.write(db.resolve("ik.mv.db"), "this is not an H2 database, just damaged bytes".repeat(200).getBytes());
		String log = runAndExpectFailure("jdbc:h2:file:" + db.resolve("ik").toAbsolutePath());
		assertThat(log).contains("database file is damaged").contains("ik.mv.db").contains("backup");
	}
}
