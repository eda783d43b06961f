package se.ikkonsolidering.store;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Where an embedded H2 database keeps its file, read from its JDBC URL. */
final class H2File {

	/** H2 URLs that name no file of this process: in memory, on a server, read-only in a zip. */
	private static final List<String> NOT_A_FILE = List.of("mem:", "tcp:", "ssl:", "zip:");

	private H2File() {
	}

	/**
	 * The database's path without {@code .mv.db} ({@code jdbc:h2:file:/srv/ik/db/ik;WRITE_DELAY=0} →
	 * {@code /srv/ik/db/ik}), or empty when the URL names no embedded H2 file database.
	 */
	static Optional<Path> of(String url) {
		if (!url.startsWith("jdbc:h2:")) {
			return Optional.empty();
		}
		String name = url.substring("jdbc:h2:".length()).split(";", 2)[0];
		if (NOT_A_FILE.stream().anyMatch(name::startsWith)) {
			return Optional.empty();
		}
		name = name.startsWith("file:") ? name.substring("file:".length()) : name;
		return Optional.of(name.startsWith("~") ? Path.of(System.getProperty("user.home") + name.substring(1))
				: Path.of(name));
	}
}
