package se.ikkonsolidering.report;

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import se.ikkonsolidering.store.Outcome;
import se.ikkonsolidering.store.StoredControl;
import se.ikkonsolidering.store.StoredSubmission;
import se.ikkonsolidering.submission.Period;

/**
 * Which file's figures stand for a nämnd in a year. Only current files count (a replaced file is history); of those,
 * the latest period wins, because a helår report already covers the delår; a file that states no period loses to
 * one that does, since we never guess a period; between equals the later file wins.
 */
final class PeriodChoice {

	static final String RULE = "Varje nämnd räknas på en fil: den senaste perioden som nämnden har lämnat för "
			+ "året (helår före T2, delår och T1). En fil som ersatts av en nyare fil för samma period räknas inte. "
			+ "En fil utan angiven period räknas bara om nämnden inte har lämnat någon fil med period.";

	private static final Comparator<StoredSubmission> PREFERENCE = Comparator
		.comparingInt((StoredSubmission s) -> s.period().map(Period::rank).orElse(-1))
		.thenComparingLong(StoredSubmission::id);

	private PeriodChoice() {
	}

	/** The chosen follow-up per nämnd, in the order the nämnder first appear; a plan is never chosen. */
	static Map<String, StoredSubmission> perNamnd(Collection<StoredSubmission> submissions) {
		Map<String, StoredSubmission> chosen = new LinkedHashMap<>();
		for (StoredSubmission s : submissions) {
			if (s.outcome() == Outcome.INLAST && !s.isPlan()) {
				chosen.merge(s.namnd(), s, (a, b) -> PREFERENCE.compare(a, b) >= 0 ? a : b);
			}
		}
		return chosen;
	}

	/** Whether a control belongs to a chosen file, so it counts (in the summary and in kontroller.csv). */
	static Predicate<StoredControl> counted(Collection<StoredSubmission> submissions) {
		Set<Long> ids = perNamnd(submissions).values().stream().map(StoredSubmission::id).collect(Collectors.toSet());
		return c -> ids.contains(c.submissionId());
	}

}
