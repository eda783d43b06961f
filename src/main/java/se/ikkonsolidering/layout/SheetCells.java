package se.ikkonsolidering.layout;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.BiPredicate;
import java.util.function.Predicate;

import se.ikkonsolidering.ingest.RawCell;
import se.ikkonsolidering.ingest.RawRow;
import se.ikkonsolidering.ingest.RawSheet;
import se.ikkonsolidering.ingest.SheetRows;

/**
 * A sheet with some of its cells left out or blanked, row by row as it is read: hidden columns, a legend box beside the
 * table, a template's placeholders.
 */
final class SheetCells {

	private SheetCells() {
	}

	/**
	 * The sheet without its hidden columns: a sender hides last year's status or helper figures, and what the sender
	 * does not show is no part of the follow-up. A cell holding only the template's placeholder ("Välj status",
	 * "[Skriv kontrollmoment här]") is read as the blank cell it is; its fill, if any, stays. A value kept as text by
	 * Excel's prefix ("'136") is read without it.
	 */
	static RawSheet visible(RawSheet sheet, Predicate<String> placeholder) {
		Set<Integer> hidden = sheet.hiddenColumns();
		return mapped(sheet, sheet.name(), (row, cell) -> {
			if (hidden.contains(cell.column())) {
				return null;
			}
			if (!placeholder.test(cell.text())) {
				return withoutTextPrefix(cell);
			}
			return cell.fill() == null ? null
					: new RawCell(cell.column(), "", cell.fill(), cell.mergedFromAbove(), cell.mergedAcross(), cell.error());
		});
	}

	/**
	 * "'136", "'GENOMFÖRD": Excel's prefix for a value to be kept as text, left in the cell's text by an import or a
	 * copy; it is no part of the value. A text quoted between two apostrophes keeps them.
	 */
	private static RawCell withoutTextPrefix(RawCell cell) {
		String text = cell.text();
		if (text.length() < 2 || text.charAt(0) != '\'' || text.indexOf('\'', 1) >= 0) {
			return cell;
		}
		return new RawCell(cell.column(), text.substring(1), cell.fill(), cell.mergedFromAbove(), cell.mergedAcross(),
				cell.error());
	}

	/**
	 * The sheet with the colour a cell's text is written in as its fill, for the colours its legend explains: a sheet
	 * whose legend explains the colours of its words ("Status" in green = Genomförd) colours its statuses so instead of
	 * their cells.
	 */
	static RawSheet inkAsFill(RawSheet sheet, InkLegend legend) {
		return mapped(sheet, sheet.name(), (row, cell) -> inkAsFill(cell, legend));
	}

	/** The row with the colour a cell's text is written in as its fill, for the colours its legend explains. */
	static RawRow inkAsFill(RawRow row, InkLegend legend) {
		List<RawCell> cells = new ArrayList<>(row.cells().size());
		for (RawCell cell : row.cells()) {
			RawCell filled = inkAsFill(cell, legend);
			if (filled != null) {
				cells.add(filled);
			}
		}
		return new RawRow(row.number(), cells);
	}

	private static RawCell inkAsFill(RawCell cell, InkLegend legend) {
		if (cell.fill() != null) {
			return cell;
		}
		// "Ej genomförd" written in red says its status in words already; the colour only repeats it.
		if (cell.ink() == null || !legend.colours().contains(cell.ink()) || legend.statuses().knows(cell.text())) {
			return cell;
		}
		// "Status" in green is a swatch of green, as the legend's own "Status" beside "Genomförd" is: no word to read.
		RawCell filled = cell.inkAsFill();
		return legend.words().contains(cell.text().strip()) ? filled.withText("") : filled;
	}

	/**
	 * The colours a sheet writes its statuses' words in, the words its legend writes in them ("Status", "Grön text"),
	 * and the status words, which say their status whatever their colour.
	 */
	record InkLegend(Set<String> colours, Set<String> words, Vocabulary statuses) {

		static final InkLegend NONE = new InkLegend(Set.of(), Set.of(), text -> false);

		boolean isEmpty() {
			return colours.isEmpty();
		}
	}

	/** The sheet without the cells a test picks, row by row as it is read. */
	static RawSheet without(RawSheet sheet, BiPredicate<RawRow, RawCell> leftOut) {
		return without(sheet, sheet.name(), leftOut);
	}

	/** The sheet without the cells a test picks, under a name of its own: one of several tables on a sheet. */
	static RawSheet without(RawSheet sheet, String name, BiPredicate<RawRow, RawCell> leftOut) {
		return mapped(sheet, name, (row, cell) -> leftOut.test(row, cell) ? null : cell);
	}

	/** The sheet with each cell as a function gives it, row by row as it is read; a cell it gives as null is left out. */
	private static RawSheet mapped(RawSheet sheet, String name, BiFunction<RawRow, RawCell, RawCell> mapping) {
		SheetRows rows = () -> new Iterator<>() {
			private final Iterator<RawRow> all = sheet.rows().iterator();

			@Override
			public boolean hasNext() {
				return all.hasNext();
			}

			@Override
			public RawRow next() {
				RawRow row = all.next();
				List<RawCell> cells = new ArrayList<>(row.cells().size());
				for (RawCell cell : row.cells()) {
					RawCell mapped = mapping.apply(row, cell);
					if (mapped != null) {
						cells.add(mapped);
					}
				}
				return new RawRow(row.number(), cells);
			}
		};
		return new RawSheet(name, sheet.hidden(), rows, sheet.context(), sheet.hiddenColumns(), sheet.boxes(), sheet.notes(),
				sheet.listItems());
	}
}
