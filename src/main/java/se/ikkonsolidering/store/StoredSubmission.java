package se.ikkonsolidering.store;

import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Optional;

import se.ikkonsolidering.submission.Period;
import se.ikkonsolidering.submission.SubmissionKind;

/**
 * A submission row as stored.
 *
 * @param namnd the nämnd that counts: the economy office's when it corrected the file's, else the job's reading
 * @param year the year that counts, or {@code null} for a rejected file whose year is unknown
 * @param period the period that counts, empty when the file states none
 * @param controlCount the controls that count: those read, less the rows the economy office marked as no control
 * @param read the nämnd, year and period as the job read them
 * @param receivedAt when the job first saw the file (took it from the inbox)
 * @param kind a follow-up, or a nämnd's internkontrollplan
 */
public record StoredSubmission(long id, Long jobExecutionId, String fileName, String sha256, long fileSize,
		String namnd, boolean namndInRegister, Integer year, Optional<Period> period, String assessment, String layout,
		Outcome outcome, String message, int controlCount, LocalDateTime receivedAt, Long supersededBy,
		String storedAs, ReadAs read, SubmissionKind kind) {

	public boolean isPlan() {
		return kind == SubmissionKind.PLAN;
	}

	/** Whether the economy office corrected the file's nämnd, year or period. */
	public boolean corrected() {
		return !read.namnd().equals(namnd) || !Objects.equals(read.year(), year) || !read.period().equals(period);
	}

	/** The nämnd, year and period as the job read them from the file. */
	public record ReadAs(String namnd, Integer year, Optional<Period> period) {
	}
}
