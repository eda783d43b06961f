package se.ikkonsolidering.report;

import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import se.ikkonsolidering.store.StoredControl;
import se.ikkonsolidering.store.StoredSubmission;

/**
 * What the database holds for one year: every file for it, whatever became of it, and the controls of the current
 * (read, not replaced) files.
 *
 * @param notes which files to check, their receipts and the economy office's corrections; none for a year compared with
 */
record YearData(int year, List<StoredSubmission> submissions, List<StoredControl> controls, YearNotes notes) {

	YearData {
		submissions = List.copyOf(submissions);
		controls = List.copyOf(controls);
	}

	YearData(int year, List<StoredSubmission> submissions, List<StoredControl> controls) {
		this(year, submissions, controls, YearNotes.NONE);
	}

	YearData with(YearNotes newNotes) {
		return new YearData(year, submissions, controls, newNotes);
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
