package se.ikkonsolidering.report;

/**
 * Shares as whole percent, rounded down: a page that shows "90 %" then never hides 89.6 %, so a figure on the page
 * never contradicts the traffic-light thresholds it is judged by.
 */
final class Percent {

	private Percent() {
	}

	/** {@code part} of {@code whole} in whole percent, rounded down; 0 when there is nothing to share. */
	static int floor(long part, long whole) {
		return whole == 0 ? 0 : (int) (part * 100 / whole);
	}
}
