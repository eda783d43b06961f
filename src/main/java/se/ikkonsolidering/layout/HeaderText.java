package se.ikkonsolidering.layout;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Normalises header and label text so that "Åter-\nredovisas", "Risk-\nvärde", "Förbättringsåtgär\nder",
 * "Följer \nplan: " and "STATUS" compare equal to their plain forms.
 */
public final class HeaderText {

	private static final Pattern HYPHEN_BREAK = Pattern.compile("[-\u00AD]\\s*\\R\\s*");
	private static final Pattern SLASH_SPACE = Pattern.compile("\\s*/\\s*");
	private static final Pattern SPACE = Pattern.compile("\\s+");
	private static final Pattern TRAILING = Pattern.compile("[\\s:.*]+$");

	private HeaderText() {
	}

	/** Line breaks read as spaces: "följer \nplan:" becomes "följer plan". */
	public static String spaced(String text) {
		return clean(HYPHEN_BREAK.matcher(text).replaceAll("").replace('\n', ' ').replace('\r', ' '));
	}

	/** Line breaks inside a word joined: "förbättringsåtgär\nder" becomes "förbättringsåtgärder". */
	public static String joined(String text) {
		return clean(HYPHEN_BREAK.matcher(text).replaceAll("").replaceAll("\\s*\\R\\s*", ""));
	}

	/** As written, on one line: for messages that quote the sender's header ("Åter-\nredovisas" → "Återredovisas"). */
	public static String display(String text) {
		String s = HYPHEN_BREAK.matcher(text).replaceAll("").replace("\u00AD", "");
		return SPACE.matcher(s).replaceAll(" ").strip();
	}

	private static String clean(String text) {
		String s = text.replace("\u00AD", "").replace('\u00A0', ' ').toLowerCase(new Locale("sv", "SE"));
		s = SPACE.matcher(s.strip()).replaceAll(" ");
		s = SLASH_SPACE.matcher(s).replaceAll("/");
		return TRAILING.matcher(s).replaceAll("");
	}
}
