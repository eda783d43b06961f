package se.ikkonsolidering.layout;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import se.ikkonsolidering.ingest.RawCell;
import se.ikkonsolidering.ingest.RawRow;

/**
 * Finds a sheet's control tables among its first rows: each row that reads as a header, typed by its words and by
 * the rows below it (legend, totals and signature lines left out of that sample).
 */
final class TableFinder {

	/** Data rows under a header whose content types its columns. */
	private static final int SAMPLE_ROWS = 60;
	/** A value long enough that its repeat down the column is data, not a short heading said twice ("Nr"). */
	private static final int MIN_REPEATED = 4;
	/** A count, perhaps a share: "4", "12 %". */
	private static final Pattern COUNT = Pattern.compile("\\d{1,5}(\\s?%)?");

	private final ColumnTyper typer;
	private final Labels labels;

	TableFinder(ColumnTyper typer, Labels labels) {
		this.typer = typer;
		this.labels = labels;
	}

	/**
	 * The header rows found, by row number, the second rows of two-row headers, whose headings are folded into the
	 * first's, and the rows of group headings above a header ("T1 | T2 | Helår"), folded into it too.
	 */
	record Found(Map<Integer, TableLayout> headers, Set<Integer> subHeaderRows, Set<Integer> groupRows) {

		static final Found NONE = new Found(Map.of(), Set.of(), Set.of());

		Found {
			headers = Map.copyOf(headers);
			subHeaderRows = Set.copyOf(subHeaderRows);
			groupRows = Set.copyOf(groupRows);
		}
	}

	/**
	 * "Miljö- och byggnämnden | Process | P1 | Bygglovshantering" over "Miljö- och byggnämnden | Kontrollmoment | …":
	 * a value the next row repeats in its column is data going down, however many headings its words match.
	 */
	private static boolean repeatsDown(RawRow row, RawRow next) {
		return row.nonBlankCells().stream()
			.filter(c -> !c.mergedFromAbove() && !c.mergedAcross() && c.text().strip().length() >= MIN_REPEATED)
			.anyMatch(c -> next.cell(c.column())
				.filter(n -> !n.mergedFromAbove() && n.text().strip().equals(c.text().strip()))
				.isPresent());
	}

	private static RawRow withHeadingsMergedDown(RawRow row) {
		return new RawRow(row.number(), row.cells().stream()
			.map(c -> c.mergedFromAbove() ? c.spreadTo(c.column(), false) : c)
			.toList());
	}

	/**
	 * "Delvis genomförd | 1" in a summary above the table: how many controls have a status, no heading. A status and
	 * a count are a data row at most.
	 */
	private boolean countsAStatus(RawRow row) {
		List<RawCell> cells = row.nonBlankCells();
		return cells.size() == 2 && COUNT.matcher(cells.get(1).text().strip()).matches()
				&& typer.statusWords().knows(cells.get(0).text());
	}

	/** The header rows among the first rows, each typed by its words and the rows below it. */
	Found find(List<RawRow> head, Legend legend, Set<Integer> legendRows) {
		Map<Integer, TableLayout> found = new HashMap<>();
		Set<Integer> subHeaderRows = new HashSet<>();
		Set<Integer> groupRows = new HashSet<>();
		// Each row is looked at as the end of every sample above it: judge its heading words once.
		Map<Integer, Boolean> headsByWords = new HashMap<>();
		for (int i = 0; i < head.size(); i++) {
			RawRow row = head.get(i);
			// "… | Status (1=Genomförd, 2=Delvis, 3=Ej genomförd) | …": a heading may carry the legend of its column.
			if (legendRows.contains(row.number()) && typer.match(row).isEmpty() || countsAStatus(row)) {
				continue;
			}
			List<RawRow> below = new ArrayList<>();
			for (int j = i + 1; j < head.size() && below.size() < SAMPLE_ROWS; j++) {
				RawRow next = head.get(j);
				if (headsByWords.computeIfAbsent(j, k -> typer.match(next).isPresent()
						&& !(k + 1 < head.size() && repeatsDown(next, head.get(k + 1)))
						&& !typer.namesItsKind(next, head.subList(k + 1, head.size())))
						|| (!below.isEmpty() && NextTableHeader.heads(row, below.get(0), next))) {
					break;
				}
				if (!legendRows.contains(next.number()) && !isFooter(next)) {
					below.add(next);
				}
			}
			Optional<RawRow> broken = i + 1 < head.size() ? brokenOver(row, head.get(i + 1)) : Optional.empty();
			if (broken.isPresent()) {
				// "Kontroll- | Process/" over "moment | rutin": headings broken over two rows, as a PDF converted back
				// prints them, read whole.
				int next = head.get(i + 1).number();
				Optional<TableLayout> whole = typer.match(broken.get(), below.stream().filter(r -> r.number() != next)
					.toList(), legend);
				if (whole.isPresent()) {
					found.put(row.number(), whole.get());
					subHeaderRows.add(next);
					i++;
					continue;
				}
			}
			boolean body = !found.isEmpty() && i > 0 && head.get(i - 1).number() == row.number() - 1;
			// Right under a header, "Nämnd" merged down from it over this row is this row's heading too, when this row
			// turns out the header under group headings ("Kontroll" over "Kontrollmoment | Ansvarig").
			Optional<TableLayout> layout = typer.match(body && found.containsKey(head.get(i - 1).number())
					? withHeadingsMergedDown(row) : row, below, legend);
			if (layout.isPresent() && (!body || repeats(layout.get(), found.values()) || isStrong(layout.get()))) {
				Optional<Map<Integer, String>> sub = i + 1 < head.size()
						? SubHeaderRow.under(row, head.get(i + 1), layout.get()) : Optional.empty();
				if (sub.isPresent()) {
					int subRow = head.get(i + 1).number();
					List<RawRow> data = below.stream().filter(r -> r.number() != subRow).toList();
					Optional<TableLayout> oneRow = layout;
					layout = typer.match(row, sub.get(), data, legend).or(() -> oneRow);
					subHeaderRows.add(subRow);
					i++;
				}
				if (i > 0) {
					Optional<Map<Integer, String>> groups = SubHeaderRow.groupsAbove(head.get(i - 1), row, layout.get());
					if (groups.isPresent()) {
						TableLayout byOwnHeadings = layout.get();
						layout = typer.matchUnderGroups(row, groups.get(), below, legend)
							.or(() -> Optional.of(byOwnHeadings.withGroupHeadings(groups.get())))
							.map(typer::withDeviationTicks);
						groupRows.add(head.get(i - 1).number());
						// The group headings over this header head no table of their own.
						found.remove(head.get(i - 1).number());
					}
				}
				found.put(row.number(), layout.get());
			}
		}
		return new Found(found, subHeaderRows, groupRows);
	}

	/**
	 * Where no row's headings name a table, the header rows the rows below them make one of (a system's export, a
	 * template in words of its own): typed by what its columns hold, the headings it has kept as they are.
	 */
	Found findByContent(List<RawRow> head, Legend legend, Set<Integer> legendRows) {
		Map<Integer, TableLayout> found = new HashMap<>();
		for (int i = 0; i < head.size(); i++) {
			if (legendRows.contains(head.get(i).number())) {
				continue;
			}
			List<RawRow> below = head.subList(i + 1, Math.min(head.size(), i + 1 + SAMPLE_ROWS)).stream()
				.filter(r -> !legendRows.contains(r.number()) && !isFooter(r))
				.toList();
			typer.matchByContent(head.get(i), below, legend).ifPresent(layout -> found.put(layout.headerRow(), layout));
		}
		return new Found(found, Set.of(), Set.of());
	}

	/**
	 * Inside a table's body, a row is a new header only when it repeats a header or its headings are whole header
	 * words: a table pasted from Word splits a control's text into short fragments ("Kontroll av tillstånd för
	 * brandfarlig", "Register") that look like headings.
	 */
	private static boolean repeats(TableLayout layout, Collection<TableLayout> earlier) {
		return earlier.stream().anyMatch(e -> e.headers().equals(layout.headers()));
	}

	/** Three headings that are header words whole; a column typed by its content alone has no heading to count. */
	private static boolean isStrong(TableLayout layout) {
		return layout.synonyms().entrySet().stream()
			.filter(e -> !e.getValue().isEmpty()
					&& HeaderText.spaced(layout.headers().get(e.getKey())).equals(e.getValue()))
			.count() >= 3;
	}

	/**
	 * The row's headings go on in the row right below, word by word: a heading ends broken ("Kontroll-", "Process/")
	 * and the row below holds only the rest of headings, in their columns ("moment", "rutin", "(Ja/Nej)"). The
	 * headings joined, as one row.
	 */
	private static Optional<RawRow> brokenOver(RawRow row, RawRow next) {
		if (next.number() != row.number() + 1 || next.nonBlankCells().isEmpty()) {
			return Optional.empty();
		}
		boolean brokenWord = false;
		for (RawCell rest : next.nonBlankCells()) {
			String above = row.text(rest.column()).strip();
			String text = rest.text().strip();
			if (above.isEmpty() || !(Character.isLowerCase(text.codePointAt(0)) || text.startsWith("("))) {
				return Optional.empty();
			}
			brokenWord |= above.endsWith("-") || above.endsWith("/");
		}
		if (!brokenWord) {
			return Optional.empty();
		}
		List<RawCell> cells = new ArrayList<>();
		for (RawCell cell : row.cells()) {
			String rest = next.text(cell.column()).strip();
			String text = cell.text().strip();
			String joined = rest.isEmpty() ? text : text.endsWith("-") ? text.substring(0, text.length() - 1) + rest
					: text.endsWith("/") ? text + rest : text + " " + rest;
			cells.add(new RawCell(cell.column(), joined, cell.fill(), cell.mergedFromAbove(), cell.mergedAcross(),
					cell.error()));
		}
		return Optional.of(new RawRow(row.number(), cells));
	}

	/** A totals or signature line: its counts and dates say nothing about what a column holds. */
	private boolean isFooter(RawRow row) {
		return row.nonBlankCells().stream().findFirst().map(RawCell::text)
			.filter(t -> labels.startsWith(Labels.Kind.SUMMA, t) || labels.startsWith(Labels.Kind.SIGNATUR, t))
			.isPresent();
	}

}
