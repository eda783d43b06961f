package se.ikkonsolidering.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.ikkonsolidering.classify.ControlStatus;
import se.ikkonsolidering.classify.StatusDecision;
import se.ikkonsolidering.classify.StatusSource;
import se.ikkonsolidering.ingest.FileRejectedException;
import se.ikkonsolidering.ingest.WordDocument;
import se.ikkonsolidering.register.Register;

/** Follow-ups typed in Word: found in their tables, described in terms of tables, their sender found around them. */
class DocumentSubmissionTests {

	private static final String[] HEADER = { "Kontrollmoment", "Resultat", "Status" };

	private final SubmissionInterpreter interpreter = new SubmissionInterpreter(InterpretationRules.load(null),
			new Register(List.of(new Register.Namnd("Socialnämnden", List.of("Socialförvaltningen")),
					new Register.Namnd("Kommunstyrelsen", List.of("KS", "Kommunledningskontoret")))));

	@TempDir
	Path dir;

	private Submission read(WordDocument word, String name) throws Exception {
		return interpreter.interpret(word.save(dir.resolve(name)), name, 2020).get(0);
	}

	private static WordDocument followUp(WordDocument word) {
		word.table(HEADER, new String[] { "Attest av fakturor", "Stickprov gjort.", "Genomförd" },
				new String[] { "Behörigheter", "Halva översynen klar.", "Delvis" });
		return word;
	}

	@Test
	void readsTheControlsOfAWordTableAndNamesTheirTable() throws Exception {
		WordDocument word = new WordDocument();
		word.table(new String[] { "Nämnd:", "Socialnämnden" }, new String[] { "Period:", "Helår 2025" });
		Submission s = read(followUp(word), "uppföljning.docx");
		assertThat(s.controls()).extracting(c -> c.decision().status())
			.containsExactly(ControlStatus.GENOMFORD, ControlStatus.DELVIS);
		assertThat(s.controls()).extracting(Control::sheet, Control::row)
			.containsExactly(tuple("Tabell 2", 2), tuple("Tabell 2", 3));
		assertThat(s.message()).startsWith("Läste tabell 2, rubrikrad 1: kontrollmoment ← 'Kontrollmoment' (kolumn A)")
			.contains("Hoppade över tabell 1 (ingen kontrolltabell). ");
	}

	/**
	 * Round 220: a report in prose with a paragraph per period under each control, "T1: …" first and "Helår: …" last,
	 * is the whole year's follow-up: the first paragraph's "T1:" names the period it reports, not the report's.
	 */
	@Test
	void takesTheLatestPeriodReportedUnderTheControlsNotTheFirstParagraphsPeriodLabel() throws Exception {
		WordDocument word = new WordDocument()
			.paragraph("Socialnämnden")
			.paragraph("Uppföljning av internkontrollplan 2025")
			.paragraph("1. Kontroll av att beslut om bistånd fattas enligt delegationsordningen")
			.paragraph("T1: Stickprov 10 beslut, inga avvikelser.")
			.paragraph("Helår: Kontrollen genomförd. Stickprov 40 beslut, inga avvikelser.")
			.paragraph("2. Kontroll av att utbetalt ekonomiskt bistånd stämmer mot beslut")
			.paragraph("T1: Ej påbörjad.")
			.paragraph("Helår: Ej genomförd. Skjuts till 2026.");
		Submission s = read(word, "uppföljning.docx");
		assertThat(s.period()).contains(Period.HELAR);
		assertThat(s.controls()).extracting(c -> c.decision().status())
			.containsExactly(ControlStatus.GENOMFORD, ControlStatus.EJ_GENOMFORD);
	}

	/** Round 611: a form per control whose questions "(Ja/Nej)?" were left unanswered: no part of the result. */
	@Test
	void readsNoUnansweredQuestionOfAFormAsTheResult() throws Exception {
		WordDocument word = new WordDocument().paragraph("Barn- och utbildningsnämnden")
			.paragraph("Uppföljning av intern kontroll – delår 2025");
		word.table(new String[] { "Kontrollmoment", "Inventering av stöldbegärlig utrustning (datorer och surfplattor)" },
				new String[] { "Kontrollansvarig", "IT-samordnare" },
				new String[] { "Är kontrollen utförd enligt plan (Ja/Nej)?", "" },
				new String[] { "Resultat/kommentar", "Se bilaga 2." },
				new String[] { "Har avvikelse upptäckts (Ja/Nej)?", "" });
		Submission s = read(word, "BUN Uppföljning intern kontroll delår 2025.docx");
		assertThat(s.controls()).singleElement().satisfies(c -> {
			assertThat(c.result()).isEqualTo("Se bilaga 2.");
			assertThat(c.decision().status()).isEqualTo(ControlStatus.OKLAR);
		});
	}

	/**
	 * Round 610: a tjänsteskrivelse's proposed decision asks for a report back "i samband med delårsrapporten 2026":
	 * a report to come, not the one the document makes.
	 */
	@Test
	void readsNoPeriodFromADecisionAskingForAReportBackLater() throws Exception {
		WordDocument word = new WordDocument()
			.paragraph("Kommunstyrelsen")
			.paragraph("Uppföljning av kommunstyrelsens internkontrollplan 2025")
			.paragraph("Förslag till beslut")
			.paragraph("1. Kommunstyrelsen godkänner uppföljningen av internkontrollplan 2025.")
			.paragraph("2. Kommunstyrelsen uppdrar åt kommundirektören att återrapportera vidtagna åtgärder för de "
					+ "kontrollmoment där avvikelser har konstaterats i samband med delårsrapporten 2026.");
		word.table(new String[] { "Kontrollmoment", "Resultat", "Status helår" },
				new String[] { "Attest av fakturor", "Stickprov gjort.", "Genomförd" },
				new String[] { "Behörigheter", "Halva översynen klar.", "Delvis" });
		Submission s = read(word, "KS 2026-0041 Tjänsteskrivelse uppföljning internkontrollplan 2025.docx");
		assertThat(s.year()).isEqualTo(2025);
		assertThat(s.period()).contains(Period.HELAR);
	}

	/**
	 * Round 599: each control's report a bulleted list under its heading, "Status:" first: a sentence naming what was
	 * checked among the items ("Stickprov av 25 fakturor, …") goes on reporting, and names no control of its own.
	 */
	@Test
	void readsTheItemsOfAControlsBulletedReportAsItsResult() throws Exception {
		WordDocument word = new WordDocument()
			.paragraph("Kommunstyrelsen – uppföljning av internkontrollplan 2025")
			.paragraph("Attest av leverantörsfakturor enligt attestordningen")
			.paragraph("Kontrollmetod: Stickprov 25 fakturor. Ansvarig: Redovisningschef.")
			.listItem("Status: Genomförd")
			.listItem("Stickprov av 25 fakturor, samtliga korrekt attesterade.")
			.listItem("Inga avvikelser.")
			.paragraph("Upphandlingar över direktupphandlingsgränsen annonseras")
			.paragraph("Kontrollmetod: Genomgång av leverantörsreskontra. Ansvarig: Upphandlingschef.")
			.listItem("Status: Pågår")
			.listItem("Genomgång av leverantörsreskontran januari–juni är klar.")
			.listItem("Juli–augusti granskas i september.");
		Submission s = read(word, "KS internkontroll delårsrapport 2025.docx");
		assertThat(s.controls()).extracting(Control::kontrollmoment, c -> c.decision().status()).containsExactly(
				tuple("Attest av leverantörsfakturor enligt attestordningen", ControlStatus.GENOMFORD),
				tuple("Upphandlingar över direktupphandlingsgränsen annonseras", ControlStatus.DELVIS));
	}

	/**
	 * Round 153: a förvaltning's report for two nämnder, each under a heading of its own and its controls under
	 * "Process: …" headings, is one follow-up per nämnd.
	 */
	/**
	 * Round 265: a förvaltning's report with a table per nämnd under its heading, and a third under "Gemensamma
	 * kontrollmoment för SN och KS": the shared table's controls are each nämnd's own.
	 */
	@Test
	void readsTheControlsOfASectionSharedByTwoNamnderAsEachOnes() throws Exception {
		WordDocument word = new WordDocument().paragraph("Delårsrapport 2025 – uppföljning av intern kontroll")
			.paragraph("1. Socialnämnden (SN)");
		word.table(HEADER, new String[] { "Attest av fakturor för ekonomiskt bistånd", "Stickprov gjort.", "Genomförd" });
		word.paragraph("2. Kommunstyrelsen (KS)");
		word.table(HEADER, new String[] { "Delegationsbeslut anmäls till styrelsen", "Halva året granskat.", "Delvis" });
		word.paragraph("3. Gemensamma kontrollmoment för SN och KS");
		word.table(HEADER, new String[] { "Behörigheter i verksamhetssystemen stäms av", "Avstämning gjord i juni.",
				"Genomförd" });
		String name = "Delårsrapport intern kontroll 2025.docx";
		List<Submission> read = new SubmissionInterpreter(InterpretationRules.load(null),
				new Register(List.of(new Register.Namnd("Socialnämnden", List.of("SN")),
						new Register.Namnd("Kommunstyrelsen", List.of("KS")))))
			.interpret(word.save(dir.resolve(name)), name, 2025);
		assertThat(read).extracting(Submission::namnd, s -> s.controls().stream().map(Control::kontrollmoment).toList())
			.containsExactly(tuple("Socialnämnden", List.of("Attest av fakturor för ekonomiskt bistånd",
					"Behörigheter i verksamhetssystemen stäms av")),
					tuple("Kommunstyrelsen", List.of("Delegationsbeslut anmäls till styrelsen",
							"Behörigheter i verksamhetssystemen stäms av")));
	}

	@Test
	void readsTheControlsUnderEachNamndsHeadingAsThatNamndsAboveTheirProcesses() throws Exception {
		Register register = new Register(List.of(new Register.Namnd("Socialnämnden", List.of("SN")),
				new Register.Namnd("Vård- och omsorgsnämnden", List.of("VON"))));
		WordDocument word = new WordDocument()
			.title("Uppföljning av internkontrollplaner januari–augusti 2025")
			.paragraph("Uppföljning av internkontrollplaner januari–augusti 2025")
			.paragraph("1. Socialnämnden")
			.paragraph("Socialnämndens internkontrollplan 2025 omfattar nio kontroller, varav två följs upp i delår.")
			.paragraph("Process: Ekonomiskt bistånd")
			.paragraph("Kontrollmoment: Kontroll av att utbetalningar av ekonomiskt bistånd föregås av beslut")
			.paragraph("Resultat: 25 utbetalningar granskade, samtliga hade ett dokumenterat beslut.")
			.paragraph("Bedömning: Genomförd utan anmärkning")
			.paragraph("2. Vård- och omsorgsnämnden")
			.paragraph("Process: Hemtjänst")
			.paragraph("Kontrollmoment: Kontroll av att utförd tid i hemtjänsten överensstämmer med beviljad tid")
			.paragraph("Resultat: Kontrollen har inte kunnat genomföras på grund av vakanser.")
			.paragraph("Bedömning: Ej genomförd");
		String name = "Uppföljning intern kontroll jan-aug 2025 SN och VON.docx";
		List<Submission> read = new SubmissionInterpreter(InterpretationRules.load(null), register)
			.interpret(word.save(dir.resolve(name)), name, 2025);

		assertThat(read).extracting(Submission::namnd, Submission::period, s -> s.controls().size())
			.containsExactly(tuple("Socialnämnden", java.util.Optional.of(Period.DELAR), 1),
					tuple("Vård- och omsorgsnämnden", java.util.Optional.of(Period.DELAR), 1));
	}

	/** Round 78: the table goes on after a page break in a second table without its header row. */
	@Test
	void readsATableContinuedAfterAPageBreakWithTheHeaderOfTheTableItContinues() throws Exception {
		WordDocument word = new WordDocument();
		word.paragraph("Byggnadsnämnden – uppföljning av internkontrollplan, helår 2025");
		word.table(new String[] { "Nr", "Kontrollmoment", "Genomförd enligt plan?", "Iakttagelser" },
				new String[] { "1", "Kontroll att beslut om bygglov fattas inom lagstadgad tid", "JA", "28 av 30 i tid." },
				new String[] { "2", "Kontroll av att avgift för bygglov debiteras enligt taxa", "JA", "Inga avvikelser." });
		word.table(new String[] { "3", "Kontroll av att beställningar av nybyggnadskartor faktureras", "JA",
				"Samtliga fakturerade." },
				new String[] { "4", "Kontroll att tekniskt samråd dokumenteras enligt mall", "NEJ", "Mallen är inte reviderad." });
		Submission s = read(word, "BN uppföljning 2025.docx");
		assertThat(s.controls()).extracting(Control::sheet, Control::row, c -> c.decision().status())
			.containsExactly(tuple("Tabell 1", 2, ControlStatus.GENOMFORD), tuple("Tabell 1", 3, ControlStatus.GENOMFORD),
					tuple("Tabell 2", 1, ControlStatus.GENOMFORD), tuple("Tabell 2", 2, ControlStatus.EJ_GENOMFORD));
	}

	/** Round 97: the header repeated after a page break, the control at the break finished in the first row under it. */
	@Test
	void finishesTheControlAtAPageBreakWithTheRowsOpeningTheTableAfterItsRepeatedHeader() throws Exception {
		WordDocument word = new WordDocument();
		word.paragraph("Utbildningsnämnden – uppföljning av internkontrollplan, delår 2025");
		String[] header = { "Nr", "Kontrollmoment", "Resultat per 31 augusti", "Bedömning" };
		word.table(header, new String[] { "1", "Attest av leverantörsfakturor – stickprov", "50 fakturor granskade.",
				"Genomförd" },
				new String[] { "2", "Kränkande behandling – utredning inom 30 dagar", "I 4 fall tog utredningen längre tid,",
						"" });
		word.table(header, new String[] { "", "", "…vilket har återrapporterats till rektorerna.", "Genomförd" },
				new String[] { "3", "Utdrag ur belastningsregistret begärs före anställning", "Utdrag fanns i alla fall.",
						"Genomförd" });
		Submission s = read(word, "UN uppföljning delår 2025.docx");
		assertThat(s.controls()).extracting(Control::sheet, Control::row, c -> c.decision().status())
			.containsExactly(tuple("Tabell 1", 2, ControlStatus.GENOMFORD), tuple("Tabell 1", 3, ControlStatus.GENOMFORD),
					tuple("Tabell 2", 3, ControlStatus.GENOMFORD));
		assertThat(s.controls().get(1).decision().rawText()).isEqualTo("Genomförd");
		assertThat(s.message()).contains("tabell 2 rad 2 fortsätter kontrollen på rad 3 i tabell 1 efter en sidbrytning")
			.contains("Raderna: 1 rubrikrad, 1 kontrollrad, 1 fortsättningsrad.");
	}

	/**
	 * Round 100: a report in prose on each control, then a table summing the same controls up: each control once, the
	 * paragraphs its result.
	 */
	@Test
	void readsAControlReportedInProseAndInTheSummaryTableOnce() throws Exception {
		WordDocument word = new WordDocument();
		word.paragraph("Vård- och omsorgsnämnden – uppföljning av internkontrollplan, helår 2025");
		word.paragraph("Avgifter inom hemtjänst debiteras korrekt");
		word.paragraph("Kontrollen har genomförts under hösten. Ett stickprov om 40 beslut visade inga fel.");
		word.paragraph("Sammanställning");
		word.table(new String[] { "Kontrollmoment", "Status helår" },
				new String[] { "Avgifter inom hemtjänst debiteras korrekt", "Genomförd" });
		Submission s = read(word, "VON uppföljning helår 2025.docx");
		assertThat(s.controls()).extracting(Control::sheet, Control::row, c -> c.decision().status())
			.containsExactly(tuple("Tabell 1", 2, ControlStatus.GENOMFORD));
		assertThat(s.controls().get(0).result())
			.isEqualTo("Kontrollen har genomförts under hösten. Ett stickprov om 40 beslut visade inga fel.");
	}

	/** Round 53: the plan's risk assessment first, then the follow-up of the same controls. */
	@Test
	void readsEachControlOnceFromTheFollowUpWhenThePlansTableComesBeforeIt() throws Exception {
		WordDocument word = new WordDocument().paragraph("Socialnämnden – uppföljning internkontrollplan 2025");
		word.table(new String[] { "Process", "Kontrollmoment", "Sannolikhet", "Konsekvens", "Riskvärde" },
				new String[] { "Ekonomi", "Attest av fakturor", "2", "3", "6" },
				new String[] { "IT", "Behörigheter", "3", "3", "9" });
		Submission s = read(followUp(word), "uppföljning.docx");
		assertThat(s.controls()).extracting(Control::sheet, c -> c.decision().status())
			.containsExactly(tuple("Tabell 2", ControlStatus.GENOMFORD), tuple("Tabell 2", ControlStatus.DELVIS));
		assertThat(s.message()).contains("Hoppade över tabell 1 (planens tabell; kontrollerna står i uppföljningens)");
	}

	@Test
	void readsControlsWrittenAsLabelledParagraphsBetweenTheTablesToo() throws Exception {
		WordDocument word = new WordDocument().paragraph("Socialnämnden")
			.paragraph("Uppföljning av internkontrollplan 2025 – helår");
		followUp(word);
		word.paragraph("Kontrollmoment: Kontroll av loggar i verksamhetssystemet för obehörig åtkomst")
			.paragraph("Status: Genomförd. En obehörig åtkomst upptäcktes och har anmälts till IMY.")
			.paragraph("Förvaltningen bedömer att den interna kontrollen i huvudsak är tillräcklig.");
		Submission s = read(word, "uppföljning.docx");
		assertThat(s.controls()).extracting(Control::kontrollmoment, c -> c.decision().status())
			.containsExactly(tuple("Attest av fakturor", ControlStatus.GENOMFORD),
					tuple("Behörigheter", ControlStatus.DELVIS),
					tuple("Kontroll av loggar i verksamhetssystemet för obehörig åtkomst", ControlStatus.GENOMFORD));
		assertThat(s.message()).doesNotContain("Hoppade över");
	}

	@Test
	void readsAHeadingBesideTheTablesWhoseParagraphReportsOnItsControlAsOneMoreControl() throws Exception {
		WordDocument word = new WordDocument().paragraph("Verksamhetsberättelse 2025")
			.paragraph("Socialnämnden, Sövdeholms kommun")
			.paragraph("Nämnden antog internkontrollplanen i januari. Samtliga kontroller är genomförda.");
		followUp(word).paragraph("Övriga kontroller")
			.paragraph("Synpunkter och klagomål diarieförs och besvaras inom tre veckor")
			.paragraph("Kontrollen genomfördes i oktober. Inga brister noterades.")
			.paragraph("Sammanfattande bedömning av den interna kontrollen")
			.paragraph("Den interna kontrollen är genomförd och bedöms vara tillräcklig.");
		Submission s = read(word, "VB 2025.docx");
		assertThat(s.controls()).extracting(Control::kontrollmoment, c -> c.decision().status())
			.containsExactly(tuple("Attest av fakturor", ControlStatus.GENOMFORD),
					tuple("Behörigheter", ControlStatus.DELVIS),
					tuple("Synpunkter och klagomål diarieförs och besvaras inom tre veckor", ControlStatus.GENOMFORD));
	}

	@Test
	void readsTheLegendsSymbolOpeningAParagraphUnderAHeadingAsItsStatus() throws Exception {
		WordDocument word = new WordDocument().paragraph("Socialnämnden").paragraph("Uppföljning helår 2025");
		word.table(new String[] { "Kontrollmoment", "Kommentar", "Status" },
				new String[] { "Attest av leverantörsfakturor sker enligt delegationsordningen", "Stickprov gjort.", "●" });
		word.paragraph("Synpunkter och klagomål diarieförs och besvaras inom tre veckor")
			.paragraph("◐ Samtliga 46 klagomål har diarieförts. Fem besvarades senare än tre veckor.");
		word.table(new String[] { "Symbol", "Betydelse" }, new String[] { "●", "Genomförd" },
				new String[] { "◐", "Delvis genomförd" });
		Submission s = read(word, "VB 2025.docx");
		assertThat(s.controls()).extracting(c -> c.decision().status(), c -> c.decision().evidence())
			.containsExactly(tuple(ControlStatus.GENOMFORD, "statuskolumnen 'Status' enligt teckenförklaringen ('●' = Genomförd)"),
					tuple(ControlStatus.DELVIS, "symbolen som inleder texten i kolumnen 'stycket under rubriken', enligt "
							+ "teckenförklaringen ('◐' = Delvis genomförd)"));
	}

	@Test
	void doesNotCallTheProseAroundATableASkippedSheet() throws Exception {
		WordDocument word = new WordDocument().paragraph("Socialnämnden").paragraph("Uppföljning helår 2025");
		followUp(word).paragraph("Förvaltningen bedömer att den interna kontrollen är tillräcklig.");
		assertThat(read(word, "uppföljning.docx").message()).doesNotContain("Hoppade över");
	}

	@Test
	void readsADocumentWithATablePerNamndUnderAHeadingNamingItAsOneSubmissionEach() throws Exception {
		WordDocument word = new WordDocument().paragraph("Uppföljning av internkontroll helår 2025")
			.paragraph("Socialnämnden");
		word.table(HEADER, new String[] { "Attest av fakturor", "Stickprov gjort.", "Genomförd" });
		word.paragraph("Kommunstyrelsen");
		word.table(HEADER, new String[] { "Behörigheter", "Halva översynen klar.", "Delvis" });
		List<Submission> read = interpreter.interpret(word.save(dir.resolve("ik 2025.docx")), "ik 2025.docx", 2025);
		assertThat(read).extracting(Submission::namnd, s -> s.controls().size())
			.containsExactlyInAnyOrder(tuple("Socialnämnden", 1), tuple("Kommunstyrelsen", 1));
		assertThat(read).filteredOn(s -> s.namnd().equals("Kommunstyrelsen")).singleElement()
			.extracting(Submission::message).asString()
			.contains("Nämnd: Kommunstyrelsen, från rubriken ovanför tabell 2 (filen har rader för 2 nämnder).");
	}

	@Test
	void givesATableWithoutANamndHeadingToTheNamndOfTheSectionItStandsIn() throws Exception {
		WordDocument word = new WordDocument().paragraph("Uppföljning av internkontroll helår 2025")
			.paragraph("Socialnämnden");
		word.table(HEADER, new String[] { "Attest av fakturor", "Stickprov gjort.", "Genomförd" });
		word.paragraph("Kommunstyrelsen").paragraph("Kontroll 1");
		word.table(HEADER, new String[] { "Behörigheter", "Halva översynen klar.", "Delvis" });
		word.paragraph("Kontroll 2");
		word.table(HEADER, new String[] { "Delegationsbeslut anmäls", "Alla anmälda.", "Genomförd" });
		List<Submission> read = interpreter.interpret(word.save(dir.resolve("ik 2025.docx")), "ik 2025.docx", 2025);
		assertThat(read).extracting(Submission::namnd, s -> s.controls().size())
			.containsExactlyInAnyOrder(tuple("Socialnämnden", 1), tuple("Kommunstyrelsen", 2));
	}

	@Test
	void takesNamndYearAndPeriodFromTheDocumentsOwnMetadataTable() throws Exception {
		WordDocument word = new WordDocument();
		word.table(new String[] { "Nämnd:", "Socialnämnden" }, new String[] { "År:", "2025" },
				new String[] { "Period:", "Delår" });
		Submission s = read(followUp(word), "uppföljning.docx");
		assertThat(List.of(s.namnd(), String.valueOf(s.year()), String.valueOf(s.period().orElseThrow())))
			.containsExactly("Socialnämnden", "2025", "DELAR");
		assertThat(s.message()).contains("Nämnd: Socialnämnden, från tabell 1, rad 1, kolumn B 'Socialnämnden' "
				+ "bredvid 'Nämnd:'. År: 2025, från tabell 1, rad 2, kolumn B '2025' bredvid 'År:'. Period: Delår, från "
				+ "rubriken 'Delår' ovanför tabellen.");
	}

	@Test
	void takesTheNamndsAssessmentFromAClosingTable() throws Exception {
		WordDocument word = followUp(new WordDocument().paragraph("Socialnämnden uppföljning 2025"));
		word.table(new String[] { "Samlad bedömning:", "Tillräcklig" });
		assertThat(read(word, "uppföljning.docx").assessment()).contains("Tillräcklig");
	}

	@Test
	void takesTheNamndsAssessmentFromAParagraphAfterTheLastTable() throws Exception {
		WordDocument word = followUp(new WordDocument().paragraph("Socialnämnden uppföljning 2025"));
		word.paragraph("Samlad bedömning: Tillräcklig");
		assertThat(read(word, "uppföljning.docx").assessment()).contains("Tillräcklig");
	}

	@Test
	void takesTheProcessFromAHeadingAboveTheTable() throws Exception {
		Submission s = read(followUp(new WordDocument().paragraph("Socialnämnden uppföljning 2025")
			.paragraph("Process: Ekonomihantering")), "uppföljning.docx");
		assertThat(s.controls()).extracting(Control::process).containsOnly("Ekonomihantering");
	}

	@Test
	void takesNamndYearAndPeriodFromThePageHeaderAndFooterAndSaysSo() throws Exception {
		Submission s = read(followUp(new WordDocument().header("Socialförvaltningen").footer("Delårsrapport 2025")),
				"ik.docx");
		assertThat(List.of(s.namnd(), String.valueOf(s.year()), String.valueOf(s.period().orElseThrow())))
			.containsExactly("Socialnämnden", "2025", "DELAR");
		assertThat(s.message()).contains("Nämnd: Socialnämnden, från sidhuvudet 'Socialförvaltningen'. År: 2025, från "
				+ "sidfoten 'Delårsrapport 2025'. Period: Delår, från sidfoten 'Delårsrapport 2025'.");
	}

	/**
	 * Round 109: the plan's risk table, then the follow-up of all its controls but one; a risk the plan gives no control
	 * is none, and the control the follow-up leaves out is read from the plan, with nothing reported.
	 */
	@Test
	void readsAPlannedControlTheFollowUpLeavesOutFromThePlansTableAsNotReported() throws Exception {
		WordDocument word = new WordDocument().paragraph("Socialnämnden – internkontrollplan 2025 med uppföljning");
		word.table(new String[] { "Nr", "Risk", "Kontrollmoment", "Ansvarig" },
				new String[] { "1", "Felaktig attest", "Attest av fakturor", "Ekonom" },
				new String[] { "2", "Obehörig åtkomst", "Behörigheter", "Systemförvaltare" },
				new String[] { "3", "Felaktiga avgifter", "Avgifter enligt taxa", "Handläggare" },
				new String[] { "–", "Brand", "Ingen kontroll – hanteras i ordinarie SBA-arbete", "Rektor" });
		Submission s = read(followUp(word), "uppföljning.docx");
		assertThat(s.controls()).extracting(Control::kontrollmoment, c -> c.decision().status()).containsExactly(
				tuple("Avgifter enligt taxa", ControlStatus.SAKNAS), tuple("Attest av fakturor", ControlStatus.GENOMFORD),
				tuple("Behörigheter", ControlStatus.DELVIS));
	}

	/** Round 107: dated the 31st of August in its title, the second tertial's follow-up in its introduction. */
	@Test
	void takesTheSecondTertialNamedInTheTextOverTheDelarDateOfTheTitle() throws Exception {
		Submission s = read(followUp(new WordDocument()
			.paragraph("Socialförvaltningen")
			.paragraph("Uppföljning av intern kontroll per den 31 augusti 2025")
			.paragraph("Detta är nämndens andra tertialuppföljning (T2) av internkontrollplanen.")), "ik delår.docx");
		assertThat(s.period()).contains(Period.T2);
		assertThat(s.message()).contains("Period: T2, från rubriken 'Detta är nämndens andra tertialuppföljning (T2) av "
				+ "internkontrollplanen.' ovanför tabellen.");
	}

	@Test
	void doesNotTakeTheNamndTheReportGoesToForItsSender() throws Exception {
		Submission s = read(followUp(new WordDocument()
			.paragraph("Uppföljningen av internkontrollplanen redovisas för kommunstyrelsen i februari 2026.")
			.header("Socialnämnden")), "ik 2025.docx");
		assertThat(s.namnd()).isEqualTo("Socialnämnden");
		assertThat(s.message()).contains("Nämnd: Socialnämnden, från sidhuvudet 'Socialnämnden'.")
			.doesNotContain("VARNING");
	}

	@Test
	void takesNoNamndOnALettersAddresseeLinesForItsSender() throws Exception {
		Submission s = read(followUp(new WordDocument()
			.paragraph("Till: Ekonomienheten, Kommunledningskontoret")
			.paragraph("Kopia: Kommunstyrelsens arbetsutskott, Socialnämndens presidium")
			.paragraph("Socialnämnden antog internkontrollplanen för 2025 den 10 december 2024.")),
				"ik 2025.docx");
		assertThat(s.namnd()).isEqualTo("Socialnämnden");
		assertThat(s.message()).doesNotContain("VARNING");
	}

	/** Round 239: a line opening with "Till", no colon, lists who the report goes to; the page header names its sender. */
	@Test
	void takesNoNamndOnALineOpeningWithTillForItsSender() throws Exception {
		Submission s = read(followUp(new WordDocument()
			.paragraph("Till styrelsen samt för kännedom till kommunens ekonomienhet (Kommunstyrelsen).")
			.header("Socialnämnden")), "ik 2025.docx");
		assertThat(s.namnd()).isEqualTo("Socialnämnden");
		assertThat(s.message()).contains("Nämnd: Socialnämnden, från sidhuvudet 'Socialnämnden'.");
	}

	@Test
	void takesTheNamndTheReportGoesToOnlyWhenNothingElseNamesOneAndWarns() throws Exception {
		Submission s = read(followUp(new WordDocument().paragraph("Rapport till kommunstyrelsen")), "ik 2025.docx");
		assertThat(s.namnd()).isEqualTo("Kommunstyrelsen");
		assertThat(s.message()).contains("VARNING: nämnden 'Kommunstyrelsen' nämns i filen bara som den uppföljningen "
				+ "går till (rubriken 'Rapport till kommunstyrelsen' ovanför tabellen); kontrollera att filen kommer "
				+ "från den.");
		assertThat(s.reading().checks()).containsExactly("nämnden nämns bara som mottagare");
	}

	@Test
	void takesTheNamndFromTheDocumentsPropertiesLast() throws Exception {
		Submission s = read(followUp(new WordDocument().company("Socialförvaltningen")), "ik 2025.docx");
		assertThat(s.namnd()).isEqualTo("Socialnämnden");
		assertThat(s.message()).contains("Nämnd: Socialnämnden, från organisationen i filens egenskaper "
				+ "'Socialförvaltningen'.");
	}

	@Test
	void takesTheNamndFromAnExcelSheetsPrintHeader() throws Exception {
		Path xlsx = dir.resolve("ik 2025.xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(xlsx)) {
			Sheet sheet = workbook.createSheet("Uppföljning");
			sheet.createRow(0).createCell(0).setCellValue("Kontrollmoment");
			sheet.getRow(0).createCell(1).setCellValue("Status");
			sheet.createRow(1).createCell(0).setCellValue("Attest");
			sheet.getRow(1).createCell(1).setCellValue("Genomförd");
			sheet.getHeader().setLeft("&BSocialnämnden");
			workbook.write(out);
		}
		Submission s = interpreter.interpret(xlsx, "ik 2025.xlsx", 2020).get(0);
		assertThat(s.namnd()).isEqualTo("Socialnämnden");
		assertThat(s.message()).contains("Nämnd: Socialnämnden, från sidhuvudet 'Socialnämnden'.");
	}

	/**
	 * Rounds 239 and 62: a letter saying the nämnd adopted no plan and has nothing to follow up is its follow-up
	 * without controls, not a file without a table: KS sees that the nämnd answered.
	 */
	@Test
	void readsALetterSayingTheNamndHasNoPlanAsAFollowUpWithoutControls() throws Exception {
		Submission s = read(new WordDocument()
			.paragraph("Socialnämnden – uppföljning av intern kontroll 2025")
			.paragraph("Socialnämnden har inte antagit någon internkontrollplan för 2025. Det finns därför inga "
					+ "kontrollmoment att följa upp för helåret 2025.")
			.paragraph("Anna Berglund, ordförande"), "ik helår 2025.docx");
		assertThat(s.controls()).isEmpty();
		assertThat(s.namnd()).isEqualTo("Socialnämnden");
		assertThat(s.message()).startsWith("Läste dokumentets text. Raderna: 1 överhoppad rad (1 rad som säger att det "
				+ "inte finns något kontrollmoment). Nämnd: Socialnämnden, från rubriken 'Socialnämnden – uppföljning av "
				+ "intern kontroll 2025' ovanför tabellen.")
			.contains("Status: inga kontroller att följa upp.")
			.doesNotContain("Tabellen har varken status- eller resultatkolumn");
	}

	/**
	 * Round 586: a covering letter's sentence that another nämnd adopted no plan is no answer from the nämnd that sent
	 * it, whatever nämnder the paragraph's other sentences name.
	 */
	@Test
	void rejectsACoveringLetterSayingOtherNamnderHaveNoPlan() throws Exception {
		WordDocument word = new WordDocument()
			.paragraph("Kommunledningskontoret")
			.paragraph("Följebrev – nämndernas uppföljning av intern kontroll, delår 2025")
			.paragraph("Kommunstyrelsens uppföljning bifogas. Socialnämnden har inte antagit någon internkontrollplan "
					+ "för 2025. Kommunstyrelsen föreslås notera informationen.");
		assertThatThrownBy(() -> read(word, "följebrev.docx")).isInstanceOf(FileRejectedException.class)
			.hasMessageStartingWith("Ingen uppföljning: filen har inga kontroller och säger bara att Socialnämnden inte "
					+ "har någon internkontrollplan");
	}

	/**
	 * Round 435: a letter's numbered list, each control an item with its report in the paragraph under it; the last
	 * item's name is short ("Loggkontroll i verksamhetssystemet"), and the closing assessment is no part of its report.
	 */
	@Test
	void readsAShortLastItemOfALettersListAsAControl() throws Exception {
		Submission s = read(new WordDocument()
			.paragraph("Uppföljning av socialnämndens internkontrollplan 2025 – helår")
			.styledListItem("Beslut om ekonomiskt bistånd fattas enligt delegationsordningen")
			.paragraph("Genomförd. Stickprov på 20 beslut, samtliga fattade av behörig handläggare.")
			.styledListItem("Fakturering av hemtjänstavgifter stäms av mot beviljade och utförda timmar")
			.paragraph("Genomförd. Inga avvikelser.")
			.styledListItem("Loggkontroll i verksamhetssystemet")
			.paragraph("Utgår – ersätts av gemensam loggkontroll i länet enligt nämndens beslut 2025-05-14 § 42.")
			.paragraph("Förvaltningen bedömer sammantaget att den interna kontrollen under 2025 varit tillräcklig.")
			.paragraph("Med vänlig hälsning"), "Socialnämnden uppföljning 2025.docx");
		assertThat(s.controls()).extracting(Control::kontrollmoment, c -> c.decision().status(), Control::result)
			.containsExactly(
					tuple("Beslut om ekonomiskt bistånd fattas enligt delegationsordningen", ControlStatus.GENOMFORD,
							"Genomförd. Stickprov på 20 beslut, samtliga fattade av behörig handläggare."),
					tuple("Fakturering av hemtjänstavgifter stäms av mot beviljade och utförda timmar",
							ControlStatus.GENOMFORD, "Genomförd. Inga avvikelser."),
					tuple("Loggkontroll i verksamhetssystemet", ControlStatus.UTGAR,
							"Utgår – ersätts av gemensam loggkontroll i länet enligt nämndens beslut 2025-05-14 § 42."));
	}

	/**
	 * Round 430: the economy office's covering letter lists the follow-ups that came in and says which nämnd adopted
	 * no plan; that line speaks for another nämnd, so the letter is no follow-up of the nämnd it is addressed to.
	 */
	@Test
	void rejectsACoveringLetterSayingAnotherNamndHasNoPlan() throws Exception {
		WordDocument word = new WordDocument().paragraph("Följebrev – nämndernas uppföljning av intern kontroll 2025")
			.paragraph("Till kommunstyrelsen")
			.paragraph("Följande uppföljningar har inkommit:")
			.paragraph("Kommunstyrelsen")
			.paragraph("Socialnämnden har inte antagit någon internkontrollplan för 2025 och har därför inte lämnat "
					+ "någon uppföljning.");
		assertThatThrownBy(() -> read(word, "följebrev 2025.docx")).isInstanceOf(FileRejectedException.class)
			.hasMessage("Ingen uppföljning: filen har inga kontroller och säger bara att Socialnämnden inte har någon "
					+ "internkontrollplan, ett följebrev eller en sammanställning snarare än en nämnds svar.");
	}

	/**
	 * Round 455: a table broken over a page, the header repeated and the control at the break going on in a row
	 * numbered "5 forts." with "(forts.)" for its text: that row finishes the control above the break.
	 */
	@Test
	void readsARowMarkedAsGoingOnAfterAPageBreakAsTheControlAboveTheBreak() throws Exception {
		String[] header = { "Nr", "Kontrollmoment", "Status", "Kommentar" };
		WordDocument word = new WordDocument().paragraph("Socialnämnden – uppföljning internkontroll delår 2025");
		word.table(header, new String[] { "4", "Attest av leverantörsfakturor enligt attestordningen", "Genomförd",
				"Inga avvikelser." },
				new String[] { "5", "Placering i förskola erbjuds inom fyra månader från ansökan", "Genomförd",
						"Stickprov 30 ansökningar. 29 erbjöds plats inom fyra månader," });
		word.table(header, new String[] { "5 forts.", "(forts.)", "", "en placering erbjöds efter fyra månader." },
				new String[] { "6", "Registerutdrag uppvisas före anställning", "Genomförd", "Kontrollerat 18." });
		Submission s = read(word, "Socialnämnden IK delår 2025.docx");
		assertThat(s.controls()).extracting(Control::kontrollmoment).containsExactly(
				"Attest av leverantörsfakturor enligt attestordningen",
				"Placering i förskola erbjuds inom fyra månader från ansökan", "Registerutdrag uppvisas före anställning");
		assertThat(s.controls().get(1).result())
			.isEqualTo("Stickprov 30 ansökningar. 29 erbjöds plats inom fyra månader,\nen placering erbjöds efter fyra "
					+ "månader.");
	}

	/** Round 447: a numbered heading ending in an abbreviation's full stop ("14 kap.") is a heading, not a sentence. */
	@Test
	void readsANumberedHeadingEndingInAnAbbreviationAsAControl() throws Exception {
		Submission s = read(new WordDocument().paragraph("Överförmyndarnämnden i Forshaga")
			.paragraph("Uppföljning av internkontrollplan 2025, tertial 1")
			.paragraph("1. Granskning av årsräkningar inom fastställd tid")
			.paragraph("Status: Genomförd")
			.paragraph("Kommentar: Samtliga årsräkningar granskade.")
			.paragraph("2. Förvaltarkonton – spärr enligt föräldrabalken 14 kap.")
			.paragraph("Status: Ej genomförd")
			.paragraph("Kommentar: Ej genomförd under perioden.")
			.paragraph("3. Hantering av allmänna handlingar och sekretess")
			.paragraph("Status: Genomförd")
			.paragraph("Kommentar: Inga avvikelser."), "Överförmyndarnämnden internkontroll T1-2025.docx");
		assertThat(s.controls()).extracting(Control::kontrollmoment, c -> c.decision().status()).containsExactly(
				tuple("1. Granskning av årsräkningar inom fastställd tid", ControlStatus.GENOMFORD),
				tuple("2. Förvaltarkonton – spärr enligt föräldrabalken 14 kap.", ControlStatus.EJ_GENOMFORD),
				tuple("3. Hantering av allmänna handlingar och sekretess", ControlStatus.GENOMFORD));
	}

	@Test
	void rejectsADocumentWithoutTablesAndSaysTheControlsMustStandInATable() throws Exception {
		WordDocument word = new WordDocument().paragraph("Socialnämnden har genomfört alla kontroller.");
		assertThatThrownBy(() -> read(word, "brev.docx")).isInstanceOf(FileRejectedException.class)
			.hasMessage("Ingen tabell med kontroller hittades. Dokumentet har inga tabeller. En kontrolltabell behöver en "
					+ "rubrikrad med t.ex. 'Kontrollmoment' eller 'Risk' samt 'Status' eller 'Resultat'.")
			.extracting(ex -> ((FileRejectedException) ex).advice())
			.isEqualTo("Kontrollera att kontrollerna står i en tabell i dokumentet, med en rubrikrad med kolumnnamn "
					+ "överst, och skicka filen igen. Om mallen använder andra kolumnnamn kan ekonomikontoret lägga till "
					+ "dem i kolumnnamn.csv.");
	}

	/** Round 127: a report titled for the third tertial, the same controls in a table under each tertial's heading. */
	@Test
	void letsTheTableUnderTheLatestTertialsHeadingDecide() throws Exception {
		WordDocument word = new WordDocument().paragraph("Uppföljning av Socialnämndens internkontrollplan 2025 – tertial 3")
			.paragraph("Tertial 1 (januari–april)");
		word.table(new String[] { "Kontrollmoment", "Status T1", "Kommentar" },
				new String[] { "Stickprov av utbetalningar av ekonomiskt bistånd", "Pågår", "Mars klar." },
				new String[] { "Loggkontroll i verksamhetssystemet", "Ej påbörjad", "" });
		word.paragraph("Tertial 3 (september–december) – helårsbedömning");
		word.table(new String[] { "Kontrollmoment", "Status helår", "Kommentar" },
				new String[] { "Stickprov av utbetalningar av ekonomiskt bistånd", "Genomförd", "Hela året klart." },
				new String[] { "Loggkontroll i verksamhetssystemet", "Ej genomförd", "Flyttas till 2026." });
		Submission s = read(word, "Socialnämnden uppföljning internkontroll T3 2025.docx");
		assertThat(s.controls()).extracting(Control::kontrollmoment, c -> c.decision().status()).containsExactly(
				tuple("Stickprov av utbetalningar av ekonomiskt bistånd", ControlStatus.GENOMFORD),
				tuple("Loggkontroll i verksamhetssystemet", ControlStatus.EJ_GENOMFORD));
	}

	/**
	 * Round 123: the report's period as a heading with a paragraph under it, and a quarter in a table nested in a
	 * result cell: neither is a control, nor is the quarter the report's tertial.
	 */
	@Test
	void readsNeitherThePeriodsHeadingNorANestedTablesQuarterAsAControlOrThePeriod() throws Exception {
		WordDocument word = new WordDocument()
			.paragraph("Socialnämnden – uppföljning av internkontrollplan 2025")
			.paragraph("Delårsuppföljning – perioden 1 januari till och med 31 augusti")
			.paragraph("Uppföljningen avser de kontrollmoment som nämnden beslutade i planen, varav ett utgår.");
		XWPFTable table = word.table(HEADER, new String[] { "Avtalstrohet vid inköp av förbrukningsmaterial",
			"Andel av inköpen hos avtalsleverantörer:", "Pågår" }, new String[] { "Attest av leverantörsfakturor",
				"Stickprov 20 fakturor utan fel.", "Genomförd" });
		WordDocument.nest(table.getRow(1).getCell(1), new String[] { "Kvartal", "Andel" }, new String[] { "Q1", "82 %" },
				new String[] { "Q3", "mäts i oktober" });
		Submission s = read(word, "Socialnämnden uppföljning 2025.docx");
		assertThat(s.period()).contains(Period.DELAR);
		assertThat(s.controls()).extracting(Control::kontrollmoment).containsExactly(
				"Avtalstrohet vid inköp av förbrukningsmaterial", "Attest av leverantörsfakturor");
	}

	@Test
	void readsAStatusGivenByTheColourOfAWordCell() throws Exception {
		WordDocument word = new WordDocument();
		XWPFTable table = word.table(HEADER, new String[] { "Attest av fakturor", "Stickprov gjort.", null });
		WordDocument.shade(table.getRow(1).getCell(2), "FF0000");
		Submission s = read(word, "Socialnämnden 2025.docx");
		assertThat(s.controls()).singleElement().satisfies(c -> {
			assertThat(c.decision().status()).isEqualTo(ControlStatus.EJ_GENOMFORD);
			assertThat(c.decision().source().name()).isEqualTo("FARG");
		});
	}

	/** Round 141: the colours explained in a sentence above the table, the verb said once, grey for the autumn. */
	@Test
	void readsTheColoursOfAWordTableByASentenceNamingEachColour() throws Exception {
		WordDocument word = new WordDocument().paragraph("Bedömningen redovisas med färg: grön innebär att kontrollen "
				+ "är genomförd, gul att kontrollen är delvis genomförd eller pågår, röd att kontrollen inte har genomförts "
				+ "och grå att kontrollen enligt planen genomförs under hösten.");
		XWPFTable table = word.table(HEADER, new String[] { "Attest av fakturor", "Stickprov gjort.", null },
				new String[] { "Skyddsronder på samtliga enheter", null, null });
		WordDocument.shade(table.getRow(1).getCell(2), "92D050");
		WordDocument.shade(table.getRow(2).getCell(2), "BFBFBF");
		Submission s = read(word, "Socialnämnden 2025.docx");
		assertThat(s.controls()).extracting(c -> c.decision().status(), c -> c.decision().rawText())
			.containsExactly(tuple(ControlStatus.GENOMFORD, "kontrollen är genomförd enligt teckenförklaringen (grön, 92D050)"),
					tuple(ControlStatus.EJ_GENOMFORD,
							"kontrollen enligt planen genomförs under hösten enligt teckenförklaringen (grå, BFBFBF)"));
	}

	/** Round 145: a verksamhetsberättelse's table of assignments before its table headed "Kontrollmoment". */
	@Test
	void readsOnlyTheTableItsHeadingSaysHoldsTheControlsBesideOtherTablesOfStatuses() throws Exception {
		WordDocument word = new WordDocument().paragraph("Socialnämnden – verksamhetsberättelse helår 2025");
		word.table(new String[] { "Uppdrag", "Status", "Kommentar" },
				new String[] { "Utreda en gemensam ingång för unga som varken arbetar eller studerar", "Klart",
					"Rapport lämnad i oktober." },
				new String[] { "Öka antalet feriepraktikplatser hos privata arbetsgivare", "Pågår", "41 platser." });
		Submission s = read(followUp(word), "Socialnämnden 2025.docx");
		assertThat(s.controls()).extracting(Control::kontrollmoment).containsExactly("Attest av fakturor", "Behörigheter");
		assertThat(s.message()).contains("ingen kolumnrubrik säger att tabellen har kontroller, vilket en annan tabell i filen gör");
	}

	/** Rounds 2, 6 and 83: a follow-up still kept as Word 97–2003, read as its .docx would be. */
	@Test
	void readsAWordNinetySevenDocumentsTable() throws Exception {
		Path doc = Path.of("src/test/resources/fixtures/doc/Socialnämnden uppföljning 2025.doc");
		Submission s = interpreter.interpret(doc, "Socialnämnden uppföljning 2025.doc", 2025).get(0);
		assertThat(s.namnd()).isEqualTo("Socialnämnden");
		assertThat(s.controls()).extracting(Control::kontrollmoment, c -> c.decision().status(), Control::sheet, Control::row)
			.containsExactly(tuple("Attest av fakturor", ControlStatus.GENOMFORD, "Tabell 1", 2));
		assertThat(s.message()).doesNotContain("cellfärger");
	}

	/** A .doc where one status is a colour: the control reads as nothing reported, and the message says why it may be. */
	@Test
	void saysAWordNinetySevenDocumentsBlankStatusesMayBeColoursItCannotRead() throws Exception {
		Path doc = Path.of("src/test/resources/fixtures/doc/en status i färg.doc");
		Submission s = interpreter.interpret(doc, "en status i färg.doc", 2025).get(0);
		assertThat(s.controls()).extracting(c -> c.decision().status())
			.containsExactly(ControlStatus.GENOMFORD, ControlStatus.SAKNAS);
		assertThat(s.message()).contains("Word 97–2003 (.doc): cellfärger går inte att läsa säkert ur formatet; 1 kontroll "
				+ "saknar status, och anges status med färg behövs filen som .docx");
	}

	/** Cell shading in a .doc saved by LibreOffice does not reach the reader: nothing is guessed, the sender is asked. */
	@Test
	void refusesAWordNinetySevenDocumentWhoseStatusesCanOnlyBeColours() {
		Path doc = Path.of("src/test/resources/fixtures/doc/färger som status.doc");
		assertThatThrownBy(() -> interpreter.interpret(doc, "färger som status.doc", 2025))
			.isInstanceOf(FileRejectedException.class)
			.hasMessage("Word-dokumentet i det gamla formatet (.doc, Word 97–2003) redovisar ingen status i text eller "
					+ "kryss, och cellfärger går inte att läsa säkert ur det formatet.")
			.extracting(ex -> ((FileRejectedException) ex).advice())
			.isEqualTo("Öppna filen i Word, välj Arkiv > Spara som > Word-dokument (*.docx) och skicka den nya filen.");
	}

	@Test
	void readsAFollowUpInFormLayoutOneSmallTablePerControl() throws Exception {
		WordDocument word = new WordDocument().paragraph("Socialnämnden uppföljning 2025");
		word.table(new String[] { "Kontrollmoment:", "Attest av fakturor" }, new String[] { "Risk:", "Felaktiga betalningar" },
				new String[] { "Resultat:", "Stickprov gjort." }, new String[] { "Status:", "Genomförd" });
		word.table(new String[] { "Kontrollmoment:", "Behörigheter" }, new String[] { "Risk:", "Obehörig åtkomst" },
				new String[] { "Resultat:", "Halva översynen klar." }, new String[] { "Status:", "Delvis" });
		word.table(new String[] { "Bedömning av den interna kontrollen:", "Tillräcklig" });
		Submission s = read(word, "uppföljning.docx");
		assertThat(s.controls()).extracting(Control::kontrollmoment, c -> c.decision().status())
			.containsExactly(tuple("Attest av fakturor", ControlStatus.GENOMFORD),
					tuple("Behörigheter", ControlStatus.DELVIS));
		assertThat(s.assessment()).contains("Tillräcklig");
	}

	/**
	 * Round 358: a form asking whether the control was done ("Utförd:") and then rating it ("Bedömning:"): the first
	 * says the status, the rating is part of what was reported, no later period.
	 */
	@Test
	void readsAFormsStatusFromItsFirstStatusLineAndItsRatingAsPartOfTheReport() throws Exception {
		WordDocument word = new WordDocument().paragraph("Socialnämnden uppföljning 2025");
		word.table(new String[] { "Kontrollmoment", "Kötid och tilldelning av lägenheter" },
				new String[] { "Utförd", "Delvis" },
				new String[] { "Iakttagelser", "15 av 30 tilldelningar granskade." },
				new String[] { "Bedömning", "Slutförs Q1 2026" });
		word.table(new String[] { "Kontrollmoment", "Efterlevnad av ägardirektiv" }, new String[] { "Utförd", "Utgår" },
				new String[] { "Iakttagelser", "Ägardirektivet reviderades i juni." },
				new String[] { "Bedömning", "" });
		Submission s = read(word, "uppföljning.docx");
		assertThat(s.controls()).extracting(c -> c.decision().status(), c -> c.decision().rawText())
			.containsExactly(tuple(ControlStatus.DELVIS, "Delvis"), tuple(ControlStatus.UTGAR, "Utgår"));
		assertThat(s.controls().get(0).result())
			.isEqualTo("15 av 30 tilldelningar granskade.\nBedömning: Slutförs Q1 2026");
	}

	/** Round 358: the economy office's instructions with a timetable under "Tidplan:" hold no follow-up. */
	@Test
	void rejectsInstructionsWhoseOnlyTableIsATimetable() {
		WordDocument word = new WordDocument().paragraph("Anvisningar för verksamhetsberättelse 2025")
			.paragraph("Tidplan:");
		word.table(new String[] { "Datum", "Aktivitet", "Ansvarig" },
				new String[] { "2026-01-23", "Verksamhetsberättelse till ekonomienheten", "Förvaltningschefer" },
				new String[] { "2026-02-11", "Kommunstyrelsen behandlar årsredovisningen", "Ekonomichef" });
		assertThatThrownBy(() -> read(word, "Anvisningar verksamhetsberättelse 2025.docx"))
			.isInstanceOf(FileRejectedException.class)
			.hasMessageStartingWith("Ingen tabell med kontroller hittades. Undersökta tabeller: tabell 1 (en "
					+ "tidplan med datum och steg, inga kontroller).");
	}

	/**
	 * Round 365: a delårsrapport's table of projects' figures after its table of controls, as wide as it: no page
	 * break continued the controls into figures.
	 */
	@Test
	void readsNoTableOfFiguresAfterTheControlsAsTheirContinuation() throws Exception {
		WordDocument word = new WordDocument().paragraph("Socialnämnden delårsrapport 2025");
		word.table(new String[] { "Process", "Kontrollmoment", "Genomförd", "Iakttagelser" },
				new String[] { "Ekonomi", "Attest av fakturor", "Ja", "Stickprov på 30 fakturor." },
				new String[] { "Ekonomi", "Behörigheter i ekonomisystemet", "Delvis", "Halva översynen klar." });
		word.paragraph("Investeringar");
		word.table(new String[] { "Projekt", "Budget 2025 (tkr)", "Utfall jan–aug (tkr)", "Status" },
				new String[] { "Inventarier ny förskola", "3 500", "2 950", "Pågår" },
				new String[] { "Digitala verktyg", "2 000", "1 100", "Pågår" },
				new String[] { "Lekutrustning", "1 200", "1 200", "Klar" });
		Submission s = read(word, "uppföljning.docx");
		assertThat(s.controls()).extracting(Control::kontrollmoment)
			.containsExactly("Attest av fakturor", "Behörigheter i ekonomisystemet");
	}

	/** A text opening with a list item (a numbered title) before its labelled lines: it reports on nothing above. */
	@Test
	void readsAFormInTextWhoseFirstLineIsAListItem() throws Exception {
		WordDocument word = new WordDocument().listItem("Socialnämnden").paragraph("Uppföljning intern kontroll 2025")
			.paragraph("Kontrollmoment: Attest av fakturor").paragraph("Status: Genomförd")
			.paragraph("Kontrollmoment: Behörigheter i verksamhetssystemet").paragraph("Status: Delvis");
		Submission s = read(word, "uppföljning.docx");
		assertThat(s.controls()).extracting(Control::kontrollmoment, c -> c.decision().status())
			.containsExactly(tuple("Attest av fakturor", ControlStatus.GENOMFORD),
					tuple("Behörigheter i verksamhetssystemet", ControlStatus.DELVIS));
	}

	/**
	 * Round 339: a bolag's Word 97 report whose statuses are "●" written in green, yellow or red, explained by lines
	 * under the table each opening with a dot in its colour: each dot's colour is read by those lines.
	 */
	@Test
	void readsDotsColouredByTheirFontInAWordNinetySevenTableByTheLegendLinesBelow() throws Exception {
		Path doc = Path.of("src/test/resources/fixtures/doc/prickar i teckenfärg med förklaring under tabellen.doc");
		Submission s = interpreter.interpret(doc, "Rapport internkontroll 2025 - Åsbro Bostäder.doc", 2025).get(0);
		assertThat(s.controls()).extracting(c -> c.decision().status()).containsExactly(ControlStatus.GENOMFORD,
				ControlStatus.GENOMFORD, ControlStatus.GENOMFORD, ControlStatus.GENOMFORD, ControlStatus.EJ_GENOMFORD,
				ControlStatus.GENOMFORD, ControlStatus.UTGAR, ControlStatus.GENOMFORD);
		assertThat(s.controls().get(1).decision()).extracting(StatusDecision::rawText, StatusDecision::evidence)
			.containsExactly("Kontrollen genomförd, brister har noterats enligt teckenförklaringen (FFC000)",
					"statuskolumnen 'Bedömning', tecknets färg");
	}

	/** The same report saved as .docx, its title a numbered heading: a list item first is no report line. */
	@Test
	void readsADocumentOpeningWithAListItemAndItsDotsByTheLegendLinesBelow() throws Exception {
		Path docx = Path.of("src/test/resources/fixtures/docx/punktad rubrik först och prickar i teckenfärg.docx");
		Submission s = interpreter.interpret(docx, "Rapport internkontroll 2025 - Åsbro Bostäder.docx", 2025).get(0);
		assertThat(s.controls()).extracting(c -> c.decision().status()).containsExactly(ControlStatus.GENOMFORD,
				ControlStatus.GENOMFORD, ControlStatus.GENOMFORD, ControlStatus.GENOMFORD, ControlStatus.EJ_GENOMFORD,
				ControlStatus.GENOMFORD, ControlStatus.UTGAR, ControlStatus.GENOMFORD);
	}

	/**
	 * Round 248: slides pasted into Word, the status a "●" written in green, yellow or red on the row's pale band: the
	 * dot's colour is the status, as a traffic light's.
	 */
	@Test
	void readsADotsTextColourAsItsStatusOverTheRowsBandFill() throws Exception {
		WordDocument word = new WordDocument().paragraph("Socialnämnden, uppföljning delår 2025");
		XWPFTable table = word.table(new String[] { "Kontrollmoment", "Status", "Kommentar" },
				new String[] { "Attest av fakturor", "●", "Inga fel." },
				new String[] { "Behörigheter i verksamhetssystemet", "●", "Pågår." },
				new String[] { "Inventering av konstsamlingen", "●", "Planeras till hösten." });
		String[] colours = { "00B050", "FFC000", "FF0000" };
		for (int r = 1; r <= 3; r++) {
			WordDocument.shade(table.getRow(r).getCell(1), "CFD5EA");
			table.getRow(r).getCell(1).getParagraphs().get(0).getRuns().get(0).setColor(colours[r - 1]);
		}
		Submission s = read(word, "uppföljning.docx");
		assertThat(s.controls()).extracting(c -> c.decision().status(), c -> c.decision().source().name())
			.containsExactly(tuple(ControlStatus.GENOMFORD, "FARG"), tuple(ControlStatus.DELVIS, "FARG"),
					tuple(ControlStatus.EJ_GENOMFORD, "FARG"));
	}

	/** Round 247: "grått = utgår" names the grey fill in its neuter form. */
	@Test
	void readsALegendNamingItsColoursInTheNeuterForm() throws Exception {
		WordDocument word = new WordDocument().paragraph("Socialnämnden, uppföljning helår 2025")
			.paragraph("Status anges med färg: grönt = genomförd, gult = delvis genomförd, rött = ej genomförd, "
					+ "grått = utgår.");
		XWPFTable table = word.table(new String[] { "Kontrollmoment", "Utfall/kommentar", "Status" },
				new String[] { "Planavgifter debiteras enligt plantaxa", "Samtliga korrekt.", null },
				new String[] { "Lantmäteriförrättningar debiteras enligt taxa", "Verksamheten överförd till Lantmäteriet.",
						null });
		WordDocument.shade(table.getRow(1).getCell(2), "00B050");
		WordDocument.shade(table.getRow(2).getCell(2), "BFBFBF");
		Submission s = read(word, "uppföljning.docx");
		assertThat(s.controls()).extracting(c -> c.decision().status())
			.containsExactly(ControlStatus.GENOMFORD, ControlStatus.UTGAR);
	}

	/**
	 * Round 248: "Kommungemensamma kontroller (beslutade av kommunstyrelsen)" over a nämnd's second table names who
	 * decided them, not whose table it is.
	 */
	@Test
	void aHeadingNamingTheNamndThatDecidedTheControlsDoesNotMakeThemItsOwn() throws Exception {
		WordDocument word = new WordDocument().paragraph("Socialnämnden").paragraph("1. Nämndspecifika kontroller");
		followUp(word);
		word.paragraph("2. Kommungemensamma kontroller (beslutade av kommunstyrelsen)");
		word.table(HEADER, new String[] { "Diarieföring av inkomna handlingar", "Stickprov gjort.", "Genomförd" });
		List<Submission> read = interpreter.interpret(word.save(dir.resolve("uppföljning.docx")), "uppföljning.docx", 2025);
		assertThat(read).extracting(Submission::namnd, x -> x.controls().size())
			.containsExactly(tuple("Socialnämnden", 3));
	}

	/**
	 * Round 248: a PDF turned into Word, a control's text going on in lower case at the top of the next page's table,
	 * under its repeated header: the control above the break, not one of its own.
	 */
	@Test
	void joinsAControlsTextGoingOnInLowerCaseAfterAPageBreakToTheControlAbove() throws Exception {
		String[] header = { "Nr", "Kontrollmoment", "Status delår", "Kommentar" };
		WordDocument word = new WordDocument().paragraph("Socialnämnden uppföljning delår 2025");
		word.table(header, new String[] { "1", "Verkställighet av beslut enligt SoL", "Genomförd", "Inga fel." },
				new String[] { "2", "Läkemedelshantering – kontroll av att signeringslistor", "Genomförd med", "I 2 av 6" });
		word.table(header, new String[] { null, "är kompletta och följs upp av sjuksköterska", "avvikelse", "saknades." },
				new String[] { "3", "Avvikelser utreds enligt lex Sarah", "Ej påbörjad", "Flyttas till hösten." });
		Submission s = read(word, "uppföljning.docx");
		assertThat(s.controls()).extracting(Control::kontrollmoment).containsExactly(
				"Verkställighet av beslut enligt SoL",
				"Läkemedelshantering – kontroll av att signeringslistor\när kompletta och följs upp av sjuksköterska",
				"Avvikelser utreds enligt lex Sarah");
	}

	/**
	 * Round 247: a table counting the controls per status under the last table of controls, as wide as it: no page
	 * of that table going on.
	 */
	@Test
	void readsATableOfCountsUnderTheControlsAsNoPartOfThem() throws Exception {
		WordDocument word = new WordDocument().paragraph("Socialnämnden uppföljning helår 2025");
		word.table(new String[] { "Nr", "Kontrollmoment", "Genomförd (ja/nej)", "Kommentar" },
				new String[] { "1.1", "Utförd tid i hemtjänst stäms av mot beviljad tid", "Ja", "Inga fel." },
				new String[] { "1.2", "Genomförandeplaner upprättas inom 14 dagar", "Nej", "Hanns inte." });
		word.table(new String[] { "Antal kontrollmoment", "Genomförda", "Delvis", "Ej genomförda" },
				new String[] { "2", "1", "0", "1" });
		Submission s = read(word, "uppföljning.docx");
		assertThat(s.controls()).extracting(Control::kontrollmoment).containsExactly(
				"Utförd tid i hemtjänst stäms av mot beviljad tid", "Genomförandeplaner upprättas inom 14 dagar");
	}

	/** Round 247: a covering letter listing its enclosures in a numbered table holds no controls. */
	@Test
	void refusesACoveringLetterThatListsItsEnclosuresInANumberedTable() {
		WordDocument word = new WordDocument().paragraph("Socialförvaltningen 2026-02-05")
			.paragraph("Översändande av uppföljning av intern kontroll 2025")
			.paragraph("Härmed översänds Socialnämndens uppföljning av internkontrollplan 2025, som nämnden godkände "
					+ "2026-01-29 § 9.");
		word.table(new String[] { "Bilaga", "Dokument" }, new String[] { "1", "Protokollsutdrag SN 2026-01-29 § 9" },
				new String[] { "2", "Verksamhetsberättelse 2025, bilaga 4" });
		assertThatThrownBy(() -> read(word, "missiv.docx")).isInstanceOf(FileRejectedException.class);
	}

	/** Round 246: a control's lines "Senast genomförd: 2025-04-09" and "Resultat: …" under its numbered heading. */
	@Test
	void readsLinesSayingWhenEachControlWasLastDoneUnderItsHeading() throws Exception {
		WordDocument word = new WordDocument().paragraph("Socialnämnden")
			.paragraph("Uppföljning av intern kontroll, helår 2025")
			.paragraph("1. Kontroll av att föreningsbidrag betalas ut enligt bidragsreglerna")
			.paragraph("Senast genomförd: 2025-04-09")
			.paragraph("Resultat: 15 ansökningar granskade, samtliga enligt reglerna.")
			.paragraph("2. Kontroll av registerutdrag för handledare inom feriepraktiken")
			.paragraph("Senast genomförd:")
			.paragraph("Resultat:");
		Submission s = read(word, "uppföljning.docx");
		assertThat(s.controls()).extracting(Control::kontrollmoment, c -> c.decision().status())
			.containsExactly(tuple("1. Kontroll av att föreningsbidrag betalas ut enligt bidragsreglerna",
					ControlStatus.GENOMFORD),
					tuple("2. Kontroll av registerutdrag för handledare inom feriepraktiken", ControlStatus.SAKNAS));
	}

	/** Round 244: "Genomförd / Delvis / Ej genomförd" in each status cell, the answer set in bold. */
	@Test
	void readsTheAnswerSetInBoldAmongTheOptionsOfAStatusCell() throws Exception {
		WordDocument word = new WordDocument().paragraph("Socialnämnden, uppföljning helår 2025")
			.paragraph("Markera status med fetstil.");
		XWPFTable table = word.table(new String[] { "Kontrollmoment", "Status", "Kommentar" },
				new String[] { "Kontanthantering i simhallens kassa", null, "Avstämningar korrekta." },
				new String[] { "Uthyrning av lokaler debiteras enligt taxa", null, "Hälften granskad." });
		String[] chosen = { "Genomförd", "Delvis" };
		String[] options = { "Genomförd", "Delvis", "Ej genomförd" };
		for (int r = 1; r <= 2; r++) {
			XWPFParagraph cell = table.getRow(r).getCell(1).getParagraphs().get(0);
			for (int o = 0; o < options.length; o++) {
				if (o > 0) {
					cell.createRun().setText(" / ");
				}
				XWPFRun run = cell.createRun();
				run.setText(options[o]);
				run.setBold(options[o].equals(chosen[r - 1]));
			}
		}
		Submission s = read(word, "uppföljning.docx");
		assertThat(s.controls()).extracting(c -> c.decision().status())
			.containsExactly(ControlStatus.GENOMFORD, ControlStatus.DELVIS);
	}

	/**
	 * Round 493: "Genomförd / Delvis / Ej genomförd / Utgår" in each status cell, the answer marked with a highlighter;
	 * two answers marked are two boxes ticked, which cannot both be true.
	 */
	@Test
	void readsTheAnswerMarkedWithAHighlighterAmongTheOptionsOfAStatusCell() throws Exception {
		WordDocument word = new WordDocument().paragraph("Bildningsnämnden, uppföljning helår 2025")
			.paragraph("Markera status genom att överstryka ett av alternativen.");
		XWPFTable table = word.table(new String[] { "Kontrollmoment", "Status", "Kommentar" },
				new String[] { "Ogiltig frånvaro rapporteras samma dag", null, "Tre av fem skolor." },
				new String[] { "Betygskataloger arkiveras enligt plan", null, null });
		List<Set<String>> marked = List.of(Set.of("Delvis"), Set.of("Genomförd", "Delvis"));
		String[] options = { "Genomförd", "Delvis", "Ej genomförd", "Utgår" };
		for (int r = 1; r <= 2; r++) {
			XWPFParagraph cell = table.getRow(r).getCell(1).getParagraphs().get(0);
			for (int o = 0; o < options.length; o++) {
				if (o > 0) {
					cell.createRun().setText(" / ");
				}
				XWPFRun run = cell.createRun();
				run.setText(options[o]);
				if (marked.get(r - 1).contains(options[o])) {
					run.setTextHighlightColor("yellow");
				}
			}
		}
		Submission s = read(word, "uppföljning.docx");
		assertThat(s.controls()).extracting(c -> c.decision().status())
			.containsExactly(ControlStatus.DELVIS, ControlStatus.OKLAR);
	}

	/**
	 * Round 497: the adopted plan sent back under one sentence saying every control of it was done: that sentence is
	 * the status of each control, which reports nothing of its own.
	 */
	@Test
	void readsASentenceOnAllControlsAboveThePlanAsTheStatusOfEach() throws Exception {
		WordDocument word = new WordDocument().paragraph("Vård- och omsorgsnämnden, uppföljning delår 2025")
			.paragraph("Samtliga kontrollmoment i internkontrollplanen har genomförts under perioden januari–augusti "
					+ "och har inte föranlett några anmärkningar.");
		word.table(new String[] { "Process", "Kontrollmoment", "Ansvarig" },
				new String[] { "Läkemedel", "Signeringslistor för läkemedel är korrekt ifyllda", "MAS" },
				new String[] { "Avgifter", "Avgiftsbeslut stämmer med debiterat belopp", "Avgiftshandläggare" });
		Submission s = read(word, "VON uppföljning delår 2025.docx");
		assertThat(s.controls()).extracting(c -> c.decision().status(), c -> c.decision().source())
			.containsExactly(tuple(ControlStatus.GENOMFORD, StatusSource.TEXT),
					tuple(ControlStatus.GENOMFORD, StatusSource.TEXT));
	}

	/**
	 * Round 506: a report of a paragraph per control, the control named in bold before its result in plain text: each
	 * control with the status its result gives.
	 */
	@Test
	void readsAControlNamedInBoldAtTheStartOfItsParagraph() throws Exception {
		WordDocument word = new WordDocument().paragraph("Kultur- och fritidsnämnden")
			.paragraph("Uppföljning av internkontrollplan 2025, tertial 2")
			.boldLead("Kontanthantering i badhusets reception", "Kassan stämdes av dagligen, inga differenser.")
			.boldLead("Utlåning av medier – krav och avskrivning", "Kontrollen har inte påbörjats, skjuts till hösten.")
			.boldLead("Inventering av konstsamlingen", "Inventeringen pågår, hälften av verken är kontrollerade.");
		Submission s = read(word, "Kultur och fritid intern kontroll tertial 2 2025.docx");
		assertThat(s.controls()).extracting(Control::kontrollmoment, c -> c.decision().status())
			.containsExactly(tuple("Kontanthantering i badhusets reception", ControlStatus.GENOMFORD),
					tuple("Utlåning av medier – krav och avskrivning", ControlStatus.EJ_GENOMFORD),
					tuple("Inventering av konstsamlingen", ControlStatus.DELVIS));
	}

	/** Round 497: a sentence on what is to be done with all controls says nothing of what was. */
	@Test
	void aSentenceOnWhatAllControlsAreToBeStatesNoStatus() throws Exception {
		WordDocument word = new WordDocument().paragraph("Vård- och omsorgsnämnden, uppföljning delår 2025")
			.paragraph("Samtliga kontrollmoment ska ha genomförts före årets slut.");
		word.table(new String[] { "Process", "Kontrollmoment", "Ansvarig" },
				new String[] { "Läkemedel", "Signeringslistor för läkemedel är korrekt ifyllda", "MAS" });
		Submission s = read(word, "VON uppföljning delår 2025.docx");
		assertThat(s.controls()).extracting(c -> c.decision().status()).containsExactly(ControlStatus.SAKNAS);
	}

	/**
	 * Round 251: a report's tables each under a heading naming what became of its controls ("Genomförda kontroller",
	 * "Kontroller som inte genomförts"), with no status column: the heading states their status.
	 */
	@Test
	void readsTheStatusOfAHeadingRightAboveATableWithoutAStatusColumn() throws Exception {
		WordDocument word = new WordDocument().paragraph("Socialnämnden, uppföljning helår 2025")
			.paragraph("1. Genomförda kontroller");
		word.table(new String[] { "Kontrollmoment", "Resultat" },
				new String[] { "Uppföljning av att anmälningar rapporteras inom fem dagar", "94 % inom fem dagar." });
		word.paragraph("2. Kontroller som inte genomförts");
		word.table(new String[] { "Kontrollmoment", "Kommentar" },
				new String[] { "Granskning av avtalstrohet vid inköp", "Vakans på inköpsfunktionen." },
				new String[] { "Kontroll av individuella utvecklingsplaner", "Byte av lärplattform." });
		Submission s = read(word, "uppföljning.docx");
		assertThat(s.controls()).extracting(c -> c.decision().status())
			.containsExactly(ControlStatus.GENOMFORD, ControlStatus.EJ_GENOMFORD, ControlStatus.EJ_GENOMFORD);
	}

	/**
	 * Round 259: next year's plan after the follow-up's table, introduced by paragraphs that also close the table
	 * before it and look back on the year ("Bilaga 3: … 2025", "Förslag till internkontrollplan 2026", "… kunde
	 * slutföras 2025 …"), holds no control of this follow-up, not even its new ones.
	 */
	@Test
	void leavesOutNextYearsPlanTableAfterTheFollowUpInADocument() throws Exception {
		WordDocument word = new WordDocument().paragraph("Barn- och utbildningsnämnden")
			.paragraph("Uppföljning av internkontrollplan 2025 (helår)");
		word.table(new String[] { "Kontrollmoment", "Resultat", "Status" },
				new String[] { "Kontroll av att frånvaro registreras dagligen", "En skola brast.", "Klar" },
				new String[] { "Inventering av skolans IT-utrustning", "Flyttas till 2026.", "Ej påbörjad" });
		word.paragraph("Bilaga 3: Sammanställning av anmälningar 2025 (separat dokument).")
			.paragraph("Förslag till internkontrollplan 2026").paragraph(
				"Kontrollmoment som inte kunde slutföras 2025 föreslås kvarstå. Nya kontrollmoment är markerade med (ny).");
		word.table(new String[] { "Risk", "Kontrollmoment", "Metod" },
				new String[] { "Förlust av utrustning", "Inventering av skolans IT-utrustning", "Inventering" },
				new String[] { "Felaktiga ersättningar", "Kontroll av interkommunal ersättning (ny)", "Avstämning" });
		Submission s = read(word, "BUN uppföljning 2025 samt förslag 2026.docx");
		assertThat(s.controls()).extracting(Control::kontrollmoment).containsExactly(
				"Kontroll av att frånvaro registreras dagligen", "Inventering av skolans IT-utrustning");
		assertThat(s.message()).contains("planen för 2026, nästa år; uppföljningen gäller året före");
	}

	/**
	 * Round 310: next year's plan after the follow-up's table keeps a column for its results, blank on every row until
	 * its own follow-up ("Resultat 2026").
	 */
	@Test
	void leavesOutNextYearsPlanTableWhoseResultColumnIsBlankOnEveryRow() throws Exception {
		WordDocument word = new WordDocument().paragraph("Uppföljning av internkontrollplan 2025 – helår");
		word.table(new String[] { "Kontrollmoment", "Resultat 2024", "Resultat 2025" },
				new String[] { "Kontroll att avgift för förskola debiteras rätt", "Genomförd.", "Genomförd, inga fel." },
				new String[] { "Skolskjuts – beslut enligt riktlinjer", "Genomförd.", "Delvis genomförd." });
		word.paragraph("Internkontrollplan 2026 (förslag)")
			.paragraph("Förslaget bereds till nämnden i mars 2026. Resultatkolumnerna fylls i vid uppföljningen.");
		word.table(new String[] { "Kontrollmoment", "Ansvarig", "Resultat 2026" },
				new String[] { "Anmälan om kränkande behandling till huvudman", "Utvecklingschef", "" },
				new String[] { "Kontroll att avgift för förskola debiteras rätt", "Förvaltningsekonom", "" });
		Submission s = read(word, "BUN IK-uppföljning helår 2025.docx");
		assertThat(s.controls()).extracting(Control::kontrollmoment).containsExactly(
				"Kontroll att avgift för förskola debiteras rätt", "Skolskjuts – beslut enligt riktlinjer");
		assertThat(s.message()).contains("planen för 2026, nästa år; uppföljningen gäller året före");
	}

	/**
	 * Round 255: a corrected version strikes the old status through and writes the new one beside it; a control struck
	 * through whole reads as written.
	 */
	@Test
	void readsTheStatusWrittenBesideTheOneStruckThrough() throws Exception {
		WordDocument word = new WordDocument().paragraph("Kommunstyrelsen, uppföljning T2 2025 – REVIDERAD");
		XWPFTable table = word.table(new String[] { "Kontrollmoment", "Status" },
				new String[] { "Representation och kurser följer riktlinjerna", null },
				new String[] { "Kontroll av bisysslor hos anställda", null },
				new String[] { "Inventering av konstsamlingen", "Genomförd" });
		String[][] statuses = { { "Pågår", "Genomförd" }, { "Ej påbörjad", "Genomförd" } };
		for (int r = 1; r <= 2; r++) {
			XWPFParagraph cell = table.getRow(r).getCell(1).getParagraphs().get(0);
			XWPFRun old = cell.createRun();
			old.setText(statuses[r - 1][0]);
			old.setStrikeThrough(true);
			cell.createRun().setText(" " + statuses[r - 1][1]);
		}
		table.getRow(3).getCell(0).getParagraphs().get(0).getRuns().forEach(run -> run.setStrikeThrough(true));
		Submission s = read(word, "KS uppföljning T2 2025 REVIDERAD.docx");
		assertThat(s.controls()).extracting(c -> c.decision().status())
			.containsExactly(ControlStatus.GENOMFORD, ControlStatus.GENOMFORD, ControlStatus.GENOMFORD);
		assertThat(s.controls().get(0).decision().evidence())
			.isEqualTo("statuskolumnen 'Status', ändrad: '~~Pågår~~ Genomförd'");
		assertThat(s.controls().get(2).kontrollmoment()).isEqualTo("Inventering av konstsamlingen");
	}

	/**
	 * Round 396: a report with a numbered heading per control, the first naming last year's årsräkningar and a
	 * deadline in June: a control as the others are, no title of the report.
	 */
	@Test
	void readsANumberedHeadingNamingAYearAndADeadlineAsAControl() throws Exception {
		WordDocument word = new WordDocument()
			.paragraph("Överförmyndarnämnden")
			.paragraph("Delårsuppföljning av intern kontroll 2025")
			.paragraph("1. Årsräkningar för 2024 granskas senast den 30 juni")
			.paragraph("Av 212 inkomna årsräkningar var 204 granskade per den 30 juni. Kontrollen är genomförd.")
			.paragraph("2. Nya ställföreträdare har fått introduktionsutbildning")
			.paragraph("Samtliga nio ställföreträdare har genomgått utbildningen. Inga avvikelser.");
		Submission s = read(word, "uppföljning.docx");
		assertThat(s.controls()).extracting(Control::kontrollmoment).containsExactly(
				"1. Årsräkningar för 2024 granskas senast den 30 juni",
				"2. Nya ställföreträdare har fått introduktionsutbildning");
	}

	/**
	 * Round 398: a table of measures after the table of controls, as many columns wide and headed "Nr | Åtgärd |
	 * Ansvarig | Klart senast": a table of its own, no continuation of the controls' table after a page break.
	 */
	@Test
	void readsATableWithAHeaderOfItsOwnAsNoContinuationOfTheOneBefore() throws Exception {
		WordDocument word = new WordDocument().paragraph("Samhällsbyggnadsnämnden – uppföljning intern kontroll 2025");
		word.table(new String[] { "Område", "Kontrollmoment", "Kontrollansvarig", "Resultat av kontroll" },
				new String[] { "Fastighet", "Hyresavtal för inhyrda lokaler är registrerade i avtalsdatabasen",
						"Fastighetschef", "Genomgång gjord i oktober. 3 av 22 avtal saknades. Se åtgärd 1." },
				new String[] { "Plan", "Handläggningstider för detaljplaner följs upp", "Planchef",
						"Ej aktuellt 2025, ingen detaljplan har antagits." });
		word.paragraph("Tabell 2. Åtgärder med anledning av kontrollerna");
		word.table(new String[] { "Nr", "Åtgärd", "Ansvarig", "Klart senast" },
				new String[] { "1", "Nya hyresavtal registreras i avtalsdatabasen vid undertecknande",
						"Fastighetschef", "Löpande" });
		Submission s = read(word, "SBN internkontroll 2025 helår.docx");
		assertThat(s.controls()).extracting(Control::kontrollmoment).containsExactly(
				"Hyresavtal för inhyrda lokaler är registrerade i avtalsdatabasen",
				"Handläggningstider för detaljplaner följs upp");
	}

	/**
	 * Round 412: "Kontrollpunkt 1 – …" headings stating each control, a "Kontrollaktivitet:" line under each saying
	 * how it is checked: the headings name the controls (round 378's "Kontrollpunkt 1: Hyresdebitering" over
	 * "Kontrollmoment: …" names only what the control is about).
	 */
	@Test
	void readsNumberedControlHeadingsStatingTheControlOverTheirActivityLines() throws Exception {
		WordDocument word = new WordDocument()
			.paragraph("Räddningstjänstförbundet – helårsuppföljning av internkontrollplan 2025")
			.paragraph("Kontrollpunkt 1 – Tillsyn enligt LSO genomförs enligt fastställd tillsynsplan")
			.paragraph("Kontrollaktivitet: Jämförelse av genomförda tillsyner mot tillsynsplanen 2025.")
			.paragraph("Resultat: 86 av 92 planerade tillsyner genomfördes.")
			.paragraph("Status: Pågår")
			.paragraph("Kontrollpunkt 2 – Attest av leverantörsfakturor enligt förbundets attestordning")
			.paragraph("Kontrollaktivitet: Stickprov 30 fakturor.")
			.paragraph("Resultat: Inga avvikelser.")
			.paragraph("Status: OK");
		Submission s = read(word, "uppföljning.docx");
		assertThat(s.controls()).extracting(Control::kontrollmoment).containsExactly(
				"Kontrollpunkt 1 – Tillsyn enligt LSO genomförs enligt fastställd tillsynsplan",
				"Kontrollpunkt 2 – Attest av leverantörsfakturor enligt förbundets attestordning");
	}

	/** Round 409: "Bedömd nivå:" in a report's blocks is the control's status. */
	@Test
	void readsABedomdNivaLineAsTheStatus() throws Exception {
		WordDocument word = new WordDocument()
			.paragraph("Tekniska nämnden – uppföljning av intern kontroll 2025, helår")
			.paragraph("1. Drivmedel")
			.paragraph("Kontrollmoment: Drivmedel köps med kommunens tankkort och enligt avtal")
			.paragraph("Resultat: Samtliga transaktioner avsåg kommunens fordon.")
			.paragraph("Bedömd nivå: Ej kontrollerad")
			.paragraph("2. Entreprenader")
			.paragraph("Kontrollmoment: Fakturor för entreprenader attesteras mot avtal")
			.paragraph("Resultat: Genomgång gjord av tre projekt.")
			.paragraph("Bedömd nivå: Genomförd");
		Submission s = read(word, "uppföljning.docx");
		assertThat(s.controls()).extracting(c -> c.decision().rawText())
			.containsExactly("Ej kontrollerad", "Genomförd");
	}

	/**
	 * Round 456: a form table per control listing the points it checked ("Kontrollpunkter (urval)" across the table,
	 * then "Kontrollpunkt 1 | …") before its result and ticked status: the points are part of the control, no controls.
	 */
	@Test
	void readsTheNumberedPointsOfAControlsFormAsPartOfIt() throws Exception {
		WordDocument word = new WordDocument().paragraph("Socialnämnden – helårsuppföljning internkontroll 2025");
		XWPFTable form = word.table(new String[] { "Kontrollmoment", "Handläggning av ekonomiskt bistånd enligt "
				+ "delegationsordningen" }, new String[] { "Ansvarig", "Enhetschef försörjningsstöd" },
				new String[] { "Kontrollpunkter (urval)", "" },
				new String[] { "Kontrollpunkt 1", "Akt 2025-0341 – beslut och utbetalning överensstämmer" },
				new String[] { "Kontrollpunkt 2", "Akt 2025-0518 – beslut saknades i systemet vid utbetalning" },
				new String[] { "Resultat", "40 akter har granskats. I en akt saknades beslut före utbetalning." },
				new String[] { "Status", "☒ Genomförd   ☐ Delvis genomförd   ☐ Ej genomförd" });
		WordDocument.mergeAcross(form, 2, 0, 2);
		word.paragraph("");
		word.table(new String[] { "Kontrollmoment", "Orosanmälningar – förhandsbedömning inom 14 dagar" },
				new String[] { "Ansvarig", "Enhetschef barn och unga" },
				new String[] { "Resultat", "Kontrollerat för tertial 1 och 2. Tertial 3 har inte granskats." },
				new String[] { "Status", "☐ Genomförd   ☒ Delvis genomförd   ☐ Ej genomförd" });
		Submission s = read(word, "Socialnämnden helår 2025.docx");
		assertThat(s.controls()).extracting(Control::kontrollmoment, c -> c.decision().status()).containsExactly(
				tuple("Handläggning av ekonomiskt bistånd enligt delegationsordningen", ControlStatus.GENOMFORD),
				tuple("Orosanmälningar – förhandsbedömning inom 14 dagar", ControlStatus.DELVIS));
	}

	/**
	 * Round 456: "Samlad bedömning" closing a control's form table is that control's status in words, not the
	 * nämnd's assessment of its internal control.
	 */
	@Test
	void readsTheAssessmentClosingAControlsFormAsItsStatus() throws Exception {
		WordDocument word = new WordDocument().paragraph("Kommunstyrelsen – uppföljning av intern kontroll helår 2025");
		word.table(new String[] { "Kontrollmoment", "Kontroll av att skolpliktsbevakning sker för samtliga barn" },
				new String[] { "Metod", "Folkbokföringsregistret stäms av mot elevregistret." },
				new String[] { "Resultat", "Samtliga barn var placerade i skola." },
				new String[] { "Samlad bedömning", "Kontrollen är genomförd utan anmärkning." });
		word.paragraph("");
		word.table(new String[] { "Kontrollmoment", "Tilläggsbelopp beviljas enligt fastställda kriterier" },
				new String[] { "Metod", "Stickprov 10 beslut." },
				new String[] { "Resultat", "" },
				new String[] { "Samlad bedömning", "Ej genomförd – flyttas till 2026." });
		Submission s = read(word, "KS uppföljning helår 2025.docx");
		assertThat(s.controls()).extracting(Control::kontrollmoment, c -> c.decision().status()).containsExactly(
				tuple("Kontroll av att skolpliktsbevakning sker för samtliga barn", ControlStatus.GENOMFORD),
				tuple("Tilläggsbelopp beviljas enligt fastställda kriterier", ControlStatus.EJ_GENOMFORD));
		assertThat(s.assessment()).isEmpty();
	}

	/**
	 * Round 459: a "Resultat" column holding only the legend's codes ("OK", "Ej OK", "E", "U") is the status, and "Ej
	 * OK = avvikelse konstaterad" is a control done that found a deviation.
	 */
	@Test
	void readsAResultColumnOfCodesByTheLegendWhereOneCodeMeansADeviationFound() throws Exception {
		WordDocument word = new WordDocument().paragraph("Uppföljning av intern kontroll – helår 2025")
			.paragraph("Teckenförklaring resultat: OK = inga avvikelser   |   Ej OK = avvikelse konstaterad   |   "
					+ "E = ej genomförd   |   U = utgår");
		word.table(new String[] { "Nr", "Kontrollmoment", "Ansvarig", "Resultat", "Iakttagelse / kommentar" },
				new String[] { "1", "Attest av leverantörsfakturor enligt attestordningen", "Ekonom", "OK",
						"Stickprov 40 fakturor." },
				new String[] { "2", "Barnomsorgsavgifter debiteras utifrån inkomstuppgift", "Ekonom", "Ej OK",
						"Sex hushåll hade inte fått justerad avgift." },
				new String[] { "3", "Hantering av handkassor på skolenheterna", "Rektorer", "E",
						"Flyttas till 2026." },
				new String[] { "4", "Skolskjutsbeslut fattas enligt riktlinjerna", "Handläggare", "U",
						"Ansvaret har flyttats." });
		Submission s = read(word, "Kommunstyrelsen IK 2025 helår.docx");
		assertThat(s.controls()).extracting(c -> c.decision().status(), c -> c.decision().deviationInStatus())
			.containsExactly(tuple(ControlStatus.GENOMFORD, false), tuple(ControlStatus.GENOMFORD, true),
					tuple(ControlStatus.EJ_GENOMFORD, false), tuple(ControlStatus.UTGAR, false));
	}

	/**
	 * Round 461: a letter listing its controls as bulleted items "Kontroll: what was done", the first reporting in
	 * words of its own, then going on in a paragraph of its own: every item is a control, the paragraph none.
	 */
	@Test
	void readsEveryItemOfALettersListAndNotTheParagraphAfterIt() throws Exception {
		WordDocument word = new WordDocument().paragraph("Socialnämnden")
			.paragraph("Här kommer nämndens uppföljning av den interna kontrollen. Vi har gjort följande:")
			.listItem("Granskning av inkomna årsräkningar inom fastställd tid: Samtliga 142 årsräkningar för 2024 är "
					+ "granskade per den 31 augusti.")
			.listItem("Kontroll av att ställföreträdare har giltigt registerutdrag: Vi har hittills kontrollerat 30 "
					+ "av 85, inga avvikelser.")
			.listItem("Kontroll av överförmyndarspärr på bankkonton: Har inte hunnits med. Flyttas till hösten.")
			.paragraph("Uppföljningen anmäls till nämnden den 24 september. Hör av dig om något är oklart!")
			.paragraph("Med vänlig hälsning");
		Submission s = read(word, "Socialnämnden uppföljning IK delår 2025.docx");
		assertThat(s.controls()).extracting(Control::kontrollmoment, c -> c.decision().status()).containsExactly(
				tuple("Granskning av inkomna årsräkningar inom fastställd tid", ControlStatus.GENOMFORD),
				tuple("Kontroll av att ställföreträdare har giltigt registerutdrag", ControlStatus.DELVIS),
				tuple("Kontroll av överförmyndarspärr på bankkonton", ControlStatus.EJ_GENOMFORD));
	}

	/**
	 * Round 461: controls as headings with their report in the paragraph under each; a heading naming the year of
	 * what it prepares ("inför valet 2026") describes a control, no title of the report.
	 */
	@Test
	void readsAHeadingNamingTheYearOfAnEventAsAControl() throws Exception {
		WordDocument word = new WordDocument().paragraph("Socialnämnden – uppföljning av intern kontroll, delår 2025")
			.paragraph("Nämnden har tre kontrollmoment. Nedan redovisas hur de har följts upp.")
			.paragraph("Säkerhetsgenomgång av vallokaler och förtidsröstningslokaler inför valet 2026")
			.paragraph("Inventeringen av kommunens 14 lokaler har påbörjats, 9 är besökta. Resten besöks i september.")
			.paragraph("Rutin för förvaring av valsedlar och valmaterial")
			.paragraph("Rutinen gicks igenom och uppdaterades i maj. Ett förråd saknade lås, det är nu åtgärdat.")
			.paragraph("Kontroll av att nämndens beslut verkställs")
			.paragraph("Genomförd utan anmärkning, samtliga beslut från våren är verkställda.");
		Submission s = read(word, "Socialnämnden delår 2025 internkontroll.docx");
		assertThat(s.controls()).extracting(Control::kontrollmoment, c -> c.decision().status()).containsExactly(
				tuple("Säkerhetsgenomgång av vallokaler och förtidsröstningslokaler inför valet 2026",
						ControlStatus.DELVIS),
				tuple("Rutin för förvaring av valsedlar och valmaterial", ControlStatus.GENOMFORD),
				tuple("Kontroll av att nämndens beslut verkställs", ControlStatus.GENOMFORD));
	}

	/**
	 * Round 463: a report's control headings, each with "Syfte", "Genomförande", "Resultat" and "Bedömning" on lines
	 * of their own over their paragraphs: the labels that come back under every heading label their paragraphs, and
	 * "–" under one is its answer, so each heading is a control reported on by what follows.
	 */
	@Test
	void readsLabelsAloneThatComeBackUnderEveryControlsHeadingAsItsReport() throws Exception {
		WordDocument word = new WordDocument().paragraph("Socialnämnden – helårsuppföljning av intern kontroll 2025");
		for (String[] control : new String[][] {
				{ "Skolskjutsbeslut fattas enligt gällande riktlinjer", "Stickprov av 20 beslut.",
						"Kontrollen har genomförts utan anmärkning." },
				{ "Inventering av datorer och surfplattor till elever", "–",
						"Kontrollen utgår enligt beslut i nämnden den 12 mars." },
				{ "Attest av leverantörsfakturor inom förskoleverksamheten", "Stickprov av 30 fakturor.",
						"Kontrollen har inte genomförts under året." } }) {
			word.paragraph(control[0]).paragraph("Syfte").paragraph("Säkerställa att rutinen följs.")
				.paragraph("Genomförande").paragraph(control[1]).paragraph("Bedömning").paragraph(control[2]);
		}
		Submission s = read(word, "Socialnämnden helår 2025.docx");
		assertThat(s.controls()).extracting(Control::kontrollmoment, c -> c.decision().status()).containsExactly(
				tuple("Skolskjutsbeslut fattas enligt gällande riktlinjer", ControlStatus.GENOMFORD),
				tuple("Inventering av datorer och surfplattor till elever", ControlStatus.UTGAR),
				tuple("Attest av leverantörsfakturor inom förskoleverksamheten", ControlStatus.EJ_GENOMFORD));
	}

	/**
	 * Round 463: "Genomförande: –" among a numbered heading's "Syfte: …" and "Resultat: …" lines is a line of its
	 * report, short as a heading is; and a report in parts per nämnd ("Del 1 Socialnämnden") is one follow-up each.
	 */
	@Test
	void readsAShortLabelledLineUnderAHeadingAsItsReportAndAReportsPartsPerNamnd() throws Exception {
		WordDocument word = new WordDocument().paragraph("Uppföljning av intern kontroll 2025 – helårsrapport")
			.paragraph("Del 1 Socialnämnden")
			.paragraph("1.1 Kontroll av efterlevnad av informationssäkerhetspolicyn")
			.paragraph("Syfte: Säkerställa att förvaltningen följer kommunens informationssäkerhetspolicy.")
			.paragraph("Genomförande: –")
			.paragraph("Resultat: Nämnden beslutade 2025-06-11 att kontrollen utgår ur planen.")
			.paragraph("1.2 Kontroll av rutin för hantering av bisysslor")
			.paragraph("Syfte: Säkerställa att chefer inhämtar uppgifter om bisysslor.")
			.paragraph("Resultat: Kontrollen har genomförts. Fyra chefer saknade dokumentation.")
			.paragraph("Del 2 Kommunstyrelsen")
			.paragraph("2.1 Kontroll av delegationsbeslut i personalärenden")
			.paragraph("Syfte: Säkerställa att beslut fattas av rätt delegat.")
			.paragraph("Resultat: Kontrollen har genomförts utan anmärkning.");
		List<Submission> read = interpreter.interpret(word.save(dir.resolve("Förvaltningen uppföljning IK 2025.docx")),
				"Förvaltningen uppföljning IK 2025.docx", 2020);
		assertThat(read)
			.extracting(Submission::namnd, x -> x.controls().stream().map(c -> c.decision().status()).toList())
			.containsExactlyInAnyOrder(
					tuple("Socialnämnden", List.of(ControlStatus.UTGAR, ControlStatus.GENOMFORD)),
					tuple("Kommunstyrelsen", List.of(ControlStatus.GENOMFORD)));
	}

	/**
	 * Round 462: a control merged down over a row per unit, each unit ticking "Ja", "Nej" or "Ej aktuellt": done at
	 * every unit it concerns is done, done at some partly; the units it does not concern are left out.
	 */
	@Test
	void readsTicksOnAControlsRowPerUnitTogether() throws Exception {
		WordDocument word = new WordDocument().paragraph("Socialnämnden – uppföljning intern kontroll tertial 2 2025");
		String[] header = { "Kontrollmoment", "Enhet", "Ja", "Nej", "Ej aktuellt", "Kommentar" };
		XWPFTable table = word.table(header,
				new String[] { "Kontanthantering och dagskassor", "Biblioteket", "X", "", "", "Inga differenser." },
				new String[] { "", "Simhallen", "X", "", "", "" },
				new String[] { "", "Kulturskolan", "", "", "X", "Ingen kontanthantering." },
				new String[] { "Inventering av inventarier och utlåningsutrustning", "Biblioteket", "X", "", "", "" },
				new String[] { "", "Simhallen", "", "X", "", "Görs i oktober." });
		WordDocument.mergeDown(table, 0, 1, 3);
		WordDocument.mergeDown(table, 0, 4, 5);
		Submission s = read(word, "Socialnämnden T2 2025.docx");
		assertThat(s.controls()).extracting(Control::kontrollmoment, c -> c.decision().status()).containsExactly(
				tuple("Kontanthantering och dagskassor", ControlStatus.GENOMFORD),
				tuple("Inventering av inventarier och utlåningsutrustning", ControlStatus.DELVIS));
	}

	/**
	 * Round 480: a control's row, then "Resultat: …" and "Status: …" on rows of their own in its column, its number
	 * merged down beside them: the control's report, not two more controls.
	 */
	@Test
	void readsLabelledRowsUnderAControlInItsColumnAsItsReport() throws Exception {
		WordDocument word = new WordDocument()
			.paragraph("Socialnämnden – uppföljning av internkontrollplan 2025, helår");
		XWPFTable table = word.table(new String[] { "Nr", "Kontrollmoment / uppföljning", "Ansvarig" },
				new String[] { "1", "Kontroll av att föreningsbidrag betalas ut enligt reglerna", "Fritidschef" },
				new String[] { "", "Resultat: Samtliga 18 ansökningar har granskats.", "" },
				new String[] { "", "Status: Genomförd", "" },
				new String[] { "2", "Kontroll av kassahanteringen i simhallen", "Badchef" },
				new String[] { "", "Resultat:", "" },
				new String[] { "", "Status: Ej genomförd", "" });
		WordDocument.mergeDown(table, 0, 1, 3);
		WordDocument.mergeDown(table, 0, 4, 6);
		Submission s = read(word, "Socialnämnden IK helår 2025.docx");
		assertThat(s.controls()).extracting(Control::kontrollmoment, c -> c.decision().status()).containsExactly(
				tuple("Kontroll av att föreningsbidrag betalas ut enligt reglerna", ControlStatus.GENOMFORD),
				tuple("Kontroll av kassahanteringen i simhallen", ControlStatus.EJ_GENOMFORD));
	}

	/**
	 * Round 480: a report converted back from PDF keeps each page's running header and number among its paragraphs,
	 * between a control's lines too: they are no control, and the lines around them are read as if they were not there.
	 */
	@Test
	void leavesOutPrintedPagesHeadersAndNumbersAmongAReportsParagraphs() throws Exception {
		WordDocument word = new WordDocument()
			.paragraph("Vassunda kommun").paragraph("Sida 1 av 2")
			.paragraph("Socialnämnden – uppföljning av internkontrollplan 2025, helår")
			.paragraph("Kontrollmoment 1: Kontroll av att fakturor attesteras enligt attestordningen")
			.paragraph("Resultat: Stickprov på 15 fakturor utan anmärkning.")
			.paragraph("Bedömning: Genomförd")
			.paragraph("Kontrollmoment 2: Kontroll av att lekplatser besiktigas årligen")
			.paragraph("Vassunda kommun").paragraph("Sida 2 av 2")
			.paragraph("Resultat: Besiktning gjord på 11 av 14 lekplatser.")
			.paragraph("Bedömning: Pågår")
			.paragraph("Kontrollmoment 3: Kontroll av körjournaler")
			.paragraph("Resultat: Kontrollmomentet utgår enligt nämndens beslut.")
			.paragraph("Bedömning: Utgår");
		Submission s = read(word, "Socialnämnden IK helår 2025.docx");
		assertThat(s.controls()).extracting(Control::kontrollmoment, c -> c.decision().status()).containsExactly(
				tuple("Kontroll av att fakturor attesteras enligt attestordningen", ControlStatus.GENOMFORD),
				tuple("Kontroll av att lekplatser besiktigas årligen", ControlStatus.DELVIS),
				tuple("Kontroll av körjournaler", ControlStatus.UTGAR));
	}

	/**
	 * Round 480: "Så har uppföljningen gått till" over how the follow-up was made, before the controls' numbered
	 * headings with their labelled lines: an introduction, not a control.
	 */
	@Test
	void readsNoUnnumberedHeadingBeforeNumberedControlsAsAControl() throws Exception {
		WordDocument word = new WordDocument()
			.paragraph("Socialnämnden").paragraph("Uppföljning av intern kontroll 2025 – helår")
			.paragraph("Inledning")
			.paragraph("Enligt kommunens reglemente ska varje nämnd årligen anta en plan och följa upp den.")
			.paragraph("Så har uppföljningen gått till")
			.paragraph("Kontrollerna har utförts av enhetscheferna och förvaltningens stab. För varje kontrollmoment "
					+ "redovisas nedan syftet, hur kontrollen genomförts, resultatet och eventuella åtgärder.")
			.paragraph("1. Attest av leverantörsfakturor enligt attestordningen")
			.paragraph("Syfte: Säkerställa att fakturor attesteras av behörig person.")
			.paragraph("Genomförande: Stickprov på 40 fakturor.")
			.paragraph("Resultat: Samtliga 40 fakturor var attesterade. Ingen avvikelse noterades.")
			.paragraph("Åtgärder: Inga.")
			.paragraph("2. Kontroll av att registerutdrag begärs vid anställning")
			.paragraph("Syfte: Förhindra att olämpliga personer anställs.")
			.paragraph("Genomförande: Genomgång av anställningar.")
			.paragraph("Resultat: Kontrollen har skjutits upp till 2026.")
			.paragraph("Åtgärder: Kontrollen läggs in i planen för 2026.");
		Submission s = read(word, "Socialnämnden IK helår 2025.docx");
		assertThat(s.controls()).extracting(Control::kontrollmoment, c -> c.decision().status()).containsExactly(
				tuple("1. Attest av leverantörsfakturor enligt attestordningen", ControlStatus.GENOMFORD),
				tuple("2. Kontroll av att registerutdrag begärs vid anställning", ControlStatus.EJ_GENOMFORD));
	}

	/**
	 * Round 485: "Systematiskt brandskyddsarbete: kontroll av trapphus …" as an item of the list whose items name the
	 * controls over their "Status:" lines: the next control, its area before the colon, not a line of the one above.
	 */
	@Test
	void readsAListItemWithAColonAmongItemsNamingControlsAsTheNextControl() throws Exception {
		WordDocument word = new WordDocument()
			.paragraph("Socialnämnden – rapport intern kontroll, tertial 1 2025")
			.listItem("Hyresreskontran stäms av mot huvudboken varje månad")
			.paragraph("Status: Genomförd.")
			.paragraph("Avstämning har gjorts för januari–april utan differenser.")
			.listItem("Systematiskt brandskyddsarbete: kontroll av trapphus och gemensamma utrymmen")
			.paragraph("Status: Ej påbörjad.")
			.paragraph("Kontrollen planeras till vecka 22.")
			.listItem("Utlämning av nycklar och passerbrickor kvitteras")
			.paragraph("Status: Pågår.");
		Submission s = read(word, "Socialnämnden IK T1 2025.docx");
		assertThat(s.controls()).extracting(Control::kontrollmoment, c -> c.decision().status()).containsExactly(
				tuple("Hyresreskontran stäms av mot huvudboken varje månad", ControlStatus.GENOMFORD),
				tuple("Systematiskt brandskyddsarbete: kontroll av trapphus och gemensamma utrymmen",
						ControlStatus.EJ_GENOMFORD),
				tuple("Utlämning av nycklar och passerbrickor kvitteras", ControlStatus.DELVIS));
	}

	/**
	 * Round 487: a förvaltning's document with a table per nämnd, each under a heading naming it and a line dating the
	 * plan to the year before, each followed by the scale of its status column: each table is its nämnd's, the scale
	 * no control, and a control both tables have dates neither to last year.
	 */
	@Test
	void readsEachTableUnderItsNamndsHeadingAsThatNamndsWithTheScaleBelowItAsNoControl() throws Exception {
		WordDocument word = new WordDocument().paragraph("Uppföljning av internkontrollplaner 2025 – helår")
			.paragraph("1. Socialnämnden")
			.paragraph("Internkontrollplanen antogs av nämnden i december 2024. Nedan redovisas kontrollerna.");
		word.table(new String[] { "Nr", "Kontrollmoment", "Resultat", "Status" },
				new String[] { "1.1", "Attest av leverantörsfakturor enligt attestordningen", "Inga fel.", "Klar" },
				new String[] { "1.2", "Kontroll av avgifter i hemtjänsten", "Hälften granskad.", "Delvis genomförd" });
		word.paragraph("Status: Genomförd / Delvis genomförd / Ej genomförd / Utgår")
			.paragraph("2. Kommunstyrelsen")
			.paragraph("Internkontrollplanen antogs av nämnden i december 2024. Nedan redovisas kontrollerna.");
		word.table(new String[] { "Nr", "Kontrollmoment", "Resultat", "Status" },
				new String[] { "2.1", "Attest av leverantörsfakturor enligt attestordningen", "Inga fel.", "Klar" },
				new String[] { "2.2", "Kontroll av delegationsbeslut", "Flyttas till 2026.", "Ej genomförd" },
				new String[] { "2.3", "Kontroll av representation", "Tre fakturor granskade.", "Genomförd" });
		word.paragraph("Status: Genomförd / Delvis genomförd / Ej genomförd / Utgår");
		List<Submission> read = interpreter.interpret(word.save(dir.resolve("Förvaltningen IK helår 2025.docx")),
				"Förvaltningen IK helår 2025.docx", 2020);
		assertThat(read).extracting(Submission::namnd, x -> x.controls().size()).containsExactlyInAnyOrder(
				tuple("Socialnämnden", 2), tuple("Kommunstyrelsen", 3));
	}

	/** Round 578: a paragraph per control, broken into its labelled lines, as a form without a table. */
	@Test
	void readsAControlFromEachParagraphBrokenIntoLabelledLines() throws Exception {
		WordDocument word = new WordDocument()
			.paragraph("Socialnämnden")
			.paragraph("Uppföljning av internkontrollplan 2025 – delårsrapport per 31 augusti")
			.brokenParagraph("Kontrollmoment: Attest av leverantörsfakturor enligt attestordningen", "Status: Genomförd",
					"Kommentar: Stickprov 30 fakturor. Inga avvikelser.")
			.brokenParagraph("Kontrollmoment: Beslut om skolskjuts fattas enligt delegationsordningen",
					"Status: Ej genomförd", "Kommentar: Planeras till november.");
		Submission s = read(word, "uppföljning.docx");
		assertThat(s.controls()).extracting(Control::kontrollmoment, c -> c.decision().status())
			.containsExactly(tuple("Attest av leverantörsfakturor enligt attestordningen", ControlStatus.GENOMFORD),
					tuple("Beslut om skolskjuts fattas enligt delegationsordningen", ControlStatus.EJ_GENOMFORD));
	}

	/**
	 * Round 569: a verksamhetsberättelse whose only table is its accounts reports its controls in prose, a heading
	 * and a paragraph or two each; round 295: a meeting's invitation, one heading over its time and place, reports
	 * none.
	 */
	@Test
	void readsControlsReportedInProseBesideATableOfSomethingElse() throws Exception {
		WordDocument word = new WordDocument()
			.paragraph("Verksamhetsberättelse 2025")
			.paragraph("Socialnämnden")
			.paragraph("Driftredovisning per verksamhet (tkr)");
		word.table(new String[] { "Verksamhet", "Budget", "Utfall" }, new String[] { "Individ- och familjeomsorg",
				"52 300", "51 900" });
		word.paragraph("Intern kontroll")
			.paragraph("Attest av leverantörsfakturor enligt attestordningen")
			.paragraph("Ett stickprov om 40 fakturor har granskats. Kontrollen har genomförts utan anmärkning.")
			.paragraph("Avtalstrohet vid inköp av varor och tjänster")
			.paragraph("På grund av vakans har kontrollen inte hunnit genomföras under året.")
			.paragraph("Diarieföring av inkomna handlingar inom föreskriven tid")
			.paragraph("Samtliga handlingar var diarieförda. Kontrollen har genomförts och inga avvikelser noterades.");
		Submission s = read(word, "verksamhetsberättelse.docx");
		assertThat(s.controls()).extracting(c -> c.decision().status()).containsExactly(ControlStatus.GENOMFORD,
				ControlStatus.EJ_GENOMFORD, ControlStatus.GENOMFORD);

		WordDocument invitation = new WordDocument()
			.paragraph("Kallelse")
			.paragraph("Genomgång av intern kontroll inför delårsrapport 2025")
			.paragraph("Tid: onsdag 2025-09-03 kl. 13.00–15.00. Ta med nämndens uppföljning med datum för "
					+ "genomförda kontroller.");
		invitation.table(new String[] { "Tid", "Punkt", "Ansvarig" }, new String[] { "13.00", "Inledning", "EK" });
		assertThatThrownBy(() -> read(invitation, "kallelse.docx")).isInstanceOf(FileRejectedException.class);
	}

	/** Rounds 583 and 585: "Se nedan" in the table, and the comment on control 2 under it by its number. */
	@Test
	void readsACommentUnderTheTableOnTheControlOfItsNumber() throws Exception {
		WordDocument word = new WordDocument()
			.paragraph("Socialnämnden")
			.paragraph("Uppföljning av internkontrollplan 2025, delår");
		word.table(new String[] { "Nr", "Kontrollmoment", "Status", "Kommentar" },
				new String[] { "1", "Attest av leverantörsfakturor", "Genomförd", "Inga avvikelser." },
				new String[] { "2", "Delegationsbeslut anmäls till nämnden", "Se nedan", "" });
		word.paragraph("Kommentar till kontroll 2: Stickprov har gjorts för januari–april. Maj–augusti granskas i "
				+ "oktober.");
		Submission s = read(word, "uppföljning.docx");
		assertThat(s.controls()).extracting(c -> c.decision().status())
			.containsExactly(ControlStatus.GENOMFORD, ControlStatus.DELVIS);
	}
}
