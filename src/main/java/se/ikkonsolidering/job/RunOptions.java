package se.ikkonsolidering.job;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.springframework.boot.convert.DurationStyle;

/**
 * The command line. Each option becomes a Spring property, so the same settings can also come from
 * {@code application.properties} or the environment.
 */
public final class RunOptions {

	/** Exit code for a bad command line. */
	public static final int USAGE_ERROR = 2;

	/** Not a setting of a run but a command of its own, so it never reaches Spring. */
	private static final String RESTORE = "restore";

	/** The file name of the embedded database in {@code <out>/databas/}. */
	private static final Path DATABASE = Path.of("databas", "ik-konsolidering");

	/** Every option, with the default {@code --help} shows: the value a run binds when nothing sets it. */
	private static final List<Option> OPTIONS = List.of(
			new Option("--inbox", "ik.inbox", "DIR", "folder with the nämnders' follow-up files",
					s -> s.ingest().inbox()),
			new Option("--out", "ik.out", "DIR", "folder for kontroller.csv, inlamningar.csv and the summary",
					s -> s.export().out()),
			new Option("--register", "ik.register", "FILE",
					"nämnd register: CSV with the header 'nämnd;alias', as Excel saves it",
					s -> s.register().file().orElse(null)),
			new Option("--tidplan", "ik.tidplan", "FILE",
					"the kommun's deadlines: CSV with the header 'period;sista_dag;nämnd'",
					s -> s.oversight().tidplanFile().orElse(null)),
			new Option("--year", "ik.year", "YYYY", "year to export",
					s -> unset(s.export().year(), "the year most files are for")),
			new Option("--db", "spring.datasource.url", "JDBC_URL",
					"database; credentials from SPRING_DATASOURCE_USERNAME/PASSWORD",
					s -> "H2 file <out>/" + DATABASE),
			new Option("--archive", "ik.archive", "DIR", "where read files are moved",
					s -> "<inbox>/" + s.ingest().inbox().relativize(s.ingest().archiveFolder())),
			new Option("--rejected", "ik.rejected", "DIR", "where unreadable files are moved, with a .fel.txt",
					s -> "<inbox>/" + s.ingest().inbox().relativize(s.ingest().rejectedFolder())),
			new Option("--config-dir", "ik.config-dir", "DIR",
					"the kommun's additions to the rule files (kolumnnamn.csv, statusord.csv, ...)",
					s -> s.ingest().configDir()),
			new Option("--templates", "ik.templates", "DIR", "folder with the kommun's own ks-sammanstallning.html",
					s -> s.export().templates() + " (the built-in copy if it has none)"),
			new Option("--stable-for", "ik.stable-for", "DURATION",
					"a file must be unchanged this long before it is taken (e.g. 30s, 2m)",
					s -> DurationStyle.SIMPLE.print(s.ingest().stableFor(), ChronoUnit.SECONDS)),
			new Option("--schedule", "ik.schedule", "", "stay running and start the job on --cron instead of once",
					s -> onOff(s.schedule().schedule())),
			new Option("--cron", "ik.cron", "EXPR", "when scheduled runs start: second minute hour day month weekday",
					s -> s.schedule().cron()),
			new Option("--zone", "ik.zone", "ZONE", "time zone of --cron", s -> s.schedule().zone()),
			new Option("--force-report", "ik.force-report", "", "write the exports even when the inbox has nothing new",
					s -> onOff(s.export().forceReport())),
			new Option("--backup-dir", "ik.backup-dir", "DIR",
					"where a backup of the embedded database is written after each run",
					s -> "<out>/" + s.export().out().relativize(s.backup().folder(s.export().out())) + " (the newest "
							+ s.backup().backupKeep() + " kept)"),
			new Option("--corrections", "ik.corrections", "FILE",
					"the economy office's corrections workbook, applied at every run",
					s -> "<out>/" + s.export().out().relativize(s.corrections().file(s.export().out()))),
			new Option("--today", "ik.today", "YYYY-MM-DD",
					"the date the run counts as: files are recorded as received then, deadlines judged on it "
							+ "(rehearsals, the demo)",
					s -> unset(s.oversight().today(), "the real date")),
			new Option("--restore", RESTORE, "BACKUP.zip",
					"instead of running, write the database (--db, or the one in --out) from this backup", s -> null));

	private final Map<String, Object> properties;
	private final boolean help;
	private final boolean debug;

	private RunOptions(Map<String, Object> properties, boolean help, boolean debug) {
		this.properties = properties;
		this.help = help;
		this.debug = debug;
	}

	/** @throws IllegalArgumentException for an unknown option or a missing value, with a one-line message */
	public static RunOptions parse(String... args) {
		Map<String, Object> properties = new LinkedHashMap<>();
		boolean help = false;
		boolean debug = false;
		for (int i = 0; i < args.length; i++) {
			String arg = args[i];
			if (arg.equals("--help") || arg.equals("-h")) {
				help = true;
				continue;
			}
			if (arg.equals("--debug")) {
				debug = true;
				continue;
			}
			String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
			Option option = OPTIONS.stream()
				.filter(o -> o.flag().equals(name))
				.findFirst()
				.orElseThrow(() -> new IllegalArgumentException("unknown option " + name));
			String value;
			if (option.argument().isEmpty()) {
				value = "true";
			}
			else if (arg.contains("=")) {
				value = arg.substring(arg.indexOf('=') + 1);
			}
			else if (i + 1 < args.length) {
				value = args[++i];
			}
			else {
				throw new IllegalArgumentException(option.flag() + " needs a value (" + option.argument() + ")");
			}
			if (option.flag().equals("--year") && !value.matches("\\d{4}")) {
				throw new IllegalArgumentException("--year must be a four-digit year, got '" + value + "'");
			}
			properties.put(option.property(), value);
		}
		return new RunOptions(properties, help, debug);
	}

	/**
	 * The options as Spring command-line properties, which outrank the environment and property files. Without
	 * {@code --db} the embedded database lives in the output folder, so separate output folders never share data.
	 */
	public String[] asCommandLine() {
		Map<String, Object> all = new LinkedHashMap<>(properties);
		if (!all.containsKey("spring.datasource.url")) {
			Path out = all.containsKey("ik.out") ? Path.of(all.get("ik.out").toString()) : Settings.defaults().export().out();
			all.put("spring.datasource.url", "jdbc:h2:file:" + out.toAbsolutePath().normalize().resolve(DATABASE));
		}
		return all.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
	}

	public boolean help() {
		return help;
	}

	/** The backup to restore the database from instead of running, if that is what was asked. */
	public Optional<Path> restore() {
		return Optional.ofNullable(properties.get(RESTORE)).map(value -> Path.of(value.toString()));
	}

	/** Whether a failed start should also print its stack trace. */
	public boolean debug() {
		return debug;
	}

	/**
	 * How a message names a setting: by its option when the command line gave it, else by its property (set in the
	 * environment, e.g. {@code IK_INBOX}, or a property file).
	 */
	String name(String property) {
		if (!properties.containsKey(property)) {
			return property;
		}
		return OPTIONS.stream().filter(o -> o.property().equals(property)).map(Option::flag).findFirst().orElse(property);
	}


	public static String usage() {
		Settings defaults = Settings.defaults();
		StringBuilder s = new StringBuilder("usage: scripts/run [options]\n\n"
				+ "Reads every follow-up in the inbox into the database, then writes kontroller.csv, inlamningar.csv\n"
				+ "and the summary for kommunstyrelsen (ks-sammanstallning-<år>.html, .pdf, .xlsx).\n\n");
		for (Option o : OPTIONS) {
			Object value = o.defaultValue().apply(defaults);
			s.append(String.format("  %-22s %s%n  %-22s default: %s%n", (o.flag() + " " + o.argument()).strip(),
					o.description(), "", value == null ? "(none)" : value));
		}
		s.append("  --debug                on a failed start, also print its stack trace\n"
				+ "  --help                 this text\n\n"
				+ "Exit codes: 0 the run completed, or there was nothing new (rejected files are reported, not fatal);\n"
				+ "1 the job failed, or its backup could not be written; 2 a wrong start (bad option or setting,\n"
				+ "missing inbox or register); 3 another run is in progress.\n");
		return s.toString();
	}

	private static String onOff(boolean on) {
		return on ? "on" : "off";
	}

	private static Object unset(Object value, String meaning) {
		return value != null ? value : "(" + meaning + ")";
	}

	/** @param defaultValue the default as shown, from the settings of a run where nothing is set */
	record Option(String flag, String property, String argument, String description,
			Function<Settings, Object> defaultValue) {
	}
}
