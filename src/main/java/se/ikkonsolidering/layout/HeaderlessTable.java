package se.ikkonsolidering.layout;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import se.ikkonsolidering.ingest.RawCell;
import se.ikkonsolidering.ingest.RawRow;

/**
 * A small table without a header row whose every row names a control in its first cell and reports on it in the next
 * ("Kontroll av att förhandsbedömning görs inom 14 dagar – Genomförd | Stickprov av 30 anmälningar …"), as a Word
 * table per process is often typed. Read by what the cells hold: the first column is the kontrollmoment, the second
 * the result.
 */
final class HeaderlessTable {

	/** A control's description is a statement of some length, as a kontrollmoment cell's is. */
	private static final int MIN_WORDS = 4;
	private static final int MIN_LENGTH = 25;
	/** Beside a column of status words: "Attest leverantörsfakturor" names a control as well. */
	private static final int MIN_WORDS_BESIDE_STATUS = 2;
	private static final int MIN_LENGTH_BESIDE_STATUS = 12;
	private static final double MIN_STATUS_SHARE = 0.6;
	/** A table per process holds a few columns: the control, what was found, perhaps a note. */
	private static final int MAX_COLUMNS = 3;
	private static final String NO_HEADING = "";
	/** What was found is said in words: a table of key figures ("Andel beslut inom lagstadgad tid | 92 %") is none. */
	private static final Pattern A_WORD = Pattern.compile("\\p{L}{2,}");
	private static final Pattern DASH = Pattern.compile("[-–—]+");
	private static final Pattern ROW_NUMBER = Pattern.compile("\\d{1,3}(\\.\\d{1,2})*\\.?");

	private HeaderlessTable() {
	}

	/**
	 * The table's controls, when every row names one; empty otherwise. A second column of status words ("gjort",
	 * "påbörj.", "ej gjort") is the status, and beside it a control may be named in fewer words ("Attest
	 * leverantörsfakturor").
	 */
	static Optional<List<ControlRow>> read(String sheet, List<RawRow> rows, Labels labels, Vocabulary meanings) {
		List<RawRow> filled = rows.stream().filter(r -> !r.isBlank()).toList();
		if (filled.size() < 2) {
			return Optional.empty();
		}
		// "1 | Rektorernas attest av fakturor … | klart | …": a row number before the control.
		int at = filled.stream().allMatch(r -> ROW_NUMBER.matcher(r.text(0).strip()).matches()) ? 1 : 0;
		// Two columns, the second filled in most rows: a paragraph or a list of one column is no such table.
		long reported = filled.stream().filter(r -> !r.text(at + 1).isBlank()).count();
		// "–" reports nothing, in any column.
		boolean inWords = filled.stream().map(r -> r.text(at + 1).strip())
			.filter(t -> !t.isEmpty() && !DASH.matcher(t).matches())
			.allMatch(t -> A_WORD.matcher(t).find());
		if (reported * 2 < filled.size() || !inWords) {
			return Optional.empty();
		}
		long statuses = filled.stream().map(r -> r.text(at + 1).strip())
			.filter(t -> !t.isEmpty() && t.length() < ColumnContent.PROSE_LENGTH && meanings.knows(t)).count();
		boolean statusColumn = statuses >= MIN_STATUS_SHARE * reported;
		int minLength = statusColumn ? MIN_LENGTH_BESIDE_STATUS : MIN_LENGTH;
		int minWords = statusColumn ? MIN_WORDS_BESIDE_STATUS : MIN_WORDS;
		Set<String> seen = new HashSet<>();
		for (RawRow row : filled) {
			List<RawCell> cells = row.nonBlankCells().stream().filter(c -> c.column() >= at).toList();
			String first = row.text(at).strip();
			if (cells.size() > MAX_COLUMNS
					|| row.cells().stream().anyMatch(c -> c.column() >= at + MAX_COLUMNS && !c.isBlank())
					|| first.length() < minLength || first.split("\\s+").length < minWords || first.endsWith(":")
					|| labels.parse(first).isPresent() || !seen.add(first)) {
				return Optional.empty();
			}
		}
		Field second = statusColumn ? Field.STATUS : Field.RESULTAT;
		Map<Field, Integer> columns = new EnumMap<>(Map.of(Field.KONTROLLMOMENT, at, second, at + 1));
		Map<Field, String> headings = new EnumMap<>(Map.of(Field.KONTROLLMOMENT, NO_HEADING, second, NO_HEADING));
		Map<Field, ColumnEvidence> evidence = new EnumMap<>(
				Map.of(Field.KONTROLLMOMENT, ColumnEvidence.INNEHALL, second, ColumnEvidence.INNEHALL));
		if (at == 1) {
			columns.put(Field.ID, 0);
			headings.put(Field.ID, NO_HEADING);
			evidence.put(Field.ID, ColumnEvidence.INNEHALL);
		}
		TableLayout layout = new TableLayout(filled.get(0).number(), columns, headings, Map.of(), Map.of(), evidence);
		List<ControlRow> controls = new ArrayList<>();
		for (RawRow row : filled) {
			Map<Field, String> values = new EnumMap<>(Field.class);
			values.put(Field.KONTROLLMOMENT, row.text(at).strip());
			if (at == 1) {
				values.put(Field.ID, row.text(0).strip());
			}
			if (!row.text(at + 1).isBlank()) {
				values.put(second, row.text(at + 1).strip());
			}
			if (statusColumn && !row.text(at + 2).isBlank()) {
				values.put(Field.RESULTAT, row.text(at + 2).strip());
			}
			controls.add(new ControlRow(sheet, row.number(), row.number(), values, List.of(), List.of(), layout));
		}
		return Optional.of(controls);
	}
}
