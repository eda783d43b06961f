package se.ikkonsolidering.classify;

import se.ikkonsolidering.ingest.CellWords;

/** A whole cell as a status word. */
final class TextNormalizer {

	private TextNormalizer() {
	}

	/** Normalised as the rule files are ({@link CellWords}) and without a trailing full stop. */
	static String asWord(String text) {
		return CellWords.normalize(text).replaceAll("[.!]+$", "").strip();
	}
}
