package se.ikkonsolidering.store;

import java.time.LocalDateTime;

/**
 * A submission row as stored.
 *
 * @param year the year, or {@code null} for a rejected file whose year is unknown
 * @param periodCode a {@code Period} name, or empty when the file states none
 */
public record StoredSubmission(long id, Long jobExecutionId, String fileName, String sha256, long fileSize,
		String namnd, boolean namndInRegister, Integer year, String periodCode, String assessment, String layout,
		Outcome outcome, String message, int controlCount, LocalDateTime receivedAt, Long supersededBy,
		String storedAs) {
}
