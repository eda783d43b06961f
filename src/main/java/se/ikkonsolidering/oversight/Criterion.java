package se.ikkonsolidering.oversight;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One line of {@code bedomning.csv}: when a measure gives a verdict ("andel_genomförda;< 90;Delvis tillräcklig").
 *
 * @param operator {@code >=}, {@code >}, {@code <=}, {@code <} or {@code =}
 * @param operand a whole number, or for {@link Measure#EGEN_BEDOMNING} a word
 */
public record Criterion(Measure measure, String operator, String operand, Verdict verdict) {

	private static final Pattern CONDITION = Pattern.compile("(>=|<=|>|<|=)\\s*(.+)");
	private static final Map<String, String> SWEDISH = Map.of(">=", "minst", ">", "över", "<=", "högst", "<", "under",
			"=", "");

	/**
	 * @throws IllegalArgumentException for a condition that cannot be read, with what is wrong
	 */
	static Criterion parse(Measure measure, String condition, Verdict verdict) {
		Matcher m = CONDITION.matcher(condition.strip());
		if (!m.matches()) {
			throw new IllegalArgumentException("'" + condition + "' is no condition; write e.g. '>= 1' or '< 90'");
		}
		String operand = m.group(2).strip();
		boolean word = measure == Measure.EGEN_BEDOMNING;
		if (word != !operand.matches("-?\\d+") || (word && !m.group(1).equals("="))) {
			throw new IllegalArgumentException("'" + condition + "' does not fit " + measure.key() + (word
					? ", which is compared with a word: '= inte tillräcklig'" : ", which is compared with a number"));
		}
		return new Criterion(measure, m.group(1), operand.toLowerCase(Locale.ROOT), verdict);
	}

	/** Whether the value meets the condition: a number for most measures, a word for the nämnd's own assessment. */
	boolean holds(Figure value) {
		if (value.word() != null) {
			return value.word().equals(operand);
		}
		long n = Long.parseLong(operand);
		return switch (operator) {
			case ">=" -> value.number() >= n;
			case ">" -> value.number() > n;
			case "<=" -> value.number() <= n;
			case "<" -> value.number() < n;
			default -> value.number() == n;
		};
	}

	/** As printed on the page: "Andel genomförda kontroller (%): under 90 ger Delvis tillräcklig". */
	public String swedish() {
		return measure.swedish() + ": " + condition() + " ger " + verdict.swedish();
	}

	/** The condition in words: "under 90", "minst 1", "inte tillräcklig". */
	public String condition() {
		return (SWEDISH.get(operator) + " " + operand).strip();
	}

	/**
	 * What a measure came to: a number, or (for the nämnd's own assessment) a word.
	 *
	 * @param word the word, or {@code null} for a number
	 */
	record Figure(long number, String word) {

		static Figure of(long number) {
			return new Figure(number, null);
		}

		static Figure word(String word) {
			return new Figure(0, word);
		}

		@Override
		public String toString() {
			return word != null ? word : String.valueOf(number);
		}
	}
}
