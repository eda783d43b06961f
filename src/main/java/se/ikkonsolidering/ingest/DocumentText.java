package se.ikkonsolidering.ingest;

/**
 * A text a file carries outside its tables, where nämnd, year and period are often written: the document's
 * properties, its page header and footer, its first paragraphs; and its closing paragraphs, where the assessment is.
 *
 * @param kind where the text stands
 * @param text the text as shown, without Excel's header codes ({@code &P}, {@code &"Arial,Fet"})
 */
public record DocumentText(Kind kind, String text) {

	/** Where a text stands in the file. */
	public enum Kind {
		/** The title in the file's properties. */
		TITLE,
		/** The subject in the file's properties. */
		SUBJECT,
		/** The company (organisation) in the file's properties. */
		COMPANY,
		/** The page header (a printed sheet's header in a spreadsheet). */
		HEADER,
		/** The page footer. */
		FOOTER,
		/** One of the first paragraphs of a document's body, before its first table. */
		PARAGRAPH,
		/** A paragraph after a document's last table, where a nämnd closes with its overall assessment. */
		CLOSING
	}

	public DocumentText {
		if (kind == null || text == null) {
			throw new IllegalArgumentException("kind and text are required");
		}
		text = RawCell.composed(text);
	}
}
