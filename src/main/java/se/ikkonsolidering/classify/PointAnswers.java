package se.ikkonsolidering.classify;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import se.ikkonsolidering.layout.ControlRow;
import se.ikkonsolidering.layout.Field;
import se.ikkonsolidering.layout.HeaderText;
import se.ikkonsolidering.layout.Legend;

/**
 * A control without a status of its own, checked by points each answered ("Är fakturan attesterad? | Ja"). The points
 * ask whether things are in order, so a "Nej" is what the check found, not a check left undone: every point answered
 * is a control carried out, with a deviation where any answer is no or partly; some answered, a control partly
 * carried out. A point not assessed ("–", "Ej bedömd") counts for neither.
 */
final class PointAnswers {

	private final StatusMeanings meanings;

	PointAnswers(StatusMeanings meanings) {
		this.meanings = meanings;
	}

	Optional<StatusDecision> decide(ControlRow control, Legend legend) {
		if (!control.layout().has(Field.SVAR)) {
			return Optional.empty();
		}
		int points = 0;
		int yes = 0;
		List<String> answers = new ArrayList<>();
		for (ControlRow.Point point : control.points()) {
			Optional<ControlStatus> said = point.answer().isEmpty() ? Optional.empty()
					: meanings.word(point.answer(), legend);
			if (said.isPresent() && !isAnAnswer(said.get())) {
				continue;
			}
			points++;
			if (said.isPresent()) {
				answers.add(point.answer());
				yes += said.get() == ControlStatus.GENOMFORD ? 1 : 0;
			}
		}
		if (answers.isEmpty()) {
			return Optional.empty();
		}
		boolean all = answers.size() == points;
		String where = "svaren i kolumnen '" + HeaderText.display(control.layout().headers().get(Field.SVAR))
				+ "': " + answers.size() + " av " + points + " kontrollpunkter besvarade, " + yes + " med ja";
		return Optional.of(new StatusDecision(all ? ControlStatus.GENOMFORD : ControlStatus.DELVIS, StatusSource.KOLUMN,
				String.join(", ", answers), where + (all ? "" : "; kontrollen är inte gjord för alla punkter"), false,
				yes < answers.size()));
	}

	/** Ja, Nej or Delvis; not a point struck or left unassessed. */
	private static boolean isAnAnswer(ControlStatus said) {
		return said == ControlStatus.GENOMFORD || said == ControlStatus.DELVIS || said == ControlStatus.EJ_GENOMFORD;
	}
}
