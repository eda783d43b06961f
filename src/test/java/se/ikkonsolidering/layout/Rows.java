package se.ikkonsolidering.layout;

import java.util.ArrayList;
import java.util.List;

import se.ikkonsolidering.ingest.RawCell;
import se.ikkonsolidering.ingest.RawRow;
import se.ikkonsolidering.ingest.RawSheet;

/** Builds small in-memory sheets for layout tests: {@code row("ID", "Kontrollmoment", …)}, null for blank. */
final class Rows {

	private final List<RawRow> rows = new ArrayList<>();

	static Rows sheet() {
		return new Rows();
	}

	Rows row(String... texts) {
		List<RawCell> cells = new ArrayList<>();
		for (int i = 0; i < texts.length; i++) {
			if (texts[i] != null) {
				cells.add(RawCell.of(i, texts[i]));
			}
		}
		rows.add(new RawRow(rows.size() + 1, cells));
		return this;
	}

	Rows cells(RawCell... cells) {
		rows.add(new RawRow(rows.size() + 1, List.of(cells)));
		return this;
	}

	RawSheet build() {
		return new RawSheet("Uppföljning", false, rows);
	}

	static RawCell merged(int column, String text, boolean fromAbove, boolean across) {
		return new RawCell(column, text, null, fromAbove, across, false);
	}

	static RawCell filled(int column, String text, String fill) {
		return new RawCell(column, text, fill, false, false, false);
	}
}
