package se.ikkonsolidering.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ShortTextTests {

	@Test
	void keepsAShortTextWhole() {
		ShortText text = ShortText.of("  Kontrollen genomförd enligt plan.  ");

		assertThat(text.shown()).isEqualTo("Kontrollen genomförd enligt plan.");
		assertThat(text.shortened()).isFalse();
	}

	@Test
	void cutsALongTextAtAWordAndKeepsTheWholeText() {
		String full = "Stickprov har genomförts för ett antal ärendegrupper i delegationsordningen. ".repeat(5);

		ShortText text = ShortText.of(full);

		assertThat(text.shown()).hasSizeLessThanOrEqualTo(ShortText.LIMIT + 2).endsWith("för ett antal …");
		assertThat(text.full()).isEqualTo(full.strip());
		assertThat(text.shortened()).isTrue();
	}

	@Test
	void treatsAMissingTextAsEmpty() {
		assertThat(ShortText.of(null).isEmpty()).isTrue();
	}
}
