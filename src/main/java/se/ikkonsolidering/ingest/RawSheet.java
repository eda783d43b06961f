package se.ikkonsolidering.ingest;

import java.util.List;
import java.util.Set;

/**
 * A sheet's rows in order: a spreadsheet's sheet, or one table of a Word or OpenDocument text document. CSV files have
 * exactly one sheet, named after the file.
 *
 * @param name the sheet (tab) name, or "Tabell 3" for a document's third table ("Tabell 3.1" for a table in one of
 *        its cells)
 * @param hidden the sheet is hidden or very hidden in the workbook
 * @param rows the physical rows that hold anything, ascending by number; valid while the workbook is open
 * @param context texts that stand above the table in a document (headings and short paragraphs since the previous
 *        table, in order: "Process: Inköp", "1.1 Ekonomi i balans"); empty for a spreadsheet sheet
 * @param hiddenColumns 0-based columns the sender has hidden (last year's status, helper figures): their cells are in
 *        the rows, and the layout decides what to do with them
 * @param boxes the lines of text boxes drawn on a spreadsheet sheet and of its cell comments, where a legend may stand
 *        ("Bedömningsskala: 3 = Genomförd …"); no rows of the sheet
 * @param notes the cells' notes by the cell each belongs to (in an .xlsx, each also among the boxes)
 * @param listItems the rows of a document's text that the document sets as items of a bulleted or numbered list
 */
public record RawSheet(String name, boolean hidden, SheetRows rows, List<String> context, Set<Integer> hiddenColumns,
		List<String> boxes, CellNotes notes, Set<Integer> listItems) {

	/** The one sheet of a document without tables: its paragraphs, one per row. */
	public static final String DOCUMENT_TEXT = "Dokumentets text";

	public RawSheet {
		context = List.copyOf(context);
		hiddenColumns = Set.copyOf(hiddenColumns);
		boxes = List.copyOf(boxes);
		notes = notes == null ? CellNotes.NONE : notes;
		listItems = Set.copyOf(listItems);
	}

	public RawSheet(String name, boolean hidden, SheetRows rows, List<String> context, Set<Integer> hiddenColumns,
			List<String> boxes, CellNotes notes) {
		this(name, hidden, rows, context, hiddenColumns, boxes, notes, Set.of());
	}

	public RawSheet(String name, boolean hidden, SheetRows rows, List<String> context, Set<Integer> hiddenColumns,
			List<String> boxes) {
		this(name, hidden, rows, context, hiddenColumns, boxes, CellNotes.NONE);
	}

	public RawSheet(String name, boolean hidden, SheetRows rows, List<String> context, Set<Integer> hiddenColumns) {
		this(name, hidden, rows, context, hiddenColumns, List.of());
	}

	public RawSheet(String name, boolean hidden, SheetRows rows, List<String> context) {
		this(name, hidden, rows, context, Set.of());
	}

	public RawSheet(String name, boolean hidden, SheetRows rows) {
		this(name, hidden, rows, List.of());
	}

	public RawSheet(String name, boolean hidden, List<RawRow> rows) {
		this(name, hidden, SheetRows.of(rows));
	}
}
