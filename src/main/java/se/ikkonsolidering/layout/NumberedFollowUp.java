package se.ikkonsolidering.layout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import se.ikkonsolidering.ingest.RawCell;
import se.ikkonsolidering.ingest.RawRow;
import se.ikkonsolidering.ingest.RawSheet;
import se.ikkonsolidering.ingest.SheetRows;

/**
 * A follow-up sheet that names each control by its number only, its text on the plan's sheet of the same file ("Nr |
 * Process | Delår | Helår" beside "Nr | Process | Risk | Kontrollmoment"): the follow-up read with the plan's text of
 * each number in a column of its own, headed with where the text came from.
 */
public final class NumberedFollowUp {

	/** Rows of a follow-up sheet looked at: a plan's follow-up is short. */
	private static final int MAX_ROWS = 2_000;

	/** What a control not followed up keeps of its plan row: what it is, not what the plan says of reporting. */
	private static final Set<Field> PLANNED = EnumSet.of(Field.ID, Field.PROCESS, Field.RISK,
			Field.RISKVARDE, Field.KONTROLLMOMENT, Field.ANSVARIG, Field.NAMND);

	private NumberedFollowUp() {
	}

	/**
	 * The follow-up sheet read with the plan's control texts, and the plan's controls it leaves out as controls
	 * with nothing reported; empty when the sheet does not follow the plan up by number.
	 */
	public static Optional<SheetReading> read(SheetReader reader, RawSheet followUp, SheetReading plan, Legend legend) {
		Optional<RawSheet> joined = withPlanTexts(followUp, plan.sheet(), plan.controls());
		if (joined.isEmpty()) {
			return Optional.empty();
		}
		// "Övrigt | | Inga övriga iakttagelser under perioden": a row named by a word where the controls have numbers,
		// with no text of the plan's, says what else was noted.
		SheetReading reading = reader.read(joined.get(), legend).without(c -> c.value(Field.KONTROLLMOMENT).isBlank()
				&& c.value(Field.ID).chars().noneMatch(Character::isDigit), "övrigt utan nummer i planen");
		if (reading.controls().isEmpty()) {
			return Optional.empty();
		}
		Set<String> followed = new HashSet<>();
		reading.controls().forEach(c -> followed.add(key(c.value(Field.ID))));
		List<ControlRow> controls = new ArrayList<>(reading.controls());
		for (ControlRow planned : plan.controls()) {
			if (!followed.contains(key(planned.value(Field.ID)))) {
				Map<Field, String> values = new EnumMap<>(Field.class);
				planned.values().forEach((field, value) -> {
					if (PLANNED.contains(field)) {
						values.put(field, value);
					}
				});
				controls.add(new ControlRow(planned.sheet(), planned.row(), planned.lastRow(), values, List.of(), List.of(),
						planned.layout(), planned.group()));
			}
		}
		return Optional.of(reading.withControls(controls));
	}

	/**
	 * The follow-up with the plan's control texts joined by number, or empty unless one of its columns holds the
	 * numbers of at least half the plan's controls (and at least two).
	 * @param plan the controls read from the plan's sheet, with their numbers
	 */
	static Optional<RawSheet> withPlanTexts(RawSheet followUp, String planSheet, List<ControlRow> plan) {
		Map<String, String> texts = new HashMap<>();
		for (ControlRow control : plan) {
			String id = key(control.value(Field.ID));
			String text = control.value(Field.KONTROLLMOMENT).strip();
			if (!id.isEmpty() && !text.isEmpty()) {
				texts.putIfAbsent(id, text);
			}
		}
		if (texts.size() < 2) {
			return Optional.empty();
		}
		List<RawRow> rows = new ArrayList<>();
		for (RawRow row : followUp.rows()) {
			rows.add(row);
			if (rows.size() >= MAX_ROWS) {
				break;
			}
		}
		// The numbers column names each control once: a column of scores ("3 | 3 | 9") is no such column.
		Map<Integer, List<String>> matches = new HashMap<>();
		int lastColumn = 0;
		for (RawRow row : rows) {
			for (RawCell cell : row.nonBlankCells()) {
				lastColumn = Math.max(lastColumn, cell.column());
				if (texts.containsKey(key(cell.text()))) {
					matches.computeIfAbsent(cell.column(), k -> new ArrayList<>()).add(key(cell.text()));
				}
			}
		}
		Optional<Map.Entry<Integer, List<String>>> best = matches.entrySet().stream()
			.filter(e -> e.getValue().stream().distinct().count() == e.getValue().size())
			.max(Comparator.comparingInt(e -> e.getValue().size()));
		if (best.isEmpty() || best.get().getValue().size() < Math.max(2, (texts.size() + 1) / 2)) {
			return Optional.empty();
		}
		int idColumn = best.get().getKey();
		int textColumn = lastColumn + 1;
		List<RawRow> joined = new ArrayList<>();
		RawRow header = null;
		boolean matched = false;
		for (RawRow row : rows) {
			String id = row.cell(idColumn).map(c -> key(c.text())).orElse("");
			if (texts.containsKey(id)) {
				matched = true;
			}
			else if (!matched && !id.isEmpty()) {
				header = row; // the last row above the first number that names the number column ("Nr")
			}
		}
		for (RawRow row : rows) {
			String id = row.cell(idColumn).map(c -> key(c.text())).orElse("");
			List<RawCell> cells = new ArrayList<>(row.cells());
			if (row == header) {
				cells.add(RawCell.of(textColumn, "Kontrollmoment (fliken '" + planSheet + "')"));
			}
			else if (texts.containsKey(id)) {
				cells.add(RawCell.of(textColumn, texts.get(id)));
			}
			joined.add(new RawRow(row.number(), cells));
		}
		return header == null ? Optional.empty()
				: Optional.of(new RawSheet(followUp.name(), followUp.hidden(), SheetRows.of(joined), followUp.context(),
						followUp.hiddenColumns(), followUp.boxes(), followUp.notes()));
	}

	/** A control's number as written either way: "SN-04", "SN 04" and "sn04" are one. */
	private static String key(String id) {
		return id.strip().replaceAll("[\\s\\-–_]+", "").toLowerCase(java.util.Locale.ROOT);
	}
}
