package se.ikkonsolidering.job;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The command line and its help text. */
class RunOptionsTests {

	@Test
	void helpShowsTheDefaultsARunBindsWhenNothingIsSet() {
		Settings defaults = Settings.defaults();

		assertThat(RunOptions.usage()).contains("default: " + defaults.ingest().inbox() + "\n",
				"default: " + defaults.schedule().cron() + "\n", "default: " + defaults.schedule().zone() + "\n",
				"default: 30s\n", "default: <inbox>/arkiv\n", "default: <out>/backup (the newest "
						+ defaults.backup().backupKeep() + " kept)\n");
	}

	@Test
	void putsTheEmbeddedDatabaseInTheOutputFolderUnlessOneIsGiven() {
		assertThat(RunOptions.parse("--out", "/srv/ik/ut").asCommandLine())
			.contains("--spring.datasource.url=jdbc:h2:file:/srv/ik/ut/databas/ik-konsolidering");
		assertThat(RunOptions.parse("--db", "jdbc:postgresql://db/ik").asCommandLine())
			.containsExactly("--spring.datasource.url=jdbc:postgresql://db/ik");
	}
}
