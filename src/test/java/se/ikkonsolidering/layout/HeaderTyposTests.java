package se.ikkonsolidering.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A heading typed carelessly is read as the dictionary's word it was meant as; another form of a word is not a typo. */
class HeaderTyposTests {

	private final HeaderTypos typos = new HeaderTypos(List.of("kontrollmoment", "status", "ansvarig", "resultat",
			"kommentar", "genomförd", "process", "kontroller"));

	/**
	 * Round 63: "Proces | Kontrollmomnet | Ansvarg | Staus | Kommentar/resutat"; round 93: "Controller", a role in the
	 * responsible column, is another word than "kontroller".
	 */
	@ParameterizedTest(name = "{0} → {1}")
	@CsvSource(delimiter = '|', textBlock = """
			kontrollmomnet | kontrollmoment
			ansvarg | ansvarig
			staus | status
			kommentar/resutat | kommentar/resultat
			genomförda | genomförda
			genomfört | genomfört
			risk | risk
			controller | controller
			""")
	void correctsOneLetterInsideAWordButNoOtherFormOfItNorItsFirstLetter(String heading, String expected) {
		assertThat(typos.corrected(heading)).isEqualTo(expected);
	}
}
