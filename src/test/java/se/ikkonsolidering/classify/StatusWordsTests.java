package se.ikkonsolidering.classify;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StatusWordsTests {

	private final StatusWords words = StatusWords.load(null);

	@ParameterizedTest(name = "{0} → {1}")
	@CsvSource(delimiter = '|', textBlock = """
			Granskning genomförd | GENOMFORD
			'Granskning \nej \ngenomförd' | EJ_GENOMFORD
			Granskning delvis genomförd | DELVIS
			Ja | GENOMFORD
			Nej | EJ_GENOMFORD
			Ja. Utvecklingsarbetet färdigt. | GENOMFORD
			GRÖN | GENOMFORD
			Gul | DELVIS
			Röd | EJ_GENOMFORD
			#REF! | OKLAR
			""")
	void knowsTheWordsOfStatusColumns(String cell, ControlStatus expected) {
		assertThat(words.lookup(cell.replace("\\n", "\n"))).contains(expected);
	}

	@Test
	void doesNotGuessAtSentences() {
		assertThat(words.lookup("Kontrollen gjordes i mars av två handläggare")).isEmpty();
	}
}
