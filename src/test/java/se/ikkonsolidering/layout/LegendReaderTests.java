package se.ikkonsolidering.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static se.ikkonsolidering.layout.Rows.filled;

import org.junit.jupiter.api.Test;

import se.ikkonsolidering.ingest.RawCell;

/** A file's own legend is read wherever it stands, and only pairs whose meaning is a status count. */
class LegendReaderTests {

	private final LegendReader reader = new LegendReader(StatusWordsForTests.vocabulary(), Labels.load(null));

	/** Round 99: a dot in each colour, the colour's name and its meaning, a row each under the legend's label. */
	@Test
	void readsColouredSignsBesideTheirColoursNameAndMeaning() {
		Legend legend = reader.read("Uppföljning", Rows.sheet()
			.cells(filled(0, "Teckenförklaring", null))
			.cells(filled(0, "●", "00B050"), filled(1, "Grön", null), filled(2, "Genomförd – inga avvikelser", null))
			.cells(filled(0, "●", "ED7D31"), filled(1, "Orange", null), filled(2, "Påbörjad, ej slutförd", null))
			.cells(filled(0, "●", "E00000"), filled(1, "Röd", null), filled(2, "Ej påbörjad / ej genomförd", null))
			.build().rows().readAll());
		assertThat(legend.colours()).containsExactly(java.util.Map.entry("00B050", "Genomförd – inga avvikelser"),
				java.util.Map.entry("ED7D31", "Påbörjad, ej slutförd"),
				java.util.Map.entry("E00000", "Ej påbörjad / ej genomförd"));
	}

	/** Round 156: a row of cells each in its colour and naming its meaning, above the table, with no label. */
	/** Round 211: an exclamation mark among the signs of a legend in a paragraph, "! Genomförd, avvikelse noterad". */
	/** Round 223: coloured cells naming their meaning after "Färgmarkering i kolumnen Status:". */
	@Test
	void readsColouredCellsAfterAColourMarkingLabelAsTheLegend() {
		Legend legend = reader.read("Uppföljning", Rows.sheet()
			.cells(RawCell.of(0, "Färgmarkering i kolumnen Status:"), filled(1, "Genomförd", "92D050"),
					filled(4, "Genomförd med avvikelse", "FFFF00"), filled(7, "Pågår / delvis genomförd", "FFC000"))
			.build().rows().readAll());
		assertThat(legend.colours()).containsEntry("FFFF00", "Genomförd med avvikelse")
			.containsEntry("FFC000", "Pågår / delvis genomförd");
	}

	/** Round 324: a template's status words merged over two columns, each explained in the column after them. */
	@Test
	void readsStatusWordsMergedOverTwoColumnsBesideTheirMeanings() {
		Legend legend = reader.read("Uppföljning", Rows.sheet()
			.row("Teckenförklaring status")
			.cells(Rows.merged(0, "Klar", false, true), Rows.merged(1, "Klar", false, true),
					RawCell.of(2, "Genomförd utan avvikelse"))
			.cells(Rows.merged(0, "Pågår", false, true), Rows.merged(1, "Pågår", false, true),
					RawCell.of(2, "Delvis genomförd"))
			.cells(Rows.merged(0, "Ej gjord", false, true), Rows.merged(1, "Ej gjord", false, true),
					RawCell.of(2, "Ej genomförd"))
			.build().rows().readAll());
		assertThat(legend.rows()).containsExactlyInAnyOrder(1, 2, 3, 4);
		assertThat(legend.meaning("Pågår")).contains("Delvis genomförd");
	}

	/** Round 321: "Statuskod:" beside the title opens the legend on its first entry's line, codes under its code. */
	@Test
	void readsALegendWhoseLabelStandsOnItsFirstEntrysLine() {
		Legend legend = reader.read("IK 2025", Rows.sheet()
			.cells(RawCell.of(0, "Internkontrollplan 2025 – Socialnämnden"), RawCell.of(7, "Statuskod:"),
					RawCell.of(8, "G"), RawCell.of(9, "Genomförd"))
			.cells(RawCell.of(0, "Uppföljning tertial 2"), RawCell.of(8, "P"), RawCell.of(9, "Delvis genomförd"))
			.cells(RawCell.of(8, "E"), RawCell.of(9, "Ej genomförd"))
			.build().rows().readAll());
		assertThat(legend.meaning("G")).contains("Genomförd");
		assertThat(legend.meaning("P")).contains("Delvis genomförd");
		assertThat(legend.meaning("E")).contains("Ej genomförd");
	}

	/** Rounds 129 and 58: a word or two and a dash opening each line under the legend's heading. */
	@Test
	void readsWordsAndADashOpeningLinesOfTheirOwnAsTheLegend() {
		Legend legend = reader.read("Dokumentets text", Rows.sheet()
			.row("Bedömningsskala")
			.row("Ingen anmärkning – Genomförd utan avvikelse")
			.row("Orange – Delvis genomförd")
			.row("Ej utförd – Ej genomförd")
			.build().rows().readAll());
		assertThat(legend.meaning("Ingen anmärkning")).contains("Genomförd utan avvikelse");
		assertThat(legend.meaning("Orange")).contains("Delvis genomförd");
		assertThat(legend.meaning("Ej utförd")).contains("Ej genomförd");
	}

	/** Round 323: colours and their meanings in sentences, each after the last: "… Gul – … . Röd – …". */
	@Test
	void readsAColourAndADashOpeningEachSentenceOfALegendParagraph() {
		Legend legend = reader.read("Dokumentets text", Rows.sheet()
			.row("Bedömning anges med färg i sista kolumnen: Grön – Genomförd. Gul – Delvis genomförd. Röd – Ej "
					+ "genomförd. Grå – Utgår.")
			.build().rows().readAll());
		assertThat(legend.meaning("Gul")).contains("Delvis genomförd");
		assertThat(legend.meaning("Grå")).contains("Utgår");
	}

	/** Round 173: a colour's name too long for a code, "=" its meaning, on a line of the legend's cell. */
	@Test
	void readsALongColourNameOpeningALineOfTheLegendsCell() {
		Legend legend = reader.read("Blad1", Rows.sheet()
			.row(null, null, "Färgmarkering i kolumnerna T1 och T2:\nGrön = Genomförd\nGul = Genomförd med avvikelse "
					+ "(se kommentar)\nOrange = Delvis genomförd\nRöd = Ej genomförd")
			.build().rows().readAll());
		assertThat(legend.meaning("Orange")).contains("Delvis genomförd");
	}

	/**
	 * Round 329: fills beside the controls' comments, right under rows coloured in the same column, are the table's
	 * traffic light and comments, no legend box, though their colours and comments differ.
	 */
	@Test
	void readsNoLegendFromFillsAndCommentsContinuingTheTablesStatusColumn() {
		Legend legend = reader.read("Internkontroll 2025", Rows.sheet()
			.cells(RawCell.of(0, "Kontroll av lärarlegitimation vid nyanställning"), filled(2, "", "92D050"),
					RawCell.of(3, "Stickprov 12 anställningar."))
			.cells(RawCell.of(0, "Systematiskt brandskyddsarbete dokumenteras"), filled(2, "", "92D050"),
					RawCell.of(3, "Genomförd på 14 av 14 enheter."))
			.cells(RawCell.of(0, "Registerförteckning enligt dataskyddsförordningen uppdateras"),
					filled(2, "", "A6A6A6"), RawCell.of(3, "Utgår"))
			.cells(RawCell.of(0, "Inköp av läromedel sker från avtalade leverantörer"), filled(2, "", "C00000"),
					RawCell.of(3, "Ej påbörjad"))
			.build().rows().readAll());
		assertThat(legend.colours()).isEmpty();
	}

	/** Round 220: a scale of what the control found, "1 = ingen avvikelse …", with "0" for not done. */
	@Test
	void readsAScaleOfDeviationsFoundAsALegend() {
		Legend legend = reader.read("IK 2025", Rows.sheet()
			.row("Kontrollmoment", "Bedömning 2025")
			.row("Attest av leverantörsfakturor enligt attestordningen", "2")
			.row()
			.row("Bedömning: 1 = ingen avvikelse, 2 = mindre avvikelse, 3 = väsentlig avvikelse, 0 = kontrollen ej "
					+ "genomförd")
			.build().rows().readAll());
		assertThat(legend.meaning("2")).contains("mindre avvikelse");
		assertThat(legend.meaning("3")).contains("väsentlig avvikelse");
	}

	/** Round 269: the trade's own status words as the legend's entries, parted by middle dots in one cell. */
	@Test
	void readsEntriesPartedByMiddleDotsWithStatusPhrasesForCodes() {
		Legend legend = reader.read("IK 2025", Rows.sheet()
			.row("Statusord: Tillsyn utförd = planerad tillsyn/kontroll genomförd · Åtgärdat = kontroll utförd, "
					+ "brister rättade · Kvarstår = kontroll utförd, brist kvarstår · Följs upp i Q1 = ej slutfört, "
					+ "flyttas till kvartal 1 2026 · Utgår = struken")
			.build().rows().readAll());
		assertThat(legend.meaning("Åtgärdat")).contains("kontroll utförd, brister rättade");
		assertThat(legend.meaning("Följs upp i Q1")).contains("ej slutfört, flyttas till kvartal 1 2026");
	}

	@Test
	void readsAnExclamationMarkAsASignOfTheLegend() {
		Legend legend = reader.read("Dokumentets text", Rows.sheet()
			.row("Teckenförklaring Bed.: ✔ Genomförd utan anmärkning   ! Genomförd, avvikelse noterad   ◐ Pågår / delvis "
					+ "genomförd   ✖ Ej genomförd   – Ej aktuell")
			.build().rows().readAll());
		assertThat(legend.meaning("!")).contains("Genomförd, avvikelse noterad");
		assertThat(legend.meaning("✔")).contains("Genomförd utan anmärkning");
	}

	@Test
	void readsARowOfColouredMeaningsStandingApartAsALegend() {
		Legend legend = reader.read("IKP 2025", Rows.sheet()
			.row("Vård- och omsorgsnämnden – uppföljning internkontroll helår 2025")
			.cells(filled(0, "Genomförd – inga brister", "C6EFCE"), filled(1, "Genomförd – brister har noterats", "FFEB9C"),
					filled(2, "Ej genomförd", "FFC7CE"))
			.row()
			.row("Område", "Kontrollmoment", "Resultat helår")
			.build().rows().readAll());
		assertThat(legend.colours()).containsExactly(java.util.Map.entry("C6EFCE", "Genomförd – inga brister"),
				java.util.Map.entry("FFEB9C", "Genomförd – brister har noterats"),
				java.util.Map.entry("FFC7CE", "Ej genomförd"));
	}

	/** A tick table's header coloured the same way has its ticks right under it. */
	@Test
	void readsNoLegendFromColouredStatusHeadingsWithTicksUnderThem() {
		Legend legend = reader.read("IK", Rows.sheet()
			.cells(filled(0, "Kontrollmoment", null), filled(1, "Genomförd", "C6EFCE"), filled(2, "Delvis", "FFEB9C"),
					filled(3, "Ej genomförd", "FFC7CE"))
			.row("Attest av leverantörsfakturor enligt attestordningen", "X", "", "")
			.build().rows().readAll());
		assertThat(legend.colours()).isEmpty();
	}

	/** Round 156: "Teckenförklaring bedömning" in the header row heads the box beside the table, no column of it. */
	@Test
	void takesTheHeadingOfALegendBoxBesideTheTableForPartOfTheBox() {
		Legend legend = reader.read("Uppföljning", Rows.sheet()
			.row("Process", "Kontrollmoment", "Bedömning helår (1–3)", "", "Teckenförklaring bedömning")
			.row("Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "1", "", "1", "Genomförd utan avvikelse")
			.row("Ekonomi", "Kontroll av att interkommunala ersättningar faktureras korrekt", "2", "", "2",
					"Genomförd med avvikelse")
			.row("Skolplikt", "Uppföljning av frånvaro i grundskolan", "3", "", "3", "Ej genomförd")
			.build().rows().readAll());
		assertThat(legend.tokens()).containsKeys("1", "2", "3");
		assertThat(legend.beside()).contains(new Legend.Cell(1, 4), new Legend.Cell(2, 4));
	}

	@Test
	void readsCodesWithEqualsSignsInOneCell() {
		Legend legend = reader.read("IK", Rows.sheet()
			.row("Statuskoder:   1 = Genomförd    2 = Delvis genomförd    3 = Ej genomförd    4 = Utgår")
			.build().rows().readAll());
		assertThat(legend.tokens()).containsExactly(java.util.Map.entry("1", "Genomförd"),
				java.util.Map.entry("2", "Delvis genomförd"), java.util.Map.entry("3", "Ej genomförd"),
				java.util.Map.entry("4", "Utgår"));
		assertThat(legend.rows()).containsExactly(1);
	}

	/** Round 76: "genomförd D =" is the end of J's meaning and the next code, not a code of two words. */
	/** Round 150: a scale whose entries without a meaning stand between those with one. */
	@Test
	void endsAMeaningAtTheScalesNextEntryListedWithoutOne() {
		Legend legend = reader.read("IK", Rows.sheet()
			.row("Teckenförklaring status: Klar = genomförd, Pågår, Delvis = delvis genomförd, Ej påbörjad, "
					+ "Ej aktuell = utgår")
			.build().rows().readAll());
		assertThat(legend.tokens()).containsEntry("klar", "genomförd").containsEntry("delvis", "delvis genomförd");
	}

	@Test
	void readsOneLetterCodesAfterAMeaningWithACommaOnOneSpace() {
		Legend legend = reader.read("IK", Rows.sheet()
			.row("Jämförelse med föregående år. Teckenförklaring: J = Ja, genomförd D = Delvis genomförd N = Nej, ej "
					+ "genomförd U = Utgår")
			.build().rows().readAll());
		assertThat(legend.tokens()).containsExactly(java.util.Map.entry("j", "Ja, genomförd"),
				java.util.Map.entry("d", "Delvis genomförd"), java.util.Map.entry("n", "Nej, ej genomförd"),
				java.util.Map.entry("u", "Utgår"));
	}

	@Test
	void leavesTheInstructionToTheSenderOutOfACodesMeaning() {
		Legend legend = reader.read("Instruktion", Rows.sheet()
			.row("Ange bedömning för varje aktivitet med en bokstav enligt nedan:")
			.row("A = Genomförd")
			.row("B = Genomförd, avvikelse noterad och beskriven (beskriv avvikelsen i kommentarsfältet)")
			.row("C = Ej genomförd (ange skäl i kommentar)")
			.build().rows().readAll());
		assertThat(legend.tokens()).containsExactly(java.util.Map.entry("a", "Genomförd"),
				java.util.Map.entry("b", "Genomförd, avvikelse noterad och beskriven"),
				java.util.Map.entry("c", "Ej genomförd"));
	}

	@Test
	void readsColourWordsListedWithDashesAfterAColon() {
		Legend legend = reader.read("IK", Rows.sheet()
			.row("Färgerna betyder: grönt – genomförd; gult – delvis genomförd; rött – ej genomförd.")
			.build().rows().readAll());
		assertThat(legend.tokens()).containsExactly(java.util.Map.entry("grönt", "genomförd"),
				java.util.Map.entry("gult", "delvis genomförd"), java.util.Map.entry("rött", "ej genomförd"));
	}

	@Test
	void readsWordsExplainedInSentences() {
		Legend legend = reader.read("IK", Rows.sheet()
			.row("Förklaring bedömning: Bra = Genomförd. Mindre bra = Delvis genomförd. Dålig = Ej genomförd.")
			.build().rows().readAll());
		assertThat(legend.tokens()).containsExactly(java.util.Map.entry("bra", "Genomförd"),
				java.util.Map.entry("mindre bra", "Delvis genomförd"), java.util.Map.entry("dålig", "Ej genomförd"));
	}

	@Test
	void readsCodesOfTwoShortWordsOnePerLine() {
		Legend legend = reader.read("Instruktion", Rows.sheet()
			.row("Statuskoder")
			.row("GEN = Genomförd")
			.row("DELV = Delvis genomförd")
			.row("EJ GEN = Ej genomförd")
			.build().rows().readAll());
		assertThat(legend.tokens()).containsExactly(java.util.Map.entry("gen", "Genomförd"),
				java.util.Map.entry("delv", "Delvis genomförd"), java.util.Map.entry("ej gen", "Ej genomförd"));
	}

	@Test
	void readsLettersSeparatedBySlashes() {
		Legend legend = reader.read("IK", Rows.sheet().row("Förklaring: J = Ja / N = Nej").build().rows().readAll());
		assertThat(legend.tokens()).containsOnlyKeys("j", "n");
	}

	@Test
	void readsSymbolsFollowedByWords() {
		Legend legend = reader.read("IK", Rows.sheet().row("● genomförd ◐ delvis ○ ej påbörjad").build().rows().readAll());
		assertThat(legend.tokens()).containsEntry("●", "genomförd").containsEntry("◐", "delvis")
			.containsEntry("○", "ej påbörjad");
	}

	/** A paragraph below the table, written as sentences: each meaning ends at its sentence or at the next symbol. */
	@Test
	void readsSymbolsExplainedInSentencesAndASymbolNamedInParentheses() {
		// The job's vocabulary knows such sentences by its text rules; here exactly the four meanings.
		java.util.Set<String> sentences = java.util.Set.of("betyder att kontrollen är genomförd enligt plan",
				"att kontrollen är påbörjad eller bara delvis genomförd", "att kontrollen inte har genomförts",
				"att kontrollen har utgått efter beslut i nämnden");
		Legend legend = new LegendReader(sentences::contains, Labels.load(null)).read("IKP 2025", Rows.sheet()
			.row("Symbolerna i fjärde kolumnen ska läsas så här: ● betyder att kontrollen är genomförd enligt plan, "
					+ "◐ att kontrollen är påbörjad eller bara delvis genomförd, och ○ att kontrollen inte har genomförts. "
					+ "Ett streck (–) innebär att kontrollen har utgått efter beslut i nämnden.")
			.build().rows().readAll());
		assertThat(legend.tokens()).containsOnly(
				java.util.Map.entry("●", "betyder att kontrollen är genomförd enligt plan"),
				java.util.Map.entry("◐", "att kontrollen är påbörjad eller bara delvis genomförd"),
				java.util.Map.entry("○", "att kontrollen inte har genomförts"),
				java.util.Map.entry("–", "att kontrollen har utgått efter beslut i nämnden"));
		assertThat(legend.rows()).containsExactly(1);
	}

	/** Round 21: the last two symbols joined by "och", one of them a dash. */
	@Test
	void readsADashListedAfterTheOtherSymbolsAsOneMore() {
		java.util.Set<String> sentences = java.util.Set.of("betyder att kontrollen är genomförd utan anmärkning",
				"att den är delvis genomförd", "att den inte är genomförd", "att kontrollen utgår ur planen");
		Legend legend = new LegendReader(sentences::contains, Labels.load(null)).read("IK", Rows.sheet()
			.row("Utfall anges med symbol: ✔ betyder att kontrollen är genomförd utan anmärkning, ◐ att den är delvis "
					+ "genomförd, ✖ att den inte är genomförd och — att kontrollen utgår ur planen.")
			.build().rows().readAll());
		assertThat(legend.tokens()).containsOnly(
				java.util.Map.entry("✔", "betyder att kontrollen är genomförd utan anmärkning"),
				java.util.Map.entry("◐", "att den är delvis genomförd"), java.util.Map.entry("✖", "att den inte är genomförd"),
				java.util.Map.entry("—", "att kontrollen utgår ur planen"));
	}

	@Test
	void readsABlockOfEmojiBesideTheirMeaningUnderALegendHeading() {
		Legend legend = reader.read("IK", Rows.sheet()
			.row(null, null, "Legend")
			.row(null, null, "✅", "Done / genomförd")
			.row(null, null, "⚠️", "Partly / delvis")
			.row(null, null, "➖", "N/A – utgår")
			.build().rows().readAll());
		assertThat(legend.meaning("⚠")).contains("Partly / delvis");
		assertThat(legend.meaning("➖")).contains("N/A – utgår");
		assertThat(legend.rows()).containsExactlyInAnyOrder(1, 2, 3, 4);
	}

	@Test
	void readsColouredCellsBesideAWord() {
		Legend legend = reader.read("IK", Rows.sheet()
			.row("Förklaring:")
			.cells(filled(3, "", "00B050"), filled(4, "Genomförd", null))
			.cells(filled(3, "", "FFC000"), filled(4, "Påbörjad / delvis genomförd", null))
			.build().rows().readAll());
		assertThat(legend.colours()).containsEntry("00B050", "Genomförd")
			.containsEntry("FFC000", "Påbörjad / delvis genomförd");
	}

	/** Round 20: the scale explained in the report's opening paragraph. */
	@Test
	void readsCodesSaidToMeanAStatusInASentence() {
		Legend legend = reader.read("Dokumentets text", Rows.sheet()
			.row("Varje kontrollmoment bedöms på en skala från 1 till 3, där 1 betyder genomförd utan anmärkning, 2 betyder "
					+ "genomförd med anmärkning (avvikelse konstaterad) och 3 betyder ej genomförd. Kontrollerna redovisas "
					+ "per process.")
			.build().rows().readAll());
		assertThat(legend.tokens()).containsExactly(java.util.Map.entry("1", "genomförd utan anmärkning"),
				java.util.Map.entry("2", "genomförd med anmärkning"), java.util.Map.entry("3", "ej genomförd"));
	}

	/** Round 594: "skalan 1–3, där 1 = …": the code after "där" is the code, the word leads the sentence to it. */
	@Test
	void readsTheCodeAfterWhereInAScalesSentenceAsTheCodeAlone() {
		Legend legend = reader.read("Dokumentets text", Rows.sheet()
			.row("Bedömningen anges enligt skalan 1–3, där 1 = genomförd, 2 = delvis genomförd och 3 = ej genomförd.")
			.build().rows().readAll());
		assertThat(legend.tokens()).containsExactly(java.util.Map.entry("1", "genomförd"),
				java.util.Map.entry("2", "delvis genomförd"), java.util.Map.entry("3", "ej genomförd"));
	}

	@Test
	void takesNoSentenceSayingWhatAWordMeansForALegend() {
		Legend legend = reader.read("Dokumentets text", Rows.sheet()
			.row("Det betyder att kontrollen är genomförd. Det innebär att inget mer behövs.")
			.build().rows().readAll());
		assertThat(legend.isEmpty()).isTrue();
	}

	/** Round 60: the word written in a cell of its own colour, along the label's row. */
	@Test
	void readsColouredWordsAlongALegendLabelsRow() {
		Legend legend = reader.read("Helår 2025", Rows.sheet()
			.cells(filled(0, "Färgförklaring:", null), filled(1, "Genomförd", "00B050"),
					filled(2, "Delvis genomförd / pågår", "FFFF00"), filled(3, "Ej genomförd", "FF0000"),
					filled(4, "Utgår", "A6A6A6"))
			.build().rows().readAll());
		assertThat(legend.colours()).containsExactly(java.util.Map.entry("00B050", "Genomförd"),
				java.util.Map.entry("FFFF00", "Delvis genomförd / pågår"), java.util.Map.entry("FF0000", "Ej genomförd"),
				java.util.Map.entry("A6A6A6", "Utgår"));
		assertThat(legend.rows()).containsExactly(1);
	}

	/** Round 116: a half-filled circle under a legend of the other half filled is the same sign. */
	@Test
	void readsAHalfFilledCircleWhicheverHalfIsFilled() {
		Legend legend = reader.read("KFN", Rows.sheet()
			.row("● Genomförd   ◐ Påbörjad / delvis genomförd   ○ Ej påbörjad")
			.build().rows().readAll());
		assertThat(legend.meaning("◑")).contains("Påbörjad / delvis genomförd");
	}

	/** Round 125: a scale as a table of its own on another sheet, a code and its meaning on each row. */
	@Test
	void readsAScaleWrittenAsATableOfCodesAndMeanings() {
		Legend legend = reader.read("Skala", Rows.sheet()
			.row("Bedömningsskala för uppföljning av internkontrollplanen")
			.row()
			.row("Värde", "Innebörd", "Beskrivning")
			.row("1", "Ej genomförd", "Kontrollen har inte utförts under perioden.")
			.row("2", "Delvis genomförd", "Kontrollen är påbörjad eller utförd för en del av perioden.")
			.row("3", "Genomförd", "Kontrollen är utförd enligt plan.")
			.build().rows().readAll());
		assertThat(legend.tokens()).containsExactly(java.util.Map.entry("1", "Ej genomförd"),
				java.util.Map.entry("2", "Delvis genomförd"), java.util.Map.entry("3", "Genomförd"));
	}

	/** Numbered controls with their statuses are no scale, though each row has a short number and a status. */
	@Test
	void readsNoScaleFromNumberedControlsWithTheirStatuses() {
		Legend legend = reader.read("IK", Rows.sheet()
			.row("1", "Attest av leverantörsfakturor enligt attestordningen", "Genomförd")
			.row("2", "Avtalstrohet vid inköp av förbrukningsmaterial", "Delvis genomförd")
			.row("3", "Delegationsbeslut anmäls till nämnden", "Ej genomförd")
			.build().rows().readAll());
		assertThat(legend.tokens()).isEmpty();
	}

	/** Round 113: two words for one code, parted by a slash, each its own code with the meaning. */
	/** Round 134: abbreviations with their full stops explained in a paragraph under a Word table. */
	@Test
	void readsAbbreviationsEndingInAFullStopAsCodes() {
		Legend legend = reader.read("Tabell 1", Rows.sheet()
			.row("Förklaring status: Klar = genomförd, Påg. = pågående, Ej påb = ej påbörjad, Ej akt. = ej aktuell.")
			.build()
			.rows()
			.readAll());
		assertThat(legend.meaning("Påg.")).contains("pågående");
		assertThat(legend.meaning("Ej akt.")).contains("ej aktuell");
		assertThat(legend.meaning("Klar")).contains("genomförd");
	}

	@Test
	void readsWordsPartedBySlashesAsCodesOfOneMeaning() {
		Legend legend = reader.read("IKP 2025", Rows.sheet()
			.row("Statusvärden: Ja = genomförd, Delvis/Pågår = påbörjad, Nej = ej genomförd")
			.build().rows().readAll());
		assertThat(legend.tokens()).containsExactly(java.util.Map.entry("ja", "genomförd"),
				java.util.Map.entry("delvis", "påbörjad"), java.util.Map.entry("pågår", "påbörjad"),
				java.util.Map.entry("nej", "ej genomförd"));
	}

	/** Round 113: a label naming what it explains, merged over two cells, before the coloured words. */
	@Test
	void readsColouredWordsAfterALongerLabelMergedOverTwoCells() {
		Legend legend = reader.read("Internkontroll T2", Rows.sheet()
			.cells(new RawCell(0, "Färgförklaring status:", null, false, true, false),
					new RawCell(1, "Färgförklaring status:", null, false, true, false), filled(2, "Genomförd", "00B050"),
					filled(3, "Pågår / delvis", "FFFF00"), filled(4, "Utgår", "A6A6A6"))
			.build().rows().readAll());
		assertThat(legend.colours()).containsExactly(java.util.Map.entry("00B050", "Genomförd"),
				java.util.Map.entry("FFFF00", "Pågår / delvis"), java.util.Map.entry("A6A6A6", "Utgår"));
	}

	@Test
	void readsColouredWordsDownTheRowsUnderALegendLabel() {
		Legend legend = reader.read("IK", Rows.sheet()
			.row("Förklaring")
			.cells(filled(0, "Genomförd", "00B050"))
			.cells(filled(0, "Ej genomförd", "FF0000"))
			.build().rows().readAll());
		assertThat(legend.colours()).containsExactly(java.util.Map.entry("00B050", "Genomförd"),
				java.util.Map.entry("FF0000", "Ej genomförd"));
		assertThat(legend.rows()).containsExactlyInAnyOrder(1, 2, 3);
	}

	/** Round 65: under the label, each word with an empty cell of its colour a few columns on. */
	@Test
	void readsWordsBesideEmptyCellsOfTheirColourUnderALegendLabel() {
		Legend legend = reader.read("Internkontroll 2025", Rows.sheet()
			.cells(filled(1, "Färgförklaring:", null))
			.cells(filled(2, "Genomförd", null), filled(4, "", "00B050"))
			.cells(filled(2, "Utgår", null), filled(4, "", "A6A6A6"))
			.build().rows().readAll());
		assertThat(legend.colours()).containsExactly(java.util.Map.entry("00B050", "Genomförd"),
				java.util.Map.entry("A6A6A6", "Utgår"));
	}

	/** Round 2: the legend says what a cell left without colour means. */
	@Test
	void readsWhatACellWithoutColourMeans() {
		Legend legend = reader.read("Uppföljning 2025", Rows.sheet()
			.row("Förklaring:")
			.cells(filled(0, "", "00B050"), filled(1, "Genomförd", null))
			.cells(filled(0, "", "FF0000"), filled(1, "Ej genomförd", null))
			.row("Ingen färg = ej rapporterad")
			.build().rows().readAll());
		assertThat(legend.namesNoColour()).isTrue();
	}

	/** Round 447: "Ej påbörjad (ingen färg)" under the swatches, its meaning first: the legend's line for no colour. */
	@Test
	void readsWhatACellWithoutColourMeansWrittenBeforeTheWordsNoColour() {
		Legend legend = reader.read("IK T1 2025", Rows.sheet()
			.cells(filled(1, "Förklaring status:", null))
			.cells(filled(1, "", "00B050"), filled(2, "Genomförd utan avvikelse", null))
			.cells(filled(1, "", "FFC000"), filled(2, "Pågår / delvis genomförd", null))
			.cells(filled(1, "", "FF0000"), filled(2, "Genomförd – avvikelse konstaterad", null))
			.cells(filled(2, "Ej påbörjad (ingen färg)", null))
			.build().rows().readAll());
		assertThat(legend.noColourMeaning()).contains("Ej påbörjad");
		assertThat(legend.rows()).containsExactlyInAnyOrder(1, 2, 3, 4, 5);
		assertThat(legend.describe()).contains("ingen färg = Ej påbörjad");
	}

	/** A tick table's header may colour its status headings: without a legend label they are no legend. */
	@Test
	void takesNoColouredStatusWordsWithoutALegendLabelForALegend() {
		Legend legend = reader.read("IK", Rows.sheet()
			.cells(filled(0, "Kontrollmoment", null), filled(1, "Genomförd", "00B050"), filled(2, "Ej genomförd", "FF0000"))
			.build().rows().readAll());
		assertThat(legend.isEmpty()).isTrue();
	}

	/** Round 49: each swatch with its colour's name, then what it means. */
	@Test
	void readsColouredCellsBesideTheirColoursNameAndMeaning() {
		Legend legend = reader.read("Läs först", Rows.sheet()
			.row("Status anges med färg i kolumnerna Delår och Helår.")
			.cells(filled(0, "", "00B050"), filled(1, "Grön", null), filled(2, "Genomförd", null))
			.cells(filled(0, "", "FFFF00"), filled(1, "Gul", null), filled(2, "Delvis genomförd", null))
			.cells(filled(0, "", "FF0000"), filled(1, "Röd", null), filled(2, "Ej genomförd", null))
			.build().rows().readAll());
		assertThat(legend.colours()).containsEntry("00B050", "Genomförd").containsEntry("FFFF00", "Delvis genomförd")
			.containsEntry("FF0000", "Ej genomförd");
		assertThat(legend.rows()).contains(2, 3, 4);
	}

	/** Round 52: the scale's codes, then a dash named in parentheses, in a footnote under the table. */
	@Test
	void readsASymbolNamedInParenthesesAmongCodes() {
		java.util.Set<String> meanings = java.util.Set.of("Genomförd utan anmärkning", "Delvis genomförd",
				"Ej genomförd", "kontrollen ej aktuell 2025");
		Legend legend = new LegendReader(meanings::contains, Labels.load(null)).read("Helår 2025", Rows.sheet()
			.row("¹ Bedömning: 1 = Genomförd utan anmärkning, 3 = Delvis genomförd, 4 = Ej genomförd. Streck (–) = "
					+ "kontrollen ej aktuell 2025.")
			.build().rows().readAll());
		assertThat(legend.meaning("–")).contains("kontrollen ej aktuell 2025");
		assertThat(legend.meaning("1")).contains("Genomförd utan anmärkning");
	}

	@Test
	void readsCodesInParenthesesBeforeTheirEqualsSigns() {
		Legend legend = reader.read("Dokumentets text", Rows.sheet()
			.row("Statuskoder i rapporten: (G) = Genomförd, (D) = Delvis genomförd, (E) = Ej genomförd.")
			.build().rows().readAll());
		assertThat(legend.tokens()).containsEntry("g", "Genomförd").containsEntry("d", "Delvis genomförd")
			.containsEntry("e", "Ej genomförd");
	}

	@Test
	void isNoLegendWhenTheMeaningsAreNoStatuses() {
		Legend legend = reader.read("IK", Rows.sheet()
			.row("Summa = 11, Nr = löpnummer")
			.row("1", "Attest av fakturor")
			.build().rows().readAll());
		assertThat(legend.isEmpty()).isTrue();
	}
	@Test
	void readsCodesExplainedInParenthesesInASentence() {
		Legend legend = reader.read("Dokumentets text", Rows.sheet()
			.row("Bedömningen anges med 1 (genomförd), 2 (delvis genomförd) eller 3 (ej genomförd).")
			.build().rows().readAll());
		assertThat(legend.tokens()).containsExactly(java.util.Map.entry("1", "genomförd"),
				java.util.Map.entry("2", "delvis genomförd"), java.util.Map.entry("3", "ej genomförd"));
	}

	@Test
	void readsCodesWithADashOnePerLine() {
		Legend legend = reader.read("Anvisning", Rows.sheet()
			.row("Ange bedömning med en kod i kolumnen Bedömning:")
			.row("A – Genomförd enligt plan")
			.row("B – Påbörjad / delvis genomförd")
			.row("C – Ej genomförd")
			.build().rows().readAll());
		assertThat(legend.tokens()).containsExactly(java.util.Map.entry("a", "Genomförd enligt plan"),
				java.util.Map.entry("b", "Påbörjad / delvis genomförd"), java.util.Map.entry("c", "Ej genomförd"));
	}
	/** Round 145: symbols set apart by two spaces, the dash for "utgår" last. */
	@Test
	void readsADashListedAfterTwoSpacesAsACodeOfItsOwn() {
		Legend legend = reader.read("Dokumentets text", Rows.sheet()
			.row("✔ genomförd  ◑ påbörjad/delvis genomförd  ✘ ej genomförd  — utgår")
			.build().rows().readAll());
		assertThat(legend.meaning("✘")).contains("ej genomförd");
		assertThat(legend.meaning("—")).contains("utgår");
	}

	/** Round 145: an instruction sheet's "Statusvärden" over each drop-down value and what it means. */
	@Test
	void readsTheStatusValuesExplainedUnderAStatusvardenHeading() {
		Legend legend = new LegendReader(text -> text.matches("(?i).*(genomförd|påbörjad|påbörjats).*"),
				Labels.load(null)).read("Instruktion", Rows.sheet()
			.row("Statusvärden")
			.row("Klar", "Kontrollen är genomförd för perioden.")
			.row("Pågår", "Kontrollen är påbörjad men inte slutförd.")
			.row("Ej påbörjad", "Kontrollen har inte påbörjats.")
			.build().rows().readAll());
		assertThat(legend.tokens()).containsOnlyKeys("klar", "pågår", "ej påbörjad");
		assertThat(legend.rows()).containsExactlyInAnyOrder(1, 2, 3, 4);
	}

	@Test
	void readsATableOfStatusWordsAndTheSentencesExplainingThemUnderItsHeading() {
		Legend legend = new LegendReader(text -> text.matches("(?i).*(genomförd|påbörjad|utgår ur planen).*"),
				Labels.load(null)).read("Instruktion", Rows.sheet()
			.row("Status", "Innebörd")
			.row("Utförd enl. plan", "Kontrollen är genomförd enligt planen. Avvikelser anges i kolumnen Avvikelse.")
			.row("Åtgärd pågår", "Kontrollen är påbörjad men inte slutförd")
			.row("Kontroll ersatt", "Kontrollen har efter nämndbeslut ersatts av annan kontroll och utgår ur planen")
			.build().rows().readAll());
		assertThat(legend.tokens()).containsExactly(
				java.util.Map.entry("utförd enl. plan", "Kontrollen är genomförd enligt planen."),
				java.util.Map.entry("åtgärd pågår", "Kontrollen är påbörjad men inte slutförd"),
				java.util.Map.entry("kontroll ersatt",
						"Kontrollen har efter nämndbeslut ersatts av annan kontroll och utgår ur planen"));
		assertThat(legend.rows()).containsExactlyInAnyOrder(1, 2, 3, 4);
	}

	@Test
	void readsNoLegendFromAFormsAnswerInTickBoxes() {
		Legend legend = reader.read("Tabell 1", Rows.sheet()
			.row("Genomförd", "☒ Ja   ☐ Delvis   ☐ Nej")
			.row("Avvikelse konstaterad", "☐ Ja   ☒ Nej")
			.build().rows().readAll());
		assertThat(legend.isEmpty()).isTrue();
	}

	/** Round 437: boxes ticked two ways, each with its meaning, in the title rows: a legend, no form's answer. */
	@Test
	void readsALegendOfBoxesTickedTwoWays() {
		Legend legend = reader.read("Blad1", Rows.sheet()
			.row("Uppföljning internkontroll, tertial 1 2025")
			.row("☑ utförd utan anmärkning ☒ utförd, brister noterade ☐ ej utförd")
			.build().rows().readAll());
		assertThat(legend.meaning("☒")).contains("utförd, brister noterade");
		assertThat(legend.meaning("☐")).contains("ej utförd");
		assertThat(legend.rows()).containsExactly(2);
	}

	/**
	 * Round 106: a legend sheet, a code beside its meaning a row each; a long instruction in parentheses is no part
	 * of a meaning, and a risk scale's "1 (osannolik) – 4 (mycket sannolik)" is no status for its dash.
	 */
	@Test
	void readsCodesBesideMeaningsOnALegendSheetUnderARiskScale() {
		Legend legend = reader.read("Förklaring", Rows.sheet()
			.row("Förklaringar")
			.row()
			.row("Riskbedömning")
			.row("S", "Sannolikhet, 1 (osannolik) – 4 (mycket sannolik)")
			.row("K", "Konsekvens, 1 (försumbar) – 4 (allvarlig)")
			.row("RV", "Riskvärde = S × K")
			.row()
			.row("Status (T1, Delår, Helår)")
			.row("1", "Genomförd – inga avvikelser")
			.row("2", "Genomförd – avvikelser noterade (beskriv dem i kommentaren och ange åtgärd)")
			.row("3", "Ej genomförd")
			.row("P", "Påbörjad, pågår")
			.row("U", "Utgår (ange beslut i kommentar)")
			.build().rows().readAll());
		assertThat(legend.tokens()).containsExactly(java.util.Map.entry("1", "Genomförd – inga avvikelser"),
				java.util.Map.entry("2", "Genomförd – avvikelser noterade"), java.util.Map.entry("3", "Ej genomförd"),
				java.util.Map.entry("p", "Påbörjad, pågår"), java.util.Map.entry("u", "Utgår"));
	}

	/** Round 106: a document's legend after its table, a paragraph per sign under a heading saying what it explains. */
	@Test
	void readsASignAndItsMeaningInEachParagraphUnderANamedLegendHeading() {
		Legend legend = reader.read("Dokumentets text", Rows.sheet()
			.row("Teckenförklaring, bedömning:")
			.row("+ genomförd utan anmärkning")
			.row("(+) genomförd med anmärkning")
			.row("½ delvis genomförd")
			.row("– ej genomförd")
			.row("0 utgår")
			.row("Vindelsjö den 9 september 2025")
			.build().rows().readAll());
		assertThat(legend.tokens()).containsExactly(java.util.Map.entry("+", "genomförd utan anmärkning"),
				java.util.Map.entry("(+)", "genomförd med anmärkning"), java.util.Map.entry("½", "delvis genomförd"),
				java.util.Map.entry("–", "ej genomförd"), java.util.Map.entry("0", "utgår"));
		assertThat(legend.rows()).containsExactlyInAnyOrder(1, 2, 3, 4, 5, 6);
	}

	/** Without a heading a sign's line needs its meaning set apart by a tab or spaces, as a legend's column is. */
	@Test
	void readsSignsSetApartFromTheirMeaningsByTabsWithoutAHeading() {
		Legend legend = reader.read("Dokumentets text", Rows.sheet()
			.row("Vi har gått igenom samtliga kontroller.")
			.row("+\tgenomförd")
			.row("½\tdelvis genomförd")
			.row("– ej genomförd")
			.build().rows().readAll());
		assertThat(legend.tokens()).containsExactly(java.util.Map.entry("+", "genomförd"),
				java.util.Map.entry("½", "delvis genomförd"));
	}

	/**
	 * Round 179: a scale whose meanings go on about what was found, one line each, and a risk matrix's levels under
	 * it: the scale's words are its codes, the risk levels none.
	 */
	@Test
	void readsAScaleByTheFirstClauseOfLongMeaningsAndNoRiskLevelsAsStatuses() {
		Legend legend = reader.read("Instruktion", Rows.sheet()
			.row("Bedömningsskala")
			.row("God = Genomförd, inga brister noterade.")
			.row("Acceptabel = Genomförd, mindre brister noterade som åtgärdas inom verksamheten under året.")
			.row("Bristfällig = Genomförd, väsentliga brister noterade – åtgärdsplan krävs och redovisas för nämnden.")
			.row("Ej bedömd = Ej genomförd.")
			.row()
			.row("1–4 = låg risk (grön), 6–9 = medelhög risk (gul), 12–16 = hög risk (röd).")
			.build().rows().readAll());
		assertThat(legend.tokens()).containsOnlyKeys("god", "acceptabel", "bristfällig", "ej bedömd");
		assertThat(legend.tokens()).containsEntry("acceptabel",
				"Genomförd, mindre brister noterade som åtgärdas inom verksamheten under året");
	}

	/**
	 * Round 233: a follow-up table of numbered controls, "2.1 | Pågår", "3.1 | Ej genomförd", "3.2 | Genomförd", under
	 * rows that repeat a status: the controls' statuses, no scale of codes.
	 */
	@Test
	void readsNoScaleFromNumberedControlsThatRepeatAStatus() {
		Legend legend = reader.read("Tabell 2", Rows.sheet()
			.row("Nr", "Status delår", "Kommentar")
			.row("1.1", "Genomförd", "Inga avvikelser i stickprov om 30 beslut.")
			.row("1.2", "Genomförd", "Kvitton saknades för två brukare.")
			.row("2.1", "Pågår", "Genomgång av 8 av 15 utredningar klar.")
			.row("3.1", "Ej genomförd", "Flyttas till hösten.")
			.row("3.2", "Genomförd", "12 delegeringar saknade förnyelse.")
			.build().rows().readAll());
		assertThat(legend.isEmpty()).isTrue();
	}

	/** Round 397: empty coloured cells each before its status word, along a row opened by a label of its own name. */
	@Test
	void readsSwatchesBeforeTheirWordsAfterAnyShortLabel() {
		Legend legend = reader.read("Tertial 2", Rows.sheet()
			.cells(RawCell.of(0, "Bedömning:"), filled(1, "", "00B050"), RawCell.of(2, "Utförd, inga brister"),
					filled(3, "", "FFFF00"), RawCell.of(4, "Utförd, brister noterade"), filled(5, "", "FFC000"),
					RawCell.of(6, "Pågår"), filled(7, "", "FF0000"), RawCell.of(8, "Ej utförd"))
			.build().rows().readAll());
		assertThat(legend.colours()).containsExactly(java.util.Map.entry("00B050", "Utförd, inga brister"),
				java.util.Map.entry("FFFF00", "Utförd, brister noterade"), java.util.Map.entry("FFC000", "Pågår"),
				java.util.Map.entry("FF0000", "Ej utförd"));
		assertThat(legend.rows()).containsExactly(1);
	}

	/** Round 412: codes explained in brackets in a sentence, one of them a negated code ("Ej OK (…)"). */
	@Test
	void readsANegatedCodeExplainedInBrackets() {
		java.util.Set<String> sentences = java.util.Set.of("kontrollen genomförd", "kontrollen inte avslutad");
		Legend legend = new LegendReader(sentences::contains, Labels.load(null)).read("Dokumentets text", Rows.sheet()
			.row("För varje kontrollpunkt redovisas nedan kontrollaktivitet, resultat och status. Status anges som OK "
					+ "(kontrollen genomförd, inga brister), Ej OK (kontrollen genomförd, brister konstaterade) eller "
					+ "Pågår (kontrollen inte avslutad).")
			.build().rows().readAll());
		assertThat(legend.tokens()).containsEntry("ok", "kontrollen genomförd, inga brister")
			.containsEntry("ej ok", "kontrollen genomförd, brister konstaterade");
	}

	/** Round 524: a question mark is a symbol of a line of symbols, its meaning two words joined by a slash. */
	@Test
	void readsAQuestionMarkAsASymbolOfTheLegend() {
		Legend legend = reader.read("Dokumentets text", Rows.sheet()
			.row("Symboler:   ✓  genomförd      ✗  ej genomförd      ?  pågår/delvis genomförd"
					+ "      –  ej aktuellt/utgår")
			.build().rows().readAll());
		assertThat(legend.tokens()).containsEntry("?", "pågår/delvis genomförd");
	}

	/**
	 * Round 528: colours named in cells of their colours under a legend's label, "Orange" as longer a name than the
	 * others: one entry of the block like them, not a control under the table.
	 */
	@Test
	void readsALongerColourNameAmongTheShorterOnesOfItsBlock() {
		Legend legend = reader.read("Uppföljning helår", Rows.sheet()
			.cells(RawCell.of(0, "Teckenförklaring status:"))
			.cells(filled(1, "Grön", "00FF00"), RawCell.of(2, "Genomförd"))
			.cells(filled(1, "Gul", "FFFF00"), RawCell.of(2, "Genomförd med avvikelse"))
			.cells(filled(1, "Orange", "FF9900"), RawCell.of(2, "Delvis genomförd"))
			.cells(filled(1, "Röd", "FF0000"), RawCell.of(2, "Ej genomförd"))
			.build().rows().readAll());
		assertThat(legend.tokens()).containsEntry("orange", "Delvis genomförd")
			.containsEntry("röd", "Ej genomförd");
		assertThat(legend.rows()).containsExactlyInAnyOrder(1, 2, 3, 4, 5);
	}

	/** Round 132: a shaded label beside its value ("Status | Genomförd") in a table of one control is no legend. */
	@Test
	void readsNoLegendFromShadedLabelsBesideTheirValues() {
		Legend legend = reader.read("Tabell 1", Rows.sheet()
			.cells(filled(0, "Status", "D9D9D9"), RawCell.of(1, "Genomförd"))
			.cells(filled(0, "Avvikelse", "D9D9D9"), RawCell.of(1, "Nej"))
			.build().rows().readAll());
		assertThat(legend.isEmpty()).isTrue();
	}

	/** Round 548: a summary counting the controls per colour word, what each means beside it, is the legend too. */
	@Test
	void readsASummaryOfCountsPerStatusAsTheLegend() {
		Legend legend = reader.read("Sammanfattning", Rows.sheet()
			.row("Bedömning", "Förklaring", "Antal kontroller")
			.cells(filled(0, "Grön", "92D050"), filled(1, "Kontroll genomförd, inga avvikelser", null),
					filled(2, "5", null))
			.cells(filled(0, "Gul", "FFFF00"), filled(1, "Kontroll genomförd, avvikelser noterade", null),
					filled(2, "3", null))
			.cells(filled(0, "Röd", "FF0000"), filled(1, "Kontroll ej genomförd", null), filled(2, "1", null))
			.row("Totalt", null, "9")
			.build().rows().readAll());
		assertThat(legend.meaning("Gul")).contains("Kontroll genomförd, avvikelser noterade");
		assertThat(legend.rows()).containsExactlyInAnyOrder(1, 2, 3, 4);
	}

	/** Round 571: a colour's meaning ending in a bracket, the next colour's sentence after it. */
	@Test
	void endsAMeaningAtTheSentenceAfterItsBracket() {
		// The job's vocabulary knows such sentences by its text rules; here by their words for a status.
		Vocabulary sentences = text -> text.contains("genomförd") || text.contains("pågår");
		Legend legend = new LegendReader(sentences, Labels.load(null)).read("IK", Rows.sheet()
			.row("Färgkod: Grön – kontrollen genomförd utan anmärkning. Gul – kontrollen pågår eller är genomförd med "
					+ "anmärkning (se notering). Röd – kontrollen ej genomförd.")
			.build().rows().readAll());
		assertThat(legend.meaning("Röd")).contains("kontrollen ej genomförd");
		assertThat(legend.meaning("Gul")).get().asString().startsWith("kontrollen pågår eller är genomförd med anmärkning");
	}
}
