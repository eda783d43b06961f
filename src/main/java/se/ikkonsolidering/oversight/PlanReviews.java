package se.ikkonsolidering.oversight;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import se.ikkonsolidering.store.Outcome;
import se.ikkonsolidering.store.PlannedControl;
import se.ikkonsolidering.store.StoredControl;
import se.ikkonsolidering.store.StoredSubmission;
import se.ikkonsolidering.submission.PeriodRules;

/** Every current plan of a year held against the follow-up that counts for its nämnd, never another nämnd's. */
public final class PlanReviews {

	private PlanReviews() {
	}

	/**
	 * @param files the year's files
	 * @param counted the follow-up that counts for each nämnd
	 * @param controls the year's follow-up controls
	 * @param planned the controls of the year's current plans
	 * @return one review per current plan, in the order the plans were received
	 */
	public static List<PlanReview> of(List<StoredSubmission> files, Map<String, StoredSubmission> counted,
			List<StoredControl> controls, List<PlannedControl> planned, PeriodRules periods) {
		Map<Long, List<StoredControl>> controlsByFile = controls.stream()
			.collect(Collectors.groupingBy(StoredControl::submissionId));
		Map<Long, List<PlannedControl>> plannedByPlan = planned.stream()
			.collect(Collectors.groupingBy(PlannedControl::submissionId));
		List<PlanReview> reviews = new ArrayList<>();
		for (StoredSubmission plan : files) {
			if (plan.isPlan() && plan.outcome() == Outcome.INLAST) {
				StoredSubmission followUp = counted.get(plan.namnd());
				reviews.add(PlanReview.of(plan, plannedByPlan.getOrDefault(plan.id(), List.of()), followUp,
						followUp == null ? List.of() : controlsByFile.getOrDefault(followUp.id(), List.of()), periods));
			}
		}
		return reviews;
	}
}
