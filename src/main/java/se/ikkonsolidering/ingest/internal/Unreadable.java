package se.ikkonsolidering.ingest.internal;

import se.ikkonsolidering.ingest.FileRejectedException;

/** Kinds of file that are not read, each with what the sender should send instead. */
enum Unreadable {

	PDF("PDF-filer kan inte läsas.", "Skicka den Word- eller Excel-fil som PDF:en gjordes från."),
	IMAGE("Bilder (foton, skärmbilder, skannade sidor) kan inte läsas.",
			"Skicka uppföljningen som Excel- eller Word-fil, inte som en bild av tabellen."),
	ZIP("Filen är ett zip-arkiv; filer inuti ett arkiv läses inte.",
			"Packa upp arkivet och lägg uppföljningen (Excel-, Word- eller OpenDocument-filen) direkt i inkorgen."),
	PRESENTATION("Presentationer (PowerPoint, Impress) kan inte läsas.",
			"Skicka uppföljningen som Excel- eller Word-fil. Finns tabellen bara i presentationen, kopiera den till ett "
					+ "Excel- eller Word-dokument."),
	EXCEL_BINARY("Excel-filer i binärt format (.xlsb) kan inte läsas.",
			"Öppna filen i Excel, välj Arkiv > Spara som > Excel-arbetsbok (*.xlsx) och skicka den nya filen."),
	WEB_PAGE("XML-filer, JSON-filer och sparade webbarkiv (.mht) kan inte läsas.",
			"Spara uppföljningen som Excel-fil (.xlsx) eller Word-dokument (.docx) och skicka den igen."),
	UNKNOWN("Filens format känns inte igen: den är inte ett kalkylark, ett Word- eller OpenDocument-dokument eller en "
			+ "textfil (CSV) och kan inte läsas.",
			"Skicka uppföljningen som Excel-fil (.xlsx), Word-dokument (.docx), OpenDocument-fil (.ods, .odt) eller CSV.");

	private final String problem;
	private final String advice;

	Unreadable(String problem, String advice) {
		this.problem = problem;
		this.advice = advice;
	}

	FileRejectedException rejection() {
		return new FileRejectedException(problem, advice);
	}
}
