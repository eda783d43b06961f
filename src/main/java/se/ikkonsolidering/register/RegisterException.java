package se.ikkonsolidering.register;

/**
 * The register file cannot be used: unreadable, another header, or a name that would put follow-ups under the wrong
 * nämnd. The message is one line naming the file and the line at fault, fit to show as it is.
 */
public final class RegisterException extends RuntimeException {

	RegisterException(String message) {
		super(message);
	}

	RegisterException(String message, Throwable cause) {
		super(message, cause);
	}
}
