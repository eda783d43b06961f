package se.ikkonsolidering.submission;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import se.ikkonsolidering.ingest.FileRejectedException;
import se.ikkonsolidering.register.Register;

/**
 * A blind round: follow-ups made by someone who never saw the reader, with the reading a careful human gives them
 * ({@code files.csv}: each file's outcome, nämnd, year and period; {@code expected.csv}: each control's text and
 * status). Scores the reader on it the way the round was first measured.
 */
final class BlindRound {

	private final Path folder;

	BlindRound(Path folder) {
		this.folder = folder;
	}

	String name() {
		return folder.getFileName().toString();
	}

	/** Recall, precision and status accuracy in percent, and how many files came out right. */
	record Score(double recall, double precision, double status, int filesRight, int files, List<String> misses) {
	}

	Score score() {
		SubmissionInterpreter reader = new SubmissionInterpreter(InterpretationRules.load(null),
				Register.load(folder.resolve("namnder.csv")));
		List<String[]> files = rows("files.csv");
		List<String[]> expected = rows("expected.csv");
		Map<String, List<Submission>> read = new LinkedHashMap<>();
		for (String file : new LinkedHashSet<>(files.stream().map(f -> f[0]).toList())) {
			try {
				read.put(file, reader.interpret(folder.resolve(file), file, 2025));
			}
			catch (FileRejectedException rejected) {
				read.put(file, null);
			}
		}
		List<String> misses = new ArrayList<>();
		int found = 0;
		int right = 0;
		int actual = 0;
		int matched = 0;
		for (Map.Entry<String, List<Submission>> file : read.entrySet()) {
			// A plan sent by mistake whose maker listed none of its rows: read as the plan it is, its planned controls
			// are no follow-up's rows to count.
			boolean planOnly = file.getValue() != null && !file.getValue().isEmpty()
					&& file.getValue().stream().allMatch(s -> s.kind() == SubmissionKind.PLAN)
					&& expected.stream().noneMatch(e -> e[0].equals(file.getKey()));
			List<Control> controls = file.getValue() == null || planOnly ? List.of()
					: file.getValue().stream().flatMap(s -> s.controls().stream()).toList();
			actual += controls.size();
			// By place in the file's list: a control two nämnder share ("BN, MN") is in both their follow-ups.
			Set<Integer> used = new HashSet<>();
			for (String[] e : expected.stream().filter(e -> e[0].equals(file.getKey())).toList()) {
				int at = IntStream.range(0, controls.size())
					.filter(i -> !used.contains(i) && matches(e[2], controls.get(i).kontrollmoment()))
					.findFirst().orElse(-1);
				if (at < 0) {
					misses.add("not found: " + file.getKey() + ": " + e[2]);
					continue;
				}
				Control hit = controls.get(at);
				used.add(at);
				found++;
				if (hit.decision().status().name().equals(e[3])) {
					right++;
				}
				else {
					misses.add("status: " + file.getKey() + " row " + hit.row() + ": want " + e[3] + ", got "
							+ hit.decision().status());
				}
			}
			matched += used.size();
			IntStream.range(0, controls.size()).filter(i -> !used.contains(i)).mapToObj(controls::get)
				.forEach(c -> misses.add("extra: " + file.getKey() + " row " + c.row() + ": " + c.kontrollmoment()));
		}
		int filesRight = 0;
		for (String[] f : files) {
			List<Submission> got = read.get(f[0]);
			boolean ok = f[1].equals("AVVISAD") ? got == null
					: got != null && got.stream().anyMatch(s -> s.namnd().equals(f[2]) && String.valueOf(s.year()).equals(f[3])
							&& (f.length < 5 || f[4].isEmpty() || s.period().map(Enum::name).orElse("").equals(f[4])));
			// A nämnd the file does not hold, read beside the right one, makes the file wrong too.
			Set<String> held = files.stream().filter(o -> o[0].equals(f[0]) && o.length > 2).map(o -> o[2])
				.collect(Collectors.toSet());
			ok &= got == null || got.stream().allMatch(s -> held.contains(s.namnd()));
			filesRight += ok ? 1 : 0;
			if (!ok) {
				misses.add("file: " + f[0] + " (" + f[2] + ")");
			}
		}
		return new Score(percent(found, expected.size()), percent(matched, actual), percent(right, expected.size()),
				filesRight, files.size(), misses);
	}

	private static double percent(int part, int whole) {
		return whole == 0 ? 100 : 100.0 * part / whole;
	}

	/** The expected text is the control's text as written, or its first characters. */
	static boolean matches(String expected, String actual) {
		String e = normalise(expected);
		String a = normalise(actual);
		if (e.isEmpty() || a.isEmpty()) {
			return false;
		}
		return e.equals(a) || a.startsWith(e) || (e.startsWith(a) && a.length() >= 15) || (a.contains(e) && e.length() >= 15)
				|| (e.contains(a) && a.length() >= 20);
	}

	private static String normalise(String text) {
		String s = Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT).replace("\u00AD", "");
		s = s.replaceAll("-\\s*\\R\\s*", "").replaceAll("[^\\p{L}\\p{N}%]+", " ");
		return s.strip().replaceAll("\\s+", " ");
	}

	/** The file's rows after its header; a quoted field may hold a control's text over two lines. */
	private List<String[]> rows(String name) {
		CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(';').setCommentMarker('#')
			.setIgnoreEmptyLines(true).get();
		try (CSVParser parser = CSVParser.parse(Files.readString(folder.resolve(name), StandardCharsets.UTF_8)
				.replace("\uFEFF", ""), format)) {
			return parser.getRecords().stream()
				.skip(1)
				.map(CSVRecord::values)
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
