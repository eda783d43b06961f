package se.ikkonsolidering.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A Rich Text Format document read as the same document saved as .docx is. */
class RtfReadingTests {

	private static final String FIXTURES = "src/test/resources/fixtures/";

	private final WorkbookReader reader = new WorkbookReader();

	@TempDir
	Path dir;

	/** Each row as the texts of its non-blank cells, where they stand and their colour. */
	private static List<List<String>> cells(RawSheet sheet) {
		return sheet.rows().readAll().stream()
			.map(r -> r.nonBlankCells().stream()
				.map(c -> c.column() + ":" + c.text() + (c.mergedFromAbove() ? " ↑" : "") + (c.mergedAcross() ? " →" : "")
						+ (c.fill() == null ? "" : " #" + c.fill()))
				.toList())
			.toList();
	}

	/** LibreOffice's RTF of the document: the same tables, nested one too, merges, colours, page header and paragraphs. */
	@Test
	void readsTheSameTableMergesColoursAndTextsAsTheSameDocumentSavedAsDocx() {
		try (RawWorkbook rtf = reader.read(Path.of(FIXTURES + "rtf/sammanslagna färgade och inre tabell.rtf"));
				RawWorkbook docx = reader.read(Path.of(FIXTURES + "docx/sammanslagna färgade och inre tabell.docx"))) {
			assertThat(rtf.format()).isEqualTo(FileFormat.RTF);
			assertThat(rtf.sheets()).extracting(RawSheet::name)
				.containsExactly("Tabell 1", "Tabell 1.1", RawSheet.DOCUMENT_TEXT);
			for (int i = 0; i < rtf.sheets().size(); i++) {
				assertThat(cells(rtf.sheets().get(i))).isEqualTo(cells(docx.sheets().get(i)));
				assertThat(rtf.sheets().get(i).context()).isEqualTo(docx.sheets().get(i).context());
			}
			assertThat(rtf.texts()).containsAll(docx.texts().stream()
				.filter(t -> t.kind() == DocumentText.Kind.HEADER || t.kind() == DocumentText.Kind.FOOTER
						|| t.kind() == DocumentText.Kind.PARAGRAPH)
				.toList());
		}
	}

	/**
	 * Round 234: RTF written by hand, as older systems export it: Windows-1252 escapes, a heading row of one cell
	 * across the table, a Unicode escape with its fallback, a line break in a cell and the page header.
	 */
	@Test
	void readsEscapesAWideHeadingCellAndThePageHeader() throws Exception {
		Path file = Files.writeString(dir.resolve("Socialnämnden IKP T2.rtf"), """
				{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0 Arial;}}{\\colortbl;\\red0\\green0\\blue0;\\red221\\green235\\blue247;}
				{\\header\\pard Bergsj\\'f6 kommun \\'96 Socialf\\'f6rvaltningen\\par}
				\\pard Socialn\\'e4mnden\\par
				\\trowd\\cellx700\\cellx4200\\cellx6000\\pard\\intbl Nr\\cell\\pard\\intbl Kontrollmoment\\cell\\pard\\intbl Status\\cell\\row
				\\trowd\\clcbpat2\\cellx6000\\pard\\intbl \\'c4ldreomsorg\\cell\\row
				\\trowd\\cellx700\\cellx4200\\cellx6000\\pard\\intbl 1\\cell\\pard\\intbl Kassor p\\u229?\\uc1  boenden\\line r\\'e4knas\\cell
				\\pard\\intbl Genomf\\'f6rd\\cell\\row
				\\pard Anna Berg\\par}
				""");
		try (RawWorkbook rtf = reader.read(file)) {
			assertThat(cells(rtf.sheets().get(0))).containsExactly(List.of("0:Nr", "1:Kontrollmoment", "2:Status"),
					List.of("0:Äldreomsorg → #DDEBF7", "1:Äldreomsorg → #DDEBF7", "2:Äldreomsorg → #DDEBF7"),
					List.of("0:1", "1:Kassor på boenden\nräknas", "2:Genomförd"));
			assertThat(rtf.texts()).contains(new DocumentText(DocumentText.Kind.HEADER, "Bergsjö kommun – Socialförvaltningen"),
					new DocumentText(DocumentText.Kind.CLOSING, "Anna Berg"));
		}
	}

	/** A file is RTF by its content, whatever its name says. */
	@Test
	void readsARichTextFileNamedAsAnotherFormatAsRtf() throws Exception {
		Path rtf = Files.writeString(dir.resolve("uppföljning.csv"), "{\\rtf1\\ansi Kontrollmoment\\par}");
		try (RawWorkbook read = reader.read(rtf)) {
			assertThat(read.format()).isEqualTo(FileFormat.RTF);
			assertThat(cells(read.sheets().get(0))).containsExactly(List.of("0:Kontrollmoment"));
		}
	}

	/** Damage is read past: an overlong number, an unclosed group, an escape cut off at the end. */
	@Test
	void readsPastAnOverlongNumberAnUnclosedGroupAndACutEscape() throws Exception {
		Path rtf = Files.writeString(dir.resolve("trasig.rtf"),
				"{\\rtf1\\ansi\\cellx99999999999999999999 Kontrollmoment\\par{\\b Status\\par \\'f");
		try (RawWorkbook read = reader.read(rtf)) {
			assertThat(cells(read.sheets().get(0))).containsExactly(List.of("0:Kontrollmoment"), List.of("0:Status"));
		}
	}

	/** Groups nested thousands deep are a file built to exhaust memory, not a document: refused. */
	@Test
	void refusesGroupsNestedThousandsDeep() throws Exception {
		Path rtf = Files.writeString(dir.resolve("djup.rtf"), "{\\rtf1" + "{".repeat(5_000) + "x");
		assertThatThrownBy(() -> reader.read(rtf)).isInstanceOf(FileRejectedException.class)
			.hasMessage("RTF-filen har fler grupper inuti varandra än ett dokument har (över 1000) och läses inte.");
	}
}
