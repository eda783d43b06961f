package se.ikkonsolidering.job;

import java.nio.file.Path;

import se.ikkonsolidering.store.BackupException;
import se.ikkonsolidering.store.DatabaseBackup;

/**
 * {@code --restore BACKUP.zip}: writes the database a run with the same options would use (its {@code --db}, or the
 * embedded one in {@code --out}) from a backup, instead of running.
 */
public final class Restore {

	private Restore() {
	}

	/**
	 * @return the line that says what was restored where
	 * @throws BackupException with a one-line message when it cannot be done
	 */
	public static String from(Path backup, RunOptions options) {
		String url = StartCheck.environment(options).getProperty("spring.datasource.url", "");
		Path database = DatabaseBackup.restore(backup, url);
		return "restored " + backup.toAbsolutePath() + " to " + database + "; start the job with --db " + url;
	}
}
