package se.ikkonsolidering.layout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import se.ikkonsolidering.ingest.RawCell;
import se.ikkonsolidering.ingest.RawRow;
import se.ikkonsolidering.ingest.RawSheet;
import se.ikkonsolidering.ingest.SheetRows;

/**
 * A system's export of answers a row per question ("Kontrollmoment | Fråga | Svar" with "Genomförd? | Ja", "Avvikelse?
 * | Nej", "Kommentar | …" on the control's rows one after the other): each question names a column of an ordinary
 * table, so its rows are laid out as one, a row per control, the questions its columns. A row keeps the number of the
 * control's first row.
 */
final class QuestionRows {

	/** What a question can ask of a control: whether it was done, what was found, what came of it. */
	private static final Set<Field> ASKED = EnumSet.of(Field.STATUS, Field.STATUSMARKERING, Field.AVVIKELSE,
			Field.RESULTAT, Field.ATGARD);
	/** The question names a column as surely as a heading would. */
	private static final double QUESTION_SCORE = 0.8;
	/** A handful of questions, each asked of several controls. */
	private static final int MAX_QUESTIONS = 8;
	private static final int MIN_QUESTIONS = 2;
	/** The header stands among the sheet's first rows, under a title and a few lines on the export. */
	private static final int HEADER_ROWS = 30;

	private QuestionRows() {
	}

	/** Where the questions, their answers and each control's own columns stand. */
	private record Columns(int headerRow, int question, int answer, Set<Integer> own, List<String> questions) {
	}

	/** The sheet laid out a row per control, when its rows answer questions a row each. */
	static Optional<RawSheet> laidOut(RawSheet sheet, List<RawRow> head, HeaderDictionary dictionary) {
		for (int h = 0; h < Math.min(head.size(), HEADER_ROWS); h++) {
			Optional<Columns> columns = columns(head.get(h), head.subList(h + 1, head.size()), dictionary);
			if (columns.isPresent()) {
				return Optional.of(new RawSheet(sheet.name(), sheet.hidden(), pivoted(sheet.rows(), columns.get()),
						sheet.context(), sheet.hiddenColumns(), sheet.boxes(), sheet.notes(), sheet.listItems()));
			}
		}
		return Optional.empty();
	}

	/**
	 * The header's question column: its cells below are a few texts that each name a column a control is reported in,
	 * asked again and again; the answers stand in the column the dictionary names an answer's, else right of it.
	 */
	private static Optional<Columns> columns(RawRow header, List<RawRow> below, HeaderDictionary dictionary) {
		if (header.nonBlankCells().size() < 3) {
			return Optional.empty();
		}
		for (RawCell heading : header.nonBlankCells()) {
			// "Period" over "Delår 2025 | Helår 2025", "Status" over status words: a column of a field of its own;
			// "Delår 2025" over "Status | Kommentar": a period's columns under their headings.
			if (dictionary.namesPeriod(heading.text())
					|| dictionary.score(heading.text()).stream().anyMatch(s -> s.score() >= QUESTION_SCORE)) {
				continue;
			}
			int column = heading.column();
			Map<String, Integer> asked = new LinkedHashMap<>();
			below.stream().map(r -> r.text(column).strip()).filter(t -> !t.isEmpty())
				.forEach(t -> asked.merge(t, 1, Integer::sum));
			if (asked.size() < MIN_QUESTIONS || asked.size() > MAX_QUESTIONS
					|| asked.values().stream().noneMatch(n -> n >= 2)
					|| !asked.keySet().stream().allMatch(q -> namesAReport(q, dictionary))
					|| asked.keySet().stream().noneMatch(q -> asksTheStatus(q, dictionary))
					|| asked.keySet().stream().allMatch(q -> asksTheStatus(q, dictionary))) {
				// A status column's words ("Genomförd", "Ej påbörjad") name tick columns' headings, all of the status:
				// questions ask for the status and something more ("Avvikelse?", "Kommentar").
				continue;
			}
			int answer = header.nonBlankCells().stream()
				.filter(c -> dictionary.score(c.text()).stream().anyMatch(s -> s.field() == Field.SVAR))
				.mapToInt(RawCell::column).findFirst().orElse(column + 1);
			Set<Integer> own = new TreeSet<>();
			header.nonBlankCells().stream().mapToInt(RawCell::column).filter(c -> c != column && c != answer)
				.forEach(own::add);
			if (repeatsItsControls(below, column, own)) {
				return Optional.of(new Columns(header.number(), column, answer, own, List.copyOf(asked.keySet())));
			}
		}
		return Optional.empty();
	}

	/**
	 * The control's own cells said again on the next row for most of the questions: the long texts of a row (the
	 * control's) stand on the row above too, as a control's rows per question have them.
	 */
	private static boolean repeatsItsControls(List<RawRow> below, int question, Set<Integer> own) {
		int asked = 0;
		int repeated = 0;
		RawRow previous = null;
		for (RawRow row : below) {
			if (row.text(question).isBlank()) {
				continue;
			}
			asked++;
			Optional<RawCell> longest = longest(own(row, own));
			if (previous != null && longest.isPresent()
					&& previous.text(longest.get().column()).strip().equals(longest.get().text().strip())) {
				repeated++;
			}
			previous = row;
		}
		return repeated * 2 >= asked;
	}

	private static boolean namesAReport(String question, HeaderDictionary dictionary) {
		return !dictionary.namesPeriod(question) && dictionary.score(question).stream()
			.anyMatch(s -> ASKED.contains(s.field()) && s.score() >= QUESTION_SCORE);
	}

	private static boolean asksTheStatus(String question, HeaderDictionary dictionary) {
		return dictionary.score(question).stream().anyMatch(s -> (s.field() == Field.STATUS
				|| s.field() == Field.STATUSMARKERING) && s.score() >= QUESTION_SCORE);
	}

	/** The rows with each control's answers on one row: a control's rows end where a question is asked again. */
	private static SheetRows pivoted(SheetRows rows, Columns columns) {
		int first = columns.own().stream().mapToInt(Integer::intValue).max().orElse(0) + 1;
		return () -> new Iterator<>() {
			private final Iterator<RawRow> all = rows.iterator();
			private RawRow pending;

			@Override
			public boolean hasNext() {
				return pending != null || all.hasNext();
			}

			@Override
			public RawRow next() {
				RawRow row = pending != null ? pending : all.next();
				pending = null;
				if (row.number() < columns.headerRow()) {
					return row;
				}
				if (row.number() == columns.headerRow()) {
					List<RawCell> cells = own(row, columns.own());
					for (int q = 0; q < columns.questions().size(); q++) {
						cells.add(RawCell.of(first + q, columns.questions().get(q)));
					}
					return new RawRow(row.number(), cells);
				}
				int asked = columns.questions().indexOf(row.text(columns.question()).strip());
				if (asked < 0) {
					return row;
				}
				// The control's first row gives its own columns; each of its rows one answer. Its rows end where a
				// question is asked again or another control's text begins.
				List<RawCell> cells = own(row, columns.own());
				int named = longest(cells).map(RawCell::column).orElse(-1);
				List<Integer> answered = new ArrayList<>();
				RawRow at = row;
				while (true) {
					int column = first + asked;
					answered.add(asked);
					at.cell(columns.answer())
						.ifPresent(a -> cells.add(new RawCell(column, a.text(), a.fill(), false, false, a.error())));
					if (!all.hasNext()) {
						break;
					}
					RawRow following = all.next();
					int next = columns.questions().indexOf(following.text(columns.question()).strip());
					if (next < 0 || answered.contains(next) || !following.text(named).equals(row.text(named))) {
						pending = following;
						break;
					}
					at = following;
					asked = next;
				}
				cells.sort(Comparator.comparingInt(RawCell::column));
				return new RawRow(row.number(), cells);
			}
		};
	}

	/** The row's cells in the control's own columns, a list to add its answers to. */
	private static List<RawCell> own(RawRow row, Set<Integer> own) {
		List<RawCell> cells = new ArrayList<>();
		row.cells().stream().filter(c -> own.contains(c.column())).forEach(cells::add);
		return cells;
	}

	/** The cell with the longest text: the control's, on a row of its own columns. */
	private static Optional<RawCell> longest(List<RawCell> cells) {
		return cells.stream().max(Comparator.comparingInt(c -> c.text().strip().length()));
	}
}
