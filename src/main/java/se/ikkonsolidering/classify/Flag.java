package se.ikkonsolidering.classify;

/** Reasons kommunstyrelsen should look at a control. */
public enum Flag {
	EJ_GENOMFORD, DELVIS, SAKNAS, OKLAR_STATUS,
	/** A deviation was reported. */
	AVVIKELSE,
	/** "Följer plan: Nej". */
	FOLJER_EJ_PLAN
}
