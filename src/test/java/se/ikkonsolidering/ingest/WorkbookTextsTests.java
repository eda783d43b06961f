package se.ikkonsolidering.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A workbook's texts outside its cells: its properties and the print header and footer of its visible sheets. */
class WorkbookTextsTests {

	private static final DocumentText[] EXPECTED = { new DocumentText(DocumentText.Kind.TITLE, "Uppföljning IK 2025"),
			new DocumentText(DocumentText.Kind.SUBJECT, "Internkontroll"),
			new DocumentText(DocumentText.Kind.COMPANY, "Exempels kommun"),
			new DocumentText(DocumentText.Kind.HEADER, "Socialnämnden"),
			new DocumentText(DocumentText.Kind.HEADER, "Sida av"),
			new DocumentText(DocumentText.Kind.FOOTER, "Helår 2025 & bokslut") };

	@TempDir
	Path dir;

	private final WorkbookReader reader = new WorkbookReader();

	private static Path save(Workbook workbook, Path file) throws Exception {
		Sheet sheet = workbook.createSheet("Uppföljning");
		sheet.createRow(0).createCell(0).setCellValue("Kontrollmoment");
		sheet.getHeader().setLeft("&\"Arial,Fet\"&14Socialnämnden");
		sheet.getHeader().setCenter("Sida &P av &N");
		sheet.getFooter().setRight("&KFF0000Helår 2025 && bokslut &D");
		Sheet hidden = workbook.createSheet("Listor");
		hidden.getHeader().setCenter("Listor till rullgardinerna");
		workbook.setSheetHidden(1, true);
		try (workbook; OutputStream out = Files.newOutputStream(file)) {
			workbook.write(out);
		}
		return file;
	}

	@Test
	void readsAnXlsxsPropertiesAndItsVisibleSheetsPrintHeaderAndFooterWithoutExcelsCodes() throws Exception {
		XSSFWorkbook workbook = new XSSFWorkbook();
		workbook.getProperties().getCoreProperties().setTitle("Uppföljning IK 2025");
		workbook.getProperties().getCoreProperties().setSubjectProperty("Internkontroll");
		workbook.getProperties().getExtendedProperties().getUnderlyingProperties().setCompany("Exempels kommun");
		try (RawWorkbook read = reader.read(save(workbook, dir.resolve("texter.xlsx")))) {
			assertThat(read.texts()).containsExactly(EXPECTED);
		}
	}

	@Test
	void readsTheSameTextsFromAnXls() throws Exception {
		HSSFWorkbook workbook = new HSSFWorkbook();
		workbook.createInformationProperties();
		workbook.getSummaryInformation().setTitle("Uppföljning IK 2025");
		workbook.getSummaryInformation().setSubject("Internkontroll");
		workbook.getDocumentSummaryInformation().setCompany("Exempels kommun");
		try (RawWorkbook read = reader.read(save(workbook, dir.resolve("texter.xls")))) {
			assertThat(read.texts()).containsExactly(EXPECTED);
		}
	}

	/** A legend in a text box beside the table, or in a note on the header cell, is read with the sheet. */
	@Test
	void readsAnXlsxSheetsTextBoxesAndCellCommentsAsItsBoxes() throws Exception {
		XSSFWorkbook workbook = new XSSFWorkbook();
		org.apache.poi.xssf.usermodel.XSSFSheet sheet = workbook.createSheet("Uppföljning");
		sheet.createRow(0).createCell(0).setCellValue("Bedömning (0–3)");
		org.apache.poi.xssf.usermodel.XSSFDrawing drawing = sheet.createDrawingPatriarch();
		org.apache.poi.xssf.usermodel.XSSFTextBox box = drawing
			.createTextbox(new org.apache.poi.xssf.usermodel.XSSFClientAnchor(0, 0, 0, 0, 5, 1, 9, 6));
		box.setText(new org.apache.poi.xssf.usermodel.XSSFRichTextString("Bedömningsskala"));
		box.addNewTextParagraph().addNewTextRun().setText("3 = Genomförd utan anmärkning");
		box.addNewTextParagraph().addNewTextRun().setText("0 = Ej genomförd");
		org.apache.poi.ss.usermodel.Comment note = drawing
			.createCellComment(new org.apache.poi.xssf.usermodel.XSSFClientAnchor(0, 0, 0, 0, 1, 0, 3, 3));
		note.setString(new org.apache.poi.xssf.usermodel.XSSFRichTextString("Se skalan i rutan till höger."));
		sheet.getRow(0).getCell(0).setCellComment(note);
		Path file = dir.resolve("rutor.xlsx");
		try (workbook; OutputStream out = Files.newOutputStream(file)) {
			workbook.write(out);
		}
		try (RawWorkbook read = reader.read(file)) {
			assertThat(read.sheets().get(0).boxes()).containsExactly("Bedömningsskala", "3 = Genomförd utan anmärkning",
					"0 = Ej genomförd", "Se skalan i rutan till höger.");
		}
	}
}
