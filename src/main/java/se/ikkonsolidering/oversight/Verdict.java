package se.ikkonsolidering.oversight;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The draft's verdict on whether internal control is sufficient, mildest first. */
public enum Verdict {

	TILLRACKLIG("Tillräcklig"), DELVIS("Delvis tillräcklig"), INTE("Inte tillräcklig");

	private final String swedish;

	Verdict(String swedish) {
		this.swedish = swedish;
	}

	public String swedish() {
		return swedish;
	}

	/** Lower-case code for the page's CSS classes. */
	public String css() {
		return name().toLowerCase(Locale.ROOT);
	}

	Verdict atLeast(Verdict other) {
		return other.ordinal() > ordinal() ? other : this;
	}

	/** "Delvis tillräcklig" → {@link #DELVIS}, any case. */
	static Optional<Verdict> fromSwedish(String text) {
		return Arrays.stream(values()).filter(v -> v.swedish.equalsIgnoreCase(text.strip())).findFirst();
	}
}
