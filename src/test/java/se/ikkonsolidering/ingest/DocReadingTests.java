package se.ikkonsolidering.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/** A Word 97–2003 document read as the same document saved as .docx is, but for the cell shading it loses. */
class DocReadingTests {

	private static final String FIXTURES = "src/test/resources/fixtures/";

	private final WorkbookReader reader = new WorkbookReader();

	/** Each row as the texts of its non-blank cells and where they stand: what is on the page, colours aside. */
	private static List<List<String>> texts(RawSheet sheet) {
		return sheet.rows().readAll().stream()
			.map(r -> r.nonBlankCells().stream()
				.map(c -> c.column() + ":" + c.text() + (c.mergedFromAbove() ? " ↑" : "") + (c.mergedAcross() ? " →" : ""))
				.toList())
			.toList();
	}

	@Test
	void readsTheSameTablesMergesNestedTablesContextsAndTextsAsTheSameDocumentSavedAsDocx() {
		try (RawWorkbook doc = reader.read(Path.of(FIXTURES + "doc/sammanslagna färgade och inre tabell.doc"));
				RawWorkbook docx = reader.read(Path.of(FIXTURES + "docx/sammanslagna färgade och inre tabell.docx"))) {
			assertThat(doc.format()).isEqualTo(FileFormat.DOC);
			assertThat(doc.sheets()).extracting(RawSheet::name)
				.containsExactly("Tabell 1", "Tabell 1.1", RawSheet.DOCUMENT_TEXT);
			for (int i = 0; i < doc.sheets().size(); i++) {
				assertThat(texts(doc.sheets().get(i))).isEqualTo(texts(docx.sheets().get(i)));
				assertThat(doc.sheets().get(i).context()).isEqualTo(docx.sheets().get(i).context());
			}
			assertThat(doc.texts()).isEqualTo(docx.texts());
		}
	}

	/** LibreOffice writes a .doc's cell shading where POI does not read it: the green cell comes out without colour. */
	@Test
	void losesTheCellShadingLibreOfficeSaved() {
		try (RawWorkbook doc = reader.read(Path.of(FIXTURES + "doc/sammanslagna färgade och inre tabell.doc"))) {
			assertThat(doc.sheets().get(0).rows().readAll()).flatExtracting(RawRow::cells).extracting(RawCell::fill)
				.containsOnlyNulls();
		}
	}

	/** Round 286: hidden text, a template's instruction or a draft's note, is not on the page: it is not read. */
	@Test
	void leavesOutHiddenText() {
		try (RawWorkbook doc = reader.read(Path.of(FIXTURES + "doc/dold text.doc"))) {
			assertThat(texts(doc.sheets().get(0))).containsExactly(List.of("0:Kontrollmoment", "1:Genomförd", "2:Resultat"),
					List.of("0:Arvoden beräknas enligt riktlinjerna", "1:Ja", "2:Stickprov 20 ärenden, inga fel."),
					List.of("0:Ställföreträdare kontrolleras mot Kronofogden"));
			assertThat(doc.texts()).extracting(DocumentText::text)
				.containsExactly("Överförmyndarnämnden – uppföljning av internkontrollplan helår 2025");
		}
	}
}
