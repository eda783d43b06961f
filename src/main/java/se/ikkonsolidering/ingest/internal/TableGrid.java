package se.ikkonsolidering.ingest.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import se.ikkonsolidering.ingest.RawCell;
import se.ikkonsolidering.ingest.RawRow;

/**
 * Turns the cells of a document table or an OpenDocument sheet, given row by row, into raw rows whose merged cells
 * look exactly as a merged region of an .xlsx sheet does: the region's value at its top-left cell, copied into its
 * other cells, flagged {@code mergedAcross} when it spans columns and {@code mergedFromAbove} below its first row.
 * Word merges vertically by marking the cells below as continuations; OpenDocument states how many rows a cell spans.
 */
final class TableGrid {

	/** Word's open vertical merges by their first column, with how many columns they span. */
	private final Map<Integer, Merge> vertical = new HashMap<>();
	/** Copies of cells spanning rows, waiting for their row (OpenDocument's row spans). */
	private final TreeMap<Integer, List<RawCell>> below = new TreeMap<>();
	private List<RawCell> cells = new ArrayList<>();
	private int row = -1;
	private int created;

	private record Merge(RawCell origin, int columns) {
	}

	/** How many cells the grid has made so far, copies of merged cells included: what a reader's budget counts. */
	int cellsCreated() {
		return created;
	}

	void startRow() {
		row++;
		cells = new ArrayList<>();
		List<RawCell> spread = below.remove(row);
		if (spread != null) {
			cells.addAll(spread);
		}
	}

	/**
	 * A cell at a column, spanning {@code columns} to the right and {@code rows} down (1 and 1 for a plain cell). A
	 * blank cell without fill adds nothing, as an empty merged region adds nothing in a spreadsheet.
	 */
	void cell(int column, int columns, int rows, String text, String fill) {
		cell(column, columns, rows, text, fill, false);
	}

	/** As {@link #cell(int, int, int, String, String)}, for a cell that may hold a formula error ("#DIV/0!"). */
	void cell(int column, int columns, int rows, String text, String fill, boolean error) {
		endVerticalMerges(column, columns);
		origin(column, columns, rows, text, fill, error);
	}

	/** The first cell of a Word vertical merge ({@code vMerge="restart"}); the rows below continue it. */
	void startMerge(int column, int columns, String text, String fill) {
		endVerticalMerges(column, columns);
		RawCell origin = origin(column, columns, 1, text, fill, false);
		if (origin != null) {
			vertical.put(column, new Merge(origin, columns));
		}
	}

	/** A cell continuing the vertical merge above it ({@code vMerge} without value): the merge's value, from above. */
	void continueMerge(int column) {
		for (Map.Entry<Integer, Merge> open : vertical.entrySet()) {
			int first = open.getKey();
			if (column >= first && column < first + open.getValue().columns()) {
				for (int c = first; c < first + open.getValue().columns(); c++) {
					add(open.getValue().origin().spreadTo(c, true));
				}
				return;
			}
		}
	}

	/** The finished row, or {@code null} when it holds nothing; rows are numbered 1, 2 … from the table's first. */
	RawRow endRow() {
		if (cells.isEmpty()) {
			return null;
		}
		cells.sort(Comparator.comparingInt(RawCell::column));
		return new RawRow(row + 1, cells);
	}

	/** Rows that hold nothing of their own (OpenDocument's repeated empty rows): the copies reaching into them. */
	List<RawRow> skipRows(int count) {
		List<RawRow> spread = new ArrayList<>();
		int last = row + count;
		while (!below.isEmpty() && below.firstKey() <= last) {
			Map.Entry<Integer, List<RawCell>> entry = below.pollFirstEntry();
			List<RawCell> copies = new ArrayList<>(entry.getValue());
			copies.sort(Comparator.comparingInt(RawCell::column));
			spread.add(new RawRow(entry.getKey() + 1, copies));
		}
		row = last;
		return spread;
	}

	private RawCell origin(int column, int columns, int rows, String text, String fill, boolean error) {
		if (text.isBlank() && fill == null) {
			return null;
		}
		// As in a spreadsheet, a region too large to spread is read as its top-left cell alone.
		boolean spreads = (long) columns * rows > 1 && CellText.isSpreadable((long) columns * rows);
		RawCell origin = new RawCell(column, text, fill, false, spreads && columns > 1, error);
		add(origin);
		if (!spreads) {
			return origin;
		}
		for (int r = 0; r < rows; r++) {
			for (int c = column; c < column + columns; c++) {
				if (r == 0 && c == column) {
					continue;
				}
				RawCell copy = origin.spreadTo(c, r > 0);
				if (r == 0) {
					add(copy);
				}
				else {
					below.computeIfAbsent(row + r, k -> new ArrayList<>()).add(copy);
					created++;
				}
			}
		}
		return origin;
	}

	private void add(RawCell cell) {
		cells.add(cell);
		created++;
	}

	/** A cell that is not a continuation ends the vertical merges at its columns. */
	private void endVerticalMerges(int column, int columns) {
		vertical.keySet().removeIf(first -> first >= column && first < column + columns);
	}
}
