package se.ikkonsolidering.classify;

import java.util.List;
import java.util.Optional;

/** The normalised status of a control. */
public enum ControlStatus {
	GENOMFORD, DELVIS, EJ_GENOMFORD,
	/** Nothing was reported for the control. */
	SAKNAS,
	/** Something was reported, but it does not say whether the control was done. */
	OKLAR,
	/**
	 * The control no longer applies ("Ej aktuell", "Utgår", "Avbruten genom beslut"): not counted in the shares or the
	 * traffic light, shown apart with its reason.
	 */
	UTGAR;

	/** The statuses counted in a nämnd's shares and traffic light: all but {@link #UTGAR}. */
	public static final List<ControlStatus> COUNTED = List.of(GENOMFORD, DELVIS, EJ_GENOMFORD, SAKNAS, OKLAR);

	/** The flag a status raises, if any. */
	public Optional<Flag> flag() {
		return switch (this) {
			case GENOMFORD -> Optional.empty();
			case DELVIS -> Optional.of(Flag.DELVIS);
			case EJ_GENOMFORD -> Optional.of(Flag.EJ_GENOMFORD);
			case SAKNAS -> Optional.of(Flag.SAKNAS);
			case OKLAR -> Optional.of(Flag.OKLAR_STATUS);
			case UTGAR -> Optional.of(Flag.UTGAR);
		};
	}
}
