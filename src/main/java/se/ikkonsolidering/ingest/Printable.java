package se.ikkonsolidering.ingest;

/**
 * Text from outside made safe to print on one line: control characters are shown escaped ({@code \n}, {@code \r},
 * {@code \t}, {@code \u0007}). A file name with a line break in it must not split a log line, forge another, or
 * break the explanation written beside a rejected file.
 */
public final class Printable {

	private Printable() {
	}

	public static String escape(String text) {
		if (text == null || text.chars().noneMatch(Character::isISOControl)) {
			return text;
		}
		StringBuilder s = new StringBuilder(text.length() + 8);
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '\n' -> s.append("\\n");
				case '\r' -> s.append("\\r");
				case '\t' -> s.append("\\t");
				default -> s.append(Character.isISOControl(c) ? String.format("\\u%04x", (int) c) : String.valueOf(c));
			}
		}
		return s.toString();
	}
}
