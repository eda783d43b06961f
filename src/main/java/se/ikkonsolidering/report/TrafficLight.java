package se.ikkonsolidering.report;

/**
 * The signal per nämnd that a reader takes in first. The thresholds live here only; {@link #RULE} states them on the
 * page in the same words, so what is shown and what is computed cannot drift apart.
 */
enum TrafficLight {

	GRON("Grön"), GUL("Gul"), ROD("Röd");

	/** Green needs at least this share of the controls done (and none not done or missing). */
	static final int GREEN_MIN_PERCENT_DONE = 90;

	/** Red from this share of controls not done or not reported. */
	static final int RED_MIN_PERCENT_NOT_DONE = 25;

	static final String RULE = "Grön: minst " + GREEN_MIN_PERCENT_DONE + " % av kontrollerna är genomförda och ingen "
			+ "är ej genomförd eller saknar status. Röd: nämnden har inte lämnat någon uppföljning, uppföljningen "
			+ "innehåller inga kontroller, eller minst " + RED_MIN_PERCENT_NOT_DONE + " % av kontrollerna är ej "
			+ "genomförda eller saknar status. Gul: alla övriga, till exempel när kontroller är delvis genomförda "
			+ "eller har oklar status.";

	private final String swedish;

	TrafficLight(String swedish) {
		this.swedish = swedish;
	}

	public String swedish() {
		return swedish;
	}

	/** Lower case name for the page's CSS classes ({@code ljus-gron} …). */
	public String css() {
		return name().toLowerCase();
	}

	/** The light of a nämnd that reported these counts; compared exactly, not on rounded shares. */
	static TrafficLight judge(StatusCounts counts) {
		int total = counts.total();
		if (total == 0 || counts.notDone() * 100L >= (long) RED_MIN_PERCENT_NOT_DONE * total) {
			return ROD;
		}
		if (counts.notDone() == 0 && counts.genomford() * 100L >= (long) GREEN_MIN_PERCENT_DONE * total) {
			return GRON;
		}
		return GUL;
	}
}
