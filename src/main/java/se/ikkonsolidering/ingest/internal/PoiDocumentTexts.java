package se.ikkonsolidering.ingest.internal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.poi.hpsf.DocumentSummaryInformation;
import org.apache.poi.hpsf.SummaryInformation;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.usermodel.HeaderFooter;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import se.ikkonsolidering.ingest.DocumentText;

/** The texts of a workbook read with POI's user model, as the streaming reader finds them in an .xlsx. */
final class PoiDocumentTexts {

	private PoiDocumentTexts() {
	}

	static List<DocumentText> of(Workbook workbook) {
		Set<DocumentText> texts = new LinkedHashSet<>();
		if (workbook instanceof XSSFWorkbook xssf) {
			POIXMLProperties properties = xssf.getProperties();
			add(texts, DocumentText.Kind.TITLE, properties.getCoreProperties().getTitle());
			add(texts, DocumentText.Kind.SUBJECT, properties.getCoreProperties().getSubject());
			add(texts, DocumentText.Kind.COMPANY, properties.getExtendedProperties().getCompany());
		}
		else if (workbook instanceof HSSFWorkbook hssf) {
			SummaryInformation summary = hssf.getSummaryInformation();
			DocumentSummaryInformation document = hssf.getDocumentSummaryInformation();
			add(texts, DocumentText.Kind.TITLE, summary == null ? null : summary.getTitle());
			add(texts, DocumentText.Kind.SUBJECT, summary == null ? null : summary.getSubject());
			add(texts, DocumentText.Kind.COMPANY, document == null ? null : document.getCompany());
		}
		for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
			if (!workbook.isSheetHidden(i) && !workbook.isSheetVeryHidden(i)) {
				Sheet sheet = workbook.getSheetAt(i);
				sections(texts, DocumentText.Kind.HEADER, sheet.getHeader());
				sections(texts, DocumentText.Kind.FOOTER, sheet.getFooter());
			}
		}
		return List.copyOf(texts);
	}

	private static void sections(Set<DocumentText> texts, DocumentText.Kind kind, HeaderFooter part) {
		if (part == null) {
			return;
		}
		for (String section : List.of(part.getLeft(), part.getCenter(), part.getRight())) {
			HeaderFooterCodes.sections(section == null ? "" : section).forEach(t -> add(texts, kind, t));
		}
	}

	private static void add(Set<DocumentText> texts, DocumentText.Kind kind, String text) {
		if (text != null && !text.isBlank()) {
			texts.add(new DocumentText(kind, text.strip()));
		}
	}
}
