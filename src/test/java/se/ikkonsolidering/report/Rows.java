package se.ikkonsolidering.report;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import se.ikkonsolidering.classify.ControlStatus;
import se.ikkonsolidering.classify.Flag;
import se.ikkonsolidering.classify.StatusSource;

import se.ikkonsolidering.store.Outcome;
import se.ikkonsolidering.store.StoredControl;
import se.ikkonsolidering.store.StoredSubmission;
import se.ikkonsolidering.submission.Period;
import se.ikkonsolidering.submission.SubmissionKind;

/** Stored rows for model tests, with only what a test cares about spelled out. */
final class Rows {

	static final int YEAR = 2025;

	private Rows() {
	}

	/** A year the database holds nothing for. */
	static YearData nothing(int year) {
		return new YearData(year, List.of(), List.of());
	}

	static StoredSubmission read(long id, String namnd, String period) {
		return submission(id, YEAR, namnd, period, Outcome.INLAST, null);
	}

	static StoredSubmission submission(long id, int year, String namnd, String period, Outcome outcome,
			Long supersededBy) {
		return new StoredSubmission(id, 1L, namnd.toLowerCase() + "-" + id + ".xlsx", "sha" + id, 100, namnd, true,
				year, Period.fromCode(period), null, "", outcome, "Läst från fliken 'Blad1'.", 0, LocalDateTime.of(year + 1, 1, 15, 2, 0),
				supersededBy, null, new StoredSubmission.ReadAs(namnd, year, Period.fromCode(period)),
				SubmissionKind.FOLLOW_UP);
	}

	static StoredSubmission withAssessment(StoredSubmission s, String assessment) {
		return new StoredSubmission(s.id(), s.jobExecutionId(), s.fileName(), s.sha256(), s.fileSize(), s.namnd(),
				s.namndInRegister(), s.year(), s.period(), assessment, s.layout(), s.outcome(), s.message(),
				s.controlCount(), s.receivedAt(), s.supersededBy(), s.storedAs(), s.read(), s.kind());
	}

	static StoredControl control(StoredSubmission s, int seq, String status, String... flags) {
		return named(s, seq, "Kontroll " + seq, status, "KOLUMN", flags);
	}

	/** A control with its kontrollmoment and where its status came from. */
	static StoredControl named(StoredSubmission s, int seq, String kontrollmoment, String status, String source,
			String... flags) {
		return build(s, seq, kontrollmoment, "Resultat " + seq, status, source, flags);
	}

	/** A control with what the nämnd reported for it. */
	static StoredControl reported(StoredSubmission s, int seq, String result, String status, String... flags) {
		return build(s, seq, "Kontroll " + seq, result, status, "TEXT", flags);
	}

	private static StoredControl build(StoredSubmission s, int seq, String kontrollmoment, String result,
			String status, String source, String... flags) {
		return new StoredControl(s.id(), seq, s.namnd(), s.year(), s.period(), s.fileName(), "Blad1", seq + 5,
				String.valueOf(seq), "Process", "", "", kontrollmoment, result, "", "", "", ControlStatus.valueOf(status),
				StatusSource.valueOf(source), "", Stream.of(flags).map(Flag::valueOf).collect(Collectors.toSet()),
				Optional.empty());
	}

	/** The controls of one file: the given statuses in order, each flagged as the ingest would flag it. */
	static List<StoredControl> controls(StoredSubmission s, String... statuses) {
		return IntStream.range(0, statuses.length)
			.mapToObj(i -> control(s, i + 1, statuses[i], flagOf(statuses[i])))
			.toList();
	}

	private static String[] flagOf(String status) {
		return switch (status) {
			case "GENOMFORD" -> new String[0];
			case "OKLAR" -> new String[] { "OKLAR_STATUS" };
			default -> new String[] { status };
		};
	}
}
