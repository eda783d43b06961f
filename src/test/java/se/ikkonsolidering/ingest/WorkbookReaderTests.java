package se.ikkonsolidering.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WorkbookReaderTests {

	private static final String[] HEADER = { "Kontrollmoment", "Status" };
	private static final String[] ROW = { "Kontroll av fakturor", "Genomförd" };

	@TempDir
	Path dir;

	private final WorkbookReader reader = new WorkbookReader();

	/** Round 99: dots written in the legend's colours, the cells themselves left without fill. */
	@Test
	void takesTheColourASignIsWrittenInAsItsCellsColourButNotAWordsOrABlackSigns() throws Exception {
		Path file = dir.resolve("prickar.xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
			Row row = workbook.createSheet("Uppföljning").createRow(0);
			String[] texts = { "●", "●", "Genomförd" };
			byte[][] colours = { { 0x00, (byte) 0xB0, 0x50 }, { 0x00, 0x00, 0x00 }, { (byte) 0xE0, 0x00, 0x00 } };
			for (int c = 0; c < texts.length; c++) {
				org.apache.poi.xssf.usermodel.XSSFFont font = workbook.createFont();
				font.setColor(new org.apache.poi.xssf.usermodel.XSSFColor(colours[c]));
				CellStyle style = workbook.createCellStyle();
				style.setFont(font);
				Cell cell = row.createCell(c);
				cell.setCellValue(texts[c]);
				cell.setCellStyle(style);
			}
			workbook.write(out);
		}
		try (RawWorkbook workbook = reader.read(file)) {
			assertThat(workbook.sheets().get(0).rows().readAll().get(0).cells()).extracting(RawCell::fill)
				.containsExactly("00B050", null, null);
		}
	}

	@Test
	void readsXlsxAndXlsAlike() throws Exception {
		RawWorkbook xlsx = reader.read(Workbooks.xlsx(dir.resolve("a.xlsx"), HEADER, ROW));
		RawWorkbook xls = reader.read(Workbooks.xls(dir.resolve("a.xls"), HEADER, ROW));
		assertThat(xlsx.sheets().get(0).rows().readAll()).isEqualTo(xls.sheets().get(0).rows().readAll());
		assertThat(xls.sheets().get(0).rows().readAll().get(1).text(1)).isEqualTo("Genomförd");
	}

	/** Round 260: rows pasted into column A with their tabs, one of them with runs of spaces instead. */
	@Test
	void cutsALinePastedWithSpacesAmongLinesPastedWithTabs() throws Exception {
		Path file = Workbooks.xlsx(dir.resolve("SBN_IK_delar_2025.xlsx"), new String[] { "Samhällsbyggnadsnämnden" },
				new String[] { "Nr\tKontrollmoment\tStatus delår\tKommentar" },
				new String[] { "1\tBesiktning av lekplatser\tGenomförd\tUtförd i maj." },
				new String[] { "2    Uppföljning av fordonsflottans körjournaler    Utgår    Ej aktuellt." });
		try (RawWorkbook workbook = reader.read(file)) {
			assertThat(workbook.sheets().get(0).rows().readAll()).extracting(RawRow::number, r -> r.cells().size())
				.containsExactly(org.assertj.core.groups.Tuple.tuple(1, 1), org.assertj.core.groups.Tuple.tuple(2, 4),
						org.assertj.core.groups.Tuple.tuple(3, 4), org.assertj.core.groups.Tuple.tuple(4, 4));
			assertThat(workbook.sheets().get(0).rows().readAll().get(3).text(1))
				.isEqualTo("Uppföljning av fordonsflottans körjournaler");
		}
	}

	/**
	 * Round 442: a text table of bars pasted into column A, a rule under its header and a comment gone on to a line
	 * of its own.
	 */
	@Test
	void cutsATextTableOfBarsPastedIntoOneColumn() throws Exception {
		Path file = Workbooks.xlsx(dir.resolve("VON IK delår 2025.xlsx"), new String[] { "Uppföljning VON delår 2025" },
				new String[] { "Kontrollmoment | Ansvarig | Status | Kommentar" },
				new String[] { "--------------------------------------------" },
				new String[] { "Kontroll av loggar i Lifecare | Systemförvaltare | Genomförd | Loggkontroll på 50 journaler." },
				new String[] { "En otillåten åtkomst upptäcktes och har hanterats enligt rutin." },
				new String[] { "Kontroll av timanställdas tid mot schema | HR-konsult |  | Se bifogad rapport" });
		try (RawWorkbook workbook = reader.read(file)) {
			assertThat(workbook.sheets().get(0).rows().readAll()).extracting(RawRow::number,
					r -> r.cells().stream().map(c -> c.column() + ":" + c.text()).toList())
				.containsExactly(org.assertj.core.groups.Tuple.tuple(1, List.of("0:Uppföljning VON delår 2025")),
						org.assertj.core.groups.Tuple.tuple(2, List.of("0:Kontrollmoment", "1:Ansvarig", "2:Status",
								"3:Kommentar")),
						org.assertj.core.groups.Tuple.tuple(4, List.of("0:Kontroll av loggar i Lifecare",
								"1:Systemförvaltare", "2:Genomförd", "3:Loggkontroll på 50 journaler.\nEn otillåten "
										+ "åtkomst upptäcktes och har hanterats enligt rutin.")),
						org.assertj.core.groups.Tuple.tuple(6, List.of("0:Kontroll av timanställdas tid mot schema",
								"1:HR-konsult", "3:Se bifogad rapport")));
		}
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "andel.xlsx", "andel.xls" })
	void showsAPercentFormattedShareAsExcelDoesAndNamesTheHiddenColumns(String name) throws Exception {
		Path file = dir.resolve(name);
		try (Workbook workbook = name.endsWith(".xlsx") ? new XSSFWorkbook() : new HSSFWorkbook()) {
			Sheet sheet = workbook.createSheet("Uppföljning");
			Row row = sheet.createRow(0);
			row.createCell(0).setCellValue("Attestkontroll");
			row.createCell(1).setCellValue("Genomförd");
			Cell share = row.createCell(2);
			share.setCellValue(0.75);
			CellStyle percent = workbook.createCellStyle();
			percent.setDataFormat(workbook.createDataFormat().getFormat("0%"));
			share.setCellStyle(percent);
			sheet.setColumnHidden(1, true);
			try (OutputStream out = Files.newOutputStream(file)) {
				workbook.write(out);
			}
		}
		try (RawWorkbook read = reader.read(file)) {
			RawSheet sheet = read.sheets().get(0);
			assertThat(sheet.rows().readAll().get(0).text(2)).isEqualTo("75 %");
			assertThat(sheet.hiddenColumns()).containsExactly(1);
		}
	}

	/** Round 85: what became of a control written in the note of its blank status cell, in Excel's and in Excel 97's format. */
	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "anteckning.xlsx", "anteckning.xls" })
	void keepsEachCellsNoteByItsCellWithoutTheAuthorsLine(String name) throws Exception {
		Path file = dir.resolve(name);
		try (Workbook workbook = name.endsWith(".xlsx") ? new XSSFWorkbook() : new HSSFWorkbook()) {
			Sheet sheet = workbook.createSheet("Uppföljning");
			sheet.createRow(0).createCell(0).setCellValue("Kontrollmoment");
			Row row = sheet.createRow(1);
			row.createCell(0).setCellValue("Placering i förskolekö enligt turordningsreglerna");
			Cell status = row.createCell(1);
			Comment note = sheet.createDrawingPatriarch().createCellComment(
					workbook.getCreationHelper().createClientAnchor());
			note.setString(workbook.getCreationHelper().createRichTextString("Karin Dahl:\nEj påbörjad, personalbrist."));
			status.setCellComment(note);
			try (OutputStream out = Files.newOutputStream(file)) {
				workbook.write(out);
			}
		}
		try (RawWorkbook read = reader.read(file)) {
			assertThat(read.sheets().get(0).notes().inRows(2, 2)).containsExactly("Ej påbörjad, personalbrist.");
			assertThat(read.sheets().get(0).notes().inRows(1, 1)).isEmpty();
		}
	}

	/** Round 106: a legend written only in the note on the status column's header, in Excel's and Excel 97's format. */
	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "statuskoder.xlsx", "statuskoder.xls" })
	void offersEachCellsNoteAmongTheSheetsBoxesWhereALegendMayStand(String name) throws Exception {
		Path file = dir.resolve(name);
		try (Workbook workbook = name.endsWith(".xlsx") ? new XSSFWorkbook() : new HSSFWorkbook()) {
			Sheet sheet = workbook.createSheet("IKP 2025");
			Cell header = sheet.createRow(0).createCell(1);
			header.setCellValue("Status delår 2025");
			Comment note = sheet.createDrawingPatriarch().createCellComment(
					workbook.getCreationHelper().createClientAnchor());
			note.setString(workbook.getCreationHelper().createRichTextString("Statuskoder:\nG = Genomförd\nE = Ej genomförd"));
			header.setCellComment(note);
			try (OutputStream out = Files.newOutputStream(file)) {
				workbook.write(out);
			}
		}
		try (RawWorkbook read = reader.read(file)) {
			assertThat(read.sheets().get(0).boxes()).singleElement().asString().contains("G = Genomförd");
		}
	}

	/** Round 85: rows hidden outside any group and filter are struck out; a collapsed group's and a filter's are not. */
	@Test
	void leavesOutRowsHiddenOutsideGroupsAndFiltersAndSaysHowMany() throws Exception {
		Path file = dir.resolve("dolda.xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			Sheet sheet = workbook.createSheet("Uppföljning");
			for (int r = 0; r < 4; r++) {
				sheet.createRow(r).createCell(0).setCellValue("Rad " + (r + 1));
			}
			sheet.getRow(1).setZeroHeight(true);
			sheet.groupRow(2, 2);
			sheet.getRow(2).setZeroHeight(true);
			try (OutputStream out = Files.newOutputStream(file)) {
				workbook.write(out);
			}
		}
		try (RawWorkbook read = reader.read(file)) {
			assertThat(read.sheets().get(0).rows().readAll()).extracting(r -> r.text(0))
				.containsExactly("Rad 1", "Rad 3", "Rad 4");
			assertThat(read.notes()).containsExactly(
					"fliken 'Uppföljning' har 1 dold rad utanför grupperingar och filter, som inte lästs (struket ur planen)");
		}
	}

	@Test
	void readsTheRowsAFilterHidesForAReaderClearsTheFilter() throws Exception {
		Path file = dir.resolve("filter.xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			XSSFSheet sheet = workbook.createSheet("Uppföljning");
			sheet.createRow(0).createCell(0).setCellValue("Period");
			sheet.createRow(1).createCell(0).setCellValue("Delår");
			sheet.createRow(2).createCell(0).setCellValue("Helår");
			sheet.getRow(1).setZeroHeight(true);
			sheet.setAutoFilter(CellRangeAddress.valueOf("A1:A3"));
			try (OutputStream out = Files.newOutputStream(file)) {
				workbook.write(out);
			}
		}
		try (RawWorkbook read = reader.read(file)) {
			assertThat(read.sheets().get(0).rows().readAll()).extracting(r -> r.text(0))
				.containsExactly("Period", "Delår", "Helår");
			assertThat(read.notes()).isEmpty();
		}
	}

	@Test
	void readsAnInlineStringCellThatPoiEditedAsPoiDoes() throws Exception {
		Path file = Workbooks.xlsx(dir.resolve("redigerad.xlsx"), HEADER);
		try (FileSystem zip = FileSystems.newFileSystem(file)) {
			// POI, setting a new text on an inline-string cell, writes it to <v> and leaves the old <is> behind.
			Files.writeString(zip.getPath("xl/worksheets/sheet1.xml"), "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
					+ "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
					+ "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><v>Genomförd</v><is><t>Ej genomförd</t></is></c></row>"
					+ "</sheetData></worksheet>");
		}
		try (RawWorkbook read = reader.read(file)) {
			assertThat(read.sheets().get(0).rows().readAll().get(0).text(0)).isEqualTo("Genomförd");
		}
	}

	@Test
	void readsAnXlsxRenamedToXlsByItsContent() throws Exception {
		Path renamed = Workbooks.xlsx(dir.resolve("egentligen-xlsx.xls"), HEADER, ROW);
		assertThat(reader.read(renamed).format()).isEqualTo(FileFormat.OOXML);
	}

	@Test
	void readsACsvNamedXlsxAsCsv() throws Exception {
		Path csv = Files.writeString(dir.resolve("export.xlsx"), "Kontrollmoment;Status\nKontroll;Ja\n");
		assertThat(reader.read(csv).format()).isEqualTo(FileFormat.TEXT);
	}

	@Nested
	class Csv {

		@Test
		void detectsWindows1252AndKeepsSwedishLetters() throws Exception {
			Path csv = dir.resolve("sbn.csv");
			Files.write(csv, "Kontrollområde;Åtgärd\r\nBygglov;Översyn av rutiner för ärenden\r\n"
				.getBytes(Charset.forName("windows-1252")));
			RawWorkbook workbook = reader.read(csv);
			assertThat(workbook.sheets().get(0).rows().readAll().get(1).text(1)).isEqualTo("Översyn av rutiner för ärenden");
			assertThat(workbook.notes()).singleElement().asString().contains("Windows-1252");
		}

		@Test
		void dropsTheUtf8ByteOrderMark() throws Exception {
			Path csv = dir.resolve("bom.csv");
			Files.write(csv, ("\uFEFFKontrollmoment;Status\nKontroll;Ja\n").getBytes(StandardCharsets.UTF_8));
			assertThat(reader.read(csv).sheets().get(0).rows().readAll().get(0).text(0)).isEqualTo("Kontrollmoment");
		}

		@Test
		void detectsCommaSeparatorDespiteCommasInQuotedProse() throws Exception {
			Path csv = Files.writeString(dir.resolve("komma.csv"),
					"Kontrollmoment,Resultat,Status\n\"Attest, belopp\",\"Gjort, inga fel\",Ja\n");
			RawRow row = reader.read(csv).sheets().get(0).rows().readAll().get(1);
			assertThat(row.text(0)).isEqualTo("Attest, belopp");
			assertThat(row.text(2)).isEqualTo("Ja");
		}

		@Test
		void numbersRowsAsExcelShowsThem() throws Exception {
			Path csv = Files.writeString(dir.resolve("rader.csv"), "Titel\n\nKontrollmoment;Status\n\"Två\nrader\";Ja\nNästa;Nej\n");
			assertThat(reader.read(csv).sheets().get(0).rows().readAll()).extracting(RawRow::number).containsExactly(1, 3, 4, 5);
		}
	}

	@Nested
	class Rejects {

		@Test
		void anEmptyFile() throws Exception {
			Path empty = Files.createFile(dir.resolve("tom.xlsx"));
			assertThatThrownBy(() -> reader.read(empty)).isInstanceOf(FileRejectedException.class)
				.hasMessage("Filen är tom (0 byte).");
		}

		@Test
		void aTruncatedWorkbook() throws Exception {
			byte[] whole = Files.readAllBytes(Workbooks.xlsx(dir.resolve("hel.xlsx"), HEADER, ROW));
			Path truncated = Files.write(dir.resolve("trasig.xlsx"), Arrays.copyOf(whole, whole.length / 2));
			assertThatThrownBy(() -> reader.read(truncated)).isInstanceOf(FileRejectedException.class)
				.hasMessageStartingWith("Filen är skadad eller ofullständig");
		}

		@Test
		void aPasswordProtectedXlsx() throws Exception {
			Path plain = Workbooks.xlsx(dir.resolve("plain.xlsx"), HEADER, ROW);
			Path encrypted = Workbooks.encryptedXlsx(dir.resolve("hemlig.xlsx"), plain);
			assertThatThrownBy(() -> reader.read(encrypted)).isInstanceOf(FileRejectedException.class)
				.hasMessage("Filen är lösenordsskyddad eller krypterad och kan inte läsas.");
		}

		@Test
		void aPasswordProtectedXls() throws Exception {
			Path encrypted = Workbooks.encryptedXls(dir.resolve("hemlig.xls"), HEADER, ROW);
			assertThatThrownBy(() -> reader.read(encrypted)).isInstanceOf(FileRejectedException.class)
				.hasMessage("Filen är lösenordsskyddad eller krypterad och kan inte läsas.");
		}
	}

	/**
	 * Round 241: an .xls written by xlwt has no palette of its own where POI looks to add one: its fills are read
	 * from the default palette, not refused as a damaged file.
	 */
	@Test
	void readsTheFillsOfAnXlsWithoutAPaletteFromTheDefaultPalette() {
		try (RawWorkbook xls = reader.read(Path.of("src/test/resources/fixtures/xls/enhetsflikar från xlwt.xls"))) {
			assertThat(xls.sheets()).extracting(RawSheet::name).containsExactly("Miljöenheten", "Bygglovsenheten");
			assertThat(xls.sheets().get(0).rows().readAll().get(3).nonBlankCells())
				.extracting(RawCell::text, RawCell::fill).first()
				.isEqualTo(org.assertj.core.groups.Tuple.tuple("Kontrollmoment", "99CCFF"));
		}
	}

	/**
	 * Round 447: an .xls by xlwt with colours of its own, its legend on a second sheet: the legend's fills are the
	 * workbook's colours, as the first sheet's are, though the first sheet's comments were asked for before.
	 */
	@Test
	void readsTheFillsOfEverySheetOfAnXlsFromItsOwnColours() {
		try (RawWorkbook xls = reader.read(
				Path.of("src/test/resources/fixtures/xls/färgförklaring på egen flik från xlwt.xls"))) {
			assertThat(xls.sheets().get(0).rows().readAll().get(1).cells()).extracting(RawCell::fill)
				.containsExactly(null, "00B050");
			assertThat(xls.sheets().get(1).rows().readAll()).extracting(row -> row.cells().get(0).fill())
				.containsExactly(null, "00B050", "FFC000", "FF0000");
		}
	}
}
