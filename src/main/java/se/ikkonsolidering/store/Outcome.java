package se.ikkonsolidering.store;

/** What became of a file taken from the inbox. */
public enum Outcome {
	/** Read; its controls are current. */
	INLAST,
	/** Could not be read; moved to the rejected folder with an explanation. */
	AVVISAD,
	/** Was read, but a later file for the same nämnd, year and period replaced it. */
	ERSATT,
	/** Same content as a file already read; not read again. */
	DUBBLETT;

	/** The value in inlamningar.csv, whose contract knows INLAST, AVVISAD, ERSATT and EJ_INLAMNAD. */
	public String reportValue() {
		return this == DUBBLETT ? AVVISAD.name() : name();
	}
}
