package se.ikkonsolidering.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * A sheet's non-empty rows, ascending by number, that can be walked more than once. A large .xlsx sheet is read from
 * the file on each walk instead of being held in memory, so a 300,000-row sheet costs a few rows of heap at a time.
 */
@FunctionalInterface
public interface SheetRows extends Iterable<RawRow> {

	static SheetRows of(List<RawRow> rows) {
		List<RawRow> copy = List.copyOf(rows);
		return copy::iterator;
	}

	/** Every row in one list: for small sheets and for tests, never for a sheet of unknown size. */
	default List<RawRow> readAll() {
		List<RawRow> all = new ArrayList<>();
		forEach(all::add);
		return all;
	}
}
