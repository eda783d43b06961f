package se.ikkonsolidering.oversight;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ControlWordsTests {

	@Test
	void keepsTheWordsThatNameTheControlCutToTheirStems() {
		assertThat(ControlWords.of("Kontroll av att genomförandeplaner upprättas inom 14 dagar").stems())
			.containsExactlyInAnyOrder("genomförandeplan", "upprätt", "14", "dagar");
	}

	@Test
	void readsInflectedFormsAsOneWord() {
		assertThat(ControlWords.of("Genomförandeplaner").similarity(ControlWords.of("genomförandeplan")))
			.isEqualTo(1.0);
	}

	@Test
	void findsNothingAlikeInAnEmptyText() {
		assertThat(ControlWords.of("").similarity(ControlWords.of("Kontroll av attester"))).isZero();
		assertThat(ControlWords.of("Kontroll av att").isEmpty()).isTrue();
	}
}
