package se.ikkonsolidering.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * What a folder's exports were made from, kept beside them in {@value #FILE}: the database's state, the year, the
 * register's nämnder, the template folder, the program's build, what the run made of the corrections workbook, the
 * tidplan and rule files, the run's date, and the size and time of every file written (a folder's files each). A run
 * whose inputs give the same fingerprint, with every file still as it was written, need not write them again: a
 * re-run with nothing new spent seconds on a PDF identical but for its date.
 * <p>
 * Safe by construction: the record is removed before any export is written and written only after all of them
 * succeeded, so a failed or interrupted export is always written again; anything unknown (no build information, an
 * unreadable template folder) gives a fingerprint that matches nothing.
 */
final class ExportFingerprint {

	static final String FILE = ".exporter-underlag";

	private final Path out;
	private final String inputs;

	/** @param inputs everything the exports are made from, as one text (see {@link #inputs}) */
	ExportFingerprint(Path out, String inputs) {
		this.out = out;
		this.inputs = inputs;
	}

	/**
	 * Everything the exports are made from, a line each ("database …", "year 2025", "tidplan …"), and the program's
	 * build.
	 */
	static String inputs(List<String> lines) {
		List<String> all = new ArrayList<>(lines);
		all.add("build " + build());
		return String.join("\n", all);
	}

	/** Whether every file was written from these inputs and is still as it was written. */
	boolean matches(List<Path> files) {
		Path record = out.resolve(FILE);
		try {
			return Files.isRegularFile(record) && Files.readString(record, StandardCharsets.UTF_8).equals(text(files));
		}
		catch (IOException | UncheckedIOException ex) {
			return false;
		}
	}

	/** Forgets the record before the exports are written, so a failure half-way never leaves a stale match. */
	void forget() {
		try {
			Files.deleteIfExists(out.resolve(FILE));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot remove " + out.resolve(FILE), ex);
		}
	}

	/** Records the inputs and the files as written; called once all of them are. */
	void record(List<Path> files) {
		OutputFile.write(out.resolve(FILE), stream -> stream.write(text(files).getBytes(StandardCharsets.UTF_8)));
	}

	/** Each file by its size and time, a folder by each of its files, anything missing as such. */
	private String text(List<Path> files) {
		StringBuilder text = new StringBuilder("# What the exports in this folder were made from (ik-konsolidering)\n")
			.append(digest(inputs)).append('\n');
		for (Path file : files) {
			text.append(out.relativize(file)).append(' ').append(written(file)).append('\n');
		}
		return text.toString();
	}

	private static String written(Path file) {
		try {
			if (Files.isDirectory(file)) {
				return folder(file);
			}
			return Files.exists(file) ? Files.size(file) + " " + Files.getLastModifiedTime(file).toMillis() : "-";
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + file, ex);
		}
	}

	/**
	 * A folder (templates, rule files, receipts) by its files' names, sizes and times, a file by its content; none
	 * ({@code null}) as "none". An unreadable one matches nothing.
	 */
	static String source(Path source) {
		if (source == null) {
			return "none";
		}
		try {
			if (Files.isDirectory(source)) {
				return source.toAbsolutePath() + " " + folder(source);
			}
			if (!Files.isRegularFile(source)) {
				return source.toAbsolutePath() + " -";
			}
			try (InputStream in = Files.newInputStream(source)) {
				MessageDigest sha256 = sha256();
				byte[] buffer = new byte[8192];
				for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
					sha256.update(buffer, 0, n);
				}
				return source.toAbsolutePath() + " " + HexFormat.of().formatHex(sha256.digest());
			}
		}
		catch (IOException | UncheckedIOException ex) {
			return "unreadable " + System.nanoTime();
		}
	}

	private static String folder(Path folder) throws IOException {
		List<String> files = new ArrayList<>();
		try (Stream<Path> list = Files.list(folder)) {
			for (Path file : list.filter(Files::isRegularFile).sorted(Comparator.naturalOrder()).toList()) {
				files.add(file.getFileName() + " " + Files.size(file) + " " + Files.getLastModifiedTime(file).toMillis());
			}
		}
		return files.toString();
	}

	/** The build's time from Spring Boot's build information; a new build may render differently. */
	private static String build() {
		try (InputStream in = ExportFingerprint.class.getResourceAsStream("/META-INF/build-info.properties")) {
			if (in == null) {
				return "unknown " + System.nanoTime();
			}
			Properties properties = new Properties();
			properties.load(in);
			return properties.getProperty("build.version") + " " + properties.getProperty("build.time");
		}
		catch (IOException ex) {
			return "unknown " + System.nanoTime();
		}
	}

	private static String digest(String text) {
		return HexFormat.of().formatHex(sha256().digest(text.getBytes(StandardCharsets.UTF_8)));
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
