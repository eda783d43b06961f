package se.ikkonsolidering.ingest.internal;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import se.ikkonsolidering.ingest.FileRejectedException;

class DocumentTablesTests {

	@Test
	void refusesADocumentWithMoreTextThanItKeepsInMemory() {
		DocumentTables tables = new DocumentTables();
		tables.paragraph("x".repeat((int) DocumentTables.MAX_CHARACTERS));
		assertThatThrownBy(() -> tables.paragraph("ett tecken för mycket")).isInstanceOf(FileRejectedException.class)
			.hasMessage("Dokumentet är för stort för att läsas (mer än 16 miljoner tecken eller 250 000 tabellceller).");
	}

	@Test
	void refusesADocumentWithMoreTableCellsThanItKeepsInMemory() {
		DocumentTables tables = new DocumentTables();
		tables.startTable();
		assertThatThrownBy(() -> {
			for (long i = 0; i <= DocumentTables.MAX_CELLS; i++) {
				tables.startRow();
				tables.startCell(DocumentSink.Cell.PLAIN);
				tables.paragraph("x");
				tables.endCell();
				tables.endRow();
			}
		}).isInstanceOf(FileRejectedException.class).hasMessageStartingWith("Dokumentet är för stort");
	}
}
