package se.ikkonsolidering.submission;

import java.util.Arrays;
import java.util.EnumSet;
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

	/** The delår and tertial 2 both end on 31 August: the same follow-up, whichever name a sender gives it. */
	public boolean endsTheSameDayAs(Period other) {
		return this == other || EnumSet.of(this, other).equals(EnumSet.of(DELAR, T2));
	}

	public static Optional<Period> fromCode(String code) {
		return Arrays.stream(values()).filter(p -> p.name().equals(code)).findFirst();
	}
}
