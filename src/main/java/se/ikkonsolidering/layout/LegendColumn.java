package se.ikkonsolidering.layout;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import se.ikkonsolidering.ingest.RawCell;
import se.ikkonsolidering.ingest.RawRow;

/**
 * A legend written one line per cell in the margin, in rows that also hold the header and the controls ("Bedömning:"
 * over "1 = Klart", "2 = Pågår / delvis" in column L, past an empty column K): its cells are no part of the table,
 * so its heading is no column and its lines no status. The empty column between table and margin tells it from a
 * status column whose values spell out their codes ("1 = Genomförd" picked from a list), which stands beside the
 * table's other columns.
 */
final class LegendColumn {


	private final Labels labels;

	LegendColumn(Labels labels) {
		this.labels = labels;
	}

	/**
	 * The cells of the legend in the margin.
	 * @param rows the sheet's rows
	 * @param lines cells holding one or more of the legend's pairs, in rows that hold other text too
	 */
	Set<Legend.Cell> cells(List<RawRow> rows, List<Legend.Cell> lines) {
		Map<Integer, RawRow> byNumber = rows.stream()
			.collect(Collectors.toMap(RawRow::number, r -> r, (a, b) -> a, TreeMap::new));
		Map<Integer, TreeSet<Integer>> rowsByColumn = new TreeMap<>();
		lines.forEach(c -> rowsByColumn.computeIfAbsent(c.column(), k -> new TreeSet<>()).add(c.row()));
		Set<Legend.Cell> beside = new HashSet<>();
		rowsByColumn.forEach((column, lineRows) -> {
			int first = lineRows.first();
			int last = lineRows.last();
			if (lineRows.size() < 2 || column == 0 || !marginBefore(byNumber, column, first - 1, last)) {
				return;
			}
			lineRows.forEach(r -> beside.add(new Legend.Cell(r, column)));
			heading(byNumber.get(first - 1), column).ifPresent(beside::add);
			for (int r = first; r <= last + LegendBlocks.BLOCK_GAP; r++) {
				RawRow row = byNumber.get(r);
				boolean explained = row != null && row.cell(column)
					.filter(c -> LegendReader.EXPLAINED.matcher(c.text().strip()).matches())
					.isPresent();
				if (explained) {
					beside.add(new Legend.Cell(r, column));
				}
			}
		});
		return beside;
	}

	/** The column left of the legend is empty in every row from its heading to its last line. */
	private static boolean marginBefore(Map<Integer, RawRow> rows, int column, int from, int to) {
		for (int r = from; r <= to; r++) {
			RawRow row = rows.get(r);
			if (row != null && row.cell(column - 1).filter(c -> !c.isBlank()).isPresent()) {
				return false;
			}
		}
		return true;
	}

	/** "Bedömning:" or "Teckenförklaring" right above the legend's first line. */
	private Optional<Legend.Cell> heading(RawRow row, int column) {
		if (row == null) {
			return Optional.empty();
		}
		Predicate<RawCell> isHeading = c -> {
			String text = c.text().strip();
			return !text.isEmpty() && text.length() <= LegendReader.OTHER_TEXT_LENGTH
					&& (text.endsWith(":") || labels.isLabel(Labels.Kind.FORKLARING, text));
		};
		return row.cell(column).filter(isHeading).map(c -> new Legend.Cell(row.number(), column));
	}
}
