package se.ikkonsolidering.report;

import java.util.List;

import se.ikkonsolidering.oversight.Oversight;
import se.ikkonsolidering.oversight.PlanReview;
import se.ikkonsolidering.oversight.PlanReviews;
import se.ikkonsolidering.store.StoredControl;
import se.ikkonsolidering.store.StoredSubmission;
import se.ikkonsolidering.store.SubmissionStore;

/** What the summary reads from the database, through the store. */
final class SummaryQueries {

	private final SubmissionStore store;
	private final Oversight oversight;

	SummaryQueries(SubmissionStore store, Oversight oversight) {
		this.store = store;
		this.oversight = oversight;
	}

	/**
	 * Every file for the year, the current follow-ups' controls with the planned controls each counted follow-up
	 * leaves out, and each current plan held against its nämnd's counted follow-up.
	 */
	YearData year(int year) {
		List<StoredSubmission> files = store.findByYear(year);
		List<StoredControl> controls = store.findCurrentControls(year);
		List<PlanReview> plans = PlanReviews.of(files, PeriodChoice.perNamnd(files), controls,
				store.plans().findPlannedControls(year), oversight.periods());
		return new YearData(year, files, PlanRows.merge(controls, plans), plans, YearNotes.NONE);
	}

	/**
	 * The year's current controls as the database hands them over, with the planned controls each counted follow-up
	 * leaves out, for the exports that list every one.
	 */
	ControlRows controls(YearData year) {
		return ControlRows.stored(store, year);
	}

	/** Unreadable files sent while the nämnder were reporting on the year. */
	List<StoredSubmission> unread(int year) {
		return store.findUnreadNear(year);
	}
}
