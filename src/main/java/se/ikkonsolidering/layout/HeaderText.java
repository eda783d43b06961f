package se.ikkonsolidering.layout;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import se.ikkonsolidering.ingest.CellWords;

/**
 * Normalises header and label text so that "Åter-\nredovisas", "Risk-\nvärde", "Förbättringsåtgär\nder",
 * "Följer \nplan: ", "Klart?" and "STATUS" compare equal to their plain forms.
 */
public final class HeaderText {

	private static final Pattern CAMEL_CASE = Pattern.compile("(?<=\\p{Ll})(?=\\p{Lu}\\p{Ll})");
	private static final Pattern YEAR = Pattern.compile("(?<!\\d)(20\\d\\d)(?!\\d)");
	/** A year standing as a word of its own ("Uppföljning 2025"), not one a code runs into ("2025T1"). */
	private static final Pattern YEAR_WORD = Pattern.compile("\\b(19|20)\\d{2}\\b");

	private static final Pattern HYPHEN_BREAK = Pattern.compile("[-\u00AD]\\s*\\R\\s*");
	private static final Pattern SLASH_SPACE = Pattern.compile("\\s*/\\s*");
	private static final Pattern SPACE = Pattern.compile("\\s+");
	/** "1", "1.2", "3.2.1" before a text: the outline a heading or control is numbered in. */
	private static final Pattern OUTLINE_NUMBER = Pattern.compile("(\\d{1,2}(?:\\.\\d{1,2})*)\\.?\\s+\\p{L}");
	private static final Pattern LEADING_LABEL = Pattern.compile(
			"\\s*([\\p{L}\\p{N}]+(?:\\s[\\p{L}\\p{N}]+){0,2})\\s*:\\s");
	private static final Pattern TRAILING = Pattern.compile("[\\s:.*?]+$");
	/**
	 * "N_x00e4_mnd", "Kommentar_x0020_hel_x00e5_r": a SharePoint list's internal column name, each character an XML
	 * name may not hold written as its code.
	 */
	private static final Pattern ESCAPED_CHARACTER = Pattern.compile("_x([0-9A-Fa-f]{4})_");
	/** "Status0", "Process0": the zero SharePoint adds to an internal name already taken by one of its own columns. */
	private static final Pattern TAKEN_NAME_ZERO = Pattern.compile("(?<=\\p{L}{4})0$");

	private HeaderText() {
	}

	/** Line breaks read as spaces: "följer \nplan:" becomes "följer plan". */
	public static String spaced(String text) {
		if (!hasLineBreak(text)) {
			return clean(text);
		}
		return clean(HYPHEN_BREAK.matcher(text).replaceAll("").replace('\n', ' ').replace('\r', ' '));
	}

	/** Line breaks inside a word joined: "förbättringsåtgär\nder" becomes "förbättringsåtgärder". */
	public static String joined(String text) {
		if (!hasLineBreak(text)) {
			return clean(text);
		}
		return clean(HYPHEN_BREAK.matcher(text).replaceAll("").replaceAll("\\s*\\R\\s*", ""));
	}

	/** As written, on one line: for messages that quote the sender's header ("Åter-\nredovisas" → "Återredovisas"). */
	public static String display(String text) {
		String s = HYPHEN_BREAK.matcher(text).replaceAll("").replace("\u00AD", "");
		return SPACE.matcher(s).replaceAll(" ").strip();
	}

	/** Any of the line terminators {@code \\R} matches. */
	static boolean hasLineBreak(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\n' || c == '\r' || c == '\u000B' || c == '\u000C' || c == '\u0085' || c == '\u2028'
					|| c == '\u2029') {
				return true;
			}
		}
		return false;
	}

	private static String clean(String text) {
		String s = CellWords.normalize(camelCaseSpaced(unescaped(text)));
		if (s.indexOf('/') >= 0) {
			s = SLASH_SPACE.matcher(s).replaceAll("/");
		}
		return s.isEmpty() || !isTrailing(s.charAt(s.length() - 1)) ? s : TRAILING.matcher(s).replaceAll("");
	}

	private static String unescaped(String text) {
		if (text.indexOf("_x") < 0 && text.indexOf('0') < 0) {
			return text;
		}
		String s = ESCAPED_CHARACTER.matcher(text)
			.replaceAll(m -> Matcher.quoteReplacement(Character.toString(Integer.parseInt(m.group(1), 16))));
		return TAKEN_NAME_ZERO.matcher(s.strip()).replaceFirst("");
	}

	/** "ControlActivity", "OrgUnit": a system's column name written as one word, read as its words. */
	private static String camelCaseSpaced(String text) {
		for (int i = 1; i + 1 < text.length(); i++) {
			if (Character.isLowerCase(text.charAt(i - 1)) && Character.isUpperCase(text.charAt(i))
					&& Character.isLowerCase(text.charAt(i + 1))) {
				return CAMEL_CASE.matcher(text).replaceAll(" ");
			}
		}
		return text;
	}

	private static boolean isTrailing(char c) {
		// NEL too: the pattern's $ also matches before a final line terminator.
		return Character.isWhitespace(c) || c == ':' || c == '.' || c == '*' || c == '?' || c == '\u0085';
	}

	/** "1.2 Attest av …", "  3.2.1 Loggkontroll": the outline number a text starts with, or "". */
	static String outlineNumber(String text) {
		Matcher number = OUTLINE_NUMBER.matcher(text.strip());
		return number.lookingAt() ? number.group(1) : "";
	}

	/** A paragraph's leading label of a few words, and the text after its colon: "T1" and "18 av 30 …". */
	public record LeadingLabel(String label, String rest) {
	}

	/** The label a paragraph opens with, a few words and a colon ("T1:", "Helår 2025:", "Tertial 2:"), if any. */
	public static Optional<LeadingLabel> leadingLabel(String text) {
		Matcher label = LEADING_LABEL.matcher(text);
		return label.lookingAt() ? Optional.of(new LeadingLabel(label.group(1), text.substring(label.end())))
				: Optional.empty();
	}

	/** The text with each year that stands as a word blanked out: "Delårsrapport 2025" is "Delårsrapport  ". */
	static String withoutYears(String text) {
		return YEAR_WORD.matcher(text).replaceAll(" ");
	}

	/** The last year a heading names ("Status 2025", "Helår 2024"), 0 when it names none. */
	public static int lastYear(String text) {
		Matcher m = YEAR.matcher(text == null ? "" : text);
		int year = 0;
		while (m.find()) {
			year = Integer.parseInt(m.group(1));
		}
		return year;
	}
}
