package se.ikkonsolidering.submission;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import se.ikkonsolidering.ingest.RawCell;
import se.ikkonsolidering.ingest.RawRow;
import se.ikkonsolidering.ingest.RawSheet;
import se.ikkonsolidering.layout.Labels;
import se.ikkonsolidering.layout.SheetReading;
import se.ikkonsolidering.layout.TableLayout;

/**
 * Where the labelled values a sheet was read with stand ("cellen B2 'Nämnd/enhet: Socialförvaltningen'"), so the
 * message can say where the nämnd, year and period were read. The sheet is walked again from the top, only as far as
 * the label, and only for the kinds the metadata is taken from.
 */
final class LabelCells {

	static final List<Labels.Kind> KINDS = List.of(Labels.Kind.NAMND, Labels.Kind.AR, Labels.Kind.PERIOD);

	/** A label inside a long table stands too far down to be worth a second walk; the message then names the label. */
	private static final int MAX_ROW = 500;

	private final Labels labels;
	private final SheetNaming naming;

	LabelCells(Labels labels, SheetNaming naming) {
		this.labels = labels;
		this.naming = naming;
	}

	/**
	 * @param sheets the raw sheets, each beside its reading, in the order the metadata looks at them
	 * @return for each kind that a sheet has a value of, where the first such value stands
	 */
	Map<Labels.Kind, String> find(List<RawSheet> sheets, List<SheetReading> readings) {
		Map<Labels.Kind, String> where = new EnumMap<>(Labels.Kind.class);
		boolean severalSheets = sheets.size() > 1;
		for (Labels.Kind kind : KINDS) {
			for (int i = 0; i < readings.size() && !where.containsKey(kind); i++) {
				String value = readings.get(i).labelled().get(kind);
				if (value != null && !value.isBlank()) {
					where.put(kind, locate(sheets.get(i), kind, value.strip(), severalSheets)
						.orElse("en cell märkt " + label(kind)));
				}
			}
		}
		return where;
	}

	private Optional<String> locate(RawSheet sheet, Labels.Kind kind, String value, boolean severalSheets) {
		for (String heading : sheet.context()) {
			if (labels.parse(heading).filter(l -> l.kind() == kind && l.value().equals(value)).isPresent()) {
				return Optional.of("rubriken " + Quoted.of(heading) + " ovanför " + naming.name(sheet.name()));
			}
		}
		for (RawRow row : sheet.rows()) {
			if (row.number() > MAX_ROW) {
				break;
			}
			List<RawCell> cells = row.nonBlankCells();
			for (int c = 0; c < cells.size(); c++) {
				String text = cells.get(c).text();
				if (labels.parse(text).filter(l -> l.kind() == kind && l.value().equals(value)).isPresent()) {
					return Optional.of(cell(sheet, row, cells.get(c), severalSheets) + " " + Quoted.of(text));
				}
				if (labels.isLabel(kind, text) && c + 1 < cells.size() && cells.get(c + 1).text().strip().equals(value)) {
					return Optional.of(cell(sheet, row, cells.get(c + 1), severalSheets) + " " + Quoted.of(value) + " bredvid "
							+ Quoted.of(text));
				}
			}
		}
		return Optional.empty();
	}

	/**
	 * "cellen B2" in a spreadsheet ("fliken 'Uppföljning', cellen B2" when several sheets were read); "tabell 1, rad 2,
	 * kolumn B" in a document, whose cells have no names.
	 */
	private String cell(RawSheet sheet, RawRow row, RawCell cell, boolean severalSheets) {
		String column = TableLayout.columnLetter(cell.column());
		if (naming == SheetNaming.DOCUMENT) {
			return naming.name(sheet.name()) + ", rad " + row.number() + ", kolumn " + column;
		}
		return (severalSheets ? naming.definite(sheet.name()) + ", " : "") + "cellen " + column + row.number();
	}

	private static String label(Labels.Kind kind) {
		return switch (kind) {
			case AR -> "'År:'";
			case PERIOD -> "'Period:'";
			default -> "'Nämnd:'";
		};
	}
}
