package se.ikkonsolidering.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A field read from several columns, or from a control's several rows, is written one "Heading: text" line per column
 * or row ("Status T1: Pågår", "KS: G", "rad 14: Genomförd"): the lines read back as heading and text.
 *
 * @param line the line as written
 * @param heading the column's or row's heading, before the first colon
 * @param text what stands after it, perhaps blank
 */
public record HeadedLine(String line, String heading, String text) {

	private static final Pattern LINE = Pattern.compile("^([^:\\n]{1,60}):[ \\t]*(.*)$", Pattern.MULTILINE);

	/** Every line of the text, when it is two lines or more and each one a heading and its text; else none. */
	public static List<HeadedLine> all(String text) {
		List<HeadedLine> lines = new ArrayList<>();
		Matcher m = LINE.matcher(text);
		int end = 0;
		while (m.find()) {
			if (m.start() != end) {
				return List.of();
			}
			lines.add(new HeadedLine(m.group(), m.group(1), m.group(2)));
			end = m.end() + 1;
		}
		return lines.size() < 2 || end < text.length() ? List.of() : lines;
	}

	/** The one line's heading and text, when the text is one such line. */
	public static Optional<HeadedLine> single(String text) {
		Matcher m = LINE.matcher(text);
		return text.indexOf('\n') < 0 && m.matches() ? Optional.of(new HeadedLine(m.group(), m.group(1), m.group(2)))
				: Optional.empty();
	}
}
