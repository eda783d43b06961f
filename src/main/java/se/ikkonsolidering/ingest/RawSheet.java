package se.ikkonsolidering.ingest;

import java.util.List;

/**
 * A sheet's rows in order. CSV files have exactly one sheet, named after the file.
 *
 * @param name the sheet (tab) name
 * @param hidden the sheet is hidden or very hidden in the workbook
 * @param rows the physical rows that hold anything, ascending by number; valid while the workbook is open
 */
public record RawSheet(String name, boolean hidden, SheetRows rows) {

	public RawSheet(String name, boolean hidden, List<RawRow> rows) {
		this(name, hidden, SheetRows.of(rows));
	}
}
