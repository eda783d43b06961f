package se.ikkonsolidering.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;

/** Plan and follow-up on two sheets of one file, the follow-up naming each control by its number only. */
class NumberedFollowUpTests {

	private final SheetReader reader = StatusWordsForTests.reader();

	private final SheetReading plan = reader.read(Rows.sheet()
		.row("Nr", "Process", "Risk", "Kontrollmoment", "Uppföljning")
		.row("1", "Investeringar", "Projekt startas utan budget", "Kontroll att investeringsprojekt har en godkänd budget",
				"Helår")
		.row("2", "VA-debitering", "Felaktig debitering", "Kontroll att VA-taxan debiteras korrekt mot mätaravläsningar",
				"Helår")
		.row("3", "Renhållning", "Tjänster faktureras inte", "Kontroll att avgifter för slamtömning faktureras", "Helår")
		.build(), Legend.NONE);

	@Test
	void readsTheFollowUpWithThePlansTextsAndKeepsAControlItLeavesOutAsNotReported() {
		SheetReading joined = NumberedFollowUp.read(reader, Rows.sheet()
			.row("Nr", "Process", "Helår", "Resultat")
			.row("1", "Investeringar", "Genomförd", "Samtliga elva projekt hade beslutad budget.")
			.row("2", "VA-debitering", "Delvis genomförd", "Två abonnenter debiterades efter schablon.")
			.build(), plan, Legend.NONE).orElseThrow();

		assertThat(joined.controls()).extracting(c -> c.value(Field.ID), c -> c.value(Field.KONTROLLMOMENT),
				c -> c.value(Field.STATUS), ControlRow::sheet)
			.containsExactly(tuple("1", "Kontroll att investeringsprojekt har en godkänd budget", "Genomförd", "Uppföljning"),
					tuple("2", "Kontroll att VA-taxan debiteras korrekt mot mätaravläsningar", "Delvis genomförd",
							"Uppföljning"),
					tuple("3", "Kontroll att avgifter för slamtömning faktureras", "", "Uppföljning"));
		assertThat(joined.controls().get(2).value(Field.RESULTAT)).isEmpty();
	}

	/** Round 117: "SN 04" in the summary is the plan's "SN-04". */
	@Test
	void takesANumberWrittenWithASpaceForTheSameWrittenWithADash() {
		SheetReading dashed = reader.read(Rows.sheet()
			.row("ID", "Process", "Kontrollmoment")
			.row("SN-01", "Ekonomiskt bistånd", "Stickprov av 20 utbetalningar av ekonomiskt bistånd mot beslut")
			.row("SN-04", "LSS", "Kontroll att LSS-beslut verkställs inom tre månader")
			.build(), Legend.NONE);
		SheetReading joined = NumberedFollowUp.read(reader, Rows.sheet()
			.row("Kontroll-ID", "Status helår", "Kommentar")
			.row("SN 04", "Genomförd", "")
			.row("SN-01", "Delvis genomförd", "Två utbetalningar saknade beslut.")
			.build(), dashed, Legend.NONE).orElseThrow();
		assertThat(joined.controls()).extracting(c -> c.value(Field.KONTROLLMOMENT), c -> c.value(Field.STATUS))
			.containsExactly(tuple("Kontroll att LSS-beslut verkställs inom tre månader", "Genomförd"),
					tuple("Stickprov av 20 utbetalningar av ekonomiskt bistånd mot beslut", "Delvis genomförd"));
	}

	@Test
	void joinsNothingByAColumnOfScoresThatRepeat() {
		assertThat(NumberedFollowUp.read(reader, Rows.sheet()
			.row("Risk", "Sannolikhet", "Konsekvens")
			.row("Projekt startas utan budget", "3", "3")
			.row("Felaktig debitering", "2", "3")
			.row("Tjänster faktureras inte", "3", "2")
			.build(), plan, Legend.NONE)).isEmpty();
	}

	/**
	 * Round 233: "Övrigt" under the numbers, with no text of the plan's: what else was noted, no control; a number the
	 * plan lacks is still one.
	 */
	@Test
	void leavesOutARowNamedByAWordWhereTheControlsHaveNumbers() {
		SheetReading joined = NumberedFollowUp.read(reader, Rows.sheet()
			.row("Nr", "Status helår", "Kommentar")
			.row("1", "Genomförd", "Samtliga elva projekt hade beslutad budget.")
			.row("2", "Delvis genomförd", "Två abonnenter debiterades efter schablon.")
			.row("4", "Genomförd", "")
			.row("Övrigt", "", "Inga övriga iakttagelser under perioden.")
			.build(), plan, Legend.NONE).orElseThrow();

		assertThat(joined.controls()).extracting(c -> c.value(Field.ID)).containsExactly("1", "2", "4", "3");
	}
}
