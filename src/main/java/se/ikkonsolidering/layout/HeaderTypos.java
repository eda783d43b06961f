package se.ikkonsolidering.layout;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A heading typed with one letter wrong, missing, extra or swapped ("Kontrollmomnet", "Staus", "Ansvarg"): the
 * dictionary's word it was meant as, when only one of its words is that close. Short words are left alone: "Risk" is
 * one letter from too much.
 */
final class HeaderTypos {

	private static final int MIN_LENGTH = 5;
	private static final Pattern WORD = Pattern.compile("\\p{L}+");
	private static final int MEMO_LIMIT = 50_000;

	private final Set<String> words;
	private final Map<String, String> seen = new ConcurrentHashMap<>();

	/** @param phrases the dictionary's headings, whose words are the ones a typo is corrected to */
	HeaderTypos(Collection<String> phrases) {
		this.words = phrases.stream()
			.flatMap(p -> WORD.matcher(p).results().map(MatchResult::group))
			.filter(w -> w.length() >= MIN_LENGTH)
			.collect(Collectors.toUnmodifiableSet());
	}

	/** The text with each mistyped word corrected; the text itself when none is. */
	String corrected(String text) {
		Matcher m = WORD.matcher(text);
		StringBuilder out = new StringBuilder();
		while (m.find()) {
			m.appendReplacement(out, Matcher.quoteReplacement(corrected1(m.group())));
		}
		m.appendTail(out);
		return out.toString();
	}

	private String corrected1(String word) {
		if (word.length() < MIN_LENGTH || words.contains(word)) {
			return word;
		}
		// A long sheet repeats its words: each is compared with the dictionary once.
		String known = seen.get(word);
		if (known != null) {
			return known;
		}
		List<String> near = words.stream().filter(w -> oneEditApart(word, w)).limit(2).toList();
		String corrected = near.size() == 1 ? near.get(0) : word;
		if (seen.size() >= MEMO_LIMIT) {
			seen.clear();
		}
		seen.put(word, corrected);
		return corrected;
	}

	/**
	 * One letter replaced, inserted, deleted, or two neighbours swapped, inside the word: a different ending is
	 * another form of the word ("genomförda", "genomfört" of "genomförd"), not a typo, and a different first letter
	 * another word ("Controller", a role, is no mistyped "kontroller").
	 */
	static boolean oneEditApart(String a, String b) {
		if (a.equals(b) || Math.abs(a.length() - b.length()) > 1) {
			return false;
		}
		String shorter = a.length() <= b.length() ? a : b;
		String longer = a.length() <= b.length() ? b : a;
		int i = 0;
		while (i < shorter.length() && shorter.charAt(i) == longer.charAt(i)) {
			i++;
		}
		if (i == 0) {
			return false;
		}
		if (shorter.length() < longer.length()) {
			// One word ending where the other goes on is another form of it.
			return i < shorter.length() && shorter.substring(i).equals(longer.substring(i + 1));
		}
		if (i == shorter.length() - 1) {
			// Only the last letter differs.
			return false;
		}
		boolean replaced = shorter.substring(i + 1).equals(longer.substring(i + 1));
		boolean swapped = i + 1 < shorter.length() && shorter.charAt(i) == longer.charAt(i + 1)
				&& shorter.charAt(i + 1) == longer.charAt(i) && shorter.substring(i + 2).equals(longer.substring(i + 2));
		return replaced || swapped;
	}
}
