package se.ikkonsolidering.report;

import java.util.List;

import se.ikkonsolidering.submission.Reading;

/**
 * One file's receipt (kvitto), as its template shows it: what the job read where, in Swedish, for the nämnd to
 * confirm. Built by {@link ReceiptBuilder}.
 *
 * @param fileName the file as the sender named it
 * @param facts nämnd, year and period: what was read, where, and any correction
 * @param received when the job took the file ({@code yyyy-MM-dd HH:mm})
 * @param sha256 the file's checksum, which a correction names it by
 * @param sheets the sheets (tables) read, with header row, columns and rows
 * @param skipped sheets skipped, with why
 * @param notes facts about the file (encoding, separator)
 * @param statuses where the statuses came from, counted
 * @param warnings warnings, with what to do
 * @param checks why the reading should be checked
 * @param message how the file was read in one paragraph, for a file read before readings were kept part by part;
 *        empty otherwise
 * @param controls the controls, in file order: every one, or the first {@link ReceiptReport#SHOWN} of a huge file
 * @param total how many controls the file has
 */
record Receipt(String fileName, List<Fact> facts, String received, String sha256, List<Reading.SheetRead> sheets,
		List<String> skipped, List<String> notes, String statuses, List<String> warnings, List<String> checks,
		String message, List<Line> controls, int total) {

	Receipt {
		facts = List.copyOf(facts);
		sheets = List.copyOf(sheets);
		skipped = List.copyOf(skipped);
		notes = List.copyOf(notes);
		warnings = List.copyOf(warnings);
		checks = List.copyOf(checks);
		controls = List.copyOf(controls);
	}

	/** Whether the receipt lists only the first of the file's controls. */
	public boolean cut() {
		return controls.size() < total;
	}

	/** The page's title and heading. */
	public String title() {
		return "Kvitto på inläsningen av " + fileName;
	}

	/**
	 * Nämnd, year or period.
	 *
	 * @param value what counts (a correction's value when there is one)
	 * @param where where the job read it, with the text there; empty when the file states none
	 * @param correction "Manuellt rättad (inläst: …). Kommentar: …" when the economy office corrected it; else empty
	 */
	record Fact(String label, String value, String where, String correction) {
	}

	/**
	 * One control.
	 *
	 * @param where "flik 'Uppföljning', rad 12"
	 * @param status the status that counts, in Swedish
	 * @param statusCss lower case status code for the page's CSS
	 * @param source how the status was decided: "Statuskolumn", "Cellfärg enligt teckenförklaringen" …
	 * @param words the sender's words or colour that decided it
	 * @param evidence where those words stand and why they decide
	 * @param correction "Manuellt rättad …" when the economy office corrected the reading; else empty
	 */
	record Line(String where, String kontrollmoment, String status, String statusCss, String source, String words,
			String evidence, String correction) {
	}
}
