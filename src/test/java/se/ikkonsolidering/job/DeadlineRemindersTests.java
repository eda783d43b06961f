package se.ikkonsolidering.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import se.ikkonsolidering.oversight.OversightSettings;
import se.ikkonsolidering.register.RegisterSettings;
import se.ikkonsolidering.support.ReportDatabase;

/** The nightly log names the nämnder whose last day has passed without a follow-up, so they can be reminded. */
@Tag("database")
@ExtendWith(OutputCaptureExtension.class)
class DeadlineRemindersTests {

	private final ReportDatabase db = new ReportDatabase("deadline-reminders");

	@TempDir
	Path dir;

	private DeadlineReminders reminders(String tidplan, String today) throws Exception {
		Path register = Files.writeString(dir.resolve("namnder.csv"),
				"nämnd;alias\nKommunstyrelsen;KS\nSocialnämnden;SN\nKulturnämnden;\n");
		Path file = Files.writeString(dir.resolve("tidplan.csv"), tidplan);
		return new DeadlineReminders(db.store, new OversightSettings(file, today), new RegisterSettings(register), null);
	}

	@Test
	void warnsOfEachNamndWhoseLastDayHasPassedWithoutAFollowUp(CapturedOutput output) throws Exception {
		db.read(1, "KS helår 2025.xlsx", "Kommunstyrelsen", 2025, "HELAR", null);
		db.plan(1, "SN plan 2025.xlsx", "Socialnämnden", 2025);

		reminders("period;sista_dag;nämnd\nHelår;2026-01-31;\nHelår;2026-02-20;Kulturnämnden\n", "2026-02-12").log();

		assertThat(output.getOut().lines().filter(l -> l.contains("WARN") && l.contains("DeadlineReminders"))
			.map(l -> l.substring(l.indexOf("Deadline passed"))))
			.containsExactly("Deadline passed without a follow-up: Socialnämnden, Helår 2025 (last day 2026-01-31, 12 days "
					+ "ago); remind the nämnd");
	}

	@Test
	void saysWhyABrokenTidplanStopsTheRun() throws Exception {
		assertThat(reminders("period;sista_dag\nHelår;2026-01-31\n", null).problem()).contains("Tidplan "
				+ dir.resolve("tidplan.csv").toAbsolutePath() + ": the first line is 'period;sista_dag', but it must be "
				+ "the header 'period;sista_dag;nämnd' (then one period a line, e.g. 'Helår;2026-01-31;', the nämnd "
				+ "empty for all)");
	}
}
