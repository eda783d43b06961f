package se.ikkonsolidering.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * Risks the plan accepts ("Hantering: Accepteras") in a table of controls, where plan and follow-up share a sheet: the
 * row names a risk, no kontrollmoment or one saying there is none ("Ingen kontroll – …"), and nothing done or found;
 * and rows whose kontrollmoment says there is none, whatever else they hold. Such a row is no control.
 */
final class AcceptedRisks {

	/** Why a row saying there is no control was skipped. */
	static final String NONE = "som säger att det inte finns något kontrollmoment";

	private AcceptedRisks() {
	}

	/** The controls without accepted risks, each left out counted as skipped with its reason. */
	static List<ControlRow> leftOut(List<ControlRow> controls, RowTally tally, Labels labels) {
		List<ControlRow> kept = new ArrayList<>();
		for (ControlRow control : controls) {
			if (isAcceptedRisk(control, labels)) {
				tally.skipControl("med en risk men utan kontrollmoment och uppföljning");
			}
			else if (saysThereIsNone(control, labels)) {
				tally.skipControl(NONE);
			}
			else {
				kept.add(control);
			}
		}
		return kept;
	}

	/**
	 * "Inga kontrollmoment planerade för 2025 | – | Se ovan": a nämnd without controls answers in the table it was sent,
	 * whatever it puts in the status and comment cells.
	 */
	private static boolean saysThereIsNone(ControlRow control, Labels labels) {
		return labels.startsWith(Labels.Kind.INGEN_KONTROLL, control.value(Field.KONTROLLMOMENT));
	}

	private static boolean isAcceptedRisk(ControlRow control, Labels labels) {
		String kontrollmoment = control.value(Field.KONTROLLMOMENT);
		// "Ingen kontroll – hanteras i ordinarie SBA-arbete": the plan says so in words.
		boolean none = kontrollmoment.isBlank() || labels.startsWith(Labels.Kind.INGEN_KONTROLL, kontrollmoment);
		// "–" for the kontrollmoment, with why beside it ("Låg risk – accepteras"): a dash for none, and a remark.
		boolean dash = kontrollmoment.codePoints().noneMatch(Character::isLetterOrDigit);
		return control.layout().has(Field.KONTROLLMOMENT) && (none || dash)
				&& !control.value(Field.RISK).isBlank() && control.statusFills().isEmpty()
				&& List.of(Field.STATUS, Field.RESULTAT, Field.AVVIKELSE).stream()
					.filter(f -> !dash || f != Field.RESULTAT)
					.allMatch(f -> control.value(f).isBlank());
	}
}
