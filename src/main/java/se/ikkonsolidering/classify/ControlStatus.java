package se.ikkonsolidering.classify;

/** The normalised status of a control. */
public enum ControlStatus {
	GENOMFORD, DELVIS, EJ_GENOMFORD,
	/** Nothing was reported for the control. */
	SAKNAS,
	/** Something was reported, but it does not say whether the control was done. */
	OKLAR;

	/** The flag a status raises, if any. */
	public java.util.Optional<Flag> flag() {
		return switch (this) {
			case GENOMFORD -> java.util.Optional.empty();
			case DELVIS -> java.util.Optional.of(Flag.DELVIS);
			case EJ_GENOMFORD -> java.util.Optional.of(Flag.EJ_GENOMFORD);
			case SAKNAS -> java.util.Optional.of(Flag.SAKNAS);
			case OKLAR -> java.util.Optional.of(Flag.OKLAR_STATUS);
		};
	}
}
