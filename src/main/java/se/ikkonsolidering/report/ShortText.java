package se.ikkonsolidering.report;

/**
 * A reported text as the page shows it: the start, cut at a word near {@link #LIMIT} characters, with the whole text
 * kept beside it for a {@code <details>} element, so a long answer neither swamps the page nor gets lost.
 *
 * @param shown what is shown at first (ends with "…" when cut)
 * @param full the whole text
 */
record ShortText(String shown, String full) {

	static final int LIMIT = 200;

	static ShortText of(String text) {
		String full = text == null ? "" : text.strip();
		if (full.length() <= LIMIT) {
			return new ShortText(full, full);
		}
		int cut = full.lastIndexOf(' ', LIMIT);
		if (cut < LIMIT / 2) {
			cut = LIMIT;
		}
		if (Character.isHighSurrogate(full.charAt(cut - 1))) {
			cut--;
		}
		return new ShortText(full.substring(0, cut).stripTrailing() + " …", full);
	}

	public boolean shortened() {
		return !shown.equals(full);
	}

	public boolean isEmpty() {
		return full.isEmpty();
	}
}
