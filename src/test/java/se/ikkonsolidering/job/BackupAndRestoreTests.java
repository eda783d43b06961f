package se.ikkonsolidering.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The backup a run leaves behind, restored with the README's one command into a new database file: the same rows
 * as the database it was made from.
 */
@Tag("slow")
class BackupAndRestoreTests {

	private static final String CONTROLS = "SELECT s.namnd || '|' || s.file_name || '|' || c.seq || '|' "
			+ "|| c.kontrollmoment || '|' || c.status FROM control c JOIN submission s ON s.id = c.submission_id "
			+ "ORDER BY s.file_name, c.seq";

	@TempDir
	Path dir;

	@Test
	void aRunLeavesABackupThatRestoresToTheSameRows() throws Exception {
		Files.createDirectories(dir.resolve("inkorg"));
		Files.writeString(dir.resolve("inkorg").resolve("ks.csv"),
				"Nämnd: KS 2025\nKontrollmoment;Status\nAttest;Ja\nInköp;Nej\n");
		Process run = ChildRun.start(dir, dir.resolve("run.log"));
		assertThat(run.waitFor(120, TimeUnit.SECONDS)).isTrue();
		assertThat(run.exitValue()).as(Files.readString(dir.resolve("run.log"))).isZero();

		List<Path> backups = files(dir.resolve("ut").resolve("backup"));
		assertThat(backups).singleElement().asString().matches(".*/ik-konsolidering-\\d{8}-\\d{6}\\.zip");

		String restored = "jdbc:h2:file:" + dir.resolve("återställd").resolve("ik");
		Process restore = ChildRun.withArguments(dir, dir.resolve("restore.log"), "--restore",
				backups.get(0).toString(), "--db", restored);
		assertThat(restore.waitFor(60, TimeUnit.SECONDS)).isTrue();
		assertThat(Files.readAllLines(dir.resolve("restore.log"))).containsExactly("ik-konsolidering: restored "
				+ backups.get(0) + " to " + dir.resolve("återställd").resolve("ik.mv.db") + "; start the job with --db "
				+ restored);
		assertThat(restore.exitValue()).isZero();

		assertThat(rows(restored, CONTROLS)).hasSize(2)
			.isEqualTo(rows("jdbc:h2:file:" + dir.resolve("db").resolve("ik"), CONTROLS));
	}

	private static List<Path> files(Path folder) throws Exception {
		if (!Files.isDirectory(folder)) {
			return List.of();
		}
		try (Stream<Path> files = Files.list(folder)) {
			// Hidden files are the folder's bookkeeping (what the newest backup was made from), no backups.
			return files.filter(f -> !f.getFileName().toString().startsWith(".")).sorted().toList();
		}
	}

	private static List<String> rows(String url, String sql) throws SQLException {
		List<String> rows = new ArrayList<>();
		try (Connection c = DriverManager.getConnection(url + ";IFEXISTS=TRUE", "sa", "");
				ResultSet rs = c.createStatement().executeQuery(sql)) {
			while (rs.next()) {
				rows.add(rs.getString(1));
			}
		}
		return rows;
	}
}
