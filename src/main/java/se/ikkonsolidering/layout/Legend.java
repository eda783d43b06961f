package se.ikkonsolidering.layout;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A file's own status vocabulary, read from its legend: codes, symbols or emoji ("1 = Genomförd", "● genomförd",
 * "✅ Done / genomförd") and fill colours beside a word. The meanings are the file's words; the classifier decides what
 * status each word is.
 *
 * @param tokens the code or symbol as written (trimmed, lower case) to its meaning
 * @param colours fill colour {@code RRGGBB} to its meaning
 * @param rows the rows the legend was read from, which are not controls; none for a legend read from a document's
 *        paragraphs around its tables
 * @param sheet the sheet or table the legend stands in
 * @param beside the cells of a legend in a box beside the table, in rows that hold the table's header or controls
 *        too: they are no part of the table
 */
public record Legend(Map<String, String> tokens, Map<String, String> colours, Set<Integer> rows, String sheet,
		Set<Cell> beside) {

	public static final Legend NONE = new Legend(Map.of(), Map.of(), Set.of(), "");

	/** A cell of the sheet, by row number and column index. */
	public record Cell(int row, int column) {
	}

	/** Ways of drawing one sign, the first standing for all. */
	private static final String[][] SIGN_VARIANTS = { { "✔", "✓", "☑", "✅" }, { "✖", "✗", "✘", "✕", "❌" },
			{ "●", "⬤", "⚫" }, { "○", "◯", "⚪" }, { "◐", "◑", "◒", "◓" } };

	/** The key of {@link #colours} for a cell left without colour, when the legend says what that means. */
	static final String NO_COLOUR = "";
	/** "N/A" is a word of its own (not applicable), not "N" marked. */
	private static final String NOT_APPLICABLE = "n/a";
	/** A short code, a slash and a mark after it: "g/a". */
	private static final Pattern MARKED_CODE = Pattern.compile("([^/\\s]{1,3})\\s*/\\s*([^/\\s]{1,3})");

	public Legend(Map<String, String> tokens, Map<String, String> colours, Set<Integer> rows, String sheet) {
		this(tokens, colours, rows, sheet, Set.of());
	}

	public Legend {
		beside = Set.copyOf(beside);
		// In the file's order, as the message quotes the legend.
		tokens = Collections.unmodifiableMap(new LinkedHashMap<>(tokens));
		colours = Collections.unmodifiableMap(new LinkedHashMap<>(colours));
		rows = Set.copyOf(rows);
	}

	/** The legend says what a cell without colour means ("Ingen färg = ej rapporterad"): a blank cell speaks. */
	public boolean namesNoColour() {
		return colours.containsKey(NO_COLOUR);
	}

	/** What the legend says a cell without colour means ("Ej påbörjad (ingen färg)"), if it says. */
	public Optional<String> noColourMeaning() {
		return Optional.ofNullable(colours.get(NO_COLOUR));
	}

	public boolean isEmpty() {
		return tokens.isEmpty() && colours.isEmpty();
	}

	/**
	 * The meaning of a status cell's text by this legend, if the legend defines it. A code with a mark after a slash
	 * that is no code of the legend ("G/A", where "/A" notes a deviation) means what the code does; two codes ("G/D")
	 * mean neither.
	 */
	public Optional<String> meaning(String cellText) {
		String key = key(cellText);
		String meaning = tokens.get(key);
		if (meaning == null && !tokens.isEmpty()) {
			Matcher marked = MARKED_CODE.matcher(key);
			if (marked.matches() && !tokens.containsKey(marked.group(2)) && !NOT_APPLICABLE.equals(key)) {
				meaning = tokens.get(marked.group(1));
			}
		}
		return Optional.ofNullable(meaning);
	}

	/**
	 * A meaning and its parts, as legends write several words for one code: "Done / genomförd", "N/A – utgår",
	 * "Påbörjad / delvis genomförd (gul)", "pågår/delvis genomförd". A dash splits only between spaces, a slash
	 * also between words of three letters or more, so "N/A" stays whole.
	 */
	public static List<String> meaningParts(String meaning) {
		List<String> parts = new ArrayList<>();
		parts.add(meaning.strip());
		for (String part : meaning.split("\\s+[/–-]\\s+|\\s*[(),;]\\s*|(?<=\\p{L}{3})/(?=\\p{L}{3})")) {
			// "– 4" of "Sannolikhet, 1 (osannolik) – 4 (mycket sannolik)": a dash or number is no meaning of its own.
			if (hasLetter(part) && !parts.contains(part.strip())) {
				parts.add(part.strip());
			}
		}
		// "Utgår enligt beslut", "Ej genomförd i år": the status word leads, the rest explains it.
		for (String part : List.copyOf(parts)) {
			String[] words = part.split("\\s+");
			for (int n = Math.min(2, words.length - 1); n >= 1; n--) {
				String lead = String.join(" ", java.util.Arrays.copyOf(words, n));
				if (hasLetter(lead) && !parts.contains(lead)) {
					parts.add(lead);
				}
			}
		}
		return parts;
	}

	private static boolean hasLetter(String text) {
		return text.codePoints().anyMatch(Character::isLetter);
	}

	static String key(String text) {
		// Emoji come with or without the variation selector (U+FE0F) that asks for their colour form; a tick, cross or
		// dot is the same sign drawn light or heavy ("✓" in a cell under a legend of "✔"), a half-filled circle the same
		// whichever half is filled ("◑" under a legend of "◐").
		String key = text.strip().replace("\uFE0F", "").toLowerCase();
		for (String[] variants : SIGN_VARIANTS) {
			for (int i = 1; i < variants.length; i++) {
				key = key.replace(variants[i], variants[0]);
			}
		}
		return key;
	}

	/** "1 = Genomförd, 2 = Delvis genomförd; grön fyllning = Genomförd (rad 6)". */
	public String describe() {
		Map<String, String> all = new LinkedHashMap<>(tokens);
		colours.forEach((rgb, meaning) -> all.put(rgb.equals(NO_COLOUR) ? "ingen färg" : "färg " + rgb, meaning));
		String pairs = all.entrySet().stream().map(e -> e.getKey() + " = " + e.getValue()).collect(Collectors.joining(", "));
		return rows.isEmpty() ? pairs : pairs + " (rad "
				+ new TreeSet<>(rows).stream().map(String::valueOf).collect(Collectors.joining(", ")) + ")";
	}
}
