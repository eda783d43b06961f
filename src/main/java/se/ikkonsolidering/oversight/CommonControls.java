package se.ikkonsolidering.oversight;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.IntFunction;
import java.util.regex.Pattern;

import se.ikkonsolidering.layout.RuleFile;

/**
 * Finds the controls several nämnder share: the same ID (one with letters, "KG1", not a nämnd's own "3"), a marking
 * such as "kommungemensam" ({@code kommungemensam.csv}), or near-identical process and text ({@link #NEAR_IDENTICAL};
 * with a marking, the same-control threshold of the plan match suffices). A nämnd has each shared control at most
 * once.
 */
public final class CommonControls {

	/**
	 * Text this alike is one control across nämnder, unmarked: above every pair of different controls measured
	 * ({@link ControlMatching#SAME_CONTROL} explains the pairs; different controls reach 0.60) and above the plan
	 * match's own threshold, since controls of different nämnder are less alike by default.
	 */
	static final double NEAR_IDENTICAL = 0.8;

	/** An ID link outranks any text link. */
	private static final double BY_ID = 2;

	/**
	 * The most controls whose texts are compared pair by pair (eight million comparisons, well under a second); a
	 * larger year is grouped by shared ID, marking and identical words only.
	 */
	static final int ALIKE_LIMIT = 4_000;

	private final List<Pattern> markings;

	CommonControls(List<Pattern> markings) {
		this.markings = List.copyOf(markings);
	}

	public static CommonControls load(Path configDir) {
		return new CommonControls(RuleFile.read("kommungemensam.csv", 1, configDir).stream()
			.map(row -> Pattern.compile(row[0], Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE))
			.toList());
	}

	/** @param entries every nämnd's controls, in the summary's nämnd order */
	public List<CommonControl> find(List<ControlEntry> entries) {
		List<ControlWords> words = entries.stream().map(e -> ControlWords.of(e.identity())).toList();
		// Asked of every pair below: each entry's markings are searched once.
		boolean[] marked = new boolean[entries.size()];
		for (int i = 0; i < marked.length; i++) {
			marked[i] = marked(entries.get(i));
		}
		List<Link> links = new ArrayList<>();
		bucket(entries, i -> letterId(entries.get(i)), BY_ID, links);
		bucket(entries, i -> words.get(i).isEmpty() ? "" : new TreeSet<>(words.get(i).stems()).toString(), 1, links);
		if (entries.size() <= ALIKE_LIMIT) {
			alike(entries, words, marked, links);
		}
		links.sort(Comparator.comparingDouble(Link::score).reversed());
		Groups groups = new Groups(entries);
		links.forEach(l -> groups.join(l.a(), l.b()));
		List<CommonControl> common = new ArrayList<>();
		for (List<Integer> members : groups.all()) {
			boolean anyMarked = members.stream().anyMatch(i -> marked[i]);
			if (members.size() > 1 || anyMarked) {
				Map<String, ControlEntry> byNamnd = new LinkedHashMap<>();
				members.forEach(i -> byNamnd.put(entries.get(i).namnd(), entries.get(i)));
				common.add(new CommonControl(entries.get(members.get(0)), anyMarked, byNamnd));
			}
		}
		return common;
	}

	/** Links every entry to the first of another nämnd with the same key; an empty key links nothing. */
	private static void bucket(List<ControlEntry> entries, IntFunction<String> key, double score, List<Link> links) {
		Map<String, Integer> first = new HashMap<>();
		for (int i = 0; i < entries.size(); i++) {
			String k = key.apply(i);
			if (k.isEmpty()) {
				continue;
			}
			Integer j = first.putIfAbsent(k, i);
			if (j != null && !entries.get(j).namnd().equals(entries.get(i).namnd())) {
				links.add(new Link(j, i, score));
			}
		}
	}

	/** Texts nearly alike across nämnder; every pair is compared, so only up to {@link #ALIKE_LIMIT} entries. */
	private static void alike(List<ControlEntry> entries, List<ControlWords> words, boolean[] marked, List<Link> links) {
		for (int i = 0; i < entries.size(); i++) {
			for (int j = i + 1; j < entries.size(); j++) {
				ControlEntry a = entries.get(i);
				ControlEntry b = entries.get(j);
				if (a.namnd().equals(b.namnd())) {
					continue;
				}
				double score = words.get(i).similarity(words.get(j));
				double needed = marked[i] || marked[j] ? ControlMatching.SAME_CONTROL : NEAR_IDENTICAL;
				if (score >= needed && score < 1) {
					links.add(new Link(i, j, score));
				}
			}
		}
	}

	private boolean marked(ControlEntry e) {
		return markings.stream().anyMatch(p -> p.matcher(e.controlRef() + " " + e.process() + " " + e.risk() + " "
				+ e.kontrollmoment()).find());
	}

	/** The entry's ID when it has letters ("KG1"), a kommun's shared numbering; a nämnd's own "3" is no link. */
	private static String letterId(ControlEntry e) {
		String id = ControlMatching.Candidate.of(e.controlRef(), "", "").id();
		return id.matches(".*\\p{L}.*") ? id : "";
	}

	private record Link(int a, int b, double score) {
	}

	/** Entries joined into groups, never two of one nämnd in a group. */
	private static final class Groups {

		private final int[] parent;
		private final Map<Integer, List<Integer>> members = new HashMap<>();
		private final Map<Integer, Set<String>> namnder = new HashMap<>();

		Groups(List<ControlEntry> entries) {
			this.parent = new int[entries.size()];
			for (int i = 0; i < parent.length; i++) {
				parent[i] = i;
				members.put(i, new ArrayList<>(List.of(i)));
				namnder.put(i, new HashSet<>(Set.of(entries.get(i).namnd())));
			}
		}

		void join(int a, int b) {
			int ra = root(a);
			int rb = root(b);
			if (ra == rb || !Collections.disjoint(namnder.get(ra), namnder.get(rb))) {
				return;
			}
			int keep = Math.min(ra, rb);
			int gone = Math.max(ra, rb);
			parent[gone] = keep;
			members.get(keep).addAll(members.remove(gone));
			namnder.get(keep).addAll(namnder.remove(gone));
		}

		private int root(int i) {
			while (parent[i] != i) {
				i = parent[i];
			}
			return i;
		}

		/** The groups, each in entry order, ordered by their first entry. */
		List<List<Integer>> all() {
			return members.keySet().stream().sorted()
				.map(root -> members.get(root).stream().sorted().toList())
				.toList();
		}
	}

	/**
	 * A control several nämnder share, or one marked as shared.
	 *
	 * @param first its first entry, whose ID and text name it
	 * @param byNamnd each nämnd that has it, with its entry
	 */
	public record CommonControl(ControlEntry first, boolean marked, Map<String, ControlEntry> byNamnd) {

		public CommonControl {
			byNamnd = Collections.unmodifiableMap(new LinkedHashMap<>(byNamnd));
		}

		/** "KG1 Delegationsbeslut anmäls till nämnden", as the matrix names the row. */
		public String name() {
			String id = first.controlRef().isBlank() || first.controlRef().matches("\\d+[.)]?") ? ""
					: first.controlRef().strip() + " ";
			return id + first.text();
		}
	}
}
