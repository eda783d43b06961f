package se.ikkonsolidering.report;

import java.util.Comparator;
import java.util.List;

/**
 * This year against the previous one, for the nämnder the database holds both years of.
 *
 * @param changes the change in share done per nämnd
 * @param repeated controls not done this year that were not done the year before either
 */
record Comparison(int previousYear, List<YearChange> changes, List<RepeatedMiss> repeated) {

	Comparison {
		changes = List.copyOf(changes);
		repeated = List.copyOf(repeated);
	}

	/** The page's bound on each of the comparison's lists; the workbook holds them whole. */
	static final int SHOWN = 30;

	public boolean available() {
		return !changes.isEmpty();
	}

	/** The changes the page prints: all in table order, or beyond {@link #SHOWN} the largest falls first. */
	public Bounded<YearChange> changesShown() {
		List<YearChange> order = changes.size() <= SHOWN ? changes
				: changes.stream().sorted(Comparator.comparingInt(YearChange::change)).toList();
		return Bounded.first(order, SHOWN);
	}

	public Bounded<RepeatedMiss> repeatedShown() {
		return Bounded.first(repeated, SHOWN);
	}

	/** One nämnd's share done in both years, each from its chosen file; a period is empty when the file states none. */
	record YearChange(String namnd, String previousPeriod, int previousPercentDone, String period, int percentDone) {

		/** Percentage points. */
		int change() {
			return percentDone - previousPercentDone;
		}

		/** The change as printed: "+5", "−3" with a real minus sign, or "±0". */
		public String changeText() {
			int change = change();
			return change > 0 ? "+" + change : change < 0 ? "\u2212" + -change : "\u00B10";
		}

		public String direction() {
			return change() > 0 ? "upp" : change() < 0 ? "ned" : "oforandrad";
		}
	}

	/** A kontrollmoment a nämnd reported as not done two years running. */
	record RepeatedMiss(String namnd, String process, String kontrollmoment) {
	}
}
