package se.ikkonsolidering.classify;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import se.ikkonsolidering.ingest.CellWords;
import se.ikkonsolidering.layout.RuleFile;

/**
 * Reads a status out of free text with the phrase rules of {@code statustext.csv}. A text reporting several
 * periods ("Delår: … Helår: …", "VB: … T2: …") is judged by its latest period that says anything.
 */
public final class TextStatusRules {

	/** The rule file's word for a count of done against planned. */
	private static final String SHARE = "ANDEL";
	/** The counts a share may write in words, each at its value. */
	private static final List<String> NUMBER_WORDS = List.of("noll", "en", "två", "tre", "fyra", "fem", "sex", "sju",
			"åtta", "nio", "tio", "elva", "tolv");
	/**
	 * The rule file's word for a passage that says nothing of this year's control: an earlier year's work, or that what
	 * was to be checked never occurred.
	 */
	private static final String DISREGARD = "BORTSE";
	/** "Se T1", "Som ovan under delår", "Enligt T2": a pointer and what it points to. */
	private static final Pattern POINTS_TO = Pattern.compile("(?iu)(?:se|som|enl\\.|enligt|samma som)\\s+(.{1,30}?)[.!]?");

	/**
	 * A period word after one of these is a time in the sentence ("gjord i december: …"), no label ("Under T2:" is
	 * one).
	 */
	private static final String NOT_AFTER_PREPOSITION = "(?<!\\b(?:i|till|sedan)\\s)";

	/** Texts up to this length are remembered: status and comment columns repeat the same few phrases endlessly. */
	private static final int MEMO_TEXT_LENGTH = 200;
	private static final int MEMO_LIMIT = 10_000;

	private final List<Rule> rules;
	private final List<PeriodMarker> markers;
	/** Any period word at all: most texts name none, and one search spares every marker's. */
	private final Pattern anyPeriod;
	private final Map<String, Optional<TextVerdict>> memo = new ConcurrentHashMap<>();

	TextStatusRules(List<Rule> rules, List<PeriodMarker> markers) {
		this.rules = List.copyOf(rules);
		this.markers = List.copyOf(markers);
		this.anyPeriod = RuleFile.anyOf(this.markers.stream().map(PeriodMarker::word).toList());
	}

	public static TextStatusRules load(Path configDir) {
		List<Rule> rules = new ArrayList<>();
		for (String[] row : RuleFile.read("statustext.csv", 3, configDir)) {
			boolean share = row[0].equals(SHARE);
			boolean disregard = row[0].equals(DISREGARD);
			rules.add(new Rule(share || disregard ? null : ControlStatus.valueOf(row[0]), !"SVAG".equals(row[1]),
					"SENARE".equals(row[1]), share,
					Pattern.compile(row[2], Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS)));
		}
		List<PeriodMarker> markers = new ArrayList<>();
		// "T2:", "T2 2026:", "Helår," or a period's column heading before its text: "T2 Kommentar:", "T2 maj–aug:",
		// "Tertial 2 (maj–aug) Kommentar:", or in brackets after the label: "Resultat (delår):". Without a colon the
		// marker must open its line or sentence: in "Genomförs under Q4" the period is what the sentence says. After a
		// preposition it is a time in the sentence, no label: "Kontroll gjord i december: samtliga … har anmälts".
		for (String[] row : RuleFile.read("textperioder.csv", 2, configDir)) {
			markers.add(new PeriodMarker(Integer.parseInt(row[0]), Pattern.compile("(?:^|(?<=[\\s.;]))"
					+ NOT_AFTER_PREPOSITION + "(?:\\p{L}+\\s*\\(\\s*)?(?:"
					+ row[1] + ")(?:\\s*\\([^()\\n]{1,20}\\))?(?:\\s+(?:19|20)\\d{2})?"
					+ "(?:\\)?\\s*:|(?:\\s+[\\p{L}–-]+){1,2}\\s*:)"
					+ "|(?:^[ \\t]*|(?<=[.;][ \\t]{0,3}))(?:" + row[1] + ")\\s*(?:,|$)",
					Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.MULTILINE),
					Pattern.compile(row[1], Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)));
		}
		return new TextStatusRules(rules, markers);
	}

	/** The period a heading or marker names ("Status T2" → 2, "Helår" → 4), or 0 when it names none. */
	int periodRank(String text) {
		int rank = 0;
		for (PeriodMarker marker : markers) {
			if (marker.word().matcher(text).find()) {
				rank = Math.max(rank, marker.rank());
			}
		}
		return rank;
	}

	/** "Se T1", "Som delår", "Se status T2.": the cell points to another period's status instead of stating one. */
	boolean pointsToAPeriod(String text) {
		Matcher pointer = POINTS_TO.matcher(text.strip());
		return pointer.matches() && periodRank(pointer.group(1)) > 0;
	}

	/** The status the text states, with the passage that decided it. */
	public Optional<TextVerdict> classify(String text) {
		if (text == null || text.isBlank()) {
			return Optional.empty();
		}
		if (text.length() > MEMO_TEXT_LENGTH) {
			return judge(PeriodParts.ofLatestYear(text));
		}
		Optional<TextVerdict> known = memo.get(text);
		if (known != null) {
			return known;
		}
		// Last year's lines of a text per year say nothing of this year's control: only this year's are judged.
		Optional<TextVerdict> verdict = judge(PeriodParts.ofLatestYear(text));
		if (memo.size() >= MEMO_LIMIT) {
			memo.clear();
		}
		memo.put(text, verdict);
		return verdict;
	}

	/**
	 * What the latest period's passage alone says ("T1: … pågår. T2: …"): the passage beside a status of that period,
	 * which an earlier period's words must not refine.
	 */
	public Optional<TextVerdict> classifyLatest(String cellText) {
		String text = PeriodParts.ofLatestYear(cellText);
		if (text == null || text.isBlank()) {
			return Optional.empty();
		}
		List<Segment> segments = segments(text);
		return segments.size() == 1 ? classify(text) : read(latest(segments));
	}

	/** The latest period's passage without its label ("Helår 2025: Genomförd …" is "Genomförd …"); the text if one. */
	String latestPassage(String cellText) {
		String text = PeriodParts.ofLatestYear(cellText);
		if (text == null || text.isBlank()) {
			return "";
		}
		Segment latest = latest(segments(text));
		return latest.text().substring(latest.bodyFrom());
	}

	/** The last passage of the latest period the text names. */
	private static Segment latest(List<Segment> segments) {
		int top = segments.stream().mapToInt(Segment::rank).max().orElse(0);
		return segments.stream().filter(s -> s.rank() == top).reduce((first, last) -> last).orElseThrow();
	}

	private Optional<TextVerdict> judge(String text) {
		List<Segment> segments = segments(text);
		segments.sort(Comparator.comparingInt(Segment::rank).reversed());
		for (Segment segment : segments) {
			Optional<TextVerdict> verdict = read(segment);
			if (verdict.isPresent()) {
				return verdict;
			}
		}
		return Optional.empty();
	}

	/**
	 * The period's passage read without its label, so "Tertial 2 Kommentar: Se bilaga 2" is "Se bilaga 2" and nothing
	 * more; the verdict shows the passage with its label.
	 */
	private Optional<TextVerdict> read(Segment segment) {
		return classifySegment(segment.text().substring(segment.bodyFrom()))
			.map(v -> new TextVerdict(v.status(), segment.text().strip(), v.phrases(), v.strong(), v.delay()));
	}

	private Optional<TextVerdict> classifySegment(String original) {
		StringBuilder text = new StringBuilder(CellWords.normalize(original));
		Set<ControlStatus> strong = EnumSet.noneOf(ControlStatus.class);
		Set<ControlStatus> delays = EnumSet.noneOf(ControlStatus.class);
		List<String> phrases = new ArrayList<>();
		ControlStatus weak = null;
		String weakPhrase = null;
		for (Rule rule : rules) {
			Matcher m = rule.pattern().matcher(text);
			while (m.find()) {
				if (rule.disregarded()) {
					// Only masked: "genomfördes senast 2023" must not read as this year's "genomfördes".
				}
				else if (rule.strong()) {
					(rule.delay() ? delays : strong).add(rule.share() ? share(m) : rule.status());
					phrases.add(m.group());
				}
				else if (weak == null) {
					weak = rule.status();
					weakPhrase = m.group();
				}
				// Mask the match so "ej genomförd" is not read again as "genomförd".
				for (int i = m.start(); i < m.end(); i++) {
					text.setCharAt(i, '#');
				}
			}
		}
		String passage = original.strip();
		// A delay beside another clear passage says only when: "Ej genomförd, försenad till december" was not done,
		// "Genomfördes försenat i november" was done.
		boolean onlyDelays = strong.isEmpty();
		if (onlyDelays) {
			strong.addAll(delays);
		}
		if (strong.size() > 1) {
			strong.remove(ControlStatus.OKLAR); // "Se bilaga" decides only when nothing else does
		}
		if (!strong.isEmpty()) {
			ControlStatus status = strong.contains(ControlStatus.UTGAR) ? ControlStatus.UTGAR
					: strong.size() == 1 ? strong.iterator().next() : ControlStatus.DELVIS;
			return Optional.of(new TextVerdict(status, passage, String.join(TextVerdict.SEPARATOR, phrases), true,
					onlyDelays));
		}
		if (weak != null) {
			return Optional.of(new TextVerdict(weak, passage, weakPhrase, false, false));
		}
		return Optional.empty();
	}

	/** Splits at period markers; text before the first marker has rank 0. */
	private List<Segment> segments(String text) {
		if (!anyPeriod.matcher(text).find()) {
			List<Segment> whole = new ArrayList<>();
			addSegment(whole, text, 0, 0);
			return whole;
		}
		List<int[]> cuts = new ArrayList<>();
		for (PeriodMarker marker : markers) {
			Matcher m = marker.pattern().matcher(text);
			while (m.find()) {
				int start = m.start();
				if (cuts.stream().noneMatch(c -> c[0] == start)) {
					cuts.add(new int[] { start, marker.rank(), m.end() });
				}
			}
		}
		cuts.sort(Comparator.comparingInt(c -> c[0]));
		List<Segment> segments = new ArrayList<>();
		int start = 0;
		int rank = 0;
		int body = 0;
		for (int[] cut : cuts) {
			addSegment(segments, text.substring(start, cut[0]), rank, body);
			start = cut[0];
			rank = cut[1];
			body = cut[2] - cut[0];
		}
		addSegment(segments, text.substring(start), rank, body);
		return segments;
	}

	private static void addSegment(List<Segment> segments, String text, int rank, int body) {
		if (!text.isBlank()) {
			segments.add(new Segment(text, rank, Math.min(body, text.length())));
		}
	}

	/** "30 av 50 … kontrollerade" is partly done, "41 av 41 … klara" done; a lone number is a percentage. */
	private static ControlStatus share(Matcher m) {
		int done = count(m.group("done"));
		int of = m.pattern().pattern().contains("?<of>") ? count(m.group("of")) : 100;
		return done >= of ? ControlStatus.GENOMFORD : done == 0 ? ControlStatus.EJ_GENOMFORD : ControlStatus.DELVIS;
	}

	/** "4", or "fyra" as a report writes a small count out: "Inventering gjord på fyra av sex boenden". */
	private static int count(String number) {
		String word = number.toLowerCase(Locale.ROOT);
		int written = NUMBER_WORDS.indexOf(word.equals("ett") ? "en" : word);
		return written >= 0 ? written : Integer.parseInt(number);
	}

	/**
	 * @param delay the work is late ({@code SENARE} in the file): strong for free text, but no news beside a "Nej"
	 * @param share a count of done against planned ({@code ANDEL} in the file), whose status is worked out
	 */
	record Rule(ControlStatus status, boolean strong, boolean delay, boolean share, Pattern pattern) {

		/** A passage that says nothing of this year's control ({@code BORTSE} in the file): masked, no status. */
		boolean disregarded() {
			return status == null && !share;
		}
	}

	/** @param pattern the marker starting a period's part of a text; {@code word} the period's word anywhere */
	record PeriodMarker(int rank, Pattern pattern, Pattern word) {
	}

	/** @param bodyFrom where the passage starts after its period's label */
	record Segment(String text, int rank, int bodyFrom) {
	}

	/**
	 * @param status the status the text states
	 * @param passage the text (or period part of it) that decided
	 * @param phrases the phrases that matched
	 * @param strong the text says so clearly ("genomförd", "har inte genomförts"), not only by implication ("inga
	 *        avvikelser")
	 * @param delay all it says is that the work is late
	 */
	public record TextVerdict(ControlStatus status, String passage, String phrases, boolean strong, boolean delay) {

		/** How the phrases are parted when several matched: "inte kunnat genomföras / flyttas till 2026". */
		static final String SEPARATOR = " / ";

		/** Each phrase that matched, on its own. */
		public List<String> eachPhrase() {
			return List.of(phrases.split(SEPARATOR));
		}
	}
}
