package se.ikkonsolidering.job;

import java.nio.file.Path;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import se.ikkonsolidering.register.Register;
import se.ikkonsolidering.report.CsvExport;
import se.ikkonsolidering.report.SummaryReport;
import se.ikkonsolidering.store.Outcome;
import se.ikkonsolidering.store.StoredControl;
import se.ikkonsolidering.store.StoredSubmission;
import se.ikkonsolidering.store.SubmissionStore;

/**
 * Writes kontroller.csv, inlamningar.csv and the KS summary (HTML, PDF, XLSX) for the selected year from the
 * database (not from this run's files), so a re-run with nothing new gives the same exports.
 */
class ExportTasklet implements Tasklet {

	private static final Logger log = LoggerFactory.getLogger(ExportTasklet.class);

	private final SubmissionStore store;
	private final Register register;
	private final IkProperties properties;
	private final SummaryReport report;

	ExportTasklet(SubmissionStore store, Register register, IkProperties properties, SummaryReport report) {
		this.store = store;
		this.register = register;
		this.properties = properties;
		this.report = report;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		long jobExecutionId = chunkContext.getStepContext().getStepExecution().getJobExecutionId();
		List<StoredSubmission> thisRun = store.findByJob(jobExecutionId);
		warnAboutUnregisteredNamnder(thisRun);
		Integer year = properties.year() != null ? properties.year() : majorityYear(thisRun);
		if (year == null) {
			log.warn("No year to export: nothing was read, now or before");
			return RepeatStatus.FINISHED;
		}
		List<StoredSubmission> yearFiles = store.findByYear(year);
		List<StoredControl> controls = store.findCurrentControls(year);
		Map<Long, StoredSubmission> listed = new LinkedHashMap<>();
		yearFiles.forEach(s -> listed.put(s.id(), s));
		thisRun.stream().filter(s -> s.year() == null).forEach(s -> listed.put(s.id(), s));
		Set<String> delivered = listed.values().stream()
			.filter(s -> s.outcome() == Outcome.INLAST)
			.map(StoredSubmission::namnd)
			.collect(Collectors.toSet());
		Map<String, String> missing = new LinkedHashMap<>();
		for (String namnd : register.names()) {
			if (!delivered.contains(namnd)) {
				missing.put(namnd, notSubmitted(namnd, year, listed.values()));
			}
		}

		CsvExport.writeControls(properties.out().resolve("kontroller.csv"), yearFiles, controls);
		CsvExport.writeSubmissions(properties.out().resolve("inlamningar.csv"),
				listed.values().stream().sorted(Comparator.comparingLong(StoredSubmission::id)).toList(), missing, year);
		List<Path> summary = report.write(year, yearFiles, controls, register, properties.out());
		log.info("Exported year {} to {}: {} submissions listed, {} nämnder without a file; summary {}", year,
				properties.out().toAbsolutePath(), listed.size(), missing.size(),
				summary.stream().map(p -> p.getFileName().toString()).toList());
		chunkContext.getStepContext().getStepExecution().getJobExecution().getExecutionContext().putInt("year", year);
		return RepeatStatus.FINISHED;
	}

	/**
	 * A file read under a nämnd the register does not know needs someone to add the nämnd or correct the file; its
	 * rows count under that name meanwhile. Without a register there is nothing to compare with.
	 */
	private void warnAboutUnregisteredNamnder(List<StoredSubmission> thisRun) {
		if (properties.register() == null) {
			return;
		}
		thisRun.stream()
			.filter(s -> (s.outcome() == Outcome.INLAST || s.outcome() == Outcome.ERSATT) && !s.namndInRegister())
			.forEach(s -> log.warn("{}: the nämnd '{}' is not in the register; the file was read all the same. If it "
					+ "is one of the kommun's nämnder, add it (or the name it goes by) to the register {}", s.fileName(),
					s.namnd(), properties.register().toAbsolutePath()));
	}

	/** Why a register nämnd has no read file: nothing came, or what came could not be read. */
	private static String notSubmitted(String namnd, int year, Collection<StoredSubmission> files) {
		List<String> unread = files.stream()
			.filter(s -> s.namnd().equals(namnd) && s.outcome() == Outcome.AVVISAD)
			.map(s -> "'" + s.fileName() + "'")
			.toList();
		return unread.isEmpty() ? "Ingen uppföljning för " + year + " har kommit in från nämnden."
				: "Ingen läsbar uppföljning för " + year + ": " + String.join(", ", unread)
						+ " avvisades (se raden för filen).";
	}

	/** The year most of this run's read files are for (the latest on a tie); else the latest year stored. */
	private Integer majorityYear(List<StoredSubmission> thisRun) {
		Map<Integer, Long> counts = thisRun.stream()
			.filter(s -> s.outcome() == Outcome.INLAST || s.outcome() == Outcome.ERSATT)
			.map(StoredSubmission::year)
			.filter(Objects::nonNull)
			.collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
		return counts.entrySet().stream()
			.max(Map.Entry.<Integer, Long>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
			.map(Map.Entry::getKey)
			.orElseGet(() -> store.latestYear().orElse(null));
	}
}
