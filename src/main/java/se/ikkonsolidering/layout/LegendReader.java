package se.ikkonsolidering.layout;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import se.ikkonsolidering.ingest.RawCell;
import se.ikkonsolidering.ingest.RawRow;

/**
 * Finds a legend anywhere in a sheet: pairs in one row ("1 = Genomförd, 2 = Delvis genomförd", "J = Ja / N = Nej",
 * "● genomförd ◐ delvis ○ ej påbörjad"), or a small block of rows each with a code, symbol or coloured cell beside a
 * word ("✅ | Done / genomförd", a green cell beside "Genomförd"), or coloured cells naming their own meaning after a
 * legend label. A pair counts only when its meaning is a status word, so "Summa = 11" or "Nr = löpnummer" are no
 * legend.
 */
final class LegendReader {

	/** A code or symbol followed by "=": "1 =", "EG =", "● =", "(G) =", an abbreviation "Påg. =". */
	private static final Pattern CODE_PAIR = Pattern.compile(
			"(?<![\\p{L}\\p{N}])\\(?([\\p{L}\\p{N}]{1,4}\\.?|[^\\s\\p{L}\\p{N}=,;|()]{1,4})\\)?\\s*=\\s*");
	/** Entries of a scale listed one after the other: "Klar = genomförd, Pågår, Delvis = …". */
	private static final Pattern LISTED = Pattern.compile(",\\s+");
	/** Words for one code, parted by slashes: "Delvis/Pågår". */
	private static final Pattern ALTERNATIVES = Pattern.compile("\\p{L}{2,12}(?:/\\p{L}{2,12})+");
	/**
	 * A code of two words, or of one word too long for {@link #CODE_PAIR}, at the start of a cell or line, after a
	 * separator or after a sentence: "EJ GEN = Ej genomförd", "… enligt plan. Mindre bra = …", "Orange = …" on a line
	 * of its own; of up to four words after a middle dot or bullet, which parts nothing but entries ("· Följs upp i Q1
	 * = …").
	 */
	private static final Pattern TWO_WORD_CODE = Pattern.compile(
			"(?:^|(?<=[|,;.:·•\\n]\\s{0,3}))\\s*([\\p{L}\\p{N}]{1,10}\\s[\\p{L}\\p{N}]{1,10}\\.?"
			+ "|\\p{L}{2,12}(?:/\\p{L}{2,12})+"
			+ "|(?<=[·•]\\s{0,3})[\\p{L}\\p{N}]{1,10}(?: [\\p{L}\\p{N}]{1,10}){2,3}"
			+ "|\\p{L}{5,12})\\s*=\\s*");
	/**
	 * A symbol or emoji followed by words: "● genomförd", "✅ klar", "! Genomförd, avvikelse noterad", "? pågår";
	 * "=" and its kin join a code to its words, they are none.
	 */
	private static final Pattern SYMBOL_WORDS = Pattern.compile(
			"((?:(?![=<>+])[\\p{So}\\p{Sm}\\x{2190}-\\x{2BFF}\\x{1F000}-\\x{1FAFF}]|(?<![\\p{L}\\p{N}])[!?])"
					+ "[\\x{FE0F}\\x{200D}\\p{So}\\x{1F000}-\\x{1FAFF}]*)"
					+ "\\s*([\\p{L}][^\\p{So}\\p{Sm}\\x{2190}-\\x{2BFF}\\x{1F000}-\\x{1FAFF}|;!?]*)");
	/** What comes before a dash that lists the next entry: a comma, "och", or a gap of two spaces. */
	private static final String BEFORE_A_LISTED_DASH = "(?:,\\s+|\\s(?:och|samt|eller)\\s+|\\s{2,})";
	/** A dash listed as one more symbol after a comma or "och": "…, ✖ att den inte är genomförd och — att den utgår". */
	private static final Pattern DASH_LISTED = Pattern.compile(BEFORE_A_LISTED_DASH + "([—–])\\s+(\\p{L}[^|;()]*)");
	/**
	 * Where a meaning ends: a line, a cell, a wide gap, a semicolon, a middle dot or bullet between entries ("… ·
	 * Kvarstår = …"), or the next entry listed after a dash.
	 */
	private static final Pattern MEANING_END = Pattern.compile(
			"\\R| \\| |\\s{3,}|;|\\s[·•]\\s|" + BEFORE_A_LISTED_DASH + "[—–]\\s");
	/** A symbol named in parentheses in a sentence: "Ett streck (–) innebär att kontrollen har utgått", "Streck (–) = …". */
	private static final Pattern NAMED_SYMBOL = Pattern.compile("\\(\\s*([^\\s\\p{L}\\p{N}()]{1,4})\\s*\\)\\s*"
			+ "(?:innebär|betyder|står för|anger|markerar|visar|=)\\s*(\\p{L}[^|;()]*)");
	/** A short code and a dash at the start of a line or after a separator: "A – Genomförd enligt plan". */
	private static final Pattern CODE_DASH = Pattern.compile(
			"(?:^|(?<=[|,;]\\s{0,3}))\\s*([\\p{L}\\p{N}]{1,3})\\s+[–—-]\\s+", Pattern.MULTILINE);
	/**
	 * A word or two and a dash after a colon or semicolon, in a sentence listing them: "Färgerna betyder: grönt –
	 * kontrollen är genomförd; gult – …", opening the next sentence ("… utan avvikelse. Gul – genomförd, avvikelse
	 * noterad.", "… med anmärkning (se notering). Röd – …") or a line of its own ("Orange – kontrollen delvis
	 * genomförd", "Ingen anmärkning – kontrollen är …").
	 */
	private static final Pattern WORD_DASH = Pattern.compile(
			"(?<=(?:^|[;:]|[\\p{L}\\p{N})]\\.)\\s{0,3})\\s*(\\p{L}{3,12}|\\p{L}{2,12} \\p{L}{2,12})\\s+[–—-]\\s+",
			Pattern.MULTILINE);
	/** The dashes {@link #CODE_DASH} and {@link #WORD_DASH} pair a code with its meaning by. */
	private static final Pattern DASHES = Pattern.compile("[–—-]");
	/** An empty or ticked box of a form's answer. */
	private static final Pattern TICK_BOX = Pattern.compile("[☐☑☒□■]+");
	/** A box ticked with a check or a cross, or filled. */
	private static final Pattern TICKED = Pattern.compile("[☑☒■]");
	/**
	 * A code with its meaning in parentheses: "anges med 1 (kontrollen genomförd), 2 (delvis genomförd) …", "OK (…), Ej
	 * OK (kontrollen genomförd, brister konstaterade)".
	 */
	private static final Pattern CODE_EXPLAINED = Pattern.compile(
			"(?<![\\p{L}\\p{N}])((?:(?i:ej|inte)\\s+)?[\\p{L}\\p{N}]{1,3})\\s*\\(\\s*([^()]{2,60}?)\\s*\\)");
	/** A code said to mean something: "där 1 betyder genomförd utan anmärkning, 2 betyder …", "G står för genomförd". */
	private static final Pattern CODE_MEANS = Pattern.compile("(?<![\\p{L}\\p{N}])(?:(\\p{N}{1,2}|\\p{Lu}{1,3}|\\p{Ll})\\s+"
			+ "(?:betyder|innebär|står\\s+för|motsvarar)\\s+(?:att\\s+)?"
			// "grön innebär att kontrollen är genomförd, gul att den är delvis genomförd och grå att den görs i höst": a
			// colour said to mean something, the verb left out after the first.
			+ "|((?iu:(?:ljus|mörk)?(?:grön|gröna|grönt|gul|gula|gult|röd|röda|rött|grå|gråa|grått|blå|blåa|blått|orange"
			+ "|lila|rosa|vit|vita|vitt)))\\s+(?:(?:betyder|innebär|står\\s+för|motsvarar|markerar)\\s+)?att\\s+)");
	/**
	 * The end of a sentence within a legend's paragraph: its meaning ends there ("… genomförts. Ett streck …", "…
	 * (se notering). Röd …").
	 */
	private static final Pattern SENTENCE_END = Pattern.compile("(?<=[\\p{L}\\p{N})])\\.\\s+(?=\\p{Lu})");
	/** "Avvikelse:", "Avvikelse (J/N):": the key of the deviation column's codes. */
	private static final Pattern DEVIATION_KEY = Pattern
		.compile("(?iu)\\s*avvikelse(r|n)?\\s*(\\([^()]{0,20}\\))?\\s*:");
	/** "Ingen färg = ej rapporterad": a few words, an equals sign, the meaning. */
	static final Pattern EXPLAINED = Pattern.compile("[^=]{1,30}=\\s*(.+)");
	private static final String NO_COLOUR_WORDS =
			"(?:ingen\\s+färg|utan\\s+färg|ej\\s+färgad|ofärgad|ingen\\s+markering|tom(?:\\s+cell)?|vit)";
	/** "Ingen färg = …", "Ofärgad cell = …": what a cell without colour means. */
	private static final Pattern NO_COLOUR = Pattern.compile("(?iu)\\s*" + NO_COLOUR_WORDS + "\\b[^=]{0,15}=");
	/** "Ej påbörjad (ingen färg)", "Ingen färg – ej påbörjad": what a cell without colour means, put otherwise. */
	private static final Pattern NO_COLOUR_NAMED = Pattern.compile("(?iu)\\s*(?:(.{2,40}?)\\s*\\(\\s*" + NO_COLOUR_WORDS
			+ "\\s*\\)|" + NO_COLOUR_WORDS + "\\s*[:–-]\\s*(.{2,40}?))\\s*\\.?\\s*");
	/** Text longer than this beside a legend pair is a control's, not part of the legend ("Ej genomförd" is not). */
	static final int OTHER_TEXT_LENGTH = 25;
	private static final int BLOCK_GAP = LegendBlocks.BLOCK_GAP;
	/** A scale's code in a cell of its own: "1", "G", "EJ". */
	private static final int MAX_TABLE_CODE = 3;
	/** A scale as a table explains at least done, partly done and not done, each on a row of its own. */
	private static final int MIN_SCALE_ROWS = 3;
	/** "Delvis genomförd", "Genomförd med anmärkning": a step of the scale is named in a few words. */
	private static final int MAX_SCALE_WORDS = 4;
	/** A status is named in a few words; a longer meaning is a sentence, judged by its first clause. */
	private static final int MAX_MEANING = 60;
	private static final Pattern FIRST_CLAUSE = Pattern.compile(",\\s+|\\s+[–—-]\\s+");
	/** "1–4 = låg risk (grön)": a risk matrix's levels and colours, no status of a control. */
	private static final Pattern RISK_LEVEL = Pattern.compile("(?iu)\\brisk\\b");
	/** "där 1 =", "och 4 =": a word joining the code to the sentence before it, no part of the code. */
	private static final Pattern JOINING_WORD = Pattern.compile("(?iu)(?:där|och|samt|eller|medan|varav)\\s.*");

	private final Vocabulary vocabulary;
	private final Labels labels;

	LegendReader(Vocabulary vocabulary, Labels labels) {
		this.vocabulary = vocabulary;
		this.labels = labels;
	}

	Legend read(String sheet, List<RawRow> rows) {
		Map<String, String> tokens = new LinkedHashMap<>();
		Map<String, String> colours = new LinkedHashMap<>();
		Set<Integer> legendRows = new HashSet<>();
		List<Legend.Cell> lines = new ArrayList<>();
		List<RawRow> singles = new ArrayList<>();
		for (RawRow row : rows) {
			// "Avvikelse: J = avvikelse konstaterad, N = ingen avvikelse" under the status's key: the deviation
			// column's codes, not the status's.
			if (!row.nonBlankCells().isEmpty()
					&& DEVIATION_KEY.matcher(row.nonBlankCells().get(0).text()).lookingAt()) {
				continue;
			}
			Map<String, String> pairs = pairsInRow(row);
			if (pairs.size() >= 2) {
				pairs.forEach(tokens::putIfAbsent);
				markIfLegendOnly(row, legendRows, lines);
			}
			else if (pairs.size() == 1) {
				singles.add(row);
			}
		}
		// "1 = Genomförd" on one line, "2 = Delvis" on the next: a legend written one code per row. The same code and
		// meaning on the next row too ("Jäv – kontroll av att …" on a control's rows per period) is a control's text.
		List<Map<String, String>> codes = singles.stream().map(this::pairsInRow).toList();
		for (int i = 0; i < singles.size(); i++) {
			boolean near = (i > 0 && singles.get(i).number() - singles.get(i - 1).number() <= BLOCK_GAP
					&& !codes.get(i).equals(codes.get(i - 1)))
					|| (i + 1 < singles.size() && singles.get(i + 1).number() - singles.get(i).number() <= BLOCK_GAP
							&& !codes.get(i).equals(codes.get(i + 1)));
			if (near) {
				pairsInRow(singles.get(i)).forEach(tokens::putIfAbsent);
				markIfLegendOnly(singles.get(i), legendRows, lines);
			}
		}
		codeColumn(rows, tokens, legendRows);
		Set<Legend.Cell> beside = new HashSet<>();
		new LegendBlocks(this::isStatusMeaning, vocabulary::knows, labels).read(rows, tokens, colours, legendRows, beside);
		new ColourSwatches(this::isStatusMeaning, labels).read(rows, colours, legendRows);
		if (tokens.isEmpty() && colours.isEmpty()) {
			return Legend.NONE;
		}
		besideTheLegend(rows, legendRows, colours);
		beside.addAll(new LegendColumn(labels).cells(rows, lines));
		return new Legend(tokens, colours, legendRows, sheet, beside);
	}

	/**
	 * "Värde | Innebörd | Beskrivning" over "1 | Ej genomförd | …", "2 | Delvis genomförd | …": a scale as a table of
	 * its own, a short code in the first cell of each row and a different status in the cell beside it. Rows of that
	 * shape that repeat a code or a status ("1.1 | Genomförd", "1.2 | Genomförd", "2.1 | Pågår" …) are a table of
	 * controls by number, each reporting its status, however few of them differ.
	 */
	private void codeColumn(List<RawRow> rows, Map<String, String> tokens, Set<Integer> legendRows) {
		List<RawRow> run = new ArrayList<>();
		for (RawRow row : rows) {
			boolean next = !run.isEmpty() && row.number() == run.get(run.size() - 1).number() + 1;
			if (!next) {
				keepScale(run, tokens, legendRows);
			}
			if (isCodeAndStatus(row)) {
				run.add(row);
			}
			else {
				keepScale(run, tokens, legendRows);
			}
		}
		keepScale(run, tokens, legendRows);
	}

	private boolean isCodeAndStatus(RawRow row) {
		List<RawCell> cells = row.nonBlankCells();
		return cells.size() >= 2 && cells.get(0).text().strip().length() <= MAX_TABLE_CODE
				&& cells.get(1).column() == cells.get(0).column() + 1
				&& cells.get(1).text().strip().split("\\s+").length <= MAX_SCALE_WORDS
				&& isStatusMeaning(meaning(cells.get(1).text()));
	}

	private void keepScale(List<RawRow> run, Map<String, String> tokens, Set<Integer> legendRows) {
		Map<String, String> scale = new LinkedHashMap<>();
		for (RawRow row : run) {
			List<RawCell> cells = row.nonBlankCells();
			scale.put(Legend.key(cells.get(0).text()), meaning(cells.get(1).text()));
		}
		boolean distinct = scale.size() == run.size() && new HashSet<>(scale.values()).size() == scale.size();
		if (distinct && scale.size() >= MIN_SCALE_ROWS) {
			scale.forEach(tokens::putIfAbsent);
			run.forEach(r -> legendRows.add(r.number()));
		}
		run.clear();
	}

	/**
	 * A line next to the legend that explains one more case in words ("Ingen färg = ej rapporterad") belongs to it,
	 * though it defines no code of its own; so does a label alone right above it ("Bedömning:"), its heading.
	 */
	private void besideTheLegend(List<RawRow> rows, Set<Integer> legendRows, Map<String, String> colours) {
		for (RawRow row : rows) {
			if (legendRows.contains(row.number())) {
				continue;
			}
			boolean near = legendRows.stream().anyMatch(n -> Math.abs(n - row.number()) <= BLOCK_GAP);
			List<RawCell> cells = row.nonBlankCells();
			String text = cells.size() == 1 ? cells.get(0).text().strip() : "";
			Matcher m = EXPLAINED.matcher(text);
			boolean headingAbove = legendRows.contains(row.number() + 1) && text.endsWith(":")
					&& text.length() <= OTHER_TEXT_LENGTH;
			if (headingAbove || (near && m.matches() && isStatusMeaning(meaning(m.group(1))))) {
				legendRows.add(row.number());
				if (!headingAbove && NO_COLOUR.matcher(text).lookingAt()) {
					colours.putIfAbsent(Legend.NO_COLOUR, meaning(m.group(1)));
				}
				continue;
			}
			Matcher named = NO_COLOUR_NAMED.matcher(text);
			if (near && named.matches()) {
				String meaning = meaning(named.group(1) != null ? named.group(1) : named.group(2));
				if (isStatusMeaning(meaning)) {
					legendRows.add(row.number());
					colours.putIfAbsent(Legend.NO_COLOUR, meaning);
				}
			}
		}
	}

	/**
	 * A row that holds nothing but the legend is no control. A legend written beside the table ("✓ = utförd" in
	 * column N of a control's row) leaves the row a control: its other cells hold more than short codes. The cells
	 * holding the legend's lines there are noted, to tell a legend in the margin from the table.
	 */
	private void markIfLegendOnly(RawRow row, Set<Integer> legendRows, List<Legend.Cell> lines) {
		boolean besideOtherText = row.nonBlankCells().stream()
			.filter(c -> !c.mergedFromAbove() && !holdsPairs(c))
			.anyMatch(c -> c.text().strip().length() > OTHER_TEXT_LENGTH && !labels.isLabel(Labels.Kind.FORKLARING, c.text()));
		if (!besideOtherText) {
			legendRows.add(row.number());
			return;
		}
		row.nonBlankCells().stream()
			.filter(c -> !c.mergedFromAbove() && !c.mergedAcross() && holdsPairs(c))
			.forEach(c -> lines.add(new Legend.Cell(row.number(), c.column())));
	}

	private boolean holdsPairs(RawCell cell) {
		return !codePairs(cell.text()).isEmpty() || !symbolPairs(cell.text()).isEmpty();
	}

	/** "1 = Genomförd, 2 = Delvis" or "● genomförd ◐ delvis" in the row's cells, read as one line. */
	private Map<String, String> pairsInRow(RawRow row) {
		StringBuilder line = new StringBuilder();
		for (RawCell cell : row.nonBlankCells()) {
			if (!cell.mergedFromAbove() && !(cell.mergedAcross() && line.toString().contains(cell.text()))) {
				line.append(line.length() == 0 ? "" : " | ").append(cell.text());
			}
		}
		String text = line.toString();
		Map<String, String> pairs = codePairs(text);
		if (pairs.isEmpty()) {
			pairs = symbolPairs(text);
		}
		else {
			// "1 = Genomförd, … 4 = Ej genomförd. Streck (–) = kontrollen ej aktuell 2025.": a symbol named among codes.
			pairs = new LinkedHashMap<>(pairs);
			for (MatchResult m : NAMED_SYMBOL.matcher(text).results().toList()) {
				String meaning = meaning(m.group(2));
				if (isStatusMeaning(meaning)) {
					pairs.putIfAbsent(Legend.key(m.group(1)), meaning);
				}
			}
			// "● genomförd ◐ genomförd med anmärkning … Tom ruta = ingen kontroll planerad": symbols before their
			// words in the same line as a code explained with "=".
			symbolPairs(text).forEach(pairs::putIfAbsent);
		}
		return pairs.isEmpty() ? explainedCodes(text) : pairs;
	}

	/** At least two codes each followed by its meaning in parentheses. */
	private Map<String, String> explainedCodes(String text) {
		Map<String, String> pairs = new LinkedHashMap<>();
		Matcher m = CODE_EXPLAINED.matcher(text);
		while (m.find()) {
			String meaning = meaning(m.group(2));
			if (isStatusMeaning(meaning)) {
				pairs.putIfAbsent(Legend.key(m.group(1)), meaning);
			}
		}
		return pairs.size() >= 2 ? pairs : codesSaidToMean(text);
	}

	/** At least two codes each said to mean something in a sentence. */
	private Map<String, String> codesSaidToMean(String text) {
		List<MatchResult> found = CODE_MEANS.matcher(text).results().toList();
		Map<String, String> pairs = new LinkedHashMap<>();
		for (int i = 0; i < found.size(); i++) {
			int end = i + 1 < found.size() ? found.get(i + 1).start() : text.length();
			String meaning = meaning(text.substring(found.get(i).end(), end));
			if (isStatusMeaning(meaning)) {
				MatchResult code = found.get(i);
				pairs.putIfAbsent(Legend.key(code.group(1) != null ? code.group(1) : code.group(2)), meaning);
			}
		}
		return pairs.size() >= 2 ? pairs : Map.of();
	}

	/**
	 * "(✔) = Genomförd med avvikelse" beside "✔ = Genomförd": a sign in parentheses is a sign of its own, as the common
	 * "(✓)" is; a letter code in them ("(G) =") is the letter.
	 */
	private static String withItsParentheses(String text, int start, int end) {
		String token = text.substring(start, end);
		boolean enclosed = start > 0 && text.charAt(start - 1) == '(' && end < text.length() && text.charAt(end) == ')';
		return enclosed && token.codePoints().noneMatch(Character::isLetterOrDigit) ? "(" + token + ")" : token;
	}

	private Map<String, String> codePairs(String text) {
		// Every pair has "=" or a dash: most of a sheet's cells have neither and need no search.
		boolean equals = text.indexOf('=') >= 0;
		boolean dashes = DASHES.matcher(text).find();
		if (!equals && !dashes) {
			return Map.of();
		}
		Map<String, String> pairs = new LinkedHashMap<>();
		Matcher m = CODE_PAIR.matcher(text);
		List<int[]> found = new ArrayList<>();
		while (equals && m.find()) {
			found.add(new int[] { m.start(1), m.end(1), m.end() });
		}
		for (Pattern dashed : dashes ? List.of(CODE_DASH, WORD_DASH) : List.<Pattern>of()) {
			Matcher dash = dashed.matcher(text);
			while (dash.find()) {
				int end = dash.end();
				if (found.stream().noneMatch(f -> f[0] == dash.start(1))) {
					found.add(new int[] { dash.start(1), dash.end(1), end });
				}
			}
		}
		Matcher two = TWO_WORD_CODE.matcher(text);
		while (equals && two.find()) {
			// "skalan 1–4, där 1 = kontrollen genomförd …": the code is "1", the sentence leads to it.
			if (endsAMeaning(two.group(1)) || JOINING_WORD.matcher(two.group(1)).matches()) {
				continue;
			}
			int end = two.end();
			// The two-word code replaces the one-word code found inside it ("GEN" of "EJ GEN =").
			found.removeIf(f -> f[2] == end);
			found.add(new int[] { two.start(1), two.end(1), end });
		}
		found.sort(Comparator.comparingInt(f -> f[0]));
		for (int i = 0; i < found.size(); i++) {
			int end = i + 1 < found.size() ? found.get(i + 1)[0] : text.length();
			String token = withItsParentheses(text, found.get(i)[0], found.get(i)[1]);
			String meaning = beforeBareWords(meaning(text.substring(found.get(i)[2], end)));
			if (isStatusMeaning(meaning)) {
				// "Delvis/Pågår = påbörjad": either word is written for it.
				for (String code : ALTERNATIVES.matcher(token).matches() ? List.of(token.split("/")) : List.of(token)) {
					pairs.putIfAbsent(Legend.key(code), meaning);
				}
			}
		}
		return pairs;
	}

	/**
	 * "kontrollen genomförd" of "Klar = kontrollen genomförd, Pågår, Delvis = …": status words listed without a meaning
	 * after the comma, capitalised as the scale's entries are, are its next entries, not part of the meaning before
	 * them ("B = Genomförd, brister konstaterade" goes on).
	 */
	private String beforeBareWords(String meaning) {
		String[] parts = LISTED.split(meaning);
		return parts.length >= 2 && Arrays.stream(parts).skip(1)
			.allMatch(p -> !p.isEmpty() && Character.isUpperCase(p.codePointAt(0)) && vocabulary.knows(p)) ? parts[0] : meaning;
	}

	/**
	 * "genomförd D" of "J = Ja, genomförd D = Delvis genomförd": the last word of the meaning before and the next
	 * one-letter code, not a code of two words ("EJ GEN", "Mindre bra").
	 */
	private static boolean endsAMeaning(String twoWords) {
		String[] words = twoWords.split("\\s");
		return words.length == 2 && words[1].length() <= 2 && words[0].length() >= 4
				&& words[0].equals(words[0].toLowerCase(Locale.ROOT)) && !words[1].equals(words[1].toLowerCase(Locale.ROOT));
	}

	private Map<String, String> symbolPairs(String text) {
		List<MatchResult> found = new ArrayList<>();
		SYMBOL_WORDS.matcher(text).results().forEach(found::add);
		NAMED_SYMBOL.matcher(text).results().forEach(found::add);
		if (found.size() >= 2) {
			DASH_LISTED.matcher(text).results().forEach(found::add);
		}
		found.sort(Comparator.comparingInt(MatchResult::start));
		Map<String, String> pairs = new LinkedHashMap<>();
		Set<String> seen = new HashSet<>();
		// "☑ utförd utan anmärkning ☒ utförd, brister noterade ☐ ej utförd": boxes ticked two ways are no one
		// answer.
		boolean tickedTwoWays = found.stream().map(m -> m.group(1)).filter(symbol -> TICKED.matcher(symbol).matches())
			.distinct().count() >= 2;
		for (MatchResult m : found) {
			// "☒ Ja ☐ Delvis ☐ Nej" is a form's answer in tick boxes: a legend names each symbol once, and explains a
			// box with "=" if at all.
			if (!seen.add(Legend.key(m.group(1))) || TICK_BOX.matcher(m.group(1)).matches() && !tickedTwoWays) {
				return Map.of();
			}
			String meaning = meaning(m.group(2));
			if (isStatusMeaning(meaning)) {
				pairs.putIfAbsent(Legend.key(m.group(1)), meaning);
			}
		}
		return pairs.size() >= 2 ? pairs : Map.of();
	}

	/** The meaning up to the next separator: "Delvis genomförd, " → "Delvis genomförd". */
	private static String meaning(String raw) {
		String s = SENTENCE_END.split(MEANING_END.split(raw, 2)[0], 2)[0];
		// "◐ att kontrollen är delvis genomförd, och ○ …": the conjunction belongs to the list, not to the meaning.
		s = s.replaceAll("[\\s,.;/|(–-]+$", "").replaceAll("(?:[\\s,]+(?:och|samt|eller))+$", "").strip();
		return withoutInstruction(s);
	}

	/** "… avvikelse noterad (beskriv i kommentar)": an instruction to the sender, not part of the meaning. */
	static String withoutInstruction(String meaning) {
		return meaning.replaceAll("\\s*\\([^()]*\\)$", "").strip();
	}

	/** The meaning is a status word, as a whole or in one of its parts ("Done / genomförd", "N/A – utgår"). */
	boolean isStatusMeaning(String meaning) {
		// "Kontrollen genomförd, mindre brister noterade som åtgärdas inom verksamheten": a long meaning states the
		// status in its first clause and what was found after it.
		String judged = meaning.length() > MAX_MEANING ? FIRST_CLAUSE.split(meaning, 2)[0] : meaning;
		if (judged.isEmpty() || judged.length() > MAX_MEANING || RISK_LEVEL.matcher(meaning).find()) {
			return false;
		}
		return Legend.meaningParts(judged).stream().anyMatch(vocabulary::knows);
	}
}
