package se.ikkonsolidering.report;

import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.LongStream;

/**
 * Shares as whole percent. A share judged against a threshold is rounded down: a page that shows "90 %" then never
 * hides 89.6 %, so it never contradicts the traffic-light thresholds. Shares that make up a whole are rounded by the
 * largest remainder, so that they add up to 100 % as the reader expects of them.
 */
final class Percent {

	/** How the page and the workbook round shares, in their words. */
	static final String RULE = "Andelar anges i hela procent. Andelarna i sammanfattningen och i metodtabellen "
			+ "avrundas så att de tillsammans blir 100 % (största-rest-metoden). Andel genomförda per nämnd avrundas "
			+ "nedåt, så att till exempel 89,6 % visas som 89 % och aldrig ser ut att nå trafikljusets gräns på "
			+ TrafficLight.GREEN_MIN_PERCENT_DONE + " % när den inte gör det.";

	private Percent() {
	}

	/** {@code part} of {@code whole} in whole percent, rounded down; 0 when there is nothing to share. */
	static int floor(long part, long whole) {
		return whole == 0 ? 0 : (int) (part * 100 / whole);
	}

	/**
	 * The parts' shares of their sum in whole percent, adding up to 100 (all 0 when the sum is 0): each share rounded
	 * down, then the points still missing go one each to the parts that lost the most by it (largest remainder,
	 * Hamilton's method); between equal remainders the larger part, then the earlier, wins. A part of 0 stays 0.
	 */
	static int[] largestRemainder(long... parts) {
		long whole = LongStream.of(parts).sum();
		int[] shares = new int[parts.length];
		if (whole == 0) {
			return shares;
		}
		int missing = 100;
		for (int i = 0; i < parts.length; i++) {
			shares[i] = floor(parts[i], whole);
			missing -= shares[i];
		}
		Comparator<Integer> lostMost = Comparator.comparingLong((Integer i) -> parts[i] * 100 % whole)
			.thenComparingLong(i -> parts[i])
			.reversed()
			.thenComparingInt(i -> i);
		List<Integer> order = IntStream.range(0, parts.length).boxed().sorted(lostMost).toList();
		for (int i = 0; i < missing; i++) {
			shares[order.get(i)]++;
		}
		return shares;
	}
}
