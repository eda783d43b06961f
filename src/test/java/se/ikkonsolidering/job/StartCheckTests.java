package se.ikkonsolidering.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The settings checked before a run starts, each mistake with its one-line message. */
class StartCheckTests {

	private static final Year THIS_YEAR = Year.of(2026);

	@TempDir
	Path dir;

	private Path inbox;

	@BeforeEach
	void inbox() throws IOException {
		inbox = Files.createDirectories(dir.resolve("inkorg"));
		Files.writeString(dir.resolve("namnder.csv"), "nämnd;alias\nSocialnämnden;SN\n");
	}

	/** The problem with a start in {@code dir} with an existing inbox and register, plus these options. */
	private Optional<String> problem(String... more) {
		List<String> args = new ArrayList<>(List.of("--inbox", inbox.toString(), "--out", dir.resolve("ut").toString(),
				"--register", dir.resolve("namnder.csv").toString()));
		args.addAll(List.of(more));
		return new StartCheck(RunOptions.parse(args.toArray(String[]::new)), THIS_YEAR).problem();
	}

	@Test
	void letsASoundStartThrough() {
		assertThat(problem("--year", "2027", "--schedule", "--cron", "0 30 1 * * MON-FRI", "--stable-for", "2m"))
			.isEmpty();
	}

	@Test
	void refusesAYearAfterNextYear() {
		assertThat(problem("--year", "2028"))
			.contains("--year: 2028 is not a year to export; give a year from 2000 to 2027");
	}

	@Test
	void refusesAZoneThatDoesNotExist() {
		assertThat(problem("--zone", "Europe/Sthlm"))
			.contains("--zone: 'Europe/Sthlm' is not a time zone; write e.g. Europe/Stockholm");
	}

	@Test
	void refusesADatabaseThatIsNotAJdbcUrl() {
		assertThat(problem("--db", "/srv/ik/db/ik")).contains("--db: '/srv/ik/db/ik' is not a JDBC URL; write e.g. "
				+ "jdbc:h2:file:/srv/ik/db/ik or jdbc:postgresql://dbhost:5432/ik");
	}

	@Test
	void refusesAFileWhereTheOutputFolderShouldBe() throws IOException {
		Files.writeString(dir.resolve("ut"), "");

		assertThat(problem()).contains("--out: " + dir.resolve("ut") + " is a file, not a folder; give a folder (it is "
				+ "made when missing)");
	}

	@Test
	void refusesAConfigFolderThatDoesNotExist() {
		assertThat(problem("--config-dir", dir.resolve("regler").toString())).contains("--config-dir: no folder "
				+ dir.resolve("regler") + "; give the folder with the kommun's own rule files, or leave the option out");
	}

	@Test
	void refusesToKeepNoBackup() {
		System.setProperty("ik.backup-keep", "0");
		try {
			assertThat(problem()).contains("ik.backup-keep: 0 backups is too few; keep at least 1");
		}
		finally {
			System.clearProperty("ik.backup-keep");
		}
	}

	@Test
	void namesASettingByItsPropertyWhenItDidNotComeFromTheCommandLine() {
		System.setProperty("ik.stable-for", "en minut");
		try {
			assertThat(problem()).contains("ik.stable-for: 'en minut' is not a duration; write e.g. 30s, 2m or 0s");
		}
		finally {
			System.clearProperty("ik.stable-for");
		}
	}

	@Test
	void letsATidplanThroughThatNamesRegisterNamnderByAlias() throws IOException {
		Files.writeString(dir.resolve("tidplan.csv"), "period;sista_dag;nämnd\nHelår;2026-01-31;\nT2;2025-09-30;SN\n");

		assertThat(problem("--tidplan", dir.resolve("tidplan.csv").toString(), "--today", "2026-02-12")).isEmpty();
	}

	@Test
	void refusesATidplanThatDoesNotExist() {
		assertThat(problem("--tidplan", dir.resolve("tidplan.csv").toString())).contains("--tidplan: no file "
				+ dir.resolve("tidplan.csv") + "; give the kommun's tidplan, a CSV file with the header "
				+ "'period;sista_dag;nämnd', or leave the option out");
	}

	@Test
	void refusesATidplanWithANamndTheRegisterDoesNotKnow() throws IOException {
		Files.writeString(dir.resolve("tidplan.csv"), "period;sista_dag;nämnd\nHelår;2026-01-31;Kulturnämnden\n");

		assertThat(problem("--tidplan", dir.resolve("tidplan.csv").toString())).contains("Tidplan "
				+ dir.resolve("tidplan.csv") + ": line 2 ('Helår;2026-01-31;Kulturnämnden'): 'Kulturnämnden' is not a "
				+ "nämnd of the register; write its name or an alias, or leave the column empty for all nämnder");
	}

	@Test
	void refusesATodayThatIsNotADate() {
		assertThat(problem("--today", "12/2")).contains("--today: '12/2' is not a date; write it as yyyy-mm-dd, e.g. "
				+ "2026-02-12, or leave the option out for the real date");
	}
}
