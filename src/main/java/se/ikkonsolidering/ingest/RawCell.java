package se.ikkonsolidering.ingest;

import java.text.Normalizer;

/**
 * One non-empty (or filled) cell as the sender saw it.
 *
 * @param column 0-based column index
 * @param text the displayed text; for a merged region every cell carries the region's text
 * @param fill solid fill colour as {@code RRGGBB}, or {@code null}
 * @param mergedFromAbove the cell lies inside a merged region that started on an earlier row
 * @param mergedAcross the cell belongs to a merged region spanning several columns
 * @param error the cell holds a formula error such as {@code #REF!}
 * @param ink the colour its text is written in as {@code RRGGBB}, where a spreadsheet gives one other than black, or
 *        {@code null}: a sheet may colour its statuses' words instead of their cells
 */
public record RawCell(int column, String text, String fill, boolean mergedFromAbove, boolean mergedAcross,
		boolean error, String ink) {

	public RawCell {
		if (column < 0) {
			throw new IllegalArgumentException("column must be >= 0");
		}
		text = text == null ? "" : composed(text);
	}

	public RawCell(int column, String text, String fill, boolean mergedFromAbove, boolean mergedAcross, boolean error) {
		this(column, text, fill, mergedFromAbove, mergedAcross, error, null);
	}

	/**
	 * The text with each letter as one character: pasted from a Mac, "genomförd" may spell its "ö" as an "o" and a
	 * combining diaeresis, which no word of the rules matches.
	 */
	static String composed(String text) {
		return Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text
				: Normalizer.normalize(text, Normalizer.Form.NFC);
	}

	public static RawCell of(int column, String text) {
		return new RawCell(column, text, null, false, false, false);
	}

	/** This merged region's value as it appears in another cell of the region. */
	public RawCell spreadTo(int otherColumn, boolean fromAbove) {
		return new RawCell(otherColumn, text, fill, fromAbove, mergedAcross, error, ink);
	}

	/** This cell with other text. */
	public RawCell withText(String other) {
		return new RawCell(column, other, fill, mergedFromAbove, mergedAcross, error, ink);
	}

	/** This cell with the colour its text is written in as its fill. */
	public RawCell inkAsFill() {
		return new RawCell(column, text, ink, mergedFromAbove, mergedAcross, error, ink);
	}

	public boolean isBlank() {
		return text.isBlank();
	}
}
