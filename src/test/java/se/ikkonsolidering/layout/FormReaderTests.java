package se.ikkonsolidering.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static se.ikkonsolidering.layout.Rows.merged;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import se.ikkonsolidering.ingest.CellNotes;
import se.ikkonsolidering.ingest.RawCell;
import se.ikkonsolidering.ingest.RawRow;
import se.ikkonsolidering.ingest.RawSheet;
import se.ikkonsolidering.ingest.SheetRows;

/** A follow-up written as blocks of "Etikett: värde" gives one control per block. */
class FormReaderTests {

	private final SheetReader reader = StatusWordsForTests.reader();

	@Test
	void readsOneControlPerBlockWithTheHeadingAboveAsItsProcess() {
		SheetReading reading = reader.read(Rows.sheet()
			.row("Uppföljning av internkontrollplan 2025")
			.row("Ekonomi")
			.row("Kontrollmoment:", "Attest av leverantörsfakturor")
			.row("Risk:", "Felaktiga utbetalningar")
			.row("Resultat:", "Stickprov på 20 fakturor, inga fel.")
			.row("Status:", "Genomförd")
			.row()
			.row("Kontrollmoment: Behörigheter i ekonomisystemet")
			.row("Status: Delvis genomförd")
			.row("Bedömning av den interna kontrollen:", "Tillräcklig")
			.build(), Legend.NONE);

		assertThat(reading.controls()).extracting(c -> c.value(Field.KONTROLLMOMENT), c -> c.value(Field.STATUS),
				c -> c.value(Field.PROCESS), ControlRow::row)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("Attest av leverantörsfakturor", "Genomförd", "Ekonomi", 3),
					org.assertj.core.groups.Tuple.tuple("Behörigheter i ekonomisystemet", "Delvis genomförd", "Ekonomi", 8));
		assertThat(reading.labelled()).containsEntry(Labels.Kind.BEDOMNING, "Tillräcklig");
		assertThat(reading.tally().total()).isEqualTo(9);
	}

	/** Round 347: a chapter per nämnd ("2. Miljö- och hälsoskyddsnämnden"), a heading per process under it. */
	@Test
	void groupsTheControlsUnderAProcessHeadingByTheNumberedChapterAboveIt() {
		SheetReading reading = reader.read(Rows.sheet()
			.row("Uppföljning av intern kontroll 2025 – helår")
			.row("1. Samhällsbyggnadsnämnden")
			.row("Bygglov")
			.row("Kontrollmoment: Debitering av bygglovsavgifter enligt fastställd taxa")
			.row("Resultat: Samtliga granskade ärenden var debiterade enligt taxan.")
			.row("Bedömning: Genomförd utan avvikelse")
			.row("2. Miljö- och hälsoskyddsnämnden")
			.row("Tillsyn")
			.row("Kontrollmoment: Planerad tillsyn enligt tillsynsplanen genomförs")
			.row("Resultat: 78 % av planerade tillsynsbesök har hunnits med.")
			.row("Bedömning: Delvis genomförd")
			.build(), Legend.NONE);

		assertThat(reading.controls()).extracting(c -> c.value(Field.PROCESS), ControlRow::group).containsExactly(
				org.assertj.core.groups.Tuple.tuple("Bygglov", "1. Samhällsbyggnadsnämnden"),
				org.assertj.core.groups.Tuple.tuple("Tillsyn", "2. Miljö- och hälsoskyddsnämnden"));
	}

	/** Round 154: an instruction sheet shows a filled-in block under "Exempel på ifylld rad". */
	@Test
	void readsNoControlFromTheBlockUnderAnExampleHeading() {
		SheetReading reading = reader.read(Rows.sheet()
			.row("Så här fyller du i")
			.row("1. Varje nämnd har en egen flik. Fyll i kolumnen \"Status helår\" för varje kontrollmoment.")
			.row()
			.row("Exempel på ifylld rad")
			.row("Kontrollmoment: Kontroll av att inköp sker från avtalad leverantör")
			.row("Status helår: Genomförd med anmärkning")
			.row("Kommentar: 2 av 25 inköp gjordes utanför avtal.")
			.build(), Legend.NONE);

		assertThat(reading.controls()).isEmpty();
	}

	/** Round 115: a line saying how to fill in the status, then blocks headed "Kontroll 1 av 3", the last left empty. */
	@Test
	void readsNoControlFromATableOfFiguresWhoseHeaderLooksLikeLabelsBesideValues() {
		SheetReading reading = reader.read(Rows.sheet()
			.row("Västra Lidens kommun – driftredovisning per nämnd, utfall januari–augusti 2025 (tkr)")
			.row()
			.row("Nämnd", "Budget 2025", "Utfall jan–aug", "Prognos helår", "Budgetavvikelse", "Förbrukat %")
			.row("Kommunstyrelsen", "98500", "63200", "97800", "700", "0,64")
			.row("Socialnämnden", "548700", "371900", "556200", "-7500", "0,68")
			.row("Valnämnden", "300", "60", "250", "50", "0,20")
			.row("Summa nämnder", "647500", "435160", "654250", "-6750", "0,67")
			.build(), Legend.NONE);

		assertThat(reading.controls()).isEmpty();
	}

	@Test
	void readsNoFieldFromAnInstructionAndStartsABlockAtEachNumberedBlockHeading() {
		SheetReading reading = reader.read(Rows.sheet()
			.row("Nämnd:", "Barn- och utbildningsnämnden")
			.row("Status anges som: Genomförd / Delvis genomförd / Ej genomförd / Ej aktuell")
			.row()
			.row("Kontroll 1 av 3")
			.row("Kontrollmoment:", "Attest av leverantörsfakturor – rätt attestant")
			.row("Status:", "Genomförd")
			.row("Kommentar:", "Stickprov 30 fakturor.")
			.row()
			.row("Kontroll 2 av 3")
			.row("Kontrollmoment:", "Skolskjuts – beslut fattas enligt riktlinjerna")
			.row("Status:", "Pågår")
			.row()
			.row("Kontroll 3 av 3")
			.row("Kontrollmoment:")
			.row("Status:")
			.build(), Legend.NONE);

		assertThat(reading.controls()).extracting(c -> c.value(Field.KONTROLLMOMENT), c -> c.value(Field.STATUS),
				c -> c.value(Field.PROCESS))
			.containsExactly(tuple("Attest av leverantörsfakturor – rätt attestant", "Genomförd", ""),
					tuple("Skolskjuts – beslut fattas enligt riktlinjerna", "Pågår", ""));
	}

	/** Round 115: a two-column table per control, its status asked by a label the dictionary does not know. */
	@Test
	void takesALineAnsweredByTickingABoxAsTheStatus() {
		SheetReading reading = reader.read(Rows.sheet()
			.row("Kontrollmoment", "Dagskassan stäms av mot kassasystemet varje dag")
			.row("Ansvarig", "Badchef")
			.row("Utfört under perioden", "☐ Ja   ☒ Delvis   ☐ Nej")
			.row("Resultat och kommentar", "Avstämning gjord januari–maj.")
			.build(), Legend.NONE);

		assertThat(reading.controls()).extracting(c -> c.value(Field.STATUS), c -> c.value(Field.RESULTAT))
			.containsExactly(tuple("☐ Ja   ☒ Delvis   ☐ Nej", "Avstämning gjord januari–maj."));
	}

	/** Round 144: a heading per control, then the sample it was made on ("Urval:") before what it found. */
	@Test
	void takesTheHeadingForTheControlOfABlockThatOpensWithItsSample() {
		SheetReading reading = reader.readProse(Rows.sheet()
			.row("Uppföljning av internkontrollplan, helår 2025")
			.row("Årsräkningar granskas inom sex månader från inlämning")
			.row("Urval: samtliga 212 inlämnade årsräkningar.")
			.row("Resultat: 205 granskades inom sex månader; 7 granskades senare.")
			.row("Bedömning: Brister")
			.row("Arvoden till ställföreträdare beräknas enligt nämndens riktlinjer")
			.row("Urval: stickprov 25 arvodesbeslut.")
			.row("Resultat: samtliga arvoden korrekt beräknade.")
			.row("Bedömning: Godkänd")
			.build(), Legend.NONE);

		assertThat(reading.controls()).extracting(c -> c.value(Field.KONTROLLMOMENT), c -> c.value(Field.STATUS))
			.containsExactly(tuple("Årsräkningar granskas inom sex månader från inlämning", "Brister"),
					tuple("Arvoden till ställföreträdare beräknas enligt nämndens riktlinjer", "Godkänd"));
	}

	/** Round 141: a label/value table per control with labels left unanswered between the answered ones. */
	@Test
	void readsPastALabelLeftUnansweredInAFormTable() {
		SheetReading reading = reader.read(Rows.sheet()
			.row("Kontrollmoment", "Förhandsbedömning av orosanmälan görs inom 14 dagar")
			.row("Tidpunkt enligt plan", "Per tertial")
			.row("Datum för kontroll")
			.row("Resultat", "Uppföljningen för januari–april är klar, resten görs i höst.")
			.row("Status", "Pågående")
			.row("Åtgärd")
			.build(), Legend.NONE);

		assertThat(reading.controls()).extracting(c -> c.value(Field.KONTROLLMOMENT), c -> c.value(Field.RESULTAT),
				c -> c.value(Field.STATUS))
			.containsExactly(tuple("Förhandsbedömning av orosanmälan görs inom 14 dagar",
					"Uppföljningen för januari–april är klar, resten görs i höst.", "Pågående"));
	}

	@Test
	void startsABlockAtEachNumberedControlLabelAndTakesTheAreaAboveAsItsProcess() {
		SheetReading reading = reader.read(Rows.sheet()
			.row("Område: Elevhälsa")
			.row("Kontroll 1", "Frånvaro över 15 % utreds")
			.row(null, "Status: Genomförd")
			.row("Kontroll 2", "Kränkande behandling anmäls samma dag")
			.row(null, "Status: Delvis")
			.row("Område: Ekonomi")
			.row("Kontroll 3", "Skolskjutsbeslut enligt riktlinjerna")
			.row(null, "Status: Ej påbörjad")
			.build(), Legend.NONE);

		assertThat(reading.controls()).extracting(c -> c.value(Field.KONTROLLMOMENT), c -> c.value(Field.STATUS),
				c -> c.value(Field.PROCESS))
			.containsExactly(org.assertj.core.groups.Tuple.tuple("Frånvaro över 15 % utreds", "Genomförd", "Elevhälsa"),
					org.assertj.core.groups.Tuple.tuple("Kränkande behandling anmäls samma dag", "Delvis", "Elevhälsa"),
					org.assertj.core.groups.Tuple.tuple("Skolskjutsbeslut enligt riktlinjerna", "Ej påbörjad", "Ekonomi"));
	}

	/** A Word or OpenDocument follow-up with a small two-column table per control: each table is a block. */
	@Test
	void readsATwoColumnTableAsOneControlWithALabelNoFieldNamesKeptInItsResult() {
		SheetReading reading = reader.read(Rows.sheet()
			.row("Kontrollmoment:", "Granskning av årsräkningar sker inom sex månader från inlämnandet")
			.row("Risk:", "Långa handläggningstider, felaktigheter upptäcks sent")
			.row("Genomförande:", "Uttag ur Wärna över inkomna och granskade årsräkningar.")
			.row("Status:", "Pågående – 71 % granskade per 31/8")
			.row("Åtgärd:", "–")
			.build(), Legend.NONE);

		assertThat(reading.controls()).extracting(c -> c.value(Field.KONTROLLMOMENT), c -> c.value(Field.STATUS),
				c -> c.value(Field.RESULTAT))
			.containsExactly(org.assertj.core.groups.Tuple.tuple(
					"Granskning av årsräkningar sker inom sex månader från inlämnandet",
					"Pågående – 71 % granskade per 31/8",
					"Genomförande: Uttag ur Wärna över inkomna och granskade årsräkningar."));
	}

	/** A report in prose: a numbered heading, "Vad har kontrollerats: …", then what was found in sentences. */
	@Test
	void takesTheParagraphsUnderABlocksLabelledLineAsItsResult() {
		SheetReading reading = reader.read(Rows.sheet()
			.row("Redovisning av intern kontroll 2025")
			.row("1. Lönebidrag")
			.row("Vad har kontrollerats: Kontroll av att utbetalda lönebidrag motsvarar beslut")
			.row("Stickprov på 15 ärenden har gjorts. I ett ärende hade fel belopp betalats ut.")
			.row("2. Statsbidrag")
			.row("Vad har kontrollerats: Kontroll av att statsbidrag för extratjänster rekvireras")
			.row("Se bilaga 1.")
			.row("Alvesund den 22 januari 2026")
			.build(), Legend.NONE);

		assertThat(reading.controls()).extracting(c -> c.value(Field.KONTROLLMOMENT), c -> c.value(Field.RESULTAT))
			.containsExactly(org.assertj.core.groups.Tuple.tuple("Kontroll av att utbetalda lönebidrag motsvarar beslut",
					"Stickprov på 15 ärenden har gjorts. I ett ärende hade fel belopp betalats ut."),
					org.assertj.core.groups.Tuple.tuple("Kontroll av att statsbidrag för extratjänster rekvireras",
							"Se bilaga 1."));
	}

	@Test
	void isNoFormWithoutAKontrollmoment() {
		SheetReading reading = reader.read(Rows.sheet()
			.row("Nämnd:", "Socialnämnden")
			.row("År:", "2025")
			.row("Bedömning av den interna kontrollen:", "Tillräcklig")
			.build(), Legend.NONE);
		assertThat(reading.hasControlTable()).isFalse();
	}

	/** Round 594: "Resultat: –" under a heading's "Metod:" line reports nothing; how to check it is no result. */
	@Test
	void takesNoMethodForTheResultOfABlockWhoseResultIsOnlyADash() {
		SheetReading reading = reader.read(Rows.sheet()
			.row("Resultat per kontrollmoment")
			.row("Attest av leverantörsfakturor sker enligt attestordningen")
			.row("Metod: Stickprov på 20 fakturor.")
			.row("Resultat: Genomförd utan avvikelser.")
			.row("Inköp av läromedel sker från upphandlade leverantörer")
			.row("Metod: Genomgång av fakturor från läromedelsleverantörer.")
			.row("Resultat: –")
			.build(), Legend.NONE);

		assertThat(reading.controls()).extracting(c -> c.value(Field.KONTROLLMOMENT), c -> c.value(Field.RESULTAT))
			.containsExactly(tuple("Attest av leverantörsfakturor sker enligt attestordningen",
					"Genomförd utan avvikelser.\nMetod: Stickprov på 20 fakturor."),
					tuple("Inköp av läromedel sker från upphandlade leverantörer", "–"));
	}

	/** A report naming each control in a heading: "Metod:" says how it was checked, the heading what. */
	@Test
	void takesTheHeadingAboveABlockForItsControlAndAHeadingWithOnlyProseBetweenSuchControlsForOneToo() {
		SheetReading reading = reader.read(Rows.sheet()
			.row("Resultat per kontrollmoment")
			.row("Kontroll av att beslut om ekonomiskt bistånd fattas enligt delegationsordningen")
			.row("Metod: Stickprov på 30 akter från perioden januari–oktober.")
			.row("Status: Genomförd.")
			.row("Uppföljning av att utredningar enligt LVU och SoL avslutas inom fyra månader")
			.row("Kontrollen har inte genomförts under året på grund av vakanser.")
			.row("Kontroll av att utbetalningar av försörjningsstöd stäms av mot beslut")
			.row("Metod: Avstämning av utbetalningslistor mot beviljade belopp.")
			.row("Status: Se bilaga 2.")
			.row("Sammanfattande bedömning")
			.row("Förvaltningen bedömer att den interna kontrollen i huvudsak är tillräcklig.")
			.build(), Legend.NONE);

		assertThat(reading.controls()).extracting(c -> c.value(Field.KONTROLLMOMENT), ControlRow::row)
			.containsExactly(
					org.assertj.core.groups.Tuple.tuple(
							"Kontroll av att beslut om ekonomiskt bistånd fattas enligt delegationsordningen", 2),
					org.assertj.core.groups.Tuple.tuple(
							"Uppföljning av att utredningar enligt LVU och SoL avslutas inom fyra månader", 5),
					org.assertj.core.groups.Tuple.tuple(
							"Kontroll av att utbetalningar av försörjningsstöd stäms av mot beslut", 7));
		assertThat(reading.controls().get(0).value(Field.RESULTAT))
			.isEqualTo("Metod: Stickprov på 30 akter från perioden januari–oktober.");
		assertThat(reading.controls().get(1).value(Field.RESULTAT))
			.isEqualTo("Kontrollen har inte genomförts under året på grund av vakanser.");
		assertThat(reading.controls().get(0).value(Field.PROCESS)).isEqualTo("Resultat per kontrollmoment");
	}

	/**
	 * Round 506: controls written as headings with a paragraph each, under the report's titles: no control's process
	 * is the paragraph, the heading or the title before it.
	 */
	@Test
	void readsNoProcessFromTheParagraphsAndTitlesAboveAControlsHeading() {
		SheetReading reading = reader.readProse(Rows.sheet()
			.row("Uppföljning av internkontrollplan 2025")
			.row("Tertial 2 (januari–augusti)")
			.row("Kontanthantering i receptionen på badhuset")
			.row("Genomförd. Kassan inventerades oanmält i juni utan differens.")
			.row("Uthyrning av lokaler och anläggningar faktureras korrekt")
			.row("Genomförd. Jämförelse mellan bokningssystemet och fakturorna visade inga avvikelser.")
			.row("Utlåning av medier – rutin för krav och avskrivning följs")
			.row("Kontrollen har inte påbörjats och skjuts till nästa år.")
			.build(), Legend.NONE);

		assertThat(reading.controls()).extracting(c -> c.value(Field.KONTROLLMOMENT), c -> c.value(Field.PROCESS))
			.containsExactly(org.assertj.core.groups.Tuple.tuple("Kontanthantering i receptionen på badhuset", ""),
					org.assertj.core.groups.Tuple.tuple("Uthyrning av lokaler och anläggningar faktureras korrekt", ""),
					org.assertj.core.groups.Tuple.tuple("Utlåning av medier – rutin för krav och avskrivning följs",
							""));
	}

	/** Round 103: an e-mail's points, each answered in a paragraph under it with a blank line between. */
	@Test
	void readsAParagraphAfterABlankLineAsTheReportOnThePointAboveIt() {
		SheetReading reading = reader.readProse(Rows.sheet()
			.row("1. Attest – kontroll att attest sker enligt attestordningen (stickprov 10 fakturor)")
			.row()
			.row("Genomförd i juni. En faktura saknade andra attest, det är rättat.")
			.row()
			.row("2. Föreningsbidrag – kontroll att utbetalda bidrag har beslut och redovisning")
			.row()
			.row("Delvis. Vårens bidrag är kontrollerade, höstens utbetalningar är inte gjorda än.")
			.build(), Legend.NONE);

		assertThat(reading.controls()).extracting(c -> c.value(Field.KONTROLLMOMENT), c -> c.value(Field.RESULTAT))
			.containsExactly(
					org.assertj.core.groups.Tuple.tuple(
							"1. Attest – kontroll att attest sker enligt attestordningen (stickprov 10 fakturor)",
							"Genomförd i juni. En faktura saknade andra attest, det är rättat."),
					org.assertj.core.groups.Tuple.tuple(
							"2. Föreningsbidrag – kontroll att utbetalda bidrag har beslut och redovisning",
							"Delvis. Vårens bidrag är kontrollerade, höstens utbetalningar är inte gjorda än."));
	}

	/** Round 98: each control's label numbered as its control ("Kontrollmoment 2.1:"), one block without a status. */
	@Test
	void startsTheNextBlockAtTheSameLabelNumberedOtherwise() {
		SheetReading reading = reader.read(Rows.sheet()
			.row("Kontrollmoment 1.2: Genomförandeplaner upprättas inom 14 dagar efter insatsstart")
			.row("Resultat: Stickprov gjort i två områden, samtliga inom tidsgränsen.")
			.row("Bedömning: Delvis genomförd.")
			.row("Kontrollmoment 2.1: Signeringslistor för läkemedel – avvikelser följs upp")
			.row("Resultat: Kontrollen genomfördes i mars och oktober på alla fem boenden.")
			.row("Kontrollmoment 2.2: Narkotikaklassade läkemedel – inventering av läkemedelsförråd")
			.row("Resultat: Inventeringen ställdes in.")
			.row("Bedömning: Ej genomförd.")
			.build(), Legend.NONE);

		assertThat(reading.controls()).extracting(c -> c.value(Field.KONTROLLMOMENT), c -> c.value(Field.RESULTAT))
			.containsExactly(
					org.assertj.core.groups.Tuple.tuple("Genomförandeplaner upprättas inom 14 dagar efter insatsstart",
							"Stickprov gjort i två områden, samtliga inom tidsgränsen."),
					org.assertj.core.groups.Tuple.tuple("Signeringslistor för läkemedel – avvikelser följs upp",
							"Kontrollen genomfördes i mars och oktober på alla fem boenden."),
					org.assertj.core.groups.Tuple.tuple("Narkotikaklassade läkemedel – inventering av läkemedelsförråd",
							"Inventeringen ställdes in."));
	}

	/**
	 * Round 546: the last control's heading right after the blocks, its "Bedömning:" line left out, its paragraph
	 * saying what became of it; the assessment's heading after it is none.
	 */
	@Test
	void takesTheHeadingAfterTheLastBlockForAControlWhenItsParagraphSaysAStatus() {
		// The classifier's phrases, as the job gives them to the layout: "… är klar" says done.
		Vocabulary words = StatusWordsForTests.vocabulary();
		Vocabulary meanings = text -> words.knows(text) || text.contains(" är klar");
		SheetReader reader = StatusWordsForTests.reader(meanings);
		SheetReading reading = reader.readProse(Rows.sheet()
			.row("Tertialrapport 2 2025 – uppföljning av intern kontroll")
			.row("Uppföljning per kontrollmoment")
			.row("Tillsyn enligt lagen om skydd mot olyckor genomförs enligt tillsynsplanen")
			.row("Per den 31 augusti har 38 av 60 planerade tillsyner genomförts. Kontrollen fortsätter under hösten.")
			.row("Bedömning: Delvis genomförd")
			.row("Fakturering av automatlarm (onödiga larm) sker enligt taxa")
			.row("22 fakturor har granskats. Två larm hade inte fakturerats; dessa har fakturerats i efterhand.")
			.row("Bedömning: Genomförd")
			.row("Avtal med medlemskommunerna om förebyggande verksamhet följs upp")
			.row("Uppföljningen är klar och redovisades för direktionen 2025-06-12. Inga avvikelser noterades.")
			.row("Sammanfattande bedömning")
			.row("Förbundets samlade bedömning är att den interna kontrollen är tillräcklig.")
			.build(), Legend.NONE);

		assertThat(reading.controls()).extracting(c -> c.value(Field.KONTROLLMOMENT))
			.containsExactly("Tillsyn enligt lagen om skydd mot olyckor genomförs enligt tillsynsplanen",
					"Fakturering av automatlarm (onödiga larm) sker enligt taxa",
					"Avtal med medlemskommunerna om förebyggande verksamhet följs upp");
	}

	/**
	 * Round 560: a form's status options along a row with an X under the one chosen; two marked are both said, none
	 * marked leaves the status unanswered.
	 */
	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', nullValues = "-", textBlock = """
			Delvis genomförd  | -          | ☐ Genomförd ☒ Delvis genomförd ☐ Ej genomförd ☐ Utgår
			Genomförd         | Utgår      | ☒ Genomförd ☐ Delvis genomförd ☐ Ej genomförd ☒ Utgår
			-                 | -          | ''
			""")
	void readsTheOptionMarkedWithAnXUnderAFormsStatusOptions(String marked, String alsoMarked, String status) {
		List<String> options = List.of("Genomförd", "Delvis genomförd", "Ej genomförd", "Utgår");
		List<RawCell> marks = new java.util.ArrayList<>();
		for (int i = 0; i < options.size(); i++) {
			if (options.get(i).equals(marked) || options.get(i).equals(alsoMarked)) {
				marks.add(RawCell.of(i + 1, "X"));
			}
		}
		Rows rows = Rows.sheet()
			.row("Kontrollmoment", "Signeringslistor för läkemedel kontrolleras på särskilt boende")
			.row("Kontrollansvarig", "MAS")
			.row("Status (markera med X)", "Genomförd", "Delvis genomförd", "Ej genomförd", "Utgår");
		if (marks.isEmpty()) {
			rows.row();
		}
		else {
			rows.cells(marks.toArray(RawCell[]::new));
		}
		SheetReading reading = reader.read(rows.row("Resultat/iakttagelser", "Sex boenden granskade.").build(),
				Legend.NONE);
		assertThat(reading.controls()).singleElement().extracting(c -> c.value(Field.STATUS)).isEqualTo(status);
	}

	/** Round 559: "<nämnd> – helårsuppföljning" over the intro beside the table is the report's title, no control. */
	@Test
	void readsAHeadingNamingWhoseFollowUpOfWhichPeriodAsTheTitle() {
		// The classifier's phrases, as the job gives them to the layout: "… kontrollen slutfördes" says done.
		Vocabulary words = StatusWordsForTests.vocabulary();
		Vocabulary meanings = text -> words.knows(text) || text.contains("kontrollen slutfördes");
		SheetReader reader = StatusWordsForTests.reader(meanings);
		SheetReading reading = reader.readAroundTables(Rows.sheet()
			.row("Uppföljning av internkontrollplan 2025")
			.row("Miljö- och byggnadsnämnden – helårsuppföljning")
			.row("Nedan redovisas uppföljningen av samtliga kontrollmoment per den 31 december 2025. Kolumnen Klart "
					+ "datum anger när kontrollen slutfördes.")
			.row("Karlskrona 2026-01-22")
			.build(), Legend.NONE);
		assertThat(reading.controls()).isEmpty();
	}

	/** Round 97: "Kontroll:" under a numbered heading says how the heading's control is checked. */
	@Test
	void takesTheHeadingForTheControlOverABlocksLabelThatOnlyLooselyNamesIt() {
		SheetReading reading = reader.readProse(Rows.sheet()
			.row("3. Kontrollmoment")
			.row("3.1 Attestering av leverantörsfakturor")
			.row("Kontroll: Stickprov om 20 fakturor från perioden januari–juni.")
			.row("Resultat: Samtliga fakturor var korrekt attesterade.")
			.row("Bedömning: Genomförd.")
			.row("3.2 Tillsyn enligt LSO genomförs enligt tillsynsplanen")
			.row("Kontroll: Jämförelse av genomförda tillsyner mot tillsynsplan 2025.")
			.row("Bedömning: Delvis genomförd.")
			.build(), Legend.NONE);

		assertThat(reading.controls()).extracting(c -> c.value(Field.KONTROLLMOMENT))
			.containsExactly("3.1 Attestering av leverantörsfakturor",
					"3.2 Tillsyn enligt LSO genomförs enligt tillsynsplanen");
	}

	/** Round 134: a reply listing its controls as "- control: report", some reports opening with no status word. */
	@Test
	void readsAnItemWrittenAsTheItemAboveItAsAControlWhateverItsReportOpensWith() {
		SheetReading reading = reader.readProse(Rows.sheet()
			.row("Hej! Här kommer Miljö- och byggs uppföljning för tertial 2.")
			.row("- Debitering av tillsynsavgifter (livsmedel): klart, stickprov 15 ärenden")
			.row("- Delegationsbeslut redovisas till nämnden: görs löpande, ok")
			.row("- Behörigheter i ärendesystemet: kollat, en konsult som slutat hade kvar behörighet – borttagen")
			.row("Hör av dig om något är oklart!")
			.build(), Legend.NONE);

		assertThat(reading.controls()).extracting(c -> c.value(Field.KONTROLLMOMENT))
			.containsExactly("Debitering av tillsynsavgifter (livsmedel)", "Delegationsbeslut redovisas till nämnden",
					"Behörigheter i ärendesystemet");
	}

	/** Round 96: an e-mail listing its controls as bullets under "Det här har vi gjort:" and "Inte gjort:". */
	@Test
	void readsEachBulletAsAControlAndTheTextAfterItsDashAsItsReport() {
		SheetReading reading = reader.readProse(Rows.sheet()
			.row("Här kommer kultur- och fritidsnämndens uppföljning av internkontrollplanen för helåret 2025.")
			.row("Det här har vi gjort:")
			.row("• Stickprov attest leverantörsfakturor (20 st) – klart, inga fel hittade.")
			.row("• Representation och interna möten – genomförd, alla 12 underlag hade syfte och deltagarlista.")
			.row("Inte gjort:")
			.row("• Kontroll av behörigheter i bokningssystemet – ej påbörjad, görs Q1 2026.")
			.row("Hälsningar Annika")
			.build(), Legend.NONE);

		assertThat(reading.controls()).extracting(c -> c.value(Field.KONTROLLMOMENT), c -> c.value(Field.RESULTAT))
			.containsExactly(
					org.assertj.core.groups.Tuple.tuple("Stickprov attest leverantörsfakturor (20 st)",
							"klart, inga fel hittade."),
					org.assertj.core.groups.Tuple.tuple("Representation och interna möten",
							"genomförd, alla 12 underlag hade syfte och deltagarlista."),
					org.assertj.core.groups.Tuple.tuple("Kontroll av behörigheter i bokningssystemet",
							"ej påbörjad, görs Q1 2026."));
	}

	/**
	 * Round 96: a memo's bullet names its control in a sentence and reports in the next ones; the heading over the
	 * list says what became of it when the item does not.
	 */
	@Test
	void takesTheHeadingOverAListForTheStatusOfAnItemThatStatesNone() {
		// The classifier's phrases, as the job gives them to the layout: "Genomförda kontroller" says done.
		Vocabulary words = StatusWordsForTests.vocabulary();
		Vocabulary meanings = text -> words.knows(text) || text.toLowerCase(java.util.Locale.ROOT).matches("genomförd.*");
		SheetReader reader = StatusWordsForTests.reader(meanings);
		SheetReading reading = reader.readProse(Rows.sheet()
			.row("Genomförda kontroller")
			.row("• Loggkontroll av åtkomst till personakter. Genomförd i maj och november.")
			.row("• Delegationsbeslut anmäls till nämnden. Stickprov av 30 beslut från IFO och LSS-handläggningen.")
			.build(), Legend.NONE);

		assertThat(reading.controls()).extracting(c -> c.value(Field.KONTROLLMOMENT), c -> c.value(Field.STATUS))
			.containsExactly(org.assertj.core.groups.Tuple.tuple("Loggkontroll av åtkomst till personakter", ""),
					org.assertj.core.groups.Tuple.tuple("Delegationsbeslut anmäls till nämnden", "Genomförda kontroller"));
	}

	/**
	 * Round 575: under "Ej genomförda", an item that only names its control is one, the heading its status; under a
	 * heading on next year's plan, it is not.
	 */
	@Test
	void takesAnItemThatOnlyNamesItsControlUnderAHeadingSayingWhatBecameOfIt() {
		// The classifier's phrases, as the job gives them to the layout: "Ej genomförda" says not done.
		Vocabulary words = StatusWordsForTests.vocabulary();
		Vocabulary meanings = text -> words.knows(text)
				|| text.toLowerCase(java.util.Locale.ROOT).matches("(ej )?genomförd.*|flyttas.*");
		SheetReader reader = StatusWordsForTests.reader(meanings);
		SheetReading reading = reader.readProse(Rows.sheet()
			.row("Ej genomförda")
			.row("• Uppföljning av beslut om tilläggsbelopp – flyttas till hösten på grund av vakans.")
			.row("• Kontroll av att delegationsbeslut anmäls till nämnden")
			.row("Förslag till kontroller 2026")
			.row("• Kontroll av hantering av personuppgiftsincidenter")
			.build(), Legend.NONE);

		assertThat(reading.controls()).extracting(c -> c.value(Field.KONTROLLMOMENT))
			.containsExactly("Uppföljning av beslut om tilläggsbelopp", "Kontroll av att delegationsbeslut anmäls till "
					+ "nämnden");
		assertThat(reading.controls().get(1).value(Field.STATUS)).isEqualTo("Ej genomförda");
	}

	/** Round 58: a list explaining the words of the scale names no controls. */
	@Test
	void readsNoControlInAListExplainingTheStatuses() {
		SheetReading reading = reader.readProse(Rows.sheet()
			.row("I kolumnen Bedömning används följande skala:")
			.row("• Ingen anmärkning – kontrollen är genomförd och inga brister har noterats.")
			.row("• Pågår – kontrollen är påbörjad men inte slutförd.")
			.row("• Ej utförd – kontrollen har inte genomförts under perioden.")
			.build(), Legend.NONE);

		assertThat(reading.controls()).isEmpty();
	}

	/** Round 80: bullets naming the controls over a paragraph each that reports on it are not split at a dash. */
	@Test
	void takesABulletOverItsReportForTheControlsNameWhole() {
		SheetReading reading = reader.readProse(Rows.sheet()
			.row("Ekonomiskt bistånd")
			.row("• Stickprov av 20 ärenden – har kontroll mot Försäkringskassan gjorts via SSBTEK")
			.row("Stickprovet pågår och beräknas vara klart i februari 2026.")
			.row("• Kontroll av att utbetalningar över 15 000 kr attesteras av två personer")
			.row("Kontrollen har inte genomförts under året på grund av bytet av verksamhetssystem.")
			.build(), Legend.NONE);

		assertThat(reading.controls()).extracting(c -> c.value(Field.KONTROLLMOMENT)).noneMatch(
				name -> name.equals("Stickprov av 20 ärenden"));
	}

	/**
	 * Round 94: a heading of three words names its block's control where longer headings named the blocks above; the
	 * report's assessment under a heading of its own does not.
	 */
	@Test
	void takesAShortHeadingForItsBlocksControlWhereHeadingsNamedTheBlocksAbove() {
		SheetReading reading = reader.read(Rows.sheet()
			.row("Redovisning per kontrollmoment")
			.row("Utbetalning av ekonomiskt bistånd sker mot fullständigt underlag")
			.row("Risk: Felaktiga utbetalningar.")
			.row("Metod: Stickprov 30 akter.")
			.row("Resultat: Stickprov på 30 akter gjordes i maj.")
			.row("Loggkontroll i journalsystemet")
			.row("Risk: Obehörig åtkomst till sekretessuppgifter.")
			.row("Metod: Slumpvis loggkontroll av 20 personakter.")
			.row("Resultat: Se bilaga 2.")
			.row("Sammanfattande bedömning")
			.row("Status: Den interna kontrollen bedöms vara tillräcklig.")
			.build(), Legend.NONE);

		assertThat(reading.controls()).extracting(c -> c.value(Field.KONTROLLMOMENT))
			.containsExactly("Utbetalning av ekonomiskt bistånd sker mot fullständigt underlag",
					"Loggkontroll i journalsystemet");
	}

	/**
	 * Round 317: paragraphs stand between a heading of three words and its "Status:" line, as they stood under the
	 * longer headings of the blocks above: the heading still names the block's control.
	 */
	@Test
	void takesAShortHeadingForItsBlocksControlThoughParagraphsStandBetweenThem() {
		SheetReading reading = reader.read(Rows.sheet()
			.row("Redovisning av kontrollmomenten")
			.row("Utbetalning av ekonomiskt bistånd")
			.row("Kontroll av att utbetalt försörjningsstöd överensstämmer med beslut. Stickprov om 25 ärenden.")
			.row("Samtliga granskade utbetalningar stämde med beslut och underlag. Inga avvikelser.")
			.row("Status: Genomförd")
			.row("Handläggningstid för förhandsbedömningar")
			.row("Kontroll av att beslut om att inleda utredning fattas inom 14 dagar.")
			.row("81 % av förhandsbedömningarna var klara inom lagstadgad tid.")
			.row("Status: Genomförd med avvikelse")
			.build(), Legend.NONE);

		assertThat(reading.controls()).extracting(c -> c.value(Field.KONTROLLMOMENT), c -> c.value(Field.STATUS))
			.containsExactly(tuple("Utbetalning av ekonomiskt bistånd", "Genomförd"),
					tuple("Handläggningstid för förhandsbedömningar", "Genomförd med avvikelse"));
	}

	/** Round 333: a form's questions answered on their own lines: "Har kontrollen genomförts? Ja". */
	@Test
	void readsAQuestionAndItsAnswerOnOneLineAsALabelAndItsValue() {
		SheetReading reading = reader.read(Rows.sheet()
			.row("1. Hyresavisering och hyresreskontra")
			.row("Kontrollmoment: Avstämning av hyresreskontra mot huvudbok varje månad")
			.row("Har kontrollen genomförts? Ja")
			.row("Avvikelse upptäckt? Nej")
			.row("Kommentar: Avstämt januari–augusti utan differenser.")
			.row("2. Uthyrning")
			.row("Kontrollmoment: Kontroll av att nya hyresgäster kreditprövas enligt uthyrningspolicyn")
			.row("Har kontrollen genomförts? Delvis")
			.row("Avvikelse upptäckt? Ja")
			.build(), Legend.NONE);

		assertThat(reading.controls()).extracting(c -> c.value(Field.STATUS), c -> c.value(Field.AVVIKELSE))
			.containsExactly(tuple("Ja", "Nej"), tuple("Delvis", "Ja"));
	}

	/** Round 94: under a "Resultat:" left empty, the method says how the control was to be made, not what it found. */
	@Test
	void keepsTheMethodOutOfTheResultOfABlockWhoseResultIsLeftEmpty() {
		SheetReading reading = reader.read(Rows.sheet()
			.row("Redovisning per kontrollmoment")
			.row("Hot och våld – händelser rapporteras i KIA")
			.row("Risk: Händelser rapporteras inte och åtgärder uteblir.")
			.row("Metod: Jämförelse mellan incidentrapporter och arbetsmiljöombudens noteringar.")
			.row("Resultat: Kontrollen har inte genomförts.")
			.row("Handläggningstid för ansökan om försörjningsstöd")
			.row("Risk: Sökande får inte beslut inom rimlig tid.")
			.row("Metod: Mätning av tid från ansökan till beslut, månadsvis.")
			.row("Resultat:")
			.build(), Legend.NONE);

		assertThat(reading.controls()).extracting(c -> c.value(Field.KONTROLLMOMENT), c -> c.value(Field.RESULTAT))
			.containsExactly(
					org.assertj.core.groups.Tuple.tuple("Hot och våld – händelser rapporteras i KIA",
							"Kontrollen har inte genomförts.\nMetod: Jämförelse mellan incidentrapporter och "
									+ "arbetsmiljöombudens noteringar."),
					org.assertj.core.groups.Tuple.tuple("Handläggningstid för ansökan om försörjningsstöd", ""));
	}

	/**
	 * Round 436: "Genomförande:" is no label the dictionary knows; above a "Resultat:" left empty it says how the
	 * control is made, and nothing is reported.
	 */
	@Test
	void readsNothingReportedFromABlockWhoseOnlyTextStandsAboveItsEmptyResult() {
		SheetReading reading = reader.read(Rows.sheet()
			.row("Kontroll 1")
			.row("Kontrollmoment: Beslut om ekonomiskt bistånd fattas enligt delegationsordningen")
			.row("Genomförande: Stickprov om 25 beslut.")
			.row("Resultat: Kontrollen har genomförts utan anmärkning.")
			.row("Kontroll 2")
			.row("Kontrollmoment: Placeringar på HVB görs enligt upphandlade ramavtal")
			.row("Genomförande: Genomgång av samtliga placeringsbeslut under perioden.")
			.row("Resultat:")
			.row("Åtgärd:")
			.build(), Legend.NONE);

		assertThat(reading.controls()).extracting(c -> c.value(Field.KONTROLLMOMENT), c -> c.value(Field.RESULTAT))
			.containsExactly(
					org.assertj.core.groups.Tuple.tuple("Beslut om ekonomiskt bistånd fattas enligt delegationsordningen",
							"Kontrollen har genomförts utan anmärkning.\nGenomförande: Stickprov om 25 beslut."),
					org.assertj.core.groups.Tuple.tuple("Placeringar på HVB görs enligt upphandlade ramavtal", ""));
	}

	/** Round 69: the status in bold opens the paragraph under the heading's "Metod: … Ansvarig: …" line. */
	@Test
	void readsAStatusParagraphUnderAHeadingAndItsMethodLineAsThatControlsReport() {
		SheetReading reading = reader.read(Rows.sheet()
			.row("Process: Trygghet och studiero")
			.row("Kontroll att anmälan om kränkande behandling rapporteras till huvudman inom fem arbetsdagar")
			.row("Metod: uttag ur DF Respons. Ansvarig: verksamhetschef grundskola.")
			.row("Genomförd med anmärkning. Av 48 anmälningar rapporterades 6 senare än fem arbetsdagar.")
			.row("Kontroll att elevhälsans journaler förs enligt patientdatalagen")
			.row("Metod: stickprov. Ansvarig: verksamhetschef elevhälsa.")
			.row("Genomförd. Stickprov av 15 journaler visade inga avvikelser.")
			.build(), Legend.NONE);

		assertThat(reading.controls()).extracting(c -> c.value(Field.KONTROLLMOMENT), c -> c.value(Field.RESULTAT))
			.containsExactly(
					org.assertj.core.groups.Tuple.tuple(
							"Kontroll att anmälan om kränkande behandling rapporteras till huvudman inom fem arbetsdagar",
							"Genomförd med anmärkning. Av 48 anmälningar rapporterades 6 senare än fem arbetsdagar.\n"
									+ "Metod: uttag ur DF Respons. Ansvarig: verksamhetschef grundskola."),
					org.assertj.core.groups.Tuple.tuple(
							"Kontroll att elevhälsans journaler förs enligt patientdatalagen",
							"Genomförd. Stickprov av 15 journaler visade inga avvikelser.\n"
									+ "Metod: stickprov. Ansvarig: verksamhetschef elevhälsa."));
	}

	@Test
	void keepsALabelledKontrollmomentUnderAHeading() {
		SheetReading reading = reader.read(Rows.sheet()
			.row("Granskning av attester inom ekonomiavdelningen")
			.row("Kontrollmoment: Attest av leverantörsfakturor")
			.row("Status: Genomförd")
			.build(), Legend.NONE);

		assertThat(reading.controls()).extracting(c -> c.value(Field.KONTROLLMOMENT))
			.containsExactly("Attest av leverantörsfakturor");
	}

	@Test
	void keepsAProcessRightUnderABlocksKontrollmomentInThatBlock() {
		SheetReading reading = reader.read(Rows.sheet()
			.row("Kontrollmoment", "Kontroll att genomförandeplaner upprättas inom 14 dagar")
			.row("Process", "Hemtjänst")
			.row("Metod", "Stickprov 30 ärenden i Lifecare")
			.row("Bedömning", "Genomförd")
			.build(), Legend.NONE);

		assertThat(reading.controls()).extracting(c -> c.value(Field.KONTROLLMOMENT), c -> c.value(Field.PROCESS),
				c -> c.value(Field.STATUS))
			.containsExactly(org.assertj.core.groups.Tuple.tuple("Kontroll att genomförandeplaner upprättas inom 14 dagar",
					"Hemtjänst", "Genomförd"));
	}

	@Test
	void takesATitleMergedAcrossLabelAndValueForTheBlocksHeading() {
		SheetReading reading = reader.read(Rows.sheet()
			.row("Kontroll 1", "Kontroll 1")
			.row("Kontrollmoment", "Kontroll att VA-anslutningsavgifter debiteras enligt gällande VA-taxa")
			.row("Risk", "Sannolikhet 2 – Konsekvens 3 – Riskvärde 6")
			.row("Kontrollen genomförd", "Ja")
			.row("Kommentar", "Samtliga avgifter korrekt debiterade.")
			.build(), Legend.NONE);

		assertThat(reading.controls()).extracting(c -> c.value(Field.KONTROLLMOMENT), c -> c.value(Field.STATUS))
			.containsExactly(org.assertj.core.groups.Tuple.tuple(
					"Kontroll att VA-anslutningsavgifter debiteras enligt gällande VA-taxa", "Ja"));
	}

	/** Plan labels between kontrollmoment and status ("Kontrollmetod", "Frekvens") do not cut the block short. */
	@Test
	void keepsTheBlockWholeAcrossPlanLabelsAndKeepsOnlyLabelsNoFieldNamesInItsResult() {
		SheetReading reading = reader.read(Rows.sheet()
			.row("Kontroll 2", "Kontroll 2")
			.row("Kontrollmoment", "Kontroll av att entreprenörers fakturor för vinterväghållning stämmer mot körjournaler")
			.row("Kontrollmetod", "Stickprov 15 fakturor")
			.row("Frekvens", "Årligen")
			.row("Granskare", "Gatuchef")
			.row("Genomförd (Ja/Nej)", "Ja")
			.row("Avvikelse (Ja/Nej)", "Ja")
			.row("Kommentar", "Felaktig debitering i 2 fall, kreditering erhållen.")
			.build(), Legend.NONE);

		assertThat(reading.controls()).extracting(c -> c.value(Field.KONTROLLMOMENT), c -> c.value(Field.STATUS),
				c -> c.value(Field.AVVIKELSE), c -> c.value(Field.RESULTAT))
			.containsExactly(org.assertj.core.groups.Tuple.tuple(
					"Kontroll av att entreprenörers fakturor för vinterväghållning stämmer mot körjournaler", "Ja", "Ja",
					"Felaktig debitering i 2 fall, kreditering erhållen.\nGranskare: Gatuchef"));
	}
	/** A four-column form: label and value pairs side by side, a result per period, then the assessment. */
	@Test
	void readsLabelValuePairsSideBySideAndTakesPeriodLinesBeforeTheAssessmentAsTheResult() {
		SheetReading reading = reader.read(Rows.sheet()
			.cells(merged(0, "Kontroll 1 av 2", false, true), merged(1, "Kontroll 1 av 2", false, true),
					merged(2, "Kontroll 1 av 2", false, true), merged(3, "Kontroll 1 av 2", false, true))
			.cells(RawCell.of(0, "Kontrollmoment"),
					merged(1, "Genomförandeplaner upprättas inom 14 dagar från verkställt beslut", false, true),
					merged(2, "Genomförandeplaner upprättas inom 14 dagar från verkställt beslut", false, true),
					merged(3, "Genomförandeplaner upprättas inom 14 dagar från verkställt beslut", false, true))
			.row("Ansvarig", "Enhetschef hemtjänst", "Frekvens", "Varje tertial")
			.row("Utfall T1")
			.cells(RawCell.of(0, "Utfall T2"), merged(1, "Samtliga 40 planer i tid.", false, true),
					merged(2, "Samtliga 40 planer i tid.", false, true), merged(3, "Samtliga 40 planer i tid.", false, true))
			.row("Bedömning (1–3)", "1", "Avvikelse", "Nej")
			.cells(merged(0, "Kontroll 2 av 2", false, true), merged(1, "Kontroll 2 av 2", false, true),
					merged(2, "Kontroll 2 av 2", false, true), merged(3, "Kontroll 2 av 2", false, true))
			.cells(RawCell.of(0, "Kontrollmoment"),
					merged(1, "Nattfasta mäts och åtgärder vidtas när den överstiger elva timmar", false, true),
					merged(2, "Nattfasta mäts och åtgärder vidtas när den överstiger elva timmar", false, true),
					merged(3, "Nattfasta mäts och åtgärder vidtas när den överstiger elva timmar", false, true))
			.row("Ansvarig", "Dietist", "Frekvens", "Två gånger per år")
			.row("Bedömning (1–3)", null, "Avvikelse")
			.build(), Legend.NONE);

		assertThat(reading.controls()).extracting(c -> c.value(Field.KONTROLLMOMENT), c -> c.value(Field.ANSVARIG),
				c -> c.value(Field.RESULTAT), c -> c.value(Field.STATUS), c -> c.value(Field.AVVIKELSE))
			.containsExactly(
					org.assertj.core.groups.Tuple.tuple("Genomförandeplaner upprättas inom 14 dagar från verkställt beslut",
							"Enhetschef hemtjänst", "Utfall T1: \nUtfall T2: Samtliga 40 planer i tid.", "1", "Nej"),
					org.assertj.core.groups.Tuple.tuple("Nattfasta mäts och åtgärder vidtas när den överstiger elva timmar",
							"Dietist", "", "", ""));
	}

	/** Round 65: a letter's numbered list of controls, each item's report in the paragraph under it. */
	@Test
	void readsAControlNamedInASentenceOfItsOwnAboveItsReport() {
		SheetReading reading = reader.readProse(Rows.sheet()
			.row("Uppföljning av intern kontroll – delår 2025")
			.row("Process 1. Myndighetsutövning och biståndshandläggning")
			.row("Kontroll av att biståndsbeslut enligt SoL verkställs inom tre månader.")
			.row("Genomförd. Samtliga 46 beslut har verkställts inom tre månader. Inga avvikelser.")
			.row("Stickprov av 10 genomförandeplaner – att de upprättats inom 14 dagar och är signerade.")
			.row("Delvis genomförd. Stickprov gjort i Hammarstrand, Bispgården återstår.")
			.row("Kontroll att läkemedelsrum hålls låsta och att nyckelkvittens finns.")
			.row("Sammanfattande bedömning")
			.row("Förvaltningen bedömer att den interna kontrollen i huvudsak fungerar.")
			.build(), Legend.NONE);
		assertThat(reading.controls()).extracting(c -> c.value(Field.KONTROLLMOMENT), c -> c.value(Field.RESULTAT))
			.containsExactly(
					tuple("Kontroll av att biståndsbeslut enligt SoL verkställs inom tre månader",
							"Genomförd. Samtliga 46 beslut har verkställts inom tre månader. Inga avvikelser."),
					tuple("Stickprov av 10 genomförandeplaner – att de upprättats inom 14 dagar och är signerade",
							"Delvis genomförd. Stickprov gjort i Hammarstrand, Bispgården återstår."),
					tuple("Kontroll att läkemedelsrum hålls låsta och att nyckelkvittens finns", ""));
	}

	/** Round 65: each control a numbered row with its text, its labelled lines beneath. */
	@Test
	void readsANumberedControlRowAboveItsLabelledLines() {
		SheetReading reading = reader.read(Rows.sheet()
			.row("PROCESS 1  Ekonomi och redovisning")
			.row("1.1", "Stickprov av 15 leverantörsfakturor per tertial", null, null, null, "Ansvarig: Ekonomichef")
			.row(null, "Utfört:", "Ja")
			.row(null, "Resultat:", "30 fakturor granskade. Två saknade beslutsattest.")
			.row(null, "Avvikelse:", "Ja – två fakturor saknade beslutsattest")
			.row("1.2", "Kontroll att representation redovisas med syfte och deltagare", null, null, null,
					"Ansvarig: Redovisningsekonom")
			.row(null, "Utfört:", "Delvis")
			.build(), Legend.NONE);
		assertThat(reading.controls()).extracting(c -> c.value(Field.KONTROLLMOMENT), c -> c.value(Field.STATUS),
				c -> c.value(Field.ANSVARIG))
			.containsExactly(tuple("Stickprov av 15 leverantörsfakturor per tertial", "Ja", "Ekonomichef"),
					tuple("Kontroll att representation redovisas med syfte och deltagare", "Delvis", "Redovisningsekonom"));
	}

	/** An empty line under one label of a field adds nothing to the other label's line. */
	@Test
	void keepsNoEmptyLineOfASecondLabelForTheSameField() {
		SheetReading reading = reader.read(Rows.sheet()
			.row("Kontrollmoment", "Att ledare i verksamhet med barn har lämnat utdrag ur belastningsregistret")
			.row("Genomförd", "☐ Ja   ☐ Delvis   ☐ Nej")
			.row("Avvikelser")
			.row("Avvikelse konstaterad", "☐ Ja   ☐ Nej")
			.build(), Legend.NONE);

		assertThat(reading.controls()).extracting(c -> c.value(Field.AVVIKELSE))
			.containsExactly("Avvikelse konstaterad: ☐ Ja   ☐ Nej");
	}

	/** A document without tables, a control per heading and its report in paragraphs under it. */
	@Test
	void readsAReportInProseAloneAsAControlPerHeadingThatNamesOne() {
		SheetReading reading = reader.readProse(Rows.sheet()
			.row("Uppföljning av intern kontroll 2025")
			.row("1 Inledning")
			.row("Enligt kommunens reglemente ska varje nämnd årligen följa upp sin internkontrollplan.")
			.row("2 Sammanfattande bedömning")
			.row("Tre av kontrollmomenten har genomförts under året och ett har påbörjats.")
			.row("3 Resultat per kontrollmoment")
			.row("Föreningsbidrag betalas ut enligt bidragsnormerna och efter inkommen redovisning")
			.row("Samtliga 38 utbetalningar har granskats. Kontrollen är genomförd.")
			.row("Kassahantering i simhallen sker med dubbel kontroll vid dagsavslut")
			.row("Kontrollen har genomförts genom fyra oannonserade besök.")
			.row("4 Förslag till åtgärder")
			.row("Förvaltningen föreslår att kontrollen av lokalbokningar slutförs under första kvartalet.")
			.build(), Legend.NONE);

		assertThat(reading.controls()).extracting(c -> c.value(Field.KONTROLLMOMENT), c -> c.value(Field.RESULTAT))
			.containsExactly(
					org.assertj.core.groups.Tuple.tuple(
							"Föreningsbidrag betalas ut enligt bidragsnormerna och efter inkommen redovisning",
							"Samtliga 38 utbetalningar har granskats. Kontrollen är genomförd."),
					org.assertj.core.groups.Tuple.tuple("Kassahantering i simhallen sker med dubbel kontroll vid dagsavslut",
							"Kontrollen har genomförts genom fyra oannonserade besök."));
	}

	/**
	 * Round 227: under a control's heading and its paragraph, "Åtgärder:" over a list of measures: the control's
	 * measures, not a block of its own whose items name controls.
	 */
	@Test
	void readsAListOfMeasuresUnderAControlsParagraphAsItsMeasures() {
		SheetReading reading = reader.readProse(new RawSheet("Dokumentets text", false, SheetRows.of(List.of(
				new RawRow(1, List.of(RawCell.of(0, "Attest av leverantörsfakturor enligt attestordningen"))),
				new RawRow(2, List.of(RawCell.of(0, "Kontrollen har genomförts genom stickprov av 20 fakturor."))),
				new RawRow(3, List.of(RawCell.of(0, "Handläggningstid för utredningar enligt 11 kap. 2 § SoL"))),
				new RawRow(4, List.of(RawCell.of(0, "Samtliga 46 utredningar har granskats. I fem fall överskreds tiden."))),
				new RawRow(5, List.of(RawCell.of(0, "Åtgärder:"))),
				new RawRow(6, List.of(RawCell.of(0, "bevakning av utredningstid läggs in i verksamhetssystemet,"))),
				new RawRow(7, List.of(RawCell.of(0, "enhetschef går igenom pågående utredningar varannan vecka."))))),
				List.of(), Set.of(), List.of(), CellNotes.NONE, Set.of(6, 7)), Legend.NONE);

		assertThat(reading.controls()).extracting(c -> c.value(Field.KONTROLLMOMENT), c -> c.value(Field.ATGARD))
			.containsExactly(org.assertj.core.groups.Tuple.tuple("Attest av leverantörsfakturor enligt attestordningen", ""),
					org.assertj.core.groups.Tuple.tuple("Handläggningstid för utredningar enligt 11 kap. 2 § SoL",
							"bevakning av utredningstid läggs in i verksamhetssystemet,\nenhetschef går igenom pågående "
									+ "utredningar varannan vecka."));
	}

	/** Round 221: a mail listing its controls "1. Kontrollmoment: …", each with "Status:" and "Kommentar:" lines. */
	@Test
	void readsALabelNumberedAsAListsItem() {
		SheetReading reading = reader.readProse(Rows.sheet()
			.row("Valnämnden har ingen egen mall för uppföljningen så jag skickar den direkt i mejlet.")
			.row("1. Kontrollmoment: Uppdatering av förteckning över vallokaler och röstningslokaler")
			.row("Status: Genomförd")
			.row("Kommentar: Samtliga 14 lokaler besöktes i maj.")
			.row("2. Kontrollmoment: Register över tidigare röstmottagare är gallrat enligt dataskyddsförordningen")
			.row("Status: Pågår")
			.build(), Legend.NONE);

		assertThat(reading.controls()).extracting(c -> c.value(Field.KONTROLLMOMENT), c -> c.value(Field.STATUS))
			.containsExactly(
					org.assertj.core.groups.Tuple.tuple(
							"Uppdatering av förteckning över vallokaler och röstningslokaler", "Genomförd"),
					org.assertj.core.groups.Tuple.tuple(
							"Register över tidigare röstmottagare är gallrat enligt dataskyddsförordningen", "Pågår"));
	}

	/**
	 * Rounds 220 and 200: under each control's heading a paragraph per period, "T1: …", "T2: …", "Helår: …"; each is
	 * the control's report for its period, not a control of its own nor a heading.
	 */
	@Test
	void readsParagraphsLedByAPeriodUnderAControlsHeadingAsItsReportPerPeriod() {
		SheetReading reading = reader.readProse(Rows.sheet()
			.row("Uppföljning av internkontrollplan 2025")
			.row("1. Kontroll av att tillsynsbesök genomförs enligt tillsynsplanen")
			.row("T1: 18 av 30 planerade tillsyner genomförda.")
			.row("Helår: Kontrollen genomförd. 88 av 90 tillsyner gjordes; två skjuts till januari 2026.")
			.row("2. Fakturering av tillsyn och brandskyddskontroll")
			.row("T1: Ej påbörjad.")
			.row("Helår: Genomförd, inga avvikelser.")
			.build(), Legend.NONE);

		assertThat(reading.controls()).extracting(c -> c.value(Field.KONTROLLMOMENT), c -> c.value(Field.RESULTAT))
			.containsExactly(
					org.assertj.core.groups.Tuple.tuple("1. Kontroll av att tillsynsbesök genomförs enligt tillsynsplanen",
							"T1: 18 av 30 planerade tillsyner genomförda.\nHelår: Kontrollen genomförd. 88 av 90 "
									+ "tillsyner gjordes; två skjuts till januari 2026."),
					org.assertj.core.groups.Tuple.tuple("2. Fakturering av tillsyn och brandskyddskontroll",
							"T1: Ej påbörjad.\nHelår: Genomförd, inga avvikelser."));
		assertThat(reading.titles()).noneMatch(t -> t.startsWith("T1:") || t.startsWith("Helår:"));
	}

	/**
	 * Round 137: a letter numbering its controls "1", "2" … with "1.1 Metod:" and "1.3 Bedömning:" lines under each;
	 * the first control's heading is too short to name one on its own, the closing assessment names none.
	 */
	@Test
	void readsAShortHeadingNumberedAsTheControlsAroundItAsAControlWhenItsLinesReport() {
		SheetReading reading = reader.readProse(Rows.sheet()
			.row("Uppföljning av internkontrollplan 2025 – helår")
			.row("1\tAttest av leverantörsfakturor")
			.row("1.1\tMetod: Stickprov av 25 leverantörsfakturor i oktober.")
			.row("1.2\tBedömning: Genomförd. Avvikelse noterad.")
			.row("2\tKassahantering i simhallen och på biblioteket")
			.row("2.1\tBedömning: Genomförd utan anmärkning.")
			.row("3\tFöreningsbidrag betalas ut enligt beslut och gällande bidragsregler")
			.row("3.1\tBedömning: Delvis genomförd.")
			.row("4\tSammanfattande bedömning")
			.row("4.1\tFörvaltningen bedömer att den interna kontrollen i huvudsak har varit tillräcklig.")
			.build(), Legend.NONE);

		assertThat(reading.controls()).extracting(c -> c.value(Field.KONTROLLMOMENT))
			.containsExactly("1\tAttest av leverantörsfakturor", "2\tKassahantering i simhallen och på biblioteket",
					"3\tFöreningsbidrag betalas ut enligt beslut och gällande bidragsregler");
	}

	/**
	 * Round 174: a report in prose whose first control's heading is short and reported on in words of its own, and
	 * one heading with nothing under it: both are controls, numbered as the others.
	 */
	@Test
	void readsHeadingsNumberedInSequenceWithTheControlsAsControlsThoughShortOrWithNothingUnder() {
		SheetReading reading = reader.readProse(Rows.sheet()
			.row("Uppföljning av internkontrollplan 2025")
			.row("1. Attest av fakturor")
			.row("Ekonomienheten har under maj gjort stickprov på 40 leverantörsfakturor. Inga avvikelser noterades.")
			.row("2. Avgifter för hemtjänst och särskilt boende debiteras enligt beslut och taxa")
			.row("Kontrollen är genomförd för 30 slumpvis utvalda brukare.")
			.row("3. Schemaläggning och bemanning i Time Care")
			.row("4. Rapporter enligt lex Sarah utreds och anmäls")
			.row("Samtliga 14 rapporter under perioden har utretts. Kontrollen är genomförd.")
			.row("Sammanfattande bedömning")
			.row("Förvaltningen bedömer att den interna kontrollen i huvudsak är tillräcklig.")
			.build(), Legend.NONE);

		assertThat(reading.controls()).extracting(c -> c.value(Field.KONTROLLMOMENT), c -> c.value(Field.RESULTAT))
			.containsExactly(
					org.assertj.core.groups.Tuple.tuple("1. Attest av fakturor", "Ekonomienheten har under maj gjort "
							+ "stickprov på 40 leverantörsfakturor. Inga avvikelser noterades."),
					org.assertj.core.groups.Tuple.tuple(
							"2. Avgifter för hemtjänst och särskilt boende debiteras enligt beslut och taxa",
							"Kontrollen är genomförd för 30 slumpvis utvalda brukare."),
					org.assertj.core.groups.Tuple.tuple("3. Schemaläggning och bemanning i Time Care", ""),
					org.assertj.core.groups.Tuple.tuple("4. Rapporter enligt lex Sarah utreds och anmäls",
							"Samtliga 14 rapporter under perioden har utretts. Kontrollen är genomförd."));
	}

	@Test
	void readsNoControlsFromHeadingsAndProseOfASheetThatIsNotAWholeReport() {
		SheetReading reading = reader.read(Rows.sheet()
			.row("Instruktion – uppföljning av internkontrollplan")
			.row("Fyll i en rad per kontrollmoment enligt nämndens antagna internkontrollplan.")
			.row("Utgår – kontrollmomentet har tagits bort ur planen genom beslut")
			.row("Avvikelse anges Ja om kontrollen visat brister. Beskriv i så fall vad som hittats.")
			.build(), Legend.NONE);

		assertThat(reading.controls()).isEmpty();
	}

	/** A checklist: each control a numbered line, then its answer boxes on a line of their own. */
	@Test
	void takesALineOfAnswerBoxesUnderANumberedControlForItsStatus() {
		SheetReading reading = reader.readProse(Rows.sheet()
			.row("CHECKLISTA – INTERNKONTROLL TEKNISKA FÖRVALTNINGEN")
			.row("1. Egenkontroll av dricksvatten vid vattenverket enligt provtagningsprogram")
			.row("☒ Genomförd    ☐ Delvis    ☐ Ej genomförd")
			.row("Avvikelse:  ☐ Ja   ☒ Nej")
			.row("Notering:")
			.row("2. Snöröjningsentreprenörernas fakturor kontrolleras mot körjournaler")
			.row("☐ Genomförd    ☒ Delvis    ☐ Ej genomförd")
			.row("Avvikelse:  ☒ Ja   ☐ Nej")
			.row("Notering: Två fakturor avvek från körjournal.")
			.build(), Legend.NONE);
		assertThat(reading.controls()).extracting(c -> c.value(Field.KONTROLLMOMENT), c -> c.value(Field.STATUS))
			.containsExactly(
					org.assertj.core.groups.Tuple.tuple(
							"1. Egenkontroll av dricksvatten vid vattenverket enligt provtagningsprogram",
							"☒ Genomförd    ☐ Delvis    ☐ Ej genomförd"),
					org.assertj.core.groups.Tuple.tuple(
							"2. Snöröjningsentreprenörernas fakturor kontrolleras mot körjournaler",
							"☐ Genomförd    ☒ Delvis    ☐ Ej genomförd"));
	}

	/**
	 * Rounds 38 and 47: a control whose "Status:" stands inside its paragraph, one whose "Status:" was left blank, and
	 * the assessment and closing lines after the last control, which report on none.
	 */
	@Test
	void readsEveryHeadingOfAStatusReportAndEndsTheLastControlAtTheClosingLines() {
		SheetReading reading = reader.readProse(Rows.sheet()
			.row("Uppföljning av internkontrollplan 2025 – delår")
			.row("1. Skolskjutsbeslut fattas av rätt delegat enligt delegationsordningen")
			.row("Stickprov på 15 beslut, samtliga fattade av rätt delegat. Status: genomförd.")
			.row("2. Placering i förskola erbjuds inom fyra månader från ansökan")
			.row("Status: pågår, beräknas klar i oktober.")
			.row("3. Specialkost i skolmåltiderna levereras enligt läkarintyg")
			.row("Status:")
			.row("Sammantaget bedömer förvaltningen att den interna kontrollen är tillräcklig.")
			.row("Hör av dig om något är oklart.")
			.build(), Legend.NONE);
		assertThat(reading.controls()).extracting(c -> c.value(Field.KONTROLLMOMENT), c -> c.value(Field.RESULTAT))
			.containsExactly(
					tuple("1. Skolskjutsbeslut fattas av rätt delegat enligt delegationsordningen",
							"Stickprov på 15 beslut, samtliga fattade av rätt delegat. Status: genomförd."),
					tuple("2. Placering i förskola erbjuds inom fyra månader från ansökan", ""),
					tuple("3. Specialkost i skolmåltiderna levereras enligt läkarintyg", ""));
		assertThat(reading.labelled()).containsEntry(Labels.Kind.BEDOMNING,
				"Sammantaget bedömer förvaltningen att den interna kontrollen är tillräcklig.");
	}

	/** Round 50: each control a paragraph with its status in brackets, a result paragraph under most of them. */
	@Test
	void takesAHeadingWithItsStatusInBracketsForAControlWithOrWithoutAParagraph() {
		SheetReading reading = reader.readProse(Rows.sheet()
			.row("1. Bygglov")
			.row("Kontroll att avgift för bygglov debiteras enligt gällande taxa [Genomförd]")
			.row("Inga avvikelser mot PBL-taxan i de tio granskade besluten.")
			.row("Kontroll av att strandskyddsdispenser skickas till Länsstyrelsen inom en vecka [ ]")
			.row("2. Tillsyn")
			.row("Kontroll av att avloppstillstånd följs upp med slutbesiktning [Se kommentar]")
			.build(), Legend.NONE);
		assertThat(reading.controls()).extracting(c -> c.value(Field.KONTROLLMOMENT)).containsExactly(
				"Kontroll att avgift för bygglov debiteras enligt gällande taxa [Genomförd]",
				"Kontroll av att strandskyddsdispenser skickas till Länsstyrelsen inom en vecka [ ]",
				"Kontroll av att avloppstillstånd följs upp med slutbesiktning [Se kommentar]");
	}

	/** Round 50: the paragraphs around a table of controls, the report's title and who answers for it. */
	@Test
	void takesNoControlFromTheReportsTitleOverTheLineNamingWhoIsResponsible() {
		SheetReading reading = reader.readAroundTables(Rows.sheet()
			.row("Kultur- och fritidsnämnden")
			.row("Uppföljning av internkontrollplan 2025 – tertial 2 (januari–augusti)")
			.row("Ansvarig tjänsteperson: Erik Lundmark, kultur- och fritidschef, 2025-09-08")
			.build(), Legend.NONE);
		assertThat(reading.controls()).isEmpty();
	}

	/** Round 58: each control a heading with a label/value table under it that says how it was checked. */
	@Test
	void takesTheHeadingAboveAFormTableThatNamesOnlyTheMethodForItsControl() {
		se.ikkonsolidering.ingest.RawSheet table = Rows.sheet()
			.row("Process", "Bygglov")
			.row("Kontrollmetod", "Uttag ur ByggR för samtliga beslut")
			.row("Kontroll genomförd (Ja/Delvis/Nej)", "Ja")
			.row("Resultat", "94 % av besluten fattade inom tio veckor.")
			.build();
		SheetReading reading = reader.read(new se.ikkonsolidering.ingest.RawSheet("Tabell 1", false, table.rows(),
				List.of("Handläggningstid bygglov – kontroll att beslut fattas inom lagstadgad tid (10 veckor)")),
				Legend.NONE);
		assertThat(reading.controls()).singleElement().satisfies(c -> {
			assertThat(c.value(Field.KONTROLLMOMENT))
				.isEqualTo("Handläggningstid bygglov – kontroll att beslut fattas inom lagstadgad tid (10 veckor)");
			assertThat(c.row()).isEqualTo(1);
		});
	}

	/** The report's own title, with a paragraph under it, is no control. */
	@Test
	void takesNoControlFromTheReportsTitleInAReportInProseAlone() {
		SheetReading reading = reader.readProse(Rows.sheet()
			.row("Samhällsbyggnadsnämnden – delårsuppföljning av internkontrollplan 2025")
			.row("Denna rapport redovisar läget per den 31 augusti 2025 för de sex kontrollmomenten.")
			.row("Kontroll av att gatu- och parkentreprenader debiteras enligt avtalade priser")
			.row("Kontrollen genomfördes i juni, tidigare än planerat.")
			.row("Kontroll av att färdtjänsttillstånd omprövas när giltighetstiden löper ut")
			.row("Kontrollen planeras till hösten och redovisas i helårsuppföljningen.")
			.build(), Legend.NONE);
		assertThat(reading.controls()).extracting(c -> c.value(Field.KONTROLLMOMENT)).containsExactly(
				"Kontroll av att gatu- och parkentreprenader debiteras enligt avtalade priser",
				"Kontroll av att färdtjänsttillstånd omprövas när giltighetstiden löper ut");
	}

	/** Round 416: a paragraph reporting on a control names whom the control worked with, not who sends the report. */
	@Test
	void keepsAControlsParagraphOutOfTheTitles() {
		SheetReading reading = reader.readProse(Rows.sheet()
			.row("Uppföljning av intern kontroll – andra tertialet 2025")
			.row("Kontroll av att nya ställföreträdare har lämnat utdrag ur belastningsregistret")
			.row("Samtliga 14 nya ställföreträdare har kontrollerats.")
			.row("Rutin för samverkan med socialtjänsten vid behov av god man följs")
			.row("Kontrollmomentet utgår, eftersom rutinen omarbetas tillsammans med socialförvaltningen.")
			.build(), Legend.NONE);
		assertThat(reading.controls()).hasSize(2);
		assertThat(reading.titles()).contains("Uppföljning av intern kontroll – andra tertialet 2025")
			.noneMatch(t -> t.contains("socialförvaltningen"));
	}

	/** Round 430: a mail numbers its controls "control – outcome" with a blank line between them. */
	@Test
	void readsAMailsListSpacedWithBlankLines() {
		SheetReading reading = reader.readProse(Rows.sheet()
			.row("Kontrollmoment och utfall:")
			.row()
			.row("1. Handläggningstid för ansökan om ekonomiskt bistånd – Genomförd. Inga avvikelser.")
			.row()
			.row("2. Loggkontroll i verksamhetssystemet Treserva – Ej genomförd, skjuts till 2026.")
			.row()
			.row("3. Placeringar på HVB följer upphandlade avtal – Klar, inga anmärkningar.")
			.build(), Legend.NONE);
		assertThat(reading.controls()).hasSize(3);
	}

	/** Round 426: a form asks "Är kontrollen genomförd?" and "Har avvikelser upptäckts?" and ticks the answers. */
	@Test
	void readsAFormsQuestionsForTheStatusAndTheDeviation() {
		SheetReading reading = reader.read(Rows.sheet()
			.row("Kontrollmoment", "Kontroll av att registerutdrag har uppvisats före anställning")
			.row("Metod", "Stickprov 20 nyanställningar")
			.row("Är kontrollen genomförd?", "☒ Ja     ☐ Delvis     ☐ Nej")
			.row("Har avvikelser upptäckts?", "☐ Ja     ☒ Nej")
			.row("Resultat / kommentar", "Samtliga 20 granskade anställningar hade uppvisat registerutdrag.")
			.build(), Legend.NONE);
		assertThat(reading.controls()).singleElement().satisfies(c -> {
			assertThat(c.value(Field.STATUS)).isEqualTo("☒ Ja     ☐ Delvis     ☐ Nej");
			assertThat(c.value(Field.AVVIKELSE)).isEqualTo("☐ Ja     ☒ Nej");
			assertThat(c.value(Field.RESULTAT)).startsWith("Samtliga 20");
		});
	}

	/** Round 85: a control card, values merged across the sheet, the follow-up under a heading of its own. */
	@Test
	void readsAControlCardWhosePlanAndFollowUpStandUnderHeadingsAsOneControl() {
		SheetReading reading = reader.read(Rows.sheet()
			.row("KONTROLLKORT – INTERN KONTROLL 2025")
			.row("Process", "Myndighetsutövning SoL")
			.row("Kontrollmoment", "Ej verkställda beslut – bistånd enligt SoL verkställs inom tre månader")
			.cells(RawCell.of(0, "Urval/omfattning"), Rows.merged(1, "Samtliga beslut", false, true),
					Rows.merged(3, "Samtliga beslut", false, true))
			.row("Frekvens", "Kvartal")
			.row("UPPFÖLJNING T2 2025")
			.row("Kontroll utförd (datum)", "2025-08-25")
			.row("Status", "Genomförd")
			.row("Resultat / iakttagelser", "Två ej verkställda beslut har rapporterats till IVO.")
			.build(), Legend.NONE);
		assertThat(reading.controls()).singleElement().satisfies(c -> {
			assertThat(c.value(Field.KONTROLLMOMENT))
				.isEqualTo("Ej verkställda beslut – bistånd enligt SoL verkställs inom tre månader");
			assertThat(c.value(Field.STATUS)).contains("Genomförd");
			// The sample planned ("Urval/omfattning") is a detail of the plan, not part of what was found.
			assertThat(c.value(Field.RESULTAT)).isEqualTo("Två ej verkställda beslut har rapporterats till IVO.");
		});
	}

	/** Round 85: the workbook's blank card, its control an example. */
	@Test
	void readsNoControlFromATemplatesExampleCard() {
		SheetReading reading = reader.read(Rows.sheet()
			.row("Process", "(process)")
			.row("Kontrollmoment", "Exempel: Kontroll av att ... (skriv kontrollmomentet här)")
			.row("Status", "")
			.row("Resultat / iakttagelser", "(beskriv resultatet)")
			.build(), Legend.NONE);
		assertThat(reading.controls()).isEmpty();
	}

	/** Round 83: the first control's paragraph says no status word, the others' "Status:" lines do; all are "N.N". */
	@Test
	void takesAHeadingNumberedAsTheControlsOfTheBlocksForAControlThoughItsParagraphStatesNoStatus() {
		SheetReading reading = reader.readProse(Rows.sheet()
			.row("Inledning")
			.row("Tekniska nämnden antog internkontrollplanen för 2025 den 12 december 2024.")
			.row("1 Fakturahantering")
			.row("1.1 Leverantörsfakturor attesteras av behörig attestant")
			.row("Stickprov på 30 fakturor ur Proceedo för perioden januari–juni. Samtliga var attesterade.")
			.row("2 Inköp och upphandling")
			.row("2.1 Avtalstrohet – entreprenadtjänster köps mot ramavtal")
			.row("Status: Delvis genomförd. Inköpen under maj och juni har granskats.")
			.row("2.2 Direktupphandlingar över 100 tkr dokumenteras")
			.row("Status: Ej påbörjad.")
			.build(), Legend.NONE);
		assertThat(reading.controls()).extracting(c -> c.value(Field.KONTROLLMOMENT)).containsExactly(
				"1.1 Leverantörsfakturor attesteras av behörig attestant",
				"2.1 Avtalstrohet – entreprenadtjänster köps mot ramavtal", "2.2 Direktupphandlingar över 100 tkr dokumenteras");
	}

	/** Round 158: after the last "Status:" line, a heading whose paragraph opens with what became of it ("Ok, …"). */
	@Test
	void takesTheLastHeadingForAControlWhenItsParagraphOpensWithAStatusWord() {
		SheetReading reading = reader.readProse(Rows.sheet()
			.row("Uppföljning av internkontrollplan 2025 – delårsrapport per 31 augusti")
			.row("1. Att utbetalning av ekonomiskt bistånd sker efter beslut och attest")
			.row("Metod: stickprov 25 utbetalningar per månad. Samtliga hade beslut. Status: G.")
			.row("2. Att utredningar inom barn och unga avslutas inom fyra månader")
			.row("Uppföljt för jan–jun: 6 av 41 utredningar överskred fyra månader. Status: DG.")
			.row("3. Att familjehem har aktuella utdrag ur belastningsregistret")
			.row("Status:")
			.row("Kommentar:")
			.row("4. Att kostnader för köpt vård stäms av mot beslut varje månad")
			.row("Ok, inga fel. Avstämning görs månadsvis av controller, kontrollerat jan–aug.")
			.build(), new Legend(java.util.Map.of("g", "genomförd", "dg", "delvis genomförd"), java.util.Map.of(),
					java.util.Set.of(), "Dokumentets text"));
		assertThat(reading.controls()).extracting(c -> c.value(Field.KONTROLLMOMENT)).containsExactly(
				"1. Att utbetalning av ekonomiskt bistånd sker efter beslut och attest",
				"2. Att utredningar inom barn och unga avslutas inom fyra månader",
				"3. Att familjehem har aktuella utdrag ur belastningsregistret",
				"4. Att kostnader för köpt vård stäms av mot beslut varje månad");
	}

	/** Round 82: a verksamhetsberättelse's title names its period and year, not a control. */
	@Test
	void takesNoControlFromATitleNamingTheReportsPeriodAndYear() {
		SheetReading reading = reader.readProse(Rows.sheet()
			.row("Verksamhetsberättelse 2025 – Kulturnämnden")
			.row("Utdrag: avsnitt 6. Övriga avsnitt (ekonomi, måluppfyllelse, personal) lämnas separat.")
			.row("6.1 Kontroll av bidragsgivning till kulturföreningar – återrapportering av verksamhetsbidrag")
			.row("Kontrollen har genomförts. Av 64 föreningar hade fem inte lämnat återrapport i tid.")
			.row("6.2 Kontanthantering i museibutiker och entréer")
			.row("Oanmälda kassainventeringar har gjorts vid tre tillfällen. Inga differenser noterades.")
			.build(), Legend.NONE);
		assertThat(reading.controls()).extracting(c -> c.value(Field.KONTROLLMOMENT)).containsExactly(
				"6.1 Kontroll av bidragsgivning till kulturföreningar – återrapportering av verksamhetsbidrag",
				"6.2 Kontanthantering i museibutiker och entréer");
	}

	/** A memo: the control as a line of its own, a paragraph about it, then "Metod: / Status:" lines. */
	@Test
	void takesTheHeadingAboveAParagraphAndAStatusLineForTheControlAndTheParagraphForPartOfItsResult() {
		SheetReading reading = reader.readProse(Rows.sheet()
			.row("Uppföljning av internkontrollplan 2025 – helår")
			.row("Socialnämnden antog i december 2024 en internkontrollplan med sju kontrollmoment.")
			.row("Kontroll av att utbetalningar av ekonomiskt bistånd överensstämmer med fattade beslut")
			.row("Kontrollen gjordes av två handläggare som inte handlagt ärendena.")
			.row("Metod: stickprov på 25 utbetalningar i oktober")
			.row("Status: Genomförd")
			.row("Kontroll av att orosanmälningar förhandsbedöms inom 14 dagar")
			.row("Status: Delvis genomförd")
			.build(), Legend.NONE);

		assertThat(reading.controls()).extracting(c -> c.value(Field.KONTROLLMOMENT), c -> c.value(Field.STATUS),
				c -> c.value(Field.RESULTAT))
			.containsExactly(
					org.assertj.core.groups.Tuple.tuple(
							"Kontroll av att utbetalningar av ekonomiskt bistånd överensstämmer med fattade beslut",
							"Genomförd", "Kontrollen gjordes av två handläggare som inte handlagt ärendena.\n"
									+ "Metod: stickprov på 25 utbetalningar i oktober"),
					org.assertj.core.groups.Tuple.tuple("Kontroll av att orosanmälningar förhandsbedöms inom 14 dagar",
							"Delvis genomförd", ""));
	}

	/** One small table per control, copied from last year's: "| 2024 | 2025" over the values, in either order. */
	@Test
	void readsAValuePerYearUnderARowOfYearHeadings() {
		SheetReading reading = reader.read(Rows.sheet()
			.cells(RawCell.of(0, "Kontrollmoment"), merged(1, "Loggkontroll av åtkomst till journaler", false, true),
					merged(2, "Loggkontroll av åtkomst till journaler", false, true))
			.cells(RawCell.of(0, "Metod"), merged(1, "Slumpvis loggkontroll", false, true),
					merged(2, "Slumpvis loggkontroll", false, true))
			.row(null, "2025", "2024")
			.row("Resultat", "Ingen loggkontroll har genomförts under året.", "Tio loggar kontrollerade.")
			.row("Bedömning", "EG", "G")
			.build(), Legend.NONE);
		assertThat(reading.controls()).singleElement().satisfies(c -> {
			assertThat(c.value(Field.KONTROLLMOMENT)).isEqualTo("Loggkontroll av åtkomst till journaler");
			assertThat(c.value(Field.STATUS)).isEqualTo("2025: EG\n2024: G");
		});
	}

	/**
	 * Round 238: a report whose labels stand on lines of their own over their paragraphs ("Resultat" / "Stickprov på
	 * 25 …"), as a Word report's subheadings do: the label and its paragraph are one labelled line.
	 */
	@Test
	void readsALabelStandingAboveItsParagraphAsOneLabelledLine() {
		SheetReading reading = reader.readProse(Rows.sheet()
			.row("Redovisning per kontrollmoment")
			.row("Registerutdrag från belastningsregistret har uppvisats vid nyanställning")
			.row("Resultat")
			.row("Stickprov på 25 nyanställningar. I 2 fall saknades dokumentation.")
			.row("Bedömning")
			.row("Kontrollen är genomförd.")
			.row("Avgifter i förskola och fritidshem debiteras enligt maxtaxa")
			.row("Resultat")
			.row("30 fakturor granskade utan fel.")
			.row("Bedömning")
			.row("Genomförd.")
			.build(), Legend.NONE);

		assertThat(reading.controls())
			.extracting(c -> c.value(Field.KONTROLLMOMENT), c -> c.value(Field.RESULTAT), c -> c.value(Field.STATUS))
			.containsExactly(
					tuple("Registerutdrag från belastningsregistret har uppvisats vid nyanställning",
							"Stickprov på 25 nyanställningar. I 2 fall saknades dokumentation.", "Kontrollen är genomförd."),
					tuple("Avgifter i förskola och fritidshem debiteras enligt maxtaxa", "30 fakturor granskade utan fel.",
							"Genomförd."));
	}

	/**
	 * Round 238: "Bedömning" over the nämnd's assessment of its whole internal control, after the last control: the
	 * assessment, not the last control's status.
	 */
	@Test
	void leavesTheAssessmentOfTheWholeUnderALabelAfterTheLastControlOutOfIt() {
		SheetReading reading = reader.readProse(Rows.sheet()
			.row("Attest av leverantörsfakturor enligt attestordningen")
			.row("Status: Genomförd")
			.row("Avgifter i förskola och fritidshem debiteras enligt maxtaxa")
			.row("Status: Ej genomförd")
			.row("Bedömning")
			.row("Förvaltningen bedömer att den interna kontrollen i huvudsak är tillräcklig.")
			.build(), Legend.NONE);

		assertThat(reading.controls()).hasSize(2)
			.allSatisfy(c -> assertThat(String.join(" ", c.values().values())).doesNotContain("interna kontrollen"));
	}

	/**
	 * Round 238: "Personal · Ansvarig: HR-konsult · Metod: stickprov" under a control's heading: labelled pairs in one
	 * line, the process before them; the heading stays the kontrollmoment.
	 */
	@Test
	void readsLabelledPairsPartedByDotsInOneLineUnderAControlsHeading() {
		SheetReading reading = reader.readProse(Rows.sheet()
			.row("Registerutdrag från belastningsregistret har uppvisats vid nyanställning")
			.row("Personal · Ansvarig: HR-konsult · Metod: stickprov")
			.row("Resultat: I 2 fall av 25 saknades dokumentation.")
			.row("Avgifter i förskola och fritidshem debiteras enligt maxtaxa")
			.row("Ekonomi · Ansvarig: avgiftshandläggare · Metod: stickprov 30 fakturor")
			.row("Resultat: Inga fel.")
			.build(), Legend.NONE);

		assertThat(reading.controls())
			.extracting(c -> c.value(Field.KONTROLLMOMENT), c -> c.value(Field.PROCESS), c -> c.value(Field.ANSVARIG))
			.containsExactly(
					tuple("Registerutdrag från belastningsregistret har uppvisats vid nyanställning", "Personal", "HR-konsult"),
					tuple("Avgifter i förskola och fritidshem debiteras enligt maxtaxa", "Ekonomi", "avgiftshandläggare"));
	}

	/**
	 * Round 233: an instructions sheet headed "Så här fyller du i uppföljningen", with "Avvikelse: Ja om …" among its
	 * lines: how to fill in the template, no control.
	 */
	@Test
	void readsNoControlFromHowToFillInTheTemplate() {
		SheetReading reading = reader.read(Rows.sheet()
			.row("Så här fyller du i uppföljningen")
			.row()
			.row("Fliken Uppföljning: välj status i rullistan (Genomförd / Delvis genomförd / Ej genomförd).")
			.row("Kontrollområde fylls i automatiskt från planen. Hela kontrollmomentet finns på fliken Plan.")
			.row("Avvikelse: Ja om kontrollen visat brister. Beskriv åtgärd och när den ska vara klar.")
			.row("Frågor: Lena Borg, kvalitetsstrateg, ankn. 4417.")
			.build(), Legend.NONE);

		assertThat(reading.controls()).isEmpty();
	}

	/** Round 235: an English report's title over its line of status words names no control. */
	@Test
	void takesNoEnglishReportTitleForAControl() {
		SheetReading reading = reader.readProse(Rows.sheet()
			.row("Internal control – follow-up report 2025")
			.row("Status: Completed / Partly / Not started / Cancelled. Outcome = resultat av kontrollen.")
			.build(), Legend.NONE);
		assertThat(reading.controls()).isEmpty();
	}
}
