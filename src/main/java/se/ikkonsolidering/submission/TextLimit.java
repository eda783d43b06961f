package se.ikkonsolidering.submission;

/**
 * Caps a stored text at Excel's own cell limit (32,767 characters). Longer texts only come from CSV files or
 * crafted workbooks; cutting them keeps the database rows and the XLSX export valid, and says so in the text.
 */
final class TextLimit {

	static final int MAX = 32_767;

	private TextLimit() {
	}

	static String cap(String text) {
		if (text.length() <= MAX) {
			return text;
		}
		String note = " … [texten kortades: " + text.length() + " tecken]";
		return text.substring(0, MAX - note.length()) + note;
	}
}
