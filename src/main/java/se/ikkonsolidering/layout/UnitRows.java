package se.ikkonsolidering.layout;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A system's export with a row per unit the control was done at ("IK-SN-02 | Genomförandeplaner … | Hemtjänst Norra |
 * Klar", the same id and control with "Hemtjänst Södra | Pågående" below): one control, a status for each unit, as a
 * control checked by points has one for each point. The units stand in a column headed like the nämnd's ("Enhet"),
 * naming none of the register's nämnder; rows of two nämnder are two controls.
 */
final class UnitRows {

	private UnitRows() {
	}

	/**
	 * The controls with each run of a control's rows per unit read as one, the later rows counted as continuing it.
	 * @param senders the register's nämnder, which a column of units names none of
	 */
	static List<ControlRow> joined(List<ControlRow> controls, RowTally tally, Vocabulary senders) {
		List<ControlRow> joined = new ArrayList<>();
		List<ControlRow> run = new ArrayList<>();
		for (ControlRow control : controls) {
			if (!run.isEmpty() && anotherUnit(run, control, senders)) {
				run.add(control);
				tally.reclassify(RowTally.Kind.KONTROLL, RowTally.Kind.FORTSATTNING);
				continue;
			}
			flush(run, joined);
			run.add(control);
		}
		flush(run, joined);
		return joined;
	}

	private static void flush(List<ControlRow> run, List<ControlRow> joined) {
		if (run.size() == 1) {
			joined.add(run.get(0));
		}
		else if (!run.isEmpty()) {
			joined.add(ofUnits(run));
		}
		run.clear();
	}

	/** The row reports the control of the run above it, word for word under its id, at a unit of its own. */
	private static boolean anotherUnit(List<ControlRow> run, ControlRow row, Vocabulary senders) {
		ControlRow first = run.get(0);
		ControlRow last = run.get(run.size() - 1);
		String unit = row.value(Field.NAMND);
		return first.layout() == row.layout() && row.row() == last.lastRow() + 1 && !unit.isEmpty()
				&& !first.value(Field.ID).isEmpty() && first.value(Field.ID).equals(row.value(Field.ID))
				&& !first.wordsKey().isEmpty() && first.wordsKey().equals(row.wordsKey())
				&& first.value(Field.PERIOD).equals(row.value(Field.PERIOD))
				&& run.stream().noneMatch(r -> r.value(Field.NAMND).equals(unit))
				&& run.stream().allMatch(r -> !senders.knows(r.value(Field.NAMND))) && !senders.knows(unit)
				&& oneStatus(row) && run.stream().allMatch(UnitRows::oneStatus);
	}

	/** A status of one column and one line: the unit's, with no period of its own. */
	private static boolean oneStatus(ControlRow row) {
		return row.value(Field.STATUS).indexOf('\n') < 0 && HeadedLine.single(row.value(Field.STATUS)).isEmpty();
	}

	/** The run's rows as one control: a point per unit, with the unit's status and result. */
	private static ControlRow ofUnits(List<ControlRow> run) {
		ControlRow first = run.get(0);
		String heading = HeaderText.display(first.layout().headers().getOrDefault(Field.STATUS, "Status"));
		Map<Field, String> values = new EnumMap<>(Field.class);
		values.putAll(first.values());
		List<String> statuses = new ArrayList<>();
		List<String> units = new ArrayList<>();
		List<String> results = new ArrayList<>();
		List<String> statusFills = new ArrayList<>();
		List<String> resultFills = new ArrayList<>();
		for (ControlRow row : run) {
			String unit = row.value(Field.NAMND);
			units.add(unit);
			statuses.add(heading + ": " + row.value(Field.STATUS));
			if (!row.value(Field.RESULTAT).isBlank()) {
				results.add(unit + ": " + row.value(Field.RESULTAT));
			}
			statusFills.addAll(row.statusFills());
			resultFills.addAll(row.resultFills());
		}
		values.put(Field.STATUS, String.join("\n", statuses));
		values.put(Field.KONTROLLPUNKT, String.join("\n", units));
		values.put(Field.RESULTAT, String.join("\n", results));
		ControlRow last = run.get(run.size() - 1);
		return new ControlRow(first.sheet(), first.row(), last.lastRow(), values, statusFills, resultFills,
				first.layout(), first.group());
	}
}
