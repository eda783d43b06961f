package se.ikkonsolidering.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Backups of the embedded H2 database: after each successful run a zip in the backup folder, the newest few kept.
 * H2's {@code BACKUP TO} copies the open database as of one moment, so it works while the job holds the file (which
 * an outside tool cannot open then). A backup is the database file in a zip; restoring writes it back under the
 * database's name. A server database (PostgreSQL) is backed up with its own tools, which the log says once.
 */
public final class DatabaseBackup {

	private static final Logger log = LoggerFactory.getLogger(DatabaseBackup.class);

	/** What the newest backup was made from: the data's state and the backup's file name, a line each. */
	static final String MADE_FROM = ".underlag";

	/** Named by when they were made, so their names sort by age; other files in the folder are left alone. */
	private static final Pattern BACKUP_NAME = Pattern.compile("ik-konsolidering-\\d{8}-\\d{6}\\.zip");
	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

	private final JdbcClient jdbc;
	private final boolean embeddedFile;
	private final Path folder;
	private final int keep;

	/**
	 * @param url the database's JDBC URL
	 * @param folder where backups go
	 * @param keep how many backups to keep, newest first
	 */
	public DatabaseBackup(JdbcClient jdbc, String url, Path folder, int keep) {
		this.jdbc = jdbc;
		this.embeddedFile = H2File.of(url).isPresent();
		this.folder = folder;
		this.keep = keep;
		if (!url.startsWith("jdbc:h2:")) {
			log.info("The database ({}) is backed up with its own tools, e.g. pg_dump for PostgreSQL (README: Backup "
					+ "and restore); the job writes no backups to {}", url.split("//", 2)[0], folder.toAbsolutePath());
		}
	}

	/**
	 * Writes a backup and removes the oldest beyond the number kept.
	 * @return the new backup, or empty when the database is not an embedded H2 file (in memory, or a server)
	 * @throws BackupException when the folder cannot be written
	 */
	public Optional<Path> write() {
		return write(null);
	}

	/**
	 * As {@link #write()}, but none when the newest backup, still there, was made from the same data: a run that
	 * found nothing new spent most of its seconds zipping a large database again, and the backups kept then stay
	 * distinct states rather than copies of one.
	 * @param state the consolidated data's state ({@link SubmissionStore#state()}); {@code null} always writes
	 */
	public Optional<Path> write(String state) {
		if (!embeddedFile) {
			return Optional.empty();
		}
		Optional<Path> same = madeFrom(state);
		if (same.isPresent()) {
			log.info("No new backup: the data is as in {}", same.get());
			return Optional.empty();
		}
		Path backup = folder.resolve("ik-konsolidering-" + STAMP.format(LocalDateTime.now()) + ".zip").toAbsolutePath();
		Path partial = backup.resolveSibling(backup.getFileName() + ".part");
		try {
			Files.createDirectories(folder);
			jdbc.sql("BACKUP TO '" + partial.toString().replace("'", "''") + "'").update();
			Files.move(partial, backup, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			removeOld();
			recordMadeFrom(state, backup);
			return Optional.of(backup);
		}
		catch (IOException ex) {
			throw new BackupException("the backup " + backup + " could not be written (" + ex.getClass().getSimpleName()
					+ ": " + ex.getMessage() + ")", ex);
		}
		catch (DataAccessException ex) {
			throw new BackupException("the backup " + backup + " could not be written ("
					+ ex.getMostSpecificCause().getMessage().lines().findFirst().orElse("") + ")", ex);
		}
		finally {
			deleteQuietly(partial);
		}
	}

	/** The newest backup when it was made from {@code state} and is still there. */
	private Optional<Path> madeFrom(String state) {
		Path record = folder.resolve(MADE_FROM);
		if (state == null || !Files.isRegularFile(record)) {
			return Optional.empty();
		}
		try {
			List<String> lines = Files.readAllLines(record);
			Path backup = lines.size() == 2 ? folder.resolve(lines.get(1)) : null;
			return lines.size() == 2 && lines.get(0).equals(state) && Files.isRegularFile(backup)
					? Optional.of(backup.toAbsolutePath()) : Optional.empty();
		}
		catch (IOException ex) {
			return Optional.empty();
		}
	}

	private void recordMadeFrom(String state, Path backup) throws IOException {
		Path record = folder.resolve(MADE_FROM);
		if (state == null) {
			Files.deleteIfExists(record);
		}
		else {
			Files.writeString(record, state + "\n" + backup.getFileName() + "\n");
		}
	}

	private void removeOld() throws IOException {
		List<Path> backups;
		try (Stream<Path> files = Files.list(folder)) {
			backups = files.filter(f -> BACKUP_NAME.matcher(f.getFileName().toString()).matches())
				.sorted(Comparator.comparing((Path f) -> f.getFileName().toString()).reversed())
				.toList();
		}
		for (Path old : backups.subList(Math.min(keep, backups.size()), backups.size())) {
			Files.delete(old);
		}
	}

	/**
	 * Writes the database file of the embedded H2 database at {@code url} from a backup. Never overwrites: a database
	 * file already there (the damaged one) must be moved aside first, so a mistyped command loses nothing.
	 * @return the database file written
	 * @throws BackupException with a one-line message when it cannot be done; nothing is written then
	 */
	public static Path restore(Path backup, String url) {
		Path base = H2File.of(url).orElseThrow(() -> new BackupException("'" + url + "' is not an embedded H2 "
				+ "database; restore a PostgreSQL dump with pg_restore (README: Backup and restore)"));
		Path database = base.resolveSibling(base.getFileName() + ".mv.db").toAbsolutePath();
		if (!Files.isRegularFile(backup)) {
			throw new BackupException("no backup file " + backup.toAbsolutePath() + "; give one of the zip files in the "
					+ "backup folder (<out>/backup unless --backup-dir says otherwise)");
		}
		if (Files.exists(database)) {
			throw new BackupException("the database file " + database + " is there; stop the job and move the file "
					+ "aside first (nothing was changed)");
		}
		Path partial = database.resolveSibling(database.getFileName() + ".part");
		try (ZipFile zip = new ZipFile(backup.toFile())) {
			ZipEntry entry = zip.stream()
				.filter(e -> e.getName().endsWith(".mv.db"))
				.findFirst()
				.orElseThrow(() -> new BackupException(backup.toAbsolutePath() + " holds no H2 database file (.mv.db); "
						+ "give a backup the job wrote"));
			Files.createDirectories(database.getParent());
			try (InputStream in = zip.getInputStream(entry)) {
				Files.copy(in, partial);
			}
			Files.move(partial, database, StandardCopyOption.ATOMIC_MOVE);
			return database;
		}
		catch (ZipException ex) {
			throw new BackupException(backup.toAbsolutePath() + " is not a zip file; give a backup the job wrote", ex);
		}
		catch (IOException ex) {
			throw new BackupException("Cannot restore " + backup.toAbsolutePath() + " to " + database + ": "
					+ ex.getMessage(), ex);
		}
		finally {
			deleteQuietly(partial);
		}
	}

	private static void deleteQuietly(Path file) {
		try {
			Files.deleteIfExists(file);
		}
		catch (IOException ignored) {
			// Only a leftover of a failed attempt; the message already says what failed.
		}
	}
}
