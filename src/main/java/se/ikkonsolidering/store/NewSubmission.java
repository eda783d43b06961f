package se.ikkonsolidering.store;

import java.time.LocalDateTime;

/**
 * The file facts stored with every submission, whatever its outcome.
 *
 * @param jobExecutionId the Spring Batch job execution that took the file
 * @param fileName the name the sender gave the file
 * @param sha256 the content checksum, hex
 * @param fileSize bytes
 * @param receivedAt when the job took it
 */
public record NewSubmission(long jobExecutionId, String fileName, String sha256, long fileSize,
		LocalDateTime receivedAt) {
}
