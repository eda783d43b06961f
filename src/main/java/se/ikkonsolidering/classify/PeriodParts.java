package se.ikkonsolidering.classify;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import se.ikkonsolidering.layout.HeadedLine;
import se.ikkonsolidering.layout.HeaderText;
import se.ikkonsolidering.layout.TableLayout;

/**
 * A cell text made of one line per period or year column ("Status T1: Pågår\nStatus T2: Klar", "Bedömning 2024:
 * ●\nBedömning 2025: "), as the layout writes a status with a column per period. The latest period decides; earlier
 * ones are kept for the reader.
 */
final class PeriodParts {

	/** A part's rank is its year and period, then its column's order among this many. */
	private static final int ORDER_SLOTS = 100;
	/** The rank {@code textperioder.csv} gives the whole year (helår, T3, Q4). */
	static final int WHOLE_YEAR = 4;

	/** "Jan–april", "januari–mars", "aug.": a month named in a text, abbreviated or not. */
	private static final Pattern MONTH = Pattern.compile("(?iu)(?<!\\p{L})(jan(?:uari)?|feb(?:ruari)?|mars?|apr(?:il)?"
			+ "|maj|juni?|juli?|aug(?:usti)?|sep(?:t|tember)?|okt(?:ober)?|nov(?:ember)?|dec(?:ember)?)(?!\\p{L})"
			+ "(?:\\s+((?:19|20)\\d{2}))?");
	private static final List<String> MONTHS = List.of("jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep",
			"okt", "nov", "dec");
	private static final int MONTHS_A_TERTIAL = 4;

	private PeriodParts() {
	}

	/** One period's value: its heading, its text (maybe blank), and its order among the periods. */
	record Part(String heading, String text, long rank) {
	}

	/**
	 * "Ugglan: G / Björkgården: GA / Centrum: E": three or more status columns of which no heading names a period or
	 * a year, one per unit, school or place the control was done at; they report side by side, none of them latest.
	 */
	static boolean areUnits(List<Part> parts) {
		// A part's rank is its column's order alone when its heading names neither year nor period.
		return parts.size() >= TableLayout.MIN_UNITS && parts.stream().allMatch(p -> p.rank() < ORDER_SLOTS);
	}

	/**
	 * "Utfört delår: Ja" and "Utfört delår: Nej": one period's status on each of a control's rows, a step or point
	 * each; together they are the control's, as a status per unit is.
	 */
	static boolean areRows(List<Part> parts) {
		return parts.size() >= 2 && parts.stream().map(Part::heading).distinct().count() == 1
				&& parts.stream().allMatch(p -> p.rank() < ORDER_SLOTS);
	}

	/** The parts of one period, one per row of the control, in the order the rows stand; empty when only one. */
	static List<Part> rowsOf(List<Part> parts, Part period) {
		List<Part> same = parts.stream()
			.filter(p -> p.heading().equals(period.heading()) && p.rank() / ORDER_SLOTS == period.rank() / ORDER_SLOTS)
			.toList();
		if (same.size() < 2) {
			return List.of();
		}
		List<Part> rows = new ArrayList<>();
		same.forEach(p -> rows.add(new Part(p.heading(), p.text(), rows.size())));
		return rows;
	}

	/** The parts, latest last; empty when the text is not one line per period. */
	static List<Part> of(String text, TextStatusRules periods) {
		List<HeadedLine> lines = HeadedLine.all(text);
		long[] years = yearsInColumnOrder(lines.stream().map(HeadedLine::heading).toList(), periods);
		List<Part> parts = new ArrayList<>();
		for (HeadedLine line : lines) {
			int order = parts.size();
			long rank = (years[order] * 10 + periods.periodRank(line.heading())) * ORDER_SLOTS + order;
			parts.add(new Part(line.heading().strip(), line.text().strip(), rank));
		}
		parts.sort(Comparator.comparingLong(Part::rank));
		return parts;
	}

	/**
	 * Each heading's year; a period heading without one ("T1 (april)") takes it from the headings beside it, time
	 * running left to right: right of "Utfall 2024" (the whole year) or "Helår 2024" it is the next year's, left of
	 * "Helår 2025" the same year's. Without any year in the headings, every year is 0.
	 */
	private static long[] yearsInColumnOrder(List<String> headings, TextStatusRules periods) {
		int n = headings.size();
		long[] years = new long[n];
		int[] ranks = new int[n];
		boolean anyYear = false;
		for (int i = 0; i < n; i++) {
			years[i] = HeaderText.lastYear(headings.get(i));
			ranks[i] = periods.periodRank(headings.get(i));
			anyYear |= years[i] > 0;
		}
		if (!anyYear) {
			return years;
		}
		for (int i = 1; i < n; i++) {
			if (years[i] == 0 && ranks[i] > 0 && years[i - 1] > 0) {
				boolean laterInThatYear = ranks[i - 1] > 0 && ranks[i] > ranks[i - 1];
				years[i] = laterInThatYear ? years[i - 1] : years[i - 1] + 1;
			}
			else if (years[i] == 0 && ranks[i] == 0 && years[i - 1] > 0
					&& (ranks[i - 1] == 0 || ranks[i - 1] >= WHOLE_YEAR)) {
				// "Bedömning helår 2024 | Bedömning (1–3)": right of last year's whole year, this year's.
				years[i] = years[i - 1] + 1;
			}
		}
		for (int i = n - 2; i >= 0; i--) {
			if (years[i] == 0 && ranks[i] > 0 && years[i + 1] > 0) {
				boolean earlierInThatYear = ranks[i + 1] == 0 || ranks[i] < ranks[i + 1];
				years[i] = earlierInThatYear ? years[i + 1] : years[i + 1] - 1;
			}
		}
		return years;
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
		List<HeadedLine> lines = HeadedLine.all(text);
		if (lines.stream().map(l -> HeaderText.lastYear(l.heading())).distinct().count() < 2) {
			return text;
		}
		int latest = lines.stream().mapToInt(l -> HeaderText.lastYear(l.heading())).max().orElse(0);
		List<HeadedLine> kept = lines.stream().filter(l -> HeaderText.lastYear(l.heading()) == latest).toList();
		// "2025: " with nothing after the heading reports nothing.
		return kept.stream().allMatch(l -> l.text().isBlank()) ? ""
				: String.join("\n", kept.stream().map(HeadedLine::line).toList());
	}

	/** "Heading: value" lines making up the whole text, at least two; empty when it is not written so. */
	/** A text of one "Heading: value" line whose heading names a year or a period ("Delår 2025 Kommentar: …"). */
	static Optional<Part> single(String text, TextStatusRules periods) {
		Optional<HeadedLine> line = text == null ? Optional.empty() : HeadedLine.single(text.strip());
		long rank = line.map(l -> rank(l.heading(), periods, 0)).orElse(0L);
		return rank == 0 ? Optional.empty()
				: Optional.of(new Part(line.get().heading().strip(), line.get().text().strip(), rank));
	}

	/**
	 * The period of the year that ends with the latest month a text names, 0 when it names none or a month of
	 * another year ("klar i februari 2026"): "Jan–april kontrollerat" tells of the first tertial, "kontrollerat t.o.m.
	 * augusti" of the delår, "i oktober" of the year.
	 * @param year the year the text reports on, 0 when unknown
	 */
	static int periodOfTheMonthsNamed(String text, long year) {
		Matcher month = MONTH.matcher(text);
		int latest = 0;
		while (month.find()) {
			if (month.group(2) != null && Long.parseLong(month.group(2)) != year) {
				return 0;
			}
			latest = Math.max(latest, MONTHS.indexOf(month.group(1).substring(0, 3).toLowerCase(Locale.ROOT)) + 1);
		}
		int tertial = (latest + MONTHS_A_TERTIAL - 1) / MONTHS_A_TERTIAL;
		return tertial == WHOLE_YEAR - 1 ? WHOLE_YEAR : tertial;
	}

	/** The period of the year a part reports on, without its column order: parts of one period compare equal. */
	static long period(Part part) {
		return part.rank() / 100;
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
