package se.ikkonsolidering.layout;

import java.util.Iterator;
import java.util.Set;
import java.util.function.BiPredicate;

import se.ikkonsolidering.ingest.RawCell;
import se.ikkonsolidering.ingest.RawRow;
import se.ikkonsolidering.ingest.RawSheet;
import se.ikkonsolidering.ingest.SheetRows;

/** A sheet with some of its cells left out, row by row as it is read: hidden columns, a legend box beside the table. */
final class SheetCells {

	private SheetCells() {
	}

	/**
	 * The sheet without its hidden columns: a sender hides last year's status or helper figures, and what the sender
	 * does not show is no part of the follow-up.
	 */
	static RawSheet visible(RawSheet sheet) {
		if (sheet.hiddenColumns().isEmpty()) {
			return sheet;
		}
		Set<Integer> hidden = sheet.hiddenColumns();
		return without(sheet, (row, cell) -> hidden.contains(cell.column()));
	}

	/** The sheet without the cells a test picks, row by row as it is read. */
	static RawSheet without(RawSheet sheet, BiPredicate<RawRow, RawCell> leftOut) {
		return without(sheet, sheet.name(), leftOut);
	}

	/** The sheet without the cells a test picks, under a name of its own: one of several tables on a sheet. */
	static RawSheet without(RawSheet sheet, String name, BiPredicate<RawRow, RawCell> leftOut) {
		SheetRows rows = () -> new Iterator<>() {
			private final Iterator<RawRow> all = sheet.rows().iterator();

			@Override
			public boolean hasNext() {
				return all.hasNext();
			}

			@Override
			public RawRow next() {
				RawRow row = all.next();
				return new RawRow(row.number(), row.cells().stream().filter(c -> !leftOut.test(row, c)).toList());
			}
		};
		return new RawSheet(name, sheet.hidden(), rows, sheet.context(), sheet.hiddenColumns(), sheet.boxes(), sheet.notes(),
				sheet.listItems());
	}

}
