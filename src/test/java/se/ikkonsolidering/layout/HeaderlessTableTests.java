package se.ikkonsolidering.layout;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A small table without a header row, each row a control and what was found, is read by what its cells hold. */
class HeaderlessTableTests {

	private final SheetReader reader = StatusWordsForTests.reader();

	/** Round 59: a Word table per process, the status after a dash in the control's own cell. */
	@Test
	void takesTheFirstColumnForTheControlAndTheSecondForItsResult() {
		SheetReading reading = reader.read(Rows.sheet()
			.row("Kontroll av att förhandsbedömning av orosanmälan görs inom 14 dagar – Genomförd",
					"Stickprov av 30 anmälningar: 27 inom 14 dagar.")
			.row("Stickprov av 15 utredningar om ekonomiskt bistånd – Delvis genomförd",
					"10 av 15 utredningar granskade, inga brister hittills.")
			.build(), Legend.NONE);
		assertThat(reading.controls()).extracting(c -> c.value(Field.RESULTAT)).containsExactly(
				"Stickprov av 30 anmälningar: 27 inom 14 dagar.", "10 av 15 utredningar granskade, inga brister hittills.");
		assertThat(reading.layout()).get().extracting(l -> l.column(Field.KONTROLLMOMENT)).isEqualTo(java.util.Optional.of(0));
	}

	/** Round 118: a sheet of two columns, a control in a few words and a status word beside it, no header. */
	@Test
	void takesAColumnOfStatusWordsBesideShortControlsForTheStatus() {
		SheetReading reading = reader.read(Rows.sheet()
			.row("Delegationsbeslut anmälda till nämnd", "gjort")
			.row("Debitering av tillsynsavgifter enl. taxa", "påbörj.")
			.row("Jävsdeklarationer handläggare", "inte än")
			.row("Attest leverantörsfakturor", "Gjort")
			.build(), Legend.NONE);
		assertThat(reading.controls()).extracting(c -> c.value(Field.KONTROLLMOMENT), c -> c.value(Field.STATUS))
			.containsExactly(org.assertj.core.groups.Tuple.tuple("Delegationsbeslut anmälda till nämnd", "gjort"),
					org.assertj.core.groups.Tuple.tuple("Debitering av tillsynsavgifter enl. taxa", "påbörj."),
					org.assertj.core.groups.Tuple.tuple("Jävsdeklarationer handläggare", "inte än"),
					org.assertj.core.groups.Tuple.tuple("Attest leverantörsfakturor", "Gjort"));
	}

	@Test
	void readsNoControlFromAListOfOneColumn() {
		assertThat(reader.read(Rows.sheet()
			.row("Fyll i status för varje kontrollmoment i kolumnen Status.")
			.row("Skicka filen till ekonomiavdelningen senast den 23 januari.")
			.build(), Legend.NONE).controls()).isEmpty();
	}

	/** A verksamhetsberättelse's key figures beside its controls: counts and shares report no control. */
	@Test
	void readsNoControlFromATableOfKeyFigures() {
		assertThat(reader.read(Rows.sheet()
			.row("Andel beslut om försörjningsstöd inom lagstadgad tid", "92 %")
			.row("Antal hushåll med ekonomiskt bistånd i december", "1 245")
			.row("Nettokostnad för ekonomiskt bistånd per invånare, kr", "2 310")
			.build(), Legend.NONE).controls()).isEmpty();
	}

	/** Round 216: a row number before each control, a terse status and a comment, and "–" where nothing was written. */
	@Test
	void takesARowNumberBeforeTheControlsForTheirNumbers() {
		SheetReading reading = reader.read(Rows.sheet()
			.row("1", "Rektorernas attest av fakturor följer attestordningen", "klart", "Stickprov 25 fakturor")
			.row("2", "Ansökningar om statsbidrag görs i tid", "ok")
			.row("3", "Frånvarorapportering i fritidshem", "–")
			.build(), Legend.NONE);
		assertThat(reading.controls()).extracting(c -> c.value(Field.ID), c -> c.value(Field.KONTROLLMOMENT),
				c -> c.value(Field.STATUS), c -> c.value(Field.RESULTAT))
			.containsExactly(
					org.assertj.core.groups.Tuple.tuple("1", "Rektorernas attest av fakturor följer attestordningen", "klart",
							"Stickprov 25 fakturor"),
					org.assertj.core.groups.Tuple.tuple("2", "Ansökningar om statsbidrag görs i tid", "ok", ""),
					org.assertj.core.groups.Tuple.tuple("3", "Frånvarorapportering i fritidshem", "–", ""));
	}

	/**
	 * Round 296: a sheet without a header row, the controls under short process lines, who answers for each before
	 * its status word and a comment after, and a line of who compiled it below a blank row.
	 */
	@Test
	void readsAStatusPastTheResponsibleColumnAndTakesLinesAloneForProcessHeadings() {
		SheetReading reading = reader.read(Rows.sheet()
			.row("Myndighetsutövning")
			.row("Kontroll att utredningar inom barn och unga avslutas inom fyra månader", "Enhetschef IFO", "genomförd",
					"18 av 20 utredningar avslutade i tid.")
			.row("Loggkontroll i verksamhetssystemet Lifecare", "Systemförvaltare", null, "Ej genomförd, systembyte.")
			.row("Ekonomi")
			.row("Kontroll av utbetalningar av ekonomiskt bistånd mot beslut", "Enhetschef", "delvis")
			.row((String) null)
			.row("Sammanställt 2026-01-15 /Anna Berg, kvalitetsstrateg")
			.build(), Legend.NONE);
		assertThat(reading.controls()).extracting(ControlRow::row, c -> c.value(Field.PROCESS), c -> c.value(Field.STATUS),
				c -> c.value(Field.RESULTAT))
			.containsExactly(
					org.assertj.core.groups.Tuple.tuple(2, "Myndighetsutövning", "genomförd", "18 av 20 utredningar avslutade i tid."),
					org.assertj.core.groups.Tuple.tuple(3, "Myndighetsutövning", "", "Ej genomförd, systembyte."),
					org.assertj.core.groups.Tuple.tuple(5, "Ekonomi", "delvis", ""));
	}

	/**
	 * Round 296: a Word table without a header row whose third control opens with a heading's word ("Uppföljning av
	 * …") beside a status word and a sentence: a row like those around it, no header.
	 */
	@Test
	void takesNoControlRowOpeningWithAHeadingsWordForAHeader() {
		SheetReading reading = reader.read(Rows.sheet()
			.row("Kontroll av att entreprenadfakturor stämmer mot avtal och ÄTA-beslut", "Ja",
					"Sex fakturor granskade. En ÄTA saknade skriftligt beslut.")
			.row("Kontroll av fordonsbränsle – tankkort mot körjournal", "Ja", "Inga avvikelser.")
			.row("Uppföljning av egenkontroll i kommunens tillagningskök", "Delvis", "Genomfört i 5 av 9 kök.")
			.row("Kontroll av att arbetsmiljöronder genomförts på VA-verket", "Nej",
					"Ej genomförd på grund av personalbrist, flyttas till 2026.")
			.row("Avstämning av anläggningsregister mot aktiverade projekt", "Ja", "Två projekt var felaktigt aktiverade.")
			.build(), Legend.NONE);
		assertThat(reading.controls()).extracting(ControlRow::row, c -> c.value(Field.STATUS))
			.containsExactly(org.assertj.core.groups.Tuple.tuple(1, "Ja"), org.assertj.core.groups.Tuple.tuple(2, "Ja"),
					org.assertj.core.groups.Tuple.tuple(3, "Delvis"), org.assertj.core.groups.Tuple.tuple(4, "Nej"),
					org.assertj.core.groups.Tuple.tuple(5, "Ja"));
	}
}
