package se.ikkonsolidering.layout;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import se.ikkonsolidering.ingest.RawCell;

/** Collects one control's cells across its start row and continuation rows. */
final class ControlBuilder {

	private final int row;
	private int lastRow;
	private final Map<Field, String> values = new EnumMap<>(Field.class);
	private final List<String> statusFills = new ArrayList<>();
	private final List<String> resultFills = new ArrayList<>();

	ControlBuilder(int row) {
		this.row = row;
		this.lastRow = row;
	}

	/** The field texts so far; the interpreter fills in carried-down and section values before building. */
	Map<Field, String> values() {
		return values;
	}

	void extendTo(int continuationRow) {
		lastRow = continuationRow;
	}

	void take(Map<Field, RawCell> cells) {
		boolean continuation = !values.isEmpty();
		cells.forEach((field, cell) -> {
			if (field == Field.STATUS && cell.fill() != null && !(continuation && cell.mergedFromAbove())) {
				statusFills.add(cell.fill());
			}
			if (field == Field.RESULTAT && cell.fill() != null && !(continuation && cell.mergedFromAbove())) {
				resultFills.add(cell.fill());
			}
			String text = cell.text().strip();
			if (text.isEmpty() || (continuation && (cell.mergedFromAbove() || field.fillsDown()))) {
				return;
			}
			values.merge(field, text, (a, b) -> a + "\n" + b);
		});
	}

	ControlRow build(String sheet, TableLayout layout, String group) {
		return new ControlRow(sheet, row, lastRow, values, statusFills, resultFills, layout, group);
	}
}
