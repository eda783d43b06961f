package se.ikkonsolidering.oversight;

/**
 * The tidplan cannot be used: unreadable, another header, a period, date or nämnd that cannot be read. The message is
 * one line naming the file and the line at fault, fit to show as it is.
 */
public final class TidplanException extends RuntimeException {

	TidplanException(String message) {
		super(message);
	}

	TidplanException(String message, Throwable cause) {
		super(message, cause);
	}
}
