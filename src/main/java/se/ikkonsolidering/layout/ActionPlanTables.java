package se.ikkonsolidering.layout;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The action plan for the deviations a follow-up found ("Åtgärdsplan": Kontrollmoment | Konstaterad avvikelse |
 * Åtgärd | Status åtgärd), on a sheet of its own beside the follow-up: the same controls again, some of them, each with
 * what is done about its deviation. Its status is the action's, not the control's, so its controls are counted once,
 * from the tables that follow them up.
 */
public final class ActionPlanTables {

	/** A list of deviations; a control's card of its own ("KK1") has a deviation and an action too. */
	private static final int MIN_ROWS = 2;

	private ActionPlanTables() {
	}

	/**
	 * "Åtgärd | Kopplad till kontrollmoment | Ansvarig | Klart senast | Status": the action leads the row and the control
	 * it answers follows, as a list of actions is written; a follow-up puts its action after the control's result.
	 */
	private static boolean actionLed(Optional<TableLayout> layout) {
		return layout.filter(l -> l.has(Field.ATGARD) && l.has(Field.KONTROLLMOMENT))
			.filter(l -> l.column(Field.ATGARD).get() < l.column(Field.KONTROLLMOMENT).get())
			.isPresent();
	}

	/**
	 * Where the table at {@code index} is an action plan, the tables its controls are followed up in: each of its rows
	 * has a finding and an action, and every control of it stands in the other tables, which report more controls
	 * than it lists; or each row is led by its action and other tables follow controls up.
	 */
	public static Optional<List<String>> followedUpIn(List<SheetReading> tables, int index) {
		SheetReading table = tables.get(index);
		Optional<TableLayout> layout = table.layout().filter(l -> l.has(Field.ATGARD));
		if (table.controls().size() < MIN_ROWS || layout.isEmpty()) {
			return Optional.empty();
		}
		if (actionLed(layout) && table.controls().stream().noneMatch(c -> c.value(Field.ATGARD).isBlank())) {
			List<String> sheets = new ArrayList<>();
			for (int i = 0; i < tables.size(); i++) {
				if (i != index && !tables.get(i).controls().isEmpty() && !actionLed(tables.get(i).layout())) {
					sheets.add(tables.get(i).sheet());
				}
			}
			return sheets.isEmpty() ? Optional.empty() : Optional.of(sheets);
		}
		// Each of its rows a deviation ("Konstaterad avvikelse", "Iakttagelse") and what is done about it: a list of
		// deviations, not a process's controls. A table giving each control's risk is the plan followed up, a process's
		// sheet beside a summary of them all, its actions those taken on what it found.
		Field found = layout.get().has(Field.AVVIKELSE) ? Field.AVVIKELSE : Field.RESULTAT;
		if (layout.get().has(Field.RISK)
				|| table.controls().stream()
					.anyMatch(c -> c.value(found).isBlank() || c.value(Field.ATGARD).isBlank())) {
			return Optional.empty();
		}
		Set<String> listed = new HashSet<>();
		for (ControlRow control : table.controls()) {
			if (control.wordsKey().isEmpty()) {
				return Optional.empty();
			}
			listed.add(control.wordsKey());
		}
		Set<String> elsewhere = new HashSet<>();
		List<String> sheets = new ArrayList<>();
		for (int i = 0; i < tables.size(); i++) {
			if (i == index) {
				continue;
			}
			Set<String> own = new HashSet<>();
			tables.get(i).controls().forEach(c -> own.add(c.wordsKey()));
			if (own.stream().anyMatch(listed::contains)) {
				sheets.add(tables.get(i).sheet());
			}
			elsewhere.addAll(own);
		}
		return elsewhere.size() > listed.size() && elsewhere.containsAll(listed) ? Optional.of(sheets) : Optional.empty();
	}
}
