package se.ikkonsolidering.report;

import java.util.Collection;

import se.ikkonsolidering.classify.ControlStatus;

/**
 * How many controls have each status. Controls that no longer apply ({@code UTGAR}) are counted apart and are not
 * part of the total or the shares.
 */
record StatusCounts(int genomford, int delvis, int ejGenomford, int saknas, int oklar, int utgar) {

	static final StatusCounts NONE = new StatusCounts(0, 0, 0, 0, 0, 0);

	static StatusCounts of(Collection<ControlStatus> statuses) {
		StatusCounts counts = NONE;
		for (ControlStatus status : statuses) {
			counts = counts.plus(status);
		}
		return counts;
	}

	StatusCounts plus(ControlStatus status) {
		return new StatusCounts(genomford + one(status, ControlStatus.GENOMFORD),
				delvis + one(status, ControlStatus.DELVIS), ejGenomford + one(status, ControlStatus.EJ_GENOMFORD), saknas + one(status, ControlStatus.SAKNAS),
				oklar + one(status, ControlStatus.OKLAR), utgar + one(status, ControlStatus.UTGAR));
	}

	StatusCounts plus(StatusCounts other) {
		return new StatusCounts(genomford + other.genomford, delvis + other.delvis, ejGenomford + other.ejGenomford,
				saknas + other.saknas, oklar + other.oklar, utgar + other.utgar);
	}

	public int total() {
		return genomford + delvis + ejGenomford + saknas + oklar;
	}

	/** Controls that were not carried out or not reported at all. */
	int notDone() {
		return ejGenomford + saknas;
	}

	int count(ControlStatus status) {
		return switch (status) {
			case GENOMFORD -> genomford;
			case DELVIS -> delvis;
			case EJ_GENOMFORD -> ejGenomford;
			case SAKNAS -> saknas;
			case OKLAR -> oklar;
			case UTGAR -> utgar;
		};
	}

	/** The share done, rounded down as the traffic light's threshold asks ({@link Percent}). */
	public int percentDone() {
		return Percent.floor(genomford, total());
	}

	private static int one(ControlStatus status, ControlStatus wanted) {
		return status == wanted ? 1 : 0;
	}
}
