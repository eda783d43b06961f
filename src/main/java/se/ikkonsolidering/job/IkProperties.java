package se.ikkonsolidering.job;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of a run; the command line ({@code --inbox} …) sets them, as can {@code application.properties} or
 * environment variables ({@code IK_INBOX} …).
 *
 * @param inbox folder the economy office drops follow-ups into
 * @param out folder the CSV files and the summary are written to
 * @param register the nämnd register ({@code nämnd;alias}); optional, but without it no nämnd is reported missing
 * @param archive where read files are moved; default {@code <inbox>/arkiv}
 * @param rejected where unreadable files are moved with a {@code .fel.txt}; default {@code <inbox>/avvisade}
 * @param configDir folder with the kommun's own additions to the rule files (kolumnnamn.csv, statusord.csv …)
 * @param year the year to export; default the year most of this run's files are for
 * @param chunkSize files per database transaction
 * @param stableFor how long a file must be unchanged before it is taken (a file still being copied is left)
 * @param schedule stay running and start the job on {@code cron} instead of once
 * @param cron when the scheduled job runs (Spring cron: second minute hour day month weekday)
 * @param zone the time zone of {@code cron}
 * @param forceReport write the exports even when the inbox has nothing new
 * @param workers threads parsing files in parallel; 0 means one per processor core (at most 4)
 * @param templates folder with the kommun's own report template; the built-in copy is used when it has none
 * @param backupDir where a backup of the embedded database is written after each successful run; default
 *        {@code <out>/backup}
 * @param backupKeep how many backups to keep, the newest
 */
@ConfigurationProperties("ik")
public record IkProperties(@DefaultValue("inkorg") Path inbox, @DefaultValue("output") Path out, Path register,
		Path archive, Path rejected, Path configDir, Integer year, @DefaultValue("10") int chunkSize,
		@DefaultValue("30s") Duration stableFor, @DefaultValue("false") boolean schedule,
		@DefaultValue("0 0 2 * * *") String cron, @DefaultValue("Europe/Stockholm") String zone,
		@DefaultValue("false") boolean forceReport, @DefaultValue("0") int workers,
		@DefaultValue("templates") Path templates, Path backupDir, @DefaultValue("7") int backupKeep) {

	public IkProperties {
		if (workers <= 0) {
			workers = Math.min(4, Runtime.getRuntime().availableProcessors());
		}
	}

	public Path archiveFolder() {
		return archive != null ? archive : inbox.resolve("arkiv");
	}

	public Path rejectedFolder() {
		return rejected != null ? rejected : inbox.resolve("avvisade");
	}

	public Path backupFolder() {
		return backupDir != null ? backupDir : out.resolve("backup");
	}

	/** Files in the inbox that are not follow-ups. */
	public List<Path> notFollowUps() {
		List<Path> excluded = new ArrayList<>();
		if (register != null) {
			excluded.add(register);
		}
		return excluded;
	}
}
