package se.ikkonsolidering.ingest.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Picks the field separator: the candidate that splits the most of the first lines into the same number (more
 * than one) of fields. Quoted text is skipped, so commas inside Swedish prose do not count.
 */
public final class DelimiterDetector {

	private static final char[] CANDIDATES = { ';', ',', '\t' };
	private static final int SAMPLE_LINES = 40;
	private static final double WRITTEN_SHARE = 0.8;
	private static final int WORDS_PER_WRITTEN_PART = 4;
	/** A label, its colon and a tab before its value: a line of a mail's header ("Ämne:\tSV: Uppföljning …"). */
	private static final Pattern LABELLED = Pattern.compile("[^\t:]{1,20}:\t+[^\t]*");

	private DelimiterDetector() {
	}

	public static char detect(String text) {
		String[] lines = text.split("\r\n|\r|\n", SAMPLE_LINES + 1);
		char best = ';';
		long bestScore = -1;
		for (char candidate : CANDIDATES) {
			Map<Integer, Integer> linesPerFieldCount = new HashMap<>();
			for (int i = 0; i < Math.min(lines.length, SAMPLE_LINES); i++) {
				int fields = countOutsideQuotes(lines[i], candidate) + 1;
				if (fields > 1) {
					linesPerFieldCount.merge(fields, 1, Integer::sum);
				}
			}
			long score = linesPerFieldCount.entrySet().stream()
				.mapToLong(e -> (long) e.getValue() * 1000 + e.getKey())
				.max()
				.orElse(0);
			if (score > bestScore) {
				bestScore = score;
				best = candidate;
			}
		}
		return best;
	}

	/**
	 * The text is prose, not a table: fewer than a third of its first non-blank lines hold the separator. The
	 * commas of an e-mail's sentences split a line here and there, never most of them, and the tab after each label of
	 * its header ("Från:\tLena …") sets no columns apart.
	 */
	public static boolean isProse(String text, char delimiter) {
		// Only the first lines are looked at: a 60 MB export is not split whole to sample forty of them.
		List<String> sample = text.lines().filter(line -> !line.isBlank()).limit(SAMPLE_LINES).toList();
		List<String> split = sample.stream()
			.filter(line -> countOutsideQuotes(line, delimiter) > 0 && !(delimiter == '\t' && LABELLED.matcher(line).matches()))
			.toList();
		return !sample.isEmpty() && (split.size() * 3 < sample.size() || delimiter == ',' && isWritten(split));
	}

	/**
	 * Commas as sentences have them, a space after each and many words between: "Arvoden till gode män enl. riktlinje
	 * - gjort, inga avvikelser". An export's fields follow their commas at once, and a typed table's are a few words.
	 */
	private static boolean isWritten(List<String> lines) {
		int commas = 0;
		int spaced = 0;
		int fields = 0;
		int words = 0;
		for (String line : lines) {
			String[] parts = line.split(",", -1);
			for (int i = 0; i < parts.length; i++) {
				if (i > 0) {
					commas++;
					spaced += parts[i].startsWith(" ") ? 1 : 0;
				}
				fields++;
				words += parts[i].isBlank() ? 0 : parts[i].strip().split("\\s+").length;
			}
		}
		return commas > 0 && spaced >= WRITTEN_SHARE * commas && words >= WORDS_PER_WRITTEN_PART * fields;
	}

	private static int countOutsideQuotes(String line, char delimiter) {
		int count = 0;
		boolean quoted = false;
		for (int i = 0; i < line.length(); i++) {
			char c = line.charAt(i);
			if (c == '"') {
				quoted = !quoted;
			}
			else if (c == delimiter && !quoted) {
				count++;
			}
		}
		return count;
	}
}
