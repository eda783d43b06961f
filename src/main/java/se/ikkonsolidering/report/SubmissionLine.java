package se.ikkonsolidering.report;

/**
 * One file in the "Inlämningar" section, or a nämnd that sent none.
 *
 * @param outcome Inläst, Ersatt, Avvisad or Ej inlämnad
 * @param outcomeCss lower case outcome for the page's CSS classes
 * @param received when the job took the file ({@code yyyy-MM-dd HH:mm}); empty for a nämnd that sent none
 * @param note how the file relates to the summary: counted, replaced by which file, or why not
 * @param message how the file was read, or why it was rejected, as stored
 * @param marks kontrollera, the receipt, corrections
 */
record SubmissionLine(String file, String namnd, String period, String outcome, String outcomeCss, int controls,
		String received, String note, ShortText message, FileMarks marks) {
}
