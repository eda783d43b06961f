package se.ikkonsolidering.correction;

/** A corrections workbook that cannot be used at all; the message says why, in Swedish. */
final class CorrectionFileException extends RuntimeException {

	CorrectionFileException(String message) {
		super(message);
	}
}
