package se.ikkonsolidering.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static se.ikkonsolidering.layout.Rows.filled;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import se.ikkonsolidering.ingest.RawRow;

/** A column's role comes from what it holds as well as from its heading. */
class ColumnContentTests {

	private final ColumnTyper typer = StatusWordsForTests.typer();

	private static List<RawRow> rows(Rows sheet) {
		return sheet.build().rows().readAll();
	}

	@Test
	void takesTheColumnOfLongDistinctTextsAsKontrollmomentBesideAnAreaColumnThatRepeats() {
		List<RawRow> sheet = rows(Rows.sheet()
			.row("Granskningsområde", "Kontroll", "Läge")
			.row("Ekonomi", "Avstämning av balanskonton inför bokslut", "Klar")
			.row("Ekonomi", "Kontroll av leverantörsregister mot dubbletter", "Pågår")
			.row("HR", "Rehabiliteringsärenden påbörjas senast dag 14", "Klar"));
		TableLayout layout = typer.match(sheet.get(0), sheet.subList(1, 4), Legend.NONE).orElseThrow();
		assertThat(layout.column(Field.KONTROLLMOMENT)).contains(1);
		assertThat(layout.column(Field.PROCESS)).contains(0);
		assertThat(layout.column(Field.STATUS)).contains(2);
	}

	@Test
	void takesAColumnWithoutHeadingWhoseCellsAreTrafficLightsAsTheStatus() {
		List<RawRow> sheet = rows(Rows.sheet()
			.row("Kontrollmoment", null, "Kommentar")
			.cells(filled(0, "Attestkontroll av leverantörsfakturor", null), filled(1, "", "00B050"),
					filled(2, "Inga avvikelser.", null))
			.cells(filled(0, "Avstämning av kundreskontran mot huvudbok", null), filled(1, "", "FF0000"),
					filled(2, "Ej gjord.", null)));
		TableLayout layout = typer.match(sheet.get(0), sheet.subList(1, 3), Legend.NONE).orElseThrow();
		assertThat(layout.column(Field.STATUS)).contains(1);
		assertThat(layout.evidence()).containsEntry(Field.STATUS, ColumnEvidence.INNEHALL);
	}

	@Test
	void takesACodeColumnAsTheStatusWhenTheLegendDefinesItsCodes() {
		Legend legend = new Legend(Map.of("1", "Genomförd", "2", "Delvis genomförd"), Map.of(), Set.of(), "IK");
		List<RawRow> sheet = rows(Rows.sheet()
			.row("Nr", "Vad kontrolleras", "Kod", "Iakttagelser")
			.row("1.1", "Stickprov på utbetalningar av ekonomiskt bistånd", "1", "Inga fel.")
			.row("1.2", "Kontroll av attest på utbetalningar över 10 000 kr", "2", "Hälften kontrollerad."));
		TableLayout layout = typer.match(sheet.get(0), sheet.subList(1, 3), legend).orElseThrow();
		assertThat(layout.column(Field.STATUS)).contains(2);
		assertThat(layout.column(Field.KONTROLLMOMENT)).contains(1);
	}

	@Test
	void letsTheContentOverruleAStatusHeadingOverSentences() {
		List<RawRow> sheet = rows(Rows.sheet()
			.row("Kontrollmoment", "Utfall")
			.row("Attest av fakturor", "Kontrollen genomfördes i maj och visade att samtliga fakturor var attesterade.")
			.row("Behörigheter", "Genomgången gjordes i september, tre konton stängdes efter granskningen."));
		TableLayout layout = typer.match(sheet.get(0), sheet.subList(1, 3), Legend.NONE).orElseThrow();
		assertThat(layout.column(Field.STATUS)).isEmpty();
		assertThat(layout.column(Field.RESULTAT)).contains(1);
	}

	@Test
	void readsTickColumnsNamedByLegendCodes() {
		Legend legend = new Legend(Map.of("g", "Genomförd", "d", "Delvis genomförd", "eg", "Ej genomförd"), Map.of(),
				Set.of(), "IK");
		List<RawRow> sheet = rows(Rows.sheet()
			.row("Nr", "Ktrl.akt", "G", "D", "EG", "Kommentar")
			.row("1", "Avstämning av balanskonton inför bokslut", "X", null, null, "Klart.")
			.row("2", "Kontroll av leverantörsregister mot dubbletter", null, "X", null, "Q4 återstår."));
		TableLayout layout = typer.match(sheet.get(0), sheet.subList(1, 3), legend).orElseThrow();
		assertThat(layout.extra().values()).extracting(TableLayout.ExtraColumn::field)
			.containsExactly(Field.STATUSMARKERING, Field.STATUSMARKERING, Field.STATUSMARKERING);
		assertThat(layout.column(Field.KONTROLLMOMENT)).contains(1);
	}
	@Test
	void takesATrafficLightColumnWhereOneCellSaysSeeAttachmentAsAStatusPerPeriod() {
		List<RawRow> sheet = rows(Rows.sheet()
			.row("Kontrollmoment", "T1", "Helår", "Kommentar")
			.cells(filled(0, "Genomförandeplaner upprättas inom 14 dagar", null), filled(1, "", "00B050"),
					filled(2, "", "FFFF00"), filled(3, "Påminnelse till enhetschefer.", null))
			.cells(filled(0, "Läkemedelshantering följer rutin för signering", null), filled(1, "", "00B050"),
					filled(2, "", "00B050"))
			.cells(filled(0, "Lex Sarah-rapporter utreds inom föreskriven tid", null), filled(1, "", "FFFF00"),
					filled(2, "Se bilaga 3", null)));
		TableLayout layout = typer.match(sheet.get(0), sheet.subList(1, 4), Legend.NONE).orElseThrow();
		assertThat(layout.column(Field.STATUS)).contains(1);
		assertThat(layout.extra()).containsKey(2);
	}

	/** Round 47: the last tertial's codes carry notes ("D – 70 %") and a double answer ("G/D"). */
	@Test
	void takesAPeriodColumnWhoseCodesCarryNotesAsAStatusPerPeriod() {
		Legend legend = new Legend(Map.of("g", "Genomförd", "d", "Delvis genomförd", "e", "Ej genomförd"), Map.of(),
				Set.of(), "IK 2025");
		List<RawRow> sheet = rows(Rows.sheet()
			.row("Nr", "Kontrollmoment", "T1", "T2", "T3", "Kommentar")
			.row("1", "Läkemedelshantering – avvikelserapportering kontrolleras", "G", "G", "G", "")
			.row("2", "Delegering av hälso- och sjukvårdsuppgifter kontrolleras", "D", "D", "D – 70 %", "")
			.row("3", "Hemtjänst – utförd tid stämmer med beviljad tid", "E", "D", "G/D", "")
			.row("4", "Avgifter äldreomsorg – kontroll av avgiftsbeslut", "", "E", "D – hälften klar", ""));
		TableLayout layout = typer.match(sheet.get(0), sheet.subList(1, 5), legend).orElseThrow();
		assertThat(layout.column(Field.STATUS)).contains(2);
		assertThat(layout.extra()).containsKeys(3, 4);
	}

	/** Round 155: "Verksamhet" is the first word of "verksamhetsår", not its abbreviation; nor is "Plan" of "planår". */
	@Test
	void takesNoColumnForTheYearWhoseHeadingIsOnlyTheFirstWordOfACompoundNamingIt() {
		List<RawRow> sheet = rows(Rows.sheet()
			.row("Verksamhet", "Plan", "Kontrollmoment", "Status", "Kommentar")
			.row("Hemtjänst", "IKP 2025", "Utförd tid i hemtjänsten stäms av mot beviljad tid", "G", "Avvikelse i 4 ärenden.")
			.row("LSS", "IKP 2025", "Genomförandeplaner upprättas inom sex veckor", "P", "Påbörjad."));
		TableLayout layout = typer.match(sheet.get(0), sheet.subList(1, 3), Legend.NONE).orElseThrow();
		assertThat(layout.column(Field.AR)).isEmpty();
		assertThat(layout.column(Field.KONTROLLMOMENT)).contains(2);
	}

	/** Round 155: a budget's "Utfall 2025" over amounts, its activities beside them, is no table of controls. */
	@Test
	void findsNoControlsInATableOfAmountsWhateverItsTextsAndHeadings() {
		List<RawRow> sheet = rows(Rows.sheet()
			.row("Resultatenhet", "Budget 2025", "Utfall 2025", "Avvikelse", "Kommentar")
			.row("Nämnd och administration, inklusive kansliet", "3200", "3105", "95", "Lägre personalkostnader.")
			.row("Gator och vägar, drift och underhåll av gatunätet", "18400", "19620", "-1220", "Hög snöröjningskostnad.")
			.row("Parker och lekplatser samt skötsel av grönytor", "6100", "5870", "230", "Besiktning senarelagd."));
		assertThat(typer.match(sheet.get(0), sheet.subList(1, 4), Legend.NONE)).isEmpty();
	}

	/**
	 * Round 156: "Delår | Helår" under "Uppföljning", each cell on a legend colour with words of how far the work
	 * came: both are statuses by their colours, not comments.
	 */
	@Test
	void takesColumnsOfTextsOnTheLegendsColoursAsStatusesPerPeriod() {
		Legend legend = new Legend(Map.of(), Map.of("92D050", "Klar", "FFC000", "Pågår", "FF5050", "Ej påbörjad"),
				Set.of(), "IK");
		List<RawRow> sheet = rows(Rows.sheet()
			.row("Kontrollmoment", "Ansvarig", "Delår 2025", "Helår 2025", "Kommentar")
			.cells(filled(0, "Föreningsbidrag – kontroll att bidrag betalas ut enligt riktlinjer", null),
					filled(1, "Föreningskonsulent", null), filled(2, "Vårens bidrag kontrollerade", "92D050"),
					filled(3, "Höstens bidrag kontrollerade, inga fel", "92D050"))
			.cells(filled(0, "Kassahantering i simhallen – dagliga kassarapporter stäms av", null),
					filled(1, "Badchef", null), filled(2, "Jan–jun avstämt", "FFC000"),
					filled(3, "Hela året avstämt. Differens 450 kr i mars utredd", "92D050"))
			.cells(filled(0, "Uthyrning av lokaler: fakturering sker enligt bokningssystem", null),
					filled(1, "Bokningsansvarig", null), filled(2, "Inte påbörjad ännu", "FF5050"),
					filled(3, "Stickprov sep–dec gjort, jan–aug återstår", "FFC000")));
		TableLayout layout = typer.match(sheet.get(0), sheet.subList(1, 4), legend).orElseThrow();
		assertThat(layout.column(Field.STATUS)).contains(2);
		assertThat(layout.extra()).containsKey(3);
		assertThat(layout.column(Field.RESULTAT)).contains(4);
	}

	/** Round 156: a whole row filled in the legend's colour gives no one column a status by its colour. */
	@Test
	void takesNoColumnForTheStatusWhenTheLegendsColourFillsTheWholeRow() {
		Legend legend = new Legend(Map.of(), Map.of("C6EFCE", "Genomförd – inga brister", "FFC7CE", "Ej genomförd"),
				Set.of(), "IK");
		List<RawRow> sheet = rows(Rows.sheet()
			.row("Område", "Kontrollmoment", "Resultat helår")
			.cells(filled(0, "Hälso- och sjukvård", "C6EFCE"),
					filled(1, "Läkemedelshantering – signeringslistor kontrolleras mot ordination", "C6EFCE"),
					filled(2, "Stickprov på samtliga boenden, inga brister.", "C6EFCE"))
			.cells(filled(0, "Ekonomi", "FFC7CE"),
					filled(1, "Fakturering av omsorgsavgifter – kontroll mot beslut och avgiftsunderlag", "FFC7CE"),
					filled(2, "Ej genomförd, handläggaren har slutat.", "FFC7CE")));
		TableLayout layout = typer.match(sheet.get(0), sheet.subList(1, 3), legend).orElseThrow();
		assertThat(layout.column(Field.STATUS)).isEmpty();
		assertThat(layout.column(Field.PROCESS)).contains(0);
	}

	/**
	 * Round 162: "Uppföljning T1" over status words, a few cells saying when instead ("Planeras T2", "–"), beside a
	 * comment column: the period's status, not a second comment.
	 */
	@Test
	void takesAPeriodsFollowUpColumnOfMostlyStatusWordsAsItsStatus() {
		List<RawRow> sheet = rows(Rows.sheet()
			.row("Process", "Kontrollmoment", "Tidpunkt", "Uppföljning T1", "Kommentar")
			.row("Kassahantering", "Kontantkassor på bibliotek och simhall – avstämning av dagskassa", "Tertialvis",
					"Genomförd", "Oanmäld kassainventering 2025-03-14, differens 0 kr.")
			.row("Lokaler", "Hyresavtal för lokaler som upplåts till föreningar är aktuella", "T2", "Planeras T2", "")
			.row("Lokaler", "Bokning och debitering i bokningssystemet stäms av mot fakturerat belopp", "T1, T3",
					"Pågår", "Avstämning jan–feb klar, mars–april återstår.")
			.row("Evenemang", "Säkerhetsrutiner vid evenemang (riskanalys före större arrangemang)", "Sommar", "–", "")
			.row("Utlåning", "Utlåning av utrustning från Fritidsbanken registreras", "Löpande", "Ej påbörjad",
					"Rutin för registrering saknas."));
		TableLayout layout = typer.match(sheet.get(0), sheet.subList(1, 6), Legend.NONE).orElseThrow();
		assertThat(layout.column(Field.STATUS)).contains(3);
		assertThat(layout.column(Field.RESULTAT)).contains(4);
	}
}
