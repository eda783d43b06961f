package se.ikkonsolidering.report;

import se.ikkonsolidering.classify.ControlStatus;

/**
 * The key figures' shares per status, in whole percent adding up to 100 ({@link Percent#largestRemainder}): shown
 * side by side, shares that came to 98 % made readers ask where the rest went.
 */
record StatusShares(int genomford, int delvis, int ejGenomford, int saknas, int oklar) {

	static StatusShares of(StatusCounts c) {
		int[] p = Percent.largestRemainder(c.genomford(), c.delvis(), c.ejGenomford(), c.saknas(), c.oklar());
		return new StatusShares(p[0], p[1], p[2], p[3], p[4]);
	}

	int of(ControlStatus status) {
		return switch (status) {
			case GENOMFORD -> genomford;
			case DELVIS -> delvis;
			case EJ_GENOMFORD -> ejGenomford;
			case SAKNAS -> saknas;
			case OKLAR -> oklar;
			case UTGAR -> 0;
		};
	}
}
