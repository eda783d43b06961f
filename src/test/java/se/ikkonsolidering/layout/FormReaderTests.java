package se.ikkonsolidering.layout;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

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
}
