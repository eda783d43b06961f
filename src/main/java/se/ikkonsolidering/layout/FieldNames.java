package se.ikkonsolidering.layout;

/** The Swedish names of fields, as used in messages to the economy office. */
final class FieldNames {

	private FieldNames() {
	}

	static String swedish(Field field) {
		return switch (field) {
			case ID -> "kontroll-id";
			case PROCESS -> "process";
			case RISK -> "risk";
			case RISKVARDE -> "riskvärde";
			case KONTROLLMOMENT -> "kontrollmoment";
			case RESULTAT -> "resultat";
			case AVVIKELSE -> "avvikelse";
			case ATGARD -> "åtgärd";
			case STATUS -> "status";
			case ANSVARIG -> "ansvarig";
			case STARTDATUM -> "startdatum";
			case SLUTDATUM -> "slutdatum";
			case ATERREDOVISAS -> "återredovisas";
			case NAMND -> "nämnd";
			case PERIOD -> "period";
			case AR -> "år";
			case STATUSMARKERING -> "statusmarkering";
			case STATUSFARG -> "statusfärg";
			case RADTYP -> "radtyp";
			case GRANSKADE -> "antal granskade";
			case URVAL -> "urval";
			case ANDEL -> "andel klart";
			case KONTROLLPUNKT -> "kontrollpunkt";
			case SVAR -> "svar på kontrollpunkten";
			case IGNORERAS -> "(sparas inte)";
		};
	}
}
