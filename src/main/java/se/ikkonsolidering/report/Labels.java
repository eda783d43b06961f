package se.ikkonsolidering.report;

import java.util.List;

import se.ikkonsolidering.store.Outcome;

/** The Swedish words readers see for the stored codes of statuses, flags, status sources and outcomes. */
final class Labels {

	static final String NOT_SUBMITTED = "Ej inlämnad";

	private Labels() {
	}

	static String status(String code) {
		return switch (code) {
			case "GENOMFORD" -> "Genomförd";
			case "DELVIS" -> "Delvis genomförd";
			case "EJ_GENOMFORD" -> "Ej genomförd";
			case "SAKNAS" -> "Status saknas";
			case "OKLAR" -> "Oklar status";
			case "UTGAR" -> "Utgår";
			default -> code;
		};
	}

	static String flag(String code) {
		return switch (code) {
			case "EJ_GENOMFORD" -> "Ej genomförd";
			case "DELVIS" -> "Delvis genomförd";
			case "SAKNAS" -> "Status saknas";
			case "OKLAR_STATUS" -> "Oklar status";
			case "AVVIKELSE" -> "Avvikelse rapporterad";
			case "FOLJER_EJ_PLAN" -> "Följer ej plan";
			case "UTGAR" -> "Utgår";
			case "MOTSAGELSE" -> "Status och text säger emot varandra";
			default -> code;
		};
	}

	static List<String> flags(List<String> codes) {
		return codes.stream().map(Labels::flag).toList();
	}

	static String source(String code) {
		return switch (code) {
			case "KOLUMN" -> "Statuskolumn";
			case "FARG" -> "Cellfärg";
			case "TEXT" -> "Fritext";
			case "INGEN" -> "Inget underlag";
			default -> code;
		};
	}

	/** A duplicate is shown as rejected, as in inlamningar.csv. */
	static String outcome(Outcome outcome) {
		return switch (outcome) {
			case INLAST -> "Inläst";
			case ERSATT -> "Ersatt";
			case AVVISAD, DUBBLETT -> "Avvisad";
		};
	}
}
