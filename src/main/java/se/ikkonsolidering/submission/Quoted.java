package se.ikkonsolidering.submission;

/** A text of the file quoted in a message: on one line, long ones cut, so a message stays readable. */
final class Quoted {

	static final int MAX = 80;

	private Quoted() {
	}

	/** "'Uppföljning av internkontrollplan 2025'", "'Socialnämndens uppföljning av intern kontroll …'". */
	static String of(String text) {
		String line = text.replaceAll("\\s+", " ").strip();
		return "'" + (line.length() <= MAX ? line : line.substring(0, MAX - 1).strip() + " …") + "'";
	}
}
