package se.ikkonsolidering.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Word documents built to attack or exhaust the reader are refused with a Swedish reason, or read in bounded memory. */
class HostileDocumentTests {

	private static final String BODY = "word/document.xml";

	@TempDir
	Path dir;

	private final WorkbookReader reader = new WorkbookReader();

	private Path plain() throws Exception {
		WordDocument word = new WordDocument();
		word.table(new String[] { "Kontrollmoment", "Status" }, new String[] { "Kontroll av fakturor", "Ja" });
		return word.save(dir.resolve("plain.docx"));
	}

	@Test
	void refusesAZipBombDisguisedAsDocx() throws Exception {
		Path bomb = ZipRewriter.rewrite(plain(), dir.resolve("bomb.docx"), BODY, xml -> new String(xml,
				StandardCharsets.UTF_8).replace("<w:body>", "<w:body>" + " ".repeat(60_000_000))
			.getBytes(StandardCharsets.UTF_8));
		assertThatThrownBy(() -> reader.read(bomb)).isInstanceOf(FileRejectedException.class)
			.hasMessage("Filen packas upp till orimligt mycket data (misstänkt zip-bomb) och lästes inte.");
	}

	@Test
	void refusesADocumentWithADoctypeAndNeverResolvesItsEntity() throws Exception {
		Path xxe = ZipRewriter.rewrite(plain(), dir.resolve("xxe.docx"), BODY, xml -> new String(xml,
				StandardCharsets.UTF_8)
			.replaceFirst("\\?>", "?><!DOCTYPE w:document [<!ENTITY secret SYSTEM \"file:///etc/passwd\">]>")
			.replace("Kontroll av fakturor", "&secret;")
			.getBytes(StandardCharsets.UTF_8));
		assertThatThrownBy(() -> reader.read(xxe)).isInstanceOf(FileRejectedException.class)
			.hasMessage("Filen innehåller otillåtna XML-konstruktioner (externa entiteter) och lästes inte av säkerhetsskäl.");
	}

	@Test
	void readsAMacroEnabledDocumentWithoutRunningAnything() throws Exception {
		Path docm = ZipRewriter.rewrite(plain(), dir.resolve("makro.docm"), "[Content_Types].xml", xml -> new String(xml,
				StandardCharsets.UTF_8).replace("wordprocessingml.document.main+xml",
						"ms-word.document.macroEnabled.main+xml")
			.getBytes(StandardCharsets.UTF_8));
		try (RawWorkbook workbook = reader.read(docm)) {
			assertThat(workbook.format()).isEqualTo(FileFormat.DOCX);
			assertThat(workbook.sheets().get(0).rows().readAll().get(1).text(1)).isEqualTo("Ja");
		}
	}

	/** 1,200 rows of six cells, about 400 pages when printed. */
	@Test
	void readsA400PageDocumentInA64MegabyteHeap() throws Exception {
		WordDocument word = new WordDocument().paragraph("Uppföljning internkontroll 2025");
		String[][] rows = new String[1_200][];
		rows[0] = new String[] { "Process", "Risk", "Kontrollmoment", "Resultat", "Status", "Kommentar" };
		for (int r = 1; r < rows.length; r++) {
			rows[r] = new String[] { "Process " + r, "Risk att fakturor attesteras av fel person " + r,
					"Stickprov på tjugo fakturor per månad, attest och beslutsattest kontrolleras " + r,
					"Kontrollen är genomförd utan anmärkning. Stickproven visade att attestordningen följs.\nInga avvikelser.",
					"Genomförd", "Fortsätter nästa år." };
		}
		XWPFTable table = word.table(rows);
		table.getRow(0).setRepeatHeader(true);
		Path big = word.save(dir.resolve("stor.docx"));
		Path log = dir.resolve("child.log");
		Process child = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Xmx64m", "-cp", System.getProperty("java.class.path"), ReadInSmallHeap.class.getName(), big.toString()))
			.redirectErrorStream(true)
			.redirectOutput(log.toFile())
			.start();
		assertThat(child.waitFor(120, TimeUnit.SECONDS)).isTrue();
		// The table's 7,200 cells and the title paragraph above it.
		assertThat(Files.readString(log)).contains("cells=7201");
		assertThat(child.exitValue()).isZero();
	}

	@Test
	void refusesAZipBombDisguisedAsOpenDocument() throws Exception {
		Path bomb = OpenDocument.text("", "<text:p>" + " ".repeat(60_000_000) + "</text:p>").save(dir.resolve("bomb.odt"));
		assertThatThrownBy(() -> reader.read(bomb)).isInstanceOf(FileRejectedException.class)
			.hasMessage("Filen packas upp till orimligt mycket data (misstänkt zip-bomb) och lästes inte.");
	}

	@Test
	void refusesAnOpenDocumentWithADoctype() throws Exception {
		Path xxe = OpenDocument.spreadsheet("", "").part("content.xml", "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY "
				+ "secret SYSTEM \"file:///etc/passwd\">]><office:document-content xmlns:office=\"urn:oasis:names:tc:"
				+ "opendocument:xmlns:office:1.0\">&secret;</office:document-content>").save(dir.resolve("xxe.ods"));
		assertThatThrownBy(() -> reader.read(xxe)).isInstanceOf(FileRejectedException.class)
			.hasMessage("Filen innehåller otillåtna XML-konstruktioner (externa entiteter) och lästes inte av säkerhetsskäl.");
	}

	@Test
	void refusesAPasswordProtectedOpenDocumentWithLibreOfficesAdvice() throws Exception {
		Path locked = OpenDocument.spreadsheet("", "").part("META-INF/manifest.xml", "<manifest:manifest xmlns:manifest="
				+ "\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\"><manifest:file-entry manifest:full-path=\""
				+ "content.xml\"><manifest:encryption-data manifest:checksum=\"x\"/></manifest:file-entry>"
				+ "</manifest:manifest>").save(dir.resolve("hemlig.ods"));
		assertThatThrownBy(() -> reader.read(locked)).isInstanceOf(FileRejectedException.class)
			.hasMessage("Filen är lösenordsskyddad eller krypterad och kan inte läsas.")
			.extracting(ex -> ((FileRejectedException) ex).advice())
			.isEqualTo("Spara filen utan lösenord (Arkiv > Spara som, utan 'Spara med lösenord') och skicka den igen.");
	}
}
