package se.ikkonsolidering.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.IntStream;

/**
 * The "Inlämningar" section's table: every file when there are at most {@link #SHOWN}; beyond that the lines someone
 * must act on (a file that could not be read, a nämnd that sent nothing) come first and the rest wait for the
 * workbook and inlamningar.csv, which list every file. The lines shown keep their order, and a tally of all files
 * stands above the table, so the bound hides no number.
 *
 * @param lines the lines shown, in the order of the full list
 * @param omitted how many lines the page leaves out
 * @param tally every line counted by outcome, in words
 */
record FileList(List<SubmissionLine> lines, int omitted, String tally) {

	static final int SHOWN = 40;

	FileList {
		lines = List.copyOf(lines);
	}

	static FileList of(List<SubmissionLine> all) {
		Set<Integer> kept = new HashSet<>();
		IntStream.range(0, all.size())
			.boxed()
			.sorted(Comparator.comparingInt(i -> needsAction(all.get(i)) ? 0 : 1))
			.limit(SHOWN)
			.forEach(kept::add);
		List<SubmissionLine> lines = new ArrayList<>();
		for (int i = 0; i < all.size(); i++) {
			if (kept.contains(i)) {
				lines.add(all.get(i));
			}
		}
		return new FileList(lines, all.size() - lines.size(), tally(all));
	}

	private static boolean needsAction(SubmissionLine line) {
		return line.outcomeCss().equals("avvisad") || line.outcomeCss().equals("ej-inlamnad");
	}

	/** "14 filer: 12 inlästa, 1 ersatt, 1 avvisad. 2 nämnder har inte lämnat någon uppföljning." */
	private static String tally(List<SubmissionLine> all) {
		Map<String, Integer> files = new TreeMap<>();
		int namnder = 0;
		for (SubmissionLine line : all) {
			if (line.file().isEmpty()) {
				namnder++;
			}
			else {
				files.merge(line.outcomeCss(), 1, Integer::sum);
			}
		}
		int total = files.values().stream().mapToInt(Integer::intValue).sum();
		List<String> parts = new ArrayList<>();
		add(parts, files.getOrDefault("inlast", 0), "inläst", "inlästa");
		add(parts, files.getOrDefault("ersatt", 0), "ersatt", "ersatta");
		add(parts, files.getOrDefault("avvisad", 0), "avvisad", "avvisade");
		String text = total + (total == 1 ? " fil" : " filer")
				+ (parts.isEmpty() ? "." : ": " + String.join(", ", parts) + ".");
		if (namnder > 0) {
			text += " " + namnder + (namnder == 1 ? " nämnd" : " nämnder") + " har inte lämnat någon uppföljning.";
		}
		return text;
	}

	private static void add(List<String> parts, int count, String one, String many) {
		if (count > 0) {
			parts.add(count + " " + (count == 1 ? one : many));
		}
	}
}
