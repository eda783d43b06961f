package se.ikkonsolidering.report;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

import org.apache.pdfbox.pdmodel.PDDocument;

import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.slf4j.Slf4jLogger;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.util.XRLog;

/**
 * Prints the summary page to PDF with openhtmltopdf, from the same HTML the browser shows, using its print CSS. The
 * DejaVu fonts are embedded ({@link PdfFonts}), the inline SVG chart is drawn by Batik, and no external resource is
 * ever fetched: the page needs none, and a restyled template must not make the nightly job reach the network.
 * <p>
 * The PDF is tagged (PDF/UA-1): the summary is published among kommunstyrelsen's meeting documents, which the law on
 * accessible digital public services holds to WCAG 2.1 AA. Headings, tables, lists and paragraphs become structure
 * elements in reading order, the page's {@code lang} the document language, its {@code <title>} the title a reader
 * shows, each chart part a figure whose alternative text is its {@code alt}, and the page numbers artifacts.
 * It is also PDF/A-2a, the archival form a kommun's records keeping asks of a document it files, which needs the
 * colours' profile (sRGB, from the JDK) embedded.
 */
final class PdfRenderer {

	private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

	static {
		// openhtmltopdf logs through java.util.logging to the console by default, past the log levels the
		// application sets; through SLF4J its loggers (com.openhtmltopdf.*) obey them.
		XRLog.setLoggerImpl(new Slf4jLogger());
	}

	void render(String html, String baseUri, OutputStream out) {
		try (PdfFonts fonts = new PdfFonts(); PDDocument document = new PDDocument()) {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.usePdfUaAccessibility(true);
			builder.usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_2_A);
			builder.useColorProfile(SRGB);
			builder.usePDDocument(document);
			// The summary draws its chart in SVG; a receipt has none, and needs neither Batik nor its fonts.
			boolean drawsSvg = html.contains("<svg");
			fonts.addTo(builder, document, drawsSvg);
			if (drawsSvg) {
				builder.useSVGDrawer(new BatikSVGDrawer(BatikSVGDrawer.SvgScriptMode.SECURE,
						BatikSVGDrawer.SvgExternalResourceMode.SECURE));
			}
			builder.useExternalResourceAccessControl((uri, type) -> false,
					ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
			builder.withHtmlContent(html, baseUri);
			builder.toStream(out);
			builder.run();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot render the summary PDF", ex);
		}
	}
}
