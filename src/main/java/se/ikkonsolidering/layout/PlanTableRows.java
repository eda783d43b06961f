package se.ikkonsolidering.layout;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;


/**
 * Plan and follow-up as two tables on one sheet: the plan's table (process, risk, kontrollmoment, ansvarig, nothing
 * reported) above, the follow-up's (kontrollmoment, status, comment) below, the same controls in both. A control is
 * read once, from the follow-up, with what only the plan says about it (process, risk, ansvarig); a control only the
 * plan names stays, as one nothing was reported for.
 */
public final class PlanTableRows {

	private static final List<Field> REPORTED = List.of(Field.STATUS, Field.STATUSMARKERING, Field.RESULTAT,
			Field.AVVIKELSE);
	private static final List<Field> FROM_THE_PLAN = List.of(Field.ID, Field.PROCESS, Field.RISK, Field.RISKVARDE,
			Field.ANSVARIG, Field.STARTDATUM, Field.SLUTDATUM, Field.ATERREDOVISAS);

	private PlanTableRows() {
	}

	/** The controls with the plan's rows that the follow-up repeats left out, each counted as skipped. */
	static List<ControlRow> leftOut(List<ControlRow> controls, RowTally tally) {
		Map<String, ControlRow> reported = new HashMap<>();
		List<ControlRow> planned = new ArrayList<>();
		for (ControlRow control : controls) {
			if (isPlanTable(control.layout())) {
				planned.add(control);
			}
			else {
				reported.putIfAbsent(control.wordsKey(), control);
			}
		}
		Set<ControlRow> repeated = new HashSet<>();
		planned.stream().filter(p -> !p.wordsKey().isEmpty() && reported.containsKey(p.wordsKey()))
			.forEach(repeated::add);
		// Most of the plan's controls must stand in the follow-up: else the tables are two lists, not plan and report.
		if (repeated.isEmpty() || repeated.size() * 2 < planned.size()) {
			return controls;
		}
		Map<ControlRow, ControlRow> planOf = new HashMap<>();
		repeated.forEach(p -> planOf.putIfAbsent(reported.get(p.wordsKey()), p));
		List<ControlRow> kept = new ArrayList<>();
		for (ControlRow control : controls) {
			if (repeated.contains(control)) {
				tally.skipControl("står också i uppföljningens tabell");
			}
			else {
				kept.add(planOf.containsKey(control) ? withThePlans(control, planOf.get(control)) : control);
			}
		}
		return kept;
	}

	/**
	 * A document's plan table (kontrollmoment and risk values, nothing reported) and its follow-up table of the same
	 * controls, as tables of their own: for each plan table, by its index, its controls that no follow-up reports. Those
	 * are read from the plan, with nothing reported; the others are read from the follow-up.
	 */
	public static Map<Integer, List<ControlRow>> repeatedPlanTables(List<SheetReading> tables) {
		Set<String> reported = new HashSet<>();
		tables.stream().flatMap(t -> t.controls().stream()).filter(c -> !isPlanTable(c.layout()))
			.forEach(c -> reported.add(c.wordsKey()));
		Map<Integer, List<ControlRow>> plans = new HashMap<>();
		for (int i = 0; i < tables.size(); i++) {
			List<ControlRow> controls = tables.get(i).controls();
			long repeated = controls.stream().filter(c -> isPlanTable(c.layout()) && reported.contains(c.wordsKey()))
				.count();
			// Most of the plan's controls followed up: the plan's table, a control or two left out of the follow-up.
			if (repeated > 0 && repeated * 2 > controls.size()
					&& controls.stream().allMatch(c -> isPlanTable(c.layout()))) {
				plans.put(i, controls.stream().filter(c -> !reported.contains(c.wordsKey())).toList());
			}
		}
		return plans;
	}

	/**
	 * Next year's plan on a sheet of its own beside this year's follow-up ("Internkontrollplan 2026" beside "Uppföljning
	 * 2025"), or next year's plan table after the follow-up's in a document: by index, each plan table whose year, by
	 * its sheet's name or titles, comes after every follow-up table's; empty when a follow-up names no year.
	 */
	public static Map<Integer, Integer> nextYearsPlans(List<SheetReading> tables) {
		Map<Integer, Integer> planYears = new HashMap<>();
		int followUpYear = 0;
		for (int i = 0; i < tables.size(); i++) {
			// "Resultat 2026" left blank on every row of next year's plan: to be filled in at its follow-up.
			boolean plan = isPlan(tables.get(i)) || reportsNothing(tables.get(i));
			int year = yearOf(tables.get(i), plan);
			if (plan) {
				planYears.put(i, year);
			}
			else if (year == 0) {
				return Map.of();
			}
			else {
				followUpYear = Math.max(followUpYear, year);
			}
		}
		int thisYear = followUpYear;
		planYears.values().removeIf(year -> thisYear == 0 || year <= thisYear);
		return planYears;
	}

	/**
	 * The year the sheet's name names, or its first dated title, a follow-up's own heading; a plan's the latest year
	 * its titles name: in a document the paragraphs before its table close the table before it ("Bilaga 3: … 2025")
	 * and look back on the year ("kontroller som inte kunde slutföras 2025") as well as name the plan's.
	 */
	private static int yearOf(SheetReading table, boolean plan) {
		int named = HeaderText.lastYear(table.sheet());
		IntStream years = table.titles().stream().mapToInt(HeaderText::lastYear).filter(y -> y > 0);
		return named > 0 ? named : (plan ? years.max() : years.findFirst()).orElse(0);
	}

	/** A table of controls whose columns for what was done are blank on every row. */
	private static boolean reportsNothing(SheetReading table) {
		return !table.controls().isEmpty() && table.controls().stream()
			.allMatch(c -> REPORTED.stream().allMatch(field -> c.value(field).isBlank()));
	}

	/** A table of planned controls with nothing reported on them: the plan's own sheet. */
	public static boolean isPlan(SheetReading table) {
		return !table.controls().isEmpty() && table.controls().stream().allMatch(c -> isPlanTable(c.layout()));
	}

	private static boolean isPlanTable(TableLayout layout) {
		return layout.has(Field.KONTROLLMOMENT) && REPORTED.stream().noneMatch(layout::has);
	}

	private static ControlRow withThePlans(ControlRow followUp, ControlRow plan) {
		Map<Field, String> values = new EnumMap<>(Field.class);
		values.putAll(followUp.values());
		for (Field field : FROM_THE_PLAN) {
			if (followUp.value(field).isBlank() && !plan.value(field).isBlank()) {
				values.put(field, plan.value(field));
			}
		}
		return new ControlRow(followUp.sheet(), followUp.row(), followUp.lastRow(), values, followUp.statusFills(),
				followUp.resultFills(), followUp.layout(), followUp.group());
	}
}
