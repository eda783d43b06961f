package se.ikkonsolidering.layout;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads the rule data files ({@code ;}-separated, UTF-8, {@code #} comments): the built-in copy from the classpath
 * followed by the kommun's own additions from the configuration folder, if it has a file of the same name.
 * Rules are data so a kommun can teach the program a new column name or status word without a rebuild.
 */
public final class RuleFile {

	private RuleFile() {
	}

	/** Rows of the named file, each split into exactly {@code columns} trimmed fields. */
	public static List<String[]> read(String name, int columns, Path configDir) {
		List<String[]> rows = new ArrayList<>();
		try (InputStream in = RuleFile.class.getResourceAsStream("/ik/" + name)) {
			if (in == null) {
				throw new IllegalStateException("Built-in rule file missing: " + name);
			}
			parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), name, columns, rows);
			if (configDir != null && Files.isRegularFile(configDir.resolve(name))) {
				try (BufferedReader reader = Files.newBufferedReader(configDir.resolve(name), StandardCharsets.UTF_8)) {
					parse(reader, configDir.resolve(name).toString(), columns, rows);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return rows;
	}

	private static void parse(BufferedReader reader, String source, int columns, List<String[]> rows)
			throws IOException {
		String line;
		int number = 0;
		while ((line = reader.readLine()) != null) {
			number++;
			String trimmed = line.strip().replace("\uFEFF", "");
			if (trimmed.isEmpty() || trimmed.startsWith("#")) {
				continue;
			}
			String[] parts = trimmed.split(";", columns);
			if (parts.length != columns) {
				throw new IllegalStateException(source + " line " + number + ": expected " + columns + " fields");
			}
			for (int i = 0; i < parts.length; i++) {
				parts[i] = parts[i].strip();
			}
			rows.add(parts);
		}
	}

	/**
	 * One pattern that finds where any of the rules' patterns does: a text searched once instead of once per rule,
	 * for the many texts that match none.
	 */
	public static Pattern anyOf(List<Pattern> patterns) {
		return Pattern.compile(patterns.isEmpty() ? "(?!)"
				: patterns.stream().map(p -> "(?:" + p.pattern() + ")").collect(Collectors.joining("|")),
				Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
	}
}
