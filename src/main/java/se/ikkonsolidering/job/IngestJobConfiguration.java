package se.ikkonsolidering.job;

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

import se.ikkonsolidering.ingest.FileMover;
import se.ikkonsolidering.ingest.Inbox;
import se.ikkonsolidering.ingest.InboxFile;
import se.ikkonsolidering.register.Register;
import se.ikkonsolidering.report.YearExport;
import se.ikkonsolidering.store.DatabaseBackup;
import se.ikkonsolidering.store.SubmissionStore;
import se.ikkonsolidering.submission.InterpretationRules;
import se.ikkonsolidering.submission.SubmissionInterpreter;

/** The nightly job: ingest the inbox file by file, then export the year's CSV files. Wiring only. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(IkProperties.class)
class IngestJobConfiguration {

	static final String JOB_NAME = "ikKonsolidering";

	@Bean
	Job ikKonsolideringJob(JobRepository jobRepository, Step ingestStep, Step exportStep) {
		return new JobBuilder(JOB_NAME, jobRepository).start(ingestStep).next(exportStep).build();
	}

	@Bean
	Step ingestStep(JobRepository jobRepository, PlatformTransactionManager transactions, IkProperties properties,
			PrefetchingFileReader inboxReader, SubmissionWriter submissionWriter) {
		return new StepBuilder("ingest", jobRepository).<FileResult, FileResult>chunk(properties.chunkSize())
			.transactionManager(transactions)
			.reader(inboxReader)
			.writer(submissionWriter)
			.build();
	}

	@Bean
	Step exportStep(JobRepository jobRepository, PlatformTransactionManager transactions, ExportTasklet exportTasklet) {
		return new StepBuilder("export", jobRepository).tasklet(exportTasklet, transactions).build();
	}

	@Bean
	@StepScope
	ExportTasklet exportTasklet(SubmissionStore store, IkProperties properties) {
		return new ExportTasklet(store,
				new YearExport(store, register(properties), properties.out(), properties.templates()),
				properties.year(), properties.register());
	}

	@Bean
	@StepScope
	PrefetchingFileReader inboxReader(Inbox inbox, RunTally tally, SubmissionStore store, IkProperties properties) {
		List<InboxFile> files = inbox.files();
		tally.total(files.size());
		LoggerFactory.getLogger(IngestJobConfiguration.class).info("{} files to read in {} ({} parser threads)",
				files.size(), inbox.folder().toAbsolutePath(), properties.workers());
		return new PrefetchingFileReader(files, fileProcessor(properties, store)::process, properties.workers());
	}

	@Bean
	Inbox inbox(IkProperties properties) {
		return new Inbox(properties.inbox(), properties.notFollowUps(), properties.stableFor());
	}

	/**
	 * Made per run (inside the step-scoped reader) so every run reads the current register and rule files: no
	 * restart after editing them. Not a bean: the parser threads cannot resolve step-scoped proxies.
	 */
	private static FileProcessor fileProcessor(IkProperties properties, SubmissionStore store) {
		return new FileProcessor(
				new SubmissionInterpreter(InterpretationRules.load(properties.configDir()), register(properties)), store);
	}

	@Bean
	@StepScope
	SubmissionWriter submissionWriter(SubmissionStore store, IkProperties properties,
			PlatformTransactionManager transactions, @Value("#{stepExecution}") StepExecution stepExecution,
			RunTally tally, @Value("${ik.test-hook.pause-after-files:0}") int pauseAfterFiles) {
		return new SubmissionWriter(store, new FileMover(properties.archiveFolder(), properties.rejectedFolder()),
				transactions, stepExecution.getJobExecutionId(), tally,
				new CrashTestHook(pauseAfterFiles, properties.out().resolve("paused.marker")));
	}

	@Bean
	RunTally runTally() {
		return new RunTally();
	}

	private static Register register(IkProperties properties) {
		return properties.register() == null ? Register.empty() : Register.load(properties.register());
	}

	@Bean
	DatabaseBackup databaseBackup(JdbcClient jdbcClient, DataSourceProperties dataSource, IkProperties properties) {
		return new DatabaseBackup(jdbcClient, dataSource.determineUrl(), properties.backupFolder(),
				properties.backupKeep());
	}

	@Bean
	SubmissionStore submissionStore(JdbcClient jdbcClient, JdbcTemplate jdbcTemplate) {
		return new SubmissionStore(jdbcClient, jdbcTemplate);
	}
}
