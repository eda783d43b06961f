package se.ikkonsolidering.classify;

/** Where a control's status came from, so readers know how much was inferred. */
public enum StatusSource {
	/** An explicit status column (Status, Följer plan, Bedömning, Utfall). */
	KOLUMN,
	/** The traffic-light fill colour of the status or result cell. */
	FARG,
	/** Phrases in the free-text result. */
	TEXT,
	/** Nothing to go on. */
	INGEN
}
