package se.ikkonsolidering.report;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Why a file could not be read, as the summary's reader needs it: the first sentence of the stored message (which
 * goes on with the sender's advice), without the name of the program fault in brackets that the sender's technician
 * may need ("(IOException)"). The whole message stays in the workbook, inlamningar.csv and the file's .fel.txt.
 */
final class PlainReason {

	/** A full stop that ends a sentence: followed by the next sentence's capital, or by nothing. */
	private static final Pattern SENTENCE_END = Pattern.compile("\\.(?=\\s+\\p{Lu}|\\s*$)");
	private static final Pattern FAULT_NAME = Pattern.compile("\\s*\\(\\w*(Exception|Error)\\)");

	private PlainReason() {
	}

	static String of(String message) {
		String text = message == null ? "" : message.strip();
		Matcher end = SENTENCE_END.matcher(text);
		String first = end.find() ? text.substring(0, end.end()) : text;
		return FAULT_NAME.matcher(first).replaceAll("");
	}
}
