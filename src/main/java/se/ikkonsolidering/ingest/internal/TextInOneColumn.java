package se.ikkonsolidering.ingest.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

import se.ikkonsolidering.ingest.RawCell;
import se.ikkonsolidering.ingest.RawRow;
import se.ikkonsolidering.ingest.RawSheet;
import se.ikkonsolidering.ingest.RawWorkbook;
import se.ikkonsolidering.ingest.SheetRows;

/**
 * A sheet whose every text stands in one column, a line a cell, as a mail or a text file pasted into Excel leaves it:
 * a table in it keeps its tabs ("1⇥Granskning av årsräkningar⇥Genomförd"; a line among them pasted with spaces
 * instead is cut at its runs of spaces) or its columns lined up with spaces, and is cut into cells as the text reader
 * cuts a text file's. Any other sheet is walked as it is.
 */
public final class TextInOneColumn implements SheetRows {

	/** A header and one row at least: a single line with a tab is a line laid out by hand. */
	private static final int MIN_TAB_LINES = 2;

	private final SheetRows rows;

	private TextInOneColumn(SheetRows rows) {
		this.rows = rows;
	}

	/** The workbook, each sheet's pasted text table cut into cells when it holds one. */
	public static RawWorkbook cut(RawWorkbook workbook) {
		return new RawWorkbook(workbook.format(), workbook.sheets().stream().map(TextInOneColumn::of).toList(),
				workbook.notes(), workbook.texts(), workbook.resource());
	}

	private static RawSheet of(RawSheet sheet) {
		return new RawSheet(sheet.name(), sheet.hidden(), new TextInOneColumn(sheet.rows()), sheet.context(),
				sheet.hiddenColumns(), sheet.boxes(), sheet.notes(), sheet.listItems());
	}

	@Override
	public Iterator<RawRow> iterator() {
		// One walk: the first row with a second column ends the check, and the rows already read go first.
		Iterator<RawRow> all = rows.iterator();
		List<RawRow> read = new ArrayList<>();
		int column = -1;
		while (all.hasNext()) {
			RawRow row = all.next();
			read.add(row);
			List<RawCell> filled = row.nonBlankCells();
			if (filled.isEmpty()) {
				continue;
			}
			if (filled.size() > 1 || column >= 0 && filled.get(0).column() != column) {
				return concat(read, all);
			}
			column = filled.get(0).column();
		}
		return column < 0 ? read.iterator() : cut(read, column).orElse(read).iterator();
	}

	private static Optional<List<RawRow>> cut(List<RawRow> rows, int column) {
		int last = rows.get(rows.size() - 1).number();
		String[] lines = new String[last];
		Arrays.fill(lines, "");
		for (RawRow row : rows) {
			// A cell's own line breaks would shift the lines below off their rows.
			row.nonBlankCells().stream().findFirst().ifPresent(c -> lines[row.number() - 1] = c.text().replace('\n', ' '));
		}
		long tabbed = Arrays.stream(lines).filter(l -> l.indexOf('\t') >= 0).count();
		if (tabbed >= MIN_TAB_LINES) {
			List<RawRow> cut = new ArrayList<>();
			for (RawRow row : rows) {
				String line = lines[row.number() - 1];
				List<RawCell> cells = PastedTables.cellsOfATableLine(line);
				boolean tableLine = line.indexOf('\t') >= 0 || cells.size() > 1;
				cut.add(tableLine ? new RawRow(row.number(), shifted(cells, column)) : row);
			}
			return Optional.of(cut);
		}
		// "Kontrollmoment | Kontrollansvarig | Status | Kommentar" over "-----" and its rows: a text table of bars.
		if (Arrays.stream(lines).filter(PastedTables::isPiped).count() >= MIN_TAB_LINES) {
			List<RawRow> cut = new ArrayList<>();
			for (int i = 0; i < rows.size(); i++) {
				RawRow row = rows.get(i);
				String line = lines[row.number() - 1];
				RawRow above = cut.isEmpty() ? null : cut.get(cut.size() - 1);
				// "-----" under the header is no row of the table.
				boolean rule = !line.isBlank() && PastedTables.isRule(line);
				if (PastedTables.isPiped(line)) {
					cut.add(new RawRow(row.number(), shifted(PastedTables.pipedCells(line), column)));
				}
				else if (!line.isBlank() && !rule && above != null && above.cells().size() > 1 && i + 1 < rows.size()
						&& PastedTables.isPiped(lines[rows.get(i + 1).number() - 1])) {
					// A line without bars between two rows of bars: the last cell of the row above, gone on.
					cut.set(cut.size() - 1, goneOn(above, line.strip()));
				}
				else if (!rule) {
					cut.add(row);
				}
			}
			return Optional.of(cut);
		}
		return FixedWidthText.rows(String.join("\n", lines))
			.map(grid -> grid.stream().map(r -> new RawRow(r.number(), shifted(r.cells(), column))).toList());
	}

	private static RawRow goneOn(RawRow row, String text) {
		List<RawCell> cells = new ArrayList<>(row.cells());
		RawCell last = cells.remove(cells.size() - 1);
		cells.add(RawCell.of(last.column(), last.text() + "\n" + text));
		return new RawRow(row.number(), cells);
	}

	private static List<RawCell> shifted(List<RawCell> cells, int column) {
		return cells.stream().map(c -> RawCell.of(c.column() + column, c.text())).toList();
	}

	private static Iterator<RawRow> concat(List<RawRow> first, Iterator<RawRow> rest) {
		Iterator<RawRow> head = first.iterator();
		return new Iterator<>() {
			@Override
			public boolean hasNext() {
				return head.hasNext() || rest.hasNext();
			}

			@Override
			public RawRow next() {
				return head.hasNext() ? head.next() : rest.next();
			}
		};
	}
}
