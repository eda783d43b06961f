package se.ikkonsolidering.classify;

/** Reasons kommunstyrelsen should look at a control. */
public enum Flag {
	EJ_GENOMFORD, DELVIS, SAKNAS, OKLAR_STATUS,
	/** A deviation was reported. */
	AVVIKELSE,
	/** "Följer plan: Nej". */
	FOLJER_EJ_PLAN,
	/** The control no longer applies ("Utgår", "Ej aktuell"). */
	UTGAR,
	/** The status column says one thing and the sender's text another ("Grön" beside "har inte genomförts"). */
	MOTSAGELSE,
	/**
	 * A control in the nämnd's adopted internkontrollplan that its follow-up leaves out: a row of its own, with status
	 * SAKNAS and the plan's file, sheet and row as its source.
	 */
	EJ_ATERRAPPORTERAD
}
