package se.ikkonsolidering.report;

/**
 * Neutralises text that a spreadsheet program would run as a formula when it opens an export: a leading
 * {@code =}, {@code +}, {@code @}, tab or carriage return, or a {@code -} followed by more than a space, gets an
 * apostrophe in front (OWASP's advice for CSV injection). The text stays readable and the apostrophe shows the
 * reader nothing was lost. A lone "-" (a nämnd's "nothing to report") and a list item "- text" are left as they
 * are: no spreadsheet runs them, and an apostrophe in front only puzzled readers.
 */
final class SpreadsheetSafe {

	private SpreadsheetSafe() {
	}

	static String text(String value) {
		if (value == null || value.isEmpty()) {
			return "";
		}
		char first = value.charAt(0);
		if (first == '=' || first == '+' || first == '@' || first == '\t' || first == '\r'
				|| first == '-' && value.length() > 1 && value.charAt(1) != ' ') {
			return "'" + value;
		}
		return value;
	}
}
