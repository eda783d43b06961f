package se.ikkonsolidering.submission;

import java.util.List;

/**
 * How one file was read, part by part: which sheets (a document's tables) and header rows, what was skipped, where
 * nämnd, year and period were read, how the statuses were decided, and what someone should look at. The message in
 * inlamningar.csv is written from it, and the receipt the nämnd gets shows it part by part.
 *
 * @param sheets the sheets whose controls were read
 * @param skipped sheets skipped, each with why: "'Instruktioner' (ingen kontrolltabell)", "tabell 1 (dold flik)"
 * @param document the file is a document, whose sheets are tables ("Hoppade över tabell 1", not "flikarna")
 * @param notes facts about the file worth telling the sender (encoding, separator)
 * @param namnd the nämnd as read, and where
 * @param year the year as read, and where
 * @param period the period as read, and where; an empty value when the file states none
 * @param statuses where the statuses came from: "4 ur statuskolumnen, 1 saknas (inget redovisat)"
 * @param warnings "VARNING: …", each with what to do
 * @param checks why someone should check the reading, in a few words each; empty when nothing calls for it
 */
public record Reading(List<SheetRead> sheets, List<String> skipped, boolean document, List<String> notes, Fact namnd,
		Fact year, Fact period, String statuses, List<String> warnings, List<String> checks) {

	public Reading {
		sheets = List.copyOf(sheets);
		skipped = List.copyOf(skipped);
		notes = List.copyOf(notes);
		warnings = List.copyOf(warnings);
		checks = List.copyOf(checks);
	}

	/**
	 * One sheet read.
	 *
	 * @param name "flik 'Uppföljning'", "tabell 2"
	 * @param headerRow the 1-based header row of its (first) table
	 * @param columns which column became which field: "kontrollmoment ← 'Kontrollmoment' (kolumn C), …"
	 * @param rows what became of its rows: "3 rader ovanför tabellen, 1 rubrikrad, 14 kontrollrader"
	 */
	public record SheetRead(String name, int headerRow, String columns, String rows) {
	}

	/**
	 * @param value as read ("Socialnämnden", "2025", "Helår"); empty when the file states none
	 * @param where where it was read, with the text there: "cellen B2 'Nämnd/enhet: SN'"; empty when nowhere
	 */
	public record Fact(String value, String where) {

		/** "Nämnd: Socialnämnden, från cellen B2 'Nämnd/enhet: SN'." */
		String sentence(String label, String none) {
			if (value.isEmpty()) {
				return label + ": " + none + ".";
			}
			return label + ": " + value + (where.isEmpty() ? "" : ", från " + where) + ".";
		}
	}

	/** The message inlamningar.csv gives: how the file was read, in one paragraph. */
	public String message() {
		StringBuilder s = new StringBuilder();
		for (SheetRead sheet : sheets) {
			// A text answering that there is nothing to follow up has no columns: where it says so is its rows' tally.
			s.append("Läste ").append(sheet.name()).append(sheet.columns().isEmpty() ? ""
					: ", rubrikrad " + sheet.headerRow() + ": " + sheet.columns())
				.append(". Raderna: ").append(sheet.rows()).append(". ");
		}
		if (!skipped.isEmpty()) {
			s.append("Hoppade över ").append(document ? "" : skipped.size() == 1 ? "fliken " : "flikarna ")
				.append(String.join(", ", skipped)).append(". ");
		}
		notes.forEach(n -> s.append("Filen: ").append(n).append(". "));
		s.append(namnd.sentence("Nämnd", "ingen angiven")).append(' ')
			.append(year.sentence("År", "inget angivet")).append(' ')
			.append(period.sentence("Period", "ingen angiven")).append(' ')
			.append("Status: ").append(statuses.isEmpty() ? "inga kontroller att följa upp" : statuses).append('.');
		warnings.forEach(w -> s.append(' ').append(w));
		return s.toString();
	}
}
