package se.ikkonsolidering.store;

import java.util.List;

/**
 * A control as stored, joined with what the summary and exports need of its submission.
 */
public record StoredControl(long submissionId, int seq, String namnd, int year, String periodCode, String fileName,
		String sheet, int sourceRow, String controlRef, String process, String risk, String riskValue,
		String kontrollmoment, String result, String deviation, String action, String responsible, String startDate,
		String endDate, String reportBack, String status, String statusSource, String statusText,
		String statusEvidence, List<String> flags) {

	public StoredControl {
		flags = List.copyOf(flags);
	}
}
