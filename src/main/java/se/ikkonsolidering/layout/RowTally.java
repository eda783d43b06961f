package se.ikkonsolidering.layout;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What became of every row of a sheet, so the rows can be accounted for: controls, continuation rows, headers,
 * sections, notes, rows above the table, and rows skipped with a reason.
 */
public final class RowTally {

	/** Row kinds, named for the Swedish message. */
	public enum Kind {
		KONTROLL("kontrollrad", "kontrollrader"), FORTSATTNING("fortsättningsrad", "fortsättningsrader"),
		RUBRIK("rubrikrad", "rubrikrader"), SEKTION("sektionsrad", "sektionsrader"),
		NOT("kommentarsrad", "kommentarsrader"), OVANFOR("rad ovanför tabellen", "rader ovanför tabellen"),
		FORKLARING("rad med teckenförklaring", "rader med teckenförklaring"),
		SUMMA("summeringsrad", "summeringsrader"), SIGNATUR("rad med underskrift eller datum",
				"rader med underskrift eller datum"),
		HOPPAD("överhoppad rad", "överhoppade rader");

		private final String one;
		private final String many;

		Kind(String one, String many) {
			this.one = one;
			this.many = many;
		}

		String count(int n) {
			return n + " " + (n == 1 ? one : many);
		}
	}

	private final Map<Kind, Integer> counts = new LinkedHashMap<>();
	private final Map<String, Integer> skipReasons = new LinkedHashMap<>();

	void add(Kind kind) {
		counts.merge(kind, 1, Integer::sum);
	}

	/** A row counted as one kind turned out to be another (a control that is the heading of numbered ones). */
	void reclassify(Kind from, Kind to) {
		counts.computeIfPresent(from, (k, n) -> n > 1 ? n - 1 : null);
		add(to);
	}

	/** A row first counted as a control, skipped once its table was read. */
	void skipControl(String reason) {
		counts.computeIfPresent(Kind.KONTROLL, (k, n) -> n > 1 ? n - 1 : null);
		skip(reason);
	}

	/** @param reason what the skipped row lacks or has: "utan kontrollmoment eller risk" */
	void skip(String reason) {
		add(Kind.HOPPAD);
		skipReasons.merge(reason, 1, Integer::sum);
	}

	/** A row skipped for the reason turned out to continue a control after all (one in the table before it). */
	void continuation(String skippedFor) {
		Integer skipped = skipReasons.get(skippedFor);
		if (skipped == null) {
			return;
		}
		if (skipped > 1) {
			skipReasons.put(skippedFor, skipped - 1);
		}
		else {
			skipReasons.remove(skippedFor);
		}
		counts.computeIfPresent(Kind.HOPPAD, (k, n) -> n > 1 ? n - 1 : null);
		add(Kind.FORTSATTNING);
	}

	public int count(Kind kind) {
		return counts.getOrDefault(kind, 0);
	}

	public int total() {
		return counts.values().stream().mapToInt(Integer::intValue).sum();
	}

	public Map<String, Integer> skipReasons() {
		return Map.copyOf(skipReasons);
	}

	/** "14 kontrollrader, 1 rubrikrad, 2 överhoppade rader (2 rader med text utanför tabellens kolumner)". */
	public String describe() {
		StringBuilder s = new StringBuilder();
		counts.forEach((kind, n) -> {
			if (s.length() > 0) {
				s.append(", ");
			}
			s.append(kind.count(n));
		});
		if (!skipReasons.isEmpty()) {
			s.append(" (");
			StringBuilder reasons = new StringBuilder();
			skipReasons.forEach((reason, n) -> reasons.append(reasons.length() > 0 ? "; " : "").append(n)
				.append(n == 1 ? " rad " : " rader ").append(reason));
			s.append(reasons).append(')');
		}
		return s.toString();
	}
}
