package se.ikkonsolidering.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * Risks the plan accepts ("Hantering: Accepteras") in a table of controls, where plan and follow-up share a sheet: the
 * row names a risk, no kontrollmoment and nothing done or found. Such a row is no control.
 */
final class AcceptedRisks {

	private AcceptedRisks() {
	}

	/** The controls without accepted risks, each left out counted as skipped with its reason. */
	static List<ControlRow> leftOut(List<ControlRow> controls, RowTally tally) {
		List<ControlRow> kept = new ArrayList<>();
		for (ControlRow control : controls) {
			if (isAcceptedRisk(control)) {
				tally.skipControl("med en risk men utan kontrollmoment och uppföljning");
			}
			else {
				kept.add(control);
			}
		}
		return kept;
	}

	private static boolean isAcceptedRisk(ControlRow control) {
		return control.layout().has(Field.KONTROLLMOMENT) && control.value(Field.KONTROLLMOMENT).isBlank()
				&& !control.value(Field.RISK).isBlank() && control.statusFills().isEmpty()
				&& List.of(Field.STATUS, Field.RESULTAT, Field.AVVIKELSE).stream().allMatch(f -> control.value(f).isBlank());
	}
}
