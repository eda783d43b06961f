package se.ikkonsolidering.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import org.springframework.test.context.DynamicPropertyRegistry;

/** The folders and database of a job test: {@code <root>/inkorg}, {@code <root>/ut}, files taken at once. */
public final class JobFolders {

	private JobFolders() {
	}

	/** Deletes the folders and all in them, by path: a File cannot name a file whose name is not UTF-8. */
	public static void empty(Path... folders) throws IOException {
		for (Path folder : folders) {
			if (Files.exists(folder)) {
				try (Stream<Path> paths = Files.walk(folder)) {
					for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
						Files.delete(path);
					}
				}
			}
		}
	}

	public static Path temporaryRoot(String prefix) {
		try {
			return Files.createTempDirectory(prefix);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * @param register the nämnd register, or {@code null} for none
	 * @param database name of the in-memory H2 database (ignored in the PostgreSQL profile)
	 */
	public static void register(DynamicPropertyRegistry registry, Path root, Path register, String database) {
		registry.add("ik.inbox", () -> root.resolve("inkorg").toString());
		registry.add("ik.out", () -> root.resolve("ut").toString());
		if (register != null) {
			registry.add("ik.register", () -> register.toAbsolutePath().toString());
		}
		registry.add("ik.stable-for", () -> "0s");
		TestDatabase.register(registry, database);
	}
}
