package se.ikkonsolidering.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A Word document's tables read as sheets, every cell as the same table in Excel would give it. */
class DocxReadingTests {

	private static final String[] HEADER = { "Process", "Kontrollmoment", "Resultat", "Status" };

	@TempDir
	Path dir;

	private final WorkbookReader reader = new WorkbookReader();

	private List<RawRow> rows(Path file, int sheet) {
		try (RawWorkbook workbook = reader.read(file)) {
			return workbook.sheets().get(sheet).rows().readAll();
		}
	}

	@Test
	void readsEveryTableAsASheetNamedTabellWithRowsNumberedWithinItAndTheParagraphsAroundThemLast() throws Exception {
		WordDocument word = new WordDocument().paragraph("Uppföljning 2025");
		word.table(new String[] { "Nämnd:", "Socialnämnden" });
		word.paragraph("Kontroller");
		word.table(HEADER, new String[] { "Inköp", "Avtalstrohet", "Stickprov gjort", "Genomförd" });
		try (RawWorkbook workbook = reader.read(word.save(dir.resolve("uppföljning.docx")))) {
			assertThat(workbook.format()).isEqualTo(FileFormat.DOCX);
			assertThat(workbook.sheets()).extracting(RawSheet::name)
				.containsExactly("Tabell 1", "Tabell 2", RawSheet.DOCUMENT_TEXT);
			assertThat(workbook.sheets().get(1).rows()).extracting(RawRow::number).containsExactly(1, 2);
			assertThat(workbook.sheets().get(2).rows().readAll()).extracting(r -> r.text(0))
				.containsExactly("Uppföljning 2025", "Kontroller");
			assertThat(workbook.sheets().get(1).rows().readAll().get(1).text(3)).isEqualTo("Genomförd");
		}
	}

	/**
	 * Round 260: a table laid out with tab stops, a paragraph per row: its heading between rows and a comment going on
	 * in a paragraph of its own are rows of the table, the page's running header a PDF conversion repeated inside it
	 * is not, and the lines around it stay paragraphs.
	 */
	@Test
	void readsATableLaidOutWithTabStopsAsATable() throws Exception {
		WordDocument word = new WordDocument().tabbed("GNARPSVIKS KOMMUN", "", "", "Sida 1 av 2")
			.paragraph("Uppföljning av internkontrollplan 2025")
			.tabbed("Nr", "Kontrollmoment", "Status", "Kommentar")
			.paragraph("Myndighetsutövning")
			.tabbed("1", "Beslut om bistånd fattas enligt delegationsordningen", "Genomförd", "Stickprov 20 beslut.")
			.tabbed("", "", "", "Inga avvikelser.")
			.tabbed("GNARPSVIKS KOMMUN", "", "", "Sida 1 av 2")
			.tabbed("2", "Loggkontroll i verksamhetssystemet", "Ej påbörjad", "Planeras till oktober.")
			.paragraph("Anna Berglund, socialchef");
		try (RawWorkbook workbook = reader.read(word.save(dir.resolve("SN uppföljning.docx")))) {
			assertThat(workbook.sheets()).extracting(RawSheet::name).containsExactly("Tabell i texten 1",
					RawSheet.DOCUMENT_TEXT);
			assertThat(workbook.sheets().get(0).rows().readAll()).extracting(RawRow::number,
					r -> r.cells().stream().map(c -> c.column() + ":" + c.text()).toList())
				.containsExactly(org.assertj.core.groups.Tuple.tuple(3, List.of("0:Nr", "1:Kontrollmoment", "2:Status",
						"3:Kommentar")), org.assertj.core.groups.Tuple.tuple(4, List.of("0:Myndighetsutövning")),
						org.assertj.core.groups.Tuple.tuple(5, List.of("0:1",
								"1:Beslut om bistånd fattas enligt delegationsordningen", "2:Genomförd", "3:Stickprov 20 beslut.")),
						org.assertj.core.groups.Tuple.tuple(6, List.of("3:Inga avvikelser.")),
						org.assertj.core.groups.Tuple.tuple(8, List.of("0:2", "1:Loggkontroll i verksamhetssystemet",
								"2:Ej påbörjad", "3:Planeras till oktober.")));
			assertThat(workbook.sheets().get(0).context()).endsWith("Uppföljning av internkontrollplan 2025");
			assertThat(workbook.sheets().get(1).rows().readAll()).extracting(r -> r.text(0)).containsExactly(
					"GNARPSVIKS KOMMUN\t\t\tSida 1 av 2", "Uppföljning av internkontrollplan 2025",
					"GNARPSVIKS KOMMUN\t\t\tSida 1 av 2", "Anna Berglund, socialchef");
		}
	}

	/** Round 442: a table pasted with tabs, a tab typed twice in one row; with one of them the row fits its header. */
	@Test
	void readsARowWithATabTypedTwiceUnderItsHeadings() throws Exception {
		WordDocument word = new WordDocument().paragraph("Uppföljning av intern kontroll 2025 – delår")
			.tabbed("Område", "Kontrollmoment", "Ansvarig", "Status", "Kommentar")
			.tabbed("Ekonomi", "", "Attest av leverantörsfakturor", "Ekonom", "Genomförd", "Inga avvikelser.")
			.tabbed("Ekonomi", "Uppföljning av interkommunala ersättningar", "Ekonom", "Pågår", "Hösten pågår.");
		try (RawWorkbook workbook = reader.read(word.save(dir.resolve("BUN delår 2025.docx")))) {
			assertThat(workbook.sheets().get(0).rows().readAll()).extracting(r -> r.text(1), r -> r.text(3))
				.containsExactly(org.assertj.core.groups.Tuple.tuple("Kontrollmoment", "Status"),
						org.assertj.core.groups.Tuple.tuple("Attest av leverantörsfakturor", "Genomförd"),
						org.assertj.core.groups.Tuple.tuple("Uppföljning av interkommunala ersättningar", "Pågår"));
		}
	}

	/** Round 260: a report printed in fixed widths and pasted into a document, its columns lined up with spaces. */
	@Test
	void cutsAReportPrintedInFixedWidthsInADocumentWhereItsHeadingsStart() throws Exception {
		WordDocument word = new WordDocument().paragraph("Intern kontroll 2025 - årsuppföljning (helår)")
			.paragraph("Kontrollmoment                                    Status        Kommentar")
			.paragraph("=============================================================================")
			.paragraph("Kontroll av att tillsyn enligt LSO utförs         Genomförd     70 av 70 utförda.")
			.paragraph("enligt tillsynsplanen")
			.paragraph("Kontroll av andningsskydd (årlig service)         Genomförd")
			.paragraph("Attest av fakturor enligt attestordning           Genomförd     Stickprov 20 st.")
			.paragraph("Uppföljning av fordonsbesiktningar                Ej genomförd  Ingen kontroll gjord.");
		try (RawWorkbook workbook = reader.read(word.save(dir.resolve("RTF_arsuppfoljning_IK_2025.docx")))) {
			assertThat(workbook.sheets()).extracting(RawSheet::name).containsExactly("Tabell i texten 1");
			assertThat(workbook.sheets().get(0).rows().readAll()).extracting(RawRow::number,
					r -> r.cells().stream().map(c -> c.column() + ":" + c.text()).toList())
				.containsExactly(org.assertj.core.groups.Tuple.tuple(1, List.of("0:Intern kontroll 2025 - årsuppföljning (helår)")),
						org.assertj.core.groups.Tuple.tuple(2, List.of("0:Kontrollmoment", "1:Status", "2:Kommentar")),
						org.assertj.core.groups.Tuple.tuple(3, List.of("0:" + "=".repeat(77))),
						org.assertj.core.groups.Tuple.tuple(4, List.of("0:Kontroll av att tillsyn enligt LSO utförs",
								"1:Genomförd", "2:70 av 70 utförda.")),
						org.assertj.core.groups.Tuple.tuple(5, List.of("0:enligt tillsynsplanen")),
						org.assertj.core.groups.Tuple.tuple(6, List.of("0:Kontroll av andningsskydd (årlig service)",
								"1:Genomförd")),
						org.assertj.core.groups.Tuple.tuple(7, List.of("0:Attest av fakturor enligt attestordning",
								"1:Genomförd", "2:Stickprov 20 st.")),
						org.assertj.core.groups.Tuple.tuple(8, List.of("0:Uppföljning av fordonsbesiktningar",
								"1:Ej genomförd", "2:Ingen kontroll gjord.")));
		}
	}

	/** Round 260: a Word table of the header row only, the rows laid out with tab stops right under it. */
	@Test
	void readsRowsLaidOutWithTabStopsUnderATableOfItsHeaderOnlyAsThatTablesRows() throws Exception {
		WordDocument word = new WordDocument().paragraph("Uppföljning intern kontroll – tertial 2, 2025");
		word.table(new String[] { "Nr", "Kontrollmoment", "Status", "Kommentar" });
		word.tabbed("1", "Kontroll av att föreningsbidrag betalas ut enligt beslut", "G", "Inga avvikelser.")
			.tabbed("2", "Inventering av kommunens konstsamling", "E", "Flyttas till 2026.");
		try (RawWorkbook workbook = reader.read(word.save(dir.resolve("KFF uppföljning tertial 2.docx")))) {
			assertThat(workbook.sheets().get(0).name()).isEqualTo("Tabell 1");
			assertThat(workbook.sheets().get(0).rows().readAll()).extracting(r -> r.text(1)).containsExactly(
					"Kontrollmoment", "Kontroll av att föreningsbidrag betalas ut enligt beslut",
					"Inventering av kommunens konstsamling");
		}
	}

	/** Round 151: each control a bullet, the sentences reporting on it a bullet under it. */
	@Test
	void joinsASentenceListedUnderAnItemToItButNotALabelledLineOrANumberedHeading() throws Exception {
		WordDocument word = new WordDocument().paragraph("Genomförda kontroller")
			.listItem("Kontanthantering i badhusets reception", 0)
			.listItem("Oanmäld kassainventering vid tre tillfällen. Inga differenser.", 1)
			.listItem("Utbetalning av föreningsbidrag", 0)
			.listItem("Läge: genomförd.", 1)
			.listItem("Redovisning per kontroll", 0)
			.listItem("Stickprov av leverantörsfakturor över 100 tkr", 1);
		try (RawWorkbook workbook = reader.read(word.save(dir.resolve("vb.docx")))) {
			RawSheet text = workbook.sheets().get(0);
			assertThat(text.rows().readAll()).extracting(r -> r.text(0)).containsExactly("Genomförda kontroller",
					"Kontanthantering i badhusets reception – Oanmäld kassainventering vid tre tillfällen. Inga differenser.",
					"Utbetalning av föreningsbidrag", "Läge: genomförd.", "Redovisning per kontroll",
					"Stickprov av leverantörsfakturor över 100 tkr");
			assertThat(text.listItems()).containsExactlyInAnyOrder(2, 3, 4, 5, 6);
		}
	}

	/** Round 96: a memo's controls as bullets under headings saying what became of them. */
	@Test
	void knowsWhichParagraphsOfTheTextAreListItemsByTheirOwnNumberingOrByTheirStyle() throws Exception {
		WordDocument word = new WordDocument().paragraph("Genomförda kontroller")
			.styledListItem("Attest av leverantörsfakturor – klart, inga fel.")
			.listItem("Representation och interna möten – gjort.")
			.paragraph("Förvaltningen bedömer att den interna kontrollen är tillräcklig.");
		try (RawWorkbook workbook = reader.read(word.save(dir.resolve("pm.docx")))) {
			RawSheet text = workbook.sheets().get(0);
			assertThat(text.rows().readAll()).extracting(r -> r.text(0)).containsExactly("Genomförda kontroller",
					"Attest av leverantörsfakturor – klart, inga fel.", "Representation och interna möten – gjort.",
					"Förvaltningen bedömer att den interna kontrollen är tillräcklig.");
			assertThat(text.listItems()).containsExactlyInAnyOrder(2, 3);
		}
	}

	@Test
	void joinsACellsParagraphsWithLineBreaks() throws Exception {
		WordDocument word = new WordDocument();
		word.table(HEADER, new String[] { "Inköp", "Avtalstrohet", "Första stycket.\nAndra stycket.", "Delvis" });
		assertThat(rows(word.save(dir.resolve("stycken.docx")), 0).get(1).text(2))
			.isEqualTo("Första stycket.\nAndra stycket.");
	}

	/** Round 53: "Bedömning" with a raised footnote mark, explained under the table. */
	@Test
	void keepsAFootnoteMarkSetAsSuperscriptRaised() throws Exception {
		WordDocument word = new WordDocument();
		XWPFTable table = word.table(new String[] { "Kontrollmoment", "Bedömning" }, new String[] { "Avtalstrohet", "2" });
		org.apache.poi.xwpf.usermodel.XWPFRun mark = table.getRow(0).getCell(1).getParagraphs().get(0).createRun();
		mark.setText("1");
		mark.setSubscript(org.apache.poi.xwpf.usermodel.VerticalAlign.SUPERSCRIPT);
		assertThat(rows(word.save(dir.resolve("fotnot.docx")), 0).get(0).text(1)).isEqualTo("Bedömning¹");
	}

	@Test
	void spreadsACellMergedAcrossColumnsAsAMergedRegion() throws Exception {
		WordDocument word = new WordDocument();
		XWPFTable table = word.table(HEADER, new String[] { "Ekonomi", "x", "Gjort", "Ja" });
		WordDocument.mergeAcross(table, 1, 0, 2);
		assertThat(rows(word.save(dir.resolve("bred.docx")), 0).get(1).cells()).containsExactly(
				new RawCell(0, "Ekonomi", null, false, true, false), new RawCell(1, "Ekonomi", null, false, true, false),
				RawCell.of(2, "Gjort"), RawCell.of(3, "Ja"));
	}

	@Test
	void spreadsACellMergedDownRowsAsAMergedRegionFromAbove() throws Exception {
		WordDocument word = new WordDocument();
		XWPFTable table = word.table(HEADER, new String[] { "Inköp", "Avtalstrohet", "Gjort", "Ja" },
				new String[] { null, "Attest", "Gjort", "Ja" });
		WordDocument.mergeDown(table, 0, 1, 2);
		List<RawRow> rows = rows(word.save(dir.resolve("hog.docx")), 0);
		assertThat(rows.get(1).cell(0)).contains(RawCell.of(0, "Inköp"));
		assertThat(rows.get(2).cell(0)).contains(new RawCell(0, "Inköp", null, true, false, false));
	}

	@Test
	void readsCellShadingAsTheCellsFillAndAutoAsNoFill() throws Exception {
		WordDocument word = new WordDocument();
		XWPFTable table = word.table(new String[] { "Kontrollmoment", "Status" }, new String[] { "Attest", null },
				new String[] { "Behörigheter", "Klar" });
		WordDocument.shade(table.getRow(1).getCell(1), "00b050");
		WordDocument.shade(table.getRow(2).getCell(1), "auto");
		List<RawRow> rows = rows(word.save(dir.resolve("farg.docx")), 0);
		assertThat(rows.get(1).cell(1)).contains(new RawCell(1, "", "00B050", false, false, false));
		assertThat(rows.get(2).cell(1)).contains(RawCell.of(1, "Klar"));
	}

	/** Round 277: the result marked with Word's highlighter, as a status by colour, where the cell has no shading. */
	@Test
	void readsTheHighlighterMarkingMostOfACellsTextAsTheCellsFill() throws Exception {
		WordDocument word = new WordDocument();
		XWPFTable table = word.table(new String[] { "Kontrollmoment", "Resultat" }, new String[] { "Skolskjuts", null },
				new String[] { "Läromedel", null }, new String[] { "Attest", null });
		XWPFParagraph marked = table.getRow(1).getCell(1).getParagraphs().get(0);
		marked.createRun().setText("Samtliga 212 elever hade giltigt beslut.");
		marked.getRuns().get(0).setTextHighlightColor("green");
		XWPFParagraph partly = table.getRow(2).getCell(1).getParagraphs().get(0);
		partly.createRun().setText("Stickprov på 3 av 9 skolor, ");
		partly.createRun().setText("ett fel");
		partly.getRuns().get(1).setTextHighlightColor("yellow");
		XWPFParagraph shaded = table.getRow(3).getCell(1).getParagraphs().get(0);
		shaded.createRun().setText("Klar");
		shaded.getRuns().get(0).setTextHighlightColor("red");
		WordDocument.shade(table.getRow(3).getCell(1), "00B050");
		List<RawRow> rows = rows(word.save(dir.resolve("overstrykning.docx")), 0);
		assertThat(rows.get(1).cell(1).map(RawCell::fill)).contains("00FF00");
		assertThat(rows.get(2).cell(1).map(RawCell::fill)).isEmpty();
		assertThat(rows.get(3).cell(1).map(RawCell::fill)).contains("00B050");
	}

	@Test
	void givesMergesAndShadingExactlyTheCellsTheSameTableInExcelGives() throws Exception {
		WordDocument word = new WordDocument();
		XWPFTable table = word.table(HEADER, new String[] { "Inköp", "Avtalstrohet", "Gjort", null },
				new String[] { null, "Attest", "Gjort", "Delvis" }, new String[] { "Sammanfattning", null, "Bra", "Ja" });
		WordDocument.mergeDown(table, 0, 1, 2);
		WordDocument.mergeAcross(table, 3, 0, 2);
		WordDocument.shade(table.getRow(1).getCell(3), "00B050");
		Path xlsx = dir.resolve("samma.xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(xlsx)) {
			Sheet sheet = workbook.createSheet("Uppföljning");
			String[][] values = { HEADER, { "Inköp", "Avtalstrohet", "Gjort", null }, { null, "Attest", "Gjort", "Delvis" },
					{ "Sammanfattning", null, "Bra", "Ja" } };
			for (int r = 0; r < values.length; r++) {
				Row row = sheet.createRow(r);
				for (int c = 0; c < 4; c++) {
					if (values[r][c] != null) {
						row.createCell(c).setCellValue(values[r][c]);
					}
				}
			}
			XSSFCellStyle green = workbook.createCellStyle();
			green.setFillForegroundColor(new XSSFColor(new byte[] { 0x00, (byte) 0xB0, 0x50 }));
			green.setFillPattern(FillPatternType.SOLID_FOREGROUND);
			sheet.getRow(1).createCell(3).setCellStyle((CellStyle) green);
			sheet.addMergedRegion(new CellRangeAddress(1, 2, 0, 0));
			sheet.addMergedRegion(new CellRangeAddress(3, 3, 0, 1));
			workbook.write(out);
		}
		assertThat(rows(word.save(dir.resolve("samma.docx")), 0)).isEqualTo(rows(xlsx, 0));
	}

	@Test
	void keepsAHeaderRowRepeatedOnEveryPageOnceAsWordStoresIt() throws Exception {
		WordDocument word = new WordDocument();
		XWPFTable table = word.table(HEADER, new String[] { "Inköp", "Avtalstrohet", "Gjort", "Ja" });
		table.getRow(0).setRepeatHeader(true);
		assertThat(rows(word.save(dir.resolve("rubrik.docx")), 0)).extracting(r -> r.text(1))
			.containsExactly("Kontrollmoment", "Avtalstrohet");
	}

	@Test
	void readsATableInsideACellAsASheetOfItsOwnAfterItsParent() throws Exception {
		WordDocument word = new WordDocument();
		XWPFTable table = word.table(new String[] { "Kontroll 1", "Detaljer" });
		WordDocument.nest(table.getRow(0).getCell(1), new String[] { "Kontrollmoment", "Status" },
				new String[] { "Attest", "Genomförd" });
		try (RawWorkbook workbook = reader.read(word.save(dir.resolve("inre.docx")))) {
			assertThat(workbook.sheets()).extracting(RawSheet::name).containsExactly("Tabell 1", "Tabell 1.1");
			assertThat(workbook.sheets().get(0).rows().readAll().get(0).text(1)).isEqualTo("Detaljer");
			assertThat(workbook.sheets().get(1).rows().readAll().get(1).text(1)).isEqualTo("Genomförd");
			assertThat(workbook.sheets().get(1).context()).containsExactly("Detaljer");
		}
	}

	@Test
	void givesEachTableTheParagraphsAboveItSinceThePreviousTable() throws Exception {
		WordDocument word = new WordDocument().paragraph("Uppföljning av internkontrollplan 2025").paragraph("")
			.paragraph("1.1 Ekonomi i balans").paragraph("Process: Inköp");
		word.table(HEADER);
		word.paragraph("Process: Personal");
		word.table(HEADER);
		try (RawWorkbook workbook = reader.read(word.save(dir.resolve("rubriker.docx")))) {
			assertThat(workbook.sheets().get(0).context()).containsExactly("Uppföljning av internkontrollplan 2025",
					"1.1 Ekonomi i balans", "Process: Inköp");
			assertThat(workbook.sheets().get(1).context()).containsExactly("Process: Personal");
		}
	}

	@Test
	void readsTitleCompanyPageHeaderFooterAndFirstParagraphsAsTheDocumentsTexts() throws Exception {
		WordDocument word = new WordDocument().title("Uppföljning IK").company("Exempels kommun")
			.header("Socialnämnden").footer("Helår 2025").paragraph("Rapport till kommunstyrelsen");
		word.table(HEADER);
		try (RawWorkbook workbook = reader.read(word.save(dir.resolve("texter.docx")))) {
			assertThat(workbook.texts()).containsExactly(new DocumentText(DocumentText.Kind.TITLE, "Uppföljning IK"),
					new DocumentText(DocumentText.Kind.COMPANY, "Exempels kommun"),
					new DocumentText(DocumentText.Kind.HEADER, "Socialnämnden"),
					new DocumentText(DocumentText.Kind.FOOTER, "Helår 2025"),
					new DocumentText(DocumentText.Kind.PARAGRAPH, "Rapport till kommunstyrelsen"));
		}
	}

	@Test
	void keepsTheParagraphsAfterTheTablesApartFromTheDocumentsOpening() throws Exception {
		WordDocument word = new WordDocument().paragraph("Uppföljning 2025");
		word.table(HEADER);
		word.paragraph("Kommentarer: rad 6 följs upp i bokslutet.");
		try (RawWorkbook workbook = reader.read(word.save(dir.resolve("efter.docx")))) {
			assertThat(workbook.texts()).containsExactly(new DocumentText(DocumentText.Kind.PARAGRAPH, "Uppföljning 2025"),
					new DocumentText(DocumentText.Kind.CLOSING, "Kommentarer: rad 6 följs upp i bokslutet."));
		}
	}

	@Test
	void readsContentControlsFieldsAndTicksButNotDeletedHiddenOrDrawnText() throws Exception {
		WordDocument word = new WordDocument();
		word.table(new String[] { "Kontrollmoment", "Status" }, new String[] { "Attest", "STATUS" });
		Path plain = word.save(dir.resolve("plain.docx"));
		Path rich = ZipRewriter.rewrite(plain, dir.resolve("rik.docx"), "word/document.xml",
				xml -> new String(xml, StandardCharsets.UTF_8).replaceFirst("<w:r>(<w:rPr/>)?<w:t>STATUS</w:t></w:r>", """
						<w:sdt><w:sdtPr><w:rPr><w:vanish/></w:rPr><w:dropDownList><w:listItem w:value="Ja"/></w:dropDownList>\
						</w:sdtPr><w:sdtContent><w:r><w:t>Genomförd</w:t></w:r></w:sdtContent></w:sdt>\
						<w:del w:id="1" w:author="A"><w:r><w:delText>Ej gjord</w:delText></w:r></w:del>\
						<w:ins w:id="2" w:author="A"><w:r><w:t xml:space="preserve"> enligt plan</w:t></w:r></w:ins>\
						<w:r><w:rPr><w:vanish/></w:rPr><w:t>dold anteckning</w:t></w:r>\
						<w:r><w:fldChar w:fldCharType="begin"><w:ffData><w:checkBox><w:default w:val="1"/></w:checkBox>\
						</w:ffData></w:fldChar></w:r><w:r><w:instrText>FORMCHECKBOX</w:instrText></w:r>\
						<w:r><w:fldChar w:fldCharType="end"/></w:r>\
						<w:r><w:drawing><wp:inline xmlns:wp="urn:x"><w:t>ritad text</w:t></wp:inline></w:drawing></w:r>"""
					.replace("\n", "")).getBytes(StandardCharsets.UTF_8));
		assertThat(rows(rich, 0).get(1).text(1)).isEqualTo("Genomförd enligt plan☒");
	}

	/** Round 254: a legend set in a text box is text on the page, a paragraph where the box stands. */
	@Test
	void readsATextBoxsParagraphsWhereTheBoxStands() throws Exception {
		WordDocument word = new WordDocument().paragraph("BOX").paragraph("Uppföljning 2025");
		word.table(HEADER);
		Path plain = word.save(dir.resolve("plain.docx"));
		Path boxed = ZipRewriter.rewrite(plain, dir.resolve("ruta.docx"), "word/document.xml",
				xml -> new String(xml, StandardCharsets.UTF_8).replaceFirst("<w:t>BOX</w:t>", """
						<w:pict><v:shape xmlns:v="urn:schemas-microsoft-com:vml"><v:textbox><w:txbxContent>						<w:p><w:r><w:t>Teckenförklaring status:</w:t></w:r></w:p>						<w:p><w:r><w:t>G = Genomförd</w:t></w:r><w:r><w:tab/><w:t>D = Delvis genomförd</w:t></w:r></w:p>						</w:txbxContent></v:textbox></v:shape></w:pict>""".replace("\n", "")).getBytes(StandardCharsets.UTF_8));
		try (RawWorkbook workbook = reader.read(boxed)) {
			assertThat(workbook.texts()).extracting(DocumentText::text).containsSubsequence("Teckenförklaring status:",
					"G = Genomförd D = Delvis genomförd", "Uppföljning 2025");
		}
	}
}
