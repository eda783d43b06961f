package se.ikkonsolidering.report;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Where a control stands in its file, in the words of that kind of file: a spreadsheet has tabs ("flik"), a Word or
 * OpenDocument text has tables ("tabell 3"), and a CSV or text export has only rows. The file's extension and the
 * sheet's name tell the kind (the readers name a document's tables "Tabell 1", "Tabell 1.2" …); a misnamed file at
 * worst gets a spreadsheet's wording, or loses the name of its tab.
 */
final class SourcePlace {

	private static final Pattern EXTENSION = Pattern.compile("\\.([^.]*)$");
	private static final Pattern DOCUMENT_TABLE = Pattern.compile("Tabell \\d+(\\.\\d+)*");

	private SourcePlace() {
	}

	/** "fil.xlsx, flik Uppföljning, rad 9", "fil.docx, tabell 2, rad 4", "fil.csv, rad 7". */
	static String of(String file, String sheet, int row) {
		String extension = extension(file);
		String rowText = "rad " + row;
		if (extension.matches("csv|tsv|txt")) {
			return file + ", " + rowText;
		}
		if (extension.matches("docx|docm|odt") && DOCUMENT_TABLE.matcher(sheet).matches()) {
			return file + ", " + sheet.toLowerCase(Locale.ROOT) + ", " + rowText;
		}
		return file + ", flik " + sheet + ", " + rowText;
	}

	private static String extension(String file) {
		var matcher = EXTENSION.matcher(file);
		return matcher.find() ? matcher.group(1).toLowerCase(Locale.ROOT) : "";
	}
}
