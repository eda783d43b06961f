package se.ikkonsolidering.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class TickBoxesTests {

	@Test
	void givesTheTickedOptionOfAWordFormsAnswerList() {
		assertThat(TickBoxes.ticked("☐ Ja   ☒ Delvis   ☐ Nej")).contains(List.of("Delvis"));
		assertThat(TickBoxes.ticked("[X] Genomförd / [ ] Ej genomförd")).contains(List.of("Genomförd"));
	}

	@Test
	void givesEveryTickedOptionAndNoneWhenNothingIsTicked() {
		assertThat(TickBoxes.ticked("☒ Ja   ☐ Delvis   ☒ Nej")).contains(List.of("Ja", "Nej"));
		assertThat(TickBoxes.ticked("☐ Ja   ☐ Delvis   ☐ Nej")).contains(List.of());
	}

	@Test
	void saysNothingOfACellThatIsNoListOfBoxes() {
		assertThat(TickBoxes.ticked("☒")).isEmpty();
		// A bar of how much is done, no options to tick.
		assertThat(TickBoxes.ticked("■■■□□")).isEmpty();
		assertThat(TickBoxes.ticked("Genomförd")).isEmpty();
		assertThat(TickBoxes.ticked("")).isEmpty();
	}

	/** Round 315: "✅" under T1 and under T2, a period's answer on each line, lists no options to tick. */
	@Test
	void saysNothingOfABoxPerLineEachAfterItsPeriod() {
		assertThat(TickBoxes.ticked("T1: ✅\nT2: ✅")).isEmpty();
	}

	@Test
	void takesBoxesWithNoneTickedAfterAtMostALabelAsNoAnswer() {
		assertThat(TickBoxes.unanswered("Avvikelse konstaterad: ☐ Ja   ☐ Nej")).isTrue();
		assertThat(TickBoxes.unanswered("☐ Ja   ☐ Nej")).isTrue();
		assertThat(TickBoxes.unanswered("Avvikelse konstaterad: ☒ Ja   ☐ Nej")).isFalse();
		assertThat(TickBoxes.unanswered("Iakttagelser: Två fakturor saknade attest.\nAvvikelse konstaterad: ☐ Ja   ☐ Nej"))
			.isFalse();
	}

	/** Round 107: a deviation column of one Word checkbox per row, left empty, answers nothing. */
	@Test
	void takesOneEmptyBoxAloneAsNoAnswer() {
		assertThat(TickBoxes.unanswered("☐")).isTrue();
		assertThat(TickBoxes.unanswered(" [ ] ")).isTrue();
		assertThat(TickBoxes.unanswered("☒")).isFalse();
	}

	/** Round 242: each option written before its box, "Genomförd [X]   Delvis [ ]   Ej [ ]", after a label or not. */
	@Test
	void givesTheTickedOptionWrittenBeforeItsBox() {
		assertThat(TickBoxes.ticked("Genomförd [X]   Delvis [ ]   Ej [ ]")).contains(List.of("Genomförd"));
		assertThat(TickBoxes.ticked("Status: Genomförd [ ]   Delvis [x]   Ej [ ]")).contains(List.of("Delvis"));
		assertThat(TickBoxes.unanswered("Genomförd [ ]   Delvis [ ]   Ej [ ]")).isTrue();
	}
}
