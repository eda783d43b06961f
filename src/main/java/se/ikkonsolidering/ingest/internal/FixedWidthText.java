package se.ikkonsolidering.ingest.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import se.ikkonsolidering.ingest.RawCell;
import se.ikkonsolidering.ingest.RawRow;

/**
 * A report printed to text with its columns in fixed widths and a ruler of dashes under the header ("---- ------
 * ------"), as a governance system's print to file or a report generator writes it: each line is cut where the
 * ruler's columns start. A line whose text runs across a column's start ("Process: Bygglov och tillsyn") stays whole,
 * in the first column: it is a heading, not a row of the grid. Without a ruler, the header's headings mark the
 * columns, when the lines below start where they do.
 */
final class FixedWidthText {

	/** Three or more runs of dashes (or equals signs) separated by spaces, and nothing else. */
	private static final Pattern RULER = Pattern.compile("^\\s*[-=]{2,}(\\s+[-=]{2,}){2,}\\s*$");
	private static final Pattern RUN = Pattern.compile("[-=]{2,}");
	/** A field of a line printed in fixed widths: words parted by single spaces, two or more spaces around it. */
	private static final Pattern FIELD = Pattern.compile("\\S+(?: \\S+)*");
	private static final int MIN_COLUMNS = 3;
	private static final int MIN_ALIGNED = 3;
	private static final int MAX_HEADING = 30;
	/** The header stands among the first lines, its rows among the lines right after it. */
	private static final int HEADER_SEARCH = 60;
	private static final int ALIGNMENT_SEARCH = 40;
	/** A printer's form feed opens a new page. */
	private static final String FORM_FEED = "\f";

	private FixedWidthText() {
	}

	/** The rows of the text cut into its ruler's columns, or empty when no line is a ruler. */
	static Optional<List<RawRow>> rows(String text) {
		String[] lines = text.split("\r\n|\r|\n");
		List<Integer> starts = null;
		boolean ruled = true;
		for (String line : lines) {
			if (RULER.matcher(line).matches()) {
				starts = new ArrayList<>();
				Matcher run = RUN.matcher(line);
				while (run.find()) {
					starts.add(run.start());
				}
				break;
			}
		}
		if (starts == null) {
			starts = headerStarts(lines).orElse(null);
			ruled = false;
		}
		if (starts == null) {
			return Optional.empty();
		}
		List<RawRow> rows = new ArrayList<>();
		for (int i = 0; i < lines.length; i++) {
			String line = lines[i].replace(FORM_FEED, "");
			if (line.isBlank() || RULER.matcher(line).matches()) {
				continue;
			}
			rows.add(new RawRow(i + 1, cells(line, starts, ruled)));
		}
		return Optional.of(rows);
	}

	/**
	 * Without a ruler, a header line of at least three short headings parted by two or more spaces ("Nr    Process
	 * Kontrollmoment    Status"), and at least three lines below whose texts start where three of its headings do: a
	 * table printed to text (a PDF copied to a text file), cut where its headings start.
	 */
	private static Optional<List<Integer>> headerStarts(String[] lines) {
		for (int i = 0; i < Math.min(lines.length, HEADER_SEARCH); i++) {
			List<Integer> starts = fieldStarts(lines[i]);
			if (starts.size() < MIN_COLUMNS || !headings(lines[i])) {
				continue;
			}
			int aligned = 0;
			for (int j = i + 1; j < Math.min(lines.length, i + ALIGNMENT_SEARCH) && aligned < MIN_ALIGNED; j++) {
				aligned += fieldStarts(lines[j]).stream().filter(starts::contains).count() >= MIN_COLUMNS ? 1 : 0;
			}
			if (aligned >= MIN_ALIGNED) {
				return Optional.of(starts);
			}
		}
		return Optional.empty();
	}

	private static List<Integer> fieldStarts(String line) {
		List<Integer> starts = new ArrayList<>();
		Matcher field = FIELD.matcher(line);
		while (field.find()) {
			starts.add(field.start());
		}
		return starts;
	}

	/**
	 * Short headings, each opening with a letter or digit: "☒ Genomförd   ☐ Delvis" lined up in a form's lines is no
	 * header, nor "Avvikelse:   ☐ Ja   ☐ Nej".
	 */
	private static boolean headings(String line) {
		Matcher field = FIELD.matcher(line);
		while (field.find()) {
			if (field.group().length() > MAX_HEADING || !Character.isLetterOrDigit(field.group().codePointAt(0))
					|| field.group().endsWith(":")) {
				return false;
			}
		}
		return true;
	}

	/**
	 * @param ruled the columns are a ruler's, whose fields may fill their width up to the one space before the next;
	 *        a header's headings stand two spaces apart at least, so one space there parts the words of one text
	 *        ("Med vänlig hälsning" under the table)
	 */
	private static List<RawCell> cells(String line, List<Integer> starts, boolean ruled) {
		for (int c = 1; c < starts.size(); c++) {
			int start = starts.get(c);
			boolean inWord = start < line.length() && start > 0 && !Character.isWhitespace(line.charAt(start - 1))
					&& !Character.isWhitespace(line.charAt(start));
			boolean oneSpace = !ruled && start < line.length() && start > 1 && line.charAt(start - 1) == ' '
					&& !Character.isWhitespace(line.charAt(start - 2)) && !Character.isWhitespace(line.charAt(start));
			if (inWord || oneSpace) {
				return List.of(RawCell.of(0, line.strip()));
			}
		}
		List<RawCell> cells = new ArrayList<>();
		for (int c = 0; c < starts.size(); c++) {
			int from = Math.min(c == 0 ? 0 : starts.get(c), line.length());
			int to = c + 1 < starts.size() ? Math.min(starts.get(c + 1), line.length()) : line.length();
			String value = line.substring(from, to).strip();
			if (!value.isEmpty()) {
				cells.add(RawCell.of(c, value));
			}
		}
		return cells;
	}
}
