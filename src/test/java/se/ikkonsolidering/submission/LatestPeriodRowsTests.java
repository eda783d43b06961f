package se.ikkonsolidering.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import se.ikkonsolidering.layout.ControlRow;
import se.ikkonsolidering.layout.Field;
import se.ikkonsolidering.layout.TableLayout;

/** A system export with a row per control and period counts each control's latest period only. */
class LatestPeriodRowsTests {

	private static final TableLayout EXPORT = new TableLayout(1,
			Map.of(Field.NAMND, 0, Field.PERIOD, 1, Field.KONTROLLMOMENT, 2, Field.STATUS, 3),
			Map.of(Field.NAMND, "Organisation", Field.PERIOD, "Period", Field.KONTROLLMOMENT, "Control activity",
					Field.STATUS, "Status"),
			Map.of());

	private final LatestPeriodRows rows = new LatestPeriodRows(PeriodRules.load(null),
			InterpretationRules.load(null).classifier());

	private static ControlRow row(int number, String namnd, String period, String control, String status) {
		return new ControlRow("Export", number, number, Map.of(Field.NAMND, namnd, Field.PERIOD, period,
				Field.KONTROLLMOMENT, control, Field.STATUS, status), List.of(), List.of(), EXPORT);
	}

	@Test
	void keepsEachControlsLatestPeriodPerNamnd() {
		List<ControlRow> read = rows.latest(List.of(
				row(2, "Tekniska nämnden", "2025 Delår 2", "ÄTA-arbeten beställs skriftligt", "Ongoing"),
				row(3, "Tekniska nämnden", "2025 Helår", "ÄTA-arbeten beställs skriftligt", "Completed"),
				row(4, "Samhällsbyggnadsnämnden", "2025 Delår 2", "ÄTA-arbeten beställs skriftligt", "Completed"))).rows();
		assertThat(read).extracting(ControlRow::row).containsExactly(3, 4);
	}

	/** Rounds 84 and 140: the comment given once, in the earlier row, to a status the latest row repeats. */
	@Test
	void keepsTheEarlierRowsCommentOnAStatusTheLatestRowRepeatsWithoutOne() {
		List<ControlRow> read = rows.latest(List.of(
				commented(2, "Tertial 2 2025", "Bemanningsföretag anlitas enligt avtal", "Avbruten",
						"Avbruten genom beslut VON 2025-06-12 § 51."),
				commented(3, "Helår 2025", "Bemanningsföretag anlitas enligt avtal", "Avbruten", ""),
				commented(4, "Tertial 2 2025", "Köhantering inom fyra månader", "Pågående", "Data tas ut i september."),
				commented(5, "Helår 2025", "Köhantering inom fyra månader", "Ej rapporterad", ""))).rows();
		assertThat(read).extracting(ControlRow::row, r -> r.value(Field.RESULTAT)).containsExactly(
				org.assertj.core.groups.Tuple.tuple(3, "Tertial 2 2025: Avbruten genom beslut VON 2025-06-12 § 51."),
				org.assertj.core.groups.Tuple.tuple(5, ""));
	}

	private static ControlRow commented(int number, String period, String control, String status, String comment) {
		return new ControlRow("Export", number, number, Map.of(Field.NAMND, "Vård- och omsorgsnämnden", Field.PERIOD,
				period, Field.KONTROLLMOMENT, control, Field.STATUS, status, Field.RESULTAT, comment), List.of(), List.of(),
				EXPORT);
	}

	/** Round 291: the year's last row says only "Se T1", and the row it points to reports the control. */
	@Test
	void letsThePeriodALaterRowPointsToStandInForIt() {
		List<ControlRow> read = rows.latest(List.of(
				commented(2, "T1 2025", "Behörigheter i ekonomisystemet", "Genomförd med avvikelse", "2 konton var aktiva."),
				commented(3, "T2 2025", "Behörigheter i ekonomisystemet", "", ""),
				commented(4, "Helår 2025", "Behörigheter i ekonomisystemet", "", "Se T1"))).rows();
		assertThat(read).extracting(ControlRow::row).containsExactly(2);
	}

	@Test
	void keepsEveryRowWhenTheExportHasOnePeriod() {
		List<ControlRow> all = List.of(row(2, "Tekniska nämnden", "2025 Helår", "Körjournaler förs", "Completed"),
				row(3, "Tekniska nämnden", "2025 Helår", "Körjournaler förs", "Completed"));
		assertThat(rows.latest(all).rows()).isEqualTo(all);
	}

	@Test
	void takesThisYearsLatestPeriodOverLastYearsYearEnd() {
		List<ControlRow> read = rows.latest(List.of(
				row(2, "Vård- och omsorgsnämnden", "2024 T3", "Tidsregistrering mot beviljade timmar", "Klar"),
				row(3, "Vård- och omsorgsnämnden", "2025 T1", "Tidsregistrering mot beviljade timmar", "Pågår"),
				row(4, "Vård- och omsorgsnämnden", "2025 T2", "Tidsregistrering mot beviljade timmar", "Klar"))).rows();
		assertThat(read).extracting(ControlRow::row).containsExactly(4);
	}

	@Test
	void letsTheYearsLatestFilledPeriodStandInForABlankLaterRow() {
		LatestPeriodRows.Latest read = rows.latest(List.of(
				row(2, "Omsorgsnämnden", "Delår 2025", "Lex Sarah utreds och rapporteras", "Genomförd"),
				row(3, "Omsorgsnämnden", "Helår 2025", "Lex Sarah utreds och rapporteras", ""),
				row(4, "Omsorgsnämnden", "Helår 2025", "Nyckelkvittenser hanteras enligt rutin", "Ej aktuell")));
		assertThat(read.rows()).extracting(ControlRow::row).containsExactly(2, 4);
		assertThat(read.earlierPeriodStandsIn()).isEqualTo(1);
	}

	/** Round 420: the later row answers only "Nej" in the deviation column; the earlier row's status stands. */
	@Test
	void letsTheEarlierPeriodStandInForALaterRowSayingOnlyNoDeviation() {
		TableLayout withDeviation = new TableLayout(1,
				Map.of(Field.NAMND, 0, Field.PERIOD, 1, Field.KONTROLLMOMENT, 2, Field.STATUS, 3, Field.AVVIKELSE, 4),
				Map.of(Field.NAMND, "Organisation", Field.PERIOD, "Period", Field.KONTROLLMOMENT, "Kontrollmoment",
						Field.STATUS, "Status", Field.AVVIKELSE, "Avvikelse"),
				Map.of());
		List<ControlRow> read = rows.latest(List.of(
				new ControlRow("Export", 2, 2, Map.of(Field.NAMND, "Omsorgsnämnden", Field.PERIOD, "Tertial 1 2025",
						Field.KONTROLLMOMENT, "Lex Sarah utreds", Field.STATUS, "Klar"), List.of(), List.of(),
						withDeviation),
				new ControlRow("Export", 3, 3, Map.of(Field.NAMND, "Omsorgsnämnden", Field.PERIOD, "Delår 2025",
						Field.KONTROLLMOMENT, "Lex Sarah utreds", Field.AVVIKELSE, "Nej"), List.of(), List.of(),
						withDeviation))).rows();
		assertThat(read).extracting(ControlRow::row).containsExactly(2);
	}

	@Test
	void neverLetsLastYearStandInForABlankRowOfThisYear() {
		List<ControlRow> read = rows.latest(List.of(
				row(2, "Omsorgsnämnden", "Helår 2024", "Lex Sarah utreds och rapporteras", "Genomförd"),
				row(3, "Omsorgsnämnden", "Delår 2025", "Lex Sarah utreds och rapporteras", ""))).rows();
		assertThat(read).extracting(ControlRow::row).containsExactly(3);
	}

	@Test
	void readsAControlWithRowsForAnEarlierYearOnlyAsNotReportedForTheExportsYear() {
		LatestPeriodRows.Latest read = rows.latest(List.of(
				row(2, "Barn- och utbildningsnämnden", "Helår 2024", "Skolskjutsbeslut följer riktlinjerna", "Grön"),
				row(3, "Barn- och utbildningsnämnden", "Delår 2025", "Kränkningsanmälningar utreds", "Gul"),
				row(4, "Barn- och utbildningsnämnden", "Helår 2025", "Kränkningsanmälningar utreds", "Grön")));
		assertThat(read.rows()).extracting(ControlRow::row, r -> r.value(Field.STATUS))
			.containsExactly(org.assertj.core.groups.Tuple.tuple(2, ""), org.assertj.core.groups.Tuple.tuple(4, "Grön"));
		assertThat(read.onlyEarlierYears()).isEqualTo(1);
	}

	@Test
	void readsTheYearFromAColumnOfItsOwnBesideThePeriod() {
		TableLayout withYear = new TableLayout(1,
				Map.of(Field.NAMND, 0, Field.KONTROLLMOMENT, 1, Field.AR, 2, Field.PERIOD, 3, Field.STATUS, 4),
				Map.of(Field.NAMND, "Enhet", Field.KONTROLLMOMENT, "Kontrollmoment", Field.AR, "År", Field.PERIOD, "Period",
						Field.STATUS, "Status"),
				Map.of());
		List<ControlRow> export = List.of(
				new ControlRow("Export", 2, 2, Map.of(Field.NAMND, "Samhällsbyggnadsnämnden", Field.KONTROLLMOMENT,
						"Arrendeavtal är aktuella och indexuppräknade", Field.AR, "2024", Field.PERIOD, "Helår",
						Field.STATUS, "Genomförd"), List.of(), List.of(), withYear),
				new ControlRow("Export", 3, 3, Map.of(Field.NAMND, "Samhällsbyggnadsnämnden", Field.KONTROLLMOMENT,
						"Arrendeavtal är aktuella och indexuppräknade", Field.AR, "2025", Field.PERIOD, "Helår",
						Field.STATUS, ""), List.of(), List.of(), withYear),
				new ControlRow("Export", 4, 4, Map.of(Field.NAMND, "Samhällsbyggnadsnämnden", Field.KONTROLLMOMENT,
						"Markanvisningar följer policyn", Field.AR, "2025", Field.PERIOD, "Delår",
						Field.STATUS, "Pågående"), List.of(), List.of(), withYear));
		assertThat(rows.latest(export).rows()).extracting(ControlRow::row).containsExactly(3, 4);
	}

	/** Round 183: a SharePoint list's items of each year, "Verksamhetsår" the only period they name. */
	@Test
	void readsAListsItemsOfEachYearAsThatYearsWhenOnlyTheYearIsGiven() {
		TableLayout list = new TableLayout(1, Map.of(Field.AR, 0, Field.KONTROLLMOMENT, 1, Field.STATUS, 2),
				Map.of(Field.AR, "Verksamhetsår", Field.KONTROLLMOMENT, "Kontrollmoment", Field.STATUS, "Status helår"),
				Map.of());
		LatestPeriodRows.Latest read = rows.latest(List.of(
				new ControlRow("query", 2, 2, Map.of(Field.AR, "2025", Field.KONTROLLMOMENT,
						"Besiktning av lekplatser enligt SS-EN 1176", Field.STATUS, "Genomförd"), List.of(), List.of(), list),
				new ControlRow("query", 3, 3, Map.of(Field.AR, "2024", Field.KONTROLLMOMENT,
						"Besiktning av lekplatser enligt SS-EN 1176", Field.STATUS, "Ej genomförd"), List.of(), List.of(),
						list),
				new ControlRow("query", 4, 4, Map.of(Field.AR, "2024", Field.KONTROLLMOMENT,
						"Slutbesiktning dokumenteras innan slutbetalning", Field.STATUS, "Genomförd"), List.of(), List.of(),
						list)));
		assertThat(read.rows()).extracting(ControlRow::row, r -> r.value(Field.STATUS)).containsExactly(
				org.assertj.core.groups.Tuple.tuple(2, "Genomförd"), org.assertj.core.groups.Tuple.tuple(4, ""));
		assertThat(read.onlyEarlierYears()).isEqualTo(1);
	}

	/** Round 259: a Stratsys export of the 2025 plan's follow-up and the 2026 plan, every 2026 row "Ej påbörjad". */
	@Test
	void leavesOutNextYearsPlanWhoseRowsAllHaveTheDefaultStatus() {
		LatestPeriodRows.Latest read = rows.latest(List.of(
				row(2, "Överförmyndarnämnden", "Helår 2025", "Granskning av årsräkningar", "Slutförd"),
				row(3, "Överförmyndarnämnden", "Helår 2025", "Registerutdrag för nya gode män", "Ej startad"),
				row(4, "Överförmyndarnämnden", "Helår 2026", "Granskning av årsräkningar", "Ej påbörjad"),
				row(5, "Överförmyndarnämnden", "Helår 2026", "Beslut om entledigande expedieras", "Ej påbörjad")));
		assertThat(read.rows()).extracting(ControlRow::row, r -> r.value(Field.STATUS)).containsExactly(
				org.assertj.core.groups.Tuple.tuple(2, "Slutförd"), org.assertj.core.groups.Tuple.tuple(3, "Ej startad"));
		assertThat(read.nextYearsPlan()).isEqualTo(new LatestPeriodRows.NextYearsPlan(2, 2026));
		assertThat(read.nextYearsPlan().followedUpYear()).contains(2025);
	}

	@Test
	void readsThisYearsRowsLeftBlankAsThisYearsFollowUpNotAPlan() {
		LatestPeriodRows.Latest read = rows.latest(List.of(
				row(2, "Omsorgsnämnden", "Helår 2024", "Lex Sarah utreds och rapporteras", "Genomförd"),
				row(3, "Omsorgsnämnden", "Helår 2024", "Nyckelkvittenser hanteras enligt rutin", "Pågår"),
				row(4, "Omsorgsnämnden", "Delår 2025", "Lex Sarah utreds och rapporteras", ""),
				row(5, "Omsorgsnämnden", "Delår 2025", "Nyckelkvittenser hanteras enligt rutin", "")));
		assertThat(read.rows()).extracting(ControlRow::row).containsExactly(4, 5);
		assertThat(read.nextYearsPlan().followedUpYear()).isEmpty();
	}
}
