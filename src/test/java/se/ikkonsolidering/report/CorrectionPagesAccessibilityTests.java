package se.ikkonsolidering.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Year;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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

import se.ikkonsolidering.classify.ControlStatus;
import se.ikkonsolidering.correction.CorrectionFile;
import se.ikkonsolidering.correction.CorrectionRun;
import se.ikkonsolidering.correction.Corrections;
import se.ikkonsolidering.register.Register;
import se.ikkonsolidering.store.Correction;
import se.ikkonsolidering.store.CorrectionStore;
import se.ikkonsolidering.support.ReportDatabase;
import se.ikkonsolidering.support.SampleFiles;

/**
 * What the corrections add to the pages, checked as the summary is: a receipt, and a summary with a file to check, a
 * corrected status, a corrected nämnd and a correction without a match, meet WCAG 2.1 AA; a receipt's PDF is PDF/UA-1
 * and PDF/A-2a as veraPDF checks them.
 */
@Tag("browser")
@Tag("slow")
class CorrectionPagesAccessibilityTests {

	@TempDir
	static Path out;

	@BeforeAll
	static void writeTheExportsOfACorrectedYear() {
		ReportDatabase db = new ReportDatabase("correction-pages");
		SampleFiles.store(db, "Tekniska nämnden uppföljning IK delår 2025.ods", 1);
		SampleFiles.store(db, ReceiptReportTests.SOCIAL, 1);
		String social = db.store.findAllRead().get(1).sha256();
		CorrectionStore corrections = new CorrectionStore(db.jdbc);
		corrections.put(new Correction(social, "Uppföljning", 13, ReceiptReportTests.SOCIAL,
				Optional.of(ControlStatus.DELVIS), false, Optional.empty(), Optional.empty(), Optional.empty(),
				"Registret finns, men bara för LSS", "AL"));
		corrections.put(new Correction(social, "", 0, ReceiptReportTests.SOCIAL, Optional.empty(), false,
				Optional.of("Kulturnämnden"), Optional.empty(), Optional.empty(), "Fel mall", "AL"));
		corrections.put(new Correction("0".repeat(64), "Blad1", 4, "borta.xlsx", Optional.of(ControlStatus.GENOMFORD),
				false, Optional.empty(), Optional.empty(), Optional.empty(), "", "AL"));
		Register register = Register.load(SampleFiles.FOLDER.resolve("namnder.csv"));
		CorrectionRun run = new Corrections(new CorrectionFile(out.resolve("rattelser.xlsx")), corrections, register,
				Year.now()).apply();
		new YearExport(db.store, register, new ExportSettings(out, 2025, Path.of("templates"), false),
				KommunYear.OVERSIGHT).write(List.of(), run);
	}

	@Test
	void theSummaryWithCorrectionsMeetsWcag21Aa() throws Exception {
		Path page = out.resolve("ks-sammanstallning-2025.html");
		assertThat(Files.readString(page)).contains("id=\"rattelser\"", "Rättelser utan träff", "Kontrollera: ");

		assertThat(WcagCheck.page(page)).filteredOn(WcagCheck.Violation::seriousOrCritical).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "ua1", "2a" })
	void aReceiptsPdfConformsTo(String flavourId) throws Exception {
		VeraGreenfieldFoundryProvider.initialise();
		PDFAFlavour flavour = PDFAFlavour.fromString(flavourId);
		Path pdf = out.resolve("kvitton").resolve("Kulturnämnden - " + ReceiptReportTests.SOCIAL + ".pdf");
		try (VeraPDFFoundry foundry = Foundries.defaultInstance();
				PDFAParser parser = foundry.createParser(Files.newInputStream(pdf), flavour);
				PDFAValidator validator = foundry.createValidator(flavour, false)) {
			ValidationResult result = validator.validate(parser);

			assertThat(result.getTestAssertions()).filteredOn(a -> a.getStatus() == TestAssertion.Status.FAILED)
				.extracting(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + ": "
						+ a.getMessage())
				.isEmpty();
		}
	}

	@Test
	void aReceiptMeetsWcag21Aa() throws Exception {
		Path receipt = out.resolve("kvitton").resolve("Tekniska nämnden - Tekniska nämnden uppföljning IK delår 2025.ods.html");

		assertThat(WcagCheck.page(receipt)).isEmpty();
	}
}
