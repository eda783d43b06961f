package se.ikkonsolidering.job;

import java.time.Duration;
import java.time.LocalDateTime;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.stereotype.Component;

/** Starts one run of the job and turns its outcome into the process exit code. */
@Component
public class JobRunner {

	/** Exit code when the job itself failed (a step failed, the database was unreachable). */
	public static final int JOB_FAILED = 1;

	private static final Logger log = LoggerFactory.getLogger(JobRunner.class);

	private final JobOperator jobOperator;
	private final Job job;
	private final IkProperties properties;
	private final RunTally tally;

	JobRunner(JobOperator jobOperator, Job job, IkProperties properties, RunTally tally) {
		this.jobOperator = jobOperator;
		this.job = job;
		this.properties = properties;
		this.tally = tally;
	}

	public int run() {
		LocalDateTime start = LocalDateTime.now();
		// The run timestamp makes every run a new job instance; the folders are recorded for the audit trail.
		JobParameters parameters = new JobParametersBuilder().addLocalDateTime("run", start)
			.addString("inbox", properties.inbox().toAbsolutePath().toString(), false)
			.addString("out", properties.out().toAbsolutePath().toString(), false)
			.toJobParameters();
		try {
			JobExecution execution = jobOperator.start(job, parameters);
			Duration took = Duration.between(start, LocalDateTime.now());
			if (execution.getStatus() == BatchStatus.COMPLETED) {
				log.info("Run completed in {} ms: {}", took.toMillis(), tally);
				return 0;
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
