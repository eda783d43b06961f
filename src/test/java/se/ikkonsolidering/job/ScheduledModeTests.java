package se.ikkonsolidering.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A scheduled process stays up, reads a file dropped while it runs at its next tick, and a second process started
 * meanwhile refuses with its own exit code.
 */
@Tag("slow")
class ScheduledModeTests {

	@TempDir
	Path dir;

	@Test
	void picksUpAFileDroppedWhileItRunsAndKeepsASecondProcessOut() throws Exception {
		Path inbox = Files.createDirectories(dir.resolve("inkorg"));
		Process scheduled = ChildRun.start(dir, dir.resolve("scheduled.log"), "ik.schedule=true", "ik.cron=*/2 * * * * *");
		try {
			waitForLog(dir.resolve("scheduled.log"), "Scheduled:");
			Files.writeString(inbox.resolve("ks.csv"), "Nämnd: KS 2025\nKontrollmoment;Status\nAttest;Ja\n");

			Path exported = dir.resolve("ut").resolve("inlamningar.csv");
			for (int i = 0; i < 600 && !Files.exists(exported); i++) {
				Thread.sleep(100);
			}
			assertThat(exported).exists();
			assertThat(inbox.resolve("ks.csv")).doesNotExist();

			Process second = ChildRun.start(dir, dir.resolve("second.log"));
			assertThat(second.waitFor(120, TimeUnit.SECONDS)).isTrue();
			assertThat(second.exitValue()).as(Files.readString(dir.resolve("second.log")))
				.isEqualTo(JobRunner.ALREADY_RUNNING);
			assertThat(scheduled.isAlive()).isTrue();
		}
		finally {
			scheduled.destroy();
			scheduled.waitFor(30, TimeUnit.SECONDS);
		}
	}

	private static void waitForLog(Path log, String text) throws Exception {
		for (int i = 0; i < 600; i++) {
			if (Files.exists(log) && Files.readString(log).contains(text)) {
				return;
			}
			Thread.sleep(100);
		}
		throw new AssertionError("no '" + text + "' in " + Files.readString(log));
	}
}
