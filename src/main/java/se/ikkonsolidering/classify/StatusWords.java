package se.ikkonsolidering.classify;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import se.ikkonsolidering.ingest.CellWords;
import se.ikkonsolidering.layout.RuleFile;

/**
 * The words of {@code statusord.csv} that a status column may hold ("Granskning ej genomförd", "Nej", "Gul"), the
 * shares of {@code andelar.csv} for a status given as a percentage done ("75 %"), and the words of
 * {@code resultatbetyg.csv} that rate a control's result below satisfactory rather than say whether it was done, and
 * the words of {@code inte-aktuell.csv} for a control not due in a period.
 */
public final class StatusWords {

	/** "… med anmärkning", "… utan dokumentation": words qualifying a status word. */
	private static final Pattern QUALIFIER = Pattern.compile(
			"\\s+(med|utan|m\\.?|u\\.?|with|without)(\\s+\\p{L}+\\.?){1,3}$");
	/** "Ej aktuellt under perioden", "inte aktuell denna period": the period a word for not due speaks of. */
	private static final Pattern THIS_PERIOD = Pattern.compile(
			"\\s+(?:under|för|i|denna|detta)\\s+(?:perioden|period|tertialen|tertialet|tertial|delåret|året)$");
	/** Where a status word's first clause ends: "Ja. Arbetet …", "Klar – inga fel". */
	private static final Pattern CLAUSE_END = Pattern.compile("[.,;:\\n(]| [–-] ");
	private static final Pattern DASHED = Pattern.compile(" [–-] ");
	/** "Nej – utgår …", "Nej, ej aktuell", "Ja, men bara för vårterminen": "Följer plan?" answered, then more. */
	private static final Pattern ANSWER_AND_MORE = Pattern.compile("(ja|nej)\\s*(?:,|\\s[–-])\\s*(\\S.*)");
	/** "men bara för …", "men endast …": what was done covers only a part. */
	private static final Pattern ONLY_A_PART = Pattern.compile("men\\s+(bara|endast|enbart)\\b");
	private static final int MAX_ABBREVIATION = 20;
	private static final Pattern LETTERS = Pattern.compile("\\p{L}[\\p{L} ]*");
	private static final int MIN_ABBREVIATED_WORD = 4;
	/** "Påb.", "Utg.": a word cut to three letters is one when a full stop marks the cut. */
	private static final int MIN_DOTTED_CUT = 3;
	/** A word of a cut-short phrase and the full stop marking the cut, if any. */
	private static final Pattern CUT_WORD = Pattern.compile("(\\p{L}+)(\\.)?");
	/** Shorter words are too close to one another ("klar", "klart") to read a slip in them. */
	private static final int MIN_MISSPELT_WORD = 7;
	/**
	 * "12 av 12", "4 av 5 enheter", "2/4": a share done, what was counted named or not; "2 av 20 fel" counts what was
	 * found wrong, not what was done.
	 */
	private static final Pattern FRACTION = Pattern.compile("(\\d{1,5})(?:\\s+av\\s+|\\s*/\\s*)(\\d{1,5})"
			+ "(?:\\s+(?!(fel|felaktig|avvik|brist|anmärkning|avsteg)\\p{L}*$)\\p{L}+)?");
	/**
	 * "■■■□□", "●●○○", "███░░": a bar of filled and empty blocks, the share done as the filled part of the whole.
	 * Each kind of glyph is filled or empty; a bar has at least three blocks, so two ticks are no bar.
	 */
	private static final Pattern BAR = Pattern.compile("([■●█▰★◼⬛]*)([□○░▱☆◻⬜]*)");
	private static final int MIN_BAR_BLOCKS = 3;
	private static final Pattern PERCENT = Pattern.compile("(\\d{1,3}(?:[.,]\\d+)?)\\s*%");
	/** "2025-03-18", "18/3", "18/3-25", "18.3.2025": the day a control was done, as people write it by hand. */
	private static final String DAY = "(?:\\d{4}-\\d{1,2}-\\d{1,2}|\\d{1,2}/\\d{1,2}(?:[/-]\\d{2,4})?"
			+ "|\\d{1,2}\\.\\d{1,2}\\.\\d{2,4})";
	/** "✓ 2025-03-18", "Klar 18/3", "2025-03-18 ✓": a status word with the day it was done before or after it. */
	private static final Pattern DATED = Pattern
		.compile("(?:(.+?),?\\s+(?:den\\s+|datum:?\\s*)?" + DAY + "|" + DAY + ":?\\s+(.+))");

	/** Marks a word of {@code statusord.csv} that only a whole cell says: no other word is a slip for or a cut of it. */
	private static final String WHOLE_WORD_ONLY = "=";

	private final Map<String, ControlStatus> words;
	/** The words a misspelt or cut-short cell may be taken for. */
	private final Map<String, ControlStatus> slippable;
	private final List<ShareBand> shares;
	private final Set<String> adverseRatings;
	private final Set<String> notApplicable;
	/**
	 * The phrases by each cut of their first word of four letters or more, and by the whole first word ("genomf" and
	 * "genomförd" for "genomförd med anmärkning"): most cells start with none of them.
	 */
	private final Map<String, List<Phrase>> byFirstWord;
	/** The same words written without å, ä, ö ("Utgar", "Ej genomford"); none for these words themselves. */
	private final StatusWords unaccented;

	StatusWords(Map<String, ControlStatus> words, Set<String> wholeWordsOnly, List<ShareBand> shares,
			Set<String> adverseRatings, Set<String> notApplicable) {
		this(words, wholeWordsOnly, shares, adverseRatings, notApplicable, false);
	}

	private StatusWords(Map<String, ControlStatus> words, Set<String> wholeWordsOnly, List<ShareBand> shares,
			Set<String> adverseRatings, Set<String> notApplicable, boolean unaccented) {
		this.words = Map.copyOf(words);
		Map<String, ControlStatus> slippable = new HashMap<>(words);
		slippable.keySet().removeAll(wholeWordsOnly);
		this.slippable = Map.copyOf(slippable);
		this.shares = List.copyOf(shares);
		this.adverseRatings = Set.copyOf(adverseRatings);
		this.notApplicable = Set.copyOf(notApplicable);
		Map<String, List<Phrase>> index = new HashMap<>();
		this.slippable.forEach((phrase, status) -> {
			String[] split = phrase.split(" ");
			String first = split[0];
			for (int end = Math.min(MIN_DOTTED_CUT, first.length()); end <= first.length(); end++) {
				index.computeIfAbsent(first.substring(0, end), k -> new ArrayList<>()).add(new Phrase(split, status));
			}
		});
		this.byFirstWord = Map.copyOf(index);
		this.unaccented = unaccented ? null : new StatusWords(unaccentedKeys(words), unaccented(wholeWordsOnly), shares,
				adverseRatings, notApplicable, true);
	}

	/** The words without their letters' marks; a word that would then stand for two statuses is left out. */
	private static Map<String, ControlStatus> unaccentedKeys(Map<String, ControlStatus> words) {
		Map<String, ControlStatus> plain = new HashMap<>();
		Set<String> ambiguous = new HashSet<>();
		words.forEach((word, status) -> {
			ControlStatus before = plain.putIfAbsent(CellWords.unaccented(word), status);
			if (before != null && before != status) {
				ambiguous.add(CellWords.unaccented(word));
			}
		});
		plain.keySet().removeAll(ambiguous);
		return plain;
	}

	private static Set<String> unaccented(Set<String> words) {
		Set<String> plain = new HashSet<>();
		words.forEach(word -> plain.add(CellWords.unaccented(word)));
		return plain;
	}

	public static StatusWords load(Path configDir) {
		Map<String, ControlStatus> words = new HashMap<>();
		Set<String> wholeWordsOnly = new HashSet<>();
		for (String[] row : RuleFile.read("statusord.csv", 2, configDir)) {
			String word = TextNormalizer.asWord(row[1].startsWith(WHOLE_WORD_ONLY) ? row[1].substring(1) : row[1]);
			words.put(word, ControlStatus.valueOf(row[0]));
			if (row[1].startsWith(WHOLE_WORD_ONLY)) {
				wholeWordsOnly.add(word);
			}
		}
		List<ShareBand> shares = new ArrayList<>();
		for (String[] row : RuleFile.read("andelar.csv", 3, configDir)) {
			shares.add(new ShareBand(ControlStatus.valueOf(row[0]), decimal(row[1]), decimal(row[2])));
		}
		Set<String> ratings = new HashSet<>();
		for (String[] row : RuleFile.read("resultatbetyg.csv", 1, configDir)) {
			ratings.add(TextNormalizer.asWord(row[0]));
		}
		Set<String> notApplicable = new HashSet<>();
		for (String[] row : RuleFile.read("inte-aktuell.csv", 1, configDir)) {
			notApplicable.add(TextNormalizer.asWord(row[0]));
		}
		return new StatusWords(words, wholeWordsOnly, shares, ratings, notApplicable);
	}

	/**
	 * "Ej aktuell", "N/A": the control was not due this period, which after a period where it was done leaves it
	 * done; "Utgår" or "Kontroll ersatt" strikes it from the plan.
	 */
	public boolean saysNotDueThisPeriod(String text) {
		String word = TextNormalizer.asWord(text);
		return notApplicable.contains(word) || notApplicable.contains(firstClause(word))
				|| notApplicable.contains(THIS_PERIOD.matcher(word).replaceFirst(""));
	}

	/** The cell is a status phrase as a whole ("Godkänd med anmärkning"), not a status word opening a sentence. */
	public boolean isWholePhrase(String cellText) {
		String word = TextNormalizer.asWord(cellText);
		return words.containsKey(word) || words.containsKey(QUALIFIER.matcher(word).replaceFirst(""));
	}

	/** "Ej tillfredsställande", "Delvis godkänd": the cell rates the result below satisfactory. */
	public boolean ratesTheResultAdversely(String cellText) {
		String word = TextNormalizer.asWord(cellText);
		return adverseRatings.contains(word) || adverseRatings.contains(firstClause(word));
	}

	/**
	 * The status a cell states: by its whole text, without the day it was done ("✓ 2025-03-18"), by a share done
	 * ("75 %"), or failing those by its first clause ("Ja. Arbetet…", "Klar – inga fel").
	 */
	public Optional<ControlStatus> lookup(String cellText) {
		String word = TextNormalizer.asWord(cellText);
		if (words.containsKey(word)) {
			return Optional.of(words.get(word));
		}
		Matcher dated = DATED.matcher(word);
		if (dated.matches()) {
			return lookup(dated.group(1) != null ? dated.group(1) : dated.group(2));
		}
		if (word.length() > 1 && word.endsWith("?")) {
			// "Klar?", "genomförd?": the sender is not sure of the status either.
			return lookup(word.substring(0, word.length() - 1)).map(s -> ControlStatus.OKLAR);
		}
		Matcher percent = PERCENT.matcher(word);
		if (percent.matches()) {
			BigDecimal share = decimal(percent.group(1));
			return shares.stream().filter(band -> band.contains(share)).map(ShareBand::status).findFirst();
		}
		Matcher bar = BAR.matcher(word.replace(" ", ""));
		if (bar.matches() && bar.group(1).length() + bar.group(2).length() >= MIN_BAR_BLOCKS) {
			return share(bar.group(1).length(), bar.group(1).length() + bar.group(2).length());
		}
		// "12 av 12", "14 av 31 enheter": a share done, as the sender counted it.
		Matcher fraction = FRACTION.matcher(word);
		if (fraction.matches() && Integer.parseInt(fraction.group(2)) > 0
				&& Integer.parseInt(fraction.group(1)) <= Integer.parseInt(fraction.group(2))) {
			return share(Integer.parseInt(fraction.group(1)), Integer.parseInt(fraction.group(2)));
		}
		// "Avslutad - ej aktuell": closed, as struck from the plan, not as done; "Ej genomförd – utgår" stays not done.
		String[] dashed = DASHED.split(word, 2);
		if (dashed.length == 2 && words.get(dashed[0].strip()) == ControlStatus.GENOMFORD
				&& words.get(firstClause(dashed[1])) == ControlStatus.UTGAR) {
			return Optional.of(ControlStatus.UTGAR);
		}
		// "Nej – utgår enligt beslut", "Nej, ej aktuell": the plan was not followed because the control left it; "Ja,
		// men bara för vårterminen": followed for a part of it.
		Matcher answered = ANSWER_AND_MORE.matcher(word);
		if (answered.matches()) {
			if (answered.group(1).equals("ja") && ONLY_A_PART.matcher(answered.group(2)).lookingAt()) {
				return Optional.of(ControlStatus.DELVIS);
			}
			String more = answered.group(2);
			Optional<ControlStatus> then = lookup(more).or(() -> lookup(more.split("\\s+", 2)[0]))
				.filter(s -> s == ControlStatus.UTGAR || s == ControlStatus.DELVIS);
			if (then.isPresent()) {
				return then;
			}
		}
		// "Följer plan: Nej", "Genomförd: delvis": a question whether the control was done, and its answer; the
		// answer tells.
		int colon = word.indexOf(':');
		if (colon > 0 && words.get(word.substring(0, colon).strip()) == ControlStatus.GENOMFORD) {
			Optional<ControlStatus> answer = Optional.ofNullable(words.get(word.substring(colon + 1).strip()));
			if (answer.isPresent()) {
				return answer;
			}
		}
		String firstClause = firstClause(word);
		// "Godkänd med anmärkning", "Delvis genomförd utan dokumentation": the status word leads, the rest qualifies it.
		String qualified = QUALIFIER.matcher(firstClause).replaceFirst("");
		return Optional.ofNullable(words.get(firstClause)).or(() -> Optional.ofNullable(words.get(qualified)))
			// "klar m. anm.": the qualifier abbreviated, its full stops no clause's end
			.or(() -> Optional.ofNullable(words.get(QUALIFIER.matcher(word).replaceFirst(""))))
			// "Påb.": the cell's own full stops, which mark the cut
			.or(() -> abbreviated(CellWords.normalize(cellText)))
			// "Genomf. m anm.": a word cut short before its qualifier
			.or(() -> abbreviated(QUALIFIER.matcher(word).replaceFirst("").replaceFirst("\\.$", "")))
			.or(() -> misspelt(word))
			// "genomörd m avvikelse": a slip in the status word before its qualifier
			.or(() -> misspelt(QUALIFIER.matcher(word).replaceFirst("")))
			.or(() -> unaccented == null || !CellWords.unaccented(word).equals(word) ? Optional.empty()
					: unaccented.lookup(word));
	}

	/** The status of {@code done} of {@code whole} done, by the bands of {@code andelar.csv}. */
	private Optional<ControlStatus> share(int done, int whole) {
		BigDecimal share = BigDecimal.valueOf(done * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.DOWN);
		return shares.stream().filter(band -> band.contains(share)).map(ShareBand::status).findFirst();
	}

	/**
	 * "Gneomförd", "påbörjd": a status word of some length typed with one letter swapped, missing, extra or wrong,
	 * when every word it could be a slip for means the same.
	 */
	private Optional<ControlStatus> misspelt(String word) {
		if (word.length() < MIN_MISSPELT_WORD || word.length() > MAX_ABBREVIATION || !LETTERS.matcher(word).matches()) {
			return Optional.empty();
		}
		ControlStatus found = null;
		for (Map.Entry<String, ControlStatus> known : slippable.entrySet()) {
			if (Math.abs(known.getKey().length() - word.length()) <= 1 && oneSlipApart(word, known.getKey())) {
				if (found != null && found != known.getValue()) {
					return Optional.empty();
				}
				found = known.getValue();
			}
		}
		return Optional.ofNullable(found);
	}

	/**
	 * One letter swapped with its neighbour, left out, added or replaced (optimal string alignment distance 1): the
	 * texts agree up to the first difference, and after it once that one slip is undone.
	 */
	private static boolean oneSlipApart(String a, String b) {
		int first = 0;
		int common = Math.min(a.length(), b.length());
		while (first < common && a.charAt(first) == b.charAt(first)) {
			first++;
		}
		return switch (a.length() - b.length()) {
			case 0 -> first < a.length() && (a.regionMatches(first + 1, b, first + 1, a.length() - first - 1)
					|| first + 1 < a.length() && a.charAt(first) == b.charAt(first + 1)
						&& a.charAt(first + 1) == b.charAt(first)
						&& a.regionMatches(first + 2, b, first + 2, a.length() - first - 2));
			case 1 -> a.regionMatches(first + 1, b, first, b.length() - first);
			case -1 -> b.regionMatches(first + 1, a, first, a.length() - first);
			default -> false;
		};
	}

	/**
	 * "genomf", "Delv.", "Ej genomf.": a status phrase with its words cut short, when every phrase it could be cut from
	 * means the same. Words under four letters must be whole ("ej", "ja"), so a code like "gen" is not guessed at,
	 * unless a full stop marks the cut ("Påb.").
	 */
	private Optional<ControlStatus> abbreviated(String word) {
		String cut = word.replace('.', ' ').strip();
		if (cut.isEmpty() || cut.length() > MAX_ABBREVIATION || !LETTERS.matcher(cut).matches()) {
			return Optional.empty();
		}
		List<String> parts = new ArrayList<>();
		List<Boolean> dotted = new ArrayList<>();
		Matcher part = CUT_WORD.matcher(word);
		while (part.find()) {
			parts.add(part.group(1));
			dotted.add(part.group(2) != null);
		}
		ControlStatus found = null;
		for (Phrase phrase : byFirstWord.getOrDefault(parts.get(0), List.of())) {
			if (phrase.words().length != parts.size() || !cutFrom(parts, dotted, phrase.words())) {
				continue;
			}
			if (found != null && found != phrase.status()) {
				return Optional.empty();
			}
			found = phrase.status();
		}
		return Optional.ofNullable(found);
	}

	/** A status phrase split into its words, for finding it cut short. */
	private record Phrase(String[] words, ControlStatus status) {
	}

	private static boolean cutFrom(List<String> parts, List<Boolean> dotted, String[] full) {
		for (int i = 0; i < parts.size(); i++) {
			String part = parts.get(i);
			int shortest = dotted.get(i) ? MIN_DOTTED_CUT : MIN_ABBREVIATED_WORD;
			if (!part.equals(full[i]) && (part.length() < shortest || !full[i].startsWith(part))) {
				return false;
			}
		}
		return true;
	}

	static String firstClause(String word) {
		return CLAUSE_END.split(word, 2)[0].strip();
	}

	private static BigDecimal decimal(String text) {
		return new BigDecimal(text.strip().replace(',', '.'));
	}

	/** A range of percentages done, both ends included, and the status it means. */
	private record ShareBand(ControlStatus status, BigDecimal from, BigDecimal to) {

		boolean contains(BigDecimal share) {
			return share.compareTo(from) >= 0 && share.compareTo(to) <= 0;
		}
	}
}
