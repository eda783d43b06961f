package se.ikkonsolidering.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import se.ikkonsolidering.ingest.RawCell;
import se.ikkonsolidering.ingest.RawRow;

class ColumnTyperTests {

	private final ColumnTyper matcher = StatusWordsForTests.typer();

	private TableLayout match(String... cells) {
		List<RawCell> raw = new java.util.ArrayList<>();
		for (int i = 0; i < cells.length; i++) {
			raw.add(RawCell.of(i, cells[i]));
		}
		return matcher.match(new RawRow(7, raw)).orElse(null);
	}

	@Test
	void readsTheKommunledningskontoretHeaderWithSoftHyphenation() {
		TableLayout layout = match("ID", "Rutin/process", "Kontrollmoment", "Konstaterad avvikelse",
				"Förslag på åtgärder", "Status", "Åter-\nredovisas");
		assertThat(layout.columns()).containsExactlyInAnyOrderEntriesOf(Map.of(Field.ID, 0, Field.PROCESS, 1,
				Field.KONTROLLMOMENT, 2, Field.AVVIKELSE, 3, Field.ATGARD, 4, Field.STATUS, 5, Field.ATERREDOVISAS, 6));
		assertThat(layout.headerRow()).isEqualTo(7);
	}

	@Test
	void readsTheSocialnamndHeaderWithFollowsPlanAsStatus() {
		TableLayout layout = match("Ansvarsområde/\nprocess",
				"Risk i verksamheten för att inte kunna säkerställa utförandet av ansvars-\nområde/process", "Risk-\nvärde",
				"Befintliga åtgärder/kontrollmoment", "Ställningstagande av hantering (plane-\nring)", "Följer \nplan: ",
				"Kommentar: ");
		assertThat(layout.columns()).containsExactlyInAnyOrderEntriesOf(Map.of(Field.PROCESS, 0, Field.RISK, 1,
				Field.RISKVARDE, 2, Field.KONTROLLMOMENT, 3, Field.ATGARD, 4, Field.STATUS, 5, Field.RESULTAT, 6));
		assertThat(layout.synonyms()).containsEntry(Field.STATUS, "följer plan");
	}

	@Test
	void joinsAWordBrokenAcrossLinesWithoutHyphen() {
		TableLayout layout = match("Väsentliga \nprocesser", "Risk", "Kontrollmoment", "Resultat", "Förbättringsåtgär\nder",
				"Startdatum", "Slutdatum");
		assertThat(layout.column(Field.ATGARD)).contains(4);
		assertThat(layout.column(Field.SLUTDATUM)).contains(6);
	}

	/** Round 105: a governance system's export names each level's post "Namn", its method beside it. */
	@Test
	void takesTheNameOfAnExportsPostForTheControlRatherThanItsMethod() {
		TableLayout layout = match("Organisation", "Nivå", "Id", "Namn", "Kontrollmetod", "Ansvarig", "Frekvens",
				"Period", "Status", "Bedömning", "Kommentar");
		assertThat(layout.column(Field.KONTROLLMOMENT)).contains(3);
	}

	/** Round 168: a SharePoint list's "Rubrik" is the item's title, the control, beside the method of checking it. */
	@Test
	void takesASharePointListsTitleForTheControlRatherThanItsMethod() {
		TableLayout layout = match("ID", "Rubrik", "Nämnd", "Process", "Kontrollmetod", "Ansvarig", "Period",
				"Status (val)", "Resultat / kommentar", "Avvikelse", "Modifierad", "Skapad av");
		assertThat(layout.column(Field.KONTROLLMOMENT)).contains(1);
	}

	/** Round 171: when the control is to be done ("Kontrolltillfälle: T1, T3") is the plan's, not a status. */
	@Test
	void takesTheOccasionOfAControlForItsDueDate() {
		TableLayout layout = match("Nr", "Kontrollmoment", "Kontrolltillfälle", "Status", "Kommentar");
		assertThat(layout.column(Field.SLUTDATUM)).contains(2);
	}

	/** Round 105: last year's outcome, then this year's share done per tertial in other words: one status per period. */
	@Test
	void readsStatusColumnsOfOtherWordsPerPeriodBesideLastYearsOutcome() {
		TableLayout layout = match("Förvaltning", "År", "Process", "Kontrollmoment", "Kontrollmetod", "Utfall 2024",
				"Genomförandegrad T1 (%)", "Genomförandegrad T2 (%)", "Genomförandegrad T3 (%)", "Avvikelse upptäckt",
				"Kommentar");
		assertThat(layout.headings(Field.STATUS).keySet()).containsExactly(5, 6, 7, 8);
	}

	/** Round 109: an English export's "Performed (Yes/No)" is its status column. */
	@Test
	void takesAnEnglishExportsPerformedColumnForTheStatus() {
		TableLayout layout = match("Organisation", "Control ID", "Risk", "Control activity", "Reporting period",
				"Performed (Yes/No)", "Deviation found (Yes/No)", "Comment");
		assertThat(layout.column(Field.STATUS)).contains(5);
	}

	/** Round 109: a heading naming the risk area and the control, the method in a column of its own beside it. */
	@Test
	void givesKontrollmomentToTheHeadingNamingItAfterTheRiskAreaRatherThanToTheMethod() {
		TableLayout layout = match("Nr", "Riskområde / kontrollmoment", "Ansvarig", "Kontrollmetod", "Status", "Kommentar");
		assertThat(layout.column(Field.KONTROLLMOMENT)).contains(1);
	}

	/** Round 93: the control's heading mistyped beside a method's, a weaker synonym written right. */
	@Test
	void givesKontrollmomentToItsMistypedHeadingRatherThanToTheMethodBesideIt() {
		TableLayout layout = match("Nr", "Process", "Kontrollmomnet", "Kontrollmetod", "Frekvens", "Ansvarig",
				"Status 31/12");
		assertThat(layout.column(Field.KONTROLLMOMENT)).contains(2);
	}

	@Test
	void givesKontrollmomentToMetodAndTheProcessToKontrollpunkt() {
		TableLayout layout = match("Kontrollpunkt", "Metod", "Resultat");
		assertThat(layout.column(Field.KONTROLLMOMENT)).contains(1);
		assertThat(layout.column(Field.PROCESS)).contains(0);
	}

	@Test
	void givesKontrollmomentToVadKontrollerasBesideMetodEvenWhenBothHoldSentences() {
		java.util.List<se.ikkonsolidering.ingest.RawRow> sheet = Rows.sheet()
			.row("Vad kontrolleras", "Metod", "Bedömning", "Kommentar")
			.row("Kontroll att anmälningar om kränkande behandling utreds skyndsamt", "Genomgång av ärenden i Draftit",
					"Genomförd", "I 4 av 30 ärenden dröjde utredningen.")
			.row("Kontroll att elevhälsans journaler förs enligt patientdatalagen", "Journalgranskning, 10 journaler",
					null, "Se bilaga")
			.build().rows().readAll();
		TableLayout layout = StatusWordsForTests.typer().match(sheet.get(0), sheet.subList(1, 3), Legend.NONE).orElseThrow();
		assertThat(layout.column(Field.KONTROLLMOMENT)).contains(0);
	}

	@Test
	void acceptsAHeaderWhoseOtherColumnsAreKnownButNotStored() {
		TableLayout layout = match("Arbetssätt", "Systematisk kontroll", "Kontrollaktivitet");
		assertThat(layout.columns()).containsOnlyKeys(Field.KONTROLLMOMENT);
	}

	@Test
	void acceptsAHeaderNamingTheControlItsStatusAndResultAmongMostlyUnknownHeadings() {
		TableLayout layout = match("Kostnadsställe", "Kontrollmoment", "Stickprovsstorlek", "Status", "Resultat",
				"Underlag", "Signatur");
		assertThat(layout.columns()).containsAllEntriesOf(Map.of(Field.KONTROLLMOMENT, 1, Field.STATUS, 3,
				Field.RESULTAT, 4));
	}

	/** Round 54: a verksamhetsberättelse's table of goals, its first data row under a header of goal words. */
	@Test
	void takesNoRowWhoseStatusTheRowsBelowRepeatForAHeaderAndNoGoalTableForControls() {
		List<RawRow> sheet = Rows.sheet()
			.row("Nämndmål", "Indikator", "Bedömning")
			.row("Fler barn och unga deltar i kultur- och fritidsaktiviteter", "Antal deltagartillfällen 7–20 år", "Uppfyllt")
			.row("Biblioteken är en mötesplats för alla", "Antal besök", "Uppfyllt")
			.row("Föreningslivet har goda förutsättningar", "Nöjdhet i föreningsenkät", "Delvis uppfyllt")
			.build().rows().readAll();
		assertThat(matcher.match(sheet.get(1), sheet.subList(2, 4), Legend.NONE)).isEmpty();
		assertThat(matcher.match(sheet.get(0), sheet.subList(1, 4), Legend.NONE)
			.filter(l -> l.has(Field.KONTROLLMOMENT))).isEmpty();
	}

	@Test
	void takesUtfallAsStatusBesideAResultColumnAndAsResultBesideAStatusColumn() {
		assertThat(match("Kontrollmoment", "Resultat", "Utfall").column(Field.STATUS)).contains(2);
		assertThat(match("Kontrollmoment", "Status", "Utfall").column(Field.RESULTAT)).contains(2);
	}

	@Test
	void rejectsTitleAndProseRows() {
		assertThat(match("Uppföljning internkontrollplan 2021")).isNull();
		assertThat(match("Enligt kommunallagen 6 kapitlet 6 § ska nämnderna se till att verksamheten bedrivs i enlighet "
				+ "med de mål och riktlinjer som fullmäktige har bestämt samt de bestämmelser i lag", "Status")).isNull();
	}

	@Test
	void rejectsDataRowsThatHappenToContainHeaderWords() {
		assertThat(match("3", "Riktlinjer finansverksamheten", "Rapportering vid prognoser sker som beslutat",
				"Rapportering sker enligt beslut, ingen identifierad avvikelse.", "Ingen åtgärd", "Granskning genomförd",
				"Bokslut")).isNull();
		assertThat(match("Hantering av representation", "Kontroll av representation.",
				"Redovisningsansvarig kontrollerar att ekonomiassistent har genomfört de systematiska kontrollerna")).isNull();
	}

	@Test
	void knowsCompoundNamesThatContainNoSeparateWord() {
		TableLayout layout = match("Internkontrollmoment", "Klar ja/nej", "Noterade avvikelser", "Slutsats");
		assertThat(layout.columns()).containsExactlyInAnyOrderEntriesOf(Map.of(Field.KONTROLLMOMENT, 0, Field.STATUS, 1,
				Field.AVVIKELSE, 2, Field.RESULTAT, 3));
	}

	@Test
	void takesAHeadingListingTheAnswersForTheStatusColumn() {
		TableLayout layout = match("Nr", "Kontrollmoment", "Ja/Nej/Delvis", "Kommentar/åtgärd");
		assertThat(layout.columns()).containsEntry(Field.STATUS, 2).containsEntry(Field.RESULTAT, 3);
	}

	/** Round 424: a Hypergene report's "Analys och åtgärder" holds what the follow-up found, the actions after it. */
	@Test
	void takesAnalysisAndActionsForTheResult() {
		TableLayout layout = match("Kontrollområde", "Kontrollaktivitet", "Ansvarig", "Bedömning",
				"Analys och åtgärder");
		assertThat(layout.columns()).containsEntry(Field.RESULTAT, 4).doesNotContainKey(Field.ATGARD);
	}

	/** Round 542: beside a column ticked when done, "Ej klar, orsak" says in words why the others are not. */
	@Test
	void takesTheReasonForNotDoneBesideTheTickColumnForTheResult() {
		TableLayout layout = match("Kontrollområde", "Kontrollmoment", "Ansvarig", "Klar", "Ej klar, orsak");
		assertThat(layout.columns()).containsEntry(Field.STATUS, 3).containsEntry(Field.RESULTAT, 4);
	}

	@Test
	void takesWhoDidTheControlForTheResponsibleNotForTheStatus() {
		TableLayout layout = match("Granskningsområde", "Kontroll", "Utförd av", "Status", "Iakttagelser");
		assertThat(layout.columns()).containsEntry(Field.ANSVARIG, 2).containsEntry(Field.STATUS, 3);
	}

	/** Round 63: a careless sheet's headings, each a letter off. */
	@Test
	void readsHeadingsWithATypoAsTheWordsTheyWereMeantAs() {
		assertThat(match("Proces", "Kontrollmomnet", "Ansvarg", "Staus", "Kommentar/resutat").columns())
			.containsExactlyInAnyOrderEntriesOf(Map.of(Field.PROCESS, 0, Field.KONTROLLMOMENT, 1, Field.ANSVARIG, 2,
					Field.STATUS, 3, Field.RESULTAT, 4));
	}

	/** Round 62: what was observed is the result; beside a result column, more of it. */
	@Test
	void takesObservationsForTheResult() {
		assertThat(match("Kontrollmoment", "Status", "Iakttagelser").columns()).containsEntry(Field.RESULTAT, 2);
		TableLayout both = match("Kontrollmoment", "Status", "Resultat", "Iakttagelser");
		assertThat(both.columns()).containsEntry(Field.RESULTAT, 2);
		assertThat(both.extra().get(3).field()).isEqualTo(Field.RESULTAT);
	}

	/** Round 61: how much of the control is done, in per cent, is its status. */
	@Test
	void takesTheShareDoneForTheStatus() {
		assertThat(match("Kontrollmoment", "Utförandegrad (%)", "Avvikelse", "Kommentar").columns())
			.containsEntry(Field.STATUS, 1).containsEntry(Field.RESULTAT, 3);
		assertThat(match("Kontroll", "Genomförandegrad", "Kommentar").columns()).containsEntry(Field.STATUS, 1);
	}

	@Test
	void takesTheQuestionsOwnWordsForTheStatus() {
		assertThat(match("Kontrollmoment", "Utfört", "Iakttagelser").columns()).containsEntry(Field.STATUS, 1);
		assertThat(match("Kontroll", "Klart?", "Anm.").columns()).containsEntry(Field.STATUS, 1)
			.containsEntry(Field.RESULTAT, 2);
	}

	@Test
	void typesAColumnByItsLegendCodesWhenItsHeadingIsContradictedInEveryRole() {
		List<RawRow> below = List.of(
				new RawRow(8, List.of(RawCell.of(0, "Kontroll av att genomförandeplaner upprättas inom 14 dagar"),
						RawCell.of(1, "J"))),
				new RawRow(9, List.of(RawCell.of(0, "Läkemedelshantering: signeringslistor kontrolleras"), RawCell.of(1, "D"))),
				new RawRow(10, List.of(RawCell.of(0, "Avgiftsbeslut för hemtjänst baseras på aktuell inkomst"),
						RawCell.of(1, "N"))));
		Legend legend = new Legend(Map.of("j", "Genomförd", "d", "Delvis genomförd", "n", "Ej genomförd"), Map.of(),
				Set.of(3), "Delår");
		TableLayout layout = matcher.match(new RawRow(7, List.of(RawCell.of(0, "Kontrollmoment"), RawCell.of(1, "Utförare"))),
				below, legend).orElseThrow();
		assertThat(layout.columns()).containsEntry(Field.STATUS, 1).doesNotContainKey(Field.ANSVARIG);
	}

	/** Round 125: headings asked as questions, the result typed by what it holds. */
	@Test
	void readsHeadingsAskedAsQuestions() {
		List<RawRow> below = List.of(
				new RawRow(2, List.of(RawCell.of(0, "Stickprov av 25 utbetalningar av ekonomiskt bistånd mot beslut"),
						RawCell.of(1, "Controller drar slumpvis urval ur Viva."),
						RawCell.of(2, "Gjort i juni. En dubbelutbetalning har återkrävts."),
						RawCell.of(3, "Påminnelse om kontroll före utbetalning."))),
				new RawRow(3, List.of(RawCell.of(0, "Kontroll av dubbla ersättningar mot Försäkringskassan och CSN"),
						RawCell.of(1, "Samkörning via SSBTEK för alla aktuella hushåll."),
						RawCell.of(2, "Inte gjort än – flyttas till hösten på grund av vakanser."),
						RawCell.of(3, "Görs i oktober."))));
		TableLayout layout = matcher.match(new RawRow(1, List.of(RawCell.of(0, "Kontrollmoment"),
				RawCell.of(1, "Hur har vi kontrollerat?"), RawCell.of(2, "Hur gick det?"), RawCell.of(3, "Vad gör vi nu?"))),
				below, Legend.NONE).orElseThrow();
		assertThat(layout.columns()).containsEntry(Field.KONTROLLMOMENT, 0).containsEntry(Field.RESULTAT, 2)
			.containsEntry(Field.ATGARD, 3);
	}

	/** Round 116: "1" always green, "2" yellow, "3" red under a period heading, as conditional formats colour them. */
	@Test
	void typesACodeColumnColouredByItsCodesAsTheStatus() {
		String[][] rows = { { "Körjournaler för kommunens fordon är ifyllda", "1", "00B050" },
			{ "Avtalstrohet vid inköp av drivmedel och fordonsservice", "2", "FFEB3B" },
			{ "Behörigheter i fastighetssystemet motsvarar aktuell roll", "3", "FF0000" },
			{ "Egenkontroll livsmedel i kostenhetens tillagningskök", "1", "00B050" },
			{ "ÄTA-arbeten i investeringsprojekt stäms av mot avtal", "4", null } };
		List<RawRow> below = new java.util.ArrayList<>();
		for (String[] row : rows) {
			below.add(new RawRow(below.size() + 6, List.of(RawCell.of(0, row[0]), new RawCell(1, row[1], row[2], false, false,
					false))));
		}
		TableLayout layout = matcher.match(new RawRow(5, List.of(RawCell.of(0, "Kontrollmoment"), RawCell.of(1, "T1"))),
				below, Legend.NONE).orElseThrow();
		assertThat(layout.columns()).containsEntry(Field.STATUS, 1);
	}

	/** Numbers whose colour does not follow them (a banded table) are no coloured codes. */
	@Test
	void typesNoStatusByColoursThatDoNotFollowTheCodes() {
		String[][] rows = { { "Körjournaler för kommunens fordon är ifyllda", "1", "DDEBF7" },
			{ "Avtalstrohet vid inköp av drivmedel och fordonsservice", "2", "FFFFFF" },
			{ "Behörigheter i fastighetssystemet motsvarar aktuell roll", "1", "FFFFFF" },
			{ "Egenkontroll livsmedel i kostenhetens tillagningskök", "2", "DDEBF7" } };
		List<RawRow> below = new java.util.ArrayList<>();
		for (String[] row : rows) {
			below.add(new RawRow(below.size() + 6, List.of(RawCell.of(0, row[0]), new RawCell(1, row[1], row[2], false, false,
					false))));
		}
		TableLayout layout = matcher.match(new RawRow(5, List.of(RawCell.of(0, "Kontrollmoment"), RawCell.of(1, "T1"))),
				below, Legend.NONE).orElseThrow();
		assertThat(layout.columns()).doesNotContainKey(Field.STATUS);
	}

	@Test
	void takesAHeadingNamingTheNumberOfTheControlForItsIdentifier() {
		TableLayout layout = match("Kontrollmoment nr", "Kontrollmoment", "Status", "Kommentar");
		assertThat(layout.columns()).containsEntry(Field.ID, 0).containsEntry(Field.KONTROLLMOMENT, 1);
	}

	@Test
	void needsAKontrollmomentOrRiskColumn() {
		assertThat(match("Ansvarig", "Status", "Kommentar")).isNull();
	}

	@Test
	void takesRisksWithLikelihoodAndConsequenceButNothingDoneForARiskAnalysisNotAControlTable() {
		assertThat(match("Risk", "Sannolikhet", "Konsekvens", "Riskvärde")).isNull();
		assertThat(match("Risk", "Riskvärde", "Status", "Kommentar")).isNotNull();
	}

	/**
	 * Round 458: a heading compounded on "status" ("Uppföljningsstatus", "Kontrollstatus T2") names the status, and
	 * one named word for word as another column stays that column ("Åtgärdsstatus").
	 */
	@Test
	void readsAHeadingCompoundedOnStatusAsTheStatus() {
		assertThat(match("Rubrik", "Uppföljningsstatus", "Kommentar").column(Field.STATUS)).contains(1);
		assertThat(match("Kontrollmoment", "Kontrollstatus T2", "Kommentar").column(Field.STATUS)).contains(1);
		assertThat(match("Kontrollmoment", "Status", "Åtgärd", "Åtgärdsstatus").column(Field.STATUS)).contains(1);
	}
}
