package se.ikkonsolidering.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import se.ikkonsolidering.store.StoredControl;

/** The "Att uppmärksamma" section: every flagged control of the counted files, grouped by nämnd in table order. */
final class Attention {

	private Attention() {
	}

	static List<FlaggedControl.Group> groups(List<NamndFigures> namnder, YearData data) {
		Map<Long, List<StoredControl>> controls = data.controlsBySubmission();
		List<FlaggedControl.Group> groups = new ArrayList<>();
		for (NamndFigures n : namnder) {
			List<StoredControl> flagged = n.source()
				.map(s -> controls.getOrDefault(s.id(), List.of()))
				.orElse(List.of())
				.stream()
				.filter(c -> !c.flags().isEmpty())
				.toList();
			if (!flagged.isEmpty()) {
				groups.add(new FlaggedControl.Group(n.namnd(), flagged));
			}
		}
		return groups;
	}
}
