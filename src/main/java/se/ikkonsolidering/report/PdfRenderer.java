package se.ikkonsolidering.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.EnumSet;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FSFontUseCase;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;

/**
 * Prints the summary page to PDF with openhtmltopdf, from the same HTML the browser shows, using its print CSS. The
 * DejaVu fonts are embedded from the classpath (so åäö render on any machine, with no system fonts), the inline SVG
 * chart is drawn by Batik, and no external resource is ever fetched: the page needs none, and a restyled template
 * must not make the nightly job reach the network.
 */
final class PdfRenderer {

	static final String FONT_FAMILY = "DejaVu Sans";

	/** For wide tables on paper. */
	static final String CONDENSED = "DejaVu Sans Condensed";

	private static final String FONTS = "/net/sf/jasperreports/fonts/dejavu/";

	void render(String html, String baseUri, OutputStream out) {
		PdfRendererBuilder builder = new PdfRendererBuilder();
		builder.useFastMode();
		font(builder, FONT_FAMILY, "DejaVuSans.ttf", 400);
		font(builder, FONT_FAMILY, "DejaVuSans-Bold.ttf", 700);
		font(builder, CONDENSED, "DejaVuSansCondensed.ttf", 400);
		font(builder, CONDENSED, "DejaVuSansCondensed-Bold.ttf", 700);
		builder.useSVGDrawer(new BatikSVGDrawer(BatikSVGDrawer.SvgScriptMode.SECURE,
				BatikSVGDrawer.SvgExternalResourceMode.SECURE));
		builder.useExternalResourceAccessControl((uri, type) -> false,
				ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
		builder.withHtmlContent(html, baseUri);
		builder.toStream(out);
		try {
			builder.run();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot render the summary PDF", ex);
		}
	}

	private static void font(PdfRendererBuilder builder, String family, String file, int weight) {
		builder.useFont(() -> open(file), family, weight, FontStyle.NORMAL, true,
				EnumSet.of(FSFontUseCase.DOCUMENT, FSFontUseCase.SVG, FSFontUseCase.FALLBACK_PRE));
	}

	private static InputStream open(String file) {
		InputStream in = PdfRenderer.class.getResourceAsStream(FONTS + file);
		if (in == null) {
			throw new IllegalStateException("Font " + FONTS + file + " is not on the classpath (jasperreports-fonts)");
		}
		return in;
	}
}
