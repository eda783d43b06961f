package se.ikkonsolidering.job;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.SimpleCommandLinePropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.scheduling.support.CronExpression;

import se.ikkonsolidering.oversight.Tidplan;
import se.ikkonsolidering.oversight.TidplanException;
import se.ikkonsolidering.register.Register;
import se.ikkonsolidering.register.RegisterException;
import se.ikkonsolidering.submission.PeriodRules;

/**
 * Checks a run's settings before anything starts (Spring, the database, the wait for files to settle), so a wrong
 * start costs one line and exit code 2 rather than a stack trace after half a minute. The settings are bound as
 * Spring will bind them, from the command line, system properties, the environment and property files, so a
 * mistake in {@code IK_INBOX} is caught as well as one in {@code --inbox}.
 */
public final class StartCheck {

	/** The first year the job exports; earlier years are typing mistakes, not follow-ups. */
	private static final int FIRST_YEAR = 2000;

	private final RunOptions options;
	private final Year thisYear;

	StartCheck(RunOptions options, Year thisYear) {
		this.options = options;
		this.thisYear = thisYear;
	}

	/** What is wrong with the settings, in one line saying how to put it right; empty when the run can start. */
	public static Optional<String> problem(RunOptions options) {
		return new StartCheck(options, Year.now()).problem();
	}

	Optional<String> problem() {
		ConfigurableEnvironment environment = environment(options);
		Settings settings;
		try {
			settings = Settings.bind(Binder.get(environment));
		}
		catch (BindException ex) {
			return Optional.of(notBindable(ex));
		}
		return valueProblem(settings, environment.getProperty("spring.datasource.url", ""))
			.or(() -> fileProblem(settings));
	}

	private Optional<String> valueProblem(Settings settings, String databaseUrl) {
		Integer year = settings.export().year();
		if (year != null && (year < FIRST_YEAR || year > thisYear.getValue() + 1)) {
			return Optional.of(name("ik.year") + ": " + year + " is not a year to export; give a year from " + FIRST_YEAR
					+ " to " + (thisYear.getValue() + 1));
		}
		String cron = settings.schedule().cron();
		if (!CronExpression.isValidExpression(cron)) {
			return Optional.of(name("ik.cron") + ": '" + cron + "' is not a cron expression; write six "
					+ "fields, second minute hour day month weekday, e.g. '0 0 2 * * *'");
		}
		try {
			ZoneId.of(settings.schedule().zone());
		}
		catch (DateTimeException ex) {
			return Optional.of(name("ik.zone") + ": '" + settings.schedule().zone() + "' is not a time zone; write e.g. "
					+ "Europe/Stockholm");
		}
		if (settings.backup().backupKeep() < 1) {
			return Optional.of(name("ik.backup-keep") + ": " + settings.backup().backupKeep() + " backups is too few; keep at "
					+ "least 1");
		}
		String today = settings.oversight().today();
		if (today != null && !today.isBlank()) {
			try {
				LocalDate.parse(today.strip());
			}
			catch (DateTimeParseException ex) {
				return Optional.of(name("ik.today") + ": '" + today + "' is not a date; write it as yyyy-mm-dd, e.g. "
						+ "2026-02-12, or leave the option out for the real date");
			}
		}
		if (!databaseUrl.startsWith("jdbc:")) {
			return Optional.of(name("spring.datasource.url") + ": '" + databaseUrl + "' is not a JDBC URL; write e.g. "
					+ "jdbc:h2:file:/srv/ik/db/ik or jdbc:postgresql://dbhost:5432/ik");
		}
		return Optional.empty();
	}

	private Optional<String> fileProblem(Settings settings) {
		IngestSettings ingest = settings.ingest();
		Path inbox = ingest.inbox().toAbsolutePath();
		if (!Files.isDirectory(inbox)) {
			return Optional.of(name("ik.inbox") + ": no folder " + inbox + "; create it, or give the folder the "
					+ "follow-ups are dropped in");
		}
		Register register = Register.empty();
		if (settings.register().file().isPresent()) {
			Path file = settings.register().file().get().toAbsolutePath();
			if (!Files.isRegularFile(file)) {
				return Optional.of(name("ik.register") + ": no file " + file + "; give the kommun's nämnd "
						+ "register, a CSV file with the header 'nämnd;alias'");
			}
			try {
				register = Register.load(file);
			}
			catch (RegisterException ex) {
				return Optional.of(ex.getMessage());
			}
		}
		if (ingest.configDir() != null && !Files.isDirectory(ingest.configDir())) {
			return Optional.of(name("ik.config-dir") + ": no folder " + ingest.configDir().toAbsolutePath()
					+ "; give the folder with the kommun's own rule files, or leave the option out");
		}
		Optional<String> tidplan = tidplanProblem(settings, register);
		if (tidplan.isPresent()) {
			return tidplan;
		}
		Map<String, Path> madeWhenMissing = new LinkedHashMap<>();
		Path out = settings.export().out();
		madeWhenMissing.put("ik.out", out);
		madeWhenMissing.put("ik.archive", ingest.archiveFolder());
		madeWhenMissing.put("ik.rejected", ingest.rejectedFolder());
		madeWhenMissing.put("ik.backup-dir", settings.backup().folder(out));
		Path corrections = settings.corrections().file(out);
		if (Files.isDirectory(corrections)) {
			return Optional.of(name("ik.corrections") + ": " + corrections.toAbsolutePath() + " is a folder; give the "
					+ "corrections workbook (the economy office's copy of <out>/rattelser.xlsx), or leave the option out");
		}
		for (Map.Entry<String, Path> folder : madeWhenMissing.entrySet()) {
			if (Files.exists(folder.getValue()) && !Files.isDirectory(folder.getValue())) {
				return Optional.of(name(folder.getKey()) + ": " + folder.getValue().toAbsolutePath()
						+ " is a file, not a folder; give a folder (it is made when missing)");
			}
		}
		return Optional.empty();
	}

	/** A tidplan that is missing or that would judge a nämnd by the wrong date. */
	private Optional<String> tidplanProblem(Settings settings, Register register) {
		Optional<Path> file = settings.oversight().tidplanFile().map(Path::toAbsolutePath);
		if (file.isEmpty()) {
			return Optional.empty();
		}
		if (!Files.isRegularFile(file.get())) {
			return Optional.of(name("ik.tidplan") + ": no file " + file.get() + "; give the kommun's tidplan, a CSV "
					+ "file with the header 'period;sista_dag;nämnd', or leave the option out");
		}
		try {
			Tidplan.load(file.get(), PeriodRules.load(settings.ingest().configDir()), register);
			return Optional.empty();
		}
		catch (TidplanException ex) {
			return Optional.of(ex.getMessage());
		}
	}

	/** A value that is not of its setting's kind, e.g. {@code --stable-for abc}. */
	private String notBindable(BindException ex) {
		String property = ex.getName().toString();
		Object value = ex.getProperty() == null ? "" : ex.getProperty().getValue();
		Class<?> type = ex.getTarget().getType().resolve(Object.class);
		String expected = type == Duration.class ? "a duration; write e.g. 30s, 2m or 0s"
				: type == boolean.class || type == Boolean.class ? "true or false"
						: type == int.class || type == Integer.class ? "a whole number" : "a valid value";
		return name(property) + ": '" + value + "' is not " + expected;
	}

	private String name(String property) {
		return options.name(property);
	}

	/** The environment Spring will build: command line first, then system properties, environment, property files. */
	static ConfigurableEnvironment environment(RunOptions options) {
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources().addFirst(new SimpleCommandLinePropertySource(options.asCommandLine()));
		ConfigDataEnvironmentPostProcessor.applyTo(environment);
		return environment;
	}
}
