package se.ikkonsolidering.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** Backups of an embedded H2 file database, written while it is open and restored into a new file. */
class DatabaseBackupTests {

	@TempDir
	Path dir;

	private String url(String name) {
		return "jdbc:h2:file:" + dir.resolve(name).resolve("ik");
	}

	private static DriverManagerDataSource dataSource(String url) {
		return new DriverManagerDataSource(url, "sa", "");
	}

	private static List<String> names(Path folder) throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			return files.map(f -> f.getFileName().toString()).sorted().toList();
		}
	}

	@Test
	void backsUpOnlyWhatIsCommittedWhileTheDatabaseIsInUse() throws SQLException {
		DriverManagerDataSource source = dataSource(url("db"));
		JdbcClient jdbc = JdbcClient.create(source);
		jdbc.sql("CREATE TABLE control (id INT PRIMARY KEY, status VARCHAR(20))").update();
		jdbc.sql("INSERT INTO control VALUES (1, 'GENOMFORD'), (2, 'DELVIS')").update();
		Path backup;
		try (Connection writing = source.getConnection()) {
			writing.setAutoCommit(false);
			writing.createStatement().executeUpdate("INSERT INTO control VALUES (3, 'OKLAR')");

			backup = new DatabaseBackup(jdbc, url("db"), dir.resolve("backup"), 7).write().orElseThrow();
		}

		DatabaseBackup.restore(backup, url("restored"));

		assertThat(JdbcClient.create(dataSource(url("restored"))).sql("SELECT id || ' ' || status FROM control ORDER BY id")
			.query(String.class).list()).containsExactly("1 GENOMFORD", "2 DELVIS");
	}

	@Test
	void keepsTheNewestBackupsAndLeavesOtherFilesAlone() throws IOException {
		Path folder = Files.createDirectories(dir.resolve("backup"));
		for (String old : List.of("ik-konsolidering-20240101-020000.zip", "ik-konsolidering-20240102-020000.zip",
				"ik-konsolidering-20240103-020000.zip", "anteckningar.txt")) {
			Files.writeString(folder.resolve(old), "");
		}

		Path backup = new DatabaseBackup(JdbcClient.create(dataSource(url("db"))), url("db"), folder, 2).write()
			.orElseThrow();

		assertThat(names(folder)).containsExactly("anteckningar.txt", "ik-konsolidering-20240103-020000.zip",
				backup.getFileName().toString());
	}

	@Test
	void writesNoNewBackupWhileTheDataIsAsInTheNewestOne() {
		DatabaseBackup backups = new DatabaseBackup(JdbcClient.create(dataSource(url("db"))), url("db"),
				dir.resolve("backup"), 7);
		backups.write("3/3/0/3/21").orElseThrow();

		assertThat(backups.write("3/3/0/3/21")).isEmpty();
		assertThat(backups.write("4/4/1/4/30")).isPresent();
	}

	@Test
	void writesABackupAgainWhenTheNewestWasRemoved() throws IOException {
		DatabaseBackup backups = new DatabaseBackup(JdbcClient.create(dataSource(url("db"))), url("db"),
				dir.resolve("backup"), 7);
		Files.delete(backups.write("3/3/0/3/21").orElseThrow());

		assertThat(backups.write("3/3/0/3/21")).get().satisfies(backup -> assertThat(backup).isRegularFile());
	}

	@Test
	void saysWhichBackupCouldNotBeWrittenAndWhy() throws IOException {
		Path notAFolder = Files.writeString(dir.resolve("backup"), "");
		DatabaseBackup backup = new DatabaseBackup(JdbcClient.create(dataSource(url("db"))), url("db"), notAFolder, 7);

		assertThatThrownBy(backup::write).isInstanceOf(BackupException.class)
			.hasMessageMatching("the backup " + Pattern.quote(notAFolder.toString())
					+ "/ik-konsolidering-\\d{8}-\\d{6}\\.zip could not be written \\(FileAlreadyExistsException: "
					+ Pattern.quote(notAFolder.toString()) + "\\)");
	}

	@Test
	void writesNoBackupOfAnInMemoryDatabase() {
		String url = "jdbc:h2:mem:backup-tests";

		assertThat(new DatabaseBackup(JdbcClient.create(dataSource(url)), url, dir.resolve("backup"), 7).write()).isEmpty();
		assertThat(dir.resolve("backup")).doesNotExist();
	}

	@Test
	void refusesToRestoreOverADatabaseFileThatIsThere() throws IOException {
		Path backup = new DatabaseBackup(JdbcClient.create(dataSource(url("db"))), url("db"), dir.resolve("backup"), 7)
			.write()
			.orElseThrow();
		Path damaged = Files.writeString(Files.createDirectories(dir.resolve("live")).resolve("ik.mv.db"), "skadad");

		assertThatThrownBy(() -> DatabaseBackup.restore(backup, url("live"))).isInstanceOf(BackupException.class)
			.hasMessage("the database file " + damaged + " is there; stop the job and move the file aside first "
					+ "(nothing was changed)");
		assertThat(damaged).hasContent("skadad");
	}

	@Test
	void refusesToRestoreAFileThatIsNotABackup() throws IOException {
		Path notAZip = Files.writeString(dir.resolve("ik-konsolidering-20250101-020000.zip"), "inte en zip");

		assertThatThrownBy(() -> DatabaseBackup.restore(notAZip, url("restored"))).isInstanceOf(BackupException.class)
			.hasMessage(notAZip + " is not a zip file; give a backup the job wrote");
		assertThat(dir.resolve("restored")).doesNotExist();
	}
}
