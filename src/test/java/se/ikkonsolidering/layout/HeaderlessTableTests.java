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
}
