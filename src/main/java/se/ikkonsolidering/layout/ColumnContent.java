package se.ikkonsolidering.layout;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import se.ikkonsolidering.ingest.CellWords;
import se.ikkonsolidering.ingest.RawCell;
import se.ikkonsolidering.ingest.RawRow;

/**
 * What a column holds in the rows under a header: how long and how varied its texts are, how many are status words,
 * ticks, numbers or dates, and how many cells carry a fill colour without text. A reader decides a column's role from
 * this as much as from its heading: the kontrollmoment column holds long, distinct texts; the status column a small
 * repeated vocabulary or traffic-light fills; a process column short texts that repeat.
 */
record ColumnContent(int column, int rows, int filled, double meanLength, int distinct, int statusWords, int marks,
		int numbers, int dates, int fillsWithoutText, int maxLength, int statusLed, int colouredCodes, int periods,
		int years,
		int legendColoured, int amounts, int shares, int dayLikeShares, boolean repeatedEvenly) {

	private static final Pattern YEAR = Pattern.compile("(19|20)\\d{2}");
	private static final Pattern NUMBER = Pattern.compile("[-+]?\\d+([.,]\\d+)?\\s?%?");
	/** Longer texts are sentences, not the short repeated words of a status or process column. */
	static final int PROSE_LENGTH = 30;
	private static final int MAX_CODE_LENGTH = 3;
	/** "Ej OK": a code of two letters, negated. */
	private static final int MAX_NEGATED_CODE_LENGTH = 5;
	/** Periods a year is followed up in at most: T1, T2, T3 and the year's own assessment. */
	private static final int MAX_PERIOD_ROWS = 4;
	/** A text left out of one period's rows (a control struck before the year end) keeps the rest even. */
	private static final double EVEN_SHARE = 0.8;
	/** "75 %", "■■■□□": how much of a control is done, as a share. */
	private static final Pattern SHARE = Pattern.compile("\\d{1,3}([.,]\\d+)?\\s?%|[■●█▰★◼⬛□○░▱☆◻⬜\\s]{3,}");
	/** "3 av 4 stickprov", "2/4": done of planned; "18/3", more done than planned, is a day. */
	private static final Pattern COUNTED = Pattern.compile("(?iu)(\\d{1,5})\\s*(?:av|/)\\s*(\\d{1,5})(\\s+\\p{L}+)?");
	/** "D – 70 %", "G/D", "Klar, se bilaga": a status word or code opening a short cell, a note or a second code after it. */
	private static final Pattern OPENING_WORD = Pattern.compile("^([^\\s/,–-]{1,20})\\s*(?:[/,–-]|\\s[–-]\\s)");
	/** "2/4", "3/12": a count done of planned that a reader could also take for a day of a month. */
	private static final Pattern DAY_LIKE = Pattern.compile("(?:[1-9]|1[0-2])/(?:[1-9]|1[0-2])");
	/** A status word or two and a date or week after it: "Klar v. 22", "Genomförd 2025-03-12". */
	private static final Pattern DATED = Pattern.compile(
			"(?iu)(\\p{L}[\\p{L}.]*(?: \\p{L}[\\p{L}.]*)?)\\s+(?:(?:19|20)\\d{2}-\\d{2}(?:-\\d{2})?|v\\.?\\s?\\d{1,2}|vecka\\s?\\d{1,2}|\\d{1,2}/\\d{1,2}(?:/\\d{2,4})?)\\.?");

	/**
	 * @param onlyAPeriod whether a cell's text names a period and nothing else ("T2", "Helår 2025")
	 * @param legendColour whether a fill ({@code RRGGBB}) is one of the colours the file's legend explains
	 * @param inLegend whether the file's legend explains a cell's text as a code
	 */
	static ColumnContent of(int column, List<RawRow> rows, Vocabulary vocabulary, Labels labels,
			Predicate<String> onlyAPeriod, Predicate<String> legendColour, Predicate<String> inLegend) {
		int filled = 0;
		long length = 0;
		int maxLength = 0;
		int statusWords = 0;
		int marks = 0;
		int numbers = 0;
		int dates = 0;
		int fillsWithoutText = 0;
		int statusLed = 0;
		int periods = 0;
		int years = 0;
		int legendColoured = 0;
		int amounts = 0;
		int shares = 0;
		int dayLikeShares = 0;
		Map<String, Integer> values = new HashMap<>();
		Map<String, Set<String>> codeFills = new HashMap<>();
		for (RawRow row : rows) {
			RawCell cell = row.cell(column).orElse(null);
			// A merged cell's text stands in every column it spans: a group heading across the table says nothing
			// about what any one column holds.
			if (cell == null || cell.mergedFromAbove() || cell.mergedAcross()) {
				continue;
			}
			String text = cell.text().strip();
			if (labels.isLabel(Labels.Kind.TOM_RUTA, text)) {
				continue;
			}
			if (text.isEmpty()) {
				if (cell.fill() != null) {
					fillsWithoutText++;
				}
				continue;
			}
			filled++;
			if (text.length() <= MAX_CODE_LENGTH) {
				codeFills.computeIfAbsent(text.toLowerCase(), t -> new HashSet<>())
					.add(cell.fill() == null ? "" : cell.fill().toUpperCase());
			}
			length += text.length();
			maxLength = Math.max(maxLength, text.length());
			values.merge(text.toLowerCase(), 1, Integer::sum);
			if (isShare(text)) {
				shares++;
				dayLikeShares += DAY_LIKE.matcher(text).matches() ? 1 : 0;
			}
			if (onlyAPeriod.test(text)) {
				periods++;
				years += YEAR.matcher(text).matches() ? 1 : 0;
			}
			// "☑" and "☒" under "☑ utförd utan anmärkning ☒ utförd, brister noterade": marks the legend
			// explains are its codes.
			if (labels.isMark(text) && !inLegend.test(text)) {
				marks++;
			}
			else if (vocabulary.knows(text)) {
				statusWords++;
			}
			else if (cell.fill() != null && legendColour.test(cell.fill()) && !colouredThroughout(row, cell.fill())) {
				// "Jan–jun avstämt" on the legend's yellow: the colour is the status, the words say how far it came.
				legendColoured++;
			}
			else if (text.length() < PROSE_LENGTH && opensWithAStatus(text, vocabulary)) {
				statusLed++;
			}
			else if (CellWords.isDate(text)) {
				dates++;
			}
			else if (NUMBER.matcher(text).matches()) {
				numbers++;
				// A share ("60 %") may say how much of the sample was checked.
				amounts += text.endsWith("%") ? 0 : 1;
			}
		}
		return new ColumnContent(column, rows.size(), filled, filled == 0 ? 0 : (double) length / filled, values.size(),
				statusWords, marks, numbers, dates, fillsWithoutText, maxLength, statusLed, colouredCodes(codeFills, values),
				periods, years, legendColoured, amounts, shares, dayLikeShares, repeatedEvenly(values));
	}

	/**
	 * Each text as many times as the others, two to four times: a control on a row of its own per period, as an
	 * export gives it ("Delår 2025", "Helår 2025"), not a process's name over a varying number of controls.
	 */
	private static boolean repeatedEvenly(Map<String, Integer> values) {
		Map<Integer, Long> byCount = values.values().stream()
			.collect(Collectors.groupingBy(n -> n, Collectors.counting()));
		return values.size() >= 2 && byCount.entrySet().stream()
			.anyMatch(e -> e.getKey() >= 2 && e.getKey() <= MAX_PERIOD_ROWS
					&& e.getValue() >= EVEN_SHARE * values.size());
	}

	private static boolean isShare(String text) {
		if (SHARE.matcher(text).matches()) {
			return true;
		}
		Matcher counted = COUNTED.matcher(text);
		return counted.matches() && Integer.parseInt(counted.group(1)) <= Integer.parseInt(counted.group(2));
	}

	/**
	 * "1" always green, "2" always yellow, "3" always red: codes that repeat, each in a colour of its own, as a
	 * conditional format colours them. The cells they are in; none when the colours do not follow the codes.
	 */
	private static int colouredCodes(Map<String, Set<String>> codeFills, Map<String, Integer> cells) {
		Map<String, Integer> codeOfFill = new HashMap<>();
		int coloured = 0;
		for (Map.Entry<String, Set<String>> code : codeFills.entrySet()) {
			if (code.getValue().size() > 1) {
				return 0;
			}
			String fill = code.getValue().iterator().next();
			if (!fill.isEmpty() && !fill.equals(ColourSwatches.WHITE) && codeOfFill.put(fill, 1) != null) {
				return 0;
			}
			coloured += fill.isEmpty() ? 0 : cells.get(code.getKey());
		}
		return codeOfFill.size() >= 2 ? coloured : 0;
	}

	/** Every filled cell of the row has the fill: the row's colour is the control's status, not one column's. */
	private static boolean colouredThroughout(RawRow row, String fill) {
		return row.nonBlankCells().stream().allMatch(c -> fill.equalsIgnoreCase(c.fill()));
	}

	private static boolean opensWithAStatus(String text, Vocabulary vocabulary) {
		Matcher m = OPENING_WORD.matcher(text);
		if (m.find() && vocabulary.knows(m.group(1))) {
			return true;
		}
		// "Klar v. 22", "Utförd 2025-07-01": a status word and when.
		Matcher dated = DATED.matcher(text);
		return dated.matches() && vocabulary.knows(dated.group(1));
	}

	/**
	 * Long texts that mostly differ from row to row, or come again evenly, once per period: a kontrollmoment, risk or
	 * result column.
	 */
	boolean isProse() {
		return filled > 0 && meanLength >= PROSE_LENGTH && (distinct >= 0.7 * filled || repeatedEvenly);
	}

	/** A small vocabulary of status words, codes or symbols, or fills standing in for them. */
	boolean isStatusLike() {
		if (filled == 0) {
			return fillsWithoutText >= 2;
		}
		// Fills count with the words: a traffic-light column where one cell says "Se bilaga 3" is still one.
		// Dates among status words ("Klar v. 43 | 2025-12-10 | Ej aktuell"): when each control was done.
		int statusCells = statusWords + statusLed + marks + fillsWithoutText + colouredCodes + legendColoured
				+ (statusWords + statusLed >= 2 ? dates : 0);
		return statusCells >= Math.max(1, 0.6 * (filled + fillsWithoutText))
				&& (meanLength < PROSE_LENGTH || isColouredStatuses());
	}

	/**
	 * The controls' sentences, most of them on one of the legend's colours, and no status word among them: a
	 * kontrollmoment column whose cells are coloured by their status (a control not yet followed up left white), not
	 * a status column.
	 */
	boolean isProseOnColours() {
		return isProse() && legendColoured >= 2 && legendColoured >= 0.6 * filled
				&& statusWords + statusLed + marks == 0;
	}

	/** Status words, codes or ticks in every filled cell, at least two of them. */
	boolean isOnlyStatusWords() {
		return filled >= 2 && statusWords + marks == filled;
	}

	/**
	 * Every filled cell a status word, or a text on one of the legend's colours ("Jan–jun avstämt" on yellow), some
	 * of them coloured so: a traffic-light column whose cells also say how far the work came.
	 */
	boolean isColouredStatuses() {
		return filled >= 2 && legendColoured > 0 && statusWords + marks + statusLed + legendColoured == filled;
	}

	/**
	 * Short status words in most filled cells, a few others among them ("Genomförd | Planeras T2 | – | Pågår"): what
	 * a period's column holds when its status is written, not commented.
	 */
	boolean isMostlyStatusWords() {
		return filled >= 2 && statusWords + statusLed + marks >= 0.6 * filled && meanLength < PROSE_LENGTH;
	}

	/** Status codes or symbols of a few characters in every filled cell ("●", "G", "1"), no words. */
	boolean isCodes() {
		return isOnlyStatusWords() && maxLength <= MAX_CODE_LENGTH;
	}

	/** Codes, or status words as short as a code with its negation ("OK | Ej OK", "Ja | Nej"), in every filled cell. */
	boolean isShortStatusWords() {
		return isOnlyStatusWords() && maxLength <= MAX_NEGATED_CODE_LENGTH;
	}

	/** Ticks ("x", "✓") and blanks, bar a stray count: one of several tick columns. */
	boolean isMarks() {
		return marks > 0 && marks >= 0.8 * filled;
	}

	/** Short texts that repeat down the rows: a process or area column. */
	boolean isShortRepeated() {
		return filled >= 2 && meanLength < PROSE_LENGTH && distinct < filled;
	}

	/**
	 * "T1 | T2 | T3" down the rows, each period again for the next control: the period a row of an export reports
	 * on, whatever its heading ("Tertial", "Avser").
	 */
	boolean isPeriods() {
		return filled >= 2 && periods == filled && distinct < filled;
	}

	/** "2025" down the rows and nothing else: the year each row is on, no period within it. */
	boolean isYears() {
		return isPeriods() && years == filled;
	}

	/** "100 % | 50 % | 0 %", "2/4 | 3 av 4": how much of each control is done, as a share, in nearly every cell. */
	boolean isShares() {
		return shares >= 2 && shares >= 0.8 * filled;
	}

	/**
	 * Shares in nearly every cell, at least one no day could be ("3 av 4", "0/2", "6/14", "50 %"): a column of counts
	 * done of planned ("2/4 | 4/4 | 3 av 4 stickprov") that a column of days written "2/4" is not.
	 */
	boolean isSharesBeyondDays() {
		return isShares() && shares > dayLikeShares;
	}

	/** Dates or numbers only: never a kontrollmoment, status or process. */
	boolean isDatesOrNumbers() {
		return filled > 0 && dates + numbers >= 0.8 * filled;
	}

	/**
	 * Amounts that differ row by row ("3 105 | 19 620 | 5 870"), longer than any status code and no shares: a budget's
	 * figures, never a status however the column is headed ("Utfall 2025").
	 */
	boolean isAmounts() {
		return filled >= 2 && amounts >= 0.8 * filled && distinct >= 0.8 * filled && maxLength > MAX_CODE_LENGTH;
	}

	/** Dates only. */
	boolean isDates() {
		return filled > 0 && dates >= 0.8 * filled;
	}

	/** Short, mostly distinct codes or numbers ("1.1", "KS-01", "3"): an id column. */
	boolean isIdLike() {
		return filled >= 2 && maxLength <= 12 && distinct >= 0.8 * filled;
	}

	boolean isEmpty() {
		return filled == 0 && fillsWithoutText == 0;
	}
}
