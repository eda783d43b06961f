package se.ikkonsolidering.oversight;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Pairs two lists of one nämnd's controls one to one, a plan's and a follow-up's: by ID where both have the same
 * one, then by text. Never across nämnder: the caller hands in one nämnd's lists.
 * <p>
 * An ID pair is refused when both texts are there and share no word: the nämnd has renumbered its list. Of 959
 * pairs of different controls in one follow-up (the blind rounds), 920 share no word; of 54 pairs of the same control
 * written by different people, 49 share one. A text pair needs {@link #SAME_CONTROL}.
 */
final class ControlMatching {

	/**
	 * The least {@link ControlWords#similarity} of two texts taken for the same control. Measured on pairs
	 * ({@code src/test/resources/matching/kontrollpar.csv} and every pair of different controls within one file of
	 * the blind rounds): the most alike different controls score 0.60 (within one file) and 0.50 (across files); the
	 * same control written by different people scores from 0.14 up, 14 of 54 at 0.667 or more. 0.65 lies in the gap:
	 * no pair of different controls reaches it. A control reworded past it shows as planned but not reported and, in
	 * the follow-up, as outside the plan: a reader sees both, where a false match would hide a missing control. On
	 * rounds 4 and 5, which came later, the most alike of 672 pairs of different controls in one file score 0.40.
	 */
	static final double SAME_CONTROL = 0.65;

	private ControlMatching() {
	}

	/**
	 * @return the pairs, by position in each list, ID pairs first, then text pairs best first
	 */
	static <L, R> List<Pair> pair(List<L> left, List<R> right, Function<L, Candidate> leftView,
			Function<R, Candidate> rightView) {
		List<Candidate> a = left.stream().map(leftView).toList();
		List<Candidate> b = right.stream().map(rightView).toList();
		boolean[] leftTaken = new boolean[a.size()];
		boolean[] rightTaken = new boolean[b.size()];
		List<Pair> pairs = new ArrayList<>(byId(a, b, leftTaken, rightTaken));
		List<Pair> byText = new ArrayList<>();
		for (int i = 0; i < a.size(); i++) {
			for (int j = 0; j < b.size() && !leftTaken[i]; j++) {
				double score = a.get(i).words().similarity(b.get(j).words());
				if (!rightTaken[j] && score >= SAME_CONTROL) {
					byText.add(new Pair(i, j, How.TEXT, score));
				}
			}
		}
		byText.sort(Comparator.comparingDouble(Pair::score).reversed());
		for (Pair p : byText) {
			if (!leftTaken[p.left()] && !rightTaken[p.right()]) {
				leftTaken[p.left()] = true;
				rightTaken[p.right()] = true;
				pairs.add(p);
			}
		}
		return pairs;
	}

	/** IDs that stand for one control in each list; an ID used twice in a list says nothing. */
	private static List<Pair> byId(List<Candidate> a, List<Candidate> b, boolean[] leftTaken, boolean[] rightTaken) {
		Map<String, Integer> rightIds = unique(b);
		List<Pair> pairs = new ArrayList<>();
		unique(a).forEach((id, i) -> {
			Integer j = rightIds.get(id);
			if (j != null && shareAWordOrLackText(a.get(i), b.get(j))) {
				leftTaken[i] = true;
				rightTaken[j] = true;
				pairs.add(new Pair(i, j, How.ID, a.get(i).words().similarity(b.get(j).words())));
			}
		});
		pairs.sort(Comparator.comparingInt(Pair::left));
		return pairs;
	}

	private static boolean shareAWordOrLackText(Candidate x, Candidate y) {
		return x.words().isEmpty() || y.words().isEmpty() || x.words().similarity(y.words()) > 0;
	}

	private static Map<String, Integer> unique(List<Candidate> list) {
		Map<String, List<Integer>> byId = new HashMap<>();
		for (int i = 0; i < list.size(); i++) {
			if (!list.get(i).id().isEmpty()) {
				byId.computeIfAbsent(list.get(i).id(), k -> new ArrayList<>()).add(i);
			}
		}
		return byId.entrySet().stream().filter(e -> e.getValue().size() == 1)
			.collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().get(0)));
	}

	/** How a pair was found. */
	enum How {
		ID, TEXT
	}

	/**
	 * @param left position in the left list
	 * @param right position in the right list
	 * @param score the texts' similarity (for an ID pair too, so a reader can judge it)
	 */
	record Pair(int left, int right, How how, double score) {
	}

	/**
	 * A control as matching sees it.
	 *
	 * @param id the control's own ID, normalised ("1." and " 1" are "1"); empty when it has none
	 * @param words the words of its kontrollmoment, or of its risk when it names no kontrollmoment
	 */
	record Candidate(String id, ControlWords words) {

		static Candidate of(String id, String kontrollmoment, String risk) {
			String text = kontrollmoment == null || kontrollmoment.isBlank() ? risk : kontrollmoment;
			return new Candidate(normalisedId(id), ControlWords.of(text));
		}

		private static String normalisedId(String id) {
			return id == null ? "" : id.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", "").replaceAll("[.:)]+$", "");
		}
	}
}
