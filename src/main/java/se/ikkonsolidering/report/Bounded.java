package se.ikkonsolidering.report;

import java.util.List;

/**
 * The part of a long list that the page prints, and how many it leaves to the workbook: kommunstyrelsen reads pages,
 * so each of the page's lists has a bound, and its last line says how many more there are and where.
 *
 * @param omitted how many the page leaves out
 */
record Bounded<T>(List<T> shown, int omitted) {

	Bounded {
		shown = List.copyOf(shown);
	}

	/** The first {@code max} of the list. */
	static <T> Bounded<T> first(List<T> all, int max) {
		return new Bounded<>(all.subList(0, Math.min(max, all.size())), Math.max(0, all.size() - max));
	}
}
