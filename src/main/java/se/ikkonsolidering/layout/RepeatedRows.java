package se.ikkonsolidering.layout;

import java.util.List;

import se.ikkonsolidering.ingest.RawCell;
import se.ikkonsolidering.ingest.RawRow;

/**
 * A control's row exported twice, the copy right under it with every cell the same ("Kontroll av bankgironummer … |
 * Genomförd | Samtliga 14 ändringar verifierade …" twice): one control, read once. The same control under another
 * unit, period or result differs in some cell and is a row of its own.
 */
final class RepeatedRows {

	/** Why the copy is left out, as the reading's account of its rows says. */
	static final String SKIPPED = "som upprepar raden ovanför cell för cell";

	private RepeatedRows() {
	}

	/** @param start the row the control above started on, with nothing between; null when there is none */
	static boolean repeats(RawRow start, RawRow row) {
		return start != null && start.number() == row.number() - 1 && cells(start).equals(cells(row));
	}

	/**
	 * Where each cell stands, what it says and how it is filled (a status shown by its fill alone too); not how it was
	 * merged, which differs row by row.
	 */
	private static List<String> cells(RawRow row) {
		return row.cells().stream()
			.filter(c -> !c.isBlank() || c.fill() != null && !c.fill().isEmpty())
			.map(RepeatedRows::cell)
			.toList();
	}

	private static String cell(RawCell cell) {
		return cell.column() + "\u0000" + cell.text().strip() + "\u0000" + cell.fill();
	}
}
