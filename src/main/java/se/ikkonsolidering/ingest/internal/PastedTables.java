package se.ikkonsolidering.ingest.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import se.ikkonsolidering.ingest.RawCell;
import se.ikkonsolidering.ingest.RawRow;
import se.ikkonsolidering.ingest.RawSheet;
import se.ikkonsolidering.ingest.SheetRows;

/**
 * A table pasted into a text of paragraphs, as into an e-mail's body: consecutive lines whose cells are set apart by
 * tabs, or by bars as a text table is typed ("Nr | Kontrollmoment | Status" over "---|---|---"). Each such run is a
 * table of its own, as a Word document's table is, and the lines around it stay paragraphs. A cell in quotes may go on
 * over several lines ("10 fakturor. Avvikelser:
- möbler …").
 */
final class PastedTables {

	/** A header and one row at least: a single line with a tab is a paragraph laid out by hand. */
	private static final int MIN_LINES = 2;
	/** A text table's line has cells between two bars at least: "Nr | Kontrollmoment | Status". */
	private static final int MIN_BARS = 2;
	/** The rule under a text table's header: "---|------|----", "+----+----+". */
	private static final Pattern RULE = Pattern.compile("\\s*[|+]?\\s*:?-{2,}:?\\s*([|+]\\s*:?-*:?\\s*)*[|+]?\\s*");
	/** A line between a table's lines is its heading or a cell's text going on, not a page of prose. */
	private static final int MAX_BETWEEN = 300;
	private static final int MIN_COLUMNS_AROUND = 3;
	/** Three spaces or more: what parts the cells of a line pasted without its tabs. */
	private static final Pattern SPACES = Pattern.compile("\\s{3,}");
	/** The paragraphs right above a table are its headings, as a document's are. */
	private static final int CONTEXT_LINES = 3;

	/** The tables, named "Tabell 1", "Tabell 2" …, and the paragraphs left, each row numbered by its line. */
	record Split(List<RawSheet> tables, List<RawRow> paragraphs) {
	}

	private PastedTables() {
	}

	/**
	 * @param lines the text's lines, without an e-mail's quote marks
	 * @param tableName the tables' name before their number: "Tabell " in a text of its own, where all tables are
	 *        pasted; a document's own tables have that name
	 * @param quotedCells whether a cell in quotes may go on over lines, as a spreadsheet copies it; a document's quote
	 *        marks are its sender's punctuation
	 */
	static Split split(List<String> lines, String tableName, boolean quotedCells) {
		List<RawSheet> tables = new ArrayList<>();
		List<RawRow> paragraphs = new ArrayList<>();
		int i = 0;
		while (i < lines.size()) {
			List<RawRow> rows = new ArrayList<>();
			int j = i;
			boolean piped = lines.get(i).indexOf('\t') < 0 && isPiped(lines.get(i));
			while (j < lines.size() && (piped ? isPiped(lines.get(j)) || RULE.matcher(lines.get(j)).matches()
					: lines.get(j).indexOf('\t') >= 0 || between(lines, j, rows))) {
				int first = j;
				if (piped && RULE.matcher(lines.get(j)).matches()) {
					// "---|---------|------": the line under a text table's header.
					j++;
					continue;
				}
				StringBuilder line = new StringBuilder(lines.get(j));
				while (!piped && quotedCells && quotes(line) % 2 == 1 && j + 1 < lines.size()) {
					j++;
					line.append('\n').append(lines.get(j));
				}
				String text = piped || rows.isEmpty() ? line.toString() : alignedTo(lines.get(i), line.toString());
				rows.add(new RawRow(first + 1, piped ? pipedCells(text) : cellsOfATableLine(text)));
				j++;
			}
			if (rows.size() >= MIN_LINES && !labelledLines(rows)) {
				List<String> above = paragraphs.stream().skip(Math.max(0, paragraphs.size() - CONTEXT_LINES))
					.map(r -> r.text(0)).toList();
				tables.add(new RawSheet(tableName + (tables.size() + 1), false, SheetRows.of(rows), above));
				i = j;
				continue;
			}
			String line = lines.get(i).strip().replaceFirst(":\\t+", ": ");
			if (!line.isEmpty()) {
				paragraphs.add(new RawRow(i + 1, List.of(RawCell.of(0, line))));
			}
			i++;
		}
		return new Split(tables, paragraphs);
	}

	/**
	 * "Ekonomi\t\tAttest av …" under "Område\tKontrollmoment\t…": a tab typed twice, one field more than the
	 * header has, shifts the row's cells right of their headings; with one of the two, the row fits.
	 */
	private static String alignedTo(String header, String line) {
		int width = fields(header);
		String once = line.replaceFirst("\t\t", "\t");
		return fields(line) == width + 1 && fields(once) == width ? once : line;
	}

	/** How many tab-parted fields a line has, not counting tabs at its end. */
	private static int fields(String line) {
		return line.replaceFirst("\t+\\s*$", "").split("\t", -1).length;
	}

	/**
	 * A line without a tab between two of a table's lines ("Vård och omsorg" over the next rows): the table's heading
	 * row for a group of its rows, as a merged row in a table is, or a cell's text gone on to a line of its own. Only
	 * in a table of three columns at least: a title between two lines of a page's header is no row.
	 */
	private static boolean between(List<String> lines, int j, List<RawRow> rows) {
		String line = lines.get(j);
		return !line.isBlank() && line.length() <= MAX_BETWEEN && j + 1 < lines.size()
				&& lines.get(j + 1).indexOf('\t') >= 0
				&& rows.stream().anyMatch(row -> row.cells().size() >= MIN_COLUMNS_AROUND);
	}

	/**
	 * "Från:\tLena Holmqvist", "Ämne:\tSV: Uppföljning …": an e-mail's header, or labels and values set apart by a tab,
	 * a label and its value on each line rather than a table's columns.
	 */
	private static boolean labelledLines(List<RawRow> rows) {
		return rows.stream().allMatch(r -> !r.cells().isEmpty() && r.cells().size() <= 2 && r.cells().get(0).column() == 0
				&& r.cells().get(0).text().endsWith(":"));
	}

	/** "---|------|----": the rule under a text table's header, no row of it. */
	static boolean isRule(String line) {
		return RULE.matcher(line).matches();
	}

	/** "1 | Ekonomiskt bistånd | Kontroll av … | G | 30 ärenden …": a text table's line, its cells set apart by bars. */
	static boolean isPiped(String line) {
		return line.chars().filter(c -> c == '|').count() >= MIN_BARS;
	}

	/** The line's cells between its bars, a bar opening or closing the line no cell's edge. */
	static List<RawCell> pipedCells(String line) {
		String inner = line.strip().replaceFirst("^\\|", "").replaceFirst("\\|$", "");
		List<RawCell> cells = new ArrayList<>();
		String[] texts = inner.split("\\|", -1);
		for (int column = 0; column < texts.length; column++) {
			if (!texts[column].isBlank()) {
				cells.add(RawCell.of(column, texts[column].strip()));
			}
		}
		return cells;
	}

	private static int quotes(CharSequence text) {
		return (int) text.chars().filter(c -> c == '"').count();
	}

	/**
	 * The line's cells by its tabs, or, in a line without a tab, by its runs of three spaces or more when they part
	 * three cells at least: among a table's lines pasted with tabs, one pasted with spaces instead.
	 */
	static List<RawCell> cellsOfATableLine(String line) {
		if (line.indexOf('\t') < 0) {
			String[] parts = SPACES.split(line.strip());
			if (parts.length >= MIN_COLUMNS_AROUND) {
				List<RawCell> cells = new ArrayList<>();
				for (int column = 0; column < parts.length; column++) {
					cells.add(RawCell.of(column, parts[column]));
				}
				return cells;
			}
		}
		return cells(line);
	}

	/** The line's cells by its tabs; a cell in quotes without them, a doubled quote inside it one quote. */
	static List<RawCell> cells(String line) {
		List<RawCell> cells = new ArrayList<>();
		String[] texts = line.split("\t", -1);
		for (int column = 0; column < texts.length; column++) {
			String text = texts[column].strip();
			if (text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")) {
				text = text.substring(1, text.length() - 1).replace("\"\"", "\"").strip();
			}
			if (!text.isEmpty()) {
				cells.add(RawCell.of(column, text));
			}
		}
		return cells;
	}
}
