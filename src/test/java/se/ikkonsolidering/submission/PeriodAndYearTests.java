package se.ikkonsolidering.submission;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What a title or heading says about the follow-up's year and period. */
class PeriodAndYearTests {

	private final PeriodRules periods = PeriodRules.load(null);

	@Test
	void aTitleNamingOnePeriodStatesIt() {
		assertThat(periods.find("Uppföljning internkontroll helår 2025")).contains(Period.HELAR);
		assertThat(periods.find("Uppföljning per 31 augusti (delår)")).contains(Period.DELAR);
	}

	/** Round 439: a system's Period column of a month and a year: the period ending with that month. */
	@Test
	void aMonthAndAYearAloneStateThePeriodEndingThen() {
		assertThat(periods.find("April 2025")).contains(Period.T1);
		assertThat(periods.find("Augusti 2025")).contains(Period.DELAR);
		assertThat(periods.find("December 2025")).contains(Period.HELAR);
		assertThat(periods.find("Juni 2025")).isEmpty();
	}


	@Test
	void aDelarFollowedByADateIsTheDelarNotTheFirstTertial() {
		assertThat(periods.find("Uppföljningstillfälle: Delår 1 januari – 31 augusti 2025")).contains(Period.DELAR);
		assertThat(periods.find("Uppföljning delår 1 2025")).contains(Period.T1);
	}

	/**
	 * Rounds 316 and 544: the months a "delår 1" covers, in brackets after it or after its year, tell which period it
	 * is; a tertial's wins.
	 */
	@Test
	void theMonthsInBracketsAfterADelarNumberStateItsPeriod() {
		assertThat(periods.find("Uppföljningsperiod: Delår 1 (januari–augusti 2025)")).contains(Period.DELAR);
		assertThat(periods.find("Uppföljningsperiod: Delår 1 (januari–april 2025)")).contains(Period.T1);
		assertThat(periods.find("Period: Delår 2 2025 (januari–augusti)")).contains(Period.DELAR);
		assertThat(periods.find("Uppföljning tertial 2 (januari–augusti) 2025")).contains(Period.T2);
	}

	/** Round 116: the first tertial ends on 30 April; a word on "tertial" followed by its number. */
	@Test
	void aFollowUpToTheEndOfAprilOrNumberedAfterATertialWordStatesTheFirstTertial() {
		assertThat(periods.find("Socialnämndens internkontrollplan 2025 – uppföljning per 30 april")).contains(Period.T1);
		assertThat(periods.find("Uppföljning av intern kontroll – tertialuppföljning 1, 2025")).contains(Period.T1);
		assertThat(periods.find("Tertialrapport 2 2025")).contains(Period.T2);
	}

	/** Round 558: a follow-up named by the month its period ends with, "efter augusti" or cut short in a file name. */
	@Test
	void aFollowUpNamedByTheMonthItsPeriodEndsWithStatesThatPeriod() {
		assertThat(periods.find("Internkontrollplan 2025 – uppföljning efter augusti")).contains(Period.DELAR);
		assertThat(periods.find("Internkontroll 2025 uppföljning aug")).contains(Period.DELAR);
		assertThat(periods.find("IK uppföljning april 2025")).contains(Period.T1);
	}

	/** Round 250: a tertial named by its ordinal, in any form of the word. */
	@Test
	void aTertialNamedByItsOrdinalStatesIt() {
		assertThat(periods.find("Internkontrollplan 2025 – uppföljning andra tertialen")).contains(Period.T2);
		assertThat(periods.find("Uppföljning av första tertialet 2025")).contains(Period.T1);
		assertThat(periods.find("Rapport för tredje tertialen")).contains(Period.HELAR);
	}

	/** Round 153: the months the follow-up covers, written out or cut short. */
	@Test
	void theMonthsCoveredStateThePeriod() {
		assertThat(periods.find("Uppföljning intern kontroll jan-aug 2025 SN och VON")).contains(Period.DELAR);
		assertThat(periods.find("Uppföljning av internkontrollplaner januari–augusti 2025")).contains(Period.DELAR);
		assertThat(periods.find("Internkontroll, avrapportering jan–apr")).contains(Period.T1);
		assertThat(periods.find("Kontroller maj till augusti")).contains(Period.T2);
		assertThat(periods.find("Uppföljning sep–dec 2025")).contains(Period.HELAR);
		assertThat(periods.find("Tertial 2 (maj–aug)")).contains(Period.T2);
	}

	/** Round 201: a system's selection, "Period: 2025-01 – 2025-04". */
	@Test
	void theMonthsCoveredAsNumbersStateThePeriod() {
		assertThat(periods.find("2025-01 – 2025-04")).contains(Period.T1);
		assertThat(periods.find("2025-01-01–2025-08-31")).contains(Period.DELAR);
		assertThat(periods.find("2025-05 – 2025-08")).contains(Period.T2);
		assertThat(periods.find("2025-01 till 2025-12")).contains(Period.HELAR);
		assertThat(periods.find("2025-01 – 2025-03")).isEmpty();
	}

	/** Round 117: the follow-up of the operating or financial year is the whole year's, unless it names a part of it. */
	@Test
	void theOperatingOrFinancialYearIsTheWholeYear() {
		assertThat(periods.find("Uppföljning av intern kontroll – verksamhetsåret 2025")).contains(Period.HELAR);
		assertThat(periods.find("Rapport avseende intern kontroll för räkenskapsåret 2025")).contains(Period.HELAR);
		assertThat(periods.find("Delårsrapport för räkenskapsåret 2025")).contains(Period.DELAR);
	}

	@Test
	void aTitleNamingBothAPartAndTheWholeYearStatesNoPeriod() {
		assertThat(periods.find("Uppföljning per 31 augusti (delår) och per 31 december (helår).")).isEmpty();
	}

	@Test
	void aPlanOverTwoYearsIsFollowedUpInTheLater() {
		assertThat(MetadataResolver.bareYear("Internkontrollplan 2024–2025 med uppföljning")).contains(2025);
		assertThat(MetadataResolver.bareYear("Internkontroll 2025")).contains(2025);
		assertThat(MetadataResolver.bareYear("Urval: Perioder Helår 2024, Delår aug 2025, Helår 2025")).contains(2025);
	}

	/** Round 74: the diarienummer and the date say when the report was filed, not the year it reports on. */
	@Test
	void aRegistrationNumbersYearIsNoYearReportedOn() {
		assertThat(MetadataResolver.bareYear("Dnr BSN 2026/14 Datum 2026-02-05")).isEmpty();
	}

	@Test
	void aDateWrittenOutIsNoYearReportedOn() {
		assertThat(MetadataResolver.bareYear("Skickat: den 22 januari 2026 14:37")).isEmpty();
		assertThat(MetadataResolver.bareYear("Gruvsjö 3 dec. 2025")).isEmpty();
		assertThat(MetadataResolver.bareYear("Uppföljning 2025, skickad 22 januari 2026")).contains(2025);
	}

	@Test
	void aFileNameSpellingHelarWithoutRingStatesTheWholeYear() {
		assertThat(periods.find("OFN_IK_helar_2025.txt")).contains(Period.HELAR);
		assertThat(periods.find("Omsorg_IK_T1-T2-helar_2025.xls")).isEmpty();
	}

	/** Round 61: "delar" is delår without its ring only beside a year; otherwise it is the word "delar". */
	@Test
	void aFileNameSpellingDelarWithoutRingBesideAYearStatesTheDelar() {
		assertThat(periods.find("LVEAB_internkontroll_delar_2025.ods")).contains(Period.DELAR);
		assertThat(periods.find("Planen består av tre delar")).isEmpty();
	}

	/** Round 61: the delår is made up per the end of August. */
	@Test
	void aFollowUpToTheEndOfAugustStatesTheDelar() {
		assertThat(periods.find("Internkontroll 2025 / Uppföljning t.o.m. augusti")).contains(Period.DELAR);
		assertThat(periods.find("Uppföljning per 31/8")).contains(Period.DELAR);
	}

	/** Round 96: a legend's note on two periods' columns says which report this is no more than a template does. */
	@Test
	void aTextNamingTwoPartsOfTheYearStatesNoPeriod() {
		assertThat(periods.find("Tom ruta i T1/Delår = kontrollen var inte planerad till den perioden.")).isEmpty();
		assertThat(periods.find("Uppföljning tertial 2 / delår 2025")).isPresent();
	}

	/** Round 500: the dates of all the year's follow-ups listed after "per" are the template's, not this report's. */
	@Test
	void datesListedAfterPerStateNoPeriod() {
		assertThat(periods.find("Uppföljning sker per 30/4, 31/8 och 31/12. Ange status för perioden.")).isEmpty();
		assertThat(periods.find("Uppföljning per 30/4 och 31/8")).isEmpty();
	}

	/** Round 524: "the year's first two tertials" end with the second; a range's months may carry their days. */
	@Test
	void readsTheFirstTwoTertialsAndAMonthRangeWithDays() {
		assertThat(periods.find("Resultatet av de kontroller som genomförts under årets två första tertial."))
			.contains(Period.T2);
		assertThat(periods.find("Uppföljningsperiod: 1 januari – 31 augusti 2025")).contains(Period.DELAR);
	}

	/** Round 506: an instruction saying where a later period is reported names that period for another report. */
	@Test
	void aSentenceOnWhereAnotherPeriodIsReportedStatesNoPeriod() {
		assertThat(periods.find("Kommentera utfallet för respektive tertial. Tertial 3 redovisas i årsbokslutet."))
			.isEmpty();
		assertThat(periods.find("Helåret följs upp i verksamhetsberättelsen; uppföljning per 31 augusti"))
			.contains(Period.DELAR);
	}

	/** Round 503: a form's period chosen by ticking one of its boxes; none ticked chooses none. */
	@Test
	void aFormsTickedBoxChoosesThePeriod() {
		assertThat(periods.find("Uppföljningstillfälle: ☒ T1 (jan–apr) ☐ Delår (jan–aug) ☐ Helår (jan–dec)"))
			.contains(Period.T1);
		assertThat(periods.find("Uppföljningstillfälle: ☐ T1 (jan–apr) ☐ Delår (jan–aug) ☐ Helår (jan–dec)")).isEmpty();
	}

	/**
	 * Rounds 500 and 505: a status column headed only by the last day of its period, or by the month it ends with,
	 * names that period; so does an English report's range of months.
	 */
	@Test
	void aColumnHeadedByThePeriodsLastDayOrMonthNamesIt() {
		assertThat(periods.find("2025-08-31")).contains(Period.DELAR);
		assertThat(periods.find("Status augusti")).contains(Period.DELAR);
		assertThat(periods.find("Status december")).contains(Period.HELAR);
		assertThat(periods.find("Follow-up report, period 1 (January–April)")).contains(Period.T1);
	}

	/** Round 94: "per den 31 augusti", the status as it stood then; and the year's end written so. */
	@Test
	void theStateAsItStoodOnADayWrittenOutStatesItsPeriod() {
		assertThat(periods.find("Kommentaren beskriver läget per den 31 augusti 2025.")).contains(Period.DELAR);
		assertThat(periods.find("Läget per den 31 december 2025")).contains(Period.HELAR);
	}

	/** Round 65: a consultant's "interim review" and its quarters. */
	@Test
	void anInterimReviewAndTheQuartersStateTheirPeriods() {
		assertThat(periods.find("Internal control testing - Ragunda kommun - interim review 2025")).contains(Period.DELAR);
		assertThat(periods.find("Q1 2025")).contains(Period.T1);
		assertThat(periods.find("Q2 2025")).contains(Period.DELAR);
		assertThat(periods.find("Kvartal 4")).contains(Period.HELAR);
	}

	/** Round 82: a governance system's period column says "Årsrapport 2025" for the year-end. */
	@Test
	void anAnnualReportIsTheWholeYearButADelarsrapportIsNot() {
		assertThat(periods.find("Årsrapport 2025")).contains(Period.HELAR);
		assertThat(periods.find("Delårsrapport 2025")).contains(Period.DELAR);
	}

	/** Round 87: a remark in parentheses names another period; rounds 6 and 67: one names the delår's tertial. */
	@Test
	void aPeriodNamedOnlyInARemarkInParenthesesIsNotTheReportsUnlessItIsTheDelarsTertial() {
		assertThat(periods.find("Uppföljningstillfälle: Delår 31 aug (T1 fylldes i i april)")).contains(Period.DELAR);
		assertThat(periods.find("Uppföljning per 31 augusti (T2) – rapport till styrelsen")).contains(Period.T2);
		assertThat(periods.find("Uppföljning (tertial 2)")).contains(Period.T2);
	}

	/** Round 445: a nämnd's annual report and a company's directors' report are about the whole year. */
	@Test
	void anAnnualReportStatesTheWholeYear() {
		assertThat(periods.find("Årsberättelse 2025 kultur och fritid")).contains(Period.HELAR);
		assertThat(periods.find("Bengtsforshus AB förvaltningsberättelse 2025")).contains(Period.HELAR);
		assertThat(periods.find("Delårsberättelse 2025")).contains(Period.DELAR);
	}

	/** Round 399: a governance system's period code, the year and the period written together. */
	@Test
	void aPeriodCodeWrittenAfterTheYearStatesThePeriod() {
		assertThat(periods.find("2025T1")).contains(Period.T1);
		assertThat(periods.find("2025-T2")).contains(Period.T2);
		assertThat(periods.find("2025D")).contains(Period.DELAR);
		assertThat(periods.find("PERIOD<=2025D")).contains(Period.DELAR);
		assertThat(periods.find("2025DA")).isEmpty();
	}
}
