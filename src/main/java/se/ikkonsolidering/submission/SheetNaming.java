package se.ikkonsolidering.submission;

import java.util.List;

import se.ikkonsolidering.ingest.FileFormat;
import se.ikkonsolidering.ingest.RawSheet;

/**
 * How the message names what was read: a spreadsheet's tabs ("flik 'Uppföljning'") or a document's tables ("tabell
 * 3"), so a sender of a Word document is not told about tabs it never had.
 */
enum SheetNaming {

	SPREADSHEET, DOCUMENT;

	/** Where a legend stands that is in no sheet or table: a document's paragraphs, or the page header or footer. */
	static final String AROUND_THE_TABLES = "texten runt tabellerna";
	static final String HEADER_AND_FOOTER = "sidhuvudet och sidfoten";

	static SheetNaming of(FileFormat format) {
		return format.isDocument() ? DOCUMENT : SPREADSHEET;
	}

	/** "flik 'Uppföljning'", "tabell 3.1", "dokumentets text". */
	String name(String sheet) {
		if (this == DOCUMENT) {
			return sheet.equals(RawSheet.DOCUMENT_TEXT) ? "dokumentets text" : sheet.replaceFirst("^Tabell ", "tabell ");
		}
		return "flik '" + sheet + "'";
	}

	/** "fliken 'Instruktioner'", "tabell 3": where another sheet's legend came from. */
	String definite(String sheet) {
		if (sheet.equals(AROUND_THE_TABLES) || sheet.equals(HEADER_AND_FOOTER)) {
			return sheet;
		}
		return this == DOCUMENT ? name(sheet) : "fliken '" + sheet + "'";
	}

	/** A sheet skipped, with why: "'Instruktioner' (ingen kontrolltabell)", "tabell 1 (ingen kontrolltabell)". */
	String skipped(String sheet, String why) {
		return (this == DOCUMENT ? name(sheet) : "'" + sheet + "'") + " (" + why + ")";
	}

	/** "Hoppade över fliken 'A' (…). ", "… flikarna 'A' (…), 'B' (…). " or "… tabell 1 (…), tabell 4 (…). ". */
	String skippedSentence(List<String> skipped) {
		return "Hoppade över " + (this == DOCUMENT ? "" : skipped.size() == 1 ? "fliken " : "flikarna ")
				+ String.join(", ", skipped) + ". ";
	}

	/** What a file without a control table was found to hold. */
	String examined(List<String> skipped) {
		// A document without tables was read as text; to its sender it still has no tables.
		if (skipped.isEmpty() || (this == DOCUMENT && skipped.size() == 1
				&& skipped.get(0).startsWith(name(RawSheet.DOCUMENT_TEXT) + " ("))) {
			return this == DOCUMENT ? "Dokumentet har inga tabeller." : "Filen har inga flikar.";
		}
		return (this == DOCUMENT ? "Undersökta tabeller: " : "Undersökta flikar: ") + String.join(", ", skipped) + ".";
	}

	/** What the sender should check when no control table was found. */
	String advice() {
		String where = this == DOCUMENT
				? "Kontrollera att kontrollerna står i en tabell i dokumentet, med en rubrikrad med kolumnnamn överst,"
				: "Kontrollera att uppföljningen har en rubrikrad med kolumnnamn ovanför kontrollerna";
		return where + " och skicka filen igen. Om mallen använder andra kolumnnamn kan ekonomikontoret lägga till dem i "
				+ "kolumnnamn.csv.";
	}
}
