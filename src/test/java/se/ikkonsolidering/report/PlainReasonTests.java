package se.ikkonsolidering.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlainReasonTests {

	@Test
	void isTheFirstSentenceWithoutTheAdviceToTheSender() {
		assertThat(PlainReason.of("Filen är lösenordsskyddad eller krypterad och kan inte läsas. Be avsändaren ta bort "
				+ "lösenordet och skicka filen igen."))
			.isEqualTo("Filen är lösenordsskyddad eller krypterad och kan inte läsas.");
	}

	@Test
	void leavesOutTheNameOfTheProgramFault() {
		assertThat(PlainReason.of("Filen är skadad eller ofullständig och kan inte öppnas som Excel-fil (IOException). "
				+ "Öppna filen i Excel för att se att den fungerar, spara den på nytt och skicka den igen."))
			.isEqualTo("Filen är skadad eller ofullständig och kan inte öppnas som Excel-fil.");
	}

	@Test
	void doesNotEndASentenceAtAnAbbreviation() {
		assertThat(PlainReason.of("Ingen rubrikrad med t.ex. 'Kontrollmoment' hittades. Undersökta flikar: 'Blad1'."))
			.isEqualTo("Ingen rubrikrad med t.ex. 'Kontrollmoment' hittades.");
	}

	@Test
	void keepsAMessageOfOneSentenceWhole() {
		assertThat(PlainReason.of("Filen försvann ur inkorgen medan den lästes."))
			.isEqualTo("Filen försvann ur inkorgen medan den lästes.");
	}
}
