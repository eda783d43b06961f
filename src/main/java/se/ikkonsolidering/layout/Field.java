package se.ikkonsolidering.layout;

/** The normalised fields a control table column can be mapped to. */
public enum Field {
	ID, PROCESS, RISK, RISKVARDE, KONTROLLMOMENT, RESULTAT, AVVIKELSE, ATGARD, STATUS, ANSVARIG, STARTDATUM,
	SLUTDATUM, ATERREDOVISAS, NAMND, PERIOD,
	/** The year a row reports on, in a column of its own beside the period ("År | Period": "2025 | Helår"). */
	AR,
	/**
	 * One of several status columns ticked with a mark ("Genomförd | Delvis | Ej genomförd", an X in one): the
	 * ticked column's header becomes the status.
	 */
	STATUSMARKERING,
	/**
	 * A column of colours beside the status column of words ("Status | Bedömning (färg)"): its fill is the status's
	 * colour, the word still the status.
	 */
	STATUSFARG,
	/**
	 * What each row of a governance system's report is ("Typ": Process | Kontrollmoment | Åtgärd): only the
	 * kontrollmoment rows are controls.
	 */
	RADTYP,
	/**
	 * How many of the items the control is to check were checked ("Antal kontrollerade", "Antal granskade"), a column
	 * per period or one: against {@link #URVAL}, a share done.
	 */
	GRANSKADE,
	/** How many items the control is to check: its population or planned sample ("Antal ärenden (population)"). */
	URVAL,
	/**
	 * How much of the control is done, as a share ("Färdigställt (%)", "Andel klart"), beside a status column of
	 * words: where the word is left blank, the share is the status.
	 */
	ANDEL,
	/**
	 * One of the points or steps a control is checked by ("Kontrollpunkt", "Kontrollsteg"), a row each under the
	 * control, in a column beside the control's own text: parts of the control, no controls of their own.
	 */
	KONTROLLPUNKT,
	/** A point's answer ("Svar": Ja / Nej / Delvis), beside the control's own status. */
	SVAR,
	/** A known header word whose column we do not store (it still proves the row is a header). */
	IGNORERAS;

	/** Cells that start a new control when filled; a row with all of them blank continues the previous one. */
	public boolean isKey() {
		return this == ID || this == KONTROLLMOMENT || this == RISK;
	}

	/** A count of the items a control checks: a table's columns give a share done, a form's line only the plan. */
	public boolean isCount() {
		return this == GRANSKADE || this == URVAL;
	}

	/** Columns that describe a group of rows and are carried down when blank. */
	public boolean fillsDown() {
		return this == PROCESS || this == NAMND;
	}
}
