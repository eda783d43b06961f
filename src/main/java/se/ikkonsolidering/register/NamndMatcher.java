package se.ikkonsolidering.register;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import se.ikkonsolidering.ingest.CellWords;

/**
 * Finds which register nämnd a text names: a title ("… i Socialnämndens internkontrollplan"), a
 * "Nämnd/enhet:" value ("Kommunledningskontoret", an alias) or a file name ("Kulturnamnden_IK_2025.xlsx",
 * compared without diacritics). The longest name found wins, so "Barn- och utbildningsnämnden" beats "BUN".
 */
public final class NamndMatcher {

	/** "Tekniska nämndens", "Kulturnämnden", "Barn- och utbildningsnämnden", "Kommunstyrelsen". */
	private static final Pattern NAMND_WORD = Pattern.compile(
			"\\b((?:\\p{L}+-?\\s+och\\s+)?(?:[A-ZÅÄÖ]\\p{L}*a\\s+)?[\\p{L}-]*(?:nämnd|styrelse)(?:ens|en|s)?)\\b");

	/** "kultur- o fritid", "vard- & omsorg": "och" shortened after the first area's hyphen. */
	/**
	 * "beslutade av", "till", "enligt", "inför", "hos" right before a nämnd's name, or before what it is listed with
	 * ("rapport till styrelsen och kommunstyrelsen"): not the text's subject.
	 */
	private static final Pattern OBJECT_BEFORE = Pattern
		.compile("(?<![\\p{L}\\p{N}])(av|till|enligt|infor|hos)\\s+([\\p{L}-]+\\s+(och|samt)\\s+)?$");
	/** "(KS-beslut 2024-11-20 § 187)", "KS beslut § 12": the decision of a nämnd cited, not the nämnd reporting. */
	private static final Pattern DECISION_AFTER = Pattern.compile("^s?(-beslut|\\s+beslut\\s+(\\d|§))");
	private static final Pattern ABBREVIATED_AND = Pattern.compile("(?<=\\p{L})-\\s*(?:o\\.?|&)\\s+(?=\\p{L})");
	/** "bygg- och miljonamnden": two areas joined by "och", then what the body is. */
	private static final Pattern PAIR = Pattern.compile(
			"(\\p{L}+)- och (\\p{L}+?)(namnden|namnd|forvaltningen|forvaltning|styrelsen|kontoret|enheten|avdelningen)");

	private final List<Entry> entries = new ArrayList<>();

	public NamndMatcher(Register register) {
		for (Register.Namnd namnd : register.namnder()) {
			entries.add(new Entry(namnd.name(), fold(namnd.name())));
			for (String alias : namnd.aliases()) {
				entries.add(new Entry(namnd.name(), fold(alias)));
			}
		}
		Set<String> names = new HashSet<>();
		entries.forEach(e -> names.add(e.folded()));
		for (Entry entry : List.copyOf(entries)) {
			Matcher pair = PAIR.matcher(entry.folded());
			String swapped = pair.matches() ? pair.group(2) + "- och " + pair.group(1) + pair.group(3) : null;
			if (swapped != null && !names.contains(swapped)) {
				// "Miljö- och byggförvaltningen" for "Bygg- och miljöförvaltningen": the same two areas either way.
				entries.add(new Entry(entry.name(), swapped));
			}
		}
		// An alias several nämnder share (the förvaltning serving them) names none of them alone.
		Map<String, Set<String>> namesOf = new HashMap<>();
		entries.forEach(e -> namesOf.computeIfAbsent(e.folded(), k -> new HashSet<>()).add(e.name()));
		entries.removeIf(e -> namesOf.get(e.folded()).size() > 1);
		entries.sort(Comparator.comparingInt((Entry e) -> e.folded().length()).reversed());
	}

	/** The register nämnd named in the text. */
	public Optional<String> find(String text) {
		if (text == null || text.isBlank()) {
			return Optional.empty();
		}
		String folded = fold(text);
		for (Entry entry : entries) {
			if (containsName(folded, entry.folded())) {
				return Optional.of(entry.name());
			}
		}
		return Optional.empty();
	}

	/**
	 * The register nämnd a heading names as its subject: "2. Kommungemensamma kontroller (beslutade av
	 * kommunstyrelsen)" and "redovisas till kommunstyrelsen" name the nämnd that decided or receives, no table's
	 * owner.
	 */
	public Optional<String> findSubject(String text) {
		if (text == null || text.isBlank()) {
			return Optional.empty();
		}
		String folded = fold(text);
		for (Entry entry : entries) {
			int from = 0;
			int at;
			while ((at = folded.indexOf(entry.folded(), from)) >= 0) {
				from = at + 1;
				if (namesAsSubject(folded, entry.folded(), at)) {
					return Optional.of(entry.name());
				}
			}
		}
		return Optional.empty();
	}

	/**
	 * Every register nämnd a heading names as its subject, in the order they stand: "Gemensamma kontrollmoment för BN
	 * och MN" names two.
	 */
	public List<String> findSubjects(String text) {
		if (text == null || text.isBlank()) {
			return List.of();
		}
		String folded = fold(text);
		// Longest names first: "Barn- och utbildningsnämnden" is one nämnd, not also an alias inside it.
		TreeMap<Integer, String> named = new TreeMap<>();
		boolean[] taken = new boolean[folded.length()];
		for (Entry entry : entries) {
			int from = 0;
			int at;
			while ((at = folded.indexOf(entry.folded(), from)) >= 0) {
				from = at + 1;
				if (!taken[at] && !named.containsValue(entry.name()) && namesAsSubject(folded, entry.folded(), at)) {
					named.put(at, entry.name());
					Arrays.fill(taken, at, at + entry.folded().length(), true);
				}
			}
		}
		return List.copyOf(named.values());
	}

	/**
	 * How many words the text holds besides the nämnd's names and aliases: "Samhällsbyggnadsförvaltningen – svar för
	 * Samhällsbyggnadsnämnden" holds two ("svar för"), a heading naming it; a process named after it holds more.
	 */
	public int wordsBeside(String text, String namnd) {
		String rest = " " + fold(text) + " ";
		for (Entry entry : entries) {
			if (entry.name().equals(namnd)) {
				rest = rest.replace(" " + entry.folded() + " ", " ").replace(" " + entry.folded() + "s ", " ");
			}
		}
		return (int) Arrays.stream(rest.split("[^\\p{L}\\p{N}]+")).filter(w -> !w.isEmpty()).count();
	}

	/** A nämnd-like name in the text that is not in the register ("Tekniska nämnden"), for the warning. */
	public static Optional<String> guessUnregistered(String text) {
		Matcher m = NAMND_WORD.matcher(text);
		while (m.find()) {
			String name = m.group(1).strip();
			if (!name.equalsIgnoreCase("nämnden") && !name.equalsIgnoreCase("nämndens") && name.length() > 6) {
				String base = name.endsWith("ens") ? name.substring(0, name.length() - 1) : name;
				return Optional.of(Character.toUpperCase(base.charAt(0)) + base.substring(1));
			}
		}
		return Optional.empty();
	}

	/**
	 * Whole-word match; a genitive "s" after the name is allowed ("Socialnämndens"), a cited decision ("KS-beslut")
	 * is not.
	 */
	private static boolean containsName(String text, String name) {
		int from = 0;
		int at;
		while ((at = text.indexOf(name, from)) >= 0) {
			if (isWholeWordAt(text, name, at) && !citesDecision(text, name, at)) {
				return true;
			}
			from = at + 1;
		}
		return false;
	}

	/**
	 * The name at that place is a whole word, no object of the text ("redovisas till kommunstyrelsen") and not whose
	 * decision it cites ("KS-beslut 2024-11-20 § 187").
	 */
	private static boolean namesAsSubject(String folded, String name, int at) {
		return isWholeWordAt(folded, name, at) && !OBJECT_BEFORE.matcher(folded.substring(0, at)).find()
				&& !citesDecision(folded, name, at);
	}

	private static boolean citesDecision(String folded, String name, int at) {
		return DECISION_AFTER.matcher(folded.substring(at + name.length())).find();
	}

	/** The name found at {@code at} stands as words of their own, perhaps with a genitive "s". */
	private static boolean isWholeWordAt(String text, String name, int at) {
		int end = at + name.length();
		boolean startOk = at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1));
		if (end < text.length() && text.charAt(end) == 's') {
			end++;
		}
		return startOk && (end >= text.length() || !Character.isLetterOrDigit(text.charAt(end)));
	}

	/**
	 * Lower case without diacritics, separators as spaces: "Vård-_och omsorg" → "vard- och omsorg"; "och" as it is
	 * abbreviated between two areas: "Kultur- o fritidsnämnden", "Vård- & omsorgsnämnden".
	 */
	static String fold(String text) {
		String decomposed = Normalizer.normalize(CellWords.normalize(text.replace('_', ' ')), Normalizer.Form.NFD);
		return ABBREVIATED_AND.matcher(decomposed.replaceAll("\\p{M}", "")).replaceAll("- och ");
	}

	record Entry(String name, String folded) {
	}
}
