package se.ikkonsolidering.store;

/**
 * A control of a nämnd's current internkontrollplan, as stored, with where it stands in the plan's file.
 *
 * @param submissionId the plan's submission
 * @param sourceRow the 1-based row the control starts on in its sheet
 * @param reportBack when the plan says the control is reported back ("Helår", "Delår och helår"), as written
 */
public record PlannedControl(long submissionId, int seq, String namnd, int year, String fileName, String sheet,
		int sourceRow, String controlRef, String process, String risk, String riskValue, String kontrollmoment,
		String responsible, String reportBack) {
}
