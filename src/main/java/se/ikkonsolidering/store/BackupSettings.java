package se.ikkonsolidering.store;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where backups of the embedded database go and how many are kept ({@code ik.backup-dir}, {@code ik.backup-keep}).
 *
 * @param backupDir where a backup is written after each successful run; default {@code <out>/backup}
 * @param backupKeep how many backups to keep, the newest
 */
@ConfigurationProperties("ik")
public record BackupSettings(Path backupDir, @DefaultValue("7") int backupKeep) {

	/** The backup folder of a run that writes its exports to {@code out}. */
	public Path folder(Path out) {
		return backupDir != null ? backupDir : out.resolve("backup");
	}
}
