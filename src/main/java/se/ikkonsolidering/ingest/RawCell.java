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
 */
public record RawCell(int column, String text, String fill, boolean mergedFromAbove, boolean mergedAcross,
		boolean error) {

	public RawCell {
		if (column < 0) {
			throw new IllegalArgumentException("column must be >= 0");
		}
		text = text == null ? "" : composed(text);
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
		return new RawCell(otherColumn, text, fill, fromAbove, mergedAcross, error);
	}

	public boolean isBlank() {
		return text.isBlank();
	}
}
