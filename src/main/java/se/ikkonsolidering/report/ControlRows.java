package se.ikkonsolidering.report;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;

import se.ikkonsolidering.store.StoredControl;
import se.ikkonsolidering.store.SubmissionStore;

/**
 * Every control of the year's current files, each with whether it counts, handed over one at a time: kontroller.csv
 * and the workbook's Kontroller sheet are written from the database as it is read, so a year of any size is never
 * held for them. The rows are {@link YearData#controls()}'s, in its order: after each counted follow-up's last
 * control come the planned controls it leaves out ({@link PlanRows}).
 */
@FunctionalInterface
interface ControlRows {

	void forEach(Consumer<ControlLine> each);

	/** Read from the database, in the order of {@link SubmissionStore#findCurrentControls}, the plans' rows merged. */
	static ControlRows stored(SubmissionStore store, YearData year) {
		Predicate<StoredControl> counted = year.counted();
		return each -> PlanRows.forEach(read -> store.forEachCurrentControl(year.year(), read), year.plans(),
				c -> each.accept(new ControlLine(c, counted.test(c))));
	}

	/** Controls already in memory, the plans' rows among them (a test's year). */
	static ControlRows of(List<StoredControl> controls, Predicate<StoredControl> counted) {
		return each -> controls.forEach(c -> each.accept(new ControlLine(c, counted.test(c))));
	}

	/** A year's controls as held in memory (a test's year). */
	static ControlRows of(YearData year) {
		return of(year.controls(), year.counted());
	}
}
