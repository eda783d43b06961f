package se.ikkonsolidering.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An OpenDocument spreadsheet read as the same workbook in Excel would be. */
class OdsReadingTests {

	private static final String FIXTURES = "src/test/resources/fixtures/";

	@TempDir
	Path dir;

	private final WorkbookReader reader = new WorkbookReader();

	private List<RawRow> rows(OpenDocument ods, int sheet) throws Exception {
		try (RawWorkbook workbook = reader.read(ods.save(dir.resolve("blad.ods")))) {
			return workbook.sheets().get(sheet).rows().readAll();
		}
	}

	private static String cell(String attributes, String... paragraphs) {
		StringBuilder s = new StringBuilder("<table:table-cell office:value-type=\"string\"" + attributes + ">");
		for (String p : paragraphs) {
			s.append("<text:p>").append(p).append("</text:p>");
		}
		return s.append("</table:table-cell>").toString();
	}

	private static String sheet(String name, String rows) {
		return "<table:table table:name=\"" + name + "\"><table:table-column table:number-columns-repeated=\"1024\"/>"
				+ rows + "</table:table>";
	}

	@Test
	void readsTheSameSheetsMergesColoursAndHiddenSheetAsTheSameWorkbookSavedAsXlsx() {
		try (RawWorkbook ods = reader.read(Path.of(FIXTURES + "ods/sammanslagna färgade och dolda.ods"));
				RawWorkbook xlsx = reader.read(Path.of(FIXTURES + "xlsx/sammanslagna färgade och dolda.xlsx"))) {
			assertThat(ods.format()).isEqualTo(FileFormat.ODS);
			assertThat(ods.sheets()).extracting(RawSheet::name, RawSheet::hidden)
				.containsExactlyElementsOf(xlsx.sheets().stream().map(s -> tuple(s.name(),
						s.hidden())).toList());
			for (int i = 0; i < ods.sheets().size(); i++) {
				assertThat(ods.sheets().get(i).rows().readAll()).isEqualTo(xlsx.sheets().get(i).rows().readAll());
			}
		}
	}

	@Test
	void readsAFlatXmlSpreadsheetAsTheSameWorkbookSavedAsOds() {
		try (RawWorkbook flat = reader.read(Path.of(FIXTURES + "ods/sammanslagna färgade och dolda.fods"));
				RawWorkbook ods = reader.read(Path.of(FIXTURES + "ods/sammanslagna färgade och dolda.ods"))) {
			assertThat(flat.format()).isEqualTo(FileFormat.ODS);
			assertThat(flat.sheets()).extracting(RawSheet::name, RawSheet::hidden)
				.containsExactlyElementsOf(ods.sheets().stream().map(s -> tuple(s.name(), s.hidden())).toList());
			for (int i = 0; i < flat.sheets().size(); i++) {
				assertThat(flat.sheets().get(i).rows().readAll()).isEqualTo(ods.sheets().get(i).rows().readAll());
			}
			assertThat(flat.texts()).isEqualTo(ods.texts());
		}
	}

	@Test
	void readsACellsParagraphsAsLinesAndSkipsItsComment() throws Exception {
		List<RawRow> rows = rows(OpenDocument.spreadsheet("", sheet("Uppföljning", "<table:table-row>"
				+ "<table:table-cell office:value-type=\"string\"><office:annotation><text:p>Kolla detta</text:p>"
				+ "</office:annotation><text:p>Stickprov gjort.</text:p><text:p>Inga<text:s text:c=\"2\"/>fel"
				+ "<text:tab/>hittades.</text:p></table:table-cell></table:table-row>")), 0);
		assertThat(rows).singleElement().extracting(r -> r.text(0)).isEqualTo("Stickprov gjort.\nInga  fel\thittades.");
	}

	@Test
	void expandsRepeatedCellsAndRowsThatHoldText() throws Exception {
		List<RawRow> rows = rows(OpenDocument.spreadsheet("", sheet("Uppföljning",
				"<table:table-row>" + cell("") + cell(" table:number-columns-repeated=\"2\"", "Ja") + "</table:table-row>"
						+ "<table:table-row table:number-rows-repeated=\"2\">" + cell("", "Attest") + "</table:table-row>")),
				0);
		assertThat(rows).extracting(RawRow::number).containsExactly(1, 2, 3);
		assertThat(rows.get(0).cells()).containsExactly(RawCell.of(1, "Ja"), RawCell.of(2, "Ja"));
		assertThat(rows.get(2).cells()).containsExactly(RawCell.of(0, "Attest"));
	}

	@Test
	void skipsEmptyRowsRepeatedToTheSheetsLastRowWithoutExpandingThem() throws Exception {
		List<RawRow> rows = rows(OpenDocument.spreadsheet("", sheet("Uppföljning",
				"<table:table-row>" + cell("", "Kontrollmoment") + "</table:table-row>"
						+ "<table:table-row table:number-rows-repeated=\"5\"><table:table-cell "
						+ "table:number-columns-repeated=\"1024\"/></table:table-row>"
						+ "<table:table-row>" + cell("", "Attest") + "</table:table-row>"
						+ "<table:table-row table:number-rows-repeated=\"1048569\"><table:table-cell "
						+ "table:number-columns-repeated=\"16384\"/></table:table-row>")), 0);
		assertThat(rows).extracting(RawRow::number).containsExactly(1, 7);
	}

	@Test
	void spreadsCellsSpanningColumnsAndRowsAsMergedRegions() throws Exception {
		List<RawRow> rows = rows(OpenDocument.spreadsheet("", sheet("Uppföljning",
				"<table:table-row>" + cell(" table:number-columns-spanned=\"2\" table:number-rows-spanned=\"2\"", "Inköp")
						+ "<table:covered-table-cell/>" + cell("", "Attest") + "</table:table-row>"
						+ "<table:table-row><table:covered-table-cell table:number-columns-repeated=\"2\"/>"
						+ cell("", "Avtal") + "</table:table-row>")), 0);
		assertThat(rows.get(0).cells()).containsExactly(new RawCell(0, "Inköp", null, false, true, false),
				new RawCell(1, "Inköp", null, false, true, false), RawCell.of(2, "Attest"));
		assertThat(rows.get(1).cells()).containsExactly(new RawCell(0, "Inköp", null, true, true, false),
				new RawCell(1, "Inköp", null, true, true, false), RawCell.of(2, "Avtal"));
	}

	@Test
	void readsBackgroundColoursFromAutomaticStylesTheirNamedParentsAndColumnDefaults() throws Exception {
		String automatic = "<style:style style:name=\"ce1\" style:family=\"table-cell\" style:parent-style-name=\"Good\"/>"
				+ "<style:style style:name=\"ce2\" style:family=\"table-cell\"><style:table-cell-properties "
				+ "fo:background-color=\"#ff0000\"/></style:style>"
				+ "<style:style style:name=\"ce3\" style:family=\"table-cell\"><style:table-cell-properties "
				+ "fo:background-color=\"transparent\"/></style:style>";
		OpenDocument ods = OpenDocument.spreadsheet(automatic, "<table:table table:name=\"Uppföljning\">"
				+ "<table:table-column/><table:table-column table:default-cell-style-name=\"ce2\"/>"
				+ "<table:table-row>" + cell(" table:style-name=\"ce1\"", "Ja") + cell("", "Nej") + "</table:table-row>"
				+ "<table:table-row>" + cell(" table:style-name=\"ce3\"", "Vet ej") + "</table:table-row></table:table>")
			.styles("<office:styles><style:style style:name=\"Good\" style:family=\"table-cell\">"
					+ "<style:table-cell-properties fo:background-color=\"#ccffcc\"/></style:style></office:styles>");
		List<RawRow> rows = rows(ods, 0);
		assertThat(rows.get(0).cells()).extracting(RawCell::fill).containsExactly("CCFFCC", "FF0000");
		assertThat(rows.get(1).cells()).extracting(RawCell::fill).containsOnlyNulls();
	}

	@Test
	void marksASheetHiddenByItsTableStyle() throws Exception {
		OpenDocument ods = OpenDocument.spreadsheet("<style:style style:name=\"ta2\" style:family=\"table\">"
				+ "<style:table-properties table:display=\"false\"/></style:style>",
				sheet("Uppföljning", "<table:table-row>" + cell("", "Kontrollmoment") + "</table:table-row>")
						+ "<table:table table:name=\"Listor\" table:style-name=\"ta2\"><table:table-row>" + cell("", "Ja")
						+ "</table:table-row></table:table>");
		try (RawWorkbook workbook = reader.read(ods.save(dir.resolve("dold.ods")))) {
			assertThat(workbook.sheets()).extracting(RawSheet::name, RawSheet::hidden)
				.containsExactly(tuple("Uppföljning", false),
						tuple("Listor", true));
			assertThat(workbook.sheets().get(1).rows().readAll()).singleElement().extracting(r -> r.text(0))
				.isEqualTo("Ja");
		}
	}

	@Test
	void readsNumbersDatesAndErrorsByValueAsTheXlsxReaderDoes() throws Exception {
		List<RawRow> rows = rows(OpenDocument.spreadsheet("", sheet("Uppföljning", "<table:table-row>"
				+ "<table:table-cell office:value-type=\"float\" office:value=\"8\"><text:p>8,00</text:p></table:table-cell>"
				+ "<table:table-cell office:value-type=\"percentage\" office:value=\"0.5\"><text:p>50 %</text:p>"
				+ "</table:table-cell><table:table-cell office:value-type=\"date\" office:date-value=\"2025-03-31\">"
				+ "<text:p>31 mars 2025</text:p></table:table-cell><table:table-cell table:formula=\"of:=1/0\" "
				+ "office:value-type=\"float\" office:value=\"0\" calcext:value-type=\"error\"><text:p>#DIV/0!</text:p>"
				+ "</table:table-cell></table:table-row>")), 0);
		assertThat(rows.get(0).cells()).containsExactly(RawCell.of(0, "8"), RawCell.of(1, "50 %"),
				RawCell.of(2, "2025-03-31"), new RawCell(3, "#DIV/0!", null, false, false, true));
	}

	@Test
	void readsTheTitleAndThePageHeaderAndFooterAsTexts() throws Exception {
		OpenDocument ods = OpenDocument.spreadsheet("", sheet("Blad1", "<table:table-row>" + cell("", "x")
				+ "</table:table-row>"))
			.meta("<dc:title>Uppföljning IK 2025</dc:title>")
			.styles("<office:master-styles><style:master-page style:name=\"Default\"><style:header>"
					+ "<style:region-left><text:p>Kulturnämnden</text:p></style:region-left></style:header>"
					+ "<style:footer><text:p>Sida <text:page-number>1</text:page-number></text:p></style:footer>"
					+ "</style:master-page></office:master-styles>");
		try (RawWorkbook workbook = reader.read(ods.save(dir.resolve("texter.ods")))) {
			assertThat(workbook.texts()).containsExactly(new DocumentText(DocumentText.Kind.TITLE, "Uppföljning IK 2025"),
					new DocumentText(DocumentText.Kind.HEADER, "Kulturnämnden"),
					new DocumentText(DocumentText.Kind.FOOTER, "Sida 1"));
		}
	}
}
