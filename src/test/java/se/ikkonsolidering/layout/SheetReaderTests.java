package se.ikkonsolidering.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static se.ikkonsolidering.layout.Rows.filled;
import static se.ikkonsolidering.layout.Rows.merged;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import se.ikkonsolidering.ingest.RawCell;
import se.ikkonsolidering.ingest.RawSheet;
import se.ikkonsolidering.ingest.SheetRows;

class SheetReaderTests {

	private final SheetReader interpreter = StatusWordsForTests.reader();

	@Test
	void findsTheHeaderBelowTitleRowsAndReadsTheirLabels() {
		SheetReading reading = interpreter.read(Rows.sheet()
			.row("Uppföljning internkontrollplan 2021")
			.row("Nämnd/enhet: Kommunledningskontoret")
			.row("År: 2021")
			.row("ID", "Rutin/process", "Kontrollmoment", "Status")
			.row("1", "Prognoser", "Är uppbokningar utförda inför stängningar.", "Granskning genomförd")
			.build(), Legend.NONE);
		assertThat(reading.layout()).get().extracting(TableLayout::headerRow).isEqualTo(4);
		assertThat(reading.controls()).singleElement().satisfies(c -> {
			assertThat(c.row()).isEqualTo(5);
			assertThat(c.value(Field.KONTROLLMOMENT)).isEqualTo("Är uppbokningar utförda inför stängningar.");
		});
		assertThat(reading.labelled()).containsEntry(Labels.Kind.NAMND, "Kommunledningskontoret")
			.containsEntry(Labels.Kind.AR, "2021");
		assertThat(reading.titles()).contains("Uppföljning internkontrollplan 2021");
	}

	/** Round 347: an old template offers its periods after the label, and an X on the line below marks the one. */
	@Test
	void takesTheChoiceMarkedUnderALabelsOfferedValues() {
		SheetReading reading = interpreter.read(Rows.sheet()
			.row("Internkontrollplan – uppföljning (mall 2023)")
			.row("Nämnd:", "Överförmyndarnämnden")
			.row("Period:", "T1", "Delår", "Helår")
			.row(null, null, null, "X")
			.row("Kontrollmoment", "Ansvarig", "Genomförd", "Delvis", "Ej genomförd")
			.row("Granskning av årsräkningar inom föreskriven tid", "Handläggare", "x", null, null)
			.build(), Legend.NONE);
		assertThat(reading.labelled()).containsEntry(Labels.Kind.PERIOD, "Helår")
			.containsEntry(Labels.Kind.NAMND, "Överförmyndarnämnden");
		assertThat(reading.controls()).hasSize(1);
	}

	/**
	 * Round 266: the common template returned with its placeholders: a drop-down's default, Word's text in a field
	 * nobody filled in and the template's empty rows in brackets are blank cells, so the rows left unfilled are no
	 * controls and a default status says nothing.
	 */
	@Test
	void readsATemplatesPlaceholdersAsBlankCells() {
		SheetReading reading = interpreter.read(Rows.sheet()
			.row("Nr", "Kontrollmoment", "Status", "Kommentar")
			.row("1", "Attest av leverantörsfakturor enligt attestordningen", "Genomförd", "Inga fel.")
			.row("2", "Kontroll av representation", "Välj status…", "Klicka eller tryck här för att ange text.")
			.row("3", "[Skriv kontrollmoment här]", "Välj status", "<ange>")
			.row("4", null, "Välj…", null)
			.build(), Legend.NONE);
		assertThat(reading.controls()).extracting(ControlRow::row, c -> c.value(Field.STATUS), c -> c.value(Field.RESULTAT))
			.containsExactly(tuple(2, "Genomförd", "Inga fel."), tuple(3, "", ""));
	}

	@Test
	void takesNoTickInBracketsForAPlaceholder() {
		assertThat(Labels.load(null).isPlaceholder("[x]")).isFalse();
		assertThat(Labels.load(null).isPlaceholder("[Skriv kontrollmoment här]")).isTrue();
		assertThat(Labels.load(null).isPlaceholder("Välj ett objekt.")).isTrue();
		assertThat(Labels.load(null).isPlaceholder("Välj ut tio akter")).isFalse();
	}

	/**
	 * Round 260: a report printed to text, a block per nämnd, each under "NÄMND: …" and between rules of dashes: the
	 * rules are no headings, and the line above each block's ruled header heads its rows.
	 */
	@Test
	void takesTheLineAboveABlocksRuledHeaderForItsHeadingNotTheRule() {
		String rule = "-------------------------------------------------------------";
		SheetReading reading = interpreter.read(Rows.sheet()
			.row("NÄMND: 300  BARN- OCH UTBILDNINGSNÄMNDEN")
			.row(rule)
			.row("ID", "KONTROLLMOMENT", "STATUS", "KOMMENTAR")
			.row(rule)
			.row("3001", "Kontroll av att skolskjutsbeslut fattas enligt riktlinjer", "Genomförd", "20 beslut.")
			.row(rule)
			.row("ANTAL KONTROLLMOMENT: 1")
			.row("NÄMND: 700  ÖVERFÖRMYNDARNÄMNDEN")
			.row(rule)
			.row("ID", "KONTROLLMOMENT", "STATUS", "KOMMENTAR")
			.row(rule)
			.row("7001", "Granskning av årsräkningar inom fastställd tid", "Pågår", "Inga avvikelser.")
			.build(), Legend.NONE);
		assertThat(reading.controls()).extracting(ControlRow::row, ControlRow::group).containsExactly(
				tuple(5, "NÄMND: 300  BARN- OCH UTBILDNINGSNÄMNDEN"), tuple(12, "NÄMND: 700  ÖVERFÖRMYNDARNÄMNDEN"));
	}

	/** Round 315: a form's export, one answer per row, heads the control's question with how to answer it. */
	@Test
	void readsTheControlUnderAQuestionsHeadingWithItsInstructionInBrackets() {
		SheetReading reading = interpreter.read(Rows.sheet()
			.row("ID", "Starttid", "E-post", "Namn", "Vilken verksamhet rapporterar du för?",
					"Kontrollmoment (skriv samma text som i internkontrollplanen)", "Status för kontrollen",
					"Beskriv resultat och eventuella åtgärder")
			.row("1", "2025-08-25 08:58", "sara.nilsson@kommun.se", "Sara Nilsson", "Individ- och familjeomsorg",
					"Utredningar inom barn och unga avslutas inom fyra månader", "Genomförd",
					"Av 42 avslutade utredningar överskred 6 tidsgränsen.")
			.row("2", "2025-08-25 10:36", "peter.lund@kommun.se", "Peter Lund", "Äldreomsorg",
					"Genomförandeplaner upprättas inom 14 dagar efter verkställt beslut", "Delvis genomförd",
					"Kontroll gjord på två av fyra boenden.")
			.build(), Legend.NONE);
		assertThat(reading.controls()).extracting(ControlRow::row, c -> c.value(Field.KONTROLLMOMENT),
				c -> c.value(Field.STATUS))
			.containsExactly(tuple(2, "Utredningar inom barn och unga avslutas inom fyra månader", "Genomförd"),
					tuple(3, "Genomförandeplaner upprättas inom 14 dagar efter verkställt beslut", "Delvis genomförd"));
	}

	/** Round 325: "Uppföljning T1 | Uppföljning T2" over cells coloured only are the periods' traffic lights. */
	@Test
	void readsColumnsOfFillsUnderAFollowUpsHeadingsAsItsStatusPerPeriod() {
		SheetReading reading = interpreter.read(Rows.sheet()
			.row("Process", "Kontrollmoment", "Ansvarig", "Uppföljning T1", "Uppföljning T2", "Kommentar")
			.cells(RawCell.of(0, "Ekonomiskt bistånd"),
					RawCell.of(1, "Utbetalning av ekonomiskt bistånd sker enligt beslut"), RawCell.of(2, "Enhetschef"),
					filled(3, "", "00B050"), filled(4, "", "00B050"), RawCell.of(5, "Inga avvikelser."))
			.cells(RawCell.of(1, "Beslut om avslag innehåller besvärshänvisning"), RawCell.of(2, "Enhetschef"),
					filled(3, "", "00B050"), filled(4, "", "FFFF00"),
					RawCell.of(5, "2 av 10 beslut saknade hänvisning."))
			.cells(RawCell.of(1, "Utredningar avslutas inom fyra månader"), RawCell.of(2, "Enhetschef"),
					filled(3, "", "FF0000"), filled(4, "", "FF0000"), RawCell.of(5, "Ej genomförd."))
			.build(), Legend.NONE);
		assertThat(reading.controls()).hasSize(3);
		assertThat(reading.controls().get(0).layout().statusColumns()).containsExactly(3, 4);
	}

	/** Round 316: a line counting the statuses under the table ("Summering senaste status: | G=3") is no control. */
	@Test
	void readsNoControlFromALineCountingTheStatusesByCode() {
		SheetReading reading = interpreter.read(Rows.sheet()
			.row("Nr", "Kontrollmoment", "Ansvarig", "Status", "Kommentar")
			.row("1", "Attest av leverantörsfakturor enligt attestordningen", "Controller", "G", "Utan anmärkning.")
			.row("2", "Felanmälningar åtgärdas inom avtalad tid", "Driftchef", "P", "Pågår.")
			.row()
			.row("Summering senaste status:", "G=3, GA=1, P=1, E=1, U=1")
			.build(), Legend.NONE);
		assertThat(reading.controls()).extracting(ControlRow::row).containsExactly(2, 3);
	}

	/**
	 * Round 328: under the table, a row whose control is "Övrigt", a footnote to a "Ja*" above and a line counting the
	 * statuses after "Sammanställning T2:" are no controls.
	 */
	@Test
	void readsNoControlFromANoteAFootnoteOrASummaryUnderTheTable() {
		SheetReading reading = interpreter.read(Rows.sheet()
			.row("Kontrollmoment", "Utfört (Ja/Nej/Delvis)", "Iakttagelser", "Åtgärder")
			.row("Attest av leverantörsfakturor enligt attestordningen", "Ja*", "Två fakturor saknade attest.")
			.row("Delegationsbeslut anmäls till nämnden", "Delvis", "Anmäls från september.")
			.row("Övrigt", null, "Förvaltningen har under perioden bytt controller.")
			.row()
			.row("* Genomförd med anmärkning, se iakttagelser.")
			.row("Sammanställning T2:", null, "Genomförda 5 av 10, pågående 2, ej påbörjade 1, utgår 1")
			.row("Sammanställning helår:", "Klar 3 · Pågår 1 · Ej påbörjad 1 · Utgår 1 · Ej ifyllt 2")
			.build(), Legend.NONE);
		assertThat(reading.controls()).extracting(ControlRow::row).containsExactly(2, 3);
	}

	/** Round 333: "Följer plan: T1 Ja/Nej" and "… T2 Ja/Nej", a column per period under headings with a colon. */
	@Test
	void readsTheLatestPeriodOfStatusColumnsWhoseHeadingsHaveAColon() {
		SheetReading reading = interpreter.read(Rows.sheet()
			.row("Kontrollmoment", "Följer plan: T1 Ja/Nej", "Följer plan: T2 Ja/Nej", "Kommentar")
			.row("Kontroll av att timanställda har korrekt lönesättning", "Nej", "Ja", "Rättat i juni.")
			.row("Granskning av avvikelserapportering enligt lex Sarah", "Ja", null, "Årlig kontroll, gjord i april.")
			.build(), Legend.NONE);
		assertThat(reading.controls()).extracting(c -> c.value(Field.STATUS))
			.containsExactly("Följer plan T1 Ja/Nej: Nej\nFöljer plan T2 Ja/Nej: Ja",
					"Följer plan T1 Ja/Nej: Ja\nFöljer plan T2 Ja/Nej:");
	}

	/** Round 261: a project tool's export, its first column "Primary Column" the task, that is the control. */
	@Test
	void readsAProjectToolsPrimaryColumnAsTheControl() {
		SheetReading reading = interpreter.read(Rows.sheet()
			.row("Primary Column", "Status", "Assigned To", "Kommentar", "Modified")
			.row("Ekonomi och upphandling")
			.row("Kontroll av att fakturor attesteras av behörig attestant", "Complete", "lena.holm@kommun.se",
					"Stickprov 40 fakturor.", "2025-12-18 14:03")
			.row("Kontroll av nyckel- och passerkortshantering", "On Hold", "per.sundin@kommun.se", "Pausad.",
					"2025-12-18 14:03")
			.build(), Legend.NONE);
		assertThat(reading.controls()).extracting(ControlRow::row, c -> c.value(Field.KONTROLLMOMENT),
				c -> c.value(Field.STATUS), c -> c.value(Field.ANSVARIG), ControlRow::group)
			.containsExactly(tuple(3, "Kontroll av att fakturor attesteras av behörig attestant", "Complete",
					"lena.holm@kommun.se", "Ekonomi och upphandling"),
					tuple(4, "Kontroll av nyckel- och passerkortshantering", "On Hold", "per.sundin@kommun.se",
							"Ekonomi och upphandling"));
	}

	/**
	 * Round 261: a project tool's top row, the plan itself above its tasks, whose title names the year and period
	 * followed up: no control, and its title says the period.
	 */
	@Test
	void readsAProjectToolsTopRowNamingTheYearAndPeriodAsTheTitleNotAControl() {
		SheetReading reading = interpreter.read(Rows.sheet()
			.row("Primary Column", "Status", "% Complete", "Assigned To", "Kommentar")
			.row("Uppföljning internkontrollplan 2025 – helår", null, "68 %")
			.row("Kontroll av att fakturor attesteras av behörig attestant", "Complete", "100 %", "lena.holm@kommun.se",
					"Stickprov 40 fakturor.")
			.row("Kontroll av vinterväghållningens fakturor mot avtal 2025", null, "0 %", "maja.lind@kommun.se")
			.build(), Legend.NONE);
		assertThat(reading.controls()).extracting(ControlRow::row).containsExactly(3, 4);
		assertThat(reading.labelled()).containsEntry(Labels.Kind.PERIOD, "Uppföljning internkontrollplan 2025 – helår");
	}

	/**
	 * Round 261: tables one under the other on a sheet, each under a line naming its area: the line right above a
	 * table's header is its heading, however many words it has, not a control.
	 */
	@Test
	void takesTheLineRightAboveATablesHeaderForItsHeadingNotAControl() {
		SheetReading reading = interpreter.read(Rows.sheet()
			.row("KLF HR")
			.row("Kontrollmoment", "Genomförd", "Kommentar")
			.row("Kontroll av att bisysslor redovisas och prövas årligen", "Nej", "Flyttas till 2026.")
			.row((String) null)
			.row("KLF IT och informationssäkerhet")
			.row("Kontrollmoment", "Genomförd", "Kommentar")
			.row("Kontroll av att säkerhetskopior kan återläsas", "Ja", "Test genomfört 2025-10-08.")
			.build(), Legend.NONE);
		assertThat(reading.controls()).extracting(ControlRow::row, ControlRow::group).containsExactly(
				tuple(3, "KLF HR"), tuple(7, "KLF IT och informationssäkerhet"));
	}

	/** Round 267: whether the control was done, asked in the heading, beside the assessment of what it found. */
	@Test
	void takesTheColumnAskingWhetherTheControlWasDoneForTheStatusOverTheAssessment() {
		SheetReading reading = interpreter.read(Rows.sheet()
			.row("Nr", "Kontrollmoment", "Genomförd (Ja/Nej/Delvis)", "Bedömning", "Kommentar/åtgärd")
			.row("2.1", "Kontroll av att lönetillägg har beslutsunderlag", "Delvis", "Tillfredsställande",
					"Juli–augusti granskas i september.")
			.build(), Legend.NONE);
		assertThat(reading.controls()).singleElement().satisfies(c -> assertThat(c.value(Field.STATUS)).isEqualTo("Delvis"));
	}

	/**
	 * Round 267: a colour key under the table, each colour a filled cell with its meaning beside it, and a line saying
	 * what no colour means: the key, no controls.
	 */
	@Test
	void readsAColourKeyOfFilledCellsUnderTheTableAsNoControls() {
		SheetReading reading = interpreter.read(Rows.sheet()
			.row("ID", "Process", "Kontrollmoment", "Status", "Kommentar")
			.cells(RawCell.of(0, "TN1"), RawCell.of(1, "Fakturering"), RawCell.of(2, "Fakturering av VA-avgifter sker enligt taxa"),
					filled(3, "Genomförd", "92D050"))
			.row((String) null)
			.row("Färgen i kolumnen Status visar kontrollens resultat:")
			.cells(filled(1, "", "92D050"), RawCell.of(2, "Inga brister"))
			.cells(filled(1, "", "FF0000"), RawCell.of(2, "Allvarliga brister"))
			.row(null, null, "Ingen färg = ej bedömd")
			.build(), Legend.NONE);
		assertThat(reading.controls()).extracting(ControlRow::row).containsExactly(2);
	}

	/**
	 * Round 292: a report sheet whose key figures go on under the follow-up, their header in the colour of the
	 * controls' header: that table's rows are no controls, and its numbers are no sample of the tick columns.
	 */
	@Test
	void endsTheControlsAtAnotherTablesHeaderStyledAsTheirs() {
		String blue = "DDEBF7";
		SheetReading reading = interpreter.read(Rows.sheet()
			.cells(filled(0, "Kontrollmoment", blue), filled(1, "Genomförd", blue), filled(2, "Ej genomförd", blue),
					filled(3, "Pågår", blue), filled(4, "Kommentar", blue))
			.row("Bygglov beviljas inom lagstadgad handläggningstid", "X", null, null, "4 ärenden överskred tiden.")
			.row("Delegationsbeslut inom miljötillsyn anmäls till nämnden", null, null, "X")
			.row("Handläggare dokumenterar jävsprövning i ärendet", null, "X", null, "Genomförs under hösten.")
			.row((String) null)
			.row("4. Personal")
			.cells(filled(0, "Mått", blue), filled(1, "Jan–aug 2024", blue), filled(2, "Jan–aug 2025", blue))
			.row("Antal anställda", "38", "41")
			.row("Sjukfrånvaro (%)", "3.8", "4.4")
			.build(), Legend.NONE);
		assertThat(reading.controls()).extracting(ControlRow::row, c -> c.value(Field.STATUS))
			.containsExactly(tuple(2, "Genomförd"), tuple(3, "Pågår"), tuple(4, "Ej genomförd"));
	}

	/** Round 301: headings cut short to fit narrow columns ("Kontr.moment", "Ansv.") still name them. */
	@Test
	void readsAHeadingCutShortInTheFirstPartOfItsCompound() {
		SheetReading reading = interpreter.read(Rows.sheet()
			.row("Nr", "Pro\u00adcess", "Kontr.moment", "Ansv.", "Status T1", "Status T2", "Kommentar")
			.row("1", "Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Ek.chef", "Genomförd", "Genomförd",
					"Stickprov 25 fakturor.")
			.row("2", "HR", "Kontroll av att lönebeslut överensstämmer med utbetald lön", "HR-chef", null, "Ej genomförd")
			.build(), Legend.NONE);
		assertThat(reading.layout()).get().extracting(l -> l.column(Field.KONTROLLMOMENT)).isEqualTo(java.util.Optional.of(2));
		assertThat(reading.controls()).extracting(c -> c.value(Field.KONTROLLMOMENT)).containsExactly(
				"Attest av leverantörsfakturor enligt attestordningen",
				"Kontroll av att lönebeslut överensstämmer med utbetald lön");
	}

	/** Round 264: a count typed with Excel's text prefix ("'12") is the count; so is a total's ("'136"). */
	@Test
	void readsACountTypedWithExcelsTextPrefixAsACount() {
		SheetReading reading = interpreter.read(Rows.sheet()
			.row("#", "Kontrollmoment", "Antal kontrollerade", "Status T2")
			.row("1", "Hyresavier stäms av mot reskontran", "'12", "Genomförd")
			.row(null, "Totalt kontrollerade", "'136")
			.build(), Legend.NONE);
		assertThat(reading.controls()).extracting(ControlRow::row, c -> c.value(Field.GRANSKADE))
			.containsExactly(tuple(2, "12"));
	}

	@Test
	void reportsNoTableForAnInstructionSheet() {
		SheetReading reading = interpreter.read(Rows.sheet()
			.row("Instruktioner")
			.row("Fyll i status för varje kontrollmoment i kolumnen Status.")
			.build(), Legend.NONE);
		assertThat(reading.hasControlTable()).isFalse();
	}

	/** Round 49: a title block of labels beside their values above the table, and helår ticks right of "Status delår". */
	@Test
	void takesNoLabelledLineAboveTheTableForAHeaderAndLetsALaterPeriodsTicksDecide() {
		SheetReading reading = interpreter.read(Rows.sheet()
			.row("Uppföljning av internkontrollplan 2025")
			.row("Period:", "Helår 2025")
			.row("Ifylld av:", "Ola Svensson, administrativ chef", null, "Datum:", "2026-01-20")
			.cells(RawCell.of(0, "Nr"), RawCell.of(1, "Kontrollmoment"), RawCell.of(2, "Status delår"),
					merged(3, "Status helår (markera med X)", false, false), merged(4, "Status helår (markera med X)", false, true),
					merged(5, "Status helår (markera med X)", false, true), RawCell.of(6, "Kommentar helår"))
			.row(null, null, null, "Genomförd", "Delvis", "Ej genomförd", null)
			.row("1", "Kontroll att bygglovsbeslut fattats inom 10 veckor", "Delvis", "X", null, null, "Klart.")
			.build(), Legend.NONE);
		assertThat(reading.layout()).get().extracting(TableLayout::headerRow).isEqualTo(4);
		assertThat(reading.controls()).singleElement()
			.satisfies(c -> assertThat(c.value(Field.STATUS)).isEqualTo("Status helår (markera med X) Genomförd"));
	}

	/**
	 * Round 208: a questionnaire's ticks, "Har kontrollen genomförts?" over Ja | Nej | Delvis and "Upptäcktes
	 * brister?" over Ja | Nej: the second question's X says whether something was found wrong, not whether the control
	 * was done.
	 */
	@Test
	void readsTicksUnderAQuestionAboutFaultsAsTheDeviationsAnswer() {
		SheetReading reading = interpreter.read(Rows.sheet()
			.cells(RawCell.of(0, "Kontrollmoment"), merged(1, "Har kontrollen genomförts?", false, false),
					merged(2, "Har kontrollen genomförts?", false, true), merged(3, "Har kontrollen genomförts?", false, true),
					merged(4, "Upptäcktes brister?", false, false), merged(5, "Upptäcktes brister?", false, true),
					RawCell.of(6, "Kommentar"))
			.row(null, "Ja", "Nej", "Delvis", "Ja", "Nej", null)
			.row("Kontroll av att beslut om ekonomiskt bistånd är fattade enligt delegationsordningen", "X", null, null,
					null, "X", null)
			.row("Kontroll av kontanthantering på boenden", "X", null, null, "X", null, "Kvitton saknades två gånger.")
			.build(), Legend.NONE);
		assertThat(reading.controls()).extracting(c -> c.value(Field.STATUS), c -> c.value(Field.AVVIKELSE))
			.containsExactly(tuple("Har kontrollen genomförts? Ja", "Nej"), tuple("Har kontrollen genomförts? Ja", "Ja"));
	}

	/**
	 * Round 270: "Genomförd" and "Avvikelse" merged over their Ja | Nej in the row above the header: the ticks under
	 * "Avvikelse" say whether something was found wrong, not a second answer whether the control was done.
	 */
	@Test
	void readsTicksUnderADeviationGroupHeadingAsTheDeviationsAnswer() {
		SheetReading reading = interpreter.read(Rows.sheet()
			.row("Överförmyndarnämnden – internkontrollplan 2025, uppföljning helår")
			.row()
			.cells(merged(1, "Genomförd", false, true), merged(2, "Genomförd", false, true),
					merged(3, "Genomförd", false, true), merged(4, "Avvikelse", false, true),
					merged(5, "Avvikelse", false, true))
			.row("Kontrollmoment", "Ja", "Delvis", "Nej", "Ja", "Nej", "Kommentar")
			.row("Attest av leverantörsfakturor enligt attestordningen", "X", null, null, null, "X", null)
			.row("Årsräkningar granskas inom sex månader från inlämnande", "X", null, null, "X", null,
					"12 av 180 årsräkningar granskades efter mer än sex månader.")
			.build(), Legend.NONE);
		assertThat(reading.controls()).extracting(c -> c.value(Field.STATUS), c -> c.value(Field.AVVIKELSE))
			.containsExactly(tuple("Genomförd Ja", "Nej"), tuple("Genomförd Ja", "Ja"));
	}

	/**
	 * Round 212: results as numbers and no status column, "Antal kontrollerade" of "Antal ärenden (population)": the
	 * share done is the status, "12 av 40"; a count past the population is all of it, a row without counts has none.
	 */
	@Test
	void readsTheCountCheckedOfThePopulationAsTheShareDone() {
		SheetReading reading = interpreter.read(Rows.sheet()
			.row("Kontrollmoment", "Kontrollmetod", "Antal ärenden (population)", "Antal kontrollerade", "Varav med fel",
					"Felprocent", "Kommentar")
			.row("Bygglov – beslut fattas inom lagstadgad handläggningstid", "Uttag", "142", "142", "9", "6,3 %", null)
			.row("Delegationsbeslut anmäls till nämnden", "Stickprov", "40", "12", "0", "0 %", "Resten i september.")
			.row("Avgifter för bygglov debiteras enligt taxa", "–", null, null, null, null, "Utgår enligt beslut.")
			.row("Jävsdeklarationer finns för samtliga inspektörer", "Genomgång", "11", "0", null, null, "Ej påbörjad.")
			.build(), Legend.NONE);
		assertThat(reading.controls()).extracting(c -> c.value(Field.STATUS))
			.containsExactly("142 av 142", "12 av 40", "", "0 av 11");
	}

	/** Round 212: a count checked per period beside the planned sample, "20 ärenden per tertial": the latest count. */
	@Test
	void takesTheLatestPeriodsCountAgainstThePlannedSample() {
		SheetReading reading = interpreter.read(Rows.sheet()
			.cells(RawCell.of(0, "Kontrollmoment"), RawCell.of(1, "Planerat urval"),
					merged(2, "Tertial 1", false, false), merged(3, "Tertial 1", false, true),
					merged(4, "Delår", false, false), merged(5, "Delår", false, true), RawCell.of(6, "Kommentar"))
			.row(null, null, "Antal granskade", "Antal fel", "Antal granskade", "Antal fel", null)
			.row("Utredningar avslutas inom fyra månader", "20 ärenden per tertial", "20", "2", "40", "5", null)
			.row("Vårdplan finns för samtliga placerade barn", "Samtliga placeringar (31)", "31", "1", null, null, null)
			.row("Beslut om ekonomiskt bistånd enligt delegationsordningen", "25 ärenden", null, null, "12", "0", null)
			.build(), Legend.NONE);
		assertThat(reading.controls()).extracting(c -> c.value(Field.STATUS))
			.containsExactly("20 av 20", "31 av 31", "12 av 25");
	}

	/** Rounds 207 and 167: a line under the table saying what a mark means is no control left unreported. */
	@Test
	void readsNoControlFromALineUnderTheTableExplainingAMark() {
		SheetReading reading = interpreter.read(Rows.sheet()
			.row("Kontrollmoment", "Kontrollmetod", "Status", "Kommentar")
			.row("Tillsynsavgifter debiteras enligt fastställd taxa", "Stickprov 15 beslut", "G", null)
			.row()
			.row("Genomstruken kontroll = utgår enligt nämndbeslut (MBN 2025-04-09 § 41).")
			.row()
			.row("Risk = sannolikhet × konsekvens (1–4 × 1–4)")
			.build(), Legend.NONE);
		assertThat(reading.controls()).extracting(c -> c.value(Field.KONTROLLMOMENT))
			.containsExactly("Tillsynsavgifter debiteras enligt fastställd taxa");
	}

	/** Round 210: a governance report printed with its filter row, "(Alla)" under every heading. */
	@Test
	void readsNoControlFromAReportsFilterRow() {
		SheetReading reading = interpreter.read(Rows.sheet()
			.row("Process", "Kontrollmoment", "Ansvarig", "Status", "Kommentar")
			.row("(Alla)", "(Alla)", "(Alla)", "(Alla)", "(Alla)")
			.row("Myndighetsutövning", "Utredningar inom barn och unga avslutas inom fyra månader", "Enhetschef BoU",
					"2 - Pågår", "April återstår.")
			.build(), Legend.NONE);
		assertThat(reading.controls()).extracting(c -> c.row()).containsExactly(3);
	}

	/**
	 * Round 226: a unit's column whose cells are only coloured, "Gata/Park | VA | Fastighet", is its traffic light;
	 * each unit's colour is kept, in column order, for the classifier to read by the legend.
	 */
	@Test
	void readsColumnsPerUnitColouredWithoutWordsAsAStatusPerUnit() {
		Map<String, String> colours = new java.util.LinkedHashMap<>();
		colours.put("00B050", "Utförd");
		colours.put("FF0000", "Ej utförd");
		colours.put("BFBFBF", "Ej aktuell");
		SheetReading reading = interpreter.read(Rows.sheet()
			.row("Kontrollmoment", "Riskvärde", "Gata/Park", "VA", "Fastighet", "Samlad kommentar")
			.cells(RawCell.of(0, "Körjournaler förs för kommunens fordon"), RawCell.of(1, "6"), filled(2, "", "00B050"),
					filled(3, "", "FF0000"), filled(4, "", "BFBFBF"), RawCell.of(5, "VA: körjournal saknades."))
			.cells(RawCell.of(0, "Kemikalieförteckningar är uppdaterade"), RawCell.of(1, "4"), filled(2, "", "00B050"),
					filled(3, "", "00B050"), filled(4, "", "00B050"))
			.build(), new Legend(Map.of(), colours, Set.of(), "Uppföljning"));
		assertThat(reading.controls()).extracting(c -> c.value(Field.STATUS)).containsExactly(
				"Gata/Park: #00B050\nVA: #FF0000\nFastighet: #BFBFBF", "Gata/Park: #00B050\nVA: #00B050\nFastighet: #00B050");
	}

	/**
	 * Round 220: next year's plan, "Uppföljning" over "Helår | Delår, helår": when each control is to be followed up,
	 * no result, so the table reports nothing.
	 */
	@Test
	void readsAColumnOfPeriodsToFollowUpAtAsNoResult() {
		SheetReading reading = interpreter.read(Rows.sheet()
			.row("Process", "Risk", "Kontrollmoment", "Metod", "Uppföljning", "Ansvarig")
			.row("Myndighetsutövning", "Felaktiga beslut", "Beslut om bistånd enligt SoL fattas av behörig delegat",
					"Stickprov 25 beslut", "Helår", "Enhetschef IFO")
			.row("Hälso- och sjukvård", "Felmedicinering", "Läkemedelshantering – signeringslistor kontrolleras",
					"Uttag ur digitalt signeringssystem", "Delår, helår", "MAS")
			.row("Ekonomi", "Felaktiga utbetalningar", "Utbetalning av ersättning till familjehem stäms av mot avtal",
					"Stickprov 20 utbetalningar", "Helår", "Controller")
			.build(), Legend.NONE);
		assertThat(reading.layout().orElseThrow().columns()).doesNotContainKey(Field.RESULTAT);
	}

	/** Round 224: a governance system's export with English headings, "Executed (Y/N)" the status. */
	@Test
	void readsAnEnglishExportsExecutedColumnAsTheStatus() {
		SheetReading reading = interpreter.read(Rows.sheet()
			.row("Unit", "ID", "Kontrollmoment", "Responsible", "Executed (Y/N)", "Deviation (Y/N)", "Comment")
			.row("Tekniska förvaltningen", "TN-01", "Arbetsorder för gatuunderhåll attesteras av behörig beställare",
					"Gatuchef", "Y", "N", "Stickprov 25 arbetsorder utan anmärkning.")
			.build(), Legend.NONE);
		TableLayout layout = reading.layout().orElseThrow();
		assertThat(layout.headers()).containsEntry(Field.STATUS, "Executed (Y/N)");
		assertThat(layout.evidence().getOrDefault(Field.STATUS, ColumnEvidence.RUBRIK)).isEqualTo(ColumnEvidence.RUBRIK);
		assertThat(reading.controls()).extracting(c -> c.value(Field.STATUS)).containsExactly("Y");
	}

	/** Round 216: "se ovan" in the status column says the control above's status again. */
	@Test
	void readsSeOvanInTheStatusColumnAsTheStatusAbove() {
		SheetReading reading = interpreter.read(Rows.sheet()
			.row("Kontrollmoment", "Status", "Kommentar")
			.row("Bygglov handläggs inom tio veckor", "klart", "inga avvikelser")
			.row("Avgifter för bygglov debiteras enligt taxa", "se ovan", "samma stickprov")
			.build(), Legend.NONE);
		assertThat(reading.controls()).extracting(c -> c.value(Field.STATUS)).containsExactly("klart", "klart (se ovan)");
	}

	/** Round 49: the template's legend sheet, a row per status word with its meaning and colour. */
	@Test
	void readsNoControlFromATableExplainingTheStatuses() {
		// The job's vocabulary knows a sentence stating a status by its text rules; here exactly these.
		Set<String> sentences = Set.of("Kontrollen är genomförd enligt plan (även om avvikelser hittats).",
				"Kontrollen är påbörjad eller bara delvis genomförd.", "Kontrollen har inte genomförts.",
				"Kontrollen har strukits genom beslut i nämnden.");
		Vocabulary words = StatusWordsForTests.vocabulary();
		Vocabulary meanings = text -> words.knows(text) || sentences.contains(text);
		SheetReader reader = StatusWordsForTests.reader(meanings);
		SheetReading reading = reader.read(Rows.sheet()
			.row("Förklaring till statusvärden")
			.row("Status", "Betydelse", "Färg")
			.cells(RawCell.of(0, "Genomförd"), RawCell.of(1, "Kontrollen är genomförd enligt plan (även om avvikelser "
					+ "hittats)."), filled(2, "Grön", "C6EFCE"))
			.cells(RawCell.of(0, "Delvis genomförd"), RawCell.of(1, "Kontrollen är påbörjad eller bara delvis genomförd."),
					filled(2, "Gul", "FFEB9C"))
			.cells(RawCell.of(0, "Ej genomförd"), RawCell.of(1, "Kontrollen har inte genomförts."),
					filled(2, "Röd", "FFC7CE"))
			.cells(RawCell.of(0, "Utgår"), RawCell.of(1, "Kontrollen har strukits genom beslut i nämnden."),
					filled(2, "Grå", "D9D9D9"))
			.row()
			.row("Skicka filen till ekonomiavdelningen senast 2026-01-23 (helår).")
			.build(), Legend.NONE);
		assertThat(reading.controls()).isEmpty();
	}

	/** Round 48: the instruction sheet shows a filled-in row under a header headed "Exempel:". */
	@Test
	void readsNoControlFromAnExampleTable() {
		SheetReading reading = interpreter.read(Rows.sheet()
			.row("Instruktion – uppföljning av bolagens internkontroll")
			.row("Exempel:", "Kontrollmoment", "Ansvarig", "Utfall T2", "Kommentar")
			.row("", "Kontroll av att attestförteckningen är uppdaterad", "VD", "Genomförd", "Uppdaterad 2025-02-01.")
			.build(), Legend.NONE);
		assertThat(reading.controls()).isEmpty();
	}

	@Test
	void treatsRepeatedHeaderAsSectionStartAndTakesTheProcessFromProcessRows() {
		SheetReading reading = interpreter.read(Rows.sheet()
			.cells(merged(0, "1.1 I Stockholm är människor självförsörjande", false, true),
					merged(1, "1.1 I Stockholm är människor självförsörjande", false, true))
			.row("Process: Handläggning av ekonomiskt bistånd")
			.row("Arbetssätt", "Systematisk kontroll", "Kontrollaktivitet", "Beskrivning och resultat av kontrollaktivitet")
			.row("Upprätta förändringsplaner", "Biträdande enhetschef kontrollerar", "Enhetschef kontrollerar planer",
					"Kontrollerna har genomförts.")
			.row("Process: Orosanmälan till socialtjänsten")
			.row("Arbetssätt", "Systematisk kontroll", "Kontrollaktivitet", "Beskrivning och resultat av kontrollaktivitet")
			.row("Rutiner vid orosanmälan", "Barnhälsoteamet följer upp", "Utredare kontrollerar BHT",
					"Barnhälsoteamet har följt upp orosanmälningar.")
			.build(), Legend.NONE);
		assertThat(reading.controls()).extracting(c -> c.value(Field.PROCESS))
			.containsExactly("Handläggning av ekonomiskt bistånd", "Orosanmälan till socialtjänsten");
		assertThat(reading.tally().count(RowTally.Kind.RUBRIK)).isEqualTo(2);
		assertThat(reading.tally().count(RowTally.Kind.SEKTION)).isEqualTo(1);
		assertThat(reading.layoutCount()).isEqualTo(1);
	}

	@Test
	void fillsDownAProcessSpanningSeveralRisks() {
		SheetReading reading = interpreter.read(Rows.sheet()
			.row("Process", "Risk", "Riskvärde", "Följer plan")
			.cells(RawCell.of(0, "Hantera personuppgifter"), RawCell.of(1, "Risk att skicka till fel person"),
					RawCell.of(2, "8"), RawCell.of(3, "Ja"))
			.cells(merged(0, "Hantera personuppgifter", true, false), RawCell.of(1, "Risk för skyddad identitet"),
					RawCell.of(2, "8"), RawCell.of(3, "Ja"))
			.row(null, "Risk att klagomål inte tas tillvara", "9", "Nej")
			.build(), Legend.NONE);
		assertThat(reading.controls()).extracting(c -> c.value(Field.PROCESS)).containsOnly("Hantera personuppgifter");
		assertThat(reading.controls()).hasSize(3);
	}

	@Test
	void joinsAContinuationRowWithBlankKeyCellsToThePreviousControl() {
		SheetReading reading = interpreter.read(Rows.sheet()
			.row("Process", "Kontrollmoment", "Resultat", "Åtgärder")
			.row("Säkerhetsarbete", "Uppföljning av brandskyddsrutiner", "Kontroll av rapportering.",
					"Under 2025 anpassas arbetet till stadens riktlinjer om")
			.row(null, null, null, "brandskydd.")
			.row("Inköp", "Kontroll av avtalstrohet", "Uppföljningen fortsätter.", "Fortsatt uppföljning")
			.build(), Legend.NONE);
		assertThat(reading.controls()).hasSize(2);
		ControlRow first = reading.controls().get(0);
		assertThat(first.value(Field.ATGARD)).isEqualTo("Under 2025 anpassas arbetet till stadens riktlinjer om\nbrandskydd.");
		assertThat(first.lastRow()).isEqualTo(3);
		assertThat(reading.tally().count(RowTally.Kind.FORTSATTNING)).isEqualTo(1);
	}

	@Test
	void readsRowsUnderAMergedKontrollmomentAsOneControlWithAllResultsAndColours() {
		SheetReading reading = interpreter.read(Rows.sheet()
			.row("Väsentliga processer", "Kontrollmoment", "Resultat")
			.cells(RawCell.of(0, "Möten med besökare"), RawCell.of(1, "Uppföljning av förebyggande arbete"),
					filled(2, "Enkät genomförd", "92D050"))
			.cells(merged(0, "Möten med besökare", true, false), merged(1, "Uppföljning av förebyggande arbete", true, false),
					filled(2, "Riktlinjer tas fram", "FFFF00"))
			.build(), Legend.NONE);
		assertThat(reading.controls()).singleElement().satisfies(c -> {
			assertThat(c.value(Field.RESULTAT)).isEqualTo("Enkät genomförd\nRiktlinjer tas fram");
			assertThat(c.resultFills()).containsExactly("92D050", "FFFF00");
		});
	}

	/** Round 106: group headings merged over later columns only ("Riskbedömning" over S:RV, "Status" over T1:Helår). */
	@Test
	void readsATableUnderGroupHeadingsMergedAwayFromTheFirstColumn() {
		SheetReading reading = interpreter.read(Rows.sheet()
			.row("Barn- och utbildningsnämnden")
			.cells(merged(2, "Riskbedömning", false, true), merged(3, "Riskbedömning", false, true),
					merged(4, "Status", false, true), merged(5, "Status", false, true))
			.row("Nr", "Kontrollmoment", "S", "K", "T1", "Delår", "Kommentar")
			.row("1.1", "Attestordningen följs", "2", "3", "Genomförd", "Genomförd", "Inga fel.")
			.row("1.2", "Skolskjutsfakturor stäms av mot beställda resor", "3", "2", "Delvis", "Genomförd", "Två fel.")
			.build(), Legend.NONE);
		assertThat(reading.controls()).extracting(c -> c.value(Field.KONTROLLMOMENT))
			.containsExactly("Attestordningen följs", "Skolskjutsfakturor stäms av mot beställda resor");
	}

	/**
	 * Round 171: "Kontroll planerad" over "T1 | T2 | T3" holds an x for each tertial the control is due in, beside
	 * the follow-up's own status: the plan's marks are no status.
	 */
	@Test
	void readsPeriodsUnderAGroupNamingThePlanAsNoStatus() {
		SheetReading reading = interpreter.read(Rows.sheet()
			.row("Socialnämnden – Internkontrollplan 2026")
			.cells(merged(3, "Kontroll planerad", false, true), merged(4, "Kontroll planerad", false, true),
					merged(5, "Kontroll planerad", false, true), merged(6, "Uppföljning", false, true),
					merged(7, "Uppföljning", false, true))
			.row("Nr", "Kontrollmoment", "Ansvarig", "T1", "T2", "T3", "Status T1", "Kommentar T1")
			.row("1", "Beslut om ekonomiskt bistånd fattas enligt delegationsordningen", "Enhetschef", "x", "x", "x",
					"Genomförd", "Stickprov på 30 beslut, samtliga av rätt delegat.")
			.row("2", "Utbetalning av ekonomiskt bistånd överensstämmer med beslut", "Enhetschef", "x", null, "x",
					"Delvis genomförd", "Januari och februari granskade.")
			.row("3", "Utredningar av barn och unga slutförs inom fyra månader", "Enhetschef", null, "x", null, null,
					null)
			.build(), Legend.NONE);
		assertThat(reading.layout().orElseThrow().headings(Field.STATUS).keySet()).containsExactly(6);
	}

	/** Round 170: "Planerad" over "T1 | T2 | T3" beside the tick columns of the follow-up: the plan's x are no ticks. */
	@Test
	void readsPlannedTertialsBesideTickColumnsAsNoTicks() {
		SheetReading reading = interpreter.read(Rows.sheet()
			.row("Internkontrollplan 2025 – uppföljning helår")
			.cells(merged(2, "Planerad", false, true), merged(3, "Planerad", false, true), merged(4, "Planerad", false, true),
					merged(5, "Uppföljning helår", false, true), merged(6, "Uppföljning helår", false, true),
					merged(7, "Uppföljning helår", false, true))
			.row("Kontrollmoment", "Ansvarig", "T1", "T2", "T3", "Genomförd", "Ej genomförd", "Kommentar")
			.row("Tillsynsavgifter debiteras enligt fastställd taxa", "Miljöchef", "x", "x", "x", "X", null,
					"Stickprov 20 ärenden utan anmärkning.")
			.row("Handläggning av klagomål – återkoppling inom 14 dagar", "Enhetschef", null, "x", null, null, "X",
					"Flyttas till 2026.")
			.row("Avgifter för enskilda avlopp följs upp mot beslut", "Handläggare avlopp", null, null, "x", null, null,
					null)
			.build(), Legend.NONE);
		assertThat(reading.layout().orElseThrow().extra()).extractingFromEntries(e -> e.getKey())
			.containsExactlyInAnyOrder(5, 6);
	}

	/** Round 106: a governance system's quarter report, "K1 … K4" holding the codes its other sheet explains. */
	@Test
	void readsQuartersHeadedK1ToK4AsTheStatusPerPeriod() {
		Legend codes = new Legend(Map.of("ok", "Kontroll genomförd, inga avvikelser", "påg", "Kontroll påbörjad"),
				Map.of(), Set.of(), "Statuskoder");
		SheetReading reading = interpreter.read(Rows.sheet()
			.row("Organisation", "Process", "Kontrollmoment", "Frekvens", "K1", "K2", "K3", "K4", "Senaste kommentar")
			.row("Kultur- och fritidsnämnden", "Kontanthantering", "Dagskassa i simhallen stäms av mot kassarapport",
					"Månadsvis", "OK", "OK", "OK")
			.row(null, "Intäkter", "Lokaluthyrning – samtliga bokningar har fakturerats", "Kvartalsvis", "PÅG", "OK")
			.build(), codes);
		assertThat(reading.layout().orElseThrow().headings(Field.STATUS).keySet()).contains(4, 5, 6);
		assertThat(reading.controls()).extracting(c -> c.value(Field.KONTROLLMOMENT)).containsExactly(
				"Dagskassa i simhallen stäms av mot kassarapport", "Lokaluthyrning – samtliga bokningar har fakturerats");
	}

	@Test
	void skipsCommentsBelowTheTable() {
		SheetReading reading = interpreter.read(Rows.sheet()
			.row("Väsentliga processer", "Risk", "Kontrollmoment", "Resultat")
			.row("Skydd av tillgångar", "Inventarier försvinner", "Kontrollera inventeringar", "Dialog har förts.")
			.row("Kommentarer:")
			.row("De uppföljningar som visar gult (delvis genomfört) här ovan bedöms som inte helt tillfredsställande.")
			.build(), Legend.NONE);
		assertThat(reading.controls()).hasSize(1);
		assertThat(reading.tally().count(RowTally.Kind.NOT)).isEqualTo(2);
	}

	@Test
	void splitsAResultWrittenInsideTheKontrollaktivitetCell() {
		SheetReading reading = interpreter.read(Rows.sheet()
			.row("Arbetssätt", "Systematisk kontroll", "Kontrollaktivitet")
			.row("Barns delaktighet", "Ärendedragning", "Enhetschef kontrollerar att ärendedragningar genomförs\n\n"
					+ "Beskrivning och resultat av kontrollaktivitet:\nMuntliga ärendedragningar har genomförts enligt plan.")
			.build(), Legend.NONE);
		assertThat(reading.controls()).singleElement().satisfies(c -> {
			assertThat(c.value(Field.KONTROLLMOMENT)).isEqualTo("Enhetschef kontrollerar att ärendedragningar genomförs");
			assertThat(c.value(Field.RESULTAT)).isEqualTo("Muntliga ärendedragningar har genomförts enligt plan.");
		});
	}

	@Test
	void accountsForEveryNonBlankRow() {
		SheetReading reading = interpreter.read(Rows.sheet()
			.row("Titel 2025")
			.row("Kontrollmoment", "Status", "Kommentar")
			.row("Kontroll A", "Ja", "Gjort")
			.row(null, null, "mer text")
			.row(null, null, null, null, "anteckning utanför tabellen", "x")
			.build(), Legend.NONE);
		assertThat(reading.tally().total()).isEqualTo(5);
		assertThat(reading.tally().skipReasons()).containsEntry("med text utanför tabellens kolumner", 1);
		assertThat(List.of(reading.tally().describe())).first().asString().contains("1 kontrollrad");
	}

	/** Round 85: "Process / kontrollmoment" over the controls' sentences, the processes as rows of their own. */
	@Test
	void takesAColumnHeadedProcessAndControlOverSentencesForTheControlBesideAMethodColumn() {
		SheetReading reading = interpreter.read(Rows.sheet()
			.row("Nr", "Process / kontrollmoment", "Metod och urval", "Status T2")
			.row("1. Myndighetsutövning barn och unga")
			.row("1.1", "Kontroll att utredningar barn och unga avslutas inom fyra månader", "Stickprov 20 avslutade utredningar",
					"Genomförd")
			.row("1.2", "Kontroll att inkomna orosanmälningar skyddsbedöms inom 24 timmar",
					"Samtliga anmälningar två veckor", "Genomförd")
			.row("1.3", "Delegationsbeslut anmäls till nämnden enligt delegationsordningen", "Jämförelse beslutslistor/protokoll",
					"Delvis genomförd")
			.build(), Legend.NONE);
		assertThat(reading.controls()).extracting(c -> c.value(Field.KONTROLLMOMENT)).containsExactly(
				"Kontroll att utredningar barn och unga avslutas inom fyra månader",
				"Kontroll att inkomna orosanmälningar skyddsbedöms inom 24 timmar",
				"Delegationsbeslut anmäls till nämnden enligt delegationsordningen");
	}

	/** Round 89: "År:" merged over three columns above the table, the year in the fourth. */
	@Test
	void takesTheValueBesideALabelMergedOverSeveralColumns() {
		SheetReading reading = interpreter.read(Rows.sheet()
			.cells(merged(0, "År:", false, true), merged(1, "År:", false, true), merged(2, "År:", false, true),
					RawCell.of(3, "2025"))
			.row("Nr", "Kontrollmoment", "Status")
			.row("1", "Attest av leverantörsfakturor enligt attestordningen", "Genomförd")
			.build(), Legend.NONE);
		assertThat(reading.labelled()).containsEntry(Labels.Kind.AR, "2025");
	}

	/** Round 88: the signature lines under a table of ticks, in the kontrollmoment's column. */
	@Test
	void takesAJustersLineAndAPlaceAndDateUnderTheTableForItsSignatures() {
		SheetReading reading = interpreter.read(Rows.sheet()
			.row("Nr", "Kontrollmoment", "Genomförd", "Delvis", "Ej genomförd", "Kommentar")
			.row("1", "Arvoden till gode män beräknas enligt nämndens riktlinjer", "X", null, null, "Stickprov 20.")
			.row("2", "Förteckningar kommer in inom två månader", null, "X", null, "14 påminnelser.")
			.row("")
			.row(null, "Justeras: Bengt Almqvist, ordförande")
			.row(null, "Motala 2026-01-20")
			.build(), Legend.NONE);
		assertThat(reading.controls()).hasSize(2);
		assertThat(reading.tally().count(RowTally.Kind.SIGNATUR)).isEqualTo(2);
	}

	/** Round 82: "Exempel:" on the line above the instruction sheet's header. */
	@Test
	void readsNoControlFromATableUnderALineSayingExample() {
		SheetReading reading = interpreter.read(Rows.sheet()
			.row("Använd koderna G, D, E och U.")
			.row("Exempel:")
			.row("Nr", "Kontrollmoment", "T1", "Iakttagelser")
			.row("0", "Kontroll av att avtal finns registrerade i avtalsdatabasen", "G", "20 avtal kontrollerade.")
			.build(), Legend.NONE);
		assertThat(reading.controls()).isEmpty();
	}

	/** Round 100: "Exempel på ifylld rad" over the instruction sheet's sample table. */
	@Test
	void readsNoControlFromATableUnderALineOpeningWithExample() {
		SheetReading reading = interpreter.read(Rows.sheet()
			.row("Förklaring av status")
			.row("Genomförd", "Kontrollen är utförd enligt planen")
			.row()
			.row("Exempel på ifylld rad")
			.row("Process/rutin", "Kontrollmoment", "Status", "Kommentar/åtgärd")
			.row("Inköp", "Stickprov av 10 fakturor per tertial avseende avtalstrohet", "Genomförd", "8 av 10 mot avtal.")
			.build(), Legend.NONE);
		assertThat(reading.controls()).isEmpty();
	}

	/** Round 82: a Word table per process, each period's cell a status written out. */
	@Test
	void readsColumnsHeadedOnlyByTheirPeriodsAsOneStatusPerPeriod() {
		SheetReading reading = interpreter.read(Rows.sheet()
			.row("Kontrollmoment", "T1 (jan–apr)", "Delår (maj–aug)", "Helår (sep–dec)", "Åtgärd vid avvikelse")
			.row("Stickprov på 40 utbetalningar av ekonomiskt bistånd", "Genomförd – 1 felaktig utbetalning (återkrävd)",
					"Genomförd, inga avvikelser", "Genomförd. 2 felaktiga utbetalningar av 40, återkrav upprättade.",
					"Påminnelse om rutinen")
			.row("Kontroll av att utbetalning inte sker till annan än den sökande", "Ej aktuell (halvårsvis)", "Genomförd",
					"Genomförd utan anmärkning", "–")
			.build(), Legend.NONE);
		assertThat(reading.controls()).first().extracting(c -> c.value(Field.STATUS))
			.isEqualTo("T1 (jan–apr): Genomförd – 1 felaktig utbetalning (återkrävd)\nDelår (maj–aug): Genomförd, inga avvikelser\n"
					+ "Helår (sep–dec): Genomförd. 2 felaktiga utbetalningar av 40, återkrav upprättade.");
	}

	@Test
	void readsOneResultColumnPerPeriodAsOneResultWithItsPeriods() {
		SheetReading reading = interpreter.read(Rows.sheet()
			.row("Kontrollmoment", "Resultat T1", "Resultat T2", "Resultat VB")
			.row("Attestkontroll", "Påbörjad", "Pågår", "Genomförd")
			.build(), Legend.NONE);
		assertThat(reading.controls()).singleElement()
			.extracting(c -> c.value(Field.RESULTAT))
			.isEqualTo("Resultat T1: Påbörjad\nResultat T2: Pågår\nResultat VB: Genomförd");
	}

	@Test
	void readsPeriodSubColumnsUnderAMergedHeader() {
		SheetReading reading = interpreter.read(Rows.sheet()
			.cells(RawCell.of(0, "Kontrollmoment"), merged(1, "Uppföljning", false, true), merged(2, "Uppföljning", false, true))
			.row(null, "Delår", "Helår")
			.row("Attestkontroll", "Pågår", "Kontrollen är genomförd.")
			.build(), Legend.NONE);
		assertThat(reading.controls()).singleElement()
			.extracting(c -> c.value(Field.RESULTAT))
			.isEqualTo("Uppföljning Delår: Pågår\nUppföljning Helår: Kontrollen är genomförd.");
		assertThat(reading.tally().count(RowTally.Kind.RUBRIK)).isEqualTo(2);
	}

	@Test
	void readsTickColumnsNamedInTheSecondHeaderRowUnderAMergedStatusHeading() {
		SheetReading reading = interpreter.read(Rows.sheet()
			.cells(RawCell.of(0, "Kontrollmoment"), merged(1, "Status helår", false, true),
					merged(2, "Status helår", false, true), merged(3, "Status helår", false, true),
					RawCell.of(4, "Kommentar"))
			.cells(merged(0, "Kontrollmoment", true, false), RawCell.of(1, "Genomförd"), RawCell.of(2, "Delvis"),
					RawCell.of(3, "Ej genomförd"), merged(4, "Kommentar", true, false))
			.row("Arvoden beslutas enligt riktlinjer", "X", null, null, null)
			.row("Uttag från spärrade konton har samtycke", null, null, "X", "Bankernas underlag kom inte in.")
			.build(), Legend.NONE);
		assertThat(reading.layout().orElseThrow().describe()).isEqualTo("kontrollmoment ← 'Kontrollmoment' (kolumn A), "
				+ "resultat ← 'Kommentar' (kolumn E), status ← kryss i 'Status helår Genomförd' (kolumn B), "
				+ "status ← kryss i 'Status helår Delvis' (kolumn C), status ← kryss i 'Status helår Ej genomförd' "
				+ "(kolumn D)");
		assertThat(reading.tally().describe()).isEqualTo("2 rubrikrader, 2 kontrollrader");
	}

	/** Round 60: "Åtgärd" is a status word too, but merged down over both header rows it is not repeated by a row. */
	@Test
	void aHeadingMergedDownOverTheSecondHeaderRowIsNoStatusTheRowsRepeat() {
		// The job's status words know "Åtgärd" by the start of "Åtgärdad".
		Vocabulary words = text -> StatusWordsForTests.vocabulary().knows(text) || text.strip().equals("Åtgärd");
		Labels labels = Labels.load(null);
		HeaderDictionary dictionary = HeaderDictionary.load(null);
		SheetReader reader = new SheetReader(new ColumnTyper(dictionary, labels, words), dictionary, labels, words);
		SheetReading reading = reader.read(Rows.sheet()
			.cells(RawCell.of(0, "Kontrollmoment"), merged(1, "Status", false, true), merged(2, "Status", false, true),
					RawCell.of(3, "Åtgärd"))
			.cells(merged(0, "Kontrollmoment", true, false), RawCell.of(1, "T1"), RawCell.of(2, "T2"),
					merged(3, "Åtgärd", true, false))
			.row("Stickprov av 25 leverantörsfakturor mot attestordningen", "Genomförd", "Genomförd", null)
			.row("Kontroll av avslutade anställningar i lönesystemet", "Pågår", null, "Rutinen ses över.")
			.build(), Legend.NONE);
		assertThat(reading.layout().orElseThrow().describe()).isEqualTo("kontrollmoment ← 'Kontrollmoment' (kolumn A), "
				+ "åtgärd ← 'Åtgärd' (kolumn D), status ← 'Status T1' (kolumn B), status ← även 'Status T2' (kolumn C)");
		assertThat(reading.tally().describe()).isEqualTo("2 rubrikrader, 2 kontrollrader");
	}

	@Test
	void aRiskMatrixBesideTheTableDoesNotHideItsSecondHeaderRow() {
		SheetReading reading = interpreter.read(Rows.sheet()
			.cells(RawCell.of(0, "Kontrollmoment"), RawCell.of(1, "Riskvärde"), merged(2, "Uppföljning 2025", false, true),
					merged(3, "Uppföljning 2025", false, true), RawCell.of(5, "Sannolikhet / Konsekvens"),
					RawCell.of(6, "1"), RawCell.of(7, "2"))
			.cells(merged(0, "Kontrollmoment", true, false), merged(1, "Riskvärde", true, false), RawCell.of(2, "Delår"),
					RawCell.of(3, "Helår"), RawCell.of(5, "2"), RawCell.of(6, "2"), RawCell.of(7, "4"))
			.row("Attestkontroll av leverantörsfakturor", "6", "50 %", "100 %", null, "1", "1", "2")
			.row("Avstämning av momsredovisningen", "4", "0 %", "90 %")
			.row("Kontroll av behörigheter i ekonomisystemet", "9", "100 %", "100 %")
			.build(), Legend.NONE);
		assertThat(reading.layout().orElseThrow().describe()).isEqualTo("riskvärde ← 'Riskvärde' (kolumn B), "
				+ "kontrollmoment ← 'Kontrollmoment' (kolumn A), resultat ← 'Uppföljning 2025 Delår' (kolumn C), "
				+ "resultat ← även 'Uppföljning 2025 Helår' (kolumn D)");
		assertThat(reading.tally().describe()).isEqualTo("2 rubrikrader, 3 kontrollrader");
	}

	@Test
	void readsAQuarterColumnsTicksAsStatusesAndALegendBesideTheTableLeavesItsRowsControls() {
		SheetReading reading = interpreter.read(Rows.sheet()
			.row("Nr", "Kontrollmoment", "Kv 1", "Kv 2", "Kommentar", null, "Teckenförklaring")
			.row("1", "Stickprov på utbetalda anställningsstöd mot beslut", "✓", "A", "Ett stöd betalades ut för länge.",
					null, "✓ = genomförd")
			.row("2", "Kontroll av närvarorapporter innan aktivitetsstöd", "✓", "P", null, null,
					"A = genomförd med avvikelse")
			.row("3", "Kontroll av handlingsplaner för nya deltagare", null, "✓", null, null,
					"P = pågår")
			.build(), Legend.NONE);
		assertThat(reading.layout().orElseThrow().describe()).isEqualTo("kontroll-id ← 'Nr' (kolumn A), "
				+ "kontrollmoment ← 'Kontrollmoment' (kolumn B), resultat ← 'Kommentar' (kolumn E), status ← 'Kv 1' "
				+ "(kolumn C, av teckenförklaringen), status ← även 'Kv 2' (kolumn D)");
		assertThat(reading.controls()).extracting(c -> c.value(Field.STATUS))
			.containsExactly("Kv 1: ✓\nKv 2: A", "Kv 1: ✓\nKv 2: P", "Kv 1: \nKv 2: ✓");
	}

	/** Round 440: "Klar" over x and blanks is the status, ticked when done, no day it is to be done by. */
	@Test
	void readsALoneKlarColumnOfTicksAsTheStatus() {
		SheetReading reading = interpreter.read(Rows.sheet()
			.row("Nr", "Kontrollmoment", "Ansvarig", "Klar", "Resultat/kommentar")
			.row("1", "Handläggningstid för bygglov – beslut inom tio veckor", "Bygglovschef", "x", "40 ärenden granskade.")
			.row("2", "Obligatorisk ventilationskontroll – förelägganden följs upp", "Byggnadsinspektör")
			.row("3", "Jäv anmäls och protokollförs vid nämndens sammanträden", "Nämndsekreterare", "X",
					"Inga jävssituationer.")
			.build(), Legend.NONE);
		assertThat(reading.layout().orElseThrow().describe()).isEqualTo("kontroll-id ← 'Nr' (kolumn A), "
				+ "kontrollmoment ← 'Kontrollmoment' (kolumn B), resultat ← 'Resultat/kommentar' (kolumn E), "
				+ "status ← 'Klar' (kolumn D), ansvarig ← 'Ansvarig' (kolumn C)");
	}

	/**
	 * Round 439: under each nämnd's rows a total labelled at length, and under the table how the status is given and
	 * who signed by their title and the day: no controls.
	 */
	@Test
	void readsNoControlsFromALongTotalAnInstructionAndATitleWithADate() {
		SheetReading reading = interpreter.read(Rows.sheet()
			.row("Kontrollmoment", "Kontrollfrekvens", "Utfall", "Kommentar")
			.row("Valsedlar och valmaterial förvaras inlåst enligt rutin", "Två gånger per år", "Klart",
					"Kontroll 2025-06-10, inga brister.")
			.row("Utbildningsplan för röstmottagare är fastställd", "En gång", "Ej påbörjat", "Påbörjas i höst.")
			.row("Summa Byggnads- och miljönämnden: 5 kontrollmoment, varav 2 utförda")
			.row()
			.row("Utfall anges som Klart, Pågår eller Ej påbörjat.")
			.row("Valnämndens sekreterare, 2025-09-02")
			.build(), Legend.NONE);
		assertThat(reading.controls()).extracting(c -> c.value(Field.KONTROLLMOMENT)).containsExactly(
				"Valsedlar och valmaterial förvaras inlåst enligt rutin", "Utbildningsplan för röstmottagare är fastställd");
	}

	/** Round 437: a "Resultat" column of boxes the legend in the title rows explains is the status column. */
	@Test
	void readsAResultColumnOfBoxesTheLegendExplainsAsTheStatus() {
		SheetReading reading = interpreter.read(Rows.sheet()
			.row("Uppföljning internkontroll, tertial 1 2025")
			.row("☑ utförd utan anmärkning ☒ utförd, brister noterade ☐ ej utförd")
			.row()
			.row("Kontrollmoment", "Omfattning", "Resultat", "Iakttagelser")
			.row("Granskning av årsräkningar från gode män och förvaltare", "Samtliga inkomna", "☒",
					"Samtliga 140 inkomna årsräkningar granskade, 9 kompletteringar begärda.")
			.row("Arvoden till ställföreträdare beslutas enligt nämndens riktlinjer", "Stickprov 15 beslut", "☑")
			.row("Utdrag ur belastningsregistret inhämtas för nya ställföreträdare", "Samtliga nya", "☑",
					"Kontrollerat för 12 nya ställföreträdare.")
			.row("Förteckningar lämnas in inom två månader efter förordnande", "Samtliga nya", "☐",
					"Ej genomförd, handläggare sjukskriven.")
			.build(), Legend.NONE);
		assertThat(reading.layout().orElseThrow().describe()).isEqualTo("kontrollmoment ← 'Kontrollmoment' "
				+ "(kolumn A), resultat ← 'Iakttagelser' (kolumn D), status ← 'Resultat' (kolumn C, av teckenförklaringen)");
		assertThat(reading.controls()).extracting(c -> c.value(Field.STATUS)).containsExactly("☒", "☑", "☑", "☐");
	}

	/** A "Förklaring" box to the right of the table, its rows beside the title, the header and the first controls. */
	@Test
	void readsALegendBoxBesideTheHeaderAndLeavesItOutOfTheTable() {
		SheetReading reading = interpreter.read(Rows.sheet()
			.row("Samhällsbyggnadsnämnden", null, null, null, null, "Förklaring")
			.row("Uppföljning av internkontrollplan 2025 – helår", null, null, null, null, "1", "Genomförd")
			.row(null, null, null, null, null, "2", "Delvis genomförd / pågående")
			.row("Nr", "Kontrollmoment", "Bedömning 1–3", "Kommentar / åtgärd", null, "3", "Ej genomförd")
			.row("1", "Stickprov av 15 bygglovsbeslut avseende delegation", "1", "15 av 15 beslut korrekt fattade.",
					null, "–", "Utgår (beslut i nämnd)")
			.row("2", "Stickprov av 20 leverantörsfakturor, attest och kontering", "1",
					"Två fakturor saknade underlag för kontering, rättade.")
			.row("3", "Kontroll av att planavgift debiteras enligt plantaxa", "3", "Ej genomförd på grund av vakans.")
			.build(), Legend.NONE);
		assertThat(reading.legend().orElseThrow().tokens()).containsOnlyKeys("1", "2", "3", "–");
		assertThat(reading.layout().orElseThrow().describe()).isEqualTo("kontroll-id ← 'Nr' (kolumn A), "
				+ "kontrollmoment ← 'Kontrollmoment' (kolumn B), resultat ← 'Kommentar / åtgärd' (kolumn D), "
				+ "status ← 'Bedömning 1–3' (kolumn C)");
		assertThat(reading.controls()).extracting(c -> c.value(Field.ID), c -> c.value(Field.STATUS))
			.containsExactly(tuple("1", "1"), tuple("2", "1"), tuple("3", "3"));
	}

	/** "Bedömning:" in the header row past an empty column, over a legend of one code per cell and margin notes. */
	@Test
	void readsALegendInTheMarginOfTheHeaderAndControlsAsNoColumn() {
		SheetReading reading = interpreter.read(Rows.sheet()
			.row("Nr", "Vad kontrolleras", "T1", "T2", "T3", "Noteringar", null, "Bedömning:")
			.row("1.1", "Attest av leverantörsfakturor följer attestreglementet", "1", "1", "1", null, null,
					"1 = Klart")
			.row("1.2", "Delegationsbeslut anmäls till nämnden vid nästa sammanträde", "2", "2", "1",
					"Två beslut anmäldes sent.", null, "2 = Pågår / delvis")
			.row("1.3", "Behörigheter i elevdokumentationssystemet gås igenom", null, null, null, null, null,
					"3 = Ej gjort")
			.row("1.4", "Registerutdrag kontrolleras före anställning", "1", null, null, null, null,
					"Tomt = inget rapporterat")
			.build(), Legend.NONE);
		assertThat(reading.legend().orElseThrow().tokens()).containsOnlyKeys("1", "2", "3");
		assertThat(reading.layout().orElseThrow().describe()).doesNotContain("Bedömning:");
		assertThat(reading.controls()).extracting(c -> c.value(Field.ID), c -> c.value(Field.STATUS))
			.containsExactly(tuple("1.1", "T1: 1\nT2: 1\nT3: 1"), tuple("1.2", "T1: 2\nT2: 2\nT3: 1"),
					tuple("1.3", ""), tuple("1.4", "T1: 1\nT2: \nT3:"));
	}

	/** Round 160: a table pasted over by the current one, under "Tidigare version – ej aktuell", reports nothing. */
	@Test
	void readsNoControlsFromATableTheFileSaysIsAnEarlierVersion() {
		SheetReading reading = interpreter.read(Rows.sheet()
			.row("Tidigare version – ej aktuell", null, "(utkast 2025-06-12)")
			.row("Nr", "Kontrollmoment", "Status T2", "Kommentar / resultat")
			.row("1", "Handläggningstid för bygglov inom lagstadgade 10 veckor", "Ej genomförd", "Uttag ej gjort ännu.")
			.row()
			.row("Aktuell version – reviderad 2025-09-08")
			.row("Nr", "Kontrollmoment", "Status T2", "Kommentar / resultat")
			.row("1", "Handläggningstid för bygglov inom lagstadgade 10 veckor", "Genomförd", "6 av 112 ärenden över tiden.")
			.row("2", "Delegationsbeslut anmäls till nämnden", "Genomförd", "")
			.build(), Legend.NONE);
		assertThat(reading.controls()).extracting(ControlRow::row, c -> c.value(Field.STATUS))
			.containsExactly(tuple(7, "Genomförd"), tuple(8, "Genomförd"));
	}

	/** Round 157: a PDF pasted into a sheet, its page footer repeated between the controls. */
	@Test
	void readsAPrintedPagesFooterLineWithItsNumberLastAsNoControl() {
		SheetReading reading = interpreter.read(Rows.sheet()
			.row("Nr", "Process", "Kontrollmoment", "Ansvarig", "Status", "Kommentar")
			.row("1", "Ekonomi / attest", "Attest av leverantörsfakturor enligt", "Ekonomichef", "Genomförd",
					"Inga avvikelser noterade.")
			.row(null, null, "attestordningen, stickprov 40 fakturor")
			.row("Älvsby kommun – Kommunstyrelsen", null, "Diarienummer KS 2025/48", null, "2026-02-03", "Sida 1 (2)")
			.row("2", "Upphandling", "Kontroll att direktupphandlingar över", "Upphandlare", "Delvis", "Granskning gjord för")
			.row(null, null, "100 tkr dokumenteras enligt riktlinjen", null, null, "första halvåret.")
			.build(), Legend.NONE);
		assertThat(reading.controls()).extracting(c -> c.value(Field.KONTROLLMOMENT)).containsExactly(
				"Attest av leverantörsfakturor enligt\nattestordningen, stickprov 40 fakturor",
				"Kontroll att direktupphandlingar över\n100 tkr dokumenteras enligt riktlinjen");
	}

	/** "Genomförd" matches "Genomförd av" in part; a column of "Ja" under it is still the status. */
	@Test
	void readsAGenomfordColumnHoldingOnlyJaAsTheStatus() {
		SheetReading reading = interpreter.read(Rows.sheet()
			.row("Kontrollmoment", "Metod/frekvens", "Resultat helår", "Genomförd", "Avvikelse")
			.row("Beslut om personlig assistans enligt LSS verkställs inom tre månader", "Uttag ej verkställda beslut",
					"Två beslut har inte verkställts inom tre månader.", "Ja", "Ja")
			.row("Ersättning till privata assistansanordnare kontrolleras mot tidrapporter", "Stickprov 3 anordnare",
					"Inga avvikelser.", "Ja", "Nej")
			.build(), Legend.NONE);
		assertThat(reading.layout().orElseThrow().column(Field.STATUS)).contains(3);
		assertThat(reading.layout().orElseThrow().column(Field.ANSVARIG)).isEmpty();
	}

	/** Last year's tick columns kept beside this year's: only this year's ticks report; a tick for 2024 alone is none. */
	@Test
	void readsTickColumnsUnderMergedYearsAndLeavesEarlierYearsTicksOut() {
		SheetReading reading = interpreter.read(Rows.sheet()
			.cells(RawCell.of(0, "Kontrollmoment"), merged(1, "2024", false, true), merged(2, "2024", false, true),
					merged(3, "2025", false, true), merged(4, "2025", false, true), RawCell.of(5, "Avvikelse noterad"))
			.cells(merged(0, "Kontrollmoment", true, false), RawCell.of(1, "Genomförd"), RawCell.of(2, "Ej genomförd"),
					RawCell.of(3, "Genomförd"), RawCell.of(4, "Ej genomförd"), merged(5, "Avvikelse noterad", true, false))
			.row("Kontroll av att fakturor för entreprenader stäms av mot avtalade priser", "X", null, "✓", null, "Nej")
			.row("Stickprov på att drivmedelskort används enligt gällande rutin", "X", null, null, "✓", "Ja")
			.row("Kontroll av att lokalvårdens avtal med externa städbolag följs upp", "X", null, null, null, null)
			.build(), Legend.NONE);
		assertThat(reading.layout().orElseThrow().column(Field.AVVIKELSE)).contains(5);
		assertThat(reading.controls()).extracting(c -> c.value(Field.STATUS))
			.containsExactly("2025 Genomförd", "2025 Ej genomförd", "");
	}

	/** Last year's comment is kept beside this year's blank one, so it reads as last year's. */
	@Test
	void keepsABlankLineForThisYearsCommentBesideLastYears() {
		SheetReading reading = interpreter.read(Rows.sheet()
			.row("Kontrollmoment", "Status 2024", "Kommentar 2024", "Status 2025", "Kommentar 2025")
			.row("Representation och förtroendekänsliga poster följer riktlinjen", "Genomförd", "Inga avvikelser.")
			.row("Direktupphandlingar över 100 tkr dokumenteras enligt riktlinjen", null, null, "●",
					"2 av 12 saknade dokumentation.")
			.build(), Legend.NONE);
		assertThat(reading.controls()).extracting(c -> c.value(Field.RESULTAT)).containsExactly(
				"Kommentar 2024: Inga avvikelser.\nKommentar 2025:",
				"Kommentar 2024: \nKommentar 2025: 2 av 12 saknade dokumentation.");
	}

	/** A workbook's "Riskbedömning" sheet beside its follow-up, read with the follow-up sheet's legend of 1–3. */
	@Test
	void aRiskAnalysisSheetGivesNoControls() {
		Legend codes = new Legend(Map.of("1", "Genomförd", "2", "Delvis genomförd", "3", "Ej genomförd"), Map.of(),
				Set.of(), "Uppföljning 2025");
		SheetReading reading = interpreter.read(Rows.sheet()
			.row("Risk", "Sannolikhet", "Konsekvens", "Riskvärde")
			.row("Beslut fattas utan giltig delegation", "3", "3", "9")
			.row("Lagstadgad handläggningstid överskrids", "3", "2", "6")
			.row("Felaktig attest och kontering", "2", "3", "6")
			.build(), codes);
		assertThat(reading.controls()).isEmpty();
		assertThat(reading.layout()).isEmpty();
	}

	@Test
	void readsATableWhoseStatusColumnIsEmptyInEveryRowAsOneWithoutAStatusColumn() {
		SheetReading reading = interpreter.read(Rows.sheet()
			.row("Kontrollmoment", "Status", "Kommentar")
			.row("Kontroll av manuella lönetillägg över 5 000 kr", null, "Ok")
			.row("Kontroll av att direktupphandlingar dokumenteras", null, "Hann inte, två vakanser under hösten.")
			.build(), Legend.NONE);
		assertThat(reading.layout().orElseThrow().describe())
			.isEqualTo("kontrollmoment ← 'Kontrollmoment' (kolumn A), resultat ← 'Kommentar' (kolumn C)");
		assertThat(reading.controls()).allSatisfy(c -> assertThat(c.layout().has(Field.STATUS)).isFalse());
	}

	/** Plan and follow-up on one sheet: a risk the plan accepts has no kontrollmoment and nothing reported. */
	@Test
	void skipsARiskWithoutKontrollmomentAndWithoutFollowUp() {
		SheetReading reading = interpreter.read(Rows.sheet()
			.row("Nr", "Risk", "Hantering", "Kontrollmoment", "Status helår", "Kommentar")
			.row("1", "Felaktiga fakturor från skolskjutsentreprenör", "Kontroll",
					"Stickprovskontroll av skolskjutsfakturor mot körjournaler", "Genomförd", "Inga fel.")
			.row("2", "Kostnader för modersmålsundervisning överskrider budget", "Accepteras")
			.row("3", "Utdrag ur belastningsregistret saknas", "Kontroll",
					"Kontroll att utdrag ur belastningsregistret uppvisats", null, null)
			.build(), Legend.NONE);
		assertThat(reading.controls()).extracting(c -> c.value(Field.ID)).containsExactly("1", "3");
		assertThat(reading.tally().describe())
			.isEqualTo("1 rubrikrad, 2 kontrollrader, 1 överhoppad rad (1 rad med en risk men utan kontrollmoment och uppföljning)");
	}

	@Test
	void aNumberedRowWithoutFieldsAboveItsSubNumbersIsTheirProcess() {
		SheetReading reading = interpreter.read(Rows.sheet()
			.row("Nr", "Kontrollmoment", "Status")
			.row("1", "Genomförandeplaner upprättas inom 14 dagar", "Pågår")
			.row("2", "Avvikelsehantering")
			.row("2.1", "Avvikelser enligt SoL och HSL hanteras inom 30 dagar", "Klar")
			.row("2.2", "Lex Sarah-rapporter utreds och anmäls", "Klar")
			.build(), Legend.NONE);
		assertThat(reading.controls()).extracting(c -> c.value(Field.ID), c -> c.value(Field.PROCESS))
			.containsExactly(tuple("1", ""), tuple("2.1", "Avvikelsehantering"), tuple("2.2", "Avvikelsehantering"));
		assertThat(reading.tally().describe()).isEqualTo("1 rubrikrad, 3 kontrollrader, 1 sektionsrad");
	}

	/** Rounds 213 and 172: an area's outline number in the control's own text, "1 Ekonomi" over "1.1 …", "1.2 …". */
	@Test
	void anAreaNumberedInTheControlsTextAboveItsSubNumbersIsTheirProcess() {
		SheetReading reading = interpreter.read(Rows.sheet()
			.row("Kontrollmoment", "Ansvarig", "Status")
			.row("1 Ekonomi")
			.row("1.1 Kontroll av att hyror aviseras enligt gällande hyresavtal", "Ekonomichef", "G")
			.row("1.2 Attest av leverantörsfakturor enligt attestordningen", "Ekonomichef", "E")
			.build(), Legend.NONE);
		assertThat(reading.controls()).extracting(c -> c.value(Field.PROCESS))
			.containsExactly("1 Ekonomi", "1 Ekonomi");
	}

	/**
	 * Rounds 213 and 205: a control split into sub-checks ("3.2" over "3.2.1", "3.2.2"; "1.1" over "1.1 a", "1.1 b")
	 * whose own row reports no status: the sub-checks are the controls.
	 */
	@Test
	void aParentWithoutStatusOverItsSubChecksIsNoControl() {
		SheetReading reading = interpreter.read(Rows.sheet()
			.row("Nr", "Kontrollmoment", "Ansvarig", "Status", "Kommentar")
			.row("3.2", "Informationssäkerhet i journalföringen", "MAS", null, "Se delkontroller 3.2 a–b")
			.row("3.2 a", "Loggkontroll – stickprov 30 journaler", "Systemförvaltare", "Klar", null)
			.row("3.2 b", "Journalanteckningar signeras inom fem dagar", "MAS", "Pågår", null)
			.row("3.3", "Koder till trygghetslarm byts vid personalbyte", "Enhetschef", null, null)
			.build(), Legend.NONE);
		assertThat(reading.controls()).extracting(c -> c.value(Field.ID)).containsExactly("3.2 a", "3.2 b", "3.3");
	}

	/** Round 88: a governance report's levels 1 → 1.1 → 1.1.1, the first with the status summed up from its controls. */
	@Test
	void aNumberedGroupWithASummedUpStatusAboveItsSubNumbersIsNoControl() {
		SheetReading reading = interpreter.read(Rows.sheet()
			.row("Nr", "Namn", "Ansvarig", "Bedömning dec")
			.row("1", "Ekonomi och administration", null, "Pågående")
			.row("1.1", "Risk: Felaktiga utbetalningar till leverantör")
			.row("1.1.1", "Stickprovskontroll av leverantörsfakturor – attest enligt attestordning", "Ekonomichef", "Genomförd")
			.row("1.1.2", "Kontroll av avtalstrohet vid inköp av förbrukningsmaterial", "Verksamhetscontroller", "Pågående")
			.row("2", "Myndighetsutövning", null, "Genomförd")
			.row("2.1", "Risk: Beslut fattas utan stöd i delegationsordningen")
			.row("2.1.1", "Kontroll av att delegationsbeslut enligt SoL anmäls till nämnden", "Nämndsekreterare", "Genomförd")
			.build(), Legend.NONE);
		assertThat(reading.controls()).extracting(c -> c.value(Field.ID)).containsExactly("1.1.1", "1.1.2", "2.1.1");
	}

	@Test
	void aLineBelowTheTotalsIsANoteNotAControl() {
		SheetReading reading = interpreter.read(Rows.sheet()
			.row("Kontroll", "Status")
			.row("Mätaravläsningar för VA debiteras korrekt", "Genomförd")
			.row("Summa", "1")
			.row()
			.row("Rapporten är sammanställd av förvaltningens controller 2026-01-22.")
			.build(), Legend.NONE);
		assertThat(reading.controls()).hasSize(1);
	}

	@Test
	void namesEachPeriodsColumnsByTheGroupHeadingMergedAboveTheHeader() {
		SheetReading reading = interpreter.read(Rows.sheet()
			.cells(merged(0, "Plan", false, true), merged(1, "Plan", false, true),
					merged(2, "Uppföljning delår", false, true), merged(3, "Uppföljning delår", false, true),
					merged(4, "Uppföljning helår", false, true), merged(5, "Uppföljning helår", false, true))
			.row("Process", "Kontrollmoment", "Status", "Kommentar", "Status", "Kommentar")
			.row("Antagning", "Antagning följer urvalsreglerna", "Genomförd", "Inga avvikelser.", null, null)
			.row("Betyg", "Betyg dokumenteras i lärplattformen", "Pågår", null, "Genomförd", "Klart i december.")
			.build(), Legend.NONE);
		assertThat(reading.controls()).first().extracting(c -> c.value(Field.STATUS))
			.isEqualTo("Uppföljning delår Status: Genomförd\nUppföljning helår Status:");
	}

	/** "Nr | Kontrollaktivitet" merged down over both header rows, "T1 | T2 | Helår" merged across their columns. */
	@Test
	void namesThePeriodGroupsBesideHeadingsMergedDownOverBothHeaderRows() {
		SheetReading reading = interpreter.read(Rows.sheet()
			.cells(merged(0, "Nr", false, false), merged(1, "Kontrollaktivitet", false, false),
					merged(2, "T1", false, true), merged(3, "T1", false, true),
					merged(4, "T2", false, true), merged(5, "T2", false, true))
			.cells(merged(0, "Nr", true, false), merged(1, "Kontrollaktivitet", true, false),
					merged(2, "Status", false, false), merged(3, "Kommentar", false, false),
					merged(4, "Status", false, false), merged(5, "Kommentar", false, false))
			.row("1", "Kontroll av signeringslistor för läkemedel", "Pågående", "Jan–apr kontrollerat.",
					"Utförd enl. plan", "Samtliga månader kontrollerade.")
			.row("2", "Stickprov av utförd tid mot beviljad tid", "Ej påbörjad", null, "Pågående",
					"5 av 10 brukare granskade.")
			.build(), Legend.NONE);
		assertThat(reading.controls()).extracting(c -> c.value(Field.STATUS))
			.containsExactly("T1 Status: Pågående\nT2 Status: Utförd enl. plan", "T1 Status: Ej påbörjad\nT2 Status: Pågående");
	}

	@Test
	void leavesAColumnTheSenderHidOutOfTheReading() {
		RawSheet sheet = new RawSheet("Uppföljning", false, SheetRows.of(Rows.sheet()
			.row("Kontrollmoment", "Status 2024", "Status 2025")
			.row("Attestkontroll av leverantörsfakturor", "Genomförd", "Ej genomförd")
			.build().rows().readAll()), List.of(), Set.of(1));
		SheetReading reading = interpreter.read(sheet, Legend.NONE);
		assertThat(reading.layout().orElseThrow().describe())
			.isEqualTo("kontrollmoment ← 'Kontrollmoment' (kolumn A), status ← 'Status 2025' (kolumn C)");
	}

	/** Round 132: a Word table of labels per control, the control named only by the heading above it. */
	@Test
	void readsATableOfLabelsReportingAStatusUnderAHeadingAsTheHeadingsControl() {
		RawSheet table = new RawSheet("Tabell 3", false, SheetRows.of(Rows.sheet()
			.row("Process", "Föreningsbidrag")
			.row("Ansvarig", "Bidragshandläggare")
			.row("Status", "Genomförd")
			.row("Kommentar", "Tio av 52 beviljade ansökningar har kontrollerats.")
			.build()
			.rows()
			.readAll()), List.of("1. Föreningsbidrag – ansökningar kontrolleras mot stadgar"));
		SheetReading reading = interpreter.read(table, Legend.NONE);
		assertThat(reading.controls()).singleElement()
			.extracting(c -> c.value(Field.KONTROLLMOMENT), c -> c.value(Field.STATUS), c -> c.value(Field.PROCESS))
			.containsExactly("1. Föreningsbidrag – ansökningar kontrolleras mot stadgar", "Genomförd", "Föreningsbidrag");
	}

	/** Round 138: the grading scale under the table, under a heading of its own, its grades in the process column. */
	@Test
	void readsTheEntriesUnderALegendsHeadingBelowTheTableAsTheLegendNotControls() {
		SheetReading reading = interpreter.read(Rows.sheet()
			.row("Nr", "Process", "Kontrollmoment", "Ansvarig", "Resultat")
			.row("1", "Ekonomi", "Attest av leverantörsfakturor enligt attestförteckningen", "Controller", "Tillfredsställande")
			.row()
			.row(null, "Bedömningsskala")
			.row(null, "Tillfredsställande", "Inga eller obetydliga fel.")
			.row(null, "Brister", "Fel som kräver åtgärd av förvaltningen.")
			.row()
			.row(null, "Upprättad av: Karin Ek, controller")
			.build(), Legend.NONE);
		assertThat(reading.controls()).extracting(c -> c.value(Field.KONTROLLMOMENT))
			.containsExactly("Attest av leverantörsfakturor enligt attestförteckningen");
	}

	/**
	 * Round 146: under the controls, a summary's heading over counts and shares per status, a note on how a column is
	 * read, and who signed with title and date: none of them a control.
	 */
	@Test
	void readsASummaryUnderItsHeadingAColumnsNoteAndASignatureWithTitleAndDateAsNoControls() {
		SheetReading reading = interpreter.read(Rows.sheet()
			.row("Nr", "Kontrollmoment", "Riskvärde", "Status delår", "Kommentar")
			.row("1.1", "Attest av leverantörsfakturor enligt attestordningen", "6", "Genomförd", "Inga fel.")
			.row("1.2", "Direktupphandlingar över 100 tkr dokumenteras enligt riktlinjen", "9", "Pågår", "Hälften klar.")
			.row(null, "Sammanställning delår")
			.row(null, "Genomförda (inkl. med avvikelse)", null, "1")
			.row(null, "Andel genomförda kontroller", null, "0,5")
			.row(null, "Riskvärde = sannolikhet × konsekvens. Över 8 = hög risk.")
			.row(null, "Jonas Falk, förbundsekonom, 2025-09-02")
			.build(), Legend.NONE);
		assertThat(reading.controls()).extracting(c -> c.value(Field.KONTROLLMOMENT)).containsExactly(
				"Attest av leverantörsfakturor enligt attestordningen",
				"Direktupphandlingar över 100 tkr dokumenteras enligt riktlinjen");
		assertThat(reading.tally().describe()).contains("2 summeringsrader", "1 rad med teckenförklaring",
				"1 rad med underskrift eller datum");
	}

	/** Rounds 125 and 146: an average under the table is a total, whatever it averages. */
	@Test
	void readsAnAverageUnderTheTableAsATotal() {
		SheetReading reading = interpreter.read(Rows.sheet()
			.row("Kontrollmoment", "Andel genomfört", "Kommentar")
			.row("Attest av leverantörsfakturor enligt attestordningen", "100 %", "Inga fel.")
			.row("Genomsnittlig andel genomfört", "100 %")
			.build(), Legend.NONE);
		assertThat(reading.controls()).extracting(c -> c.value(Field.KONTROLLMOMENT))
			.containsExactly("Attest av leverantörsfakturor enligt attestordningen");
	}

	/** Round 143: who filled the sheet in, signed as a mail is or after "Ifylld av:", under the table. */
	@Test
	void readsTheSendersSignatureUnderTheTableAsNoControl() {
		SheetReading reading = interpreter.read(Rows.sheet()
			.row("Kontroll", "Planerad", "Status/kommentar")
			.row("Hyresavisering – nya hyror efter hyresförhandlingen rätt inlagda", "feb", "OK")
			.row("Attest av leverantörsfakturor", "löpande", "OK inga avvik.")
			.row("/Anders VD-assistent")
			.row("Ifylld av: Sofia Berg, förvaltningssekreterare, 2025-09-03")
			.build(), Legend.NONE);
		assertThat(reading.controls()).extracting(c -> c.value(Field.KONTROLLMOMENT)).containsExactly(
				"Hyresavisering – nya hyror efter hyresförhandlingen rätt inlagda", "Attest av leverantörsfakturor");
		assertThat(reading.tally().describe()).contains("2 rader med underskrift eller datum");
	}

	/** Round 144: right under the table, a column's heading alone over its grades, each explained beside it. */
	@Test
	void readsTheRowsUnderAColumnsHeadingBelowTheTableAsTheLegendOfItsValues() {
		SheetReading reading = interpreter.read(Rows.sheet()
			.row("Nr", "Risk", "Kontrollmoment", "Genomförd (x)", "Bedömning", "Kommentar")
			.row("1", "Felaktig debitering", "Anslutningsavgifter VA debiteras enligt VA-taxan", "x",
					"Delvis tillfredsställande", "2 av 25 fastigheter debiterade fel. Rättat.")
			.row(null, "Bedömning")
			.row(null, "Tillfredsställande", "Inga eller obetydliga brister")
			.row(null, "Delvis tillfredsställande", "Mindre brister som åtgärdas inom verksamheten")
			.build(), Legend.NONE);
		assertThat(reading.controls()).extracting(c -> c.value(Field.KONTROLLMOMENT))
			.containsExactly("Anslutningsavgifter VA debiteras enligt VA-taxan");
		assertThat(reading.tally().describe()).contains("3 rader med teckenförklaring");
	}

	/** Round 138: how much of the planned sample was checked, as a share, is how far the control came. */
	@Test
	void readsTheShareOfTheSampleCheckedAsTheStatusColumn() {
		SheetReading reading = interpreter.read(Rows.sheet()
			.row("Kontrollmoment", "Planerat urval", "Kontrollerat (andel av urval)", "Felfria (andel av kontrollerade)",
					"Kommentar")
			.row("Leverantörsfakturor – kontering och attest på skolenheterna", "40 fakturor", "100 %", "95 %",
					"2 fakturor felkonterade.")
			.row("Åtgärdsprogram – beslut om särskilt stöd är dokumenterade", "30 elever", "60 %", "89 %",
					"Resterande urval granskas i september.")
			.build(), Legend.NONE);
		assertThat(reading.layout().orElseThrow().describe()).isEqualTo("kontrollmoment ← 'Kontrollmoment' (kolumn A), "
				+ "resultat ← 'Kommentar' (kolumn E), status ← 'Kontrollerat (andel av urval)' (kolumn C), "
				+ "urval ← 'Planerat urval' (kolumn B)");
	}

	/** Round 132: a Stratsys report in Word, each control a heading of three words over its table. */
	@Test
	void readsAShortHeadingAboveATableAskingForTheStatusAsItsControl() {
		RawSheet table = new RawSheet("Tabell 9", false, SheetRows.of(Rows.sheet()
			.row("Status", "Slutförd")
			.row("Ansvarig", "Räddningschef")
			.row("Kommentar", "Samtliga onödiga larm under perioden är fakturerade.")
			.build()
			.rows()
			.readAll()), List.of("Onödiga automatlarm faktureras"));
		assertThat(interpreter.read(table, Legend.NONE).controls()).singleElement()
			.extracting(c -> c.value(Field.KONTROLLMOMENT), c -> c.value(Field.STATUS))
			.containsExactly("Onödiga automatlarm faktureras", "Slutförd");
	}

	@Test
	void readsNoControlFromATableCountingTheControlsPerStatusUnderItsHeading() {
		RawSheet table = new RawSheet("Tabell 2", false, SheetRows.of(Rows.sheet()
			.row("Status", "Antal kontroller")
			.row("Grön", "6")
			.row("Gul", "1")
			.row("Röd", "1")
			.row("Totalt", "8")
			.build()
			.rows()
			.readAll()), List.of("Sammanställning av kontrollernas status"));
		assertThat(interpreter.read(table, Legend.NONE).controls()).isEmpty();
	}

	@Test
	void readsADocumentsHeadingsAboveTheTableAsTitleRowsWithoutCountingThemAsRows() {
		RawSheet table = new RawSheet("Tabell 2", false, SheetRows.of(Rows.sheet()
			.row("Kontrollmoment", "Status")
			.row("Attest av fakturor", "Genomförd")
			.build()
			.rows()
			.readAll()), List.of("2.1 Ekonomi i balans", "Process: Inköp och upphandling", "År: 2025"));
		SheetReading reading = interpreter.read(table, Legend.NONE);
		assertThat(reading.controls()).singleElement()
			.extracting(c -> c.value(Field.PROCESS))
			.isEqualTo("Inköp och upphandling");
		assertThat(reading.titles()).containsExactly("2.1 Ekonomi i balans", "År: 2025");
		assertThat(reading.labelled()).containsEntry(Labels.Kind.AR, "2025");
		assertThat(reading.tally().describe()).isEqualTo("1 rubrikrad, 1 kontrollrad");
	}
	/** "Uppföljning 2025" names a result only in part; columns under it holding nothing but legend codes are statuses. */
	@Test
	void readsLegendCodesUnderAGroupHeadingThatNamesAResultAsOneStatusPerPeriod() {
		Legend legend = new Legend(Map.of("g", "genomförd", "p", "påbörjad", "e", "ej påbörjad"), Map.of(), Set.of(),
				"Dokumentets text", Set.of());
		SheetReading reading = interpreter.read(Rows.sheet()
			.cells(RawCell.of(0, "Kontrollmoment"), merged(1, "Uppföljning 2025", false, true),
					merged(2, "Uppföljning 2025", false, true), RawCell.of(3, "Kommentar"))
			.cells(merged(0, "Kontrollmoment", true, false), RawCell.of(1, "T1"), RawCell.of(2, "T2"),
					merged(3, "Kommentar", true, false))
			.row("Bygglovsbeslut fattas inom lagstadgad tid", "P", "G", "Tre ärenden överskred tiden.")
			.row("Avgifter för bygglov debiteras enligt taxan", "G", "G", "Stickprov 15 ärenden.")
			.row("Fakturering av nybyggnadskartor sker vid leverans", "E", "P", null)
			.build(), legend);
		assertThat(reading.layout().orElseThrow().describe()).isEqualTo("kontrollmoment ← 'Kontrollmoment' (kolumn A), "
				+ "resultat ← 'Kommentar' (kolumn D), status ← 'Uppföljning 2025 T1' (kolumn B, av teckenförklaringen), "
				+ "status ← även 'Uppföljning 2025 T2' (kolumn C)");
	}

	@Test
	void aTitleMergedAcrossTheSheetIsNoHeaderWhateverItsWords() {
		SheetReading reading = interpreter.read(Rows.sheet()
			.cells(merged(0, "Internkontrollplan 2025 – Uppföljning", false, true),
					merged(1, "Internkontrollplan 2025 – Uppföljning", false, true),
					merged(2, "Internkontrollplan 2025 – Uppföljning", false, true))
			.row("Namn", "Status", "Senaste kommentar")
			.row("Stickprov på 15 bygglovsbeslut inom lagstadgad tid", "Klar", "Två ärenden överskred tiden.")
			.row("Kontroll av att delegationsbeslut anmäls till nämnden", "Pågår", "Genomgång av hösten återstår.")
			.build(), Legend.NONE);
		assertThat(reading.layout().orElseThrow().headerRow()).isEqualTo(2);
		assertThat(reading.controls()).hasSize(2);
	}
	/** A legend box beside the table, headed with the status column's own word, adds no column to the table. */
	@Test
	void aHeadingOverALegendBoxPastAnEmptyColumnIsNoColumnOfTheTable() {
		SheetReading reading = interpreter.read(Rows.sheet()
			.row("Nr", "Aktivitet", "Utfall", "Kommentar", null, "Utfall")
			.row("1", "Bygglov handläggs inom tio veckor enligt plan- och bygglagen", "1", "Sex ärenden sena.", null, "1",
					"Genomförd")
			.row("2", "Tillsynsavgifter för livsmedelskontroll debiteras enligt taxan", "2", "Pågår.", null, "2",
					"Delvis genomförd")
			.row("3", "Beslut om strandskyddsdispens skickas till länsstyrelsen", "3", null, null, "3", "Ej genomförd")
			.row("4", "Ändrings- och tilläggsarbeten godkänns av behörig person", "1", "Klart i december.")
			.build(), Legend.NONE);
		assertThat(reading.layout().orElseThrow().describe()).isEqualTo("kontroll-id ← 'Nr' (kolumn A), "
				+ "kontrollmoment ← 'Aktivitet' (kolumn B), resultat ← 'Kommentar' (kolumn D), "
				+ "status ← 'Utfall' (kolumn C)");
	}

	@Test
	void readsTheLegendInTheSheetsTextBoxes() {
		RawSheet sheet = Rows.sheet()
			.row("Vad kontrolleras", "Bedömning (0–3)")
			.row("Kontroll att bygglovsbeslut fattas inom tio veckor", "3")
			.build();
		RawSheet withBox = new RawSheet(sheet.name(), false, sheet.rows(), List.of(), Set.of(),
				List.of("Bedömningsskala", "3 = Genomförd", "1 = Delvis genomförd", "0 = Ej genomförd"));
		assertThat(interpreter.legend(withBox).tokens()).containsEntry("3", "Genomförd").containsEntry("0", "Ej genomförd");
	}

	/** Tick columns per tertial under merged group headings: the latest tertial with a tick decides. */
	@Test
	void readsTickColumnsPerPeriodByTheLatestPeriodWithATick() {
		SheetReading reading = interpreter.read(Rows.sheet()
			.cells(RawCell.of(0, "Kontrollmoment"), merged(1, "Tertial 1", false, true), merged(2, "Tertial 1", false, true),
					merged(3, "Tertial 1", false, true), merged(4, "Tertial 2", false, true),
					merged(5, "Tertial 2", false, true), merged(6, "Tertial 2", false, true))
			.cells(merged(0, "Kontrollmoment", true, false), RawCell.of(1, "Genomförd"), RawCell.of(2, "Delvis"),
					RawCell.of(3, "Ej"), RawCell.of(4, "Genomförd"), RawCell.of(5, "Delvis"), RawCell.of(6, "Ej"))
			.row("Kontroll av att betygsrapportering sker i tid", null, "X", null, "X", null, null)
			.row("Kontroll att lärarlegitimation finns för tillsvidareanställda", "X", null, null, null, null, null)
			.row("Kontroll av att inköp av läromedel sker från upphandlade leverantörer", null, null, null, "X", null, "X")
			.build(), Legend.NONE);
		assertThat(reading.controls()).extracting(c -> c.value(Field.STATUS))
			.containsExactly("Tertial 2 Genomförd", "Tertial 1 Genomförd", "Tertial 2 Genomförd, Tertial 2 Ej");
	}

	/** Round 65: colours only per tertial; a control coloured at T1 and left blank at T2 keeps T1's colour. */
	@Test
	void takesTheYearsLatestColourWhenTheLatestPeriodIsLeftBlank() {
		SheetReading reading = interpreter.read(Rows.sheet()
			.row("Risk-ID", "Kontroll", "T1", "T2", "Notering")
			.cells(RawCell.of(0, "R6"), RawCell.of(1, "Brandskyddskontroll (SBA) i gemensamma utrymmen"),
					filled(2, "", "A6A6A6"), RawCell.of(4, "Hanteras genom räddningstjänstens tillsyn."))
			.cells(RawCell.of(0, "R7"), RawCell.of(1, "Kontroll av att nyckelkvittenser finns för huvudnycklar"),
					filled(2, "", "00B050"), filled(3, "", "FFFF00"))
			.cells(RawCell.of(0, "R8"), RawCell.of(1, "OVK-besiktningar enligt besiktningsplanen för bostäderna"),
					filled(2, "", "00B050"), filled(3, "", "FF0000"))
			.build(), Legend.NONE);
		assertThat(reading.controls()).extracting(ControlRow::statusFills)
			.containsExactly(List.of("A6A6A6"), List.of("FFFF00"), List.of("FF0000"));
	}

	/** Round 64: "Bedömning" written as a sentence per control beside the result. */
	@Test
	void keepsAStatusHeadingOverSentencesStatingTheStatus() {
		SheetReading reading = interpreter.read(Rows.sheet()
			.row("Kontrollmoment", "Metod och omfattning", "Resultat", "Bedömning")
			.row("Stickprov av 20 utbetalningar av ekonomiskt bistånd", "Stickprov i Procapita",
					"20 utbetalningar granskade. Två saknade underlag.", "Kontrollen är genomförd. Avvikelser har noterats.")
			.row("Kontroll av att återkrav beslutas och följs upp enligt rutin", "Genomgång av återkravsärenden",
					"Samtliga 14 återkravsärenden genomgångna.", "Kontrollen är genomförd utan anmärkning.")
			.build(), Legend.NONE);
		assertThat(reading.layout().orElseThrow().describe()).contains("status ← 'Bedömning' (kolumn D)");
	}

	/** Round 65: a table on its side, a control per column. */
	@Test
	void readsATableOnItsSideAsAControlPerColumn() {
		SheetReading reading = interpreter.read(Rows.sheet()
			.row("Nr", "K1", "K2")
			.row("Kontrollmoment", "Kontroll att planerade livsmedelsinspektioner genomförts",
					"Debitering av timavgift för livsmedelskontroll – stickprov")
			.row("Ansvarig", "Miljöchef", "Administratör")
			.row("Status", "Delvis", "Genomförd")
			.row("Kommentar", "38 av 52 inspektioner utförda.", "Ett ärende hade inte debiterats.")
			.build(), Legend.NONE);
		assertThat(reading.controls()).extracting(c -> c.value(Field.KONTROLLMOMENT), c -> c.value(Field.STATUS))
			.containsExactly(tuple("Kontroll att planerade livsmedelsinspektioner genomförts", "Delvis"),
					tuple("Debitering av timavgift för livsmedelskontroll – stickprov", "Genomförd"));
	}

	/** Round 208: the title and the report's period above a table on its side stay out of its columns, as labels. */
	@Test
	void readsTheLabelsAboveATableOnItsSideAsLabels() {
		SheetReading reading = interpreter.read(Rows.sheet()
			.row("Ljungdalahem – Uppföljning internkontroll 2025")
			.row("Rapportperiod: helår")
			.row()
			.row("Kontroll nr", "1", "2")
			.row("Kontrollmoment", "Kontroll av att hyresavier överensstämmer med gällande hyresavtal",
					"Kontroll av att besiktningsprotokoll upprättas vid avflyttning")
			.row("Ansvarig", "Ekonomichef", "Förvaltare")
			.row("Har kontrollen genomförts?", "Ja", "Delvis")
			.row("Kommentar", "Stickprov 50 lägenheter.", "Protokoll saknades för 4 av 30 avflyttningar.")
			.row()
			.row("Godkänd av VD Anders Wikström 2026-01-30")
			.build(), Legend.NONE);
		assertThat(reading.controls()).extracting(c -> c.value(Field.STATUS)).containsExactly("Ja", "Delvis");
		assertThat(reading.layout().orElseThrow().has(Field.PERIOD)).isFalse();
		assertThat(reading.labelled()).containsEntry(Labels.Kind.PERIOD, "helår");
	}

	/** Round 65: a month per column, each month's mark the status of that month. */
	@Test
	void readsAColumnPerMonthAsAStatusPerPeriod() {
		SheetReading reading = interpreter.read(Rows.sheet()
			.row("Nr", "Kontrollmoment", "Ansvarig", "Frekvens", "Jan", "Feb", "Mar", "Apr", "Maj", "Jun", "Jul", "Aug",
					"Sep", "Okt", "Nov", "Dec", "Kommentar")
			.row("1", "Kontroll att skolskjutsbeslut finns för samtliga elever", "Handläggare", "Per termin", "Genomförd",
					null, null, null, null, null, null, "Delvis")
			.row("2", "Avstämning av fakturor från skolskjutsentreprenör mot körda turer", "Handläggare", "Månadsvis",
					"Genomförd", "Genomförd", "Genomförd")
			.build(), Legend.NONE);
		assertThat(reading.controls()).hasSize(2);
		assertThat(reading.layout().orElseThrow().describe()).contains("status ← 'Jan' (kolumn E, av innehållet)",
				"status ← även 'Feb' (kolumn F)", "status ← även 'Aug' (kolumn L)");
	}

	/** Round 63: a control in lower case under one whose text did not end, but in a process of its own. */
	@Test
	void startsANewControlWhereANewProcessStartsThoughItsTextGoesOnInLowerCase() {
		SheetReading reading = interpreter.read(Rows.sheet()
			.row("Process", "Kontrollmoment", "Status", "Kommentar")
			.row("Vuxenutbildning", "Kontroll att avtal med externa utbildningsanordnare följs upp", "ej genomförd",
					"ingen tid")
			.row("Arbetsmarknad", "kontroll av att anställningsstöd rekvireras från AF varje månad", null,
					"klart, inga avvikelser")
			.build(), Legend.NONE);
		assertThat(reading.controls()).hasSize(2);
	}

	/** Round 63: a note signed like a mail under the table is no control left unreported. */
	@Test
	void takesASignedNoteUnderTheTableForANote() {
		SheetReading reading = interpreter.read(Rows.sheet()
			.row("Kontrollmoment", "Status", "Kommentar")
			.row("Kontroll av inventarier i AME:s verkstad", "? (fråga Ann-Sofie)", null)
			.row()
			.row("Ann-Sofie har inte svarat än om verkstan /Micke")
			.build(), Legend.NONE);
		assertThat(reading.controls()).extracting(c -> c.value(Field.KONTROLLMOMENT))
			.containsExactly("Kontroll av inventarier i AME:s verkstad");
	}

	/** Round 62: a checklist with a box in every tick cell, ticked or not. */
	@Test
	void readsTickColumnsOfBoxesWhereAnUntickedBoxIsNoAnswer() {
		SheetReading reading = interpreter.read(Rows.sheet()
			.row("Nr", "Kontrollmoment", "Genomförd", "Delvis", "Ej genomförd", "Ej aktuellt", "Notering")
			.row("A1", "Samtliga inkomna årsräkningar för 2024 är granskade", "☒", "☐", "☐", "☐", "412 av 418 granskade.")
			.row("A2", "Stickprov av 15 granskade årsräkningar mot kontoutdrag", "☐", "☒", "☐", "☐", null)
			.row("A3", "Arvodesbeslut – stickprov 20 beslut mot riktlinjen", "☐", "☐", "☐", "☒", "Ingår i C1.")
			.build(), Legend.NONE);
		assertThat(reading.controls()).extracting(c -> c.value(Field.STATUS))
			.containsExactly("Genomförd", "Delvis", "Ej aktuellt");
	}

	/** Round 62: a verksamhetsberättelse's key figures above the controls, a year per column. */
	@Test
	void readsYearsSideBySideAboveTheTableAsOneTitle() {
		SheetReading reading = interpreter.read(Rows.sheet()
			.row("Nyckeltal", "Utfall 2023", "Utfall 2024", "Utfall 2025")
			.row("Kontrollmoment", "Status", "Kommentar")
			.row("Inventering av växelkassor på bibliotek och fritidsgårdar", "Genomförd", "Kassorna stämde.")
			.build(), Legend.NONE);
		assertThat(reading.titles()).containsExactly("Nyckeltal | Utfall 2023 | Utfall 2024 | Utfall 2025");
	}

	@Test
	void takesAResultHeadingOverNothingButLegendSymbolsForTheStatusColumn() {
		Legend legend = new Legend(Map.of("●", "genomförd", "◐", "delvis genomförd", "○", "ej genomförd"), Map.of(),
				Set.of(), "Uppföljning", Set.of());
		SheetReading reading = interpreter.read(Rows.sheet()
			.row("Vad kontrolleras", "Resultat", "Kommentar/åtgärd")
			.row("Kontroll av att vinterväghållningens fakturor stämmer mot körjournaler", "●", "Inga fel.")
			.row("Stickprov på att egenkontroller av lekplatser dokumenteras", "◐", "Hälften klara.")
			.row("Kontroll av att systematiskt brandskyddsarbete dokumenteras", "○", "Start i september.")
			.build(), legend);
		assertThat(reading.layout().orElseThrow().column(Field.STATUS)).contains(1);
		assertThat(reading.layout().orElseThrow().column(Field.RESULTAT)).contains(2);
	}

	/** Round 183: a Stratsys report's levels by indentation, the risk named with its risk value over its controls. */
	@Test
	void readsARiskWithItsRiskValueOnARowOfItsOwnAsTheLevelOverItsControls() {
		SheetReading reading = interpreter.read(Rows.sheet()
			.row("Namn", "Ansvarig", "Riskvärde", "Status helår", "Kommentar")
			.row("Ekonomiskt bistånd")
			.row("Beslut fattas utan delegation", null, "9")
			.row("Stickprov av beslut om ekonomiskt bistånd", "Enhetschef", null, "Genomförd", "Inga avvikelser.")
			.row("Felaktiga eller dubbla utbetalningar", null, "12")
			.row("Kontroll av dubbelutbetalningar mot Försäkringskassan", "Controller", null, "Pågår", null)
			.row("Behörigheter i verksamhetssystemet följs upp", "Systemförvaltare")
			.build(), Legend.NONE);
		assertThat(reading.controls()).extracting(c -> c.value(Field.KONTROLLMOMENT), c -> c.value(Field.RISK),
				c -> c.value(Field.RISKVARDE)).containsExactly(
						tuple("Stickprov av beslut om ekonomiskt bistånd", "Beslut fattas utan delegation", "9"),
						tuple("Kontroll av dubbelutbetalningar mot Försäkringskassan", "Felaktiga eller dubbla utbetalningar",
								"12"),
						tuple("Behörigheter i verksamhetssystemet följs upp", "Felaktiga eller dubbla utbetalningar", "12"));
	}

	/** Rounds 171 and 183: who signed, under the line saying where and when, is no control. */
	@Test
	void readsNoControlFromTheNameUnderWhereAndWhenTheFollowUpWasSigned() {
		SheetReading reading = interpreter.read(Rows.sheet()
			.row("Kontrollmoment", "Ansvarig", "Status", "Kommentar")
			.row("Granskning av årsräkningar", "Handläggare", "Genomförd", "Inga fel.")
			.row("Bevakning av att förteckningar inkommer", "Handläggare", "Ej genomförd", null)
			.row()
			.row("Bergsjö 2026-01-15")
			.row("Eva Lundgren, enhetschef")
			.build(), Legend.NONE);
		assertThat(reading.controls()).extracting(c -> c.value(Field.KONTROLLMOMENT))
			.containsExactly("Granskning av årsräkningar", "Bevakning av att förteckningar inkommer");
	}

	/** Round 185: a table per control in the seeds' style, its result in a row merged across under the control's. */
	@Test
	void readsTheLabelledResultMergedAcrossTheControlsTableAsItsResult() {
		String result = "Beskrivning och resultat av kontrollaktivitet:\nVB: Avstämning genomförd i juni och december. "
				+ "Inga avvikelser har noterats.";
		SheetReading reading = interpreter.read(Rows.sheet()
			.row("Arbetssätt", "Systematisk kontroll", "Kontrollaktivitet")
			.row("Avstämning av fakturerade avgifter", "Avstämning av debitering",
					"Miljöekonom stämmer av att samtliga tillsynsbesök har debiterats")
			.cells(merged(0, result, false, true), merged(1, result, false, true), merged(2, result, false, true))
			.build(), Legend.NONE);
		assertThat(reading.controls()).singleElement().satisfies(c -> assertThat(c.value(Field.RESULTAT))
			.isEqualTo("VB: Avstämning genomförd i juni och december. Inga avvikelser har noterats."));
	}

	/**
	 * Round 189: actions on rows of their own under a control, "Åtgärd: …" in its column with who and by when: the
	 * control's actions, and no header of a new table though the date and name columns are typed by what they hold.
	 */
	@Test
	void readsActionsOnRowsOfTheirOwnUnderAControlAsItsActions() {
		SheetReading reading = interpreter.read(Rows.sheet()
			.row("Process", "Kontrollmoment", "Ansvarig", "Status", "Kommentar", "Klart datum")
			.row("Myndighetsutövning", "Utredningar inom barn och unga slutförs inom fyra månader", "Enhetschef",
					"Genomförd", "88 % avslutade i tid.")
			.row(null, "Åtgärd: Mall för beslut om förlängd utredningstid införs", "Enhetschef", null, null, "2026-03-31")
			.row(null, "Åtgärd: Veckovis bevakningslista till arbetsledare", "Biträdande enhetschef", null, null,
					"2026-02-15")
			.row(null, "Orosanmälningar skyddsbedöms inom 24 timmar", "Enhetschef mottagning", "Genomförd",
					"Samtliga inom 24 timmar.")
			.row(null, "Beslut om ekonomiskt bistånd fattas enligt delegationsordningen", "Enhetschef", "Genomförd",
					"Inga fel.")
			.build(), Legend.NONE);
		assertThat(reading.controls()).extracting(c -> c.value(Field.KONTROLLMOMENT)).containsExactly(
				"Utredningar inom barn och unga slutförs inom fyra månader", "Orosanmälningar skyddsbedöms inom 24 timmar",
				"Beslut om ekonomiskt bistånd fattas enligt delegationsordningen");
		assertThat(reading.controls().get(0).value(Field.ATGARD)).contains("Mall för beslut om förlängd utredningstid",
				"Veckovis bevakningslista till arbetsledare");
	}

	/** Round 184: an instruction's filled-in example, "(Exempel)" before the control's text. */
	@Test
	void readsNoControlFromARowMarkedAsTheExampleBeforeItsText() {
		SheetReading reading = interpreter.read(Rows.sheet()
			.row("Kontrollmoment", "Status", "Kommentar")
			.row("(Exempel) Attest av leverantörsfakturor enligt attestordningen", "Genomförd", "Stickprov 20 fakturor.")
			.build(), Legend.NONE);
		assertThat(reading.controls()).isEmpty();
	}

	/**
	 * Rounds 235 and 236: under the table, a numbered attachment ("Bilaga 2: …") and a sign-off in English ("Approved by
	 * / Godkänd av:" beside who and when): no controls.
	 */
	@Test
	void readsANumberedAttachmentAndAnEnglishSignOffUnderTheTableAsNoControls() {
		SheetReading reading = interpreter.read(Rows.sheet()
			.row("Kontrollmoment", "Metod", "Ansvarig", "Status")
			.row("Loggkontroll i verksamhetssystemet Treserva", "Slumpvis loggutdrag 20 användare", "Systemförvaltare",
					"Genomförd")
			.row("Avtalsuppföljning av köpt öppenvård", "Avtalsgenomgång", "Socialchef", "Utgår")
			.row()
			.row("Bilaga 2: Loggkontroll Treserva (separat dokument, sekretess)")
			.row("Approved by / Godkänd av:", null, null, "Eeva Lindqvist, kommundirektör, 2026-01-28")
			.build(), Legend.NONE);
		assertThat(reading.controls()).extracting(c -> c.value(Field.KONTROLLMOMENT))
			.containsExactly("Loggkontroll i verksamhetssystemet Treserva", "Avtalsuppföljning av köpt öppenvård");
	}

	/**
	 * Round 524: a tertial's report in a template with a status column per tertial, nothing yet under T3: the columns
	 * of periods to come are no part of the table, so T2 is the latest period and no status was left blank in T3.
	 */
	@Test
	void readsAPeriodColumnNobodyFilledInAsAPeriodToCome() {
		SheetReading reading = interpreter.read(Rows.sheet()
			.row("Kontrollmoment", "Status T1", "Status T2", "Status T3", "Kommentar")
			.row("Attest av leverantörsfakturor enligt attestordningen", "Genomförd", "Genomförd", null, "Inga fel.")
			.row("Provtagning av dricksvatten sker enligt kontrollprogrammet", "Genomförd", "Pågår", null,
					"Provtagningen i juli uteblev; tas i september.")
			.build(), Legend.NONE);
		assertThat(reading.layout().orElseThrow().describe()).doesNotContain("Status T3");
		assertThat(reading.controls()).extracting(c -> c.value(Field.STATUS))
			.containsExactly("Status T1: Genomförd\nStatus T2: Genomförd", "Status T1: Genomförd\nStatus T2: Pågår");
	}

	/** Round 523: last year's comments kept beside this year's, each under its year, are a result per year. */
	@Test
	void readsLastYearsCommentsBesideThisYearsAsAResultPerYear() {
		SheetReading reading = interpreter.read(Rows.sheet()
			.row("Kontrollmoment", "Uppföljning 2024 Status", "Uppföljning 2024 Kommentar", "Helår 2025 Status",
					"Helår 2025 Kommentar")
			.row("Läkemedelshantering – avvikelser rapporteras i Synergi", "Delvis", "Brister på två enheter.", null,
					"Utgår 2025 – hanteras inom ledningssystemet för kvalitet.")
			.build(), Legend.NONE);
		assertThat(reading.controls()).extracting(c -> c.value(Field.RESULTAT)).containsExactly(
				"Uppföljning 2024 Kommentar: Brister på två enheter.\n"
						+ "Helår 2025 Kommentar: Utgår 2025 – hanteras inom ledningssystemet för kvalitet.");
	}

	/**
	 * Round 527: a control's second line saying how it is sampled ("Urval: …"), beside a result of two clauses, is one
	 * control; so is one with its method under it beside a status per period.
	 */
	@Test
	void readsAControlWithItsSampleOrMethodUnderItAsOne() {
		SheetReading reading = interpreter.read(Rows.sheet()
			.row("Kontrollmoment", "Status T1", "Status delår", "Resultat")
			.row("Hantering av brukares kontanter på gruppbostäder\nUrval: kassabok och kvitton på 4 gruppbostäder",
					null, null, "Utgår enligt beslut i socialnämnden 2025-05-21 § 48; ersätts av en fördjupad "
							+ "granskning")
			.row("Bygglov handläggs inom lagstadgad tid\nStickprov 10 beslut om bygglov", "Pågår", "Genomförd",
					"Inga avvikelser.")
			.build(), Legend.NONE);
		assertThat(reading.controls()).extracting(ControlRow::row).containsExactly(2, 3);
	}

	/**
	 * Round 109: a control's text with its method and result under it, each row with another status, is a table of
	 * controls, not a legend's rows explaining the statuses.
	 */
	@Test
	void readsControlsWithTheirResultsInTheirTextAsNoLegend() {
		String[] texts = {"Kontantkassor på bibliotek och badhus – oanmäld kassainventering\nOanmäld inventering två "
				+ "gånger per år\nGenomförd i maj på huvudbiblioteket, ingen differens.",
				"Uthyrning av lokaler och idrottshallar faktureras\nAvstämning bokningssystem mot fakturor\nPåbörjad, "
						+ "avstämningen mot fakturorna pågår.",
				"Inventarieförteckning – kulturskolans instrument\nFysisk inventering mot förteckning\nEj påbörjad, "
						+ "planeras till november."};
		// As the job's meanings do, the texts' own words tell a status.
		Vocabulary words = StatusWordsForTests.vocabulary();
		Vocabulary meanings = text -> words.knows(text) || java.util.Arrays.asList(texts).contains(text);
		SheetReader reader = StatusWordsForTests.reader(meanings);
		SheetReading reading = reader.read(Rows.sheet()
			.row("Nr", "Kontrollmoment / metod / resultat", "Bedömning", "Ansvarig")
			.row("1", texts[0], "Genomförd", "Bibliotekschef")
			.row("2", texts[1], "Påbörjad", "Administratör")
			.row("3", texts[2], "Ej utförd", "Kulturskolechef")
			.build(), Legend.NONE);
		assertThat(reading.controls()).extracting(c -> c.value(Field.ID)).containsExactly("1", "2", "3");
	}

	/** Round 522: a risk row whose kontrollmoment is a dash, a remark beside it that the risk is accepted, is none. */
	@Test
	void readsARiskWithADashForItsControlAsNoControl() {
		SheetReading reading = interpreter.read(Rows.sheet()
			.row("Nr", "Risk", "Kontrollmoment", "Status", "Kommentar")
			.row("1", "Felaktig debitering av tillsynsavgifter", "Tillsynsavgifter debiteras enligt nämndens taxa", "G",
					"Stickprov 20 fakturor.")
			.row("2", "Felaktig information på webbplatsen", "–", null,
					"Låg risk – accepteras, ingen kontroll i planen.")
			.build(), Legend.NONE);
		assertThat(reading.controls()).extracting(c -> c.value(Field.ID)).containsExactly("1");
	}

	/**
	 * Round 531: each control on two rows, its number merged down over both, its follow-up labelled by the period on
	 * the second row beside the status: one control, its follow-up the result; the last control, followed up on no
	 * line, leaves the table's status column standing.
	 */
	@Test
	void readsAFollowUpLineUnderTheControlsRowWithinItsMergedNumberAsTheControls() {
		SheetReading reading = interpreter.read(Rows.sheet()
			.row("Nr", "Process", "Kontrollmoment / uppföljning", "Ansvarig", "Bedömning")
			.row("1", "Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Controller")
			.cells(merged(0, "1", true, false), merged(1, "Ekonomi", true, false),
					RawCell.of(2, "Uppföljning helår: Stickprov 20 fakturor. Samtliga attesterade korrekt."),
					merged(3, "Controller", true, false), RawCell.of(4, "Genomförd"))
			.row("2", "Ekonomi", "Kontroll av skolskjutsfakturor mot beställda resor", "Skolskjutssamordnare")
			.cells(merged(0, "2", true, false), merged(1, "Ekonomi", true, false),
					RawCell.of(2, "Uppföljning helår: Höstterminens fakturor kontrollerade, vårterminens inte."),
					merged(3, "Skolskjutssamordnare", true, false), RawCell.of(4, "Delvis"))
			.row("3", "Styrning", "Kontroll av att delegationsbeslut anmäls till nämnden", "Nämndsekreterare")
			.cells(merged(0, "3", true, false), merged(1, "Styrning", true, false),
					merged(3, "Nämndsekreterare", true, false))
			.build(), Legend.NONE);
		assertThat(reading.controls()).extracting(c -> c.value(Field.KONTROLLMOMENT), c -> c.value(Field.STATUS),
				c -> c.value(Field.RESULTAT))
			.containsExactly(tuple("Attest av leverantörsfakturor enligt attestordningen", "Genomförd",
					"Stickprov 20 fakturor. Samtliga attesterade korrekt."),
					tuple("Kontroll av skolskjutsfakturor mot beställda resor", "Delvis",
							"Höstterminens fakturor kontrollerade, vårterminens inte."),
					tuple("Kontroll av att delegationsbeslut anmäls till nämnden", "", ""));
		assertThat(reading.layout().orElseThrow().describe()).contains("status ← 'Bedömning' (kolumn E)");
	}

	/** Round 529: "Summering | Antal" under the table over a status and its count per row: a summary, no controls. */
	@Test
	void readsCountsPerStatusUnderASummarysHeadingAndCountsHeadingAsTheSummary() {
		SheetReading reading = interpreter.read(Rows.sheet()
			.row("Nr", "Kontrollmoment", "Ansvarig", "Status")
			.row("1.1", "Kontroll att grävtillstånd finns för schaktningar i kommunal mark", "Gatuingenjör",
					"Genomförd")
			.row("1.2", "Besiktning av lekplatser enligt SS-EN 1176", "Parkansvarig", "Delvis genomförd")
			.row()
			.row(null, "Summering", null, "Antal")
			.row(null, "Genomförd (varav med avvikelse: 1)", null, "1")
			.row(null, "Delvis genomförd", null, "1")
			.build(), Legend.NONE);
		assertThat(reading.controls()).extracting(c -> c.value(Field.KONTROLLMOMENT)).containsExactly(
				"Kontroll att grävtillstånd finns för schaktningar i kommunal mark",
				"Besiktning av lekplatser enligt SS-EN 1176");
	}

	/**
	 * Round 532: "Sammanfattande bedömning:" under the table, its sentence merged across the rest of the row: the
	 * nämnd's assessment, no control.
	 */
	@Test
	void readsTheAssessmentMergedAcrossBesideItsLabelAsTheAssessment() {
		String sentence = "Den interna kontrollen inom Sektor Lärande bedöms som tillräcklig. Kontroller som ej är "
				+ "genomförda slutförs under hösten.";
		SheetReading reading = interpreter.read(Rows.sheet()
			.row("Område", "Kontrollmoment", "Ansvarig", "Status", "Kommentar")
			.row("Ekonomi", "Skolskjuts faktureras korrekt av entreprenör", "Skolskjutssamordnare", "Klar",
					"Inga avvikelser.")
			.row("Personal", "Legitimation kontrolleras vid anställning av lärare", "HR-konsult", "Påbörjad", null)
			.row()
			.cells(RawCell.of(0, "Sammanfattande bedömning:"), merged(1, sentence, false, true),
					merged(2, sentence, false, true), merged(3, sentence, false, true),
					merged(4, sentence, false, true))
			.build(), Legend.NONE);
		assertThat(reading.controls()).extracting(c -> c.value(Field.KONTROLLMOMENT)).containsExactly(
				"Skolskjuts faktureras korrekt av entreprenör", "Legitimation kontrolleras vid anställning av lärare");
		assertThat(reading.labelled()).containsEntry(Labels.Kind.BEDOMNING, sentence);
	}

	/**
	 * Round 536: "Kommentar: …" merged across the whole table, its number column too, under a control's row: the
	 * control's comment, not a heading of the rows below.
	 */
	@Test
	void readsACommentMergedAcrossTheTableUnderAControlAsItsResult() {
		String comment = "Kommentar: Granskningen är genomförd. Samtliga nio placeringar har gjorts enligt ramavtal.";
		SheetReading reading = interpreter.read(Rows.sheet()
			.row("Nr", "Kontrollmoment", "Metod", "Ansvarig", "Genomförd (Ja/Nej/Delvis)")
			.row("1", "Placeringar i HVB och familjehem sker enligt ramavtal", "Genomgång av nya placeringar",
					"Enhetschef", null)
			.cells(merged(0, comment, false, true), merged(1, comment, false, true), merged(2, comment, false, true),
					merged(3, comment, false, true), merged(4, comment, false, true))
			.row("2", "Placerade barn besöks minst fyra gånger per år", "Stickprov 15 akter", "Enhetschef", "Ja")
			.build(), Legend.NONE);
		assertThat(reading.controls()).extracting(c -> c.value(Field.RESULTAT), c -> c.value(Field.PROCESS))
			.containsExactly(
					tuple("Granskningen är genomförd. Samtliga nio placeringar har gjorts enligt ramavtal.", ""),
					tuple("", ""));
	}

	/**
	 * Round 536: a template asking its columns as questions ("Vad ska kontrolleras? (…)", "Hur gick det?", "Vad har
	 * vi hittat?"): the control, its status by what the column holds, and its findings.
	 */
	@Test
	void readsATableWhoseHeadingsAreQuestions() {
		SheetReading reading = interpreter.read(Rows.sheet()
			.row("Nr", "Vad ska kontrolleras? (vilken rutin eller process ska granskas)", "Hur ska det kontrolleras?",
					"Vem ansvarar?", "Hur gick det?", "Vad har vi hittat?")
			.row("1", "Handläggningstid för bygglov inom tio veckor enligt plan- och bygglagen", "Uttag ur systemet",
					"Bygglovschef", "Klart", "Inget att anmärka.")
			.row("2", "Avgiften för bygglov tas ut enligt gällande taxa", "Stickprov 20 ärenden", "Bygglovschef",
					"Pågår", "Två ärenden hade fått för låg avgift.")
			.row("3", "Tillsyn av miljöfarliga verksamheter enligt tillsynsplanen", "Jämförelse mot besök",
					"Miljöchef", "Ej påbörjad", null)
			.build(), Legend.NONE);
		assertThat(reading.controls()).extracting(c -> c.value(Field.STATUS), c -> c.value(Field.RESULTAT))
			.containsExactly(tuple("Klart", "Inget att anmärka."),
					tuple("Pågår", "Två ärenden hade fått för låg avgift."), tuple("Ej påbörjad", ""));
	}

	/**
	 * Round 538: no status column, each control's own cell coloured as the legend above explains ("Färgförklaring
	 * (kontrollmomentets cell)"): the colour of the control's cell is its status, a control not yet followed up white.
	 */
	@Test
	void readsTheColourOfTheControlsOwnCellAsItsStatusWhenNoColumnHoldsOne() {
		Legend colours = new Legend(Map.of(), Map.of("92D050", "Genomförd", "FFFF00", "Pågår / delvis genomförd",
				"FF0000", "Ej genomförd"), Set.of(1, 2, 3), "Uppföljning");
		SheetReading reading = interpreter.read(Rows.sheet()
			.row("Process", "Kontrollmoment", "Ansvarig", "Iakttagelser")
			.cells(RawCell.of(0, "Bygglov"), filled(1, "Handläggningstid för bygglov inom tio veckor", "92D050"),
					RawCell.of(2, "Bygglovschef"), RawCell.of(3, "7 av 112 ärenden överskred tidsfristen."))
			.cells(RawCell.of(0, "Delegation"), filled(1, "Delegationsbeslut anmäls till nämnden", "92D050"),
					RawCell.of(2, "Nämndsekreterare"), RawCell.of(3, "Samtliga beslut anmälda."))
			.cells(RawCell.of(0, "Livsmedel"), filled(1, "Planerade livsmedelskontroller genomförs enligt plan",
					"FFFF00"), RawCell.of(2, "Miljöchef"), RawCell.of(3, "58 % av kontrollerna utförda."))
			.cells(RawCell.of(0, "Gata"), RawCell.of(1, "Vinterväghållning utförs enligt avtal med entreprenör"),
					RawCell.of(2, "Gatuchef"))
			.build(), colours);
		assertThat(reading.layout().orElseThrow().describe())
			.contains("statusfärg ← 'Kontrollmoment' (kolumn B, av teckenförklaringen)");
		assertThat(reading.controls()).extracting(ControlRow::statusFills)
			.containsExactly(List.of("92D050"), List.of("92D050"), List.of("FFFF00"), List.of());
	}

	/** Round 534: "Sammanställt 2025-09-04, Per Sandberg, verksamhetscontroller" right under the last control. */
	@Test
	void readsWhenAndByWhomTheSheetWasMadeAsItsSignature() {
		SheetReading reading = interpreter.read(Rows.sheet()
			.row("Kontrollmoment", "Ansvarig", "Status", "Kommentar")
			.row("Stadsbibliotekets kontantkassa redovisas och sätts in på bank", "Bibliotekschef", "Ej genomförd",
					"Återupptas i september.")
			.row("Sålda årskort på gymmet stäms av mot kassasystemet", "Anläggningschef", "Utgår", null)
			.row("Sammanställt 2025-09-04, Per Sandberg, verksamhetscontroller")
			.build(), Legend.NONE);
		assertThat(reading.controls()).extracting(c -> c.value(Field.KONTROLLMOMENT)).containsExactly(
				"Stadsbibliotekets kontantkassa redovisas och sätts in på bank",
				"Sålda årskort på gymmet stäms av mot kassasystemet");
	}

	/** A report tool's filter line merged across under a control ("Nämnd är Socialnämnden") is no comment of it. */
	@Test
	void readsAFilterLineAcrossTheTableUnderAControlAsNoCommentOfIt() {
		String filter = "Nämnd är Socialnämnden";
		SheetReading reading = interpreter.read(Rows.sheet()
			.row("Nr", "Kontrollmoment", "Ansvarig", "Status")
			.row("1", "Placeringar i HVB och familjehem sker enligt ramavtal", "Enhetschef", "Genomförd")
			.cells(merged(0, filter, false, true), merged(1, filter, false, true), merged(2, filter, false, true),
					merged(3, filter, false, true))
			.build(), Legend.NONE);
		assertThat(reading.controls()).singleElement().extracting(c -> c.value(Field.RESULTAT)).isEqualTo("");
	}

	/** Round 544: a sentence about the table's controls alone under it, after a gap, is a note, no control. */
	@Test
	void readsASentenceAboutTheControlsAloneUnderTheTableAsANote() {
		SheetReading reading = interpreter.read(Rows.sheet()
			.row("Kontrollmoment", "Ansvarig", "Status", "Kommentar")
			.row("Röstmottagare rekryteras och utbildning planeras enligt tidplan", "Valsamordnare", "Ej påbörjad",
					"Rekryteringen startar i januari 2026.")
			.row("Valnämndens protokoll justeras och anslås inom lagstadgad tid", "Nämndsekreterare", "Genomförd",
					"Båda protokollen anslagna inom tid.")
			.row()
			.row("Flera kontrollmoment avser valet 2026 och följs upp i sin helhet i helårsuppföljningen.")
			.build(), Legend.NONE);
		assertThat(reading.controls()).extracting(c -> c.value(Field.KONTROLLMOMENT))
			.containsExactly("Röstmottagare rekryteras och utbildning planeras enligt tidplan",
					"Valnämndens protokoll justeras och anslås inom lagstadgad tid");
	}

	/** Round 549: a template's numbered instructions, one saying which values the status column takes: no control. */
	@Test
	void readsNoControlInAnInstructionOnWhichValueToChoose() {
		// The classifier's phrases, as the job gives them to the layout: "Ja, Nej, …" opens with a status word.
		Vocabulary words = StatusWordsForTests.vocabulary();
		Vocabulary meanings = text -> words.knows(text) || words.knows(text.split(",")[0]);
		SheetReader reader = StatusWordsForTests.reader(meanings);
		SheetReading reading = reader.read(Rows.sheet()
			.row("Instruktion – uppföljning av internkontrollplan 2025")
			.row()
			.row("Uppföljningen avser tertial 1 (januari–april) 2025. Fyll i fliken \"Uppföljning\" och skicka "
					+ "filen till ekonomiavdelningen senast 2025-05-09.")
			.row()
			.row("1. Ange nämnd/styrelse, vem som upprättat uppföljningen och datum överst på fliken.")
			.row("2. Välj i kolumnen \"Har kontrollen genomförts?\" ett värde i listan: Ja, Nej, Delvis eller Ej "
					+ "aktuell.")
			.row("   Ja = kontrollen är genomförd enligt plan. Delvis = kontrollen är påbörjad eller endast del av "
					+ "urvalet är kontrollerat.")
			.row("   Nej = kontrollen har inte genomförts under perioden. Ej aktuell = kontrollen utgår (ange "
					+ "beslut/orsak i kommentaren).")
			.row("3. Beskriv resultatet kortfattat: urval, antal kontrollerade poster och vad som framkom.")
			.row("4. Ange i kolumnen \"Avvikelse noterad?\" Ja om kontrollen visat fel eller brister, samt åtgärd.")
			.row("5. Lägg inte till eller ta bort kolumner. Nya rader får läggas till vid behov.")
			.row()
			.row("Frågor: Ekonomiavdelningen, Kommunledningsförvaltningen, tfn 0515-88 50 00")
			.build(), Legend.NONE);
		assertThat(reading.controls()).isEmpty();
	}

	/**
	 * Round 549: "Kontroll" and "Resultat" down a column without a heading, the number merged over each pair: the
	 * result row's text in the control's column is its result, its status the control's.
	 */
	@Test
	void readsPairsOfRowsNamedControlAndResultInAColumnWithoutHeadingAsOneControlEach() {
		String[][] pairs = {
			{"Kontroll av att beslut om bistånd fattas av behörig delegat", "Stickprov av 20 beslut. Inga avvikelser.",
				"Genomförd"},
			{"Kontroll av att genomförandeplaner upprättas inom 14 dagar", "19 av 25 hade en plan inom 14 dagar.",
				"Genomförd med anmärkning"},
			{"Kontroll av att fakturor för externa placeringar stäms av mot beslut", "Januari–februari avstämda.",
				"Pågår"}};
		Rows rows = Rows.sheet().row("Nr", null, "Kontrollmoment / resultat", "Status T1");
		for (int i = 0; i < pairs.length; i++) {
			String number = (i + 1) + ".";
			rows.cells(RawCell.of(0, number), RawCell.of(1, "Kontroll"), merged(2, pairs[i][0], false, true),
					merged(3, pairs[i][0], false, true));
			rows.cells(merged(0, number, true, false), RawCell.of(1, "Resultat"), RawCell.of(2, pairs[i][1]),
					RawCell.of(3, pairs[i][2]));
		}
		SheetReading reading = interpreter.read(rows.build(), Legend.NONE);
		assertThat(reading.controls())
			.extracting(c -> c.value(Field.KONTROLLMOMENT), c -> c.value(Field.RESULTAT), c -> c.value(Field.STATUS))
			.containsExactly(tuple(pairs[0][0], pairs[0][1], pairs[0][2]), tuple(pairs[1][0], pairs[1][1], pairs[1][2]),
					tuple(pairs[2][0], pairs[2][1], pairs[2][2]));
	}

	/** Round 554: the sender's own words under the table ("… jag återkommer om den."), after a gap, are no control. */
	@Test
	void readsTheSendersOwnWordsAloneUnderTheTableAsANote() {
		SheetReading reading = interpreter.read(Rows.sheet()
			.row("Kontrollmoment", "Ansvarig", "Status T1", "Kommentar")
			.row("Kontroll att föreningsbidrag betalas ut enligt beslut och riktlinjer", "Föreningskonsulent",
					"Genomförd", "Differens i ett ärende, korrigerat.")
			.row("Attest av leverantörsfakturor enligt attestordningen", "Controller", "Genomförd",
					"Stickprov 25 fakturor, utan anmärkning.")
			.row()
			.row("Bibliotekets kontroll har jag inte fått in ännu, jag återkommer om den.")
			.build(), Legend.NONE);
		assertThat(reading.controls()).extracting(c -> c.value(Field.KONTROLLMOMENT))
			.containsExactly("Kontroll att föreningsbidrag betalas ut enligt beslut och riktlinjer",
					"Attest av leverantörsfakturor enligt attestordningen");
	}

	/**
	 * Round 553: a process merged down over its rows, a control on each; a control's text and its result each in two
	 * paragraphs are one control, not two listed in one cell.
	 */
	@Test
	void keepsAControlWhoseTextAndResultRunOverTwoParagraphsWhereTheProcessSpansSeveralRows() {
		String first = "Kontroll av att utredningar avslutas inom fyra månader.\nStickprov om 10 utredningar.";
		SheetReading reading = interpreter.read(Rows.sheet()
			.row("Process", "Kontrollmoment", "Status", "Resultat")
			.row("Barn och unga", first, "Genomförd", "Nio av tio avslutades i tid.\nEn utredning förlängdes.")
			.cells(merged(0, "Barn och unga", true, false),
					RawCell.of(1, "Kontroll av att förhandsbedömning görs inom 14 dagar."), RawCell.of(2, "Genomförd"),
					RawCell.of(3, "Samtliga 45 anmälningar bedömdes i tid."))
			.build(), Legend.NONE);
		assertThat(reading.controls()).extracting(c -> c.value(Field.KONTROLLMOMENT))
			.containsExactly(first, "Kontroll av att förhandsbedömning görs inom 14 dagar.");
	}

	/** Round 560: "Klart när?" over dates and months says when the work is due, no status. */
	@Test
	void readsAColumnAskingWhenItWillBeDoneAsADeadlineNotAStatus() {
		SheetReading reading = interpreter.read(Rows.sheet()
			.row("Nr", "Vad kontrolleras?", "Vem ansvarar?", "Hur gick det?", "Vad behöver göras?", "Klart när?")
			.row("1", "Att beställningar i e-handelssystemet görs mot upphandlade avtal", "Controller",
					"Stickprov 30 beställningar, fyra utan avtal.", "Informera verkstaden.", "2025-06-30")
			.row("2", "Att körjournaler för kommunens fordon fylls i", "Fordonssamordnare",
					"Halva fordonsparken är kontrollerad, resten görs i maj.", "Slutföra kontrollen.", "maj 2025")
			.row("3", "Att matsvinnet i kostverksamheten mäts och rapporteras", "Kostchef",
					"Mätning gjord vecka 10–12 i samtliga kök.", "Fortsätta mäta.", null)
			.build(), Legend.NONE);
		assertThat(reading.layout()).get().satisfies(layout -> {
			assertThat(layout.has(Field.STATUS)).isFalse();
			assertThat(layout.column(Field.SLUTDATUM)).contains(5);
		});
	}

	/** Round 569: a summary under the controls, its heading and its own column headings over its counts. */
	@Test
	void readsNoControlFromASummarysHeadingsAndCountsUnderTheTable() {
		SheetReading reading = interpreter.read(Rows.sheet()
			.row("Nr", "Kontrollmoment", "Riskvärde (S×K)", "Ansvarig", "Genomförd (Ja/Nej/Delvis)", "Resultat")
			.row("1", "Kontroll av entreprenadfakturor mot avtal", "12", "Projektledare", "Ja", "15 fakturor granskade.")
			.row("2", "Felanmälningar gata/park åtgärdas i tid", "9", "Driftchef", "Delvis", "Stickprov påbörjat.")
			.row()
			.row("Sammanställning")
			.row(null, "Status", "Antal", "Andel")
			.row(null, "Genomförda (Ja)", "1", "50 %")
			.row(null, "Delvis genomförda", "1", "50 %")
			.build(), Legend.NONE);
		assertThat(reading.controls()).extracting(ControlRow::row).containsExactly(2, 3);
	}

	/** Rounds 577 and 590: a sentence under the table on what one of its columns holds is no control. */
	@Test
	void readsNoControlFromASentenceAboutAColumnUnderTheTable() {
		SheetReading reading = interpreter.read(Rows.sheet()
			.row("Kontrollmoment", "Ansvarig", "Status T1", "Iakttagelser / kommentar")
			.row("Loggkontroll i verksamhetssystemet Lifecare", "Systemförvaltare", "Genomförd", "Inga avvikelser.")
			.row("Timanställdas tidrapporter attesteras av chef", "Controller", "Genomförd", "En saknade attest.")
			.row()
			.row("Avvikelser som upptäcks beskrivs i kolumnen Iakttagelser / kommentar.")
			.row("Åtgärder beskrivs i kommentarskolumnen.")
			.build(), Legend.NONE);
		assertThat(reading.controls()).extracting(ControlRow::row).containsExactly(2, 3);
	}

	/** Round 576: an export's control reported at each unit, a row each under the same id, is one control. */
	@Test
	void readsAControlsRowsPerUnitAsOneControlWithAStatusPerUnit() {
		SheetReading reading = interpreter.read(unitRows("Hemtjänst Norra", "Hemtjänst Södra"), Legend.NONE);
		assertThat(reading.controls()).extracting(ControlRow::row, c -> c.value(Field.STATUS),
				c -> c.value(Field.KONTROLLPUNKT))
			.containsExactly(tuple(2, "Status: Klar\nStatus: Pågående", "Hemtjänst Norra\nHemtjänst Södra"),
					tuple(4, "Klar", ""));
	}

	/** The same control reported by two of the register's nämnder, a row each, is two controls. */
	@Test
	void readsAControlsRowsPerNamndOfTheRegisterAsControlsOfTheirOwn() {
		SheetReader knowing = interpreter.knowingSenders(
				text -> text.equals("Socialnämnden") || text.equals("Tekniska nämnden"));
		SheetReading reading = knowing.read(unitRows("Socialnämnden", "Tekniska nämnden"), Legend.NONE);
		assertThat(reading.controls()).extracting(ControlRow::row).containsExactly(2, 3, 4);
	}

	private static RawSheet unitRows(String first, String second) {
		return Rows.sheet()
			.row("Id", "Kontrollmoment", "Enhet", "Status", "Kommentar")
			.row("IK-01", "Genomförandeplaner upprättas inom 14 dagar", first, "Klar", "18 av 20 inom tid.")
			.row("IK-01", "Genomförandeplaner upprättas inom 14 dagar", second, "Pågående", "Stickprov påbörjat.")
			.row("IK-02", "Utbetalning av ekonomiskt bistånd kontrolleras mot beslut", first, "Klar", null)
			.build();
	}

	/** Round 571: a column of days headed "Utfört (datum)" is the status column: a day says when it was done. */
	@Test
	void takesAColumnOfDaysHeadedWithTheWordForDoneAndADateAsTheStatus() {
		SheetReading reading = interpreter.read(Rows.sheet()
			.row("Rutin/system", "Kontrollmoment", "Ansvarig", "Utfört (datum)", "Iakttagelser")
			.row("Ekonomisystem", "Attest av leverantörsfakturor enligt attestordningen", "Controller", "2025-04-24",
					"Inga avvikelser.")
			.row("Kassahantering", "Inventering av handkassor", "Enhetschef", null, "Ej påbörjad, planerad till maj.")
			.build(), Legend.NONE);
		assertThat(reading.layout()).get().extracting(l -> l.column(Field.STATUS)).isEqualTo(java.util.Optional.of(3));
	}

	/** Round 570: "ORG_NAMN" in a system's export is the column of nämnder. */
	@Test
	void takesAnExportsOrganisationNameForTheNamndColumn() {
		SheetReading reading = interpreter.read(Rows.sheet()
			.row("ORG_ID", "ORG_NAMN", "KONTROLLMOMENT_TXT", "STATUS_TXT", "KOMMENTAR_TXT")
			.row("410", "Samhällsbyggnadsnämnden", "Bygglov handläggs inom lagstadgad tid", "Klar", "Inga avvikelser.")
			.row("520", "Kultur- och fritidsnämnden", "Bidrag till föreningar enligt regler", "Pågår", "Påbörjad.")
			.build(), Legend.NONE);
		assertThat(reading.layout()).get().extracting(l -> l.column(Field.NAMND)).isEqualTo(java.util.Optional.of(1));
	}

	/** Round 580: in a system's export, the "Aktivitet" rows under each "Kontroll" row are its actions. */
	@Test
	void readsNoControlFromAnExportsActivityRowsUnderItsControls() {
		SheetReading reading = interpreter.read(Rows.sheet()
			.row("Namn", "Typ", "Ansvarig", "Status", "Kommentar")
			.row("Ekonomi och administration", "Process")
			.row("Attest av leverantörsfakturor enligt attestordningen", "Kontroll", "Controller", "Slutförd",
					"20 fakturor granskade.")
			.row("Påminnelse om attestordningen till enhetschefer", "Aktivitet", "Controller", "Slutförd")
			.row("Fakturering av hemtjänstavgifter stämmer mot utförd tid", "Kontroll", "Avgiftshandläggare", "Pågående")
			.row("Ny rutin för avstämning av TES-tid mot fakturaunderlag", "Aktivitet", "Enhetschef", "Pågående")
			.build(), Legend.NONE);
		assertThat(reading.controls()).extracting(c -> c.value(Field.KONTROLLMOMENT)).containsExactly(
				"Attest av leverantörsfakturor enligt attestordningen",
				"Fakturering av hemtjänstavgifter stämmer mot utförd tid");
	}

	/** Round 583: a "Metod:" line under the control, its number merged down over both rows, is no control. */
	@Test
	void readsTheMethodUnderAControlWhoseNumberIsMergedDownAsNoControl() {
		SheetReading reading = interpreter.read(Rows.sheet()
			.row("Nr", "Kontrollmoment / kontrollmetod", "Ansvarig", "Status", "Iakttagelser")
			.row("1", "Uppföljning av elever med hög frånvaro enligt rutin", "Rektorer", "Genomförd", "13 av 15 dokumenterade.")
			.cells(merged(0, "1", true, false), RawCell.of(1, "Metod: Stickprov 15 elever med mer än 15 % frånvaro"),
					merged(2, "Rektorer", true, false), merged(3, "Genomförd", true, false),
					merged(4, "13 av 15 dokumenterade.", true, false))
			.row("2", "Anmälan om kränkande behandling till huvudman sker skyndsamt", "Verksamhetschef", "Genomförd",
					"Inga avvikelser.")
			.cells(merged(0, "2", true, false), RawCell.of(1, "Metod: Genomgång av samtliga anmälningar jan–aug"),
					merged(2, "Verksamhetschef", true, false), merged(3, "Genomförd", true, false),
					merged(4, "Inga avvikelser.", true, false))
			.build(), Legend.NONE);
		assertThat(reading.controls()).extracting(c -> c.value(Field.KONTROLLMOMENT)).containsExactly(
				"Uppföljning av elever med hög frånvaro enligt rutin",
				"Anmälan om kränkande behandling till huvudman sker skyndsamt");
	}
}
