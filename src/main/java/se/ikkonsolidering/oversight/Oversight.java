package se.ikkonsolidering.oversight;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import se.ikkonsolidering.register.Register;
import se.ikkonsolidering.submission.PeriodRules;

/**
 * What kommunstyrelsen's oversight of a run needs besides the database, loaded afresh for every run so an edit needs
 * no restart.
 *
 * @param periods the period words, for when a plan says a control is reported back
 * @param tidplan the kommun's deadlines, {@link Tidplan#NONE} without one
 * @param assessment the criteria of the draft assessment
 * @param common what marks a control as shared by the nämnder
 * @param clock the run's clock: what counts as today
 * @param sources the files it was loaded from (the tidplan, the folder of the kommun's rule files), so a later run
 *        can tell whether what it made from them is still up to date
 */
public record Oversight(PeriodRules periods, Tidplan tidplan, AssessmentRules assessment, CommonControls common,
		Clock clock, List<Path> sources) {

	public Oversight {
		sources = List.copyOf(sources);
	}

	/**
	 * @param configDir the kommun's additions to the rule files, or {@code null}
	 * @param tidplan the tidplan file, or {@code null}
	 * @throws TidplanException when the tidplan cannot be used
	 * @throws IllegalStateException when a rule file cannot be read
	 */
	public static Oversight load(Path configDir, Path tidplan, Register register, Clock clock) {
		PeriodRules periods = PeriodRules.load(configDir);
		return new Oversight(periods, tidplan == null ? Tidplan.NONE : Tidplan.load(tidplan, periods, register),
				AssessmentRules.load(configDir), CommonControls.load(configDir), clock,
				Stream.of(tidplan, configDir).filter(Objects::nonNull).toList());
	}

	/** The built-in rules and no tidplan. */
	public static Oversight load(Path configDir, Clock clock) {
		return load(configDir, null, Register.empty(), clock);
	}

	public LocalDate today() {
		return LocalDate.now(clock);
	}
}
