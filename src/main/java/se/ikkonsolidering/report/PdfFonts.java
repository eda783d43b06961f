package se.ikkonsolidering.report;

import java.io.ByteArrayInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
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

	private static final List<String> GENERIC = List.of("sans-serif", "serif", "monospace");

	private static final String FOLDER = "/net/sf/jasperreports/fonts/dejavu/";

	private static final List<Face> FACES = List.of(new Face(FAMILY, "DejaVuSans.ttf", 400),
			new Face(FAMILY, "DejaVuSans-Bold.ttf", 700), new Face(CONDENSED, "DejaVuSansCondensed.ttf", 400),
			new Face(CONDENSED, "DejaVuSansCondensed-Bold.ttf", 700));

	/** Each face's file, read from the jar once: a run prints a PDF per receipt. */
	private static final Map<String, byte[]> FILES = new ConcurrentHashMap<>();

	private final List<TrueTypeFont> opened = new ArrayList<>();

	/**
	 * Registers every face with the builder. A face is parsed and loaded into {@code document} only when the page
	 * uses it (a receipt sets no condensed text).
	 */
	void addTo(PdfRendererBuilder builder, PDDocument document, boolean drawsSvg) {
		for (Face face : FACES) {
			PDFontSupplier page = new PDFontSupplier(null) {
				private PDFont font;

				@Override
				public PDFont supply() {
					if (font == null) {
						font = load(face, document);
					}
					return font;
				}
			};
			builder.useFont(page, face.family(), face.weight(), FontStyle.NORMAL, true);
			if (face.family().equals(FAMILY)) {
				// A restyled template may name fonts we do not have; its generic family then still gets these faces,
				// embedded, rather than a standard font that lacks åäö and breaks PDF/A.
				for (String generic : GENERIC) {
					builder.useFont(page, generic, face.weight(), FontStyle.NORMAL, true);
				}
			}
			if (drawsSvg) {
				// The chart's text, and characters a page's font lacks: openhtmltopdf parses these faces itself (and
				// reads their whole files), which once per run for the summary is fine but not for every receipt.
				builder.useFont(() -> new ByteArrayInputStream(bytes(face.file())), face.family(), face.weight(),
						FontStyle.NORMAL, true, EnumSet.of(FSFontUseCase.SVG, FSFontUseCase.FALLBACK_PRE));
			}
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

	private PDFont load(Face face, PDDocument document) {
		try {
			TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(bytes(face.file())));
			opened.add(font);
			font.setEnableGsub(false);
			return PDType0Font.load(document, font, true);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot load the font " + face.file(), ex);
		}
	}

	private static byte[] bytes(String file) {
		return FILES.computeIfAbsent(file, f -> {
			try (InputStream in = PdfFonts.class.getResourceAsStream(FOLDER + f)) {
				if (in == null) {
					throw new IllegalStateException("Font " + FOLDER + f + " is not on the classpath (jasperreports-fonts)");
				}
				return in.readAllBytes();
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Cannot read the font " + f, ex);
			}
		});
	}

	private record Face(String family, String file, int weight) {
	}
}
