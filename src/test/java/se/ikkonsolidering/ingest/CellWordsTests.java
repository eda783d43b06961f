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

	/** Round 264: a status in capitals broken over two lines, also with the Unicode hyphen (U+2010). */
	@Test
	void joinsAWordInCapitalsBrokenOverTwoLines() {
		assertThat(CellWords.normalize("GENOM-\nFÖRD")).isEqualTo("genomförd");
		assertThat(CellWords.normalize("Genom\u2010\nförd")).isEqualTo("genomförd");
		assertThat(CellWords.normalize("BARN-\nOCH UTBILDNINGSNÄMNDEN")).isEqualTo("barn- och utbildningsnämnden");
	}

	@Test
	void keepsTheHyphenBeforeACapital() {
		assertThat(CellWords.normalize("Uppföljning-\nT2")).isEqualTo("uppföljning- t2");
	}
}
