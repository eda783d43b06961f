package se.ikkonsolidering.report;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;

/** Reads a PDF the way a reader sees it: its text, its fonts, and a page as pixels. */
final class Pdfs {

	private Pdfs() {
	}

	static String text(Path pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
			return new PDFTextStripper().getText(document);
		}
	}

	static List<String> fontNames(Path pdf) throws IOException {
		List<String> names = new ArrayList<>();
		try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
			for (PDPage page : document.getPages()) {
				for (COSName font : page.getResources().getFontNames()) {
					names.add(page.getResources().getFont(font).getName());
				}
			}
		}
		return names;
	}

	/** The first page whose text contains {@code text}, rendered at 72 dpi. */
	static BufferedImage pageShowing(Path pdf, String text) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
			PDFTextStripper stripper = new PDFTextStripper();
			for (int page = 1; page <= document.getNumberOfPages(); page++) {
				stripper.setStartPage(page);
				stripper.setEndPage(page);
				if (stripper.getText(document).contains(text)) {
					return new PDFRenderer(document).renderImageWithDPI(page - 1, 72);
				}
			}
		}
		throw new AssertionError("No page shows '" + text + "'");
	}

	static boolean hasColour(BufferedImage image, int rgb) {
		for (int y = 0; y < image.getHeight(); y++) {
			for (int x = 0; x < image.getWidth(); x++) {
				if ((image.getRGB(x, y) & 0xFFFFFF) == rgb) {
					return true;
				}
			}
		}
		return false;
	}
}
