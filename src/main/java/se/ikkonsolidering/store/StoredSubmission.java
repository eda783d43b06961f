package se.ikkonsolidering.store;

import java.time.LocalDateTime;
import java.util.Optional;

import se.ikkonsolidering.submission.Period;
import se.ikkonsolidering.submission.SubmissionKind;

/**
 * A submission row as stored.
 *
 * @param year the year, or {@code null} for a rejected file whose year is unknown
 * @param period the period the file reports, empty when it states none
 * @param receivedAt when the job first saw the file (took it from the inbox)
 * @param kind a follow-up, or a nämnd's internkontrollplan
 */
public record StoredSubmission(long id, Long jobExecutionId, String fileName, String sha256, long fileSize,
		String namnd, boolean namndInRegister, Integer year, Optional<Period> period, String assessment, String layout,
		Outcome outcome, String message, int controlCount, LocalDateTime receivedAt, Long supersededBy,
		String storedAs, SubmissionKind kind) {

	public boolean isPlan() {
		return kind == SubmissionKind.PLAN;
	}
}
