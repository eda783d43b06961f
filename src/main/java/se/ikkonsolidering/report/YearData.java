package se.ikkonsolidering.report;

import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import se.ikkonsolidering.oversight.PlanReview;
import se.ikkonsolidering.store.StoredControl;
import se.ikkonsolidering.store.StoredSubmission;

/**
 * What the database holds for one year: every file for it, whatever became of it, the controls of the current
 * (read, not replaced) follow-ups with the planned controls they leave out, and each current plan held against its
 * nämnd's counted follow-up.
 *
 * @param notes which files to check, their receipts and the economy office's corrections; none for a year compared with
 */
record YearData(int year, List<StoredSubmission> submissions, List<StoredControl> controls, List<PlanReview> plans,
		YearNotes notes) {

	YearData {
		submissions = List.copyOf(submissions);
		controls = List.copyOf(controls);
		plans = List.copyOf(plans);
	}

	/** A year without plans and notes. */
	YearData(int year, List<StoredSubmission> submissions, List<StoredControl> controls) {
		this(year, submissions, controls, List.of(), YearNotes.NONE);
	}

	YearData with(YearNotes newNotes) {
		return new YearData(year, submissions, controls, plans, newNotes);
	}

	/** The file whose figures stand for each nämnd, by {@link PeriodChoice}. */
	Map<String, StoredSubmission> chosen() {
		return PeriodChoice.perNamnd(submissions);
	}

	/** Whether a control belongs to a chosen file, so it counts in the summary. */
	Predicate<StoredControl> counted() {
		return PeriodChoice.counted(submissions);
	}

	Map<Long, List<StoredControl>> controlsBySubmission() {
		return controls.stream().collect(Collectors.groupingBy(StoredControl::submissionId));
	}
}
