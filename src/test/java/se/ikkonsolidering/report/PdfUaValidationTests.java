package se.ikkonsolidering.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.VeraPDFFoundry;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * The summary PDF against the whole of PDF/UA-1 (accessible) and PDF/A-2a (archivable) as veraPDF, the reference
 * validator, checks them; {@link PdfAccessibilityTests} says what each part is for. Slow: veraPDF takes seconds.
 */
@Tag("slow")
class PdfUaValidationTests {

	static byte[] pdf;

	@BeforeAll
	static void printThePage() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		new PdfRenderer().render(new HtmlRenderer(Path.of("templates")).render(PdfAccessibilityTests.sample()),
				"file:///summary.html", out);
		pdf = out.toByteArray();
		VeraGreenfieldFoundryProvider.initialise();
	}

	@ParameterizedTest
	@ValueSource(strings = { "ua1", "2a" })
	void summaryPdfConformsTo(String flavourId) throws Exception {
		PDFAFlavour flavour = PDFAFlavour.fromString(flavourId);
		try (VeraPDFFoundry foundry = Foundries.defaultInstance();
				PDFAParser parser = foundry.createParser(new ByteArrayInputStream(pdf), flavour);
				PDFAValidator validator = foundry.createValidator(flavour, false)) {
			ValidationResult result = validator.validate(parser);

			assertThat(result.getTestAssertions()).filteredOn(a -> a.getStatus() == TestAssertion.Status.FAILED)
				.extracting(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + ": "
						+ a.getMessage())
				.isEmpty();
			assertThat(result.isCompliant()).isTrue();
		}
	}
}
