package se.ikkonsolidering.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.ParameterizedTest;

import se.ikkonsolidering.layout.ControlRow;
import se.ikkonsolidering.layout.Field;
import se.ikkonsolidering.layout.Legend;
import se.ikkonsolidering.layout.TableLayout;

class StatusClassifierTests {

	private final StatusWords words = StatusWords.load(null);
	private final DeviationRules deviations = DeviationRules.load(null);
	private final StatusClassifier classifier = new StatusClassifier(words, ColourRules.load(null),
			TextStatusRules.load(null), deviations);
	private final Flagger flagger = new Flagger(deviations, words);

	private static TableLayout layout(Map<Field, String> headers) {
		Map<Field, Integer> columns = new EnumMap<>(Field.class);
		Map<Field, String> synonyms = new EnumMap<>(Field.class);
		int column = 0;
		for (Map.Entry<Field, String> header : headers.entrySet()) {
			columns.put(header.getKey(), column++);
			synonyms.put(header.getKey(), header.getValue().toLowerCase().replace(":", "").strip());
		}
		return new TableLayout(1, columns, headers, synonyms);
	}

	private static ControlRow row(TableLayout layout, Map<Field, String> values, List<String> resultFills) {
		return new ControlRow("Flik", 2, 2, values, List.of(), resultFills, layout);
	}

	private static final TableLayout WITH_STATUS = layout(Map.of(Field.KONTROLLMOMENT, "Kontrollmoment",
			Field.AVVIKELSE, "Konstaterad avvikelse", Field.STATUS, "Status"));
	private static final TableLayout PER_QUARTER = layout(Map.of(Field.KONTROLLMOMENT, "Kontrollmoment",
			Field.RESULTAT, "Kommentar", Field.STATUS, "Status"));
	private static final TableLayout WITHOUT_STATUS = layout(Map.of(Field.KONTROLLMOMENT, "Kontrollmoment",
			Field.RESULTAT, "Resultat"));

	/**
	 * Round 262: a status corrected in its own cell ("Genomförd. Rättelse: …") or in the comment ("Korrigering: …"), or
	 * qualified by the comment's own words for done ("Genomförd till största delen") or by the column's word and a
	 * "men" (round 333: "Ja, men endast 6 av 10 …"): how much was done counts; a comment saying the column's word and
	 * what is left of the actions does not change it.
	 */
	@ParameterizedTest(name = "{0} | {1} → {2}")
	@CsvSource(delimiter = '|', textBlock = """
			Genomförd. Rättelse: endast hälften av stickproven har granskats, resterande tas under hösten. | | DELVIS
			Ja | Korrigering: endast beslut t.o.m. juni har kontrollerats, juli–augusti återstår. | DELVIS
			Genomförd | Genomförd till största delen; kontrollen av lokalt aktivitetsstöd återstår. | DELVIS
			Genomförd | Kontrollen genomförd, avvikelser noterade – åtgärder pågår. | GENOMFORD
			Genomförd | 42 av 45 förhandsbedömningar klara inom 14 dagar. | GENOMFORD
			Ja | Ja, men endast 6 av 10 stickprov granskade – resterande granskas i oktober. | DELVIS
			""")
	void readsAStatusCorrectedOrQualifiedInWordsForHowMuchWasDone(String status, String comment,
			ControlStatus expected) {
		Map<Field, String> values = new EnumMap<>(Field.class);
		values.put(Field.KONTROLLMOMENT, "Delegationsbeslut anmäls till nämnden");
		values.put(Field.STATUS, status);
		values.put(Field.RESULTAT, comment == null ? "" : comment);
		assertThat(classifier.classify(row(PER_QUARTER, values, List.of())).status()).isEqualTo(expected);
	}

	/**
	 * Round 542: "Ej klar, orsak" heads a second result column beside "Klar"; its heading stands before the text as the
	 * reader writes it, and the text's own words tell the status, not the heading's.
	 */
	@ParameterizedTest(name = "{0} → {1}")
	@CsvSource(delimiter = '|', textBlock = """
			Ej klar, orsak: Inkomstkontroll mot Skatteverket påbörjad, klar i oktober. | DELVIS
			Ej klar, orsak: Utgår enligt beslut BUN 2025-06-10 § 78. | UTGAR
			""")
	void readsTheTextUnderAResultHeadingThatSaysNotDoneByItsOwnWords(String result, ControlStatus expected) {
		TableLayout notDoneReason = layout(Map.of(Field.KONTROLLMOMENT, "Kontrollmoment", Field.STATUS, "Klar",
				Field.RESULTAT, "Ej klar, orsak"));
		assertThat(classifier.classify(row(notDoneReason, Map.of(Field.KONTROLLMOMENT,
				"Kontroll av att barnomsorgsavgifter debiteras enligt inkomstuppgift", Field.RESULTAT, result),
				List.of())).status()).isEqualTo(expected);
	}

	/**
	 * Round 306: a board's rating scale "Ingen anmärkning | Anmärkning | Pågår | Ej utförd": a control rated with a
	 * remark was carried out, and the remark is what it found.
	 */
	@Test
	void readsARatingOfAnmarkningAsDoneWithADeviation() {
		StatusDecision decision = classifier.classify(row(WITH_STATUS,
				Map.of(Field.KONTROLLMOMENT, "Felanmälningar åtgärdas inom avtalad tid", Field.STATUS, "Anmärkning"),
				List.of()));
		assertThat(decision).extracting(StatusDecision::status, StatusDecision::source, StatusDecision::deviationInStatus)
			.containsExactly(ControlStatus.GENOMFORD, StatusSource.KOLUMN, true);
	}

	@Test
	void takesTheStatusColumnFirstAndKeepsItsRawText() {
		StatusDecision decision = classifier.classify(row(WITH_STATUS,
				Map.of(Field.KONTROLLMOMENT, "Kunskap om IT-säkerhet", Field.STATUS, "Granskning \nej \ngenomförd"),
				List.of()));
		assertThat(decision).extracting(StatusDecision::status, StatusDecision::source, StatusDecision::rawText)
			.containsExactly(ControlStatus.EJ_GENOMFORD, StatusSource.KOLUMN, "Granskning \nej \ngenomförd");
	}

	/**
	 * Round 253: a template's own words for done ("Avklarat"), done and faults found ("Brister noterade") and
	 * postponed ("Skjuts till 2026"), the last only as the whole answer: "två skjuts till januari" is part of a control.
	 */
	@ParameterizedTest(name = "{0} → {1}")
	@CsvSource(delimiter = '|', textBlock = """
			Avklarat                                              | GENOMFORD
			Brister noterade                                      | GENOMFORD
			Skjuts till 2026                                      | EJ_GENOMFORD
			Genomförd. 88 av 90 tillsyner gjorda; två skjuts till januari 2026. | GENOMFORD
			""")
	void readsATemplatesOwnWordsForDoneWithFaultsAndPostponed(String status, ControlStatus expected) {
		StatusDecision decision = classifier.classify(row(WITH_STATUS,
				Map.of(Field.KONTROLLMOMENT, "Kontroll av att barngruppernas storlek följer riktmärkena", Field.STATUS, status),
				List.of()));
		assertThat(decision.status()).isEqualTo(expected);
	}

	/** Round 255: a status changed in the cell with the change in sight; what it was changed to counts. */
	@ParameterizedTest(name = "{0} → {1}")
	@CsvSource(delimiter = '|', textBlock = """
			Delvis → Genomförd (uppdaterat 15/12)          | GENOMFORD
			~~Delvis~~ Ej genomförd                        | EJ_GENOMFORD
			Pågår -> Utgår (beslut BMN 2025-12-10 § 112)   | UTGAR
			""")
	void readsWhatAStatusWasChangedToInTheCell(String status, ControlStatus expected) {
		StatusDecision decision = classifier.classify(row(WITH_STATUS,
				Map.of(Field.KONTROLLMOMENT, "Kontroll av att barngruppernas storlek följer riktmärkena", Field.STATUS, status),
				List.of()));
		assertThat(decision).extracting(StatusDecision::status, StatusDecision::evidence)
			.containsExactly(expected, "statuskolumnen 'Status', ändrad: '" + status + "'");
	}

	/**
	 * Rounds 147 and 148: a drop-down's "Stryks", a tick in parentheses with no legend; round 172: a control another
	 * one now covers.
	 */
	@ParameterizedTest(name = "{0} → {1}")
	@CsvSource(delimiter = '|', textBlock = """
			Stryks | UTGAR
			Ingår i annan kontroll | UTGAR
			(✓)    | DELVIS
			(x)    | DELVIS
			✓      | GENOMFORD
			""")
	void readsAStruckControlAndATickInParentheses(String status, ControlStatus expected) {
		StatusDecision decision = classifier.classify(row(WITH_STATUS,
				Map.of(Field.KONTROLLMOMENT, "Kontroll av att barngruppernas storlek följer riktmärkena", Field.STATUS, status),
				List.of()));
		assertThat(decision).extracting(StatusDecision::status, StatusDecision::source)
			.containsExactly(expected, StatusSource.KOLUMN);
	}

	/**
	 * Round 235: "Not started" beside "Ny upphandling av medier pågår; kontrollen görs 2026.": what goes on is another
	 * piece of work; the control itself is put off to next year.
	 */
	@Test
	void keepsNotStartedWhenTheTextPutsTheControlOffToAYearBesideOtherWorkGoingOn() {
		StatusDecision decision = classifier.classify(row(PER_QUARTER, Map.of(Field.KONTROLLMOMENT,
				"Inventering av bibliotekets medieinköp mot avtal", Field.STATUS, "Not started", Field.RESULTAT,
				"Ny upphandling av medier pågår; kontrollen görs 2026."), List.of()));
		assertThat(decision).extracting(StatusDecision::status, StatusDecision::source)
			.containsExactly(ControlStatus.EJ_GENOMFORD, StatusSource.KOLUMN);
	}

	/** Round 130: "Ej utfört" beside a text saying so, and saying what else was done. */
	@Test
	void keepsNotDoneWhenTheTextSaysSoBesideWhatElseWasDone() {
		StatusDecision decision = classifier.classify(row(PER_QUARTER, Map.of(Field.KONTROLLMOMENT,
				"LSS-beslut verkställs inom tre månader", Field.STATUS, "Ej utfört", Field.RESULTAT,
				"Kontrollen har inte kunnat genomföras på grund av vakans. Kvartalsrapporteringen till IVO har gjorts."),
				List.of()));
		assertThat(decision).extracting(StatusDecision::status, StatusDecision::source)
			.containsExactly(ControlStatus.EJ_GENOMFORD, StatusSource.KOLUMN);
	}

	/** Rounds 95, 101, 124, 133 and 134: a governance system's "Försenad" beside a comment that nothing was done. */
	@Test
	void readsLateAsNotDoneWhenTheCommentSaysNothingWasDone() {
		StatusDecision decision = classifier.classify(row(PER_QUARTER, Map.of(Field.KONTROLLMOMENT,
				"Loggkontroll i verksamhetssystemet", Field.STATUS, "Försenad", Field.RESULTAT,
				"Loggkontrollerna har inte kunnat genomföras under 2025. Kontrollen flyttas till 2026."), List.of()));
		assertThat(decision).extracting(StatusDecision::status, StatusDecision::source)
			.containsExactly(ControlStatus.EJ_GENOMFORD, StatusSource.TEXT);
	}

	/** Round 1: "Försenad" beside when the work is now planned: late is all the column says, and all the text says. */
	@Test
	void keepsLateAsTheColumnSaysWhenTheCommentOnlySaysWhenTheWorkIsPlanned() {
		StatusDecision decision = classifier.classify(row(PER_QUARTER, Map.of(Field.KONTROLLMOMENT,
				"Direktupphandlingar över 100 tkr dokumenteras", Field.STATUS, "Försenad", Field.RESULTAT,
				"Planeras till oktober p.g.a. vakans."), List.of()));
		assertThat(decision).extracting(StatusDecision::status, StatusDecision::source)
			.containsExactly(ControlStatus.DELVIS, StatusSource.KOLUMN);
	}

	@Test
	void readsStatusFromTrafficLightFillWhenThereIsNoStatusWord() {
		StatusDecision decision = classifier.classify(row(WITHOUT_STATUS,
				Map.of(Field.KONTROLLMOMENT, "Kontroll av rutiner", Field.RESULTAT, "Dialog har förts med avdelningar."),
				List.of("FFC000")));
		assertThat(decision).extracting(StatusDecision::status, StatusDecision::source)
			.containsExactly(ControlStatus.DELVIS, StatusSource.FARG);
	}

	/** Round 209: a status cell filled white beside a legend naming yellow: white is no light yellow, the text decides. */
	@Test
	void readsAWhiteFillAsNoColourOfALegendNamingItsColours() {
		Legend legend = new Legend(Map.of("grön", "genomförd", "gul", "pågående", "röd", "ej genomförd"), Map.of(),
				java.util.Set.of(), "Dokumentets text");
		ControlRow white = new ControlRow("Tabell 1", 6, 6, Map.of(Field.KONTROLLMOMENT,
				"Brandskyddskontroll i trapphus och allmänna utrymmen (SBA)", Field.AVVIKELSE, "Se bilaga 3."),
				List.of("FFFFFF"), List.of(), WITH_STATUS);
		assertThat(classifier.classify(white, legend).status()).isEqualTo(ControlStatus.OKLAR);
	}

	/** Round 101: a legend naming its colours in words, orange and yellow meaning different things. */
	@Test
	void readsAFillByTheLegendThatNamesItsColourInWords() {
		Legend legend = new Legend(Map.of("grön", "kontrollen är genomförd utan väsentliga avvikelser", "orange",
				"kontrollen är genomförd men avvikelser har konstaterats", "gul", "kontrollen är påbörjad eller delvis genomförd"),
				Map.of(), java.util.Set.of(), "Dokumentets text");
		ControlRow orange = row(WITHOUT_STATUS, Map.of(Field.KONTROLLMOMENT, "LSS-beslut verkställs inom tre månader"),
				List.of());
		ControlRow coloured = new ControlRow("Tabell 1", 4, 4, orange.values(), List.of("FFC000"), List.of(), WITH_STATUS);
		ControlRow yellow = new ControlRow("Tabell 1", 5, 5, orange.values(), List.of("FFFF00"), List.of(), WITH_STATUS);
		assertThat(classifier.classify(coloured, legend)).extracting(StatusDecision::status, StatusDecision::rawText)
			.containsExactly(ControlStatus.GENOMFORD,
					"kontrollen är genomförd men avvikelser har konstaterats enligt teckenförklaringen (orange, FFC000)");
		assertThat(classifier.classify(yellow, legend).status()).isEqualTo(ControlStatus.DELVIS);
	}

	/** Round 323: Excel's orange FFC000 is the traffic light's yellow in a legend that names no orange. */
	@Test
	void readsTheStandardOrangeAsTheYellowOfALegendWithoutOrange() {
		Legend legend = new Legend(Map.of("grön", "genomförd utan avvikelse", "gul",
				"genomförd, avvikelse noterad och åtgärd vidtagen", "röd", "ej genomförd"), Map.of(),
				java.util.Set.of(), "Dokumentets text");
		ControlRow coloured = new ControlRow("Tabell 1", 3, 3,
				Map.of(Field.KONTROLLMOMENT, "Kontroll av att beslut om skolskjuts fattas enligt delegationsordningen"),
				List.of("FFC000"), List.of(), WITH_STATUS);
		assertThat(classifier.classify(coloured, legend)).extracting(StatusDecision::status, StatusDecision::rawText)
			.containsExactly(ControlStatus.GENOMFORD,
					"genomförd, avvikelse noterad och åtgärd vidtagen enligt teckenförklaringen (gul, FFC000)");
	}

	/** Round 156: yellow = "genomförd med anmärkning eller delvis genomförd"; the result says which. */
	@Test
	void letsTheResultChooseBetweenTheTwoStatusesTheLegendGivesAColour() {
		Map<String, String> colours = new java.util.LinkedHashMap<>();
		colours.put("00B050", "Genomförd utan anmärkning");
		colours.put("FFFF00", "Genomförd med anmärkning eller delvis genomförd");
		Legend legend = new Legend(Map.of(), colours, java.util.Set.of(), "Helår 2025");
		ControlRow done = new ControlRow("Helår 2025", 14, 14, Map.of(Field.KONTROLLMOMENT,
				"Kontroll av att anställningsavtal är signerade före första lönetillfället", Field.RESULTAT,
				"Kontroll genomförd. 3 av 25 anställningar saknade signerat anställningsavtal."), List.of("FFFF00"),
				List.of(), PER_QUARTER);
		ControlRow part = new ControlRow("Helår 2025", 9, 9, Map.of(Field.KONTROLLMOMENT,
				"Kontroll av att representation redovisas med syfte och deltagare", Field.RESULTAT,
				"Genomgånget för T1 och T2 utan anmärkning. T3 återstår."), List.of("FFFF00"), List.of(), PER_QUARTER);
		assertThat(classifier.classify(done, legend)).extracting(StatusDecision::status, StatusDecision::source)
			.containsExactly(ControlStatus.GENOMFORD, StatusSource.TEXT);
		assertThat(classifier.classify(part, legend).status()).isEqualTo(ControlStatus.DELVIS);
	}

	/** Round 435: "Genomförd med avvikelse / delvis genomförd": a slash offers the other status as "eller" does. */
	@Test
	void letsTheResultChooseBetweenTheStatusesALegendPartsWithASlash() {
		Legend legend = new Legend(Map.of(), Map.of("FFFF00", "Genomförd med avvikelse / delvis genomförd"),
				java.util.Set.of(), "Uppföljning");
		ControlRow done = new ControlRow("Uppföljning", 8, 8, Map.of(Field.KONTROLLMOMENT,
				"Uthyrning av lokaler faktureras korrekt", Field.RESULTAT,
				"Genomförd. Tre bokningar i sporthallen hade inte fakturerats, nu åtgärdat."), List.of("FFFF00"),
				List.of(), PER_QUARTER);
		ControlRow part = new ControlRow("Uppföljning", 9, 9, Map.of(Field.KONTROLLMOMENT,
				"Bibliotekets kontanthantering stäms av månadsvis", Field.RESULTAT,
				"Avstämning gjord för 8 av 12 månader."), List.of("FFFF00"), List.of(), PER_QUARTER);
		assertThat(classifier.classify(done, legend).status()).isEqualTo(ControlStatus.GENOMFORD);
		assertThat(classifier.classify(part, legend).status()).isEqualTo(ControlStatus.DELVIS);
	}

	/** Round 435: "X" = "genomförd" beside a result opening "Ej påbörjad": the mark and the text contradict. */
	@Test
	void takesALegendsCodeForDoneBesideAResultOpeningNotStartedAsUnclear() {
		Legend legend = new Legend(Map.of("x", "genomförd", "e", "ej genomförd"), Map.of(), java.util.Set.of(),
				"Internkontroll 2025");
		ControlRow control = row(PER_QUARTER, Map.of(Field.KONTROLLMOMENT,
				"Systematiskt brandskyddsarbete i kommunens fastigheter dokumenteras", Field.RESULTAT,
				"Ej påbörjad. Skjuts till 2026 på grund av vakans som fastighetschef.", Field.STATUS, "X"), List.of());
		assertThat(classifier.classify(control, legend)).extracting(StatusDecision::status, StatusDecision::evidence)
			.containsExactly(ControlStatus.OKLAR, "statuskolumnen 'Status' enligt teckenförklaringen ('X' = genomförd) "
					+ "och texten, som börjar med 'ej påbörjad', säger emot varandra");
	}

	/** Round 446: "G" = "Genomförd" beside "Kontrollen ej påbörjad, …": the text's subject, then its status word. */
	@Test
	void takesALegendsCodeForDoneBesideAResultSayingTheControlNotStartedAsUnclear() {
		Legend legend = new Legend(Map.of("g", "Genomförd", "e", "Ej påbörjad"), Map.of(), java.util.Set.of(),
				"LEDA");
		ControlRow control = row(PER_QUARTER, Map.of(Field.KONTROLLMOMENT,
				"Delegationsbeslut fattas av handläggare utan jäv", Field.RESULTAT,
				"Kontrollen ej påbörjad, planeras till november.", Field.STATUS, "G"), List.of());
		assertThat(classifier.classify(control, legend)).extracting(StatusDecision::status, StatusDecision::evidence)
			.containsExactly(ControlStatus.OKLAR, "statuskolumnen 'Status' enligt teckenförklaringen ('G' = Genomförd) och "
					+ "texten, som börjar med 'ej påbörjad / planeras till november', säger emot varandra");
	}

	/** Round 447: red = "Ej genomförd / försenad" beside "Försenad på grund av …": being late says when, not how far. */
	@Test
	void letsNoDelayChooseBetweenALegendsTwoMeanings() {
		Legend legend = new Legend(Map.of(), Map.of("FF0000", "Ej genomförd / försenad"), java.util.Set.of(),
				"Rapport");
		ControlRow control = new ControlRow("Rapport", 16, 16, Map.of(Field.KONTROLLMOMENT,
				"Uppföljning av förelägganden om enskilda avlopp", Field.RESULTAT, "Försenad på grund av vakant tjänst."),
				List.of("FF0000"), List.of(), PER_QUARTER);
		assertThat(classifier.classify(control, legend).status()).isEqualTo(ControlStatus.EJ_GENOMFORD);
	}

	/** Round 447: red with no legend beside what the control found: the traffic light's problem, not undone work. */
	@Test
	void readsRedWithoutALegendBesideTheControlsFindingsAsDoneWithADeviation() {
		ControlRow control = new ControlRow("IK 2025", 8, 8, Map.of(Field.KONTROLLMOMENT,
				"Leverantörsfakturor attesteras av behörig person", Field.RESULTAT,
				"Två fakturor attesterade av person utan behörighet. Attestlistan uppdaterad i april."),
				List.of("FF0000"), List.of(), PER_QUARTER);
		ControlRow late = new ControlRow("IK 2025", 9, 9, Map.of(Field.KONTROLLMOMENT,
				"Besiktning av lekplatser", Field.RESULTAT, "Försenad – besiktningsfirman har inte kunnat komma."),
				List.of("FF0000"), List.of(), PER_QUARTER);
		assertThat(classifier.classify(control, Legend.NONE))
			.extracting(StatusDecision::status, StatusDecision::source, StatusDecision::deviationInStatus)
			.containsExactly(ControlStatus.GENOMFORD, StatusSource.TEXT, true);
		assertThat(classifier.classify(late, Legend.NONE).status()).isEqualTo(ControlStatus.EJ_GENOMFORD);
	}

	/**
	 * Round 447: "Ej påbörjad (ingen färg)" in the legend: a status cell left without colour says so; round 334's "Ingen
	 * färg = ej uppföljd under perioden" says only that nothing was reported.
	 */
	@Test
	void readsAStatusCellWithoutColourByWhatTheLegendSaysNoColourMeans() {
		ControlRow control = row(PER_QUARTER, Map.of(Field.KONTROLLMOMENT,
				"Behörighetskontroll i ekonomisystemet – avslutade anställningar", Field.RESULTAT, "Genomförs i augusti."),
				List.of());
		Legend notStarted = new Legend(Map.of(), Map.of("00B050", "Genomförd", "", "Ej påbörjad"), java.util.Set.of(),
				"IK T1 2025");
		Legend notReported = new Legend(Map.of(), Map.of("00B050", "Genomförd", "", "ej uppföljd under perioden"),
				java.util.Set.of(), "IK T1 2025");
		assertThat(classifier.classify(control, notStarted))
			.extracting(StatusDecision::status, StatusDecision::source, StatusDecision::evidence)
			.containsExactly(ControlStatus.EJ_GENOMFORD, StatusSource.FARG,
					"statuscellen har ingen färg, enligt teckenförklaringen 'Ej påbörjad'");
		assertThat(classifier.classify(control, notReported).status()).isEqualTo(ControlStatus.OKLAR);
	}

	/** Round 449: "se kommentar" beside a comment that only counts the sample checked: the comment is the status. */
	@Test
	void readsACommentPointedToEvenWhereItSaysItsStatusOnlyByTheSampleChecked() {
		ControlRow control = row(PER_QUARTER, Map.of(Field.KONTROLLMOMENT,
				"Kontroll av att direktupphandlingar över 100 000 kr dokumenteras", Field.RESULTAT,
				"Delår: tre direktupphandlingar granskade, en saknade dokumentation.", Field.STATUS, "se kommentar"),
				List.of());
		assertThat(classifier.classify(control).status()).isEqualTo(ControlStatus.GENOMFORD);
	}

	/** Round 158: "Nej = avvikelse från planen, se kommentar": the comment says what became of the control. */
	@Test
	void readsTheCommentWhereTheLegendsMeaningPointsToIt() {
		Legend legend = new Legend(Map.of("ja", "kontrollen genomförd enligt plan utan anmärkning", "nej",
				"avvikelse från planen, se kommentar"), Map.of(), java.util.Set.of(), "IK 2025");
		ControlRow notYet = new ControlRow("IK 2025", 8, 8, Map.of(Field.KONTROLLMOMENT,
				"Uppföljning av underhållsplanens åtgärder för 2025", Field.STATUS, "Nej", Field.RESULTAT,
				"Inte hunnit, görs till bokslut."), List.of(), List.of(), PER_QUARTER);
		assertThat(classifier.classify(notYet, legend)).extracting(StatusDecision::status, StatusDecision::source)
			.containsExactly(ControlStatus.EJ_GENOMFORD, StatusSource.TEXT);
	}

	/** Round 99: "●" in the legend's orange, and in a purple the legend does not list. */
	@Test
	void readsADotByTheColourItIsWrittenInUnderALegendOfColours() {
		Map<String, String> colours = new java.util.LinkedHashMap<>();
		colours.put("00B050", "Genomförd – inga avvikelser");
		colours.put("ED7D31", "Påbörjad, ej slutförd");
		Legend legend = new Legend(Map.of(), colours, java.util.Set.of(), "Uppföljning");
		ControlRow orange = new ControlRow("Uppföljning", 15, 15, Map.of(Field.KONTROLLMOMENT,
				"Bokningar av idrottshallar faktureras", Field.STATUS, "●"), List.of("ED7D31"), List.of(), WITH_STATUS);
		ControlRow purple = new ControlRow("Uppföljning", 17, 17, Map.of(Field.KONTROLLMOMENT,
				"Inköp av scenteknik sker enligt avtal", Field.STATUS, "●"), List.of("7030A0"), List.of(), WITH_STATUS);
		assertThat(classifier.classify(orange, legend)).extracting(StatusDecision::status, StatusDecision::source)
			.containsExactly(ControlStatus.DELVIS, StatusSource.FARG);
		assertThat(classifier.classify(purple, legend)).extracting(StatusDecision::status, StatusDecision::evidence)
			.containsExactly(ControlStatus.OKLAR, "statuskolumnen 'Status': tecknets färg (7030A0) finns inte i filens "
					+ "teckenförklaring");
	}

	/**
	 * Round 226: a traffic light per unit, each read by the legend's colours; a unit the control does not concern
	 * ("Ej aktuell") is left out, a fill the legend does not have is a template's shading.
	 */
	@Test
	void combinesTheColoursPerUnitByTheLegend() {
		Map<String, String> colours = new java.util.LinkedHashMap<>();
		colours.put("00B050", "Utförd");
		colours.put("FFC000", "Delvis");
		colours.put("BFBFBF", "Ej aktuell");
		Legend legend = new Legend(Map.of(), colours, java.util.Set.of(), "IK 2025");
		ControlRow partly = new ControlRow("IK 2025", 9, 9, Map.of(Field.KONTROLLMOMENT,
				"Körjournaler förs för kommunens fordon", Field.STATUS,
				"Gata/Park: #00B050\nVA: #FFC000\nFastighet: #00B050\nKost och städ: #BFBFBF"), List.of(), List.of(),
				WITH_STATUS);
		ControlRow done = new ControlRow("IK 2025", 7, 7, Map.of(Field.KONTROLLMOMENT,
				"Egenkontroll av dricksvattenkvalitet enligt kontrollprogram", Field.STATUS,
				"Gata/Park: #BFBFBF\nVA: #00B050\nFastighet: #DDEBF7"), List.of(), List.of(), WITH_STATUS);
		assertThat(classifier.classify(partly, legend)).extracting(StatusDecision::status, StatusDecision::source)
			.containsExactly(ControlStatus.DELVIS, StatusSource.FARG);
		assertThat(classifier.classify(done, legend)).extracting(StatusDecision::status, StatusDecision::evidence)
			.containsExactly(ControlStatus.GENOMFORD, "status per enhet, cellernas färg (Gata/Park: Ej aktuell enligt "
					+ "teckenförklaringen (BFBFBF), VA: Utförd enligt teckenförklaringen (00B050))");
	}

	/** Round 220: a result per year; the evidence names the column the deciding passage stands in. */
	@Test
	void namesTheColumnOfTheYearWhoseTextDecides() {
		TableLayout perYear = new TableLayout(4, Map.of(Field.KONTROLLMOMENT, 1, Field.RESULTAT, 2),
				Map.of(Field.KONTROLLMOMENT, "Kontrollmoment", Field.RESULTAT, "Resultat 2024"),
				Map.of(Field.KONTROLLMOMENT, "kontrollmoment", Field.RESULTAT, "resultat"),
				Map.of(3, new TableLayout.ExtraColumn(Field.RESULTAT, "Resultat 2025")), Map.of());
		ControlRow notDone = new ControlRow("IK 2025", 7, 7, Map.of(Field.KONTROLLMOMENT,
				"Avstämning av elcertifikat och ursprungsgarantier", Field.RESULTAT,
				"Resultat 2024: Genomförd.\nResultat 2025: Ej gjord under året."), List.of(), List.of(), perYear);
		assertThat(classifier.classify(notDone, Legend.NONE)).extracting(StatusDecision::status, StatusDecision::evidence)
			.containsExactly(ControlStatus.EJ_GENOMFORD, "texten i kolumnen 'Resultat 2025': 'ej gjord'");
	}

	/** Rounds 113–116: a fill the file's colour legend does not have says something, but not what. */
	@Test
	void readsAFillOutsideTheColourLegendAsUnclear() {
		Map<String, String> colours = new java.util.LinkedHashMap<>();
		colours.put("00B050", "Genomförd");
		colours.put("FF0000", "Ej genomförd");
		Legend legend = new Legend(Map.of(), colours, java.util.Set.of(), "Förklaring");
		ControlRow blue = new ControlRow("IK", 16, 16, Map.of(Field.KONTROLLMOMENT, "Registerförteckning enligt GDPR"),
				List.of("5B9BD5"), List.of(), WITH_STATUS);
		assertThat(classifier.classify(blue, legend)).extracting(StatusDecision::status, StatusDecision::source,
				StatusDecision::evidence)
			.containsExactly(ControlStatus.OKLAR, StatusSource.FARG,
					"statuscellens färg, blå (5B9BD5), finns inte i filens teckenförklaring");
		assertThat(classifier.classify(blue).status()).isEqualTo(ControlStatus.SAKNAS);
	}

	/** Round 93: yellow and orange are one hue, but the legend gives each its own meaning. */
	@Test
	void readsAFillByTheLegendsOwnColourBeforeAnotherOfTheSameHue() {
		Map<String, String> colours = new java.util.LinkedHashMap<>();
		colours.put("92D050", "Genomförd utan anmärkning");
		colours.put("FFFF00", "Genomförd – avvikelse/brist noterad");
		colours.put("FFC000", "Påbörjad / delvis genomförd");
		Legend legend = new Legend(Map.of(), colours, java.util.Set.of(), "IK 2025");
		StatusDecision decision = classifier.classify(row(WITHOUT_STATUS,
				Map.of(Field.KONTROLLMOMENT, "Förhandsbedömning av orosanmälan inom 14 dagar", Field.RESULTAT,
						"Kontroll gjord för jan–jun."),
				List.of("FFC000")), legend);
		assertThat(decision).extracting(StatusDecision::status, StatusDecision::rawText)
			.containsExactly(ControlStatus.DELVIS, "Påbörjad / delvis genomförd enligt teckenförklaringen (FFC000)");
	}

	@Test
	void fallsBackToTheResultText() {
		StatusDecision decision = classifier.classify(row(WITHOUT_STATUS,
				Map.of(Field.KONTROLLMOMENT, "Hot och våld", Field.RESULTAT, "Helår: IFO klart, SVO ej klart"), List.of()));
		assertThat(decision).extracting(StatusDecision::status, StatusDecision::source, StatusDecision::rawText)
			.containsExactly(ControlStatus.DELVIS, StatusSource.TEXT, "Helår: IFO klart, SVO ej klart");
	}

	@Test
	void takesAStatusWordInTheResultColumnOfATableWithoutStatusColumn() {
		StatusDecision decision = classifier.classify(row(WITHOUT_STATUS,
				Map.of(Field.KONTROLLMOMENT, "Skolskjutsbeslut enligt delegation", Field.RESULTAT, "OK"), List.of()));
		assertThat(decision).extracting(StatusDecision::status, StatusDecision::source, StatusDecision::evidence)
			.containsExactly(ControlStatus.GENOMFORD, StatusSource.TEXT, "texten i kolumnen 'Resultat': 'ok'");
	}

	@Test
	void takesTheLatestPeriodsShareDoneInAResultColumnPerPeriod() {
		StatusDecision decision = classifier.classify(row(WITHOUT_STATUS,
				Map.of(Field.KONTROLLMOMENT, "Avstämning av moms", Field.RESULTAT,
						"Uppföljning Delår: 60 %\nUppföljning Helår: 90 %"), List.of()));
		assertThat(decision).extracting(StatusDecision::status, StatusDecision::rawText, StatusDecision::evidence)
			.containsExactly(ControlStatus.DELVIS, "90 %", "statusordet i kolumnen 'Uppföljning Helår'");
	}

	@Test
	void takesTheLatestFilledPeriodOfTheYearWhenTheLastIsBlank() {
		StatusDecision decision = classifier.classify(row(PER_QUARTER,
				Map.of(Field.KONTROLLMOMENT, "Registerutdrag för feriepraktikanter", Field.STATUS, "Kv 1: \nKv 2: Ja\nKv 3: \nKv 4: "),
				List.of()));
		assertThat(decision).extracting(StatusDecision::status, StatusDecision::evidence)
			.containsExactly(ControlStatus.GENOMFORD, "statuskolumnen 'Kv 2' (senast ifyllda; 'Kv 4' är tom)");
	}

	/** Round 65: last year's "N" and a comment about last year, this year's status left blank. */
	@Test
	void doesNotTakeATextAboutLastYearForThisYearsStatus() {
		TableLayout perYear = new TableLayout(4, Map.of(Field.KONTROLLMOMENT, 1, Field.STATUS, 3, Field.RESULTAT, 5),
				Map.of(Field.KONTROLLMOMENT, "Kontrollmoment", Field.STATUS, "Status 2024", Field.RESULTAT, "Kommentar"),
				Map.of(), Map.of(4, new TableLayout.ExtraColumn(Field.STATUS, "Status 2025")), Map.of());
		StatusDecision decision = classifier.classify(row(perYear, Map.of(Field.KONTROLLMOMENT,
				"Utdrag ur belastningsregistret vid förordnande", Field.STATUS, "Status 2024: N\nStatus 2025: ",
				Field.RESULTAT, "2024: ej genomförd p.g.a. byte av verksamhetssystem."), List.of()));
		assertThat(decision.status()).isEqualTo(ControlStatus.SAKNAS);
	}

	/** Round 106: "Utfall 2024" beside a blank "Status delår 2025" is last year's outcome, no text on this year. */
	@Test
	void takesNoOutcomeColumnOfLastYearForATextOnThisYear() {
		TableLayout perYear = new TableLayout(5, Map.of(Field.KONTROLLMOMENT, 2, Field.RESULTAT, 4, Field.STATUS, 5),
				Map.of(Field.KONTROLLMOMENT, "Kontrollmoment", Field.RESULTAT, "Utfall 2024", Field.STATUS,
						"Status delår 2025"), Map.of(), Map.of(), Map.of());
		StatusDecision decision = classifier.classify(row(perYear, Map.of(Field.KONTROLLMOMENT,
				"Detaljplaner – planavtal tecknat innan planarbete påbörjas", Field.RESULTAT, "D"), List.of()));
		assertThat(decision).extracting(StatusDecision::status, StatusDecision::evidence)
			.containsExactly(ControlStatus.SAKNAS, "statuscellen är tom");
	}

	/** Round 105: shares done per tertial under headings saying "(%)", beside last year's outcome. */
	@Test
	void readsTheLatestTertialsBareNumberAsTheShareItsHeadingSaysItIs() {
		StatusDecision decision = classifier.classify(row(PER_QUARTER, Map.of(Field.KONTROLLMOMENT,
				"ÄTA-arbeten godkänns enligt delegationsordning", Field.STATUS, "Utfall 2024: Genomförd\n"
						+ "Genomförandegrad T1 (%): 20\nGenomförandegrad T2 (%): 40\nGenomförandegrad T3 (%): 60"),
				List.of()));
		assertThat(decision).extracting(StatusDecision::status, StatusDecision::rawText, StatusDecision::evidence)
			.containsExactly(ControlStatus.DELVIS, "60", "statuskolumnen 'Genomförandegrad T3 (%)'");
	}

	/** Round 106: "○" = "Ingen kontroll planerad denna månad" in the latest months; the last month with a check decides. */
	@Test
	void takesTheLatestMonthWithACheckWhenTheLegendSaysNoneWasPlannedSince() {
		Legend legend = new Legend(Map.of("✓", "Kontroll utförd utan anmärkning", "!",
				"Kontroll utförd – avvikelse noterad", "○", "Ingen kontroll planerad denna månad"), Map.of(),
				java.util.Set.of(), "Uppföljning 2025");
		ControlRow control = row(PER_QUARTER, Map.of(Field.KONTROLLMOMENT, "Representation – syfte och deltagare anges",
				Field.STATUS, "Mar: ✓\nApr: ○\nMaj: ○\nJun: !\nJul: ○\nAug: ○"), List.of());
		assertThat(classifier.classify(control, legend)).extracting(StatusDecision::status, StatusDecision::evidence)
			.containsExactly(ControlStatus.GENOMFORD, "statuskolumnen 'Jun' (senast med något redovisat; 'Aug': '○') "
					+ "enligt teckenförklaringen ('!' = Kontroll utförd – avvikelse noterad)");
	}

	/** Round 106: a yearly control planned for October, "○" in every month to August: nothing reported yet. */
	@Test
	void reportsNothingWhenTheLegendSaysNoCheckWasPlannedInAnyMonthSoFar() {
		Legend legend = new Legend(Map.of("✓", "Kontroll utförd utan anmärkning", "○",
				"Ingen kontroll planerad denna månad"), Map.of(), java.util.Set.of(), "Uppföljning 2025");
		ControlRow control = row(PER_QUARTER, Map.of(Field.KONTROLLMOMENT, "Registerförteckningen är uppdaterad",
				Field.STATUS, "Jan: ○\nFeb: ○\nMar: ○\nApr: ○"), List.of());
		assertThat(classifier.classify(control, legend)).extracting(StatusDecision::status, StatusDecision::evidence)
			.containsExactly(ControlStatus.SAKNAS,
					"statuskolumnen 'Apr' enligt teckenförklaringen ('○' = Ingen kontroll planerad denna månad)");
	}

	/** Round 108: done at T2, the later tertial greyed as the legend's "ej aktuell": a control planned for T2 only. */
	@Test
	void takesAControlDoneEarlierForDoneWhenTheLegendGreysTheLaterPeriodAsNotDue() {
		Legend legend = new Legend(Map.of(), Map.of("C6EFCE", "Genomförd", "D9D9D9", "Ej aktuell"), java.util.Set.of(),
				"Ekonomi");
		ControlRow control = new ControlRow("Ekonomi", 8, 8, Map.of(Field.KONTROLLMOMENT,
				"Leverantörsregistret rensas från inaktuella leverantörer", Field.STATUS, "T1: \nT2: Genomförd\nT3: "),
				List.of("D9D9D9"), List.of(), PER_QUARTER);
		assertThat(classifier.classify(control, legend)).extracting(StatusDecision::status, StatusDecision::evidence)
			.containsExactly(ControlStatus.GENOMFORD, "statuskolumnen 'T2' (senast ifyllda; 'T3' är tom); den senaste "
					+ "perioden är Ej aktuell enligt teckenförklaringen (D9D9D9): genomförd en tidigare period och inte "
					+ "aktuell senare");
	}

	/** Round 435: "–" = "ej aktuellt under perioden" at helår after "X" at delår: done, and not due later. */
	@Test
	void takesACodeTheLegendSaysIsNotDueUnderThePeriodAfterADonePeriodForDone() {
		Legend legend = new Legend(Map.of("x", "genomförd", "–", "ej aktuellt under perioden"), Map.of(),
				java.util.Set.of(), "Internkontroll 2025");
		ControlRow control = row(PER_QUARTER, Map.of(Field.KONTROLLMOMENT, "Besiktning av lekplatser enligt SS-EN 1176",
				Field.STATUS, "T1: –\nDelår: X\nHelår: –"), List.of());
		assertThat(classifier.classify(control, legend).status()).isEqualTo(ControlStatus.GENOMFORD);
	}

	/** Round 440: "Ej aktuell" at T2 after "Ja" at T1, beside a text saying another company took the work over. */
	@Test
	void takesANotDueLaterPeriodAsStruckWhenTheTextSaysTheControlWasTakenOver() {
		ControlRow control = row(PER_QUARTER, Map.of(Field.KONTROLLMOMENT,
				"Kundreskontra – påminnelser och inkasso hanteras enligt rutin", Field.RESULTAT,
				"Hanteras av Gästrike Vatten AB från 1 maj.", Field.STATUS, "T1: Ja\nT2: Ej aktuell"), List.of());
		assertThat(classifier.classify(control).status()).isEqualTo(ControlStatus.UTGAR);
	}

	/** Round 83: last year's outcome left of this year's periods, which name no year. */
	@Test
	void takesThisYearsPeriodsRightOfLastYearsOutcomeForLaterThanIt() {
		StatusDecision decision = classifier.classify(row(PER_QUARTER, Map.of(Field.KONTROLLMOMENT,
				"Avtalstrohet vid köp över 100 tkr", Field.STATUS, "Utfall 2024: Genomförd\nT1 (april): -\nDelår (aug): Ej genomförd"),
				List.of()));
		assertThat(decision).extracting(StatusDecision::status, StatusDecision::evidence)
			.containsExactly(ControlStatus.EJ_GENOMFORD, "statuskolumnen 'Delår (aug)'");
	}

	/** Round 85: "Avbruten", and the comment opening with it says the premises went to another nämnd. */
	@Test
	void takesAStoppedControlWhoseWorkWentToAnotherNamndOutOfThePlan() {
		StatusDecision decision = classifier.classify(row(WITH_STATUS, Map.of(Field.KONTROLLMOMENT,
				"Hyresavtal för föreningslokaler är aktuella", Field.STATUS, "Avbruten", Field.AVVIKELSE,
				"Avbruten – lokalerna övergick till tekniska nämnden 2025-03-01 (beslut KFN 2025-02-20 § 14)."), List.of()));
		assertThat(decision.status()).isEqualTo(ControlStatus.UTGAR);
	}

	/** Round 82: "G*", its footnote under the table. */
	@Test
	void readsTheFilesCodeBeforeAFootnoteMark() {
		Legend legend = new Legend(Map.of("g", "Genomförd", "d", "Delvis genomförd"), Map.of(), java.util.Set.of(), "IK");
		ControlRow control = row(WITH_STATUS, Map.of(Field.KONTROLLMOMENT, "Personuppgiftsincidenter anmäls inom 72 timmar",
				Field.STATUS, "G*"), List.of());
		assertThat(classifier.classify(control, legend).status()).isEqualTo(ControlStatus.GENOMFORD);
	}

	@Test
	void doesNotTakeLastYearsStatusForThisYears() {
		StatusDecision decision = classifier.classify(row(PER_QUARTER,
				Map.of(Field.KONTROLLMOMENT, "Diarieföring inom två dagar", Field.STATUS, "Status 2024: Ja\nStatus 2025: "),
				List.of()));
		assertThat(decision.status()).isEqualTo(ControlStatus.SAKNAS);
	}

	@Test
	void doesNotTakeLastYearsTextForThisYearsWhenThisYearsStatusIsBlank() {
		StatusDecision decision = classifier.classify(row(PER_QUARTER,
				Map.of(Field.KONTROLLMOMENT, "Synpunkter och klagomål besvaras inom tre veckor",
						Field.STATUS, "2024: G\n2025: ", Field.RESULTAT, "2024: Genomförd, inga avvikelser.\n2025: "),
				List.of()));
		assertThat(decision.status()).isEqualTo(ControlStatus.SAKNAS);
	}

	@Test
	void letsOnlyThisYearsTextRefineThisYearsStatus() {
		StatusDecision decision = classifier.classify(row(PER_QUARTER,
				Map.of(Field.KONTROLLMOMENT, "Genomförandeplaner upprättas inom hemtjänsten",
						Field.STATUS, "2024: P\n2025: Se bilaga", Field.RESULTAT, "2024: Påbörjad i två grupper.\n2025: Se bilaga 2."),
				List.of()));
		assertThat(decision).extracting(StatusDecision::status, StatusDecision::rawText)
			.containsExactly(ControlStatus.OKLAR, "Se bilaga");
	}

	@Test
	void flagsNoDeviationLastYearsResultReported() {
		ControlRow control = row(PER_QUARTER, Map.of(Field.KONTROLLMOMENT, "Utbetalningar av ekonomiskt bistånd",
				Field.STATUS, "2024: Genomförd\n2025: Genomförd",
				Field.RESULTAT, "2024: En utbetalning saknade underlag, avvikelse noterad.\n2025: Samtliga hade underlag."),
				List.of());
		assertThat(flagger.flags(control, classifier.classify(control))).doesNotContain(Flag.AVVIKELSE);
	}

	@Test
	void takesAStatusWordOpeningTheResultOverWhatTheControlFoundAfterIt() {
		StatusDecision decision = classifier.classify(row(WITHOUT_STATUS,
				Map.of(Field.KONTROLLMOMENT, "Beslut enligt LSS verkställs inom tre månader",
						Field.RESULTAT, "Genomförd. Tre beslut har inte verkställts inom tre månader och har rapporterats."),
				List.of()));
		assertThat(decision).extracting(StatusDecision::status, StatusDecision::rawText, StatusDecision::evidence)
			.containsExactly(ControlStatus.GENOMFORD, "Genomförd", "statusordet som inleder texten i kolumnen 'Resultat'");
	}

	/** Round 423: "Genomförd med anmärkning:" before what was remarked is the sender's status, not a share found. */
	@Test
	void takesAStatusWordEndingInAColonOpeningTheResultForTheStatus() {
		StatusDecision decision = classifier.classify(row(WITHOUT_STATUS,
				Map.of(Field.KONTROLLMOMENT, "Diarieföring av inkomna handlingar inom två arbetsdagar",
						Field.RESULTAT, "Genomförd med anmärkning: 14 % av de granskade handlingarna diariefördes "
								+ "senare än två arbetsdagar."),
				List.of()));
		assertThat(decision).extracting(StatusDecision::status, StatusDecision::rawText)
			.containsExactly(ControlStatus.GENOMFORD, "Genomförd med anmärkning");
	}

	/** Round 162: last year's result opening with a status word says nothing of this year's blank status. */
	@Test
	void takesNoStatusWordOpeningLastYearsResult() {
		TableLayout lastYearsResult = layout(Map.of(Field.KONTROLLMOMENT, "Kontrollmoment",
				Field.RESULTAT, "Resultat helår 2024", Field.STATUS, "Status T1 2025"));
		StatusDecision decision = classifier.classify(row(lastYearsResult,
				Map.of(Field.KONTROLLMOMENT, "Avtalstrohet vid inköp av konsulttjänster",
						Field.RESULTAT, "Genomförd med avvikelse: två inköp gjordes utanför avtal."),
				List.of()));
		assertThat(decision.status()).isEqualTo(ControlStatus.SAKNAS);
	}

	/** Round 424: "Pågår" explained as "kontrollen är inte slutförd" is a control under way, not one not begun. */
	@Test
	void readsAWordForUnderWayThatTheLegendCallsNotFinishedAsPartlyDone() {
		Legend legend = new Legend(Map.of("ok", "kontrollen är genomförd utan anmärkning", "pågår",
				"kontrollen är inte slutförd", "ej utförd", "kontrollen har inte genomförts"), Map.of(),
				java.util.Set.of(), "Tabell 1");
		ControlRow control = row(WITH_STATUS, Map.of(Field.KONTROLLMOMENT,
				"Underhållsplanen följs upp mot budget två gånger per år", Field.STATUS, "Pågår"), List.of());
		assertThat(classifier.classify(control, legend).status()).isEqualTo(ControlStatus.DELVIS);
	}

	/** Round 427: the legend names the swatch's colour before its meaning; "Orange" is no status of its own there. */
	@Test
	void readsALegendColoursMeaningWithoutTheColoursName() {
		Legend legend = new Legend(Map.of(), Map.of("00B050", "Grön – kontrollen genomförd, inga avvikelser",
				"FFC000", "Orange – kontrollen genomförd, avvikelser noterade", "FFFF00",
				"Gul – kontrollen delvis genomförd"), java.util.Set.of(), "Dokumentets text");
		ControlRow control = new ControlRow("Tabell 1", 3, 3, Map.of(Field.KONTROLLMOMENT,
				"Delegationsbeslut anmäls till nämnden"), List.of("FFC000"), List.of(), WITH_STATUS);
		assertThat(classifier.classify(control, legend)).extracting(StatusDecision::status,
				StatusDecision::deviationInStatus).containsExactly(ControlStatus.GENOMFORD, true);
	}

	/** Round 431: red = "ej genomförd eller väsentliga brister"; the faults the comment tells of say done. */
	@Test
	void readsAColourMeaningNotDoneOrFaultsFoundByWhatTheTextFound() {
		Legend legend = new Legend(Map.of(),
				Map.of("FF0000", "Ej genomförd eller väsentliga brister – se kommentar"), java.util.Set.of(),
				"Delår 2025");
		ControlRow control = new ControlRow("Delår 2025", 13, 13, Map.of(Field.KONTROLLMOMENT,
				"Kontroll av att löneutbetalningar till avslutade anställningar har upphört", Field.RESULTAT,
				"Kontrollen genomförd. Två utbetalningar efter avslutad anställning, återkrav skickat."),
				List.of("FF0000"), List.of(), PER_QUARTER);
		assertThat(classifier.classify(control, legend).status()).isEqualTo(ControlStatus.GENOMFORD);
	}

	/** Round 431: green beside a comment opening "Pågår." is partly done: the sender's word says how far it came. */
	@Test
	void readsAGreenFillBesideACommentOpeningWithOngoingAsPartlyDone() {
		ControlRow control = new ControlRow("Delår 2025", 9, 9, Map.of(Field.KONTROLLMOMENT,
				"Kontroll av att ändrade bankuppgifter verifieras", Field.RESULTAT,
				"Pågår. 12 av 20 ändringar kontrollerade, inga fel hittills. Slutförs i september."),
				List.of("00B050"), List.of(), PER_QUARTER);
		assertThat(classifier.classify(control).status()).isEqualTo(ControlStatus.DELVIS);
	}

	/** Round 52: status and comment in one cell, on two lines. */
	@Test
	void takesAStatusWordOnTheResultsFirstLineForTheStatus() {
		StatusDecision decision = classifier.classify(row(WITHOUT_STATUS,
				Map.of(Field.KONTROLLMOMENT, "Kontroll av kassahantering i Lagahallen",
						Field.RESULTAT, "OK\nDifferens på 340 kr vid ett tillfälle, utredd och rapporterad."),
				List.of()));
		assertThat(decision).extracting(StatusDecision::status, StatusDecision::rawText)
			.containsExactly(ControlStatus.GENOMFORD, "OK");
	}

	@Test
	void readsAnAbbreviatedStatusWordAfterAnArrowOpeningTheResult() {
		StatusDecision decision = classifier.classify(row(WITHOUT_STATUS,
				Map.of(Field.KONTROLLMOMENT, "Arvoden till ställföreträdare betalas ut enligt SKR:s riktlinjer",
						Field.RESULTAT, "-> genomf. Ett arvode var för högt och har betalats tillbaka (avvikelse)."),
				List.of()));
		assertThat(decision).extracting(StatusDecision::status, StatusDecision::rawText)
			.containsExactly(ControlStatus.GENOMFORD, "genomf");
	}

	@Test
	void takesAnUndatedTextBesideOnlyLastYearsStatusForNothingReportedThisYear() {
		StatusDecision decision = classifier.classify(row(WITH_STATUS,
				Map.of(Field.KONTROLLMOMENT, "Rapportering av finansverksamheten sker enligt finanspolicyn",
						Field.STATUS, "Status 2024: Granskning genomförd\nStatus 2025: ",
						Field.AVVIKELSE, "Ingen identifierad avvikelse."),
				List.of()));
		assertThat(decision).extracting(StatusDecision::status, StatusDecision::evidence)
			.containsExactly(ControlStatus.SAKNAS, "statuscellen för 'Status 2025' är tom; bara ett tidigare år har en "
					+ "status, och texten säger inte om kontrollen genomförts i år");
	}

	@Test
	void letsTheLatestPeriodsClearTextOverruleAnEarlierPeriodsStatus() {
		StatusDecision decision = classifier.classify(row(PER_QUARTER,
				Map.of(Field.KONTROLLMOMENT, "Behörigheter i ekonomisystemet", Field.STATUS, "Status T1: Pågår\nStatus T2: ",
						Field.RESULTAT, "Kommentar T2: Klart, nio inaktuella behörigheter togs bort."),
				List.of()));
		assertThat(decision).extracting(StatusDecision::status, StatusDecision::source)
			.containsExactly(ControlStatus.GENOMFORD, StatusSource.TEXT);
	}

	@Test
	void saysOklarWhenTheResultSaysNothingClassifiable() {
		StatusDecision decision = classifier.classify(row(WITHOUT_STATUS,
				Map.of(Field.KONTROLLMOMENT, "Förändringsplaner", Field.RESULTAT, "66 procent av ärendena har planer."),
				List.of()));
		assertThat(decision.status()).isEqualTo(ControlStatus.OKLAR);
	}

	/**
	 * Round 171: a form's "Kommentar T1: –" for a control due later in the year reports nothing; round 190: nor do the
	 * periods' labels of a result cell left unwritten.
	 */
	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			Kommentar T1: –
			–
			Delår:
			Delår: –  Helår:
			""")
	void saysSaknasWhenTheResultIsOnlyADash(String result) {
		StatusDecision decision = classifier.classify(row(WITHOUT_STATUS, Map.of(Field.KONTROLLMOMENT,
				"Elever har tillgång till lärverktyg och skolbibliotek enligt skollagen", Field.RESULTAT, result),
				List.of()));
		assertThat(decision).extracting(StatusDecision::status, StatusDecision::source)
			.containsExactly(ControlStatus.SAKNAS, StatusSource.INGEN);
	}

	@Test
	void saysSaknasWhenNothingIsReported() {
		StatusDecision decision = classifier.classify(row(WITHOUT_STATUS, Map.of(Field.KONTROLLMOMENT, "Attest"),
				List.of()));
		assertThat(decision).extracting(StatusDecision::status, StatusDecision::source)
			.containsExactly(ControlStatus.SAKNAS, StatusSource.INGEN);
	}

	@Test
	void saysSaknasWhenTheTemplatesStatusCellWasLeftBlankAndNothingWasReported() {
		StatusDecision decision = classifier.classify(row(WITH_STATUS,
				Map.of(Field.KONTROLLMOMENT, "Att leverantörer håller avtalet"), List.of()));
		assertThat(decision).extracting(StatusDecision::status, StatusDecision::evidence)
			.containsExactly(ControlStatus.SAKNAS, "statuscellen är tom");
	}

	@Test
	void takesATextThatPutsTheReportOffToALaterFollowUpForNothingReported() {
		StatusDecision decision = classifier.classify(row(WITH_STATUS,
				Map.of(Field.KONTROLLMOMENT, "Kontroll av avtalstrohet vid inköp av scenteknik", Field.AVVIKELSE,
						"Redovisas i helårsuppföljningen."),
				List.of()));
		assertThat(decision).extracting(StatusDecision::status, StatusDecision::source, StatusDecision::evidence)
			.containsExactly(ControlStatus.SAKNAS, StatusSource.INGEN, "texten i kolumnen 'Konstaterad avvikelse' "
					+ "(statuscellen är tom) säger att det redovisas senare: 'redovisas i helårsuppföljningen.'");
	}

	@Test
	void takesEjBedomdInTheStatusColumnForNothingReported() {
		StatusDecision decision = classifier.classify(row(WITH_STATUS,
				Map.of(Field.KONTROLLMOMENT, "Kontroll av att förelägganden följs upp", Field.STATUS, "Ej bedömd"),
				List.of()));
		assertThat(decision).extracting(StatusDecision::status, StatusDecision::source)
			.containsExactly(ControlStatus.SAKNAS, StatusSource.INGEN);
	}

	/** Round 613: "G/A" beside "A = Avvikelse noterad (anges efter statuskoden, t.ex. G/A)": the code's status. */
	@Test
	void readsTheCodeBeforeAMarkTheLegendGivesNoOtherStatus() {
		Legend legend = new Legend(Map.of("g", "Genomförd", "p", "Pågår / delvis genomförd", "e", "Ej genomförd", "a",
				"Avvikelse noterad"), Map.of(), java.util.Set.of(), "2025");
		StatusDecision decision = classifier.classify(row(WITH_STATUS,
				Map.of(Field.KONTROLLMOMENT, "Fakturering av automatlarm sker inom 30 dagar", Field.STATUS, "G/A",
						Field.AVVIKELSE, "11 larm från våren fakturerades först i oktober."),
				List.of()), legend);
		assertThat(decision.status()).isEqualTo(ControlStatus.GENOMFORD);
	}

	/**
	 * Round 607: "Ej bedömd", which the file's legend calls "Ingen bedömning gjord för perioden", and a comment saying
	 * the control no longer applies this tertial.
	 */
	@Test
	void letsTheTextBesideAStatusTheLegendCallsNoAssessmentTellWhatBecameOfTheControl() {
		Legend legend = new Legend(Map.of("grön", "Genomförd", "röd", "Ej genomförd", "ej bedömd",
				"Ingen bedömning gjord för perioden"), Map.of(), java.util.Set.of(), "Teckenförklaring");
		StatusDecision decision = classifier.classify(row(WITH_STATUS,
				Map.of(Field.KONTROLLMOMENT, "Vite vid försenade entreprenader tas ut enligt avtal", Field.STATUS,
						"Ej bedömd", Field.AVVIKELSE, "Ingen entreprenad har försenats under perioden – ej aktuellt T2."),
				List.of()), legend);
		assertThat(decision).extracting(StatusDecision::status, StatusDecision::source)
			.containsExactly(ControlStatus.UTGAR, StatusSource.TEXT);
	}

	@Test
	void takesAnAbortedControlTheTextSaysWasTakenOutOfThePlanAsNoLongerApplying() {
		StatusDecision decision = classifier.classify(row(WITH_STATUS,
				Map.of(Field.KONTROLLMOMENT, "Test av återläsning av säkerhetskopior", Field.STATUS, "Avbruten",
						Field.AVVIKELSE, "Utgår ur planen efter KS beslut 2025-09-02 § 112."),
				List.of()));
		assertThat(decision).extracting(StatusDecision::status, StatusDecision::source)
			.containsExactly(ControlStatus.UTGAR, StatusSource.TEXT);
	}

	@Test
	void letsOnlyTheLatestPeriodsTextRefineTheLatestPeriodsStatus() {
		StatusDecision decision = classifier.classify(row(PER_QUARTER,
				Map.of(Field.KONTROLLMOMENT, "Uppföljning av att timanställda har genomgått introduktion", Field.STATUS,
						"T1 Status: Pågående\nT2 Status: Ej påbörjad", Field.RESULTAT,
						"T1 Kommentar: Sammanställning pågår.\nT2 Kommentar: Inget gjort."),
				List.of()));
		assertThat(decision).extracting(StatusDecision::status, StatusDecision::source)
			.containsExactly(ControlStatus.EJ_GENOMFORD, StatusSource.KOLUMN);
	}

	@Test
	void saysOklarWhenTheStatusCellIsBlankAndTheTextDoesNotSayWhetherTheControlWasDone() {
		StatusDecision decision = classifier.classify(row(WITH_STATUS,
				Map.of(Field.KONTROLLMOMENT, "Att leverantörer håller avtalet", Field.AVVIKELSE,
						"Ramavtal tekniska konsulter 2019."),
				List.of()));
		assertThat(decision).extracting(StatusDecision::status, StatusDecision::evidence)
			.containsExactly(ControlStatus.OKLAR, "statuscellen är tom; texten säger inte om kontrollen genomförts");
	}

	/** Round 62: an empty "Bedömning:" under a result that reports what the control found. */
	@Test
	void letsWhatTheResultReportsTheControlFoundDecideABlankStatusCell() {
		TableLayout withResult = layout(Map.of(Field.KONTROLLMOMENT, "Kontrollmoment", Field.STATUS, "Bedömning",
				Field.RESULTAT, "Iakttagelser"));
		ControlRow control = row(withResult, Map.of(Field.KONTROLLMOMENT, "Statsbidrag rekvireras i rätt tid",
				Field.RESULTAT, "Samtliga rekvisitioner har skickats in före sista datum. Inga avvikelser."), List.of());
		assertThat(classifier.classify(control)).extracting(StatusDecision::status, StatusDecision::evidence)
			.containsExactly(ControlStatus.GENOMFORD,
					"texten i kolumnen 'Iakttagelser' (statuscellen är tom): 'inga avvikelser'");
	}

	@Test
	void letsAClearTextDecideABlankStatusCellAndSaysTheCellWasBlank() {
		ControlRow done = row(WITH_STATUS, Map.of(Field.KONTROLLMOMENT, "Avrop", Field.AVVIKELSE,
				"Genomgång har gjorts av inköp med inköpskort."), List.of());
		ControlRow notDone = row(WITH_STATUS, Map.of(Field.KONTROLLMOMENT, "Avrop", Field.AVVIKELSE,
				"Granskningen har inte genomförts."), List.of());
		assertThat(classifier.classify(done)).extracting(StatusDecision::status, StatusDecision::source,
				StatusDecision::evidence)
			.containsExactly(ControlStatus.GENOMFORD, StatusSource.TEXT,
					"texten i kolumnen 'Konstaterad avvikelse' (statuscellen är tom): 'genomgång har gjorts'");
		assertThat(classifier.classify(notDone).status()).isEqualTo(ControlStatus.EJ_GENOMFORD);
	}

	@Test
	void takesARatingBelowSatisfactoryOfAControlTheTextSaysWasDoneForDoneWithADeviation() {
		TableLayout rated = layout(Map.of(Field.KONTROLLMOMENT, "Vad kontrolleras", Field.RESULTAT, "Resultat",
				Field.STATUS, "Bedömning"));
		ControlRow control = row(rated, Map.of(Field.KONTROLLMOMENT, "Hantering av handkassor", Field.RESULTAT,
				"Inventering gjord på 10 enheter. Rektorerna har fått i uppdrag att upprätta kassabok.", Field.STATUS,
				"Ej tillfredsställande"), List.of());
		StatusDecision decision = classifier.classify(control);
		assertThat(decision).extracting(StatusDecision::status, StatusDecision::source, StatusDecision::evidence)
			.containsExactly(ControlStatus.GENOMFORD, StatusSource.TEXT, "statuskolumnen 'Bedömning' bedömer resultatet "
					+ "('Ej tillfredsställande'); texten säger att kontrollen gjorts: 'inventering gjord'");
		assertThat(flagger.flags(control, decision)).containsExactly(Flag.AVVIKELSE);
	}

	@Test
	void keepsARatingBelowSatisfactoryWhenTheTextDoesNotSayTheControlWasDone() {
		TableLayout rated = layout(Map.of(Field.KONTROLLMOMENT, "Vad kontrolleras", Field.RESULTAT, "Resultat",
				Field.STATUS, "Bedömning"));
		ControlRow started = row(rated, Map.of(Field.KONTROLLMOMENT, "Skolskjuts", Field.RESULTAT,
				"Avstämning gjord för vårterminen. Höstterminens avstämning pågår.", Field.STATUS,
				"Delvis tillfredsställande"), List.of());
		ControlRow silent = row(rated, Map.of(Field.KONTROLLMOMENT, "Delegationsbeslut", Field.RESULTAT,
				"Beslut fattade i juni anmäldes först i oktober.", Field.STATUS, "Ej tillfredsställande"), List.of());
		assertThat(classifier.classify(started).status()).isEqualTo(ControlStatus.DELVIS);
		assertThat(classifier.classify(silent).status()).isEqualTo(ControlStatus.EJ_GENOMFORD);
	}

	@Test
	void readsTheTickedBoxOfAFormsAnswersAndOnlyTheTickedDeviationAnswer() {
		TableLayout form = layout(Map.of(Field.KONTROLLMOMENT, "Kontrollmoment", Field.STATUS, "Genomförd",
				Field.AVVIKELSE, "Avvikelse konstaterad"));
		ControlRow control = row(form, Map.of(Field.KONTROLLMOMENT, "Bidrag till föreningar", Field.STATUS,
				"☐ Ja   ☒ Delvis   ☐ Nej", Field.AVVIKELSE, "☐ Ja   ☒ Nej"), List.of());
		StatusDecision decision = classifier.classify(control);
		assertThat(decision).extracting(StatusDecision::status, StatusDecision::evidence)
			.containsExactly(ControlStatus.DELVIS, "ikryssad ruta i statuskolumnen 'Genomförd'");
		assertThat(flagger.flags(control, decision)).containsExactly(Flag.DELVIS);
	}

	@Test
	void saysOklarWhenAFormTicksTwoAnswers() {
		TableLayout form = layout(Map.of(Field.KONTROLLMOMENT, "Kontrollmoment", Field.STATUS, "Genomförd"));
		ControlRow control = row(form, Map.of(Field.KONTROLLMOMENT, "Gallring i bibliotekssystemet", Field.STATUS,
				"☒ Ja   ☐ Delvis   ☒ Nej"), List.of());
		assertThat(classifier.classify(control)).extracting(StatusDecision::status, StatusDecision::evidence)
			.containsExactly(ControlStatus.OKLAR, "flera svar är ikryssade: Ja, Nej");
	}

	/** Round 140: "Gul = genomförd med avvikelser eller delvis genomförd": the result text says which of the two. */
	@Test
	void letsTheTextChooseBetweenTheTwoStatusesTheLegendGivesACode() {
		Legend legend = new Legend(Map.of("gul", "kontrollen genomförd med avvikelser eller delvis genomförd"), Map.of(),
				java.util.Set.of(), "Tabell 1");
		ControlRow done = row(PER_QUARTER, Map.of(Field.KONTROLLMOMENT, "Förhandsbedömning inom 14 dagar",
				Field.RESULTAT, "Kontrollen genomförd. 86 % gjordes inom 14 dagar.", Field.STATUS, "Gul"), List.of());
		ControlRow begun = row(PER_QUARTER, Map.of(Field.KONTROLLMOMENT, "Utredningar inom fyra månader",
				Field.RESULTAT, "Kontrollen påbörjad under hösten. Kvartal 3 och 4 återstår.", Field.STATUS, "Gul"),
				List.of());
		assertThat(classifier.classify(done, legend)).extracting(StatusDecision::status, StatusDecision::evidence)
			.containsExactly(ControlStatus.GENOMFORD, "statuskolumnen 'Status' enligt teckenförklaringen ('Gul' = "
					+ "kontrollen genomförd med avvikelser eller delvis genomförd) ger två möjligheter; texten avgör: "
					+ "'genomförd'");
		assertThat(classifier.classify(begun, legend).status()).isEqualTo(ControlStatus.DELVIS);
	}

	/** Round 346: a green status cell beside a result opening "Ej genomförd" is unclear, not done or not done. */
	@Test
	void saysOklarWhenTheStatusColourAndTheResultsOpeningWordSayOpposites() {
		ControlRow control = new ControlRow("Uppföljning", 12, 12, Map.of(
				Field.KONTROLLMOMENT, "Inkomna klagomål registreras inom två arbetsdagar",
				Field.RESULTAT, "Ej genomförd – flyttas till hösten."), List.of("00FF00"), List.of(), PER_QUARTER);
		assertThat(classifier.classify(control)).extracting(StatusDecision::status, StatusDecision::evidence)
			.containsExactly(ControlStatus.OKLAR, "statuscellens färg (grön (00FF00)) och texten, som börjar med att "
					+ "kontrollen är ej genomförd, säger emot varandra");
	}

	/** Round 422: a red status cell beside "Genomförd, inga avvikelser." is unclear; a comma ends the status word. */
	@Test
	void saysOklarWhenTheStatusColourAndAStatusWordBeforeACommaSayOpposites() {
		ControlRow control = new ControlRow("Uppföljning", 15, 15, Map.of(
				Field.KONTROLLMOMENT, "Registerkontroll av barn i fristående förskola mot folkbokföring",
				Field.RESULTAT, "Genomförd, inga avvikelser."), List.of("FF0000"), List.of(), PER_QUARTER);
		assertThat(classifier.classify(control)).extracting(StatusDecision::status, StatusDecision::evidence)
			.containsExactly(ControlStatus.OKLAR, "statuscellens färg (röd (FF0000)) och texten, som börjar med att "
					+ "kontrollen är genomförd, säger emot varandra");
	}

	/** A status word before a comma whose sentence goes on to say partly done is no plain status of its own. */
	@Test
	void takesNoStatusWordBeforeACommaWhoseSentenceSaysAnotherStatus() {
		ControlRow control = new ControlRow("Uppföljning", 16, 16, Map.of(
				Field.KONTROLLMOMENT, "Registerkontroll av barn i fristående förskola mot folkbokföring",
				Field.RESULTAT, "Genomförd, men endast för hälften av förskolorna."), List.of("FF0000"), List.of(),
				PER_QUARTER);
		assertThat(classifier.classify(control).status()).isNotEqualTo(ControlStatus.OKLAR);
	}

	/** Rounds 336 and 342: with the two statuses a colour gives, what the control found says it was done. */
	@Test
	void letsWhatTheControlFoundChooseDoneOfTheTwoStatusesTheLegendGivesACode() {
		Legend legend = new Legend(Map.of("gul", "kontrollen genomförd med avvikelse eller delvis genomförd"), Map.of(),
				java.util.Set.of(), "Tabell 1");
		ControlRow found = row(PER_QUARTER, Map.of(Field.KONTROLLMOMENT, "Brukares privata medel",
				Field.RESULTAT, "Granskning av 24 kassaböcker. I tre fall saknades kvitton för uttag.", Field.STATUS,
				"Gul"), List.of());
		assertThat(classifier.classify(found, legend)).extracting(StatusDecision::status, StatusDecision::evidence)
			.containsExactly(ControlStatus.GENOMFORD, "statuskolumnen 'Status' enligt teckenförklaringen ('Gul' = "
					+ "kontrollen genomförd med avvikelse eller delvis genomförd) ger två möjligheter; texten avgör: "
					+ "'tre fall saknades'");
	}

	/** Round 567: of "delvis genomförd eller genomförd med anmärkning", a text saying done without remark is the first. */
	@Test
	void takesPartlyDoneWhenTheTextSaysDoneWithoutTheRemarkTheOtherStatusNeeds() {
		Legend legend = new Legend(Map.of("gul", "kontrollen delvis genomförd eller genomförd med anmärkning"),
				Map.of(), java.util.Set.of(), "IK");
		ControlRow control = row(PER_QUARTER, Map.of(Field.KONTROLLMOMENT, "Representation redovisas enligt riktlinjer",
				Field.RESULTAT, "Januari–mars granskat utan anmärkning.", Field.STATUS, "Gul"), List.of());
		assertThat(classifier.classify(control, legend)).extracting(StatusDecision::status, StatusDecision::evidence)
			.containsExactly(ControlStatus.DELVIS, "statuskolumnen 'Status' enligt teckenförklaringen ('Gul' = "
					+ "kontrollen delvis genomförd eller genomförd med anmärkning) ger två möjligheter; texten säger "
					+ "gjort utan anmärkning, alltså delvis: 'januari–mars granskat'");
	}

	/** Round 571: of "pågår eller genomförd med anmärkning", a text telling only what was found wrong is the second. */
	@Test
	void takesDoneWhenTheTextTellsOnlyTheRemarkTheOtherStatusNeeds() {
		Legend legend = new Legend(Map.of("gul", "kontrollen pågår eller är genomförd med anmärkning"), Map.of(),
				java.util.Set.of(), "IK");
		ControlRow control = row(PER_QUARTER, Map.of(Field.KONTROLLMOMENT, "Hyresfordringar hanteras enligt rutin",
				Field.RESULTAT, "Två ärenden skickades inte till inkasso i tid.", Field.STATUS, "Gul"), List.of());
		assertThat(classifier.classify(control, legend)).extracting(StatusDecision::status,
				StatusDecision::deviationInStatus).containsExactly(ControlStatus.GENOMFORD, true);
	}

	/** Rounds 91 and 555: a text of months within the status's period is no news of a later, empty period. */
	@Test
	void keepsTheStatusOfItsPeriodBesideATextOfMonthsWithinIt() {
		TableLayout periods = layout(new java.util.LinkedHashMap<>(Map.of(Field.KONTROLLMOMENT, "Kontrollmoment",
				Field.RESULTAT, "Kommentar", Field.STATUS, "Status delår")));
		ControlRow control = row(periods, Map.of(Field.KONTROLLMOMENT, "Fakturakontroll av köpta platser",
				Field.RESULTAT, "Kontroll klar för januari–april.", Field.STATUS,
				"Status T1: \nStatus delår: Delvis genomförd\nStatus helår: "), List.of());
		assertThat(classifier.classify(control).status()).isEqualTo(ControlStatus.DELVIS);
	}

	/** Round 571: the day in "Utfört (datum)" beside a text saying part of the work is left. */
	@Test
	void takesPartlyDoneFromTheTextBesideTheDayAPartWasDone() {
		TableLayout dated = layout(Map.of(Field.KONTROLLMOMENT, "Kontrollmoment", Field.RESULTAT, "Iakttagelser",
				Field.STATUS, "Utfört (datum)"));
		ControlRow control = row(dated, Map.of(Field.KONTROLLMOMENT, "Rapporter enligt lex Sarah utreds",
				Field.RESULTAT, "Genomgång gjord för januari–februari. Mars–april återstår.", Field.STATUS,
				"2025-03-05"), List.of());
		assertThat(classifier.classify(control)).extracting(StatusDecision::status, StatusDecision::evidence)
			.containsExactly(ControlStatus.DELVIS, "texten (statuskolumnen 'Utfört (datum)' har datumet då en del "
					+ "av kontrollen gjordes): 'återstår / genomgång gjord'");
	}

	/** Round 576: a control reported at each unit, a row each, read as one with a status per unit. */
	@Test
	void combinesTheStatusesOfTheUnitsAControlWasReportedAt() {
		ControlRow control = row(WITH_STATUS, Map.of(Field.KONTROLLMOMENT, "Genomförandeplaner inom 14 dagar",
				Field.STATUS, "Status: Klar\nStatus: Pågående", Field.KONTROLLPUNKT, "Hemtjänst Norra\nHemtjänst Södra"),
				List.of());
		assertThat(classifier.classify(control)).extracting(StatusDecision::status, StatusDecision::evidence)
			.containsExactly(ControlStatus.DELVIS, "statuskolumnen 'Status', en status per rad (Hemtjänst Norra: "
					+ "Klar, Hemtjänst Södra: Pågående)");
	}

	/** Round 590: a result telling only what the control found, with no status anywhere, says it was made. */
	@Test
	void takesDoneWhenTheResultTellsOnlyWhatTheControlFound() {
		ControlRow control = row(WITHOUT_STATUS, Map.of(Field.KONTROLLMOMENT, "Riskbedömningar i hemtjänsten är aktuella",
				Field.RESULTAT, "Samtliga grupper har riskbedömningar, men två hade inte uppdaterats sedan 2023."),
				List.of());
		assertThat(classifier.classify(control)).extracting(StatusDecision::status, StatusDecision::evidence,
				StatusDecision::deviationInStatus)
			.containsExactly(ControlStatus.GENOMFORD, "texten berättar vad kontrollen fann", true);
	}

	/** Rounds 138 and 144: "Brister" as the assessment: the control was made and found something wrong. */
	@Test
	void takesBristerInTheStatusColumnForADoneControlWithADeviation() {
		ControlRow control = row(WITH_STATUS, Map.of(Field.KONTROLLMOMENT, "Årsräkningar granskas inom sex månader",
				Field.STATUS, "Brister"), List.of());
		StatusDecision decision = classifier.classify(control);
		assertThat(decision.status()).isEqualTo(ControlStatus.GENOMFORD);
		assertThat(flagger.flags(control, decision)).containsExactly(Flag.AVVIKELSE);
	}

	@Test
	void flagsADeviationThatTheLegendsMeaningOfTheCodeReports() {
		Legend legend = new Legend(Map.of("a", "Kontrollen genomförd utan anmärkning", "b",
				"Kontrollen genomförd, avvikelse noterad"), Map.of(), java.util.Set.of(), "Instruktion");
		ControlRow withDeviation = row(WITH_STATUS, Map.of(Field.KONTROLLMOMENT, "Närvaro rapporteras", Field.STATUS,
				"B"), List.of());
		ControlRow without = row(WITH_STATUS, Map.of(Field.KONTROLLMOMENT, "Närvaro rapporteras", Field.STATUS, "A"),
				List.of());
		assertThat(flagger.flags(withDeviation, classifier.classify(withDeviation, legend)))
			.containsExactly(Flag.AVVIKELSE);
		assertThat(flagger.flags(without, classifier.classify(without, legend))).isEmpty();
	}

	@Test
	void leavesASymbolTheFilesLegendOfSymbolsDoesNotExplainUnclear() {
		Legend legend = new Legend(Map.of("🟢", "Genomförd", "🟡", "Pågår/delvis genomförd", "🔴", "Ej genomförd"),
				Map.of(), java.util.Set.of(), "Tabell 1");
		ControlRow control = row(WITH_STATUS, Map.of(Field.KONTROLLMOMENT, "Attest av övertidsersättning vid larm",
				Field.STATUS, "🟠", Field.RESULTAT, "Kontroll pågår, brister noterade."), List.of());
		assertThat(classifier.classify(control, legend)).extracting(StatusDecision::status, StatusDecision::evidence)
			.containsExactly(ControlStatus.OKLAR, "statuskolumnen 'Status': '🟠' finns inte i filens teckenförklaring");
	}

	/** Round 95: "✓" under a legend of "✔": the same tick, drawn lighter. */
	@Test
	void readsATickOrCrossDrawnLighterOrHeavierThanTheLegendsByTheLegend() {
		Legend legend = new Legend(Map.of("✔", "Genomförd", "◐", "Påbörjad / delvis genomförd", "✖", "Ej genomförd"),
				Map.of(), java.util.Set.of(), "Tabell 1");
		ControlRow ticked = row(WITH_STATUS, Map.of(Field.KONTROLLMOMENT, "Attest av leverantörsfakturor",
				Field.STATUS, "✓"), List.of());
		ControlRow crossed = row(WITH_STATUS, Map.of(Field.KONTROLLMOMENT, "Avtalstrohet vid inköp",
				Field.STATUS, "✗"), List.of());
		assertThat(classifier.classify(ticked, legend).status()).isEqualTo(ControlStatus.GENOMFORD);
		assertThat(classifier.classify(crossed, legend).status()).isEqualTo(ControlStatus.EJ_GENOMFORD);
	}

	/** Round 69: "x" in a column of ● ◐ ○ – is a mark the sender's legend does not explain. */
	@Test
	void leavesAMarkTheFilesLegendOfSymbolsDoesNotListUnclear() {
		Legend legend = new Legend(Map.of("●", "Genomförd", "◐", "Delvis genomförd / pågår", "○", "Ej genomförd",
				"–", "Utgår / ej aktuell"), Map.of(), java.util.Set.of(), "Uppföljning 2025");
		ControlRow control = row(WITH_STATUS, Map.of(Field.KONTROLLMOMENT, "Kontroll av att inköp av media sker inom ramavtal",
				Field.STATUS, "x"), List.of());
		assertThat(classifier.classify(control, legend)).extracting(StatusDecision::status, StatusDecision::evidence)
			.containsExactly(ControlStatus.OKLAR, "statuskolumnen 'Status': 'x' finns inte i filens teckenförklaring");
	}

	@Test
	void leavesAOneCharacterCodeTheFilesLegendOfCodesDoesNotListUnclear() {
		Legend legend = new Legend(Map.of("g", "Genomförd", "p", "Pågår", "eg", "Ej genomförd", "u", "Utgår"), Map.of(),
				java.util.Set.of(), "IK 2025");
		ControlRow control = row(WITH_STATUS, Map.of(Field.KONTROLLMOMENT, "Egenkontrollprogrammet för dricksvatten följs",
				Field.STATUS, "X"), List.of());
		assertThat(classifier.classify(control, legend)).extracting(StatusDecision::status, StatusDecision::evidence)
			.containsExactly(ControlStatus.OKLAR, "statuskolumnen 'Status': 'X' finns inte i filens teckenförklaring");
	}

	/** Round 10: the legend's "?" is the sender's own doubt, which the comment does not settle; "Se kommentar" points to it. */
	@Test
	void keepsTheSendersDoubtButTakesTheCommentAStatusPointsTo() {
		Legend legend = new Legend(Map.of("?", "Osäkert – resultat ej återrapporterat"), Map.of(), java.util.Set.of(), "T2");
		ControlRow doubted = row(WITH_STATUS, Map.of(Field.KONTROLLMOMENT, "Kontroll av behörighetsloggar",
				Field.STATUS, "?", Field.RESULTAT, "Loggkontroll utförd av IT-enheten, resultatet har ännu inte återrapporterats."),
				List.of());
		ControlRow pointed = row(WITH_STATUS, Map.of(Field.KONTROLLMOMENT, "Kontroll av behörighetsloggar",
				Field.STATUS, "Se kommentar", Field.RESULTAT, "Loggkontroll utförd av IT-enheten."), List.of());
		assertThat(classifier.classify(doubted, legend).status()).isEqualTo(ControlStatus.OKLAR);
		assertThat(classifier.classify(pointed, Legend.NONE).status()).isEqualTo(ControlStatus.GENOMFORD);
	}

	/** Round 58: "Gr" beside a legend of G / Gu / R, with a comment that reports what was found. */
	@Test
	void leavesACodeAsShortAsTheLegendsThatItDoesNotListUnclearWhateverTheCommentSays() {
		Legend legend = new Legend(Map.of("g", "genomförd", "gu", "påbörjad", "r", "ej genomförd"), Map.of(),
				java.util.Set.of(), "Statusförklaring");
		ControlRow control = row(WITH_STATUS, Map.of(Field.KONTROLLMOMENT, "ÄTA-arbeten beställs skriftligt",
				Field.STATUS, "Gr", Field.RESULTAT, "Kontrollerat 6 ÄTA, en beställning gjord muntligt."), List.of());
		assertThat(classifier.classify(control, legend)).extracting(StatusDecision::status, StatusDecision::evidence)
			.containsExactly(ControlStatus.OKLAR, "statuskolumnen 'Status': 'Gr' finns inte i filens teckenförklaring");
	}

	@Test
	void letsTheLatestPeriodsColourWithoutAWordDecideOverAnEarlierPeriodsWord() {
		ControlRow control = new ControlRow("Flik", 2, 2, Map.of(Field.KONTROLLMOMENT,
				"Hemtjänsttimmar stämmer mot utförd tid", Field.STATUS, "Delår: Pågår\nHelår: "), List.of("92D050"),
				List.of(), PER_QUARTER);
		assertThat(classifier.classify(control)).extracting(StatusDecision::status, StatusDecision::source,
				StatusDecision::evidence)
			.containsExactly(ControlStatus.GENOMFORD, StatusSource.FARG, "statuscellens färg för den senaste perioden");
	}

	/** Round 125: a score column without a year right of last year's whole-year column is this year's. */
	@Test
	void takesAColumnWithoutAYearRightOfLastYearsAsThisYears() {
		Legend legend = new Legend(Map.of("1", "Ej genomförd", "2", "Delvis genomförd", "3", "Genomförd"), Map.of(),
				java.util.Set.of(), "Skala");
		ControlRow control = new ControlRow("Uppföljning", 9, 9, Map.of(Field.KONTROLLMOMENT,
				"Kvittokontroll av boendes privata medel", Field.STATUS, "Bedömning helår 2024: 1\nBedömning (1–3): 3"),
				List.of(), List.of(), PER_QUARTER);
		assertThat(classifier.classify(control, legend).status()).isEqualTo(ControlStatus.GENOMFORD);
	}

	/** Round 109: "Genomförd" merged over Ja | Delvis | Nej; an X under Nej answers the heading's question no. */
	@Test
	void readsTheTickedColumnsOwnHeadingUnderItsGroupsQuestion() {
		TableLayout ticks = new TableLayout(2, Map.of(Field.KONTROLLMOMENT, 1), Map.of(Field.KONTROLLMOMENT,
				"Kontrollmoment"), Map.of(), Map.of(2, new TableLayout.ExtraColumn(Field.STATUSMARKERING, "Genomförd Ja"), 3,
						new TableLayout.ExtraColumn(Field.STATUSMARKERING, "Genomförd Delvis"), 4,
						new TableLayout.ExtraColumn(Field.STATUSMARKERING, "Genomförd Nej")), Map.of());
		ControlRow control = row(ticks, Map.of(Field.KONTROLLMOMENT, "Registerkontroll vid nyanställning",
				Field.STATUS, "Genomförd Nej"), List.of());
		assertThat(classifier.classify(control)).extracting(StatusDecision::status, StatusDecision::evidence)
			.containsExactly(ControlStatus.EJ_GENOMFORD, "kryss i kolumnen 'Genomförd Nej'");
	}

	/** Round 49: "Status delår" in words, then the helår status as an X under one of four tick columns. */
	@Test
	void takesTwoTicksOfALaterPeriodBesideAStatusColumnForUnclear() {
		TableLayout mixed = new TableLayout(6, Map.of(Field.KONTROLLMOMENT, 2, Field.STATUS, 4),
				Map.of(Field.KONTROLLMOMENT, "Kontrollmoment", Field.STATUS, "Status delår"), Map.of(),
				Map.of(6, new TableLayout.ExtraColumn(Field.STATUSMARKERING, "Status helår Genomförd"), 7,
						new TableLayout.ExtraColumn(Field.STATUSMARKERING, "Status helår Ej genomförd")),
				Map.of());
		ControlRow control = row(mixed, Map.of(Field.KONTROLLMOMENT, "Delegationsbeslut anmäls till nämnden",
				Field.STATUS, "Status helår Genomförd, Status helår Ej genomförd"), List.of());
		assertThat(classifier.classify(control)).extracting(StatusDecision::status, StatusDecision::evidence)
			.containsExactly(ControlStatus.OKLAR,
					"flera svar är ikryssade: Status helår Genomförd, Status helår Ej genomförd");
	}

	@ParameterizedTest(name = "{0} → {1}")
	@CsvSource(delimiter = '|', textBlock = """
			Kontroll att avgift för bygglov debiteras enligt gällande taxa [Genomförd] | GENOMFORD
			Kontroll av att avloppstillstånd följs upp med slutbesiktning [Se kommentar] | OKLAR
			Kontroll av att strandskyddsdispenser skickas till Länsstyrelsen [ ] | SAKNAS
			""")
	void readsAStatusInBracketsClosingTheControlsText(String kontrollmoment, ControlStatus expected) {
		assertThat(classifier.classify(row(WITHOUT_STATUS, Map.of(Field.KONTROLLMOMENT, kontrollmoment), List.of()))
			.status()).isEqualTo(expected);
	}

	@Test
	void leavesTwoOfTheFilesCodesInOneCellUnclear() {
		Legend legend = new Legend(Map.of("2", "Genomförd med anmärkning", "3", "Delvis genomförd"), Map.of(),
				java.util.Set.of(), "Tabell 8");
		ControlRow control = row(WITH_STATUS, Map.of(Field.KONTROLLMOMENT, "Gynnande LSS-beslut verkställs inom tre månader",
				Field.STATUS, "2 / 3", Field.AVVIKELSE, "Två beslut har inte verkställts inom tre månader."), List.of());
		assertThat(classifier.classify(control, legend)).extracting(StatusDecision::status, StatusDecision::evidence)
			.containsExactly(ControlStatus.OKLAR, "statuskolumnen 'Status': flera svar i samma cell: 2 / 3");
	}

	/**
	 * Round 386: two of the file's codes in one cell, the comment saying which holds where, are partly done; round 70:
	 * a comment saying only what is left does not choose between "Klar/pågår".
	 */
	@Test
	void readsTwoCodesInOneCellByACommentSayingEach() {
		Legend legend = new Legend(Map.of("g", "Genomförd", "e", "Ej genomförd"), Map.of(), java.util.Set.of(), "Flik");
		ControlRow both = row(PER_QUARTER, Map.of(Field.KONTROLLMOMENT, "Uppföljning av klagomål och synpunkter",
				Field.STATUS, "G/E", Field.RESULTAT, "Genomförd på Björkbackens äldreboende, ej genomförd på Lärkans "
						+ "äldreboende."), List.of());
		ControlRow left = row(PER_QUARTER, Map.of(Field.KONTROLLMOMENT, "Uppföljning av klagomål och synpunkter",
				Field.STATUS, "G/E", Field.RESULTAT, "Höstens mätning återstår på tre enheter."), List.of());
		assertThat(classifier.classify(both, legend).status()).isEqualTo(ControlStatus.DELVIS);
		assertThat(classifier.classify(left, legend).status()).isEqualTo(ControlStatus.OKLAR);
	}

	/** Round 517: a blank status beside measures opening "Utgår – …" is struck; a measure using the word is not. */
	@Test
	void readsMeasuresThatStrikeTheControlBesideABlankStatusAsStruck() {
		TableLayout withMeasures = layout(Map.of(Field.KONTROLLMOMENT, "Kontrollmoment", Field.STATUS, "Status",
				Field.ATGARD, "Åtgärd"));
		ControlRow struck = row(withMeasures, Map.of(Field.KONTROLLMOMENT, "Utlämnande av allmän handling sker",
				Field.ATGARD, "Utgår – ersatt av kontroll av e-arkivet från 2026."), List.of());
		ControlRow paid = row(withMeasures, Map.of(Field.KONTROLLMOMENT, "Arvoden till förtroendevalda betalas ut",
				Field.ATGARD, "Ersättning utgår enligt det nya reglementet."), List.of());
		assertThat(classifier.classify(struck)).extracting(StatusDecision::status, StatusDecision::evidence)
			.containsExactly(ControlStatus.UTGAR, "texten i kolumnen 'Åtgärd' (statuscellen är tom)");
		assertThat(classifier.classify(paid).status()).isEqualTo(ControlStatus.SAKNAS);
	}

	@Test
	void keepsTheColumnsNotDoneWhenTheResultOpensBySayingSoAndOnlyTellsWhyAfter() {
		Legend legend = new Legend(Map.of("4", "Ej genomförd"), Map.of(), java.util.Set.of(), "Tabell 2");
		ControlRow control = row(PER_QUARTER, Map.of(Field.KONTROLLMOMENT, "Behörigheter i Raindance mot befattning",
				Field.STATUS, "4", Field.RESULTAT, "Inte genomförd. Kontrollen har skjutits upp på grund av pågående "
						+ "byte av ekonomisystem."), List.of());
		assertThat(classifier.classify(control, legend).status()).isEqualTo(ControlStatus.EJ_GENOMFORD);
	}

	/** Round 59: each control a paragraph closing with its code, "(U)" not among the legend's. */
	@ParameterizedTest(name = "{0} → {1}")
	@CsvSource(delimiter = '|', textBlock = """
			Kontroll av att kränkande behandling anmäls till huvudmannen inom en vecka (G) | GENOMFORD
			Kontroll av frånvarorapportering vid upprepad frånvaro (U) | OKLAR
			""")
	void readsTheFilesCodeInParenthesesClosingTheControlsText(String kontrollmoment, ControlStatus expected) {
		Legend legend = new Legend(Map.of("g", "Genomförd", "d", "Delvis genomförd/pågår", "e", "Ej genomförd"), Map.of(),
				java.util.Set.of(), "Dokumentets text");
		assertThat(classifier.classify(row(WITHOUT_STATUS, Map.of(Field.KONTROLLMOMENT, kontrollmoment,
				Field.RESULTAT, "Stickprov av 20 anmälningar."), List.of()), legend).status()).isEqualTo(expected);
	}

	@Test
	void readsABareNumberUnderAHeadingOfSharesAsAPercentage() {
		TableLayout shares = layout(Map.of(Field.KONTROLLMOMENT, "Kontrollmoment", Field.STATUS, "Utfört (%)"));
		assertThat(classifier.classify(row(shares, Map.of(Field.KONTROLLMOMENT, "Bygglovsbeslut inom tio veckor",
				Field.STATUS, "100"), List.of())).status()).isEqualTo(ControlStatus.GENOMFORD);
	}

	@Test
	void readsTheFilesCodeOpeningAStatusCellWithANoteAfterIt() {
		Legend legend = new Legend(Map.of("g", "Genomförd", "d", "Delvis genomförd"), Map.of(), java.util.Set.of(), "IK");
		ControlRow control = row(WITH_STATUS, Map.of(Field.KONTROLLMOMENT, "Delegering av hälso- och sjukvårdsuppgifter",
				Field.STATUS, "D – 70 %"), List.of());
		assertThat(classifier.classify(control, legend).status()).isEqualTo(ControlStatus.DELVIS);
	}

	@Test
	void letsTheResultTellHowFarTheWorkCameBesideAStatusCellSayingItWasPostponed() {
		ControlRow control = row(WITH_STATUS, Map.of(Field.KONTROLLMOMENT, "Frånvaroutredning inleds vid hög frånvaro",
				Field.STATUS, "Flyttas till 2026", Field.RESULTAT, "Påbörjad på 4 av 7 skolor."), List.of());
		assertThat(classifier.classify(control).status()).isEqualTo(ControlStatus.DELVIS);
	}

	@Test
	void takesADateInAColumnGivingWhenTheControlWasDoneForDone() {
		TableLayout dated = new TableLayout(1, Map.of(Field.KONTROLLMOMENT, 0, Field.RESULTAT, 1, Field.STATUS, 2),
				Map.of(Field.KONTROLLMOMENT, "Kontrollmoment", Field.RESULTAT, "Kommentar", Field.STATUS, "Åtgärdad (datum)"),
				Map.of(Field.STATUS, "åtgärdad (datum)"));
		ControlRow done = row(dated, Map.of(Field.KONTROLLMOMENT, "Bygglov inom tio veckor", Field.STATUS,
				"2025-11-28"), List.of());
		ControlRow open = row(dated, Map.of(Field.KONTROLLMOMENT, "Tillsyn av enskilda avlopp", Field.RESULTAT,
				"Pågår, beräknas klar i mars 2026."), List.of());
		assertThat(classifier.classify(done)).extracting(StatusDecision::status, StatusDecision::evidence)
			.containsExactly(ControlStatus.GENOMFORD,
					"statuskolumnen 'Åtgärdad (datum)' har datumet då kontrollen gjordes");
		assertThat(classifier.classify(open).status()).isEqualTo(ControlStatus.DELVIS);
	}

	/** Round 72: the heading says "(datum)" though the synonym it matched does not; a week is a date too. */
	@Test
	void takesADateOrAWeekUnderAHeadingNamingADateForDone() {
		TableLayout dated = new TableLayout(1, Map.of(Field.KONTROLLMOMENT, 0, Field.STATUS, 1),
				Map.of(Field.KONTROLLMOMENT, "Kontrollmoment", Field.STATUS, "Kontrollen utförd (datum)"),
				Map.of(Field.STATUS, "kontrollen utförd"));
		ControlRow week = row(dated, Map.of(Field.KONTROLLMOMENT, "Kontroll av att delegationsbeslut anmäls till nämnden",
				Field.STATUS, "v. 48"), List.of());
		assertThat(classifier.classify(week)).extracting(StatusDecision::status, StatusDecision::evidence)
			.containsExactly(ControlStatus.GENOMFORD,
					"statuskolumnen 'Kontrollen utförd (datum)' har datumet då kontrollen gjordes");
	}

	@Test
	void readsTheStatusWrittenInACommentAndActionColumnWhenTheStatusCellIsBlank() {
		TableLayout template = layout(Map.of(Field.KONTROLLMOMENT, "Kontrollmoment", Field.RESULTAT,
				"Resultat av kontroll", Field.STATUS, "Status", Field.ATGARD, "Kommentar/åtgärd"));
		ControlRow control = row(template, Map.of(Field.KONTROLLMOMENT, "Skolskjutsbeslut enligt delegation",
				Field.ATGARD, "Ej genomförd p.g.a. byte av verksamhetssystem."), List.of());
		assertThat(classifier.classify(control)).extracting(StatusDecision::status, StatusDecision::evidence)
			.containsExactly(ControlStatus.EJ_GENOMFORD,
					"texten i kolumnen 'Kommentar/åtgärd' (statuscellen är tom): 'ej genomförd'");
	}

	@Test
	void flagsFollowsPlanNoAndAReportedDeviation() {
		TableLayout plan = layout(Map.of(Field.RISK, "Risk", Field.STATUS, "Följer plan:", Field.AVVIKELSE, "Avvikelse"));
		ControlRow control = row(plan, Map.of(Field.RISK, "Låg kvalitet hos uppdragstagare", Field.STATUS, "Nej",
				Field.AVVIKELSE, "Två uppdragstagare saknade godkännande."), List.of());
		assertThat(flagger.flags(control, classifier.classify(control))).containsExactlyInAnyOrder(Flag.EJ_GENOMFORD,
				Flag.FOLJER_EJ_PLAN, Flag.AVVIKELSE);
	}

	@Test
	void doesNotFlagADeviationColumnSayingThereWasNone() {
		ControlRow control = row(WITH_STATUS, Map.of(Field.KONTROLLMOMENT, "Rapportering", Field.STATUS,
				"Granskning genomförd", Field.AVVIKELSE, "Rapportering sker enligt beslut, ingen identifierad avvikelse."),
				List.of());
		assertThat(flagger.flags(control, classifier.classify(control))).isEmpty();
	}
	/** An annual control done in T1 is not due in T2: "Ej aktuell" there leaves it done. */
	@Test
	void takesAControlDoneEarlierAndNotDueInTheLatestPeriodAsDone() {
		StatusDecision decision = classifier.classify(row(PER_QUARTER,
				Map.of(Field.KONTROLLMOMENT, "Representationsfakturor mot riktlinjer", Field.STATUS,
						"Status T1: Klar\nStatus T2: Ej aktuell"),
				List.of()));
		assertThat(decision.status()).isEqualTo(ControlStatus.GENOMFORD);
	}

	/** "Kontroll ersatt" strikes the control from the plan, whatever an earlier period said. */
	@Test
	void takesAControlStruckInTheLatestPeriodAsUtgarThoughDoneEarlier() {
		StatusDecision decision = classifier.classify(row(PER_QUARTER,
				Map.of(Field.KONTROLLMOMENT, "Anmälan om kränkande behandling till huvudman", Field.STATUS,
						"Status T1: Klar\nStatus T2: Kontroll ersatt"),
				List.of()));
		assertThat(decision.status()).isEqualTo(ControlStatus.UTGAR);
	}

	/**
	 * Round 382: a status word as the first sentence of the latest period's cell, what the control found after it on
	 * lines of its own; a status word per line (one per unit) is no such report.
	 */
	@Test
	void readsTheStatusWordOpeningTheLatestPeriodsReportAsTheStatus() {
		StatusDecision decision = classifier.classify(row(WITH_STATUS, Map.of(Field.KONTROLLMOMENT,
				"Tillsynsplanen följs", Field.STATUS, "T2 2025: Pågår\nHelår 2025: Genomförd med avvikelse.\n"
						+ "92 % av planerade inspektioner genomförda, resterande flyttade till 2026."), List.of()));
		assertThat(decision).extracting(StatusDecision::status, StatusDecision::rawText, StatusDecision::evidence,
				StatusDecision::deviationInStatus)
			.containsExactly(ControlStatus.GENOMFORD, "Genomförd med avvikelse",
					"statusordet som inleder den senaste periodens text i statuskolumnerna", true);
		StatusDecision perUnit = classifier.classify(row(WITH_STATUS, Map.of(Field.KONTROLLMOMENT, "Ekonomiskt bistånd",
				Field.STATUS, "Genomförd\nGenomförd\nEj genomförd"), List.of()));
		assertThat(perUnit.status()).isEqualTo(ControlStatus.DELVIS);
	}

	/** Round 411: a period's status changed in its cell ("Status T2: Pågår → Klar"): what it became counts. */
	@Test
	void readsWhatALatestPeriodsStatusWasChangedTo() {
		StatusDecision decision = classifier.classify(row(PER_QUARTER,
				Map.of(Field.KONTROLLMOMENT, "Körjournaler för kommunens fordon förs korrekt", Field.STATUS,
						"Status T1: Pågår\nStatus T2: Pågår → Klar"),
				List.of()));
		assertThat(decision).extracting(StatusDecision::status, StatusDecision::evidence)
			.containsExactly(ControlStatus.GENOMFORD, "statuskolumnen 'Status T2', ändrad: 'Pågår → Klar'");
	}

	/** Round 411: "Ej påbörjad" beside a comment saying the control was struck from the nämnd's plan by a decision. */
	@Test
	void takesAControlStruckFromTheNamndsPlanAsUtgarThoughNotStarted() {
		StatusDecision decision = classifier.classify(row(PER_QUARTER,
				Map.of(Field.KONTROLLMOMENT, "Personuppgiftsbiträdesavtal finns för samtliga system", Field.STATUS,
						"Ej påbörjad", Field.RESULTAT, "Ersätts av den gemensamma GDPR-granskningen. Kontrollmomentet "
								+ "utgår ur KS plan (KS 2025-06-10 § 113)."),
				List.of()));
		assertThat(decision.status()).isEqualTo(ControlStatus.UTGAR);
	}

	/**
	 * Round 418: a blank status beside a deviation text that says what was looked at as well as that nothing was
	 * found: the control was done; the stock phrase alone says nothing of it.
	 */
	@Test
	void takesADeviationTextSayingWhatWasLookedAtUnderABlankStatusAsDone() {
		StatusDecision decision = classifier.classify(row(WITH_STATUS,
				Map.of(Field.KONTROLLMOMENT, "Att leverantörer håller avtalet", Field.AVVIKELSE,
						"Ramavtal städtjänster. Stickprov. Inga avvikelser noterade."),
				List.of()));
		assertThat(decision.status()).isEqualTo(ControlStatus.GENOMFORD);
		StatusDecision stock = classifier.classify(row(WITH_STATUS,
				Map.of(Field.KONTROLLMOMENT, "Att leverantörer håller avtalet", Field.AVVIKELSE,
						"Inga avvikelser noterade."),
				List.of()));
		assertThat(stock.status()).isNotEqualTo(ControlStatus.GENOMFORD);
	}
}
