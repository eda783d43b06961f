package se.ikkonsolidering.report;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Predicate;

import se.ikkonsolidering.oversight.Oversight;
import se.ikkonsolidering.store.StoredControl;
import se.ikkonsolidering.store.StoredSubmission;

/**
 * Computes the {@link Summary} from the rows the database holds; no database or Spring here, so every rule of the
 * summary tests in milliseconds.
 */
final class SummaryBuilder {

	private SummaryBuilder() {
	}

	/** With the built-in rules and no tidplan. */
	static Summary build(List<String> registerNames, YearData current, YearData previous,
			List<StoredSubmission> unread, LocalDateTime now) {
		return build(registerNames, current, previous, unread, now,
				Oversight.load(null, Clock.fixed(now.atZone(ZoneId.systemDefault()).toInstant(), ZoneId.systemDefault())));
	}

	/**
	 * @param registerNames the register's nämnder, in its order
	 * @param current the selected year
	 * @param previous the year before, possibly empty
	 * @param unread files that could not be read in the runs that brought this year's files
	 * @param now when the summary is made
	 * @param oversight the tidplan and the rules of the draft assessment
	 */
	static Summary build(List<String> registerNames, YearData current, YearData previous,
			List<StoredSubmission> unread, LocalDateTime now, Oversight oversight) {
		List<NamndFigures> namnder = NamndTable.build(registerNames, current);
		Predicate<StoredControl> counted = current.counted();
		List<StoredControl> countedControls = current.controls().stream().filter(counted).toList();
		return new Summary(current.year(), SubmissionList.RECEIVED.format(now), KeyFigures.of(namnder), namnder,
				StatusChart.of(namnder), Attention.groups(namnder, current),
				SubmissionList.build(current, unread, namnder), MethodFigures.of(countedControls),
				YearOverYear.compare(namnder, current, previous), current.notes().corrections(), OversightView.of(namnder, current, oversight));
	}
}
