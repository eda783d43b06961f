package se.ikkonsolidering.classify;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import se.ikkonsolidering.layout.HeaderText;

/**
 * A cell text made of one line per period or year column ("Status T1: Pågår\nStatus T2: Klar", "Bedömning 2024:
 * ●\nBedömning 2025: "), as the layout writes a status with a column per period. The latest period decides; earlier
 * ones are kept for the reader.
 */
final class PeriodParts {

	private static final Pattern LINE = Pattern.compile("^([^:\\n]{1,60}):[ \\t]*(.*)$", Pattern.MULTILINE);

	private PeriodParts() {
	}

	/** One period's value: its heading, its text (maybe blank), and its order among the periods. */
	record Part(String heading, String text, long rank) {
	}

	/** The parts, latest last; empty when the text is not one line per period. */
	static List<Part> of(String text, TextStatusRules periods) {
		List<Part> parts = new ArrayList<>();
		Matcher m = LINE.matcher(text);
		int end = 0;
		while (m.find()) {
			if (m.start() != end) {
				return List.of();
			}
			parts.add(new Part(m.group(1).strip(), m.group(2).strip(), rank(m.group(1), periods, parts.size())));
			end = m.end() + 1;
		}
		if (parts.size() < 2 || end < text.length()) {
			return List.of();
		}
		parts.sort(Comparator.comparingLong(Part::rank));
		return parts;
	}

	/**
	 * The lines of the latest year when the text has one line per period over several years ("2024: Genomförd.\n2025:
	 * Se bilaga 2." is "2025: Se bilaga 2."), or "" when that year's lines are blank: an earlier year's passage says
	 * nothing of this year's control. The text as it is otherwise.
	 */
	static String ofLatestYear(String text) {
		if (text == null || text.indexOf('\n') < 0) {
			return text;
		}
		Matcher m = LINE.matcher(text);
		List<String[]> lines = new ArrayList<>();
		int end = 0;
		int latest = 0;
		while (m.find()) {
			if (m.start() != end) {
				return text;
			}
			int y = HeaderText.lastYear(m.group(1));
			latest = Math.max(latest, y);
			lines.add(new String[] { String.valueOf(y), m.group() });
			end = m.end() + 1;
		}
		if (end < text.length() || lines.stream().map(l -> l[0]).distinct().count() < 2) {
			return text;
		}
		String year = String.valueOf(latest);
		List<String> kept = lines.stream().filter(l -> l[0].equals(year)).map(l -> l[1]).toList();
		// "2025: " with nothing after the heading reports nothing.
		return kept.stream().allMatch(l -> l.substring(l.indexOf(':') + 1).isBlank()) ? "" : String.join("\n", kept);
	}

	/** The latest of the parts: by year, then by period of the year, then by column order. */
	static Optional<Part> latest(List<Part> parts) {
		return parts.isEmpty() ? Optional.empty() : Optional.of(parts.get(parts.size() - 1));
	}

	private static long rank(String heading, TextStatusRules periods, int order) {
		long y = HeaderText.lastYear(heading);
		return (y * 10 + periods.periodRank(heading)) * 100 + order;
	}
}
