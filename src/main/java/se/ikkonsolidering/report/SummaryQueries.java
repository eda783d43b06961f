package se.ikkonsolidering.report;

import java.util.List;

import se.ikkonsolidering.store.StoredSubmission;
import se.ikkonsolidering.store.SubmissionStore;

/** What the summary reads from the database, through the store. */
final class SummaryQueries {

	private final SubmissionStore store;

	SummaryQueries(SubmissionStore store) {
		this.store = store;
	}

	/** Every file for the year and its current controls. */
	YearData year(int year) {
		return new YearData(year, store.findByYear(year), store.findCurrentControls(year));
	}

	/** The year's current controls as the database hands them over, for the exports that list every one. */
	ControlRows controls(YearData year) {
		return ControlRows.stored(store, year.year(), year.counted());
	}

	/** Unreadable files sent while the nämnder were reporting on the year. */
	List<StoredSubmission> unread(int year) {
		return store.findUnreadNear(year);
	}
}
