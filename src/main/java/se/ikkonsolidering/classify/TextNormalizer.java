package se.ikkonsolidering.classify;

import java.util.Locale;
import java.util.regex.Pattern;

/** Lower case, soft hyphens dropped, line breaks and runs of white space as one space. */
final class TextNormalizer {

	private static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");
	private static final Pattern SPACE = Pattern.compile("\\s+");

	private TextNormalizer() {
	}

	static String normalize(String text) {
		String s = text.replace("\u00AD", "").replace('\u00A0', ' ').toLowerCase(SWEDISH);
		return SPACE.matcher(s).replaceAll(" ").strip();
	}

	/** The whole cell as a status word: normalised and without a trailing full stop. */
	static String asWord(String text) {
		return normalize(text).replaceAll("[.!]+$", "").strip();
	}
}
