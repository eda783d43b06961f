package se.ikkonsolidering.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Workbooks built to attack the reader are refused with a Swedish reason, and nothing leaks. */
class HostileWorkbookTests {

	private static final String SHEET = "xl/worksheets/sheet1.xml";

	@TempDir
	Path dir;

	private final WorkbookReader reader = new WorkbookReader();

	private Path plain() throws Exception {
		return Workbooks.xlsx(dir.resolve("plain.xlsx"), new String[] { "Kontrollmoment", "Status" },
				new String[] { "Kontroll av fakturor", "Ja" });
	}

	@Test
	void refusesAZipBombDisguisedAsXlsx() throws Exception {
		Path bomb = ZipRewriter.rewrite(plain(), dir.resolve("bomb.xlsx"), SHEET, xml -> {
			String padded = new String(xml, StandardCharsets.UTF_8).replace("<sheetData>",
					"<sheetData>" + " ".repeat(60_000_000));
			return padded.getBytes(StandardCharsets.UTF_8);
		});
		assertThatThrownBy(() -> reader.read(bomb)).isInstanceOf(FileRejectedException.class)
			.hasMessageContaining("zip-bomb");
	}

	@Test
	void neverResolvesAnExternalEntity() throws Exception {
		Path xxe = ZipRewriter.rewrite(plain(), dir.resolve("xxe.xlsx"), SHEET, xml -> {
			String text = new String(xml, StandardCharsets.UTF_8)
				.replaceFirst("\\?>", "?><!DOCTYPE worksheet [<!ENTITY secret SYSTEM \"file:///etc/passwd\">]>")
				.replace("<sheetData>", "<sheetData><row r=\"5\"><c r=\"A5\" t=\"inlineStr\"><is><t>&secret;</t></is></c></row>");
			return text.getBytes(StandardCharsets.UTF_8);
		});
		assertThatThrownBy(() -> reader.read(xxe)).isInstanceOf(FileRejectedException.class)
			.hasMessage("Filen innehåller otillåtna XML-konstruktioner (externa entiteter) och lästes inte av säkerhetsskäl.");
	}

	@Test
	void refusesAnUndeclaredEntityRatherThanInventText() throws Exception {
		Path entity = ZipRewriter.rewrite(plain(), dir.resolve("entity.xlsx"), SHEET, xml -> new String(xml,
				StandardCharsets.UTF_8).replace("</sheetData>",
						"<row r=\"3\"><c r=\"A3\" t=\"inlineStr\"><is><t>Kontroll av &lol9; lönebidrag</t></is></c></row></sheetData>")
			.getBytes(StandardCharsets.UTF_8));
		assertThatThrownBy(() -> {
			try (RawWorkbook workbook = reader.read(entity)) {
				workbook.sheets().get(0).rows().forEach(row -> {
				});
			}
		}).isInstanceOf(FileRejectedException.class)
			.hasMessage("Filen innehåller en otillåten XML-konstruktion (en entitet som inte är definierad) och lästes "
					+ "inte, så att ingen text som inte står i filen hamnar i sammanställningen.");
	}

	@Test
	void ignoresCellsBeyondExcelsLimitsWithANote() throws Exception {
		Path beyond = ZipRewriter.rewrite(plain(), dir.resolve("beyond.xlsx"), SHEET, xml -> new String(xml,
				StandardCharsets.UTF_8).replace("</row></sheetData>",
						"<c r=\"XFE2\" t=\"inlineStr\"><is><t>Kolumn XFE</t></is></c></row>"
								+ "<row r=\"2000000\"><c r=\"A2000000\" t=\"inlineStr\"><is><t>Rad två miljoner</t></is></c>"
								+ "</row></sheetData>")
			.getBytes(StandardCharsets.UTF_8));
		try (RawWorkbook workbook = reader.read(beyond)) {
			assertThat(workbook.sheets().get(0).rows()).extracting(RawRow::number).containsExactly(1, 2);
			assertThat(workbook.sheets().get(0).rows()).flatExtracting(RawRow::cells).extracting(RawCell::text)
				.containsExactly("Kontrollmoment", "Status", "Kontroll av fakturor", "Ja");
			assertThat(workbook.notes()).containsExactly("fliken 'Uppföljning' har 2 celler utanför Excels gränser "
					+ "(efter rad 1 048 576 eller kolumn XFD); de lästes inte");
		}
	}
}
