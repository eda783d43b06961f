package se.ikkonsolidering.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;

class RejectionNotesTests {

	private static final LocalDateTime MOVED = LocalDateTime.of(2026, 1, 14, 2, 0);

	@Test
	void aCopyOfAFileAlreadyReadAsksForNoCorrectedFile() {
		String note = RejectionNotes.fileText("sn kopia.csv",
				RejectionNotes.duplicateOf("sn.csv", LocalDateTime.of(2026, 1, 13, 2, 0)), "ab12", MOVED);

		assertThat(note).isEqualTo("Filen \"sn kopia.csv\" lästes inte in i sammanställningen av internkontrollen.\r\n"
				+ "\r\nVad är fel?\r\nFilen har redan lästs in: den har samma innehåll som 'sn.csv', inläst 2026-01-13 "
				+ "02:00. Den lästes inte in igen.\r\n\r\nVad kan du göra?\r\nIngen åtgärd behövs om det är samma "
				+ "uppföljning. Har du ändrat i uppföljningen, kontrollera att du skickat den nya versionen.\r\n\r\n"
				+ "Filen flyttades hit 2026-01-14 02:00.\r\nKontrollsumma (SHA-256): ab12\r\n");
	}

	@Test
	void aBrokenFileAsksForTheCorrectedFile() {
		String note = RejectionNotes.fileText("sn.xlsx", new FileRejectedException("Filen är tom (0 byte).",
				"Spara uppföljningen på nytt och skicka den igen."), null, MOVED);

		assertThat(note).endsWith("Filen flyttades hit 2026-01-14 02:00. När filen är rättad lägger du den i inkorgen "
				+ "igen.\r\n");
	}

	@Test
	void aFaultOfTheJobsOwnNamesNoExceptionClass() {
		assertThat(RejectionNotes.unexpected(new NullPointerException("x")))
			.hasMessage("Ett oväntat fel i sammanställningen stoppade läsningen av filen; felet ligger inte i filen.");
	}
}
