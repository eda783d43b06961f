package se.ikkonsolidering.job;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the ingest step takes and reads the inbox's files ({@code ik.*}; {@code --inbox}, {@code IK_INBOX} …). Bound
 * here in the wiring package because the ingest packages themselves are free of Spring.
 *
 * @param inbox folder the economy office drops follow-ups into
 * @param archive where read files are moved; default {@code <inbox>/arkiv}
 * @param rejected where unreadable files are moved with a {@code .fel.txt}; default {@code <inbox>/avvisade}
 * @param configDir folder with the kommun's own additions to the rule files (kolumnnamn.csv, statusord.csv …)
 * @param stableFor how long a file must be unchanged before it is taken (a file still being copied is left)
 * @param chunkSize files per database transaction
 * @param workers threads parsing files in parallel; 0 means one per processor core (at most 4)
 */
@ConfigurationProperties("ik")
record IngestSettings(@DefaultValue("inkorg") Path inbox, Path archive, Path rejected, Path configDir,
		@DefaultValue("30s") Duration stableFor, @DefaultValue("10") int chunkSize, @DefaultValue("0") int workers) {

	IngestSettings {
		if (workers <= 0) {
			workers = Math.min(4, Runtime.getRuntime().availableProcessors());
		}
	}

	Path archiveFolder() {
		return archive != null ? archive : inbox.resolve("arkiv");
	}

	Path rejectedFolder() {
		return rejected != null ? rejected : inbox.resolve("avvisade");
	}
}
