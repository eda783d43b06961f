package se.ikkonsolidering.store;

import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

import se.ikkonsolidering.classify.ControlStatus;
import se.ikkonsolidering.classify.Flag;
import se.ikkonsolidering.classify.StatusSource;
import se.ikkonsolidering.submission.Period;

/**
 * A control as stored, joined with what the summary and exports need of its submission, with its codes typed once
 * here so the report never parses a stored string.
 *
 * @param period the file's period, empty when the file states none
 * @param sourceRow the 1-based row the control starts on in its sheet
 * @param status the status that counts: the economy office's when it corrected it, else the job's
 * @param statusSource where the job read its status from
 * @param flags in code order (AVVIKELSE, DELVIS, EJ_GENOMFORD …), the order kontroller.csv lists them in; the flag a
 *        status raises is the counting status's
 * @param correction the economy office's correction in force, if any
 */
public record StoredControl(long submissionId, int seq, String namnd, int year, Optional<Period> period,
		String fileName, String sheet, int sourceRow, String controlRef, String process, String risk, String riskValue,
		String kontrollmoment, String result, String deviation, String action, String responsible,
		ControlStatus status, StatusSource statusSource, String statusText, Set<Flag> flags,
		Optional<ControlCorrection> correction) {

	/** The statuskälla of kontroller.csv: MANUELL for a status the economy office corrected, else the job's source. */
	public static final String MANUAL_SOURCE = "MANUELL";

	private static final Comparator<Flag> BY_CODE = Comparator.comparing(Flag::name);

	public StoredControl {
		flags = inCodeOrder(flags);
	}

	/** Whether the economy office set the status (rather than marking the row as no control). */
	public boolean manual() {
		return correction.filter(c -> !c.notAControl()).isPresent();
	}

	/** The statuskälla as kontroller.csv writes it: {@value #MANUAL_SOURCE}, KOLUMN, FARG, TEXT or INGEN. */
	public String statusSourceCode() {
		return manual() ? MANUAL_SOURCE : statusSource.name();
	}

	/**
	 * The flags as an unmodifiable set in code order; a set made here is returned as it is, so the store can hand one
	 * shared copy to the many controls with the same flags.
	 */
	static Set<Flag> inCodeOrder(Collection<Flag> flags) {
		if (flags instanceof SortedSet<Flag> sorted && sorted.comparator() == BY_CODE) {
			return sorted;
		}
		SortedSet<Flag> sorted = new TreeSet<>(BY_CODE);
		sorted.addAll(flags);
		return Collections.unmodifiableSortedSet(sorted);
	}
}
