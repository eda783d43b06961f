package se.ikkonsolidering;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.Optional;
import java.util.Set;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;

import se.ikkonsolidering.job.JobRunner;
import se.ikkonsolidering.job.Restore;
import se.ikkonsolidering.job.RunOptions;
import se.ikkonsolidering.job.StartCheck;
import se.ikkonsolidering.schedule.NightlySchedule;
import se.ikkonsolidering.schedule.ScheduleSettings;
import se.ikkonsolidering.store.BackupException;

/**
 * Entry point: parses the command line, then runs the job once and exits with its code (so cron and systemd see
 * failures), or with {@code --schedule} stays running and starts the job on its cron expression.
 */
@SpringBootApplication
public class IkKonsolideringApplication {

	/** H2's "Database may be already in use" error code. */
	private static final int H2_DATABASE_IN_USE = 90020;
	/** H2's "file corrupted", "wrong file version" and "general error opening the store" codes. */
	private static final Set<Integer> H2_DAMAGED = Set.of(90030, 90048, 90098, 50000);

	public static void main(String[] args) {
		RunOptions options;
		try {
			options = RunOptions.parse(args);
		}
		catch (IllegalArgumentException ex) {
			refuse(ex.getMessage() + "; scripts/run --help lists every option");
			return;
		}
		if (options.help()) {
			System.out.println(RunOptions.usage());
			return;
		}
		if (options.restore().isPresent()) {
			restore(options.restore().get(), options);
			return;
		}
		Optional<String> wrong = StartCheck.problem(options);
		if (wrong.isPresent()) {
			refuse(wrong.get());
			return;
		}
		ConfigurableApplicationContext context;
		try {
			context = new SpringApplication(IkKonsolideringApplication.class).run(options.asCommandLine());
		}
		catch (RuntimeException ex) {
			if (options.debug()) {
				ex.printStackTrace();
			}
			System.exit(startFailure(ex));
			return;
		}
		JobRunner runner = context.getBean(JobRunner.class);
		ScheduleSettings schedule = context.getBean(ScheduleSettings.class);
		if (schedule.schedule()) {
			try {
				new NightlySchedule(schedule.cron(), ZoneId.of(schedule.zone()), () -> runner.run(false))
					.runUntilStopped();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			System.exit(SpringApplication.exit(context));
		}
		int code = runner.run(true);
		System.exit(SpringApplication.exit(context, () -> code));
	}

	private static void restore(Path backup, RunOptions options) {
		try {
			System.out.println("ik-konsolidering: " + Restore.from(backup, options));
		}
		catch (BackupException ex) {
			refuse(ex.getMessage());
		}
	}

	/** A wrong start: one line on standard error, exit code 2, nothing opened or moved. */
	private static void refuse(String problem) {
		System.err.println("ik-konsolidering: " + problem);
		System.exit(RunOptions.USAGE_ERROR);
	}

	/**
	 * Explains in one line why the application could not start (Spring's own report of it is turned off in
	 * application.properties; {@code --debug} prints the stack trace); an embedded database in use means another run.
	 */
	private static int startFailure(RuntimeException ex) {
		for (Throwable t = ex; t != null; t = t.getCause()) {
			if (t instanceof SQLException sql && sql.getErrorCode() == H2_DATABASE_IN_USE) {
				System.err.println("ik-konsolidering: another run is using the database (" + sql.getMessage().lines()
					.findFirst().orElse("") + "); not starting.");
				return JobRunner.ALREADY_RUNNING;
			}
		}
		for (Throwable t = ex; t != null; t = t.getCause()) {
			if (t instanceof SQLException sql && H2_DAMAGED.contains(sql.getErrorCode())) {
				System.err.println("ik-konsolidering: the database file is damaged and cannot be opened: "
						+ sql.getMessage().lines().findFirst().orElse("")
						+ "\nMove the damaged file aside and restore the latest backup (scripts/run --restore "
						+ "<out>/backup/ik-konsolidering-….zip with the same --db; README: Restore), or start an empty "
						+ "database and put the archived files back in the inbox. No file was moved.");
				return JobRunner.JOB_FAILED;
			}
		}
		System.err.println("ik-konsolidering: could not start: " + rootMessage(ex)
				+ "\nNo file was moved; the next run takes them.");
		return JobRunner.JOB_FAILED;
	}

	private static String rootMessage(Throwable ex) {
		Throwable root = ex;
		while (root.getCause() != null) {
			root = root.getCause();
		}
		return root.getClass().getSimpleName() + ": " + root.getMessage();
	}
}
