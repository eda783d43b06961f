package se.ikkonsolidering.report;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import se.ikkonsolidering.classify.Flag;
import se.ikkonsolidering.oversight.PlanReview;
import se.ikkonsolidering.store.StoredControl;

/**
 * How each counted control stands to its nämnd's internkontrollplan, for kontroller.csv's column {@code plan}: "i
 * planen, rad 7 (samma ID)", "utanför planen", "ej återrapporterad", or nothing when the nämnd has no plan.
 */
final class PlanMarks {

	private final Map<Long, Map<Integer, String>> byFollowUp = new HashMap<>();

	PlanMarks(List<PlanReview> plans) {
		for (PlanReview plan : plans) {
			plan.followUp().ifPresent(f -> byFollowUp.put(f.id(), plan.notesBySeq()));
		}
	}

	String of(StoredControl control) {
		Map<Integer, String> notes = byFollowUp.get(control.submissionId());
		if (notes == null) {
			return "";
		}
		if (control.flags().contains(Flag.EJ_ATERRAPPORTERAD)) {
			return PlanReview.NOT_REPORTED;
		}
		return notes.getOrDefault(control.seq(), "");
	}
}
