package se.ikkonsolidering.report;

import java.util.ArrayList;
import java.util.List;

/**
 * A long table's rows in consecutive bodies ({@code <tbody>}) of {@link #ROWS} rows. The page looks the same, but
 * openhtmltopdf re-measures every row of a body at each page break and counts a row's siblings to stripe it, so one
 * body of n rows costs n²: a table of 2,000 files spent a fifth of the PDF's time on it. The size is even, so the
 * stripes run on across bodies.
 */
final class TableBodies {

	static final int ROWS = 20;

	private TableBodies() {
	}

	static <T> List<List<T>> of(List<T> rows) {
		List<List<T>> bodies = new ArrayList<>();
		for (int from = 0; from < rows.size(); from += ROWS) {
			bodies.add(rows.subList(from, Math.min(rows.size(), from + ROWS)));
		}
		return bodies;
	}
}
