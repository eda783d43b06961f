package se.ikkonsolidering.report;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;

import se.ikkonsolidering.store.StoredControl;
import se.ikkonsolidering.store.SubmissionStore;

/**
 * Every control of the year's current files, each with whether it counts, handed over one at a time: kontroller.csv
 * and the workbook's Kontroller sheet are written from the database as it is read, so a year of any size is never
 * held for them.
 */
@FunctionalInterface
interface ControlRows {

	void forEach(Consumer<ControlLine> each);

	/** Read from the database, in the order of {@link SubmissionStore#findCurrentControls}. */
	static ControlRows stored(SubmissionStore store, int year, Predicate<StoredControl> counted) {
		return each -> store.forEachCurrentControl(year, c -> each.accept(new ControlLine(c, counted.test(c))));
	}

	/** Controls already in memory (a test's year). */
	static ControlRows of(List<StoredControl> controls, Predicate<StoredControl> counted) {
		return each -> controls.forEach(c -> each.accept(new ControlLine(c, counted.test(c))));
	}
}
