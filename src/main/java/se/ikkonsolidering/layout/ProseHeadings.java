package se.ikkonsolidering.layout;

/** Which headings of a document with only paragraphs under them name controls. */
enum ProseHeadings {

	/** Those between two controls read from labelled blocks ("Metod: / Status:"), where the pattern is plain. */
	BETWEEN_BLOCKS,
	/**
	 * Also those whose paragraphs tell what became of the control ("Kontrollen genomfördes i oktober.", "Status:
	 * Grön", a legend's symbol): the prose around tables that hold the other controls.
	 */
	REPORTING,
	/** Every heading that names a control: a report in prose alone. */
	ALL
}
