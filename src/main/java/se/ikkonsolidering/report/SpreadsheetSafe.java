package se.ikkonsolidering.report;

/**
 * Neutralises text that a spreadsheet program would run as a formula when it opens an export: a leading
 * {@code =}, {@code +}, {@code -}, {@code @}, tab or carriage return gets an apostrophe in front (OWASP's advice
 * for CSV injection). The text stays readable and the apostrophe shows the reader nothing was lost.
 */
final class SpreadsheetSafe {

	private SpreadsheetSafe() {
	}

	static String text(String value) {
		if (value == null || value.isEmpty()) {
			return "";
		}
		char first = value.charAt(0);
		if (first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r') {
			return "'" + value;
		}
		return value;
	}
}
