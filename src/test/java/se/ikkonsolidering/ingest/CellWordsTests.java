package se.ikkonsolidering.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CellWordsTests {

	@Test
	void joinsAWordBrokenOverTwoLinesWithAHyphen() {
		assertThat(CellWords.normalize("Delvis genom-\nförd")).isEqualTo("delvis genomförd");
		assertThat(CellWords.normalize("Kontroll-\r\nmoment")).isEqualTo("kontrollmoment");
	}

	@Test
	void keepsTheHyphenOfAnEndingLeftOut() {
		assertThat(CellWords.normalize("Barn-\noch utbildningsnämnden")).isEqualTo("barn- och utbildningsnämnden");
	}

	@Test
	void keepsTheHyphenBeforeACapital() {
		assertThat(CellWords.normalize("Uppföljning-\nT2")).isEqualTo("uppföljning- t2");
	}
}
