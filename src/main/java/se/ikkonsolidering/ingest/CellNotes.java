package se.ikkonsolidering.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The notes (cell comments) of a sheet's cells, by 1-based row and 0-based column: the red triangle where a sender
 * wrote what became of a control instead of in the sheet ("Ej påbörjad, personalbrist").
 */
public final class CellNotes {

	public static final CellNotes NONE = new CellNotes(new TreeMap<>());

	private final SortedMap<Integer, SortedMap<Integer, String>> byRow;

	private CellNotes(SortedMap<Integer, SortedMap<Integer, String>> byRow) {
		this.byRow = byRow;
	}

	/** Builds a sheet's notes as its reader finds them. */
	public static final class Builder {

		private final SortedMap<Integer, SortedMap<Integer, String>> byRow = new TreeMap<>();

		/** @param row 1-based row; @param column 0-based column */
		public Builder add(int row, int column, String text) {
			if (text != null && !text.isBlank()) {
				byRow.computeIfAbsent(row, r -> new TreeMap<>()).put(column, text.strip());
			}
			return this;
		}

		public CellNotes build() {
			return byRow.isEmpty() ? NONE : new CellNotes(byRow);
		}
	}

	public boolean isEmpty() {
		return byRow.isEmpty();
	}

	/** Every note of the sheet, left to right and top to bottom. */
	public List<String> all() {
		List<String> notes = new ArrayList<>();
		byRow.values().forEach(row -> notes.addAll(row.values()));
		return notes;
	}

	/** The notes of the rows from {@code first} to {@code last}, left to right and top to bottom. */
	public List<String> inRows(int first, int last) {
		List<String> notes = new ArrayList<>();
		for (Map<Integer, String> row : byRow.subMap(first, last + 1).values()) {
			notes.addAll(row.values());
		}
		return notes;
	}
}
