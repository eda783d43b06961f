package se.ikkonsolidering.ingest;

/**
 * The formats we read, recognised from the file's content rather than its name, because senders rename files (a CSV
 * saved as .xlsx, an .xlsx renamed .xls, a Word document named .xlsx).
 */
public enum FileFormat {

	/** Excel 2007 and later (Office Open XML): .xlsx, .xlsm. */
	OOXML(false),
	/** Excel 97–2003 (an OLE2 compound document): .xls. */
	OLE2(false),
	/** Word 2007 and later (Office Open XML): .docx, .docm; each table is read as a sheet. */
	DOCX(true),
	/** Word 97–2003 (an OLE2 compound document): .doc; each table is read as a sheet, as in a .docx. */
	DOC(true),
	/** Rich Text Format: .rtf; each table is read as a sheet, as in a .docx. */
	RTF(true),
	/**
	 * A web page (.htm, .html; Excel's and Word's "Spara som webbsida", a system's HTML export named .xls): each table
	 * is read as a sheet, as in a .docx.
	 */
	HTML(true),
	/** OpenDocument spreadsheet (LibreOffice Calc): .ods. */
	ODS(false),
	/** OpenDocument text (LibreOffice Writer): .odt; each table is read as a sheet. */
	ODT(true),
	/** Plain text read as CSV: .csv, .tsv, .txt, Excel's "Unicode text". */
	TEXT(false),
	/** Plain text without separators (an e-mail saved as .txt): its lines are a document's paragraphs. */
	PROSE(true),
	/** A saved e-mail (.eml, Outlook's .msg): its text is read as {@link #TEXT} or {@link #PROSE} is. */
	EMAIL(false);

	private final boolean document;

	FileFormat(boolean document) {
		this.document = document;
	}

	/** A text document whose tables are its sheets, named "Tabell 1", "Tabell 2" …. */
	public boolean isDocument() {
		return document;
	}
}
