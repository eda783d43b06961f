package se.ikkonsolidering.report;

/**
 * One file in the "Inlämningar" section, or a nämnd that sent none.
 *
 * @param outcome Inläst, Ersatt, Avvisad or Ej inlämnad
 * @param outcomeCss lower case outcome for the page's CSS classes
 * @param received when the job took the file ({@code yyyy-MM-dd HH:mm}); empty for a nämnd that sent none
 * @param period the period, {@link SwedishNames#NO_PERIOD} when the file states none, empty when its year is unknown
 * @param note how the file relates to the summary in plain words: counted, replaced by which file, or why not
 * @param message how the file was read, or why it was rejected, as stored (for the workbook)
 * @param marks kontrollera, the receipt, corrections
 */
record SubmissionLine(String file, String namnd, String period, String outcome, String outcomeCss, int controls,
		String received, String note, String message, FileMarks marks) {

	/** Whether the line is a file that states no period (or whose year, and so period, could not be read). */
	public boolean periodMissing() {
		return !file.isEmpty() && (period.isEmpty() || period.equals(SwedishNames.NO_PERIOD));
	}
}
