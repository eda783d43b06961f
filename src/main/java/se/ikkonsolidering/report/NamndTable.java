package se.ikkonsolidering.report;

import java.text.Collator;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import se.ikkonsolidering.store.StoredControl;
import se.ikkonsolidering.store.StoredSubmission;

/**
 * One line per nämnd: every register nämnd in register order, so one that sent nothing still stands in the table,
 * then nämnder that reported but are not in the register, alphabetically.
 */
final class NamndTable {

	private NamndTable() {
	}

	static List<NamndFigures> build(List<String> registerNames, YearData data) {
		Map<String, StoredSubmission> chosen = data.chosen();
		Map<Long, List<StoredControl>> controls = data.controlsBySubmission();
		Set<String> registered = new LinkedHashSet<>(registerNames);
		List<String> others = new ArrayList<>(chosen.keySet());
		others.removeAll(registered);
		others.sort(Collator.getInstance(Locale.forLanguageTag("sv-SE")));

		List<NamndFigures> rows = new ArrayList<>();
		for (String namnd : registered) {
			rows.add(row(namnd, true, chosen.get(namnd), controls));
		}
		for (String namnd : others) {
			rows.add(row(namnd, false, chosen.get(namnd), controls));
		}
		return rows;
	}

	private static NamndFigures row(String namnd, boolean inRegister, StoredSubmission source,
			Map<Long, List<StoredControl>> controls) {
		if (source == null) {
			return NamndFigures.notSubmitted(namnd, inRegister);
		}
		return NamndFigures.of(namnd, inRegister, source, controls.getOrDefault(source.id(), List.of()));
	}
}
