package se.ikkonsolidering.report;

/**
 * What the exports say of a year beyond its files and controls: which files to check, their receipts, and the
 * economy office's corrections. A year compared with (the previous one) needs none.
 */
record YearNotes(FileNotes files, CorrectionSection corrections) {

	static final YearNotes NONE = new YearNotes(FileNotes.NONE, CorrectionSection.NONE);
}
