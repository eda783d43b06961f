package se.ikkonsolidering.report;

import se.ikkonsolidering.classify.ControlStatus;

/**
 * Status colours shared by the chart and the workbook, in traffic-light order. Strong colours fill chart bars; light
 * tints fill spreadsheet cells, where black text must stay readable. The page's CSS uses the same values.
 */
enum Palette {

	GENOMFORD("#2E7D32", "C8E6C9", "#FFFFFF"),
	DELVIS("#F2B705", "FFF59D", "#1A1A1A"),
	EJ_GENOMFORD("#C62828", "FFCDD2", "#FFFFFF"),
	SAKNAS("#616161", "E0E0E0", "#FFFFFF"),
	OKLAR("#B0BEC5", "CFD8DC", "#1A1A1A"),
	UTGAR("#FFFFFF", "F5F5F5", "#1A1A1A");

	private final String strong;
	private final String light;
	private final String textOnStrong;

	Palette(String strong, String light, String textOnStrong) {
		this.strong = strong;
		this.light = light;
		this.textOnStrong = textOnStrong;
	}

	static Palette of(ControlStatus status) {
		return valueOf(status.name());
	}

	String strong() {
		return strong;
	}

	/** RRGGBB without '#', as POI wants it. */
	String light() {
		return light;
	}

	String textOnStrong() {
		return textOnStrong;
	}

	/** The light tint of a traffic light, for its spreadsheet cell. */
	static String light(TrafficLight light) {
		return switch (light) {
			case GRON -> GENOMFORD.light;
			case GUL -> DELVIS.light;
			case ROD -> EJ_GENOMFORD.light;
		};
	}
}
