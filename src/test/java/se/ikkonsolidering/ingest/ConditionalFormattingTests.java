package se.ikkonsolidering.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.ss.usermodel.ComparisonOperator;
import org.apache.poi.ss.usermodel.ConditionalFormattingRule;
import org.apache.poi.ss.usermodel.PatternFormatting;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.SheetConditionalFormatting;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A cell shows the fill its conditional-formatting rule gives it, as Excel shows it. */
class ConditionalFormattingTests {

	@TempDir
	Path dir;

	private static final String GREEN = "00B050";
	private static final String YELLOW = "FFC000";
	private static final String RED = "FF0000";

	private Path workbook(java.util.function.Consumer<XSSFSheet> rules, String... statuses) throws Exception {
		Path file = dir.resolve("villkor.xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
			XSSFSheet sheet = workbook.createSheet("Uppföljning");
			Row header = sheet.createRow(0);
			header.createCell(0).setCellValue("Kontrollmoment");
			header.createCell(1).setCellValue("Status");
			for (int i = 0; i < statuses.length; i++) {
				Row row = sheet.createRow(i + 1);
				row.createCell(0).setCellValue("Kontroll " + (i + 1));
				if (statuses[i].matches("\\d+")) {
					row.createCell(1).setCellValue(Double.parseDouble(statuses[i]));
				}
				else {
					row.createCell(1).setCellValue(statuses[i]);
				}
			}
			rules.accept(sheet);
			workbook.write(out);
		}
		return file;
	}

	private static void fill(ConditionalFormattingRule rule, String rgb) {
		PatternFormatting pattern = rule.createPatternFormatting();
		pattern.setFillBackgroundColor(new XSSFColor(java.util.HexFormat.of().parseHex(rgb)));
		pattern.setFillPattern(PatternFormatting.SOLID_FOREGROUND);
	}

	private static List<String> fills(Path file) {
		try (RawWorkbook workbook = new WorkbookReader().read(file)) {
			return workbook.sheets().get(0).rows().readAll().stream().skip(1)
				.map(r -> r.cell(1).map(RawCell::fill).orElse(null)).toList();
		}
	}

	@Test
	void colorsNumbersByCellValueRules() throws Exception {
		Path file = workbook(sheet -> {
			SheetConditionalFormatting cf = sheet.getSheetConditionalFormatting();
			CellRangeAddress[] range = { CellRangeAddress.valueOf("B2:B4") };
			ConditionalFormattingRule one = cf.createConditionalFormattingRule(ComparisonOperator.EQUAL, "1");
			fill(one, GREEN);
			ConditionalFormattingRule two = cf.createConditionalFormattingRule(ComparisonOperator.EQUAL, "2");
			fill(two, YELLOW);
			ConditionalFormattingRule three = cf.createConditionalFormattingRule(ComparisonOperator.GT, "2");
			fill(three, RED);
			cf.addConditionalFormatting(range, new ConditionalFormattingRule[] { one, two, three });
		}, "1", "3", "2");

		assertThat(fills(file)).containsExactly(GREEN, RED, YELLOW);
	}

	@Test
	void colorsTextByFormulaRulesRelativeToTheFirstCell() throws Exception {
		Path file = workbook(sheet -> {
			SheetConditionalFormatting cf = sheet.getSheetConditionalFormatting();
			CellRangeAddress[] range = { CellRangeAddress.valueOf("B2:B4") };
			ConditionalFormattingRule done = cf.createConditionalFormattingRule("OR(B2=\"Klar\",B2=\"Utförd enl. plan\")");
			fill(done, GREEN);
			ConditionalFormattingRule started = cf.createConditionalFormattingRule("ISNUMBER(SEARCH(\"pågå\",$B2))");
			fill(started, YELLOW);
			cf.addConditionalFormatting(range, done, started);
		}, "Utförd enl. plan", "Pågående", "Ej påbörjad");

		assertThat(fills(file)).containsExactly(GREEN, YELLOW, null);
	}

	@Test
	void leavesAFillAloneWhenARuleLooksAtAnotherRow() throws Exception {
		Path file = workbook(sheet -> {
			SheetConditionalFormatting cf = sheet.getSheetConditionalFormatting();
			ConditionalFormattingRule above = cf.createConditionalFormattingRule("B1=\"Status\"");
			fill(above, RED);
			cf.addConditionalFormatting(new CellRangeAddress[] { CellRangeAddress.valueOf("B2:B3") }, above);
		}, "Klar", "Klar");

		assertThat(fills(file)).containsExactly(null, null);
	}

	@Test
	void theInMemoryReaderShowsTheSameFillsAsTheStreamingOne() throws Exception {
		Path file = workbook(sheet -> {
			SheetConditionalFormatting cf = sheet.getSheetConditionalFormatting();
			ConditionalFormattingRule done = cf.createConditionalFormattingRule("B2=\"Klar\"");
			fill(done, GREEN);
			ConditionalFormattingRule red = cf.createConditionalFormattingRule(ComparisonOperator.EQUAL, "3");
			fill(red, RED);
			cf.addConditionalFormatting(new CellRangeAddress[] { CellRangeAddress.valueOf("B2:B3") },
					new ConditionalFormattingRule[] { done, red });
		}, "Klar", "3");

		try (RawWorkbook inMemory = new se.ikkonsolidering.ingest.internal.PoiWorkbookReader().read(file, FileFormat.OOXML)) {
			assertThat(inMemory.sheets().get(0).rows().readAll().stream().skip(1)
				.map(r -> r.cell(1).map(RawCell::fill).orElse(null)).toList()).containsExactly(GREEN, RED)
				.isEqualTo(fills(file));
		}
	}
}
