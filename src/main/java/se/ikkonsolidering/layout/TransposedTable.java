package se.ikkonsolidering.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;

import se.ikkonsolidering.ingest.RawCell;
import se.ikkonsolidering.ingest.RawRow;
import se.ikkonsolidering.ingest.RawSheet;
import se.ikkonsolidering.ingest.SheetRows;

/**
 * A table laid on its side: the headings down the first column ("Kontrollmoment", "Ansvarig", "Status (G/D/E/U)",
 * "Iakttagelser") and a column per control. Turned upright it is an ordinary table, its controls one per row; row n of
 * the upright table is column n of the sender's.
 */
final class TransposedTable {

	/** Enough headings down the first column to tell a table on its side from a form of one control. */
	private static final int MIN_HEADINGS = 3;
	/** A control's description is a statement of some length. */
	private static final int MIN_CONTROL_LENGTH = 20;

	private TransposedTable() {
	}

	/**
	 * The table turned upright, when its first column holds the headings and each further column a control: its first
	 * row is no header, and upright it is.
	 */
	static Optional<RawSheet> upright(RawSheet sheet, List<RawRow> rows, FormLines lines, Predicate<RawRow> isHeader) {
		List<RawRow> filled = rows.stream().filter(r -> !r.isBlank()).toList();
		if (filled.isEmpty() || isHeader.test(filled.get(0))) {
			return Optional.empty();
		}
		int headings = 0;
		boolean controls = false;
		int first = -1;
		int last = -1;
		for (int i = 0; i < rows.size(); i++) {
			RawRow row = rows.get(i);
			List<RawCell> cells = row.nonBlankCells();
			if (cells.isEmpty() || cells.get(0).column() != 0) {
				continue;
			}
			if (cells.size() >= 2) {
				first = first < 0 ? i : first;
				last = i;
			}
			Optional<Field> field = lines.field(cells.get(0).text().strip());
			if (field.isEmpty()) {
				continue;
			}
			headings++;
			if (field.get() == Field.KONTROLLMOMENT) {
				List<String> texts = cells.stream().skip(1).filter(c -> !c.mergedAcross())
					.map(c -> c.text().strip()).filter(t -> t.length() >= MIN_CONTROL_LENGTH).distinct().toList();
				controls = texts.size() >= 2;
			}
		}
		if (headings < MIN_HEADINGS || !controls || first < 0 || isHeader.test(rows.get(first))) {
			return Optional.empty();
		}
		TreeMap<Integer, List<RawCell>> byColumn = new TreeMap<>();
		// The title and the lines above the table's first row across ("Rapportperiod: helår"), and the signature below
		// its last, are no part of the table: they stay out of its columns.
		int index = first;
		for (RawRow row : rows.subList(first, last + 1)) {
			for (RawCell c : row.cells()) {
				// Merged across a row is merged down a column once upright, and the other way round.
				boolean continuesLeft = c.mergedAcross()
						&& row.cell(c.column() - 1).filter(left -> left.mergedAcross() && left.text().equals(c.text())).isPresent();
				byColumn.computeIfAbsent(c.column(), k -> new ArrayList<>())
					.add(new RawCell(index, c.text(), c.fill(), continuesLeft, c.mergedFromAbove(), c.error()));
			}
			index++;
		}
		List<RawRow> upright = new ArrayList<>();
		byColumn.forEach((column, cells) -> upright.add(new RawRow(column + 1, cells)));
		if (!isHeader.test(upright.get(0))) {
			return Optional.empty();
		}
		// The lines above stand above the upright table, where a document's texts above its table do.
		List<String> above = new ArrayList<>(sheet.context());
		rows.subList(0, first).forEach(r -> r.nonBlankCells().forEach(c -> above.add(c.text())));
		return Optional.of(new RawSheet(sheet.name(), sheet.hidden(), SheetRows.of(upright), above,
				sheet.hiddenColumns(), sheet.boxes(), sheet.notes()));
	}
}
