package se.ikkonsolidering.job;

import java.time.Year;
import java.util.List;

import org.slf4j.LoggerFactory;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

import se.ikkonsolidering.correction.CorrectionFile;
import se.ikkonsolidering.correction.CorrectionSettings;
import se.ikkonsolidering.correction.Corrections;
import se.ikkonsolidering.ingest.FileMover;
import se.ikkonsolidering.ingest.Inbox;
import se.ikkonsolidering.ingest.InboxFile;
import se.ikkonsolidering.oversight.Oversight;
import se.ikkonsolidering.oversight.OversightSettings;
import se.ikkonsolidering.register.Register;
import se.ikkonsolidering.register.RegisterSettings;
import se.ikkonsolidering.report.ExportSettings;
import se.ikkonsolidering.report.YearExport;
import se.ikkonsolidering.schedule.ScheduleSettings;
import se.ikkonsolidering.store.BackupSettings;
import se.ikkonsolidering.store.CorrectionStore;
import se.ikkonsolidering.store.DatabaseBackup;
import se.ikkonsolidering.store.SubmissionStore;
import se.ikkonsolidering.submission.InterpretationRules;
import se.ikkonsolidering.submission.SubmissionInterpreter;

/** The nightly job: ingest the inbox file by file, then export the year. Wiring only. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ IngestSettings.class, RegisterSettings.class, ExportSettings.class,
		ScheduleSettings.class, BackupSettings.class, CorrectionSettings.class, OversightSettings.class })
class IngestJobConfiguration {

	@Bean
	Job ikKonsolideringJob(JobRepository jobRepository, Step ingestStep, Step exportStep) {
		return new JobBuilder("ikKonsolidering", jobRepository).start(ingestStep).next(exportStep).build();
	}

	@Bean
	Step ingestStep(JobRepository jobRepository, PlatformTransactionManager transactions, IngestSettings settings,
			PrefetchingFileReader inboxReader, SubmissionWriter submissionWriter) {
		return new StepBuilder("ingest", jobRepository).<FileResult, FileResult>chunk(settings.chunkSize())
			.transactionManager(transactions)
			.reader(inboxReader)
			.writer(submissionWriter)
			.build();
	}

	@Bean
	Step exportStep(JobRepository jobRepository, PlatformTransactionManager transactions, ExportTasklet exportTasklet) {
		return new StepBuilder("export", jobRepository).tasklet(exportTasklet, transactions).build();
	}

	/**
	 * Made per run, as the file processor below, so every run reads the current register and rule files: no restart
	 * after editing them.
	 */
	@Bean
	@StepScope
	ExportTasklet exportTasklet(SubmissionStore store, ExportSettings export, RegisterSettings register,
			CorrectionStore corrections, CorrectionSettings correctionSettings, IngestSettings ingest,
			OversightSettings oversight) {
		Register namnder = register.load();
		Corrections applied = new Corrections(new CorrectionFile(correctionSettings.file(export.out())), corrections,
				namnder, Year.now());
		Oversight judged = Oversight.load(ingest.configDir(), oversight.tidplanFile().orElse(null), namnder,
				oversight.clock());
		return new ExportTasklet(store, applied, new YearExport(store, namnder, export, judged),
				register.file().orElse(null));
	}

	/** The file processor is not a bean: the parser threads cannot resolve step-scoped proxies. */
	@Bean
	@StepScope
	PrefetchingFileReader inboxReader(Inbox inbox, RunTally tally, SubmissionStore store, IngestSettings settings,
			RegisterSettings register) {
		List<InboxFile> files = inbox.files();
		tally.total(files.size());
		LoggerFactory.getLogger(IngestJobConfiguration.class).info("{} files to read in {} ({} parser threads)",
				files.size(), inbox.folder().toAbsolutePath(), settings.workers());
		FileProcessor processor = new FileProcessor(
				new SubmissionInterpreter(InterpretationRules.load(settings.configDir()), register.load()), store);
		return new PrefetchingFileReader(files, processor::process, settings.workers());
	}

	@Bean
	@StepScope
	SubmissionWriter submissionWriter(SubmissionStore store, IngestSettings settings,
			PlatformTransactionManager transactions, @Value("#{stepExecution}") StepExecution stepExecution,
			RunTally tally, OversightSettings oversight) {
		return new SubmissionWriter(store, new FileMover(settings.archiveFolder(), settings.rejectedFolder()),
				transactions, stepExecution.getJobExecutionId(), tally, oversight.clock());
	}

	@Bean
	DeadlineReminders deadlineReminders(SubmissionStore store, OversightSettings oversight, RegisterSettings register,
			IngestSettings ingest) {
		return new DeadlineReminders(store, oversight, register, ingest.configDir());
	}

	@Bean
	Inbox inbox(IngestSettings settings, RegisterSettings register) {
		return new Inbox(settings.inbox(), register.file().stream().toList(), settings.stableFor());
	}

	@Bean
	RunTally runTally() {
		return new RunTally();
	}

	@Bean
	DatabaseBackup databaseBackup(JdbcClient jdbcClient, DataSourceProperties dataSource, BackupSettings backup,
			ExportSettings export) {
		return new DatabaseBackup(jdbcClient, dataSource.determineUrl(), backup.folder(export.out()),
				backup.backupKeep());
	}

	@Bean
	SubmissionStore submissionStore(JdbcClient jdbcClient, JdbcTemplate jdbcTemplate) {
		return new SubmissionStore(jdbcClient, jdbcTemplate);
	}

	@Bean
	CorrectionStore correctionStore(JdbcClient jdbcClient) {
		return new CorrectionStore(jdbcClient);
	}
}
