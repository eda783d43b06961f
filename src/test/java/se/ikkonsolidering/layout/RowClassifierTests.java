package se.ikkonsolidering.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static se.ikkonsolidering.layout.Rows.filled;
import static se.ikkonsolidering.layout.Rows.merged;

import org.junit.jupiter.api.Test;

import se.ikkonsolidering.ingest.RawCell;

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
		// "Åsby 2026-01-22": where and when it was signed.
		assertThat(reading.tally().count(RowTally.Kind.SIGNATUR)).isEqualTo(2);
		assertThat(reading.tally().count(RowTally.Kind.NOT)).isZero();
	}

	/** Round 451: who answers for the compilation, named under the table, signs it. */
	@Test
	void takesTheOneAnsweringForTheCompilationUnderTheTableForNoControl() {
		SheetReading reading = reader.read(Rows.sheet()
			.row("Kontrollmoment", "Ansvarig", "Status")
			.row("Felanmälningar åtgärdas inom utlovad tid", "Driftchef", "Genomförd")
			.row()
			.row("Ansvarig för sammanställning: Per Olsson, teknisk chef")
			.build(), Legend.NONE);
		assertThat(reading.controls()).extracting(c -> c.value(Field.KONTROLLMOMENT))
			.containsExactly("Felanmälningar åtgärdas inom utlovad tid");
		assertThat(reading.tally().count(RowTally.Kind.SIGNATUR)).isEqualTo(1);
	}

	/**
	 * Round 451: "1.1 Stickprov 1 – …" under "1 Attest av leverantörsfakturor", with an answer but no status of its
	 * own: a sample the control was checked on, no control; a sub-number with a status of its own stays a control.
	 */
	@Test
	void readsTheNumberedSamplesUnderAControlAsItsPoints() {
		SheetReading reading = reader.read(Rows.sheet()
			.row("Nr", "Kontrollmoment / stickprov", "Resultat", "Status")
			.row("1", "Attest av leverantörsfakturor enligt attestordningen", "4 av 5 utan anmärkning",
					"Genomförd med anmärkning")
			.row("1.1", "Stickprov 1 – lev.faktura 25-03112", "Utan anmärkning")
			.row("1.2", "Verifikationer 5–7 (april–maj)", "Anmärkning")
			.row("2", "Representation redovisas med syfte och deltagare", "10 av 10 utan anmärkning", "Genomförd")
			.build(), Legend.NONE);
		assertThat(reading.controls()).extracting(c -> c.value(Field.KONTROLLMOMENT), c -> c.value(Field.STATUS),
				c -> c.value(Field.RESULTAT))
			.containsExactly(tuple("Attest av leverantörsfakturor enligt attestordningen", "Genomförd med anmärkning",
					"4 av 5 utan anmärkning"),
					tuple("Representation redovisas med syfte och deltagare", "Genomförd", "10 av 10 utan anmärkning"));
		assertThat(reading.controls().get(0).points()).hasSize(2);
	}

	/** Round 268: a dated line alone under the table, after a blank row, tells when the report was checked. */
	@Test
	void takesADatedLineAloneBelowTheTableForNoControl() {
		SheetReading reading = reader.read(Rows.sheet()
			.row("Kontrollmoment", "Metod", "Ansvarig", "Status")
			.row("Jäv anmäls och hanteras i tillsynsärenden", "Ärendegranskning 15 ärenden", "Miljöchef", "Genomförd")
			.row("Inkommande handlingar diarieförs inom två arbetsdagar", "Stickprov", "Registrator", "Delvis")
			.row()
			.row("Avstämd med förvaltningsledningen 2026-01-20")
			.build(), Legend.NONE);
		assertThat(reading.controls()).extracting(c -> c.value(Field.KONTROLLMOMENT))
			.containsExactly("Jäv anmäls och hanteras i tillsynsärenden",
					"Inkommande handlingar diarieförs inom två arbetsdagar");
		assertThat(reading.tally().count(RowTally.Kind.SIGNATUR)).isEqualTo(1);
	}

	/** Round 276: the signature's label names what was signed before who signed it. */
	@Test
	void takesALabelNamingWhatWasCompiledByWhomForASignature() {
		SheetReading reading = reader.read(Rows.sheet()
			.row("Nr", "Kontrollmoment", "Status", "Resultat / kommentar")
			.row("4.1", "Kontroll av att delegationsbeslut anmäls till kommunstyrelsen", "Genomförd",
					"Samtliga 41 beslut.")
			.row()
			.row("Uppföljningen sammanställd av:", null, "Maria Ekdahl, 2025-09-12")
			.build(), Legend.NONE);
		assertThat(reading.controls()).extracting(c -> c.value(Field.KONTROLLMOMENT))
			.containsExactly("Kontroll av att delegationsbeslut anmäls till kommunstyrelsen");
		assertThat(reading.tally().count(RowTally.Kind.SIGNATUR)).isEqualTo(1);
	}

	/** Round 71: who answers for the report, under the table and its legend, in the controls' column. */
	@Test
	void takesALabelledResponsibleLineBelowTheTableForNoControl() {
		SheetReading reading = reader.read(Rows.sheet()
			.row("Kontrollmoment", "Metod", "Status", "Kommentar")
			.row("Kontroll av hyresavisering mot hyreskontrakt", "Stickprov", "2", "Två hyror rättade.")
			.row("Kontroll av nyckelkvittenser vid in- och utflyttning", "Stickprov", "3", null)
			.row("Kontroll av att depositioner återbetalas vid avflyttning", "Urval", "1", "Inga avvikelser.")
			.row()
			.row("Statuskoder:")
			.row("1 = Genomförd utan avvikelse")
			.row("2 = Genomförd med avvikelse")
			.row("3 = Påbörjad")
			.row()
			.row("Ansvarig: Camilla Sandström, ekonomichef")
			.build(), Legend.NONE);
		assertThat(reading.controls()).extracting(c -> c.value(Field.KONTROLLMOMENT))
			.containsExactly("Kontroll av hyresavisering mot hyreskontrakt",
					"Kontroll av nyckelkvittenser vid in- och utflyttning",
					"Kontroll av att depositioner återbetalas vid avflyttning");
	}

	/** Round 56: a text export draws a line of dashes under its header. */
	@Test
	void takesALineOfDashesUnderTheHeaderForNoControl() {
		SheetReading reading = reader.read(Rows.sheet()
			.row("Nämnd", "Kontrollmoment", "Status")
			.row("-----------", "------------------------------", "--------")
			.row("Kultur- och fritidsnämnden", "Kontroll att föreningsbidrag betalats ut enligt beslut", "Genomförd")
			.build(), Legend.NONE);
		assertThat(reading.controls()).extracting(c -> c.value(Field.KONTROLLMOMENT))
			.containsExactly("Kontroll att föreningsbidrag betalats ut enligt beslut");
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

	/** Round 101: a report printed to text wraps a control's last word, or its closing bracket, onto a line of its own. */
	@Test
	void continuesAControlWhoseWrappedLineIsOneLowerCaseWord() {
		SheetReading reading = reader.read(Rows.sheet()
			.row("Kontrollmoment", "Ansvarig", "Status Delår", "Kommentar")
			.row("Bygglovsbeslut fattas inom", "Bygglovschef", "Klar m. anm.", "3 av 60 ärenden överskred tiden;")
			.row("lagstadgad handläggningstid (tio", null, null, "avgiften reducerades enligt PBL 12 kap.")
			.row("veckor)", null, null, "8 a §.")
			.row("Dubbel attest av fakturor över 100", "Controller", "Klar")
			.row("tkr")
			.build(), Legend.NONE);
		assertThat(reading.controls()).extracting(c -> c.value(Field.KONTROLLMOMENT).replace("\n", " "))
			.containsExactly("Bygglovsbeslut fattas inom lagstadgad handläggningstid (tio veckor)",
					"Dubbel attest av fakturor över 100 tkr");
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

	@Test
	void readsOnlyTheRowsAGovernanceSystemsTypeColumnCallsControlsAndItsProcessRowsAsHeadings() {
		SheetReading reading = reader.read(Rows.sheet()
			.row("Namn", "Typ", "Ansvarig", "Status", "Senaste kommentar")
			.row("Bygglov och tillsyn", "Process", "Avdelningschef bygg")
			.row("Stickprov på 15 bygglovsbeslut inom lagstadgad tid", "Kontrollmoment", "Bygglovschef", "Klar",
					"2 av 15 överskred tiden.")
			.row("Ta fram rutin för prioritering av tillsynsärenden", "Åtgärd", "Bygglovschef", "Pågår")
			.row("Ekonomi", "Process", "Controller")
			.row("Attest av leverantörsfakturor, stickprov om 30 fakturor", "Kontrollmoment", "Controller", "Klar")
			.build(), Legend.NONE);
		assertThat(reading.controls()).extracting(c -> c.value(Field.KONTROLLMOMENT), c -> c.value(Field.PROCESS))
			.containsExactly(org.assertj.core.groups.Tuple.tuple("Stickprov på 15 bygglovsbeslut inom lagstadgad tid",
					"Bygglov och tillsyn"),
					org.assertj.core.groups.Tuple.tuple("Attest av leverantörsfakturor, stickprov om 30 fakturor",
							"Ekonomi"));
	}

	/** Round 119: a Stratsys export's "Uppföljning" rows under each control, one per Mätperiod. */
	@Test
	void readsEachOfAGovernanceSystemsReportRowsAsTheControlAboveAsOfItsPeriod() {
		SheetReading reading = reader.read(Rows.sheet()
			.row("Nivå", "Namn", "Ansvarig", "Mätperiod", "Status", "Analys/kommentar")
			.row("Område", "Ekonomi")
			.row("Kontrollmoment", "Kontroll av attest av utbetalningar från nämndens budget", "Enhetschef")
			.row("Uppföljning", "", "", "Tertial 1 2025", "Gul", "Stickprov påbörjat.")
			.row("Uppföljning", "", "", "Delår augusti 2025", "Grön", "25 ärenden kontrollerade.")
			.row("Kontrollmoment", "Kontroll att delegationsbeslut anmäls till nämnden", "Nämndsekreterare", "Delår")
			.row("Uppföljning", "", "", "Delår augusti 2025", "Grå", "Ej aktuell.")
			.build(), Legend.NONE);
		assertThat(reading.controls())
			.extracting(ControlRow::row, ControlRow::lastRow, c -> c.value(Field.KONTROLLMOMENT),
					c -> c.value(Field.PROCESS), c -> c.value(Field.PERIOD), c -> c.value(Field.STATUS))
			.containsExactly(
					org.assertj.core.groups.Tuple.tuple(3, 4, "Kontroll av attest av utbetalningar från nämndens budget", "Ekonomi",
							"Tertial 1 2025", "Gul"),
					org.assertj.core.groups.Tuple.tuple(3, 5, "Kontroll av attest av utbetalningar från nämndens budget", "Ekonomi",
							"Delår augusti 2025", "Grön"),
					org.assertj.core.groups.Tuple.tuple(6, 7, "Kontroll att delegationsbeslut anmäls till nämnden",
							"Ekonomi", "Delår augusti 2025", "Grå"));
	}

	@Test
	void readsTheLaterOfTwoReportRowsWithoutPeriodsAsTheControlsReport() {
		SheetReading reading = reader.read(Rows.sheet()
			.row("Nivå", "Namn", "Ansvarig", "Status", "Kommentar")
			.row("Område", "Ekonomi")
			.row("Kontrollmoment", "Kontroll av attest av utbetalningar från nämndens budget", "Enhetschef")
			.row("Uppföljning", "", "", "Pågår", "Stickprov påbörjat.")
			.row("Uppföljning", "", "", "Genomförd", "25 ärenden kontrollerade.")
			.row("Kontrollmoment", "Kontroll av representation och intern bevärjning", "Controller")
			.build(), Legend.NONE);
		assertThat(reading.controls()).extracting(c -> c.value(Field.KONTROLLMOMENT), c -> c.value(Field.STATUS),
				c -> c.value(Field.RESULTAT))
			.containsExactly(
					org.assertj.core.groups.Tuple.tuple("Kontroll av attest av utbetalningar från nämndens budget", "Genomförd",
							"25 ärenden kontrollerade."),
					org.assertj.core.groups.Tuple.tuple("Kontroll av representation och intern bevärjning", "", ""));
	}

	/** Round 133: a Hypergene report's levels, each name alone on its row, over the controls that report. */
	@Test
	void readsShortNamesAloneOnTheirRowsAboveAReportingControlAsItsProcess() {
		SheetReading reading = reader.read(Rows.sheet()
			.row("Område / Process / Kontrollmoment", "Kontrollmetod", "Ansvarig", "Status")
			.row("Ekonomi")
			.row("Inköp och upphandling")
			.row("Avtalstrohet – stickprov 30 fakturor från förskolor", "Stickprov", "Controller", "Genomförd")
			.row("Direktupphandlingar över 100 tkr dokumenteras", "Genomgång", "Upphandlare", "Delvis")
			.row("Skolskjuts")
			.row("Beslut om skolskjuts fattas enligt delegationsordningen", "Stickprov 20 beslut", "Handläggare")
			.build(), Legend.NONE);
		assertThat(reading.controls()).extracting(c -> c.value(Field.KONTROLLMOMENT), c -> c.value(Field.PROCESS))
			.containsExactly(
					org.assertj.core.groups.Tuple.tuple("Avtalstrohet – stickprov 30 fakturor från förskolor",
							"Inköp och upphandling"),
					org.assertj.core.groups.Tuple.tuple("Direktupphandlingar över 100 tkr dokumenteras",
							"Inköp och upphandling"),
					org.assertj.core.groups.Tuple.tuple("Beslut om skolskjuts fattas enligt delegationsordningen",
							"Skolskjuts"));
		assertThat(reading.tally().describe()).isEqualTo("1 rubrikrad, 3 sektionsrader, 3 kontrollrader");
	}

	@Test
	void keepsAShortControlLeftUnreportedAsAControlWhenItNamesACheck() {
		SheetReading reading = reader.read(Rows.sheet()
			.row("Kontrollmoment", "Ansvarig", "Status")
			.row("Kontroll av jävsdeklarationer")
			.row("Attest av leverantörsfakturor enligt attestordningen", "Controller", "Genomförd")
			.build(), Legend.NONE);
		assertThat(reading.controls()).extracting(c -> c.value(Field.KONTROLLMOMENT))
			.containsExactly("Kontroll av jävsdeklarationer", "Attest av leverantörsfakturor enligt attestordningen");
	}

	@Test
	void keepsShortNamesAsControlsWhenNoControlBelowThemReports() {
		SheetReading reading = reader.read(Rows.sheet()
			.row("Kontrollmoment", "Ansvarig", "Status")
			.row("Representation")
			.row("Löner")
			.row("Delegationsbeslut anmäls till nämnden enligt ordningen")
			.build(), Legend.NONE);
		assertThat(reading.controls()).extracting(c -> c.value(Field.KONTROLLMOMENT))
			.containsExactly("Representation", "Löner", "Delegationsbeslut anmäls till nämnden enligt ordningen");
	}

	/** Round 133: an export's count per nämnd, its nämnd repeated in the first column. */
	@Test
	void readsACountUnderTheControlsBesideTheRepeatedNamndAsATotal() {
		SheetReading reading = reader.read(Rows.sheet()
			.row("Nämnd", "Benämning", "Kontrollansvarig", "Status")
			.row("Tekniska nämnden", "Attest av leverantörsfakturor – jäv och beloppsgränser", "Ekonomichef", "G")
			.row("Tekniska nämnden", "Antal kontrollmoment: 1")
			.build(), Legend.NONE);
		assertThat(reading.controls()).extracting(c -> c.value(Field.KONTROLLMOMENT))
			.containsExactly("Attest av leverantörsfakturor – jäv och beloppsgränser");
	}

	/** Round 93: the nämnd's assessment written under the table, its label in the process column. */
	@Test
	void readsALabelNamingTheAssessmentBesideItsSentenceAsTheAssessmentNotAControl() {
		SheetReading reading = reader.read(Rows.sheet()
			.row("Process", "Risk", "Kontrollmoment", "Resultat / kommentar", "Status")
			.row("Personal", "Olämplig personal", "Kontroll av utdrag ur belastningsregistret", "10 av 10 hade utdrag.",
					"Genomförd")
			.row()
			.row("Nämndens samlade bedömning", "", "Den interna kontrollen bedöms i huvudsak vara tillräcklig.")
			.build(), Legend.NONE);
		assertThat(reading.controls()).extracting(c -> c.value(Field.KONTROLLMOMENT))
			.containsExactly("Kontroll av utdrag ur belastningsregistret");
		assertThat(reading.labelled()).containsEntry(Labels.Kind.BEDOMNING,
				"Den interna kontrollen bedöms i huvudsak vara tillräcklig.");
	}

	/** Round 93: the template's example row, marked only by "Ex." in its number column and "(exempel)" beside it. */
	@Test
	void skipsTheTemplatesExampleRowMarkedInAnotherColumnThanTheControls() {
		SheetReading reading = reader.read(Rows.sheet()
			.row("Id", "Område", "Kontrollmoment", "Ansvarig", "Status helår 2025", "Noteringar")
			.row("Ex.", "(exempel)", "Skriv kontrollmomentet här", "Vem", "På gång", "Fyll i Klar / På gång / Ej klar")
			.row("VO1", "Hemtjänst", "Utförd tid mot beviljad tid i hemtjänsten – stickprov 10 brukare", "Enhetschef",
					"Klar", "2 brukare hade lägre utförd tid.")
			.build(), Legend.NONE);
		assertThat(reading.controls()).extracting(c -> c.value(Field.KONTROLLMOMENT))
			.containsExactly("Utförd tid mot beviljad tid i hemtjänsten – stickprov 10 brukare");
	}

	/** Round 95: a Stratsys tree with each förvaltning's row above its processes and controls. */
	@Test
	void groupsTheRowsBelowATypeColumnsFörvaltningRowAcrossItsProcessRows() {
		SheetReading reading = reader.read(Rows.sheet()
			.row("Namn", "Typ", "Ansvarig", "Status", "Kommentar")
			.row("Samhällsbyggnadsförvaltningen", "Förvaltning")
			.row("Fastighetsförvaltning", "Process")
			.row("Felanmälningar åtgärdas inom utlovad tid", "Kontrollmoment", "Driftchef", "Slutförd", "Uttag ur systemet.")
			.row("Gata och park", "Process")
			.row("Vinterväghållning – körjournaler stäms av mot faktura", "Kontrollmoment", "Gatuchef", "Pågående")
			.row("Miljö- och byggförvaltningen", "Förvaltning")
			.row("Bygglov", "Process")
			.row("Bygglovsbeslut fattas inom lagstadgad handläggningstid", "Kontrollmoment", "Bygglovschef", "Slutförd")
			.build(), Legend.NONE);
		assertThat(reading.controls()).extracting(c -> c.value(Field.PROCESS), ControlRow::group)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("Fastighetsförvaltning", "Samhällsbyggnadsförvaltningen"),
					org.assertj.core.groups.Tuple.tuple("Gata och park", "Samhällsbyggnadsförvaltningen"),
					org.assertj.core.groups.Tuple.tuple("Bygglov", "Miljö- och byggförvaltningen"));
	}

	@Test
	void splitsControlsListedAsLinesOfOneCellBesideAsManyResultLines() {
		SheetReading reading = reader.read(Rows.sheet()
			.row("Process", "Kontrollmoment", "Resultat helår 2025")
			.row("Barn och unga", "Kontroll att förhandsbedömning görs inom 14 dagar\nKontroll att utredningar "
					+ "avslutas inom fyra månader", "Genomförd. 11 av 120 bedömdes sent.\nEj genomförd på grund av vakanser.")
			.row("Ekonomi", "Kontroll att fakturor attesteras av behörig\nattestant enligt attestreglementet",
					"Genomförd.\nInga avvikelser.")
			.build(), Legend.NONE);
		assertThat(reading.controls()).extracting(ControlRow::row, c -> c.value(Field.KONTROLLMOMENT),
				c -> c.value(Field.RESULTAT))
			.containsExactly(
					org.assertj.core.groups.Tuple.tuple(2, "Kontroll att förhandsbedömning görs inom 14 dagar",
							"Genomförd. 11 av 120 bedömdes sent."),
					org.assertj.core.groups.Tuple.tuple(2, "Kontroll att utredningar avslutas inom fyra månader",
							"Ej genomförd på grund av vakanser."),
					org.assertj.core.groups.Tuple.tuple(3,
							"Kontroll att fakturor attesteras av behörig\nattestant enligt attestreglementet",
							"Genomförd.\nInga avvikelser."));
	}

	/** Round 117: controls numbered on one line of a cell, and as many numbered statuses beside them. */
	@Test
	void splitsControlsNumberedOnOneLineBesideAsManyNumberedStatuses() {
		SheetReading reading = reader.read(Rows.sheet()
			.row("Risk", "Kontrollmoment", "Status")
			.row("Kränkande behandling anmäls inte", "1. Kontroll att anmälningar når huvudman inom fem arbetsdagar "
					+ "2. Uppföljning att utredning påbörjats samma vecka som anmälan", "1. Genomförd 2. Delvis")
			.row("Felaktig avgift", "Kontroll att maxtaxa tillämpas enligt 6 kap. 10 § skollagen", "Utgår")
			.build(), Legend.NONE);
		assertThat(reading.controls()).extracting(c -> c.value(Field.KONTROLLMOMENT), c -> c.value(Field.STATUS))
			.containsExactly(
					org.assertj.core.groups.Tuple.tuple("1. Kontroll att anmälningar når huvudman inom fem arbetsdagar",
							"1. Genomförd"),
					org.assertj.core.groups.Tuple.tuple("2. Uppföljning att utredning påbörjats samma vecka som anmälan",
							"2. Delvis"),
					org.assertj.core.groups.Tuple.tuple("Kontroll att maxtaxa tillämpas enligt 6 kap. 10 § skollagen",
							"Utgår"));
	}

	/** Round 119: the status in words, and beside it a column of colours only; a blank word leaves the colour. */
	@Test
	void takesTheColourBesideTheStatusWordsAsTheStatussColour() {
		SheetReading reading = reader.read(Rows.sheet()
			.row("Nr", "Kontrollmoment", "Status", "Bedömning (färg)", "Kommentar")
			.cells(RawCell.of(0, "1"), RawCell.of(1, "Stickprov 20 utbetalningar av ekonomiskt bistånd"),
					RawCell.of(2, "Genomförd"), Rows.filled(3, "", "92D050"), RawCell.of(4, "Inga fel."))
			.cells(RawCell.of(0, "2"), RawCell.of(1, "Kontroll av inkomster via SSBTEK i 15 ärenden"),
					Rows.filled(3, "", "FFFF00"), RawCell.of(4, "3 ärenden där inkomsten inte beaktats."))
			.cells(RawCell.of(0, "3"), RawCell.of(1, "Kontroll att delegationsbeslut anmälts till nämnden"),
					RawCell.of(2, "Ej genomförd"), Rows.filled(3, "", "FF0000"))
			.build(), Legend.NONE);
		assertThat(reading.layout().get().column(Field.STATUSFARG)).contains(3);
		assertThat(reading.controls()).extracting(c -> c.value(Field.STATUS), ControlRow::statusFills)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("Genomförd", java.util.List.of("92D050")),
					org.assertj.core.groups.Tuple.tuple("", java.util.List.of("FFFF00")),
					org.assertj.core.groups.Tuple.tuple("Ej genomförd", java.util.List.of("FF0000")));
	}

	/**
	 * Round 119: a PDF converted back to a sheet, every column wrapped over rows, headings broken over two rows, and
	 * a control going on after the page's footer and the header printed again.
	 */
	@Test
	void readsATableWrappedOverRowsAndPagesAsAPdfConvertedBackPrintsIt() {
		SheetReading reading = reader.read(Rows.sheet()
			.row("Ekeby kommun", null, null, null, "Sida 1 av 2")
			.row("Nr", "Process/", "Kontroll-", "Status", "Kommentar/resultat")
			.row(null, "rutin", "moment", null, null)
			.row("1", "Gatu- och", "Kontroll av VA-", "Delvis", "Fyra av sju avtal")
			.row(null, "parkdrift", "anslutningsavgifter mot taxa", "genomförd", "genomgångna.")
			.row("2", "Inköp", "Avtalstrohet: stickprov 20 inköp", "Genomförd", "20 inköp kontrollerade.")
			.row("Utskrivet 2025-09-11 14:02", null, null, null, "Sida 1 av 2")
			.row("Ekeby kommun", null, null, null, "Sida 2 av 2")
			.row("Nr", "Process/", "Kontroll-", "Status", "Kommentar/resultat")
			.row(null, "rutin", "moment", null, null)
			.row(null, null, "inom drift och underhåll", null, "Tre utan avtal.")
			.row("3", "Fordon", "Kontroll av körjournaler för fordon", "Pågår", "14 av 31 fordon.")
			.build(), Legend.NONE);
		assertThat(reading.controls()).extracting(c -> c.value(Field.PROCESS), c -> c.value(Field.KONTROLLMOMENT),
				c -> c.value(Field.STATUS))
			.containsExactly(
					org.assertj.core.groups.Tuple.tuple("Gatu- och\nparkdrift", "Kontroll av VA-anslutningsavgifter mot taxa",
							"Delvis\ngenomförd"),
					org.assertj.core.groups.Tuple.tuple("Inköp",
							"Avtalstrohet: stickprov 20 inköp\ninom drift och underhåll", "Genomförd"),
					org.assertj.core.groups.Tuple.tuple("Fordon", "Kontroll av körjournaler för fordon", "Pågår"));
	}

	/** Round 117: a PDF converted back to a sheet, each page's header and signature line among the rows. */
	@Test
	void readsNoControlFromAPagesHeaderPrintedAgainOrAPlaceDateAndName() {
		SheetReading reading = reader.read(Rows.sheet()
			.row("Norrfjärdens kommun", null, null, "Sida 1 av 2")
			.row("Samhällsbyggnadsförvaltningen", null, null, "2026-01-26")
			.row("Nr", "Kontrollmoment", "Status", "Resultat")
			.row("1", "Kontroll att leverantörsfakturor attesteras av behörig attestant", "Genomförd", "Inga fel.")
			.row("Norrfjärdens kommun", null, null, "Sida 2 av 2")
			.row("Samhällsbyggnadsförvaltningen", null, null, "2026-01-26")
			.row("2", "Kontroll av körjournaler för kommunens tjänstefordon", "Genomförd", "Fyra saknades.")
			.row("Norrfjärden 2026-01-26", "Per-Erik Lundmark, förvaltningschef")
			.build(), Legend.NONE);
		assertThat(reading.controls()).extracting(c -> c.value(Field.KONTROLLMOMENT)).containsExactly(
				"Kontroll att leverantörsfakturor attesteras av behörig attestant",
				"Kontroll av körjournaler för kommunens tjänstefordon");
	}

	@Test
	void takesANumberedHeadingMergedAcrossTheRowForTheProcessOfItsSubControls() {
		SheetReading reading = reader.read(Rows.sheet()
			.row("Nr", "Kontrollmoment", "Status", "Kommentar")
			.cells(RawCell.of(0, "1"), Rows.merged(1, "Ekonomi och attest", false, true),
					Rows.merged(2, "Ekonomi och attest", false, true), Rows.merged(3, "Ekonomi och attest", false, true))
			.row("1.1", "Kontroll att leverantörsfakturor är attesterade", "Genomförd", "Stickprov 40 fakturor.")
			.row("1.2", "Stickprovskontroll av representationsfakturor", "Delvis genomförd")
			.build(), Legend.NONE);
		assertThat(reading.controls()).extracting(c -> c.value(Field.KONTROLLMOMENT), c -> c.value(Field.PROCESS))
			.containsExactly(
					org.assertj.core.groups.Tuple.tuple("Kontroll att leverantörsfakturor är attesterade",
							"Ekonomi och attest"),
					org.assertj.core.groups.Tuple.tuple("Stickprovskontroll av representationsfakturor",
							"Ekonomi och attest"));
	}

	@Test
	void takesALabelAboveALegendAndADecisionLineBelowTheTableForNoControls() {
		SheetReading reading = reader.read(Rows.sheet()
			.row("Nr", "Vad kontrolleras", "Bedömning 1–3")
			.row("1", "Kontroll av att genomförandeplaner är uppdaterade", "1")
			.row("2", "Stickprov på att händelser enligt lex Sarah utreds", "2")
			.row()
			.row(null, "Bedömning:")
			.row(null, "1 = Genomförd")
			.row(null, "2 = Delvis genomförd")
			.row()
			.row(null, "Beslutad i Omsorgsnämnden 2025-09-24 § 88")
			.build(), Legend.NONE);
		assertThat(reading.controls()).extracting(c -> c.value(Field.KONTROLLMOMENT))
			.containsExactly("Kontroll av att genomförandeplaner är uppdaterade",
					"Stickprov på att händelser enligt lex Sarah utreds");
	}
	@Test
	void takesSubtotalsUnderASumAndASummaryBelowTheTableForNoControls() {
		SheetReading reading = reader.read(Rows.sheet()
			.row("Nr", "Kontrollmoment", "Status")
			.row("1.1", "Kontroll att fakturor attesteras av behörig attestant", "Utförd enl. plan")
			.row("1.2", "Kontroll av att delegationsbeslut anmäls till nämnden", "Åtgärd pågår")
			.row()
			.row("Summa", "Antal kontrollmoment: 2")
			.row(null, "varav Utförd enl. plan", "1")
			.row(null, "varav Åtgärd pågår", "1")
			.row()
			.row("Sammanfattning:", "En av två kontroller har genomförts fullt ut. Förvaltningen bedömer att den "
					+ "interna kontrollen är tillräcklig.")
			.build(), Legend.NONE);
		assertThat(reading.controls()).extracting(c -> c.value(Field.ID)).containsExactly("1.1", "1.2");
		assertThat(reading.tally().count(RowTally.Kind.SUMMA)).isEqualTo(3);
	}

	@Test
	void takesATotalsLabelMergedAcrossColumnsWithCountsBesideForTotals() {
		SheetReading reading = reader.read(Rows.sheet()
			.row("Process", "Kontrollmoment", "Ansvarig", "Status")
			.row("Bygglov", "Avgifter för bygglov debiteras enligt gällande taxa", "Bygglovschef", "Genomförd")
			.cells(merged(0, "Antal genomförda (G)", false, true), merged(1, "Antal genomförda (G)", false, true),
					merged(2, "Antal genomförda (G)", false, true), RawCell.of(3, "1"))
			.build(), Legend.NONE);
		assertThat(reading.controls()).hasSize(1);
		assertThat(reading.tally().count(RowTally.Kind.SUMMA)).isEqualTo(1);
	}

	/** Round 100: the number of controls and its breakdown in one cell beside the label. */
	@Test
	void takesACountWithItsBreakdownBesideATotalsLabelForTotals() {
		SheetReading reading = reader.read(Rows.sheet()
			.row("Id", "Område", "Vad kontrolleras?", "Resultat helår")
			.row("SN9", "Uppdragstagare", "Arvoden till familjehem stämmer mot avtal", "Klar")
			.row()
			.row("Antal kontroller", "9, varav 5 klara, 1 påbörjad, 1 inte gjord, 1 ej aktuell, 1 oklart")
			.build(), Legend.NONE);
		assertThat(reading.controls()).hasSize(1);
		assertThat(reading.tally().count(RowTally.Kind.SUMMA)).isEqualTo(1);
	}

	@Test
	void takesALabelEndingWithTheWordForASumBesideAShareForTotals() {
		SheetReading reading = reader.read(Rows.sheet()
			.row("Process", "Kontrollmoment", "Metod", "Genomfört")
			.row("Myndighet", "Rapporter enligt lex Sarah utreds och anmäls inom angiven tid", "Genomgång av rapporter")
			.row(null, null, "Genomförandegrad totalt", "64 %")
			.row(null, "Medelbedömning (exkl. utgångna)", null, "2")
			.build(), Legend.NONE);
		assertThat(reading.controls()).singleElement().extracting(c -> c.value(Field.STATUS)).isEqualTo("");
		assertThat(reading.tally().count(RowTally.Kind.SUMMA)).isEqualTo(2);
	}

	@Test
	void takesACountLabelWithASubtotalInTheStatusColumnForTotals() {
		SheetReading reading = reader.read(Rows.sheet()
			.row("Process", "Kontrollmoment", "Status helår")
			.row("Attest", "Kontroll av att attest av leverantörsfakturor sker enligt reglementet", "Genomförd")
			.row()
			.row("Antal kontrollmoment", "1", "Varav genomförda: 1")
			.build(), Legend.NONE);
		assertThat(reading.controls()).hasSize(1);
		assertThat(reading.tally().count(RowTally.Kind.SUMMA)).isEqualTo(1);
	}

	@Test
	void takesANotePointingToTheLegendForNoControl() {
		SheetReading reading = reader.read(Rows.sheet()
			.row("Nr", "Vad kontrolleras", "Bedömning (1–3)")
			.row("1", "Kontroll av att beslut om skolskjuts fattas av rätt delegat", "1")
			.row()
			.row(null, "Bedömning enligt flik Förklaring.")
			.build(), Legend.NONE);
		assertThat(reading.controls()).extracting(c -> c.value(Field.ID)).containsExactly("1");
		assertThat(reading.tally().count(RowTally.Kind.FORKLARING)).isEqualTo(1);
	}

	/** Round 404: the answers to choose from, listed under the table after a legend's label, are no control. */
	@Test
	void takesTheListOfStatusAlternativesUnderTheTableForNoControl() {
		SheetReading reading = reader.read(Rows.sheet()
			.row("Nr", "Kontrollmoment", "Status")
			.row("1", "Attest av leverantörsfakturor", "Genomförd")
			.row()
			.row("Statusalternativ:", "Genomförd / Genomförd med avvikelse / Pågår / Ej påbörjad / Utgår")
			.build(), Legend.NONE);
		assertThat(reading.controls()).extracting(c -> c.value(Field.KONTROLLMOMENT))
			.containsExactly("Attest av leverantörsfakturor");
		assertThat(reading.tally().count(RowTally.Kind.FORKLARING)).isEqualTo(1);
	}

	/**
	 * Round 457: a bolag's name alone across the table after a blank row heads the rows below as the first nämnd's
	 * name did above it; it is no note under the table.
	 */
	@Test
	void readsAnOrganisationsNameAcrossTheTableAfterAGapAsTheHeadingOfTheRowsBelow() {
		SheetReading reading = reader.read(Rows.sheet()
			.row("Process", "Kontrollmoment", "Ansvarig", "Status")
			.cells(merged(0, "Samhällsbyggnadsnämnden", false, true),
					merged(1, "Samhällsbyggnadsnämnden", false, true),
					merged(2, "Samhällsbyggnadsnämnden", false, true),
					merged(3, "Samhällsbyggnadsnämnden", false, true))
			.row("VA", "Fakturering av VA-anslutningsavgifter enligt VA-taxan", "VA-chef", "Genomförd")
			.row()
			.cells(merged(0, "Orust Kommunfastigheter AB", false, true), merged(1, "Orust Kommunfastigheter AB", false,
					true), merged(2, "Orust Kommunfastigheter AB", false, true),
					merged(3, "Orust Kommunfastigheter AB", false, true))
			.row("Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Ekonomichef", "Delvis")
			.build(), Legend.NONE);
		assertThat(reading.controls()).extracting(ControlRow::group)
			.containsExactly("Samhällsbyggnadsnämnden", "Orust Kommunfastigheter AB");
	}

	/** Round 460: "Statusförklaring" over the legend's codes under the table heads the legend, no control. */
	@Test
	void takesTheHeadingOfALegendOfStatusesForNoControl() {
		SheetReading reading = reader.read(Rows.sheet()
			.row("Process", "Kontrollmoment", "Status T2")
			.row("Inköp", "Avtalstrohet vid inköp av förbrukningsmaterial", "G")
			.row("Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "P")
			.row()
			.row(null, "Statusförklaring")
			.row("G", "Genomförd utan avvikelse")
			.row("P", "Pågår / delvis genomförd")
			.row("EG", "Ej genomförd")
			.build(), Legend.NONE);
		assertThat(reading.controls()).extracting(c -> c.value(Field.KONTROLLMOMENT)).containsExactly(
				"Avtalstrohet vid inköp av förbrukningsmaterial",
				"Attest av leverantörsfakturor enligt attestordningen");
	}
}
