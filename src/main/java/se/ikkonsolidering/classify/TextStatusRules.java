package se.ikkonsolidering.classify;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import se.ikkonsolidering.layout.RuleFile;

/**
 * Reads a status out of free text with the phrase rules of {@code statustext.csv}. A text reporting several
 * periods ("Delår: … Helår: …", "VB: … T2: …") is judged by its latest period that says anything.
 */
public final class TextStatusRules {

	/** Texts up to this length are remembered: status and comment columns repeat the same few phrases endlessly. */
	private static final int MEMO_TEXT_LENGTH = 200;
	private static final int MEMO_LIMIT = 10_000;

	private final List<Rule> rules;
	private final List<PeriodMarker> markers;
	private final Map<String, Optional<TextVerdict>> memo = new ConcurrentHashMap<>();

	TextStatusRules(List<Rule> rules, List<PeriodMarker> markers) {
		this.rules = List.copyOf(rules);
		this.markers = List.copyOf(markers);
	}

	public static TextStatusRules load(Path configDir) {
		List<Rule> rules = new ArrayList<>();
		for (String[] row : RuleFile.read("statustext.csv", 3, configDir)) {
			rules.add(new Rule(ControlStatus.valueOf(row[0]), "STARK".equals(row[1]),
					Pattern.compile(row[2], Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS)));
		}
		List<PeriodMarker> markers = new ArrayList<>();
		for (String[] row : RuleFile.read("textperioder.csv", 2, configDir)) {
			markers.add(new PeriodMarker(Integer.parseInt(row[0]), Pattern.compile("(?:^|(?<=[\\s.;]))(?:" + row[1]
					+ ")\\s*(?::|,|$)", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.MULTILINE)));
		}
		return new TextStatusRules(rules, markers);
	}

	/** The status the text states, with the passage that decided it. */
	public Optional<TextVerdict> classify(String text) {
		if (text == null || text.isBlank()) {
			return Optional.empty();
		}
		if (text.length() > MEMO_TEXT_LENGTH) {
			return judge(text);
		}
		Optional<TextVerdict> known = memo.get(text);
		if (known != null) {
			return known;
		}
		Optional<TextVerdict> verdict = judge(text);
		if (memo.size() >= MEMO_LIMIT) {
			memo.clear();
		}
		memo.put(text, verdict);
		return verdict;
	}

	private Optional<TextVerdict> judge(String text) {
		List<Segment> segments = segments(text);
		segments.sort(Comparator.comparingInt(Segment::rank).reversed());
		for (Segment segment : segments) {
			Optional<TextVerdict> verdict = classifySegment(segment.text());
			if (verdict.isPresent()) {
				return verdict;
			}
		}
		return Optional.empty();
	}

	private Optional<TextVerdict> classifySegment(String original) {
		StringBuilder text = new StringBuilder(TextNormalizer.normalize(original));
		Set<ControlStatus> strong = EnumSet.noneOf(ControlStatus.class);
		List<String> phrases = new ArrayList<>();
		ControlStatus weak = null;
		String weakPhrase = null;
		for (Rule rule : rules) {
			Matcher m = rule.pattern().matcher(text);
			while (m.find()) {
				if (rule.strong()) {
					strong.add(rule.status());
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
		if (!strong.isEmpty()) {
			ControlStatus status = strong.size() == 1 ? strong.iterator().next() : ControlStatus.DELVIS;
			return Optional.of(new TextVerdict(status, passage, String.join(" / ", phrases)));
		}
		if (weak != null) {
			return Optional.of(new TextVerdict(weak, passage, weakPhrase));
		}
		return Optional.empty();
	}

	/** Splits at period markers; text before the first marker has rank 0. */
	private List<Segment> segments(String text) {
		List<int[]> cuts = new ArrayList<>();
		for (PeriodMarker marker : markers) {
			Matcher m = marker.pattern().matcher(text);
			while (m.find()) {
				int start = m.start();
				if (cuts.stream().noneMatch(c -> c[0] == start)) {
					cuts.add(new int[] { start, marker.rank() });
				}
			}
		}
		cuts.sort(Comparator.comparingInt(c -> c[0]));
		List<Segment> segments = new ArrayList<>();
		int start = 0;
		int rank = 0;
		for (int[] cut : cuts) {
			addSegment(segments, text.substring(start, cut[0]), rank);
			start = cut[0];
			rank = cut[1];
		}
		addSegment(segments, text.substring(start), rank);
		return segments;
	}

	private static void addSegment(List<Segment> segments, String text, int rank) {
		if (!text.isBlank()) {
			segments.add(new Segment(text, rank));
		}
	}

	record Rule(ControlStatus status, boolean strong, Pattern pattern) {
	}

	record PeriodMarker(int rank, Pattern pattern) {
	}

	record Segment(String text, int rank) {
	}

	/**
	 * @param status the status the text states
	 * @param passage the text (or period part of it) that decided
	 * @param phrases the phrases that matched
	 */
	public record TextVerdict(ControlStatus status, String passage, String phrases) {
	}
}
