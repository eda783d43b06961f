package se.ikkonsolidering.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Files that are not follow-ups we can read are recognised by their bytes, whatever their name, and refused with what
 * to send instead.
 */
class UnreadableFilesTests {

	private static final String[] HEADER = { "Kontrollmoment", "Status" };
	private static final String[] ROW = { "Kontroll av fakturor", "Genomförd" };

	@TempDir
	Path dir;

	private final WorkbookReader reader = new WorkbookReader();

	private FileRejectedException rejection(Path file) {
		Throwable thrown = catchThrowable(() -> reader.read(file));
		assertThat(thrown).isInstanceOf(FileRejectedException.class);
		return (FileRejectedException) thrown;
	}

	@Test
	void refusesAPdfEvenWhenItIsNamedXlsxAndAsksForTheFileItWasMadeFrom() throws Exception {
		Path pdf = Files.writeString(dir.resolve("Socialnämnden 2025.xlsx"), "%PDF-1.7\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n",
				StandardCharsets.ISO_8859_1);
		FileRejectedException rejected = rejection(pdf);
		assertThat(rejected).hasMessage("PDF-filer kan inte läsas.");
		assertThat(rejected.advice()).isEqualTo("Skicka den Word- eller Excel-fil som PDF:en gjordes från.");
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "png", "jpg", "gif", "tiff", "heic" })
	void refusesAPhotoOrScreenshotOfTheTable(String kind) throws Exception {
		byte[] magic = switch (kind) {
			case "png" -> new byte[] { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D };
			case "jpg" -> new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F', 'I', 'F' };
			case "gif" -> "GIF89a\u0001\u0000\u0001\u0000".getBytes(StandardCharsets.ISO_8859_1);
			case "tiff" -> new byte[] { 'I', 'I', 0x2A, 0, 8, 0, 0, 0 };
			default -> new byte[] { 0, 0, 0, 0x18, 'f', 't', 'y', 'p', 'h', 'e', 'i', 'c', 0, 0, 0, 0 };
		};
		FileRejectedException rejected = rejection(Files.write(dir.resolve("tabell." + kind), magic));
		assertThat(rejected).hasMessage("Bilder (foton, skärmbilder, skannade sidor) kan inte läsas.");
		assertThat(rejected.advice()).isEqualTo("Skicka uppföljningen som Excel- eller Word-fil, inte som en bild av tabellen.");
	}

	@Test
	void refusesAZipArchiveEvenWhenItHoldsAFollowUp() throws Exception {
		Path inner = Workbooks.xlsx(dir.resolve("Kulturnämnden 2025.xlsx"), HEADER, ROW);
		Path zip = dir.resolve("uppföljningar.zip");
		try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
			out.putNextEntry(new ZipEntry("Kulturnämnden 2025.xlsx"));
			out.write(Files.readAllBytes(inner));
			out.closeEntry();
		}
		FileRejectedException rejected = rejection(zip);
		assertThat(rejected).hasMessage("Filen är ett zip-arkiv; filer inuti ett arkiv läses inte.");
		assertThat(rejected.advice()).isEqualTo(
				"Packa upp arkivet och lägg uppföljningen (Excel-, Word- eller OpenDocument-filen) direkt i inkorgen.");
	}

	@Test
	void refusesAPowerPointPresentation() throws Exception {
		Path pptx = dir.resolve("Uppföljning.pptx");
		try (XMLSlideShow show = new XMLSlideShow(); OutputStream out = Files.newOutputStream(pptx)) {
			show.createSlide();
			show.write(out);
		}
		FileRejectedException rejected = rejection(pptx);
		assertThat(rejected).hasMessage("Presentationer (PowerPoint, Impress) kan inte läsas.");
	}

	@Test
	void refusesAPasswordProtectedWordDocumentWithWordsAdvice() throws Exception {
		Path plain = Workbooks.xlsx(dir.resolve("plain.xlsx"), HEADER, ROW);
		FileRejectedException rejected = rejection(Workbooks.encryptedXlsx(dir.resolve("hemlig.docx"), plain));
		assertThat(rejected).hasMessage("Filen är lösenordsskyddad eller krypterad och kan inte läsas.");
		assertThat(rejected.advice()).isEqualTo("Ta bort lösenordsskyddet (Arkiv > Info > Skydda dokument) och skicka filen igen.");
	}

	@Test
	void refusesAnXmlFileThatIsNoWebPage() throws Exception {
		Path xml = Files.writeString(dir.resolve("uppföljning.xml"),
				"<?xml version=\"1.0\"?><rapport><rad kontroll=\"Attest\" status=\"Klar\"/></rapport>");
		assertThat(rejection(xml)).hasMessage("XML-filer, JSON-filer och sparade webbarkiv (.mht) kan inte läsas.");
	}

	@Test
	void refusesUnknownBinaryDataAndNamesTheFormatsItReads() throws IOException {
		Path binary = Files.write(dir.resolve("data.xlsx"), new byte[] { 0x7F, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0 });
		FileRejectedException rejected = rejection(binary);
		assertThat(rejected).hasMessage("Filens format känns inte igen: den är inte ett kalkylark, ett Word- eller "
				+ "OpenDocument-dokument eller en textfil (CSV) och kan inte läsas.");
		assertThat(rejected.advice()).isEqualTo(
				"Skicka uppföljningen som Excel-fil (.xlsx), Word-dokument (.docx), OpenDocument-fil (.ods, .odt) eller CSV.");
	}

	@Test
	void readsAWorkbookNamedDocxByItsContent() throws Exception {
		Path renamed = Workbooks.xlsx(dir.resolve("rapport.docx"), HEADER, ROW);
		try (RawWorkbook workbook = reader.read(renamed)) {
			assertThat(workbook.format()).isEqualTo(FileFormat.OOXML);
		}
	}

	@Test
	void saysATruncatedWordDocumentIsBrokenInWordsTerms() throws Exception {
		byte[] whole = Files.readAllBytes(Workbooks.xlsx(dir.resolve("hel.xlsx"), HEADER, ROW));
		Path truncated = Files.write(dir.resolve("trasig.docx"), Arrays.copyOf(whole, whole.length / 2));
		FileRejectedException rejected = rejection(truncated);
		assertThat(rejected).hasMessageStartingWith("Filen är skadad eller ofullständig och kan inte öppnas som Word-dokument");
	}
}
