package se.ikkonsolidering.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An OpenDocument text read as the same document from Word would be. */
class OdtReadingTests {

	private static final String FIXTURES = "src/test/resources/fixtures/";

	@TempDir
	Path dir;

	private final WorkbookReader reader = new WorkbookReader();

	private RawWorkbook read(OpenDocument odt) throws Exception {
		return reader.read(odt.save(dir.resolve("dokument.odt")));
	}

	private static String row(String... cells) {
		StringBuilder s = new StringBuilder("<table:table-row>");
		for (String cell : cells) {
			s.append("<table:table-cell office:value-type=\"string\"><text:p>").append(cell).append("</text:p>")
				.append("</table:table-cell>");
		}
		return s.append("</table:table-row>").toString();
	}

	@Test
	void readsTheSameTablesContextsAndTextsAsTheSameDocumentFromWord() {
		try (RawWorkbook odt = reader.read(Path.of(FIXTURES + "odt/sammanslagna färgade och inre tabell.odt"));
				RawWorkbook docx = reader.read(Path.of(FIXTURES + "docx/sammanslagna färgade och inre tabell.docx"))) {
			assertThat(odt.format()).isEqualTo(FileFormat.ODT);
			assertThat(odt.sheets()).extracting(RawSheet::name)
				.containsExactly("Tabell 1", "Tabell 1.1", RawSheet.DOCUMENT_TEXT);
			for (int i = 0; i < odt.sheets().size(); i++) {
				assertThat(odt.sheets().get(i).rows().readAll()).isEqualTo(docx.sheets().get(i).rows().readAll());
				assertThat(odt.sheets().get(i).context()).isEqualTo(docx.sheets().get(i).context());
			}
			assertThat(odt.texts()).isEqualTo(docx.texts());
		}
	}

	@Test
	void readsAFlatXmlDocumentAsTheSameDocumentSavedAsOdt() {
		try (RawWorkbook flat = reader.read(Path.of(FIXTURES + "odt/sammanslagna färgade och inre tabell.fodt"));
				RawWorkbook odt = reader.read(Path.of(FIXTURES + "odt/sammanslagna färgade och inre tabell.odt"))) {
			assertThat(flat.format()).isEqualTo(FileFormat.ODT);
			assertThat(flat.sheets()).extracting(RawSheet::name)
				.containsExactlyElementsOf(odt.sheets().stream().map(RawSheet::name).toList());
			for (int i = 0; i < flat.sheets().size(); i++) {
				assertThat(flat.sheets().get(i).rows().readAll()).isEqualTo(odt.sheets().get(i).rows().readAll());
				assertThat(flat.sheets().get(i).context()).isEqualTo(odt.sheets().get(i).context());
			}
			assertThat(flat.texts()).isEqualTo(odt.texts());
		}
	}

	@Test
	void readsAFlatDocumentsPageHeaderAsItsHeaderAndNotAsAParagraphOfItsText() throws Exception {
		OpenDocument odt = OpenDocument.text("", "<text:p>Uppföljning av intern kontroll</text:p>")
			.styles("<office:master-styles><style:master-page style:name=\"Standard\"><style:header>"
					+ "<text:p>Kultur- och fritidsnämnden</text:p></style:header></style:master-page></office:master-styles>");
		try (RawWorkbook flat = reader.read(odt.saveFlat(dir.resolve("dokument.fodt")));
				RawWorkbook packaged = reader.read(odt.save(dir.resolve("dokument.odt")))) {
			assertThat(flat.format()).isEqualTo(FileFormat.ODT);
			assertThat(flat.sheets().get(0).rows().readAll()).extracting(r -> r.text(0))
				.containsExactly("Uppföljning av intern kontroll");
			assertThat(flat.texts()).contains(new DocumentText(DocumentText.Kind.HEADER, "Kultur- och fritidsnämnden"))
				.isEqualTo(packaged.texts());
		}
	}

	/**
	 * Round 447: "●" in a text style's colour, in a table's cell, after a paragraph's label and in a legend of dots
	 * of several colours in one paragraph: each shows its dot's colour, the legend a line per dot.
	 */
	@Test
	void readsTheColourOfASignWrittenInAColouredTextStyle() throws Exception {
		String styles = "<style:style style:name=\"symG\" style:family=\"text\"><style:text-properties "
				+ "fo:color=\"#00b050\"/></style:style><style:style style:name=\"symR\" style:family=\"text\">"
				+ "<style:text-properties fo:color=\"#ff0000\"/></style:style>";
		try (RawWorkbook odt = read(OpenDocument.text(styles, "<text:p>Teckenförklaring: <text:span text:style-name="
				+ "\"symG\">● </text:span>Genomförd <text:span text:style-name=\"symR\">● </text:span>Ej genomförd"
				+ "</text:p><text:p>Status: <text:span text:style-name=\"symR\">●</text:span></text:p>"
				+ "<table:table table:name=\"Tabell1\">" + row("Kontrollmoment", "Status")
				+ "<table:table-row><table:table-cell office:value-type=\"string\"><text:p>Attest av fakturor</text:p>"
				+ "</table:table-cell><table:table-cell office:value-type=\"string\"><text:p><text:span "
				+ "text:style-name=\"symR\">●</text:span></text:p></table:table-cell></table:table-row>"
				+ "</table:table>"))) {
			assertThat(odt.sheets().get(0).rows().readAll().get(1).cells()).extracting(RawCell::text, RawCell::fill)
				.containsExactly(tuple("Attest av fakturor", null), tuple("●", "FF0000"));
			assertThat(odt.sheets().get(1).rows().readAll()).extracting(r -> r.text(0), r -> r.cells().get(0).fill())
				.containsExactly(tuple("Teckenförklaring:", null), tuple("● Genomförd", "00B050"),
						tuple("● Ej genomförd", "FF0000"), tuple("Status: ●", "FF0000"));
		}
	}

	@Test
	void givesATableTheHeadingsListItemsAndParagraphsAboveItAsContext() throws Exception {
		try (RawWorkbook odt = read(OpenDocument.text("", "<text:h text:outline-level=\"1\">Uppföljning 2025</text:h>"
				+ "<text:list><text:list-item><text:p>Område: Ekonomi</text:p></text:list-item></text:list>"
				+ "<text:section text:name=\"s\"><text:p>Process: Inköp</text:p></text:section>"
				+ "<table:table table:name=\"Tabell1\"><table:table-column table:number-columns-repeated=\"2\"/>"
				+ "<table:table-header-rows>" + row("Kontrollmoment", "Status") + "</table:table-header-rows>"
				+ row("Attest", "Genomförd") + "</table:table>"))) {
			RawSheet table = odt.sheets().get(0);
			assertThat(table.context()).containsExactly("Uppföljning 2025", "Område: Ekonomi", "Process: Inköp");
			assertThat(table.rows()).extracting(r -> r.text(1)).containsExactly("Status", "Genomförd");
		}
	}

	@Test
	void knowsWhichParagraphsOfTheTextAreListItems() throws Exception {
		try (RawWorkbook odt = read(OpenDocument.text("", "<text:h text:outline-level=\"2\">Ej genomförda</text:h>"
				+ "<text:list><text:list-item><text:p>Behörigheter i bokningssystemet – hann inte.</text:p>"
				+ "</text:list-item></text:list><text:p>Mvh Per</text:p>"))) {
			RawSheet text = odt.sheets().get(0);
			assertThat(text.rows().readAll()).extracting(r -> r.text(0))
				.containsExactly("Ej genomförda", "Behörigheter i bokningssystemet – hann inte.", "Mvh Per");
			assertThat(text.listItems()).containsExactly(2);
		}
	}

	@Test
	void readsATableInsideACellAsASheetOfItsOwn() throws Exception {
		try (RawWorkbook odt = read(OpenDocument.text("", "<table:table table:name=\"Yttre\"><table:table-row>"
				+ "<table:table-cell><text:p>Kontroll 1</text:p></table:table-cell><table:table-cell><text:p>Detaljer</text:p>"
				+ "<table:table table:name=\"Inre\">" + row("Kontrollmoment", "Status") + row("Attest", "Ja")
				+ "</table:table></table:table-cell></table:table-row></table:table>"))) {
			assertThat(odt.sheets()).extracting(RawSheet::name).containsExactly("Tabell 1", "Tabell 1.1");
			assertThat(odt.sheets().get(0).rows().readAll().get(0).text(1)).isEqualTo("Detaljer");
			assertThat(odt.sheets().get(1).rows().readAll().get(1).text(1)).isEqualTo("Ja");
		}
	}

	@Test
	void skipsTrackedDeletionsAndCommentsWhichAreNotOnThePage() throws Exception {
		try (RawWorkbook odt = read(OpenDocument.text("", "<text:tracked-changes><text:changed-region text:id=\"c1\">"
				+ "<text:deletion><text:p>Ej genomförd</text:p></text:deletion></text:changed-region></text:tracked-changes>"
				+ "<table:table table:name=\"T\">" + row("Kontrollmoment", "Status")
				+ "<table:table-row><table:table-cell><text:p>Attest</text:p></table:table-cell><table:table-cell><text:p>"
				+ "<text:change text:change-id=\"c1\"/>Genomförd<office:annotation><text:p>Stämmer?</text:p>"
				+ "</office:annotation></text:p></table:table-cell></table:table-row></table:table>"))) {
			assertThat(odt.sheets().get(0).rows().readAll().get(1).text(1)).isEqualTo("Genomförd");
			assertThat(odt.texts()).isEmpty();
		}
	}

	/**
	 * Round 506: each control named in bold at the start of its paragraph, its result after it in plain text: the bold
	 * words are a heading of their own, run into the paragraph; a bold label ("Bedömning:") stays on its line.
	 */
	@Test
	void readsTheBoldWordsOpeningAParagraphAsItsHeading() throws Exception {
		String styles = "<style:style style:name=\"Fet\" style:family=\"text\"><style:text-properties "
				+ "fo:font-weight=\"bold\"/></style:style>";
		try (RawWorkbook odt = read(OpenDocument.text(styles, "<text:p><text:span text:style-name=\"Fet\">"
				+ "Kontanthantering i badhusets reception</text:span> Kassan stämdes av dagligen, inga differenser."
				+ "</text:p><text:p><text:span text:style-name=\"Fet\">Samlad bedömning:</text:span> Den interna "
				+ "kontrollen bedöms som tillräcklig.</text:p>"))) {
			assertThat(odt.sheets().get(0).rows().readAll()).extracting(r -> r.text(0)).containsExactly(
					"Kontanthantering i badhusets reception", "Kassan stämdes av dagligen, inga differenser.",
					"Samlad bedömning: Den interna kontrollen bedöms som tillräcklig.");
		}
	}
}
