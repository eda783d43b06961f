package se.ikkonsolidering.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import se.ikkonsolidering.ingest.RawCell;
import se.ikkonsolidering.ingest.RawRow;
import se.ikkonsolidering.ingest.RawSheet;
import se.ikkonsolidering.ingest.SheetRows;

/**
 * A form's answers a row per respondent with a column per control, as a survey tool exports them: each control's text
 * heads a column of status answers ("Genomförd utan avvikelse | Delvis genomförd"), a comment column beside it, and a
 * column says which nämnd answered ("Vilken nämnd svarar du för?"). Laid out long it is an ordinary table, a row per nämnd and control; each row keeps
 * the number of the respondent's row.
 */
final class AnswersPerControlColumn {

	/** A control's description heading its column is a statement of some length, not a field's name. */
	private static final int MIN_CONTROL_LENGTH = 20;
	private static final int MIN_CONTROL_WORDS = 3;
	/** Two controls at least: one status column under a long heading is an ordinary table's. */
	private static final int MIN_CONTROLS = 2;
	private static final String KONTROLLMOMENT = "Kontrollmoment";
	private static final String STATUS = "Status";
	private static final String KOMMENTAR = "Kommentar";

	private AnswersPerControlColumn() {
	}

	/** The answers laid out a row per respondent and control, when the sheet holds a column per control. */
	static Optional<RawSheet> laidOut(RawSheet sheet, List<RawRow> rows, HeaderDictionary dictionary,
			Vocabulary statuses) {
		List<RawRow> filled = rows.stream().filter(r -> !r.isBlank()).toList();
		if (filled.size() < 2) {
			return Optional.empty();
		}
		RawRow header = filled.get(0);
		List<RawRow> answers = filled.subList(1, filled.size());
		List<Integer> controls = new ArrayList<>();
		int namnd = -1;
		for (RawCell heading : header.nonBlankCells()) {
			String text = heading.text().strip();
			if (namnd < 0 && dictionary.score(text).stream().anyMatch(s -> s.field() == Field.NAMND)) {
				namnd = heading.column();
			}
			else if (isControl(text, dictionary) && answersAreStatuses(heading.column(), answers, statuses)) {
				controls.add(heading.column());
			}
		}
		// A column says who answered: the answers are the nämnder's, not a table's rows.
		if (controls.size() < MIN_CONTROLS || namnd < 0) {
			return Optional.empty();
		}
		// The column right of a control's, headed as a comment ("Kommentar – attest"), is its comment.
		List<Boolean> commented = controls.stream().map(c -> !controls.contains(c + 1)
				&& dictionary.score(header.text(c + 1)).stream().anyMatch(s -> s.field() == Field.RESULTAT)).toList();
		List<RawRow> laidOut = new ArrayList<>();
		laidOut.add(new RawRow(header.number(), cells(header.text(namnd), KONTROLLMOMENT, STATUS, KOMMENTAR)));
		for (RawRow answer : answers) {
			for (int i = 0; i < controls.size(); i++) {
				int control = controls.get(i);
				laidOut.add(new RawRow(answer.number(), cells(answer.text(namnd), header.text(control).strip(),
						answer.text(control), commented.get(i) ? answer.text(control + 1) : "")));
			}
		}
		return Optional.of(new RawSheet(sheet.name(), sheet.hidden(), SheetRows.of(laidOut), sheet.context(),
				sheet.hiddenColumns(), sheet.boxes(), sheet.notes()));
	}

	/** A statement naming no field nor period: "Attest av leverantörsfakturor enligt attestordningen". */
	private static boolean isControl(String heading, HeaderDictionary dictionary) {
		return heading.length() >= MIN_CONTROL_LENGTH && heading.split("\\s+").length >= MIN_CONTROL_WORDS
				&& !heading.endsWith("?") && dictionary.score(heading).isEmpty() && !dictionary.namesPeriod(heading);
	}

	/** Every answer in the column a status, one at least. */
	private static boolean answersAreStatuses(int column, List<RawRow> answers, Vocabulary statuses) {
		List<String> given = answers.stream().map(r -> r.text(column).strip()).filter(t -> !t.isEmpty()).toList();
		return !given.isEmpty() && given.stream().allMatch(statuses::knows);
	}

	private static List<RawCell> cells(String... texts) {
		List<RawCell> cells = new ArrayList<>();
		for (String text : texts) {
			cells.add(new RawCell(cells.size(), text, null, false, false, false));
		}
		return cells;
	}
}
