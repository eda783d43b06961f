package se.ikkonsolidering.classify;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A cell text made of one line per period or year column ("Status T1: Pågår\nStatus T2: Klar", "Bedömning 2024:
 * ●\nBedömning 2025: "), as the layout writes a status with a column per period. The latest period decides; earlier
 * ones are kept for the reader.
 */
final class PeriodParts {

	private static final Pattern LINE = Pattern.compile("^([^:\\n]{1,60}):[ \\t]*(.*)$", Pattern.MULTILINE);
	private static final Pattern YEAR = Pattern.compile("(?<!\\d)(20\\d\\d)(?!\\d)");

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

	/** The latest of the parts: by year, then by period of the year, then by column order. */
	static Optional<Part> latest(List<Part> parts) {
		return parts.isEmpty() ? Optional.empty() : Optional.of(parts.get(parts.size() - 1));
	}

	private static long rank(String heading, TextStatusRules periods, int order) {
		Matcher year = YEAR.matcher(heading);
		long y = year.find() ? Long.parseLong(year.group(1)) : 0;
		return (y * 10 + periods.periodRank(heading)) * 100 + order;
	}
}
