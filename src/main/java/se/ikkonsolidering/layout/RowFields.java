package se.ikkonsolidering.layout;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import se.ikkonsolidering.ingest.RawCell;
import se.ikkonsolidering.ingest.RawRow;

/** A row's cells by field, as the table layout maps them. */
final class RowFields {

	private RowFields() {
	}

	/** A field with several columns ("Resultat T1", "Resultat VB") gets one cell, "Header: text" per column. */
	static Map<Field, RawCell> of(RawRow row, TableLayout layout) {
		Map<Field, RawCell> byField = new EnumMap<>(Field.class);
		layout.columns().forEach((field, column) -> row.cell(column).ifPresent(c -> byField.put(field, c)));
		Set<Field> combined = EnumSet.noneOf(Field.class);
		layout.extra().forEach((column, extra) -> row.cell(column).filter(c -> !c.isBlank()).ifPresent(c -> {
			RawCell main = byField.get(extra.field());
			String before = "";
			if (main != null && !main.isBlank()) {
				before = (combined.contains(extra.field()) ? main.text().strip()
						: HeaderText.display(layout.headers().get(extra.field())) + ": " + main.text().strip()) + "\n";
			}
			combined.add(extra.field());
			byField.put(extra.field(), new RawCell(c.column(), before + HeaderText.display(extra.header()) + ": "
					+ c.text().strip(), main == null ? c.fill() : main.fill(),
					c.mergedFromAbove() && (main == null || main.mergedFromAbove()), false, c.error()));
		}));
		return byField;
	}
}
