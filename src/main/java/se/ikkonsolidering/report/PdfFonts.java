package se.ikkonsolidering.report;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FSFontUseCase;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/**
 * The DejaVu faces one PDF embeds, from the classpath, so åäö render on any machine with no system fonts.
 * <p>
 * The page's text is set with the faces loaded here with glyph substitution (GSUB) switched off: PDFBox otherwise
 * runs each string it draws through regular expressions looking for ligatures, which took a third of the time of a
 * long table, and a ligature glyph can drop its letters from the PDF's text layer (search, copy). Swedish text in
 * DejaVu needs no substitution. The chart's SVG text and characters the page's fonts lack (a restyled template may
 * name a font we do not have) use the same faces through openhtmltopdf's own loading.
 */
final class PdfFonts implements Closeable {

	private static final String FAMILY = "DejaVu Sans";

	/** For wide tables on paper. */
	private static final String CONDENSED = "DejaVu Sans Condensed";

	private static final String FOLDER = "/net/sf/jasperreports/fonts/dejavu/";

	private static final List<Face> FACES = List.of(new Face(FAMILY, "DejaVuSans.ttf", 400),
			new Face(FAMILY, "DejaVuSans-Bold.ttf", 700), new Face(CONDENSED, "DejaVuSansCondensed.ttf", 400),
			new Face(CONDENSED, "DejaVuSansCondensed-Bold.ttf", 700));

	private final List<TrueTypeFont> opened = new ArrayList<>();

	/** Registers every face with the builder; the page's fonts are loaded into {@code document} now. */
	void addTo(PdfRendererBuilder builder, PDDocument document) throws IOException {
		for (Face face : FACES) {
			TrueTypeFont font = parse(face.file());
			font.setEnableGsub(false);
			builder.useFont(new PDFontSupplier(PDType0Font.load(document, font, true)), face.family(), face.weight(),
					FontStyle.NORMAL, true);
			builder.useFont(() -> open(face.file()), face.family(), face.weight(), FontStyle.NORMAL, true,
					EnumSet.of(FSFontUseCase.SVG, FSFontUseCase.FALLBACK_PRE));
		}
	}

	/** Closes the parsed faces; call after the document is saved, which reads their glyphs for the subsets. */
	@Override
	public void close() throws IOException {
		for (TrueTypeFont font : opened) {
			font.close();
		}
		opened.clear();
	}

	private TrueTypeFont parse(String file) throws IOException {
		try (InputStream in = open(file)) {
			TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(in));
			opened.add(font);
			return font;
		}
	}

	private static InputStream open(String file) {
		InputStream in = PdfFonts.class.getResourceAsStream(FOLDER + file);
		if (in == null) {
			throw new IllegalStateException("Font " + FOLDER + file + " is not on the classpath (jasperreports-fonts)");
		}
		return in;
	}

	private record Face(String family, String file, int weight) {
	}
}
