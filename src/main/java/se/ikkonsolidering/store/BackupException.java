package se.ikkonsolidering.store;

/** A backup that cannot be written or restored; the message is one line naming the file and what to do. */
public final class BackupException extends RuntimeException {

	BackupException(String message) {
		super(message);
	}

	BackupException(String message, Throwable cause) {
		super(message, cause);
	}
}
