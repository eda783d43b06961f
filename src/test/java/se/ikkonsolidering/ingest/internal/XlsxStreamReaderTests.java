package se.ikkonsolidering.ingest.internal;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTColor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import se.ikkonsolidering.ingest.FileFormat;
import se.ikkonsolidering.ingest.FileRejectedException;
import se.ikkonsolidering.ingest.RawCell;
import se.ikkonsolidering.ingest.RawRow;
import se.ikkonsolidering.ingest.RawSheet;
import se.ikkonsolidering.ingest.RawWorkbook;
import se.ikkonsolidering.ingest.ZipRewriter;

/**
 * The streaming .xlsx reader sees exactly what POI's in-memory workbook sees: the same rows, texts, fill colours and
 * merged cells, on every real-layout fixture and on workbooks built to exercise each cell type.
 */
class XlsxStreamReaderTests {

	/** The colour scheme of Excel's default Office theme (2013–2022), with system colours for dk1/lt1. */
	private static final String OFFICE_THEME = """
			<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
			<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="Office-tema">
			<a:themeElements><a:clrScheme name="Office">
			<a:dk1><a:sysClr val="windowText" lastClr="000000"/></a:dk1>
			<a:lt1><a:sysClr val="window" lastClr="FFFFFF"/></a:lt1>
			<a:dk2><a:srgbClr val="44546A"/></a:dk2><a:lt2><a:srgbClr val="E7E6E6"/></a:lt2>
			<a:accent1><a:srgbClr val="4472C4"/></a:accent1><a:accent2><a:srgbClr val="ED7D31"/></a:accent2>
			<a:accent3><a:srgbClr val="A5A5A5"/></a:accent3><a:accent4><a:srgbClr val="FFC000"/></a:accent4>
			<a:accent5><a:srgbClr val="5B9BD5"/></a:accent5><a:accent6><a:srgbClr val="70AD47"/></a:accent6>
			<a:hlink><a:srgbClr val="0563C1"/></a:hlink><a:folHlink><a:srgbClr val="954F72"/></a:folHlink>
			</a:clrScheme><a:fontScheme name="Office"><a:majorFont><a:latin typeface="Calibri Light"/><a:ea typeface=""/>
			<a:cs typeface=""/></a:majorFont><a:minorFont><a:latin typeface="Calibri"/><a:ea typeface=""/><a:cs typeface=""/>
			</a:minorFont></a:fontScheme><a:fmtScheme name="Office"><a:fillStyleLst><a:solidFill><a:schemeClr val="phClr"/>
			</a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/>
			</a:solidFill></a:fillStyleLst><a:lnStyleLst><a:ln w="6350"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill>
			</a:ln><a:ln w="12700"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln><a:ln w="19050"><a:solidFill>
			<a:schemeClr val="phClr"/></a:solidFill></a:ln></a:lnStyleLst><a:effectStyleLst><a:effectStyle><a:effectLst/>
			</a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle>
			</a:effectStyleLst><a:bgFillStyleLst><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill>
			<a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:bgFillStyleLst>
			</a:fmtScheme></a:themeElements></a:theme>""";

	@TempDir
	Path dir;

	private final XlsxStreamReader streaming = new XlsxStreamReader();
	private final PoiWorkbookReader inMemory = new PoiWorkbookReader();

	static Stream<Path> workbooks() throws IOException {
		return Stream.concat(Files.list(Path.of("input-samples")), Files.list(Path.of("src/test/resources/fixtures/unseen")))
			.filter(p -> p.getFileName().toString().endsWith(".xlsx"));
	}

	@ParameterizedTest
	@MethodSource("workbooks")
	void readsEveryFixtureExactlyAsTheInMemoryReader(Path file) {
		assertSameAsInMemory(file);
	}

	@Test
	void readsEveryCellTypeAsTheInMemoryReader() throws IOException {
		Path file = dir.resolve("types.xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			Sheet sheet = workbook.createSheet("Uppföljning");
			CellStyle date = workbook.createCellStyle();
			date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
			CellStyle dateTime = workbook.createCellStyle();
			dateTime.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd hh:mm"));
			Row row = sheet.createRow(0);
			row.createCell(0).setCellValue("Kontroll med radbrytning\r\noch _x0009_ tab");
			row.createCell(1).setCellValue(12.50);
			row.createCell(2).setCellValue(LocalDate.of(2025, 3, 31));
			row.getCell(2).setCellStyle(date);
			row.createCell(3).setCellValue(45747.5);
			row.getCell(3).setCellStyle(dateTime);
			row.createCell(4).setCellValue(true);
			row.createCell(5).setCellFormula("1/0");
			row.createCell(6).setCellFormula("\"Genom\"&\"förd\"");
			row.createCell(7).setCellValue(1.0E20);
			XSSFRichTextString rich = new XSSFRichTextString("Delvis genomförd");
			XSSFFont bold = workbook.createFont();
			bold.setBold(true);
			rich.applyFont(0, 6, bold);
			row.createCell(8).setCellValue(rich);
			workbook.setForceFormulaRecalculation(false);
			workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
			workbook.createSheet("Dold").createRow(2).createCell(1).setCellValue("dold text");
			workbook.setSheetHidden(1, true);
			write(workbook, file);
		}
		assertSameAsInMemory(file);
	}

	@Test
	void spreadsMergedRegionsAndFillsAsTheInMemoryReader() throws IOException {
		Path file = dir.resolve("merged.xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			Sheet sheet = workbook.createSheet("Plan");
			CellStyle red = workbook.createCellStyle();
			red.setFillForegroundColor(IndexedColors.RED.getIndex());
			red.setFillPattern(FillPatternType.SOLID_FOREGROUND);
			CellStyle themed = workbook.createCellStyle();
			XSSFColor green = new XSSFColor(new byte[] { 0, (byte) 176, 80 });
			green.setTint(0.4);
			((XSSFCellStyle) themed).setFillForegroundColor(green);
			themed.setFillPattern(FillPatternType.SOLID_FOREGROUND);
			sheet.createRow(0).createCell(0).setCellValue("Uppföljning internkontroll");
			sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 4));
			Row header = sheet.createRow(2);
			header.createCell(0).setCellValue("Process");
			header.createCell(1).setCellValue("Kontrollmoment");
			header.createCell(2).setCellValue("Status");
			Row first = sheet.createRow(3);
			first.createCell(0).setCellValue("Ekonomi");
			first.createCell(1).setCellValue("Attest");
			first.createCell(2).setCellStyle(red);
			// Rows 5 and 6 exist only as part of the merged process cell: no <row> element is written for them.
			sheet.addMergedRegion(new CellRangeAddress(3, 5, 0, 0));
			Row fourth = sheet.createRow(6);
			fourth.createCell(1).setCellValue("Inköp");
			fourth.createCell(2).setCellValue("Klar");
			fourth.getCell(2).setCellStyle(themed);
			// A whole column merged is ignored rather than spread over every cell.
			sheet.addMergedRegion(new CellRangeAddress(10, 20_000, 6, 6));
			sheet.createRow(10).createCell(6).setCellValue("Kolumnrubrik");
			write(workbook, file);
		}
		assertSameAsInMemory(file);
		try (RawWorkbook workbook = streaming.read(file)) {
			List<RawRow> rows = workbook.sheets().get(0).rows().readAll();
			assertThat(rows).extracting(RawRow::number).containsExactly(1, 3, 4, 5, 6, 7, 11);
			assertThat(rows.get(3).cells()).containsExactly(new RawCell(0, "Ekonomi", null, true, false, false));
			assertThat(rows.get(2).text(2)).isEmpty();
			assertThat(rows.get(2).cell(2).orElseThrow().fill()).isEqualTo("FF0000");
		}
	}

	@Test
	void resolvesThemePaletteAndTintedColoursAsTheInMemoryReader() throws IOException {
		Path file = dir.resolve("colours.xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			workbook.getStylesSource().ensureThemesTable();
			Sheet sheet = workbook.createSheet("Färger");
			Row row = sheet.createRow(0);
			int column = 0;
			for (int theme = 0; theme < 12; theme++) {
				for (double tint : new double[] { 0, 0.4, -0.25 }) {
					XSSFColor colour = XSSFColor.from(CTColor.Factory.newInstance(), null);
					colour.setTheme(theme);
					colour.setTint(tint);
					XSSFCellStyle style = workbook.createCellStyle();
					style.setFillForegroundColor(colour);
					style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
					row.createCell(column++).setCellStyle(style);
				}
			}
			for (IndexedColors indexed : new IndexedColors[] { IndexedColors.RED, IndexedColors.LIGHT_GREEN,
					IndexedColors.YELLOW, IndexedColors.AUTOMATIC }) {
				XSSFCellStyle style = workbook.createCellStyle();
				style.setFillForegroundColor(indexed.getIndex());
				style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
				row.createCell(column++).setCellStyle(style);
			}
			XSSFCellStyle notApplied = workbook.createCellStyle();
			notApplied.setFillForegroundColor(IndexedColors.RED.getIndex());
			notApplied.setFillPattern(FillPatternType.SOLID_FOREGROUND);
			notApplied.getCoreXf().setApplyFill(false);
			row.createCell(column).setCellValue("ej ifylld");
			row.getCell(column).setCellStyle(notApplied);
			write(workbook, dir.resolve("plain-theme.xlsx"));
		}
		// POI writes an empty theme; Excel's own carries the colour scheme the references point into.
		ZipRewriter.rewrite(dir.resolve("plain-theme.xlsx"), file, "xl/theme/theme-1.xml",
				xml -> OFFICE_THEME.getBytes(UTF_8));
		assertSameAsInMemory(file);
		try (RawWorkbook workbook = streaming.read(file)) {
			RawRow row = workbook.sheets().get(0).rows().readAll().get(0);
			assertThat(row.cells()).filteredOn(c -> c.fill() != null).hasSize(12 * 3 + 3);
			assertThat(row.cell(4 * 3).orElseThrow().fill()).isEqualTo("4472C4");
			assertThat(row.cell(36).orElseThrow().fill()).isEqualTo("FF0000");
		}
	}

	@Test
	void walksALargeSheetAgainWithoutHoldingIt() throws IOException {
		Path file = dir.resolve("large.xlsx");
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(50)) {
			Sheet sheet = workbook.createSheet("Uppföljning");
			for (int r = 0; r < 5_000; r++) {
				Row row = sheet.createRow(r);
				row.createCell(0).setCellValue("Kontroll " + r);
				row.createCell(1).setCellValue(r);
			}
			write(workbook, file);
			workbook.dispose();
		}
		try (RawWorkbook workbook = streaming.read(file)) {
			Iterator<RawRow> first = workbook.sheets().get(0).rows().iterator();
			assertThat(first.next().text(0)).isEqualTo("Kontroll 0");
			int count = 0;
			RawRow last = null;
			for (RawRow row : workbook.sheets().get(0).rows()) {
				count++;
				last = row;
			}
			assertThat(count).isEqualTo(5_000);
			assertThat(last.number()).isEqualTo(5_000);
			assertThat(last.text(1)).isEqualTo("4999");
		}
	}

	@Test
	void readsRowsWrittenOutOfOrderThroughTheInMemoryReader() throws IOException {
		Path plain = dir.resolve("plain.xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			Sheet sheet = workbook.createSheet("Plan");
			sheet.createRow(0).createCell(0).setCellValue("först");
			sheet.createRow(1).createCell(0).setCellValue("sedan");
			write(workbook, plain);
		}
		Path shuffled = ZipRewriter.rewrite(plain, dir.resolve("shuffled.xlsx"),
				"xl/worksheets/sheet1.xml", xml -> {
					String text = new String(xml, UTF_8);
					int a = text.indexOf("<row r=\"1\"");
					int b = text.indexOf("<row r=\"2\"");
					int end = text.indexOf("</sheetData>");
					String swapped = text.substring(0, a) + text.substring(b, end) + text.substring(a, b)
							+ text.substring(end);
					return swapped.getBytes(UTF_8);
				});
		try (RawWorkbook workbook = streaming.read(shuffled)) {
			assertThat(workbook.sheets().get(0).rows().readAll()).extracting(r -> r.text(0))
				.containsExactly("först", "sedan");
		}
	}

	private void assertSameAsInMemory(Path file) {
		RawWorkbook expected;
		try {
			expected = inMemory.read(file, FileFormat.OOXML);
		}
		catch (FileRejectedException ex) {
			assertThatThrownBy(() -> streaming.read(file).close()).isInstanceOf(FileRejectedException.class);
			return;
		}
		try (RawWorkbook actual = streaming.read(file)) {
			assertThat(actual.sheets()).hasSameSizeAs(expected.sheets());
			for (int i = 0; i < expected.sheets().size(); i++) {
				RawSheet want = expected.sheets().get(i);
				RawSheet got = actual.sheets().get(i);
				assertThat(got.name()).isEqualTo(want.name());
				assertThat(got.hidden()).as(want.name()).isEqualTo(want.hidden());
				assertThat(got.rows().readAll()).as(file + " / " + want.name()).isEqualTo(want.rows().readAll());
			}
		}
	}

	private static void write(Workbook workbook, Path file) throws IOException {
		try (OutputStream out = Files.newOutputStream(file)) {
			workbook.write(out);
		}
	}
}
