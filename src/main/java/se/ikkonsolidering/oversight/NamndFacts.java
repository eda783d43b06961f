package se.ikkonsolidering.oversight;

import java.util.List;
import java.util.Optional;

import se.ikkonsolidering.store.StoredControl;
import se.ikkonsolidering.store.StoredSubmission;

/**
 * What the draft assessment of one nämnd rests on, each figure as the summary shows it.
 *
 * @param followUp the follow-up that counts for the nämnd; empty when none came in
 * @param controls its counted controls (the planned ones it leaves out included)
 * @param done those of them done
 * @param plan its plan held against the follow-up; empty when it sent no plan
 * @param deadlines its deadlines of the year, each as it stands
 * @param notDoneWithoutAction its controls not done whose åtgärd is empty
 * @param deviationsWithoutAction its controls with a reported deviation whose åtgärd is empty
 */
public record NamndFacts(String namnd, int year, Optional<StoredSubmission> followUp, int controls, int done,
		Optional<PlanReview> plan, List<Timeliness> deadlines, List<StoredControl> notDoneWithoutAction,
		List<StoredControl> deviationsWithoutAction) {

	public NamndFacts {
		deadlines = List.copyOf(deadlines);
		notDoneWithoutAction = List.copyOf(notDoneWithoutAction);
		deviationsWithoutAction = List.copyOf(deviationsWithoutAction);
	}

	/** Whole percent rounded down, as the summary shows shares. */
	int percentDone() {
		return controls == 0 ? 0 : (int) (done * 100L / controls);
	}
}
