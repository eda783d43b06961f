package se.ikkonsolidering.report;

import java.util.EnumMap;
import java.util.Map;

import se.ikkonsolidering.classify.ControlStatus;

/**
 * A status's colours, shared by the chart and the workbook, in traffic-light order. Strong colours fill chart bars;
 * light tints fill spreadsheet cells, where black text must stay readable. The page's CSS uses the same values.
 *
 * @param light RRGGBB without '#', as POI wants it
 */
record Palette(String strong, String light, String textOnStrong) {

	private static final Map<ControlStatus, Palette> BY_STATUS = new EnumMap<>(Map.of(
			ControlStatus.GENOMFORD, new Palette("#2E7D32", "C8E6C9", "#FFFFFF"),
			ControlStatus.DELVIS, new Palette("#F2B705", "FFF59D", "#1A1A1A"),
			ControlStatus.EJ_GENOMFORD, new Palette("#C62828", "FFCDD2", "#FFFFFF"),
			ControlStatus.SAKNAS, new Palette("#616161", "E0E0E0", "#FFFFFF"),
			ControlStatus.OKLAR, new Palette("#B0BEC5", "CFD8DC", "#1A1A1A"),
			ControlStatus.UTGAR, new Palette("#FFFFFF", "F5F5F5", "#1A1A1A")));

	static Palette of(ControlStatus status) {
		return BY_STATUS.get(status);
	}

	/** The light tint of a traffic light, for its spreadsheet cell: that of the status it stands for. */
	static String light(TrafficLight light) {
		return of(switch (light) {
			case GRON -> ControlStatus.GENOMFORD;
			case GUL -> ControlStatus.DELVIS;
			case ROD -> ControlStatus.EJ_GENOMFORD;
		}).light();
	}
}
