package se.ikkonsolidering.job;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Starts the application as a separate JVM on the test classpath, as cron or systemd would. */
final class ChildRun {

	private ChildRun() {
	}

	/**
	 * @param root folder with {@code inkorg/}; output goes to {@code ut/}, the H2 database to {@code db/}
	 * @param log where the child's output goes
	 * @param systemProperties extra {@code -D} settings, e.g. {@code ik.workers=1}
	 */
	static Process start(Path root, Path log, String... systemProperties) throws IOException {
		return startOn("jdbc:h2:file:" + root.resolve("db").resolve("ik").toAbsolutePath(), root, log, systemProperties);
	}

	/** As {@link #start(Path, Path, String...)}, against the given database. */
	static Process startOn(String db, Path root, Path log, String... systemProperties) throws IOException {
		return startAs(List.of(), db, root, log, systemProperties);
	}

	/**
	 * As {@link #startOn(String, Path, Path, String...)}, under a launcher such as {@code setpriv} that changes what the
	 * process may do.
	 */
	static Process startAs(List<String> launcher, String db, Path root, Path log, String... systemProperties)
			throws IOException {
		List<String> command = new ArrayList<>(launcher);
		command.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
				System.getProperty("java.class.path")));
		for (String property : systemProperties) {
			command.add("-D" + property);
		}
		command.addAll(List.of("se.ikkonsolidering.IkKonsolideringApplication", "--inbox",
				root.resolve("inkorg").toString(), "--out", root.resolve("ut").toString(), "--stable-for", "0s", "--db",
				db));
		return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
	}

	/** Starts the application in {@code workingDir} with exactly these arguments, as a person types them. */
	static Process withArguments(Path workingDir, Path log, String... args) throws IOException {
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-cp", System.getProperty("java.class.path"), "se.ikkonsolidering.IkKonsolideringApplication"));
		command.addAll(List.of(args));
		return new ProcessBuilder(command).directory(workingDir.toFile())
			.redirectErrorStream(true)
			.redirectOutput(log.toFile())
			.start();
	}
}
