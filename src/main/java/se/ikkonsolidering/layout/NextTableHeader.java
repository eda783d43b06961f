package se.ikkonsolidering.layout;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import se.ikkonsolidering.ingest.RawCell;
import se.ikkonsolidering.ingest.RawRow;

/**
 * The header of another table under the controls, styled as the controls' header is but with other words ("Mått |
 * Jan–aug 2024 | Jan–aug 2025" in the same blue as "Kontrollmoment | Genomförd | Ej genomförd"): a report sheet
 * where the key figures go on below the follow-up. The rows from there on belong to that table: they are no controls,
 * and their numbers are no sample of the controls' columns.
 */
final class NextTableHeader {

	/** Headings a table has at least: fewer filled cells are a heading or a process row across the table. */
	private static final int MIN_HEADINGS = 3;

	/** Longer than a heading: a control's text or a comment. */
	private static final int MAX_HEADING_LENGTH = 40;

	private NextTableHeader() {
	}

	/**
	 * Whether the row heads another table than the one under {@code header}.
	 * @param firstBelow the first row under the header, whose own look shows that rows of the table are not styled
	 *        as the header is
	 */
	static boolean heads(RawRow header, RawRow firstBelow, RawRow row) {
		List<RawCell> cells = row.nonBlankCells();
		if (cells.size() < MIN_HEADINGS || row.number() <= firstBelow.number()) {
			return false;
		}
		for (RawCell cell : cells) {
			Optional<String> headerFill = header.cell(cell.column()).map(RawCell::fill).map(NextTableHeader::colour);
			Optional<String> fill = Optional.ofNullable(cell.fill()).map(NextTableHeader::colour);
			String text = cell.text().strip();
			if (headerFill.isEmpty() || !headerFill.equals(fill)
					|| text.length() > MAX_HEADING_LENGTH || text.chars().noneMatch(Character::isLetter)) {
				return false;
			}
		}
		// Every row of a table and every row of a sheet's head is asked: the cheap look at the fills first, the
		// headings' words last.
		if (sameTexts(header, row)) {
			return false;
		}
		Set<String> firstRowFills = firstBelow.nonBlankCells().stream().map(RawCell::fill)
			.map(f -> f == null ? "" : colour(f)).collect(Collectors.toSet());
		return cells.stream().map(c -> colour(c.fill())).noneMatch(firstRowFills::contains);
	}

	private static boolean sameTexts(RawRow header, RawRow row) {
		return texts(header).equals(texts(row));
	}

	private static List<String> texts(RawRow row) {
		return row.nonBlankCells().stream().map(c -> HeaderText.spaced(c.text())).toList();
	}

	/** A fill that shows: white is the sheet's own colour, no style of a header. */
	private static String colour(String fill) {
		String upper = fill.toUpperCase(Locale.ROOT);
		return upper.equals(ColourSwatches.WHITE) ? null : upper;
	}

}
