package se.ikkonsolidering.job;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Optional;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Component;

import se.ikkonsolidering.correction.CorrectionFile;
import se.ikkonsolidering.correction.CorrectionSettings;
import se.ikkonsolidering.ingest.Inbox;
import se.ikkonsolidering.register.RegisterException;
import se.ikkonsolidering.register.RegisterSettings;
import se.ikkonsolidering.report.ExportSettings;
import se.ikkonsolidering.store.BackupException;
import se.ikkonsolidering.store.CorrectionStore;
import se.ikkonsolidering.store.DatabaseBackup;
import se.ikkonsolidering.store.SubmissionStore;

/** Starts one run of the job, one at a time, and turns its outcome into the process exit code. */
@Component
public class JobRunner {

	/** Exit code when the job itself failed (a step failed, the database was unreachable). */
	public static final int JOB_FAILED = 1;

	/** Exit code when another run is in progress. */
	public static final int ALREADY_RUNNING = 3;

	private static final Logger log = LoggerFactory.getLogger(JobRunner.class);

	private final JobOperator jobOperator;
	private final Job job;
	private final ExportSettings export;
	private final RegisterSettings register;
	private final RunTally tally;
	private final Inbox inbox;
	private final RunLock lock;

	private final JobRepository jobRepository;
	private final DatabaseBackup backup;
	private final SubmissionStore store;
	private final CorrectionSettings corrections;
	private final CorrectionStore correctionStore;
	private final DeadlineReminders reminders;

	JobRunner(JobOperator jobOperator, JobRepository jobRepository, Job job, ExportSettings export,
			RegisterSettings register, RunTally tally, Inbox inbox, DataSource dataSource, DatabaseBackup backup,
			SubmissionStore store, CorrectionSettings corrections, CorrectionStore correctionStore,
			DeadlineReminders reminders) {
		this.corrections = corrections;
		this.correctionStore = correctionStore;
		this.jobOperator = jobOperator;
		this.jobRepository = jobRepository;
		this.job = job;
		this.export = export;
		this.register = register;
		this.tally = tally;
		this.inbox = inbox;
		this.lock = new RunLock(dataSource);
		this.backup = backup;
		this.store = store;
		this.reminders = reminders;
	}

	/**
	 * Runs the job once, unless another run holds the lock or (when not forced) the inbox has nothing new.
	 * @param waitForSettling wait for files still being copied in (one-shot mode); a scheduled run leaves them for
	 *        the next tick instead
	 */
	public int run(boolean waitForSettling) {
		Optional<String> wrongFile = registerProblem().or(reminders::problem);
		if (wrongFile.isPresent()) {
			log.error("Not running: {}", wrongFile.get());
			return RunOptions.USAGE_ERROR;
		}
		Optional<RunLock.Held> held = lock.tryAcquire();
		if (held.isEmpty()) {
			log.error("Another run is in progress (it holds the run lock in the database); not starting");
			return ALREADY_RUNNING;
		}
		try (RunLock.Held ignored = held.get()) {
			recoverDeadRuns();
			if (waitForSettling) {
				waitForSettling();
			}
			boolean forced = export.forceReport() || export.year() != null || lastRunFailed() || correctionsEdited();
			if (!forced && inbox.files().isEmpty()) {
				log.info("Nothing new in the inbox {}; nothing to do", inbox.folder().toAbsolutePath());
				reminders.log();
				return 0;
			}
			int exitCode = launch();
			reminders.log();
			return exitCode;
		}
	}

	/**
	 * The register and the tidplan are read again by every run (so an edit needs no restart), and a scheduled process
	 * may find one broken since it started: that stops the run with one line, before the step that reads it would
	 * fail.
	 */
	private Optional<String> registerProblem() {
		try {
			register.load();
			return Optional.empty();
		}
		catch (RegisterException ex) {
			return Optional.of(ex.getMessage());
		}
	}

	/** Holding the lock, any execution still marked as running belongs to a process that died (kill -9, power cut). */
	private void recoverDeadRuns() {
		for (JobExecution dead : jobRepository.findRunningJobExecutions(job.getName())) {
			log.warn("Run {} started {} never finished (the process died); marking it failed. Files it had not "
					+ "committed are still in the inbox and are read now.", dead.getId(), dead.getStartTime());
			jobOperator.recover(dead);
		}
	}

	/** An edited corrections workbook is applied by the next run, even with nothing new in the inbox. */
	private boolean correctionsEdited() {
		CorrectionFile file = new CorrectionFile(corrections.file(export.out()));
		boolean edited = file.changedSince(correctionStore.appliedFile());
		if (edited) {
			log.info("The corrections workbook {} was saved since it was last applied; applying it",
					file.path().toAbsolutePath());
		}
		return edited;
	}

	/** A failed run (a full disk while writing the exports, a dead process) is made good by the next, even with nothing new. */
	private boolean lastRunFailed() {
		return jobRepository.getJobInstances(job.getName(), 0, 1).stream()
			.map(jobRepository::getLastJobExecution)
			.anyMatch(last -> last != null && last.getStatus() != BatchStatus.COMPLETED);
	}

	private void waitForSettling() {
		Duration wait = inbox.untilSettled();
		if (!wait.isZero()) {
			log.info("Waiting {} s for files still being written to the inbox", wait.toSeconds() + 1);
			try {
				Thread.sleep(wait.toMillis() + 1000);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

	/**
	 * Backs up the database the run has just completed, still holding the run lock. A backup that cannot be written
	 * fails the exit code although the run's work is done, so cron or systemd tells someone before it is needed.
	 */
	private int backUp() {
		try {
			backup.write(store.state()).ifPresent(file -> log.info("Backup written: {}", file));
			return 0;
		}
		catch (BackupException ex) {
			log.error("The run completed, but {}", ex.getMessage());
			return JOB_FAILED;
		}
	}

	private int launch() {
		tally.reset();
		LocalDateTime start = LocalDateTime.now();
		// The run timestamp makes every run a new job instance; the folders are recorded for the audit trail.
		JobParameters parameters = new JobParametersBuilder().addLocalDateTime("run", start)
			.addString("inbox", inbox.folder().toAbsolutePath().toString(), false)
			.addString("out", export.out().toAbsolutePath().toString(), false)
			.toJobParameters();
		try {
			JobExecution execution = jobOperator.start(job, parameters);
			Duration took = Duration.between(start, LocalDateTime.now());
			if (execution.getStatus() == BatchStatus.COMPLETED) {
				log.info("Run completed in {} ms: {}", took.toMillis(), tally);
				return backUp();
			}
			log.error("Run {} after {} ms: {} {}", execution.getStatus(), took.toMillis(), tally,
					execution.getAllFailureExceptions());
			return JOB_FAILED;
		}
		catch (Exception ex) {
			log.error("Run could not start", ex);
			return JOB_FAILED;
		}
	}
}
