package se.ikkonsolidering.report;

import java.util.Comparator;

import se.ikkonsolidering.classify.ControlStatus;
import se.ikkonsolidering.classify.Flag;
import se.ikkonsolidering.store.StoredControl;

/**
 * Which flagged controls kommunstyrelsen should see first when the page cannot show them all: what was not done,
 * then a reported deviation, then a status its own text contradicts, then what was not reported or is unclear, then
 * what was partly done. A flag added later ranks after all of these until it is placed here.
 */
final class Importance {

	/** Most important first; among equals the order they had (the file's). */
	static final Comparator<StoredControl> FIRST = Comparator.comparingInt(Importance::rank);

	static final String ORDER = "ej genomförda (och sådana som inte följer planen), rapporterade avvikelser, "
			+ "status som texten säger emot, saknad eller oklar status, delvis genomförda";

	private Importance() {
	}

	static int rank(StoredControl c) {
		if (c.status() == ControlStatus.EJ_GENOMFORD || c.flags().contains(Flag.FOLJER_EJ_PLAN)) {
			return 0;
		}
		if (c.flags().contains(Flag.AVVIKELSE)) {
			return 1;
		}
		if (c.flags().contains(Flag.MOTSAGELSE)) {
			return 2;
		}
		if (c.status() == ControlStatus.SAKNAS || c.status() == ControlStatus.OKLAR) {
			return 3;
		}
		return c.status() == ControlStatus.DELVIS ? 4 : 5;
	}
}
