package se.ikkonsolidering.ingest;

import se.ikkonsolidering.ingest.internal.DelimiterDetector;
import se.ikkonsolidering.ingest.internal.TextDecoder;

/**
 * A delimited text file decoded as the inbox's CSV reader decodes it, for the other text files a kommun keeps in
 * Excel (the nämnd register): one encoding and separator detection for all of them.
 *
 * @param text the text, without byte-order mark
 * @param delimiter the field separator
 */
public record DelimitedText(String text, char delimiter) {

	/** Decodes with {@link TextDecoder} and picks the separator with {@link DelimiterDetector}. */
	public static DelimitedText decode(byte[] bytes) {
		String text = TextDecoder.text(bytes);
		return new DelimitedText(text, DelimiterDetector.detect(text));
	}
}
