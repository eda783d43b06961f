package se.ikkonsolidering.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.Collectors;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes one sheet row by row, only ever appending, and hands finished rows to the file every {@value #FLUSH_EVERY}
 * rows, so a sheet of any length takes a bounded heap. Every text goes through {@link SpreadsheetSafe} and is stored
 * as an inline string cell, so text from a nämnd's file can never run as a formula and no table of all the sheet's
 * texts is kept in memory; texts beyond Excel's cell limit are cut with a note.
 * <p>
 * Column widths come first, as the file format puts them before the rows; sheets are written one after another.
 */
final class SheetWriter {

	/** Excel's limit on the characters of one cell. */
	static final int CELL_LIMIT = 32_767;
	private static final String CUT = " … [förkortad: hela texten finns i databasen]";
	private static final int FLUSH_EVERY = 1_000;

	private final Worksheet sheet;
	private final XlsxStyles styles;
	private int headerRow = -1;
	private int columns;
	private int row = -1;
	private int column;

	/** @param widths column widths in characters */
	SheetWriter(Workbook workbook, String name, XlsxStyles styles, int... widths) {
		this.sheet = workbook.newWorksheet(name);
		this.styles = styles;
		for (int i = 0; i < widths.length; i++) {
			sheet.width(i, Math.min(255, widths[i]));
		}
	}

	/** Starts a table: a header row that stays in view and carries the autofilter. */
	SheetWriter header(String... names) {
		newRow();
		headerRow = row;
		columns = names.length;
		sheet.freezePane(0, headerRow + 1);
		for (String name : names) {
			text(name, styles.header());
		}
		return this;
	}

	SheetWriter newRow() {
		row++;
		column = 0;
		if (row > 0 && row % FLUSH_EVERY == 0) {
			try {
				sheet.flush();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return this;
	}

	SheetWriter text(String value) {
		return text(value, null);
	}

	SheetWriter text(String value, XlsxStyles.Look look) {
		String safe = SpreadsheetSafe.text(value);
		sheet.inlineString(row, column, safe.length() <= CELL_LIMIT ? safe
				: safe.substring(0, CELL_LIMIT - CUT.length()) + CUT);
		return styled(look);
	}

	/**
	 * Leaves the next cell out, rather than writing an empty text: a program that edits the sheet then types into a
	 * cell of its own (POI, editing a cell written as an inline string, keeps the new value where a reader of inline
	 * strings does not look).
	 */
	SheetWriter skip() {
		column++;
		return this;
	}

	SheetWriter number(long value) {
		sheet.value(row, column, value);
		return styled(null);
	}

	/**
	 * A list to choose from in one column, from below the header down to {@code lastRow} (0-based), so rows typed
	 * in below the written ones have it too; typing something else is allowed. Set before {@link #finish()}.
	 * @param choices the words offered, without commas or quotes (Excel keeps such a list in one formula)
	 */
	SheetWriter dropdown(int column, int lastRow, List<String> choices) {
		String list = choices.stream()
			.map(c -> c.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"))
			.collect(Collectors.joining(","));
		sheet.range(headerRow + 1, column, lastRow, column)
			.validateWithListByFormula('"' + list + '"')
			.showDropdown(true)
			.showErrorMessage(false)
			.errorTitle("")
			.error("");
		return this;
	}

	/** Filters the table when there is one, and writes the rest of the sheet. */
	void finish() throws IOException {
		if (headerRow >= 0) {
			sheet.setAutoFilter(headerRow, 0, columns - 1);
		}
		sheet.finish();
	}

	private SheetWriter styled(XlsxStyles.Look look) {
		if (look != null) {
			look.apply(sheet, row, column);
		}
		column++;
		return this;
	}
}
