package se.ikkonsolidering.layout;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The Swedish column names we recognise ({@code kolumnnamn.csv}) and how well a header cell matches each field.
 */
public final class HeaderDictionary {

	/** Longer cells are prose, not headers; the longest real header we have seen is about 90 characters. */
	static final int MAX_HEADER_LENGTH = 120;
	private static final int MAX_WORDS_FOR_CONTAINS = 6;
	private static final int MAX_WORDS_AFTER_SYNONYM = 4;
	/** Letters a cut part of a compound keeps at least: "kontr", "mom". */
	private static final int MIN_CUT = 3;
	/** A synonym starting so ends a compound heading: "-status" names "Uppföljningsstatus". */
	private static final String COMPOUND_TAIL = "-";
	/** "kontr.moment", "kontr. moment": where a cut part ends. */
	private static final Pattern CUT_MARK = Pattern.compile("\\.\\s*");
	/** "Kontroll av entréintäkter", "Kontroll att …": a control's own text, what it checks after its first word. */
	private static final Pattern CONTROL_OF = Pattern.compile(" (av|att) \\p{L}");

	/** Scores of cell texts seen before: data rows repeat "Ja", "Bokslut", "Granskning genomförd" endlessly. */
	private static final int MEMO_LIMIT = 10_000;

	private static final Pattern YEAR = Pattern.compile("(?<!\\d)20\\d\\d(?!\\d)");
	/**
	 * A heading matched only after a typo in it was corrected is a little less sure, but still surer than a weaker
	 * synonym matched as written: "Kontrollmomnet" beside "Kontrollmetod" names the control.
	 */
	private static final double TYPO_FACTOR = 0.95;

	private final List<Synonym> synonyms;
	private final List<Pattern> periods;
	/** The periods' patterns as one: every short cell of a long sheet is asked whether it names a period. */
	private final Pattern anyPeriod;
	/** A period, not a year: "T1", "Helår", "Tertial 2". */
	private final Pattern anyPeriodOfAYear;
	/** The identifier's one-word names ("nr", "id", "nummer"): "Kontrollmoment nr" is the control's number. */
	private final Set<String> identifierWords;
	/**
	 * The synonyms by their first word. A long cell can only match a synonym it equals or starts with, and then both
	 * begin with the same word, so a data cell is compared with a handful of synonyms instead of all of them.
	 */
	private final Map<String, List<Synonym>> byFirstWord;
	private final HeaderTypos typos;
	/** Each field's synonyms, to tell a compound's first word from an abbreviation of it. */
	private final Map<Field, Set<String>> phrasesByField;
	private final Map<String, List<FieldScore>> memo = new ConcurrentHashMap<>();
	private final Map<String, String> periodKeys = new ConcurrentHashMap<>();
	/** Whether a cell names a period, asked of every short cell of every row of a long sheet that repeats its words. */
	private final Map<String, Boolean> namesPeriod = new ConcurrentHashMap<>();

	HeaderDictionary(List<Synonym> synonyms, List<Pattern> periods) {
		this.synonyms = List.copyOf(synonyms);
		this.periods = List.copyOf(periods);
		this.anyPeriod = RuleFile.anyOf(this.periods);
		this.anyPeriodOfAYear = RuleFile.anyOf(this.periods.stream().filter(p -> p != YEAR).toList());
		this.identifierWords = this.synonyms.stream()
			.filter(s -> s.field() == Field.ID && !s.phrase().contains(" "))
			.map(Synonym::phrase)
			.collect(Collectors.toUnmodifiableSet());
		this.byFirstWord = this.synonyms.stream()
			.collect(Collectors.groupingBy(s -> firstWord(s.phrase()), LinkedHashMap::new, Collectors.toList()));
		this.typos = new HeaderTypos(this.synonyms.stream().map(Synonym::phrase)
			.filter(p -> !p.startsWith(COMPOUND_TAIL)).toList());
		this.phrasesByField = this.synonyms.stream()
			.collect(Collectors.groupingBy(Synonym::field, Collectors.mapping(Synonym::phrase, Collectors.toSet())));
	}

	public static HeaderDictionary load(Path configDir) {
		List<Synonym> synonyms = new ArrayList<>();
		for (String[] row : RuleFile.read("kolumnnamn.csv", 3, configDir)) {
			synonyms.add(new Synonym(Field.valueOf(row[0]), HeaderText.spaced(row[1]), Double.parseDouble(row[2])));
		}
		List<Pattern> periods = new ArrayList<>();
		periods.add(YEAR);
		for (String[] row : RuleFile.read("textperioder.csv", 2, configDir)) {
			periods.add(Pattern.compile(row[1], Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
		}
		return new HeaderDictionary(synonyms, periods);
	}

	/** The heading names a period or year ("T1", "Helår", "2025", "Status VB"): a column of a per-period series. */
	public boolean namesPeriod(String heading) {
		Boolean known = namesPeriod.get(heading);
		if (known != null) {
			return known;
		}
		boolean names = anyPeriod.matcher(heading).find();
		if (namesPeriod.size() >= MEMO_LIMIT) {
			namesPeriod.clear();
		}
		namesPeriod.put(heading, names);
		return names;
	}

	/** "Tertial", "Kvartal": a heading that names a period once a number follows it ("Tertial" over "2"). */
	boolean namesAKindOfPeriod(String heading) {
		return heading != null && !heading.isBlank() && !namesPeriod(heading) && namesPeriod(heading.strip() + " 1");
	}

	/** The heading without the periods and years it names: "Ej aktuell T1" is "Ej aktuell". */
	String withoutPeriods(String heading) {
		return anyPeriod.matcher(heading).replaceAll(" ").strip();
	}

	/**
	 * The periods and years a heading names, as one key ("tertial 2" of "Tertial 2 Genomförd", "2025 helår"); "" when
	 * it names none. Columns with the same key report the same period.
	 */
	String periodKey(String heading) {
		return periodKeys.computeIfAbsent(heading, h -> periods.stream()
			.map(p -> p.matcher(h))
			.filter(Matcher::find)
			.map(m -> m.group().toLowerCase(Locale.ROOT))
			.collect(Collectors.joining(" ")));
	}

	/** Every field the cell could be, with a score in (0, 1]; empty for cells that are no header at all. */
	public List<FieldScore> score(String cellText) {
		if (cellText.isBlank() || cellText.length() > MAX_HEADER_LENGTH) {
			return List.of();
		}
		List<FieldScore> known = memo.get(cellText);
		if (known != null) {
			return known;
		}
		List<FieldScore> scores = List.copyOf(compute(cellText));
		if (memo.size() >= MEMO_LIMIT) {
			memo.clear();
		}
		memo.put(cellText, scores);
		return scores;
	}

	private List<FieldScore> compute(String cellText) {
		String spaced = HeaderText.spaced(cellText);
		// The two forms differ only where a line break splits the text.
		String joined = HeaderText.hasLineBreak(cellText) ? HeaderText.joined(cellText) : spaced;
		List<FieldScore> best = compute(spaced, joined);
		// "Status åtgärd" named word for word as a column we leave: not the status its first word would make it.
		Optional<FieldScore> ignored = best.stream()
			.filter(s -> s.field() == Field.IGNORERAS && (s.synonym().equals(spaced) || s.synonym().equals(joined)))
			.findFirst();
		if (ignored.isPresent()) {
			return List.of(ignored.get());
		}
		if (!best.isEmpty() || words(spaced) > MAX_WORDS_FOR_CONTAINS) {
			return best;
		}
		// "Kontrollmomnet | Ansvarg | Staus": a careless heading is still the column's name.
		String fixed = typos.corrected(spaced);
		return fixed.equals(spaced) ? best : compute(fixed, fixed).stream()
			.map(s -> new FieldScore(s.field(), s.score() * TYPO_FACTOR, s.synonym()))
			.toList();
	}

	private List<FieldScore> compute(String spaced, String joined) {
		boolean shortSpaced = words(spaced) <= MAX_WORDS_FOR_CONTAINS;
		boolean shortJoined = joined == spaced ? shortSpaced : words(joined) <= MAX_WORDS_FOR_CONTAINS;
		List<FieldScore> best = new ArrayList<>();
		for (Synonym synonym : candidates(spaced, shortSpaced, joined, shortJoined)) {
			double score = joined == spaced ? match(spaced, shortSpaced, synonym)
					: Math.max(match(spaced, shortSpaced, synonym), match(joined, shortJoined, synonym));
			if (score > 0) {
				best.removeIf(s -> s.field() == synonym.field() && s.score() < score);
				if (best.stream().noneMatch(s -> s.field() == synonym.field())) {
					best.add(new FieldScore(synonym.field(), score, synonym.phrase()));
				}
			}
		}
		return best;
	}

	/** All synonyms, in file order, or for long cells only those sharing the cell's first word. */
	private List<Synonym> candidates(String spaced, boolean shortSpaced, String joined, boolean shortJoined) {
		if (shortSpaced || shortJoined) {
			return synonyms;
		}
		List<Synonym> first = byFirstWord.getOrDefault(firstWord(spaced), List.of());
		List<Synonym> second = byFirstWord.getOrDefault(firstWord(joined), List.of());
		if (first == second || second.isEmpty()) {
			return first;
		}
		if (first.isEmpty()) {
			return second;
		}
		return synonyms.stream().filter(s -> first.contains(s) || second.contains(s)).toList();
	}

	/** Words as {@code split(" ")} counts them: one more than the spaces. */
	private static int words(String text) {
		int words = 1;
		for (int i = 0; i < text.length(); i++) {
			if (text.charAt(i) == ' ') {
				words++;
			}
		}
		return words;
	}

	/** The text up to its first character that is neither letter nor digit. */
	private static String firstWord(String text) {
		int end = 0;
		while (end < text.length() && Character.isLetterOrDigit(text.charAt(end))) {
			end++;
		}
		return text.substring(0, end);
	}

	private double match(String header, boolean shortHeader, Synonym synonym) {
		String phrase = synonym.phrase();
		if (header.equals(phrase)) {
			return synonym.weight();
		}
		if (phrase.startsWith(COMPOUND_TAIL)) {
			return endsACompound(header, phrase.substring(COMPOUND_TAIL.length())) ? synonym.weight() : 0;
		}
		if (synonym.field() == Field.PERIOD && anyPeriodOfAYear.matcher(header.replace(phrase, " ")).find()) {
			// "Period T1 Kommentar" under a merged "Period T1": that period's column, not one of the rows' periods.
			return 0;
		}
		if (synonym.field() != Field.ID && header.startsWith(phrase)
				&& identifierWords.contains(header.substring(phrase.length()).strip())) {
			// "Kontrollmoment nr", "Risk id": the heading names the number of the thing, not the thing.
			return 0;
		}
		// "Status T1", "Resultat av kontroll 2025", "Utförd (J/N)": a few words after the synonym, more after a longer
		// one ("Risk i verksamheten för att inte kunna …"). A sentence that only starts with a word of it ("Kontroll av
		// att kränkningsanmälningar anmäls till huvudman …") is a data cell.
		if (header.startsWith(phrase) && !Character.isLetterOrDigit(header.charAt(phrase.length()))
				&& words(header) - words(phrase) <= MAX_WORDS_AFTER_SYNONYM * words(phrase)
				&& !(synonym.field() == Field.KONTROLLMOMENT
						&& CONTROL_OF.matcher(header.substring(phrase.length())).lookingAt())) {
			return synonym.weight() * 0.9;
		}
		if (header.startsWith(phrase) && isInstruction(header.substring(phrase.length()))) {
			// "Kontrollmoment (skriv samma text som i internkontrollplanen)": a form's heading tells how to answer it.
			return synonym.weight() * 0.9;
		}
		if (synonym.field() == Field.KONTROLLMOMENT && shortHeader && header.contains("/")
				&& Arrays.stream(header.split("/")).skip(1).anyMatch(part -> part.strip().equals(phrase))) {
			// "Riskområde / kontrollmoment" over the risk areas' headings and the controls under them: the heading
			// names the control as surely as the risk, and a method's column beside it is no control.
			return synonym.weight() * 0.9;
		}
		if (isCutCompound(header, phrase)) {
			// "Kontr.moment", "Kontr moment": a compound cut short in its first part to fit a narrow column.
			return synonym.weight() * 0.9;
		}
		if (shortHeader && containsWord(header, phrase)) {
			return synonym.weight() * 0.7;
		}
		// A heading ignored must be named: "Status" is no cut of "status åtgärd".
		if (synonym.field() != Field.IGNORERAS && isAbbreviation(header, phrase)
				&& !isCompoundModifier(header, synonym)) {
			// The more of the word the abbreviation spells out, the surer: "ansv" is "ansvarig" before "ansvarsområde".
			return synonym.weight() * (0.5 + 0.1 * header.length() / phrase.length());
		}
		return 0;
	}

	/**
	 * "Uppföljningsstatus", "Kontrollstatus T2" for "-status": the heading's first word is a compound of at least
	 * {@link #MIN_CUT} letters more whose last part is the synonym, a few words after it at most.
	 */
	private static boolean endsACompound(String header, String tail) {
		String[] words = header.split(" ");
		String first = words[0];
		return first.length() >= tail.length() + MIN_CUT && first.endsWith(tail)
				&& first.chars().allMatch(Character::isLetter) && words.length - 1 <= MAX_WORDS_AFTER_SYNONYM;
	}

	/** " (skriv samma text som i planen)": the rest of a heading is one bracket, nothing after it. */
	private static boolean isInstruction(String rest) {
		String text = rest.strip();
		return rest.startsWith(" ") && text.startsWith("(") && text.indexOf(')') == text.length() - 1;
	}

	/**
	 * "kontr.moment" for "kontrollmoment": two words of letters, the first starting the synonym's one word and the
	 * second ending it, with letters left out between them.
	 */
	private static boolean isCutCompound(String heading, String phrase) {
		// Asked of every synonym for every heading scored: the cheap refusals before the pattern.
		if (phrase.isEmpty() || phrase.indexOf(' ') >= 0 || heading.isEmpty() || heading.charAt(0) != phrase.charAt(0)
				|| heading.indexOf('.') < 0 && heading.indexOf(' ') < 0) {
			return false;
		}
		String header = CUT_MARK.matcher(heading).replaceAll(" ");
		int space = header.indexOf(' ');
		if (space < MIN_CUT || space != header.lastIndexOf(' ') || header.length() - 1 >= phrase.length()) {
			return false;
		}
		String first = header.substring(0, space);
		String last = header.substring(space + 1);
		return last.length() >= MIN_CUT && (first + last).chars().allMatch(Character::isLetter)
				&& phrase.startsWith(first) && phrase.endsWith(last);
	}

	/** "ansv" for "ansvarig", "frekv" for "frekvens": one word of at least four letters that starts the synonym. */
	private static boolean isAbbreviation(String header, String phrase) {
		return header.length() >= 4 && phrase.length() > header.length() && phrase.startsWith(header)
				&& header.chars().allMatch(Character::isLetter);
	}

	/**
	 * "Verksamhet" of "verksamhetsår", "Plan" of "planår": the heading is the first word of a compound whose last word
	 * is itself a name of the field (the year), so it names what the compound qualifies, not the field.
	 */
	private boolean isCompoundModifier(String header, Synonym synonym) {
		String rest = synonym.phrase().substring(header.length());
		Set<String> names = phrasesByField.get(synonym.field());
		return names.contains(rest) || rest.startsWith("s") && names.contains(rest.substring(1));
	}

	private static boolean containsWord(String header, String phrase) {
		int from = 0;
		int at;
		while ((at = header.indexOf(phrase, from)) >= 0) {
			int end = at + phrase.length();
			boolean startOk = at == 0 || !Character.isLetterOrDigit(header.charAt(at - 1));
			boolean endOk = end == header.length() || !Character.isLetterOrDigit(header.charAt(end));
			if (startOk && endOk) {
				return true;
			}
			from = at + 1;
		}
		return false;
	}

	record Synonym(Field field, String phrase, double weight) {
	}

	/** How well a cell matches a field, and through which synonym. */
	public record FieldScore(Field field, double score, String synonym) {
	}
}
