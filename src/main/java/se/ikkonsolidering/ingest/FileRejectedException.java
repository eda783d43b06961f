package se.ikkonsolidering.ingest;

/**
 * A file that cannot be read as a follow-up. The message is Swedish and written for the sender: what is wrong
 * and what to do; it becomes the {@code .fel.txt} beside the rejected file.
 */
public class FileRejectedException extends RuntimeException {

	private final String advice;

	public FileRejectedException(String problem, String advice) {
		super(problem);
		this.advice = advice;
	}

	public FileRejectedException(String problem, String advice, Throwable cause) {
		super(problem, cause);
		this.advice = advice;
	}

	/** What the sender should do, in Swedish. */
	public String advice() {
		return advice;
	}
}
