package se.ikkonsolidering.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static se.ikkonsolidering.layout.Rows.filled;

import org.junit.jupiter.api.Test;

/** Rows under the header that are not controls are told apart by what they hold. */
class RowClassifierTests {

	private final SheetReader reader = StatusWordsForTests.reader();

	@Test
	void skipsTotalsAndSignatureLinesBelowTheTable() {
		SheetReading reading = reader.read(Rows.sheet()
			.row("Nr", "Kontrollmoment", "Status")
			.row("1", "Attest av leverantörsfakturor", "Genomförd")
			.row("2", "Behörigheter i ekonomisystemet", "Ej genomförd")
			.row(null, "Summa", "2")
			.row("Antal genomförda: 1 av 2")
			.row()
			.row("Åsby 2026-01-22")
			.row("Sammanställt av: Lena Ek, controller")
			.build(), Legend.NONE);
		assertThat(reading.controls()).extracting(c -> c.value(Field.KONTROLLMOMENT))
			.containsExactly("Attest av leverantörsfakturor", "Behörigheter i ekonomisystemet");
		assertThat(reading.tally().count(RowTally.Kind.SUMMA)).isEqualTo(2);
		assertThat(reading.tally().count(RowTally.Kind.SIGNATUR)).isEqualTo(1);
		assertThat(reading.tally().count(RowTally.Kind.NOT)).isEqualTo(1);
	}

	@Test
	void takesAnInstructionBelowTheTableForANoteNotAControl() {
		SheetReading reading = reader.read(Rows.sheet()
			.row("Kontrollmoment", "Genomförd", "Delvis", "Ej genomförd", "Kommentar")
			.row("Granskning av årsräkningar", "X", null, null, "Två anmärkningar.")
			.row("Kontroll av att nya ställföreträdare har lämplighetsprövats", "X")
			.row()
			.row("Markera med X i rätt kolumn.")
			.build(), Legend.NONE);
		assertThat(reading.controls()).extracting(c -> c.value(Field.KONTROLLMOMENT))
			.containsExactly("Granskning av årsräkningar", "Kontroll av att nya ställföreträdare har lämplighetsprövats");
		assertThat(reading.tally().count(RowTally.Kind.NOT)).isEqualTo(1);
	}

	@Test
	void takesASummaryBlockWithItsCountsInTheControlsColumnForTotals() {
		SheetReading reading = reader.read(Rows.sheet()
			.row("Nr", "Process", "Risk", "Kontrollmoment", "Status")
			.row("4.3", "Krisberedskap", "Bristande förmåga vid kris", "Kontroll att krisledningsplanen är reviderad",
					"Genomförd")
			.row()
			.row("Sammanställning")
			.row(null, "Genomförd (inkl. med anmärkning)", null, "6")
			.row(null, "Delvis/pågående", null, "2")
			.row(null, "Summa kontroller", null, "8")
			.row()
			.row("Justerat av nämndens ordförande 2026-01-28")
			.build(), Legend.NONE);
		assertThat(reading.controls()).extracting(c -> c.value(Field.ID)).containsExactly("4.3");
		assertThat(reading.tally().count(RowTally.Kind.SUMMA)).isEqualTo(3);
		assertThat(reading.tally().count(RowTally.Kind.SIGNATUR)).isEqualTo(1);
	}

	@Test
	void takesAShadedBandAfterTotalsForTheNextGroupOfRows() {
		SheetReading reading = reader.read(Rows.sheet()
			.row("Nämnd / Process", "Kontrollmoment", "Status")
			.cells(filled(0, "Kommunstyrelsen (1)", "DDEBF7"), filled(1, "", "DDEBF7"), filled(2, "", "DDEBF7"))
			.row("Delegering", "Kontroll att delegationsbeslut anmäls", "Genomförd")
			.row("Antal kontrollmoment: 1")
			.cells(filled(0, "Tekniska nämnden (1)", "DDEBF7"), filled(1, "", "DDEBF7"), filled(2, "", "DDEBF7"))
			.row("Fordon", "Kontroll av körjournaler", "Genomförd")
			.build(), Legend.NONE);
		assertThat(reading.controls()).extracting(ControlRow::group)
			.containsExactly("Kommunstyrelsen (1)", "Tekniska nämnden (1)");
	}

	@Test
	void continuesAControlWhoseNextRowStartsWithAOneLetterWord() {
		SheetReading reading = reader.read(Rows.sheet()
			.row("Område", "Vad kontrolleras", "Status")
			.row("Elevhälsa", "Kontroll att åtgärdsprogram upprättas för elever", "Pågår")
			.row(null, "i behov av särskilt stöd (stickprov på tre skolor)")
			.build(), Legend.NONE);
		assertThat(reading.controls()).singleElement().extracting(c -> c.value(Field.KONTROLLMOMENT)).asString()
			.contains("för elever", "i behov av särskilt stöd");
	}

	@Test
	void joinsAControlWhoseTextRunsOverSeveralRowsAsATablePastedFromWord() {
		SheetReading reading = reader.read(Rows.sheet()
			.row("Nr", "Kontrollmoment", "Status")
			.row("6", "Kontinuitetsplan för IT-drift testad – återläsning av backup för", "Delvis")
			.row(null, "kritiska system (ekonomi, lön, ärendehantering)")
			.row("7", "Krisledningsplan uppdaterad och övad", "Genomförd")
			.build(), Legend.NONE);
		assertThat(reading.controls()).extracting(c -> c.value(Field.KONTROLLMOMENT)).containsExactly(
				"Kontinuitetsplan för IT-drift testad – återläsning av backup för\nkritiska system (ekonomi, lön, ärendehantering)",
				"Krisledningsplan uppdaterad och övad");
	}

	@Test
	void keepsAControlWithoutStatusUnderTheOthersAsAControlOfItsOwn() {
		SheetReading reading = reader.read(Rows.sheet()
			.row("Kontrollmoment", "Genomförd", "Delvis", "Ej genomförd")
			.row("Attest av fakturor", "x", null, null)
			.row("Delegationsbeslut", null, null, null)
			.build(), Legend.NONE);
		assertThat(reading.controls()).hasSize(2);
	}

	@Test
	void readsTheLegendRowsAsLegendNotAsControls() {
		SheetReading reading = reader.read(Rows.sheet()
			.row("Statuskoder: 1 = Genomförd, 2 = Delvis genomförd, 3 = Ej genomförd")
			.row("Nr", "Vad kontrolleras", "Kod")
			.row("1", "Stickprov på 20 utbetalningar per kvartal", "1")
			.row("2", "Kontroll av attest på alla utbetalningar", "3")
			.build(), Legend.NONE);
		assertThat(reading.controls()).hasSize(2);
		assertThat(reading.tally().count(RowTally.Kind.FORKLARING)).isEqualTo(1);
		assertThat(reading.legend()).get().extracting(Legend::tokens).isEqualTo(
				java.util.Map.of("1", "Genomförd", "2", "Delvis genomförd", "3", "Ej genomförd"));
	}

	@Test
	void takesARowNamingTheControlsColumnForHeadingsAndAnExampleRowAndALegendPointerForNoControls() {
		SheetReading reading = reader.read(Rows.sheet()
			.row("Nr", "Kontrollmoment", "Status", "Kommentar")
			.row("Ex", "Exempel: Kontroll av att närvarolistor sparas i två år", "1", "Exempelrad")
			.row("1", "Attest av leverantörsfakturor", "Genomförd", "Stickprov 20 fakturor.")
			.row(null, "Kontrollmoment", "Status", "Kommentar")
			.row("2", "Behörigheter i ekonomisystemet", "Ej genomförd")
			.row()
			.row("Statuskoder: se fliken Förklaring")
			.build(), Legend.NONE);
		assertThat(reading.controls()).extracting(c -> c.value(Field.KONTROLLMOMENT))
			.containsExactly("Attest av leverantörsfakturor", "Behörigheter i ekonomisystemet");
		assertThat(reading.tally().count(RowTally.Kind.FORKLARING)).isEqualTo(1);
	}

	@Test
	void readsAControlThatBothThePlanAboveAndTheFollowUpBelowListOnceFromTheFollowUp() {
		SheetReading reading = reader.read(Rows.sheet()
			.row("A. Plan 2025")
			.row("Nr", "Process", "Risk", "Kontrollmoment", "Ansvarig")
			.row("1", "Ekonomi", "Felaktiga utbetalningar", "Attest av leverantörsfakturor", "Redovisningschef")
			.row("2", "Personal", "Felaktiga löner", "Löneutbetalningar efter avslut", "HR-chef")
			.row("3", "Arkiv", "Handlingar diarieförs inte", "Diarieföring inom fem dagar", "Registrator")
			.row()
			.row("B. Uppföljning helår 2025")
			.row("Nr", "Kontrollmoment", "Status", "Kommentar")
			.row("1", "Attest av leverantörsfakturor", "Genomförd", "Stickprov 40 fakturor.")
			.row("2", "Löneutbetalningar efter avslut", "Ej genomförd", "Sjukskrivning.")
			.build(), Legend.NONE);
		assertThat(reading.controls()).extracting(ControlRow::row, c -> c.value(Field.KONTROLLMOMENT),
				c -> c.value(Field.PROCESS), c -> c.value(Field.STATUS))
			.containsExactly(org.assertj.core.groups.Tuple.tuple(5, "Diarieföring inom fem dagar", "Arkiv", ""),
					org.assertj.core.groups.Tuple.tuple(9, "Attest av leverantörsfakturor", "Ekonomi", "Genomförd"),
					org.assertj.core.groups.Tuple.tuple(10, "Löneutbetalningar efter avslut", "Personal", "Ej genomförd"));
	}
}
