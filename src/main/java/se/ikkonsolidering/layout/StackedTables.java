package se.ikkonsolidering.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import se.ikkonsolidering.ingest.RawCell;
import se.ikkonsolidering.ingest.RawRow;
import se.ikkonsolidering.ingest.RawSheet;

/**
 * Copies of one table stacked down a sheet, each under a title naming its period ("DELÅR (per 31/8)" above the
 * first, "HELÅR 2025" above the next): a sender who pasted the year-end table below the interim one. Each copy is
 * read as a sheet of its own, so that the file's periods decide between them as between a Delår and a Helår sheet.
 * Copies under titles that name no period (a header repeated per process or page) stay one table.
 */
final class StackedTables {

	/** Title lines looked at above each copy of the header. */
	private static final int TITLE_LINES = 2;

	private StackedTables() {
	}

	/**
	 * The sheet's stacked copies, each as a sheet of its own named by its rows; the sheet alone when it holds no
	 * such copies.
	 * @param head the sheet's first non-blank rows
	 * @param complete the head holds every row of the sheet
	 * @param namesAPeriod whether a title names a period ("Helårsuppföljning 2025")
	 */
	static List<RawSheet> split(RawSheet sheet, List<RawRow> head, boolean complete, ColumnTyper typer,
			Predicate<String> namesAPeriod) {
		List<Integer> starts = new ArrayList<>();
		List<String> first = null;
		for (int i = 0; i < head.size(); i++) {
			RawRow row = head.get(i);
			List<String> headings = row.nonBlankCells().stream().map(c -> HeaderText.spaced(c.text())).toList();
			if (first == null && typer.match(row).isPresent()) {
				first = headings;
			}
			if (first != null && headings.equals(first)) {
				int title = periodTitle(head, i, namesAPeriod);
				if (title < 0) {
					return List.of(sheet);
				}
				starts.add(title);
			}
		}
		if (starts.size() < 2) {
			return List.of(sheet);
		}
		List<RawSheet> parts = new ArrayList<>();
		for (int k = 0; k < starts.size(); k++) {
			int from = k == 0 ? 1 : starts.get(k);
			int to = k + 1 < starts.size() ? starts.get(k + 1) - 1 : Integer.MAX_VALUE;
			String rows = to < Integer.MAX_VALUE ? "rad " + from + "–" + to
					: complete ? "rad " + from + "–" + head.get(head.size() - 1).number() : "från rad " + from;
			parts.add(SheetCells.without(sheet, sheet.name() + " (" + rows + ")",
					(row, cell) -> row.number() < from || row.number() > to));
		}
		return parts;
	}

	/** The row of the title naming a period right above the header at {@code index}, or -1 when none does. */
	private static int periodTitle(List<RawRow> head, int index, Predicate<String> namesAPeriod) {
		for (int j = index - 1; j >= Math.max(0, index - TITLE_LINES); j--) {
			List<String> texts = head.get(j).nonBlankCells().stream().map(RawCell::text).distinct().toList();
			if (texts.size() != 1) {
				return -1;
			}
			if (namesAPeriod.test(texts.get(0))) {
				return head.get(j).number();
			}
		}
		return -1;
	}

}
