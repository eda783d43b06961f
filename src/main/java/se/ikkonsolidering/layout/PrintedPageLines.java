package se.ikkonsolidering.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import se.ikkonsolidering.ingest.RawRow;
import se.ikkonsolidering.ingest.RawSheet;
import se.ikkonsolidering.ingest.SheetRows;

/**
 * A document converted back from PDF keeps each printed page's number and running header among its paragraphs
 * ("Hällefors kommun / Samhällsbyggnadsförvaltningen", "Sida 2 av 4"), between a control's lines too: no part of the
 * report. A line is the page's when it is a page number alone, or is said on several pages, each time beside a page
 * number.
 */
final class PrintedPageLines {

	private static final Pattern PAGE_ALONE = Pattern.compile("(?iu)\\s*" + RowClassifier.PAGE + "\\s*");
	/** How near a page number, in lines, its page's header or footer stands. */
	private static final int NEAR = 4;

	private PrintedPageLines() {
	}

	/** The document's paragraphs without its printed pages' lines. */
	static RawSheet without(RawSheet document) {
		// A document's paragraphs, few enough to hold: they are looked at twice.
		List<RawRow> all = document.rows().readAll();
		List<RawRow> lines = all.stream().filter(r -> !r.isBlank()).toList();
		List<Integer> pages = new ArrayList<>();
		for (int i = 0; i < lines.size(); i++) {
			if (PAGE_ALONE.matcher(text(lines.get(i))).matches()) {
				pages.add(i);
			}
		}
		if (pages.isEmpty()) {
			return document;
		}
		Set<Integer> leftOut = new HashSet<>();
		pages.forEach(i -> leftOut.add(lines.get(i).number()));
		// A page's header or footer is said again on every page, each time beside its page number.
		Map<String, Integer> said = new HashMap<>();
		Map<String, Integer> besidePages = new HashMap<>();
		for (int i = 0; i < lines.size(); i++) {
			int at = i;
			said.merge(text(lines.get(i)), 1, Integer::sum);
			if (!pages.contains(i) && pages.stream().anyMatch(page -> Math.abs(page - at) <= NEAR)) {
				besidePages.merge(text(lines.get(i)), 1, Integer::sum);
			}
		}
		for (RawRow line : lines) {
			int beside = besidePages.getOrDefault(text(line), 0);
			if (pages.size() >= 2 && beside >= 2 && beside == said.get(text(line))) {
				leftOut.add(line.number());
			}
		}
		List<RawRow> kept = all.stream().filter(r -> !leftOut.contains(r.number())).toList();
		return new RawSheet(document.name(), document.hidden(), SheetRows.of(kept), document.context(),
				document.hiddenColumns(), document.boxes(), document.notes(), document.listItems());
	}

	private static String text(RawRow line) {
		return String.join(" ", line.nonBlankCells().stream().map(c -> c.text().strip()).toList());
	}
}
