package se.ikkonsolidering.oversight;

import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import se.ikkonsolidering.classify.ControlStatus;
import se.ikkonsolidering.classify.Flag;
import se.ikkonsolidering.classify.StatusSource;
import se.ikkonsolidering.store.Outcome;
import se.ikkonsolidering.store.PlannedControl;
import se.ikkonsolidering.store.StoredControl;
import se.ikkonsolidering.store.StoredSubmission;
import se.ikkonsolidering.submission.Period;
import se.ikkonsolidering.submission.SubmissionKind;

/** Stored rows for the oversight's tests, with only what a test cares about spelled out. */
final class Stored {

	static final int YEAR = 2025;

	private Stored() {
	}

	static StoredSubmission plan(long id, String namnd) {
		return submission(id, namnd, "", SubmissionKind.PLAN, LocalDateTime.of(YEAR, 2, 1, 2, 0));
	}

	static StoredSubmission followUp(long id, String namnd, String period, LocalDateTime received) {
		return submission(id, namnd, period, SubmissionKind.FOLLOW_UP, received);
	}

	static StoredSubmission followUp(long id, String namnd, String period) {
		return followUp(id, namnd, period, LocalDateTime.of(YEAR + 1, 1, 20, 2, 0));
	}

	private static StoredSubmission submission(long id, String namnd, String period, SubmissionKind kind,
			LocalDateTime received) {
		String name = namnd + (kind == SubmissionKind.PLAN ? " plan " : " uppföljning ") + id + ".xlsx";
		return new StoredSubmission(id, 1L, name, "sha" + id, 100, namnd, true, YEAR, Period.fromCode(period), null, "",
				Outcome.INLAST, "Läst.", 0, received, null, null,
				new StoredSubmission.ReadAs(namnd, YEAR, Period.fromCode(period)), kind);
	}

	static PlannedControl planned(StoredSubmission plan, int seq, String id, String kontrollmoment, String reportBack) {
		return new PlannedControl(plan.id(), seq, plan.namnd(), YEAR, plan.fileName(), "Plan", seq + 3, id, "Process",
				"", "", kontrollmoment, "Ansvarig", reportBack);
	}

	static StoredControl control(StoredSubmission file, int seq, String id, String kontrollmoment, ControlStatus status,
			Flag... flags) {
		Set<Flag> set = flags.length == 0 ? Set.of() : EnumSet.of(flags[0], flags);
		return new StoredControl(file.id(), seq, file.namnd(), YEAR, file.period(), file.fileName(), "Uppföljning",
				seq + 5, id, "Process", "", "", kontrollmoment, "Resultat " + seq, "", "", "", status,
				status == ControlStatus.SAKNAS ? StatusSource.INGEN : StatusSource.KOLUMN, "", set, Optional.empty());
	}
}
