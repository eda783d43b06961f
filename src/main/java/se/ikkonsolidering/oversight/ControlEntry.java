package se.ikkonsolidering.oversight;

import java.util.Optional;

import se.ikkonsolidering.classify.ControlStatus;

/**
 * One nämnd's control as the matrix of shared controls sees it: from its plan, its follow-up, or both.
 *
 * @param status the status its counted follow-up gives it; empty when the follow-up does not report it
 * @param state how it stands
 */
public record ControlEntry(String namnd, String controlRef, String process, String risk, String kontrollmoment,
		Optional<ControlStatus> status, State state) {

	/** How a nämnd's control stands. */
	public enum State {
		/** Its follow-up reports it (with or without a plan). */
		REPORTED,
		/** It is in the plan, due, and not in the follow-up. */
		NOT_REPORTED,
		/** It is in the plan and reported back in a later period than the follow-up's. */
		DUE_LATER,
		/** It is in the plan and no follow-up has come in. */
		NO_FOLLOW_UP
	}

	String text() {
		return kontrollmoment.isBlank() ? risk : kontrollmoment;
	}

	/**
	 * What names the control across nämnder: its process with its text, since a nämnd's kontrollmoment can be as
	 * generic as "Rutin finns men behöver införlivas i ny organisation".
	 */
	String identity() {
		return process + " " + text();
	}
}
