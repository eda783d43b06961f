package se.ikkonsolidering.layout;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
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
	/** Between the control and its status, a column or two of who and when. */
	private static final int MAX_COLUMNS_BEFORE_STATUS = 3;
	private static final String NO_HEADING = "";
	/** What was found is said in words: a table of key figures ("Andel beslut inom lagstadgad tid | 92 %") is none. */
	private static final Pattern A_WORD = Pattern.compile("\\p{L}{2,}");
	private static final Pattern DASH = Pattern.compile("[-–—]+");
	private static final Pattern ROW_NUMBER = Pattern.compile("\\d{1,3}(\\.\\d{1,2})*\\.?");

	private HeaderlessTable() {
	}

	/**
	 * The table's controls, when every row names one; empty otherwise. A column of status words ("gjort", "påbörj.",
	 * "ej gjort") right of the control is the status, perhaps past a column of who answers for it, and a comment may
	 * follow it; beside it a control may be named in fewer words ("Attest leverantörsfakturor"). A short line alone
	 * between the controls is the heading of those below it ("Ekonomi"); lines alone past a blank row under the last
	 * control are a signature's.
	 */
	static Optional<List<ControlRow>> read(String sheet, List<RawRow> rows, Labels labels, Vocabulary meanings) {
		List<RawRow> filled = withoutLinesBelow(rows.stream().filter(r -> !r.isBlank()).toList());
		if (filled.size() < 2) {
			return Optional.empty();
		}
		List<RawRow> reporting = filled.stream().filter(r -> r.nonBlankCells().size() >= 2).toList();
		if (reporting.size() < 2) {
			return Optional.empty();
		}
		// "1 | Rektorernas attest av fakturor … | klart | …": a row number before the control.
		int at = reporting.stream().allMatch(r -> ROW_NUMBER.matcher(r.text(0).strip()).matches()) ? 1 : 0;
		int status = statusColumn(reporting, at, meanings);
		// Without a column of status words, the control and what was found: two columns, the second filled in most
		// rows and in words, a paragraph or a list of one column being no such table.
		int second = status >= 0 ? status : at + 1;
		long reported = filled.stream().filter(r -> !r.text(second).isBlank()).count();
		// "–" reports nothing, in any column.
		boolean inWords = filled.stream().map(r -> r.text(second).strip())
			.filter(t -> !t.isEmpty() && !DASH.matcher(t).matches())
			.allMatch(t -> A_WORD.matcher(t).find());
		if (status < 0 && (reported * 2 < filled.size() || !inWords)) {
			return Optional.empty();
		}
		int minLength = status >= 0 ? MIN_LENGTH_BESIDE_STATUS : MIN_LENGTH;
		int minWords = status >= 0 ? MIN_WORDS_BESIDE_STATUS : MIN_WORDS;
		int lastColumn = status >= 0 ? status + 1 : at + MAX_COLUMNS - 1;
		Set<String> seen = new HashSet<>();
		Map<Integer, String> headings = new HashMap<>();
		for (int i = 0; i < filled.size(); i++) {
			RawRow row = filled.get(i);
			String first = row.text(at).strip();
			if (isHeading(row, at, first, minLength, minWords, meanings) && i + 1 < filled.size()) {
				headings.put(row.number(), first);
				continue;
			}
			if (row.cells().stream().anyMatch(c -> c.column() > lastColumn && !c.isBlank())
					|| first.length() < minLength || first.split("\\s+").length < minWords || first.endsWith(":")
					|| labels.parse(first).isPresent() || !seen.add(first)) {
				return Optional.empty();
			}
		}
		Field reportField = status >= 0 ? Field.STATUS : Field.RESULTAT;
		Map<Field, Integer> columns = new EnumMap<>(Map.of(Field.KONTROLLMOMENT, at, reportField, second));
		if (status >= 0) {
			columns.put(Field.RESULTAT, status + 1);
		}
		Map<Field, String> names = new EnumMap<>(Field.class);
		Map<Field, ColumnEvidence> evidence = new EnumMap<>(Field.class);
		if (at == 1) {
			columns.put(Field.ID, 0);
		}
		columns.keySet().forEach(f -> {
			names.put(f, NO_HEADING);
			evidence.put(f, ColumnEvidence.INNEHALL);
		});
		TableLayout layout = new TableLayout(filled.get(0).number(), columns, names, Map.of(), Map.of(), evidence);
		List<ControlRow> controls = new ArrayList<>();
		String heading = "";
		for (RawRow row : filled) {
			if (headings.containsKey(row.number())) {
				heading = headings.get(row.number());
				continue;
			}
			Map<Field, String> values = new EnumMap<>(Field.class);
			columns.forEach((field, column) -> {
				if (!row.text(column).isBlank()) {
					values.put(field, row.text(column).strip());
				}
			});
			if (!heading.isEmpty()) {
				values.put(Field.PROCESS, heading);
			}
			controls.add(new ControlRow(sheet, row.number(), row.number(), values, List.of(), List.of(), layout,
					heading));
		}
		return Optional.of(controls);
	}

	/**
	 * The first column right of the control that holds status words in most of its filled cells, two at least; -1
	 * when none does.
	 */
	private static int statusColumn(List<RawRow> rows, int at, Vocabulary meanings) {
		int last = rows.stream().mapToInt(r -> r.nonBlankCells().get(r.nonBlankCells().size() - 1).column()).max()
			.orElse(at);
		for (int column = at + 1; column <= Math.min(last, at + MAX_COLUMNS_BEFORE_STATUS); column++) {
			int col = column;
			List<String> texts = rows.stream().map(r -> r.text(col).strip()).filter(t -> !t.isEmpty()).toList();
			long statuses = texts.stream().filter(t -> t.length() < ColumnContent.PROSE_LENGTH && meanings.knows(t))
				.count();
			if (statuses >= 2 && statuses >= MIN_STATUS_SHARE * texts.size()) {
				return column;
			}
		}
		return -1;
	}

	/** "Ekonomi", "Myndighetsutövning": a short line alone in the control's column, no status word. */
	private static boolean isHeading(RawRow row, int at, String first, int minLength, int minWords,
			Vocabulary meanings) {
		return row.nonBlankCells().size() == 1 && row.nonBlankCells().get(0).column() == at
				&& (first.length() < minLength || first.split("\\s+").length < minWords) && !meanings.knows(first)
				&& A_WORD.matcher(first).find();
	}

	/** The rows without the lines alone past a blank row under the last row of two cells: a signature, a date. */
	private static List<RawRow> withoutLinesBelow(List<RawRow> rows) {
		int last = rows.size() - 1;
		while (last >= 0 && rows.get(last).nonBlankCells().size() < 2) {
			last--;
		}
		if (last < 0 || last == rows.size() - 1 || rows.get(last + 1).number() == rows.get(last).number() + 1) {
			return rows;
		}
		return rows.subList(0, last + 1);
	}
}
