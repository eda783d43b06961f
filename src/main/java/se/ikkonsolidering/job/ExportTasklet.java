package se.ikkonsolidering.job;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import se.ikkonsolidering.correction.CorrectionRun;
import se.ikkonsolidering.correction.Corrections;
import se.ikkonsolidering.report.YearExport;
import se.ikkonsolidering.store.Outcome;
import se.ikkonsolidering.store.StoredSubmission;
import se.ikkonsolidering.store.SubmissionStore;

/** The export step: hands this run's files to the report, and warns about what someone has to act on. */
class ExportTasklet implements Tasklet {

	private static final Logger log = LoggerFactory.getLogger(ExportTasklet.class);

	private final SubmissionStore store;
	private final Corrections corrections;
	private final YearExport export;
	private final Path register;

	/** @param register the register file, or {@code null} when the run has none */
	ExportTasklet(SubmissionStore store, Corrections corrections, YearExport export, Path register) {
		this.store = store;
		this.corrections = corrections;
		this.export = export;
		this.register = register;
	}

	/** Applies the corrections first: they decide which nämnd, year and period this run's files count under. */
	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		CorrectionRun applied = corrections.apply();
		long jobExecutionId = chunkContext.getStepContext().getStepExecution().getJobExecutionId();
		List<StoredSubmission> thisRun = store.findByJob(jobExecutionId);
		warnAboutUnregisteredNamnder(thisRun);
		Optional<YearExport.Written> written = export.write(thisRun, applied);
		if (written.isEmpty()) {
			log.warn("No year to export: nothing was read, now or before");
		}
		written.flatMap(YearExport.Written::corrections).ifPresent(corrections::written);
		return RepeatStatus.FINISHED;
	}

	/**
	 * A file read under a nämnd the register does not know needs someone to add the nämnd or correct the file; its
	 * rows count under that name meanwhile. Without a register there is nothing to compare with.
	 */
	private void warnAboutUnregisteredNamnder(List<StoredSubmission> thisRun) {
		if (register == null) {
			return;
		}
		thisRun.stream()
			.filter(s -> (s.outcome() == Outcome.INLAST || s.outcome() == Outcome.ERSATT) && !s.namndInRegister())
			.forEach(s -> log.warn("{}: the nämnd '{}' is not in the register; the file was read all the same. If it "
					+ "is one of the kommun's nämnder, add it (or the name it goes by) to the register {}", s.fileName(),
					s.namnd(), register.toAbsolutePath()));
	}
}
