package se.ikkonsolidering.oversight;

import java.util.Arrays;
import java.util.Optional;

/** What a criterion of the draft assessment measures, by its name in {@code bedomning.csv}. */
public enum Measure {

	EJ_INLAMNAD("ej_inlämnad", true, "Nämnden har inte lämnat någon uppföljning (1 = ja)",
			"ingen uppföljning har kommit in"),
	DAGAR_SEN("dagar_sen", true, "Dagar efter sista dag som uppföljningen kom",
			"uppföljningen kom {} dagar efter sista dag"),
	DAGAR_UTAN_UPPFOLJNING("dagar_utan_uppföljning", true, "Dagar som en uppföljning har saknats efter sista dag",
			"en uppföljning har saknats i {} dagar efter sista dag"),
	ANDEL_GENOMFORDA("andel_genomförda", true, "Andel genomförda kontroller (%)",
			"andelen genomförda kontroller är {} %"),
	EJ_ATERRAPPORTERADE("ej_återrapporterade", true, "Planerade kontroller som inte återrapporterats",
			"planerade kontroller som inte återrapporterats är {}"),
	EJ_GENOMFORDA_UTAN_ATGARD("ej_genomförda_utan_åtgärd", true, "Ej genomförda kontroller utan åtgärd",
			"ej genomförda kontroller utan åtgärd är {}"),
	AVVIKELSER_UTAN_ATGARD("avvikelser_utan_åtgärd", true, "Kontroller med avvikelse utan åtgärd",
			"kontroller med avvikelse utan åtgärd är {}"),
	EGEN_BEDOMNING("egen_bedömning", true, "Nämndens egen bedömning",
			"nämnden bedömer själv sin interna kontroll som {}"),
	NAMNDER_INTE_TILLRACKLIGA("nämnder_inte_tillräckliga", false, "Nämnder som bedöms som inte tillräckliga",
			"nämnder som bedöms som inte tillräckliga är {}"),
	ANDEL_NAMNDER_INTE_TILLRACKLIGA("andel_nämnder_inte_tillräckliga", false,
			"Andel nämnder som bedöms som inte tillräckliga (%)", "{} % av nämnderna bedöms som inte tillräckliga"),
	ANDEL_NAMNDER_TILLRACKLIGA("andel_nämnder_tillräckliga", false, "Andel nämnder som bedöms som tillräckliga (%)",
			"{} % av nämnderna bedöms som tillräckliga");

	private final String key;
	private final boolean perNamnd;
	private final String swedish;
	private final String reason;

	/** @param reason why a verdict was given, with {@code {}} for the figure */
	Measure(String key, boolean perNamnd, String swedish, String reason) {
		this.key = key;
		this.perNamnd = perNamnd;
		this.swedish = swedish;
		this.reason = reason;
	}

	/** Why a criterion on this measure holds, in Swedish: "andelen genomförda kontroller är 75 %". */
	String reason(String figure) {
		return reason.replace("{}", figure);
	}

	public String key() {
		return key;
	}

	/** Whether it is measured per nämnd; otherwise for the kommun as a whole. */
	public boolean perNamnd() {
		return perNamnd;
	}

	public String swedish() {
		return swedish;
	}

	static Optional<Measure> byKey(String key) {
		return Arrays.stream(values()).filter(m -> m.key.equals(key)).findFirst();
	}
}
