package se.ikkonsolidering.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import se.ikkonsolidering.oversight.PlanReview;
import se.ikkonsolidering.store.StoredControl;

/**
 * The year's follow-up controls with, right after each nämnd's counted follow-up, the planned controls it leaves out:
 * rows of that follow-up (status SAKNAS, flagged EJ_ATERRAPPORTERAD, sourced from the plan), so they count in
 * kontroller.csv, the shares and the traffic light like any control the nämnd did not report.
 */
final class PlanRows {

	private PlanRows() {
	}

	static List<StoredControl> merge(List<StoredControl> controls, List<PlanReview> plans) {
		Map<Long, List<StoredControl>> missing = new HashMap<>();
		for (PlanReview plan : plans) {
			plan.followUp().ifPresent(f -> missing.put(f.id(), plan.notReportedRows()));
		}
		if (missing.values().stream().allMatch(List::isEmpty)) {
			return controls;
		}
		List<StoredControl> merged = new ArrayList<>(controls.size());
		for (int i = 0; i < controls.size(); i++) {
			StoredControl c = controls.get(i);
			merged.add(c);
			boolean lastOfItsFile = i + 1 == controls.size() || controls.get(i + 1).submissionId() != c.submissionId();
			if (lastOfItsFile) {
				merged.addAll(missing.getOrDefault(c.submissionId(), List.of()));
			}
		}
		return merged;
	}
}
