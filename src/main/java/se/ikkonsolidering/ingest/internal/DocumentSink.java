package se.ikkonsolidering.ingest.internal;

/**
 * What a text document's body is made of, as a reader walks it: paragraphs, and tables of rows of cells that hold
 * paragraphs and further tables. Word and OpenDocument readers walk their XML into one of these.
 */
interface DocumentSink {

	/** How a cell joins its neighbours. */
	enum VerticalMerge {
		/** A cell of its own, or one spanning rows by count (OpenDocument). */
		NONE,
		/** The first cell of a Word vertical merge. */
		RESTART,
		/** A cell continuing the Word vertical merge above it. */
		CONTINUE
	}

	/**
	 * A cell's place and look.
	 *
	 * @param columns how many grid columns it spans (Word's {@code gridSpan})
	 * @param rows how many rows it spans (OpenDocument's {@code number-rows-spanned}); 1 for Word
	 * @param merge how it takes part in a Word vertical merge
	 * @param fill its background colour as {@code RRGGBB}, or {@code null}
	 */
	record Cell(int columns, int rows, VerticalMerge merge, String fill) {

		static final Cell PLAIN = new Cell(1, 1, VerticalMerge.NONE, null);

		public Cell {
			columns = Math.max(1, columns);
			rows = Math.max(1, rows);
		}
	}

	/** A finished paragraph (or heading, or list item) of the body, or of the cell being read. */
	void paragraph(String text);

	/**
	 * A finished paragraph the document sets as an item of a bulleted or numbered list: a memo's "Attest av fakturor –
	 * stickprov på 30 …" under "Kontroller som genomförts". As a paragraph, unless the sink keeps the difference.
	 */
	default void listItem(String text) {
		paragraph(text);
	}

	/**
	 * A list item at its level of the list, 0 the outermost: "Kontanthantering i badhuset" with "Oanmäld
	 * kassainventering vid tre tillfällen …" as the item under it.
	 */
	default void listItem(String text, int level) {
		listItem(text);
	}

	void startTable();

	void endTable();

	void startRow();

	void endRow();

	/** Grid columns a row leaves empty before its next cell (Word's {@code gridBefore}, OpenDocument's covered cells). */
	void skipColumns(int count);

	void startCell(Cell cell);

	/**
	 * The colour ({@code RRGGBB}) a run of text of the paragraph being read is written in: a "●" in green under a
	 * legend of coloured dots says by it what a fill would, and a legend's "●" in green before "Genomförd" says which
	 * colour it explains. Ignored unless the sink keeps cells' colours.
	 */
	default void textColour(String rgb, String text) {
	}

	/**
	 * A run of the cell being read marked with a highlighter ({@code RRGGBB}): "Samtliga 212 elever hade giltigt
	 * beslut." marked green under "grön överstrykning = kontrollen genomförd" says by it what a fill would. Ignored
	 * unless the sink keeps cells' colours.
	 */
	default void highlight(String rgb, String text) {
	}

	/**
	 * A run of the cell being read set in bold: "**Delvis**" among "Genomförd / Delvis / Ej genomförd" is the answer
	 * chosen. Ignored unless the sink reads cells' choices.
	 */
	default void bold(String text) {
	}

	void endCell();
}
