package se.ikkonsolidering.report;

import java.util.List;

/**
 * The figures a reader takes in at a glance.
 *
 * @param reported nämnder with a current file for the year
 * @param expected nämnder in the table: the register's, plus any that reported without being in it
 * @param counts all counted controls per status
 * @param deviations counted controls with a reported deviation
 * @param gron nämnder with a green light
 * @param gul nämnder with a yellow light
 * @param rod nämnder with a red light, including those that sent nothing
 */
record KeyFigures(int reported, int expected, StatusCounts counts, int deviations, int gron, int gul, int rod) {

	static KeyFigures of(List<NamndFigures> namnder) {
		StatusCounts counts = StatusCounts.NONE;
		int reported = 0;
		int deviations = 0;
		int[] lights = new int[TrafficLight.values().length];
		for (NamndFigures n : namnder) {
			counts = counts.plus(n.counts());
			deviations += n.deviations();
			reported += n.submitted() ? 1 : 0;
			lights[n.light().ordinal()]++;
		}
		return new KeyFigures(reported, namnder.size(), counts, deviations, lights[TrafficLight.GRON.ordinal()],
				lights[TrafficLight.GUL.ordinal()], lights[TrafficLight.ROD.ordinal()]);
	}

	/** The counted controls' shares per status, adding up to 100 %. */
	public StatusShares shares() {
		return StatusShares.of(counts);
	}
}
