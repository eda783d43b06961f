package se.ikkonsolidering.oversight;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words a control's text turns on, for telling whether two texts name the same control: lower case, without the
 * words every control shares ("kontroll av att … enligt"), each cut to its stem so "genomförandeplan" and
 * "genomförandeplaner" are one word. The word lists were fixed before {@link ControlMatching#SAME_CONTROL} was
 * measured; change them and measure again ({@code ControlMatchingThresholdTests}).
 */
record ControlWords(Set<String> stems) {

	private static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");
	private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

	/** Words that say nothing about which control it is. */
	private static final Set<String> COMMON = Set.of("och", "i", "av", "att", "på", "för", "som", "en", "ett", "med",
			"till", "den", "det", "de", "om", "är", "ska", "vid", "samt", "alla", "all", "sker", "görs", "inom", "från",
			"mot", "enligt", "har", "kontroll", "kontrollera", "uppföljning", "följs", "följa", "upp");

	/** Endings cut once, longest first, when at least {@value #MIN_STEM} letters remain. */
	private static final List<String> ENDINGS = List.of("arnas", "ernas", "ornas", "heten", "arna", "erna", "orna",
			"ande", "ende", "else", "ning", "ade", "are", "en", "et", "na", "ar", "er", "or", "as", "es", "s", "a", "e");

	private static final int MIN_STEM = 4;

	ControlWords {
		stems = Set.copyOf(stems);
	}

	static ControlWords of(String text) {
		Set<String> stems = new LinkedHashSet<>();
		Matcher words = WORD.matcher(text == null ? "" : text.toLowerCase(SWEDISH));
		while (words.find()) {
			String word = words.group();
			if (word.length() > 1 && !COMMON.contains(word)) {
				stems.add(stem(word));
			}
		}
		return new ControlWords(stems);
	}

	boolean isEmpty() {
		return stems.isEmpty();
	}

	/** Dice's coefficient: twice the shared words over all words, 0 when either text has none. */
	double similarity(ControlWords other) {
		if (stems.isEmpty() || other.stems.isEmpty()) {
			return 0;
		}
		long shared = stems.stream().filter(other.stems::contains).count();
		return 2.0 * shared / (stems.size() + other.stems.size());
	}

	static String stem(String word) {
		for (String ending : ENDINGS) {
			if (word.endsWith(ending) && word.length() - ending.length() >= MIN_STEM) {
				return word.substring(0, word.length() - ending.length());
			}
		}
		return word;
	}
}
