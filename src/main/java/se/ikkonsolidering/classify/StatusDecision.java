package se.ikkonsolidering.classify;

import java.util.Objects;

/**
 * A status and how it was reached.
 *
 * @param status the status
 * @param source where it came from
 * @param rawText the sender's own words or colour that decided it (the status cell, the deciding text passage,
 *        or "gul (FFC000)"); empty when nothing was reported
 * @param evidence why, in Swedish, for the auditor ("statuskolumnen 'Status': 'Granskning ej genomförd'")
 * @param contradicted the sender's text says otherwise than the status column, which still decides
 * @param deviationInStatus the status itself reports something found wrong: a status word or legend meaning
 *        ("Godkänd med anmärkning", "B = Kontrollen genomförd, avvikelse noterad"), or a rating below satisfactory of a
 *        control that was done ("Ej tillfredsställande")
 */
public record StatusDecision(ControlStatus status, StatusSource source, String rawText, String evidence,
		boolean contradicted, boolean deviationInStatus) {

	public StatusDecision {
		Objects.requireNonNull(status);
		Objects.requireNonNull(source);
		rawText = rawText == null ? "" : rawText;
		evidence = evidence == null ? "" : evidence;
		if (status == ControlStatus.SAKNAS && source != StatusSource.INGEN) {
			throw new IllegalArgumentException("SAKNAS has no source");
		}
	}

	public StatusDecision(ControlStatus status, StatusSource source, String rawText, String evidence) {
		this(status, source, rawText, evidence, false, false);
	}

	public StatusDecision(ControlStatus status, StatusSource source, String rawText, String evidence,
			boolean contradicted) {
		this(status, source, rawText, evidence, contradicted, false);
	}

	/** This decision with more said of how it was reached. */
	public StatusDecision withEvidence(String more) {
		return new StatusDecision(status, source, rawText, evidence.isEmpty() ? more : evidence + "; " + more,
				contradicted, deviationInStatus);
	}
}
