package se.ikkonsolidering.ingest;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * How a cell's text compares with the words of the rule files: lower case, soft hyphens dropped, no-break spaces,
 * line breaks and runs of white space as one space. Header names, status words and nämnd names all start from this
 * form and add what their comparison needs.
 */
public final class CellWords {

	private static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");
	private static final Pattern SPACE = Pattern.compile("\\s+");
	/**
	 * A hyphen ending a line inside a word: a lower-case letter goes on, or capitals after capitals ("GENOM-⏎FÖRD").
	 * "Barn-⏎och utbildning" is a shared ending left out, not a broken word.
	 */
	private static final Pattern BROKEN_WORD = Pattern
		.compile("(?<=\\p{L})[-\u2010][ \\t]*\\R\\s*(?=\\p{Ll})(?!(och|eller|samt|respektive|resp|till|som)\\b)"
				+ "|(?<=\\p{Lu}{2})[-\u2010][ \\t]*\\R\\s*(?=\\p{Lu}{2})(?!(OCH|ELLER|SAMT|TILL|SOM)\\b)");
	/** "Genomförd / Delvis / Ej genomförd": the answers a cell offers, parted by slashes. */
	private static final Pattern OPTIONS = Pattern.compile("\\s*/\\s*");
	/** "Genomförd / Delvis / Ej genomförd / Utgår / Ej aktuell": a template offers a handful of answers. */
	private static final int MAX_OPTIONS = 8;
	private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");
	private static final Pattern MARKS = Pattern.compile("\\p{M}+");
	private static final Pattern COLOURED_SIGN = Pattern.compile("[●⬤■◼▲◆★]");
	/** A sign with a space or two around it. */
	private static final int MAX_SIGN_LENGTH = 5;
	/** "2025-11-28", "2025-11", "2025-11-28 00:00:00", "28/11/2025": a date as spreadsheets write it; "v. 48" its week. */
	private static final Pattern DATE = Pattern.compile(
			"\\d{4}-\\d{2}(-\\d{2})?( \\d{2}:\\d{2}(:\\d{2})?)?|\\d{1,2}/\\d{1,2}/\\d{2,4}|(?i:v\\.?|vecka)\\s?\\d{1,2}");

	private CellWords() {
	}

	public static String normalize(String text) {
		String s = text.replace("\u00AD", "").replace('\u00A0', ' ');
		if (s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
			s = BROKEN_WORD.matcher(s).replaceAll("");
		}
		s = s.toLowerCase(SWEDISH);
		// Most cells are single-spaced already; checking first saves the regex on every data cell.
		return isSingleSpaced(s) ? s : SPACE.matcher(s.strip()).replaceAll(" ");
	}

	/**
	 * The text with its letters' marks left off ("utgår" as "utgar", "påbörjad" as "paborjad"), as a system without
	 * Swedish letters or a keyboard set to English writes it.
	 */
	public static String unaccented(String text) {
		for (int i = 0; i < text.length(); i++) {
			if (text.charAt(i) > 0x7F) {
				return MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
			}
		}
		return text;
	}

	/** No white space but single spaces between words. */
	private static boolean isSingleSpaced(String s) {
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			if (c == ' ' ? i == 0 || i == s.length() - 1 || s.charAt(i - 1) == ' ' : Character.isWhitespace(c)) {
				return false;
			}
		}
		return true;
	}

	/**
	 * A cell holding only a sign drawn in the colour that carries its meaning ("●", "■", "▲"), not a word or a sign
	 * whose shape does.
	 */
	public static boolean isColouredSign(String text) {
		// Checked for every cell without a fill as a sheet streams: the length first.
		return text != null && text.length() <= MAX_SIGN_LENGTH && COLOURED_SIGN.matcher(text.strip()).matches();
	}

	/**
	 * The colour a cell shows its meaning by: a coloured sign's own colour ("●" in green, also on a row's pale band
	 * fill), else its fill. Black text colours nothing, and grey text no filled cell.
	 * @param textColour the text's colour as {@code RRGGBB}, or {@code null} for automatic
	 */
	public static String shownColour(String text, String fill, String textColour) {
		if (textColour == null || !isColouredSign(text) || !textColour.matches("[0-9A-Fa-f]{6}")) {
			return fill;
		}
		int rgb = Integer.parseInt(textColour, 16);
		boolean grey = (rgb >> 16 & 0xFF) == (rgb >> 8 & 0xFF) && (rgb >> 8 & 0xFF) == (rgb & 0xFF);
		return rgb == 0 || grey && fill != null ? fill : textColour;
	}

	/**
	 * "Genomförd / Delvis / Ej genomförd" with "Delvis" alone in bold or marked with a highlighter: the answer chosen,
	 * marked as a ticked box among empty ones ("☐ Genomförd / ☒ Delvis / ☐ Ej genomförd"), so the cell reads as a
	 * form's boxes do; two answers marked are two boxes ticked. Any other text as it is.
	 * @param marked the cell's text set in bold, or marked with a highlighter, run after run
	 */
	public static String chosen(String text, String marked) {
		String chosen = WHITE_SPACE.matcher(marked).replaceAll("").toLowerCase(SWEDISH);
		// Checked for every cell of a Word table as it is read: most have no bold, or are bold throughout.
		if (chosen.isEmpty() || chosen.length() >= WHITE_SPACE.matcher(text).replaceAll("").length()) {
			return text;
		}
		String[] options = OPTIONS.split(text.strip());
		if (options.length < 2 || options.length > MAX_OPTIONS) {
			return text;
		}
		String[] spellings = Arrays.stream(options).map(o -> WHITE_SPACE.matcher(o).replaceAll("").toLowerCase(SWEDISH))
			.toArray(String[]::new);
		// The answers marked, in the cell's order, spell the marked text: "Genomförd" and "Delvis", "GenomfördDelvis".
		for (int subset = 1; subset < (1 << options.length) - 1; subset++) {
			StringBuilder spelt = new StringBuilder();
			for (int i = 0; i < options.length; i++) {
				if ((subset & 1 << i) != 0) {
					spelt.append(spellings[i]);
				}
			}
			if (spelt.toString().equals(chosen)) {
				int ticked = subset;
				return String.join(" / ", IntStream.range(0, options.length)
					.mapToObj(i -> ((ticked & 1 << i) != 0 ? "☒ " : "☐ ") + options[i].strip()).toList());
			}
		}
		return text;
	}

	/** The cell holds a date and nothing else. */
	public static boolean isDate(String text) {
		return DATE.matcher(text.strip()).matches();
	}
}
