package se.ikkonsolidering.layout;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import se.ikkonsolidering.ingest.RawCell;
import se.ikkonsolidering.ingest.RawRow;
import se.ikkonsolidering.ingest.RawSheet;

/**
 * Tables set side by side on one sheet, an empty column between them ("Individ- och familjeomsorg" in A–E, "Vård och
 * omsorg" in G–K): one row holds two headers, each with a kontrollmoment column of its own. Each table
 * is read as a sheet of its own columns. The lines above the tables and the single-cell lines below them (the title,
 * the nämnd, the legend, a note) belong to every table.
 * <p>
 * Blocks of headings without a kontrollmoment column of their own ("Delår: Status | Kommentar" beside "Helår: Status
 * | Kommentar") are periods of one table, not tables.
 */
final class SideBySideTables {

	/** Headings each table's header must have: a control and what became of it. */
	private static final int MIN_HEADINGS = 2;
	/** Rows looked at for the doubled header: it stands near the top. */
	private static final int HEADER_ROWS = 40;
	/** "(redovisad för nämnden 2025-02-19)" in a table's title: when it was presented, not the year it reports on. */
	private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
	/** Rows under a header whose content types its columns. */
	private static final int SAMPLE_ROWS = 20;

	private SideBySideTables() {
	}

	/** The sheet's tables side by side, each as a sheet of its own; the sheet alone when it holds no such tables. */
	static List<RawSheet> split(RawSheet sheet, List<RawRow> head, ColumnTyper typer) {
		for (int i = 0; i < Math.min(head.size(), HEADER_ROWS); i++) {
			List<List<RawCell>> groups = groups(head.get(i), sheet.hiddenColumns());
			if (groups.size() > 1 && gapsStayEmpty(head, i, groups) && headsTablesSideBySide(head, i, groups, typer)) {
				return bands(sheet, head, i, groups);
			}
		}
		return List.of(sheet);
	}

	/**
	 * The empty columns between the runs stay empty in the rows joined to the row above and below it: tables side by
	 * side have a gap all the way down, while a data row with blank cells inside one table ("Ekonomi | … | Ej
	 * genomförd | | Påbörjad") has its gap filled in the rows around it.
	 */
	private static boolean gapsStayEmpty(List<RawRow> head, int index, List<List<RawCell>> groups) {
		int first = index;
		while (first > 0 && head.get(first - 1).number() == head.get(first).number() - 1) {
			first--;
		}
		int last = index;
		while (last + 1 < head.size() && head.get(last + 1).number() == head.get(last).number() + 1) {
			last++;
		}
		for (int g = 0; g + 1 < groups.size(); g++) {
			int from = groups.get(g).get(groups.get(g).size() - 1).column() + 1;
			int to = groups.get(g + 1).get(0).column() - 1;
			for (RawRow row : head.subList(first, last + 1)) {
				if (row.nonBlankCells().stream().anyMatch(c -> c.column() >= from && c.column() <= to)) {
					return false;
				}
			}
		}
		return true;
	}

	/**
	 * Each run of headings, typed with the rows below it in its own columns, has a kontrollmoment column and another
	 * beside it.
	 */
	private static boolean headsTablesSideBySide(List<RawRow> head, int index, List<List<RawCell>> groups,
			ColumnTyper typer) {
		for (int g = 0; g < groups.size(); g++) {
			List<RawCell> headings = groups.get(g);
			if (headings.size() < MIN_HEADINGS) {
				return false;
			}
			int from = from(groups, g);
			int to = to(groups, g);
			List<RawRow> below = head.subList(index + 1, Math.min(head.size(), index + 1 + SAMPLE_ROWS)).stream()
				.map(r -> new RawRow(r.number(), r.cells().stream().filter(c -> c.column() >= from && c.column() <= to).toList()))
				.toList();
			RawRow header = new RawRow(head.get(index).number(), headings);
			// "Nr | Kontrollmoment" beside "Kontrollmetod | Frekvens | T1 | Delår" across an empty column: a control's
			// number and text alone are no table, but the first columns of one.
			if (typer.match(header, below, Legend.NONE).filter(l -> l.has(Field.KONTROLLMOMENT))
				.filter(l -> l.columns().keySet().stream().anyMatch(f -> f != Field.ID && f != Field.KONTROLLMOMENT))
				.isEmpty()) {
				return false;
			}
		}
		return true;
	}

	private static int from(List<List<RawCell>> groups, int g) {
		return g == 0 ? 0 : groups.get(g).get(0).column();
	}

	private static int to(List<List<RawCell>> groups, int g) {
		return g + 1 < groups.size() ? groups.get(g + 1).get(0).column() - 1 : Integer.MAX_VALUE;
	}

	/**
	 * The row's non-blank cells in runs of adjacent columns. Hidden columns are no gap: last year's status hidden
	 * between the control and this year's leaves one table.
	 */
	private static List<List<RawCell>> groups(RawRow row, Set<Integer> hidden) {
		List<List<RawCell>> groups = new ArrayList<>();
		int previous = Integer.MIN_VALUE;
		for (RawCell cell : row.nonBlankCells()) {
			int after = previous;
			if (groups.isEmpty() || IntStream.range(after + 1, cell.column()).anyMatch(c -> !hidden.contains(c))) {
				groups.add(new ArrayList<>());
			}
			groups.get(groups.size() - 1).add(cell);
			previous = cell.column();
		}
		return groups;
	}

	private static List<RawSheet> bands(RawSheet sheet, List<RawRow> head, int headerIndex, List<List<RawCell>> groups) {
		int headerRow = head.get(headerIndex).number();
		// The tables' rows: a row of their titles right above the header, and the rows below it up to the first empty
		// one. A title above the first table alone is the sheet's.
		boolean titled = headerIndex > 0 && head.get(headerIndex - 1).number() == headerRow - 1
				&& groups(head.get(headerIndex - 1), sheet.hiddenColumns()).size() > 1;
		int first = titled ? headerRow - 1 : headerRow;
		int last = headerRow;
		for (int j = headerIndex + 1; j < head.size() && head.get(j).number() == last + 1; j++) {
			last = head.get(j).number();
		}
		Span span = new Span(first, last);
		int[] years = new int[groups.size()];
		for (int g = 0; titled && g < groups.size(); g++) {
			int from = from(groups, g);
			int to = to(groups, g);
			years[g] = head.get(headerIndex - 1).nonBlankCells().stream()
				.filter(c -> c.column() >= from && c.column() <= to)
				.mapToInt(c -> HeaderText.lastYear(DATE.matcher(c.text()).replaceAll(""))).max().orElse(0);
		}
		// "HELÅR 2024 (redovisad för nämnden …)" beside "HELÅR 2025": last year's follow-up kept for comparison; only the
		// latest year's table reports on this year.
		int latest = Arrays.stream(years).max().orElse(0);
		boolean byYear = Arrays.stream(years).allMatch(y -> y > 0) && Arrays.stream(years).distinct().count() > 1;
		List<RawSheet> bands = new ArrayList<>();
		for (int g = 0; g < groups.size(); g++) {
			if (byYear && years[g] < latest) {
				continue;
			}
			int from = from(groups, g);
			int to = to(groups, g);
			List<RawCell> headings = groups.get(g);
			String name = sheet.name() + " (kolumn " + TableLayout.columnLetter(headings.get(0).column()) + "–"
					+ TableLayout.columnLetter(headings.get(headings.size() - 1).column()) + ")";
			bands.add(band(sheet, name, span, from, to));
		}
		return bands;
	}

	private record Span(int first, int last) {

		/** A line every table shares: above the tables, or a single cell below them. */
		boolean shares(RawRow row) {
			return row.number() < first || (row.number() > last && row.nonBlankCells().size() <= 1);
		}
	}

	private static RawSheet band(RawSheet sheet, String name, Span span, int from, int to) {
		return SheetCells.without(sheet, name, (row, c) -> !span.shares(row) && (c.column() < from || c.column() > to));
	}

}
