package se.ikkonsolidering.oversight;

import java.nio.file.Path;
import java.time.Clock;

import se.ikkonsolidering.submission.PeriodRules;

/**
 * What kommunstyrelsen's oversight of a run needs besides the database, loaded afresh for every run so an edit needs
 * no restart.
 *
 * @param periods the period words, for when a plan says a control is reported back
 * @param clock the run's clock: what counts as today
 */
public record Oversight(PeriodRules periods, Clock clock) {

	/** @param configDir the kommun's additions to the rule files, or {@code null} */
	public static Oversight load(Path configDir, Clock clock) {
		return new Oversight(PeriodRules.load(configDir), clock);
	}
}
