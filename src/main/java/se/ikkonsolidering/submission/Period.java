package se.ikkonsolidering.submission;

import java.util.Arrays;
import java.util.Optional;

/** The follow-up period a file reports. VB and årsbokslut are the full year. */
public enum Period {
	T1("T1"), DELAR("Delår"), T2("T2"), HELAR("Helår");

	private final String swedish;

	Period(String swedish) {
		this.swedish = swedish;
	}

	public String swedish() {
		return swedish;
	}

	/** Later periods supersede earlier ones in the summary. */
	public int rank() {
		return ordinal();
	}

	public static Optional<Period> fromCode(String code) {
		return Arrays.stream(values()).filter(p -> p.name().equals(code)).findFirst();
	}
}
