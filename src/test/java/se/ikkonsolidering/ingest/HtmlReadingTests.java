package se.ikkonsolidering.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A web page, as Excel and Word save one or a system exports one, read as a Word document's tables are. */
class HtmlReadingTests {

	private final WorkbookReader reader = new WorkbookReader();

	@TempDir
	Path dir;

	/** Each row as the texts of its non-blank cells, where they stand, whether merged, and their colour. */
	private static List<List<String>> cells(RawSheet sheet) {
		return sheet.rows().readAll().stream()
			.map(r -> r.nonBlankCells().stream()
				.map(c -> c.column() + ":" + c.text() + (c.mergedFromAbove() ? " ↑" : "")
						+ (c.mergedAcross() ? " →" : "") + (c.fill() == null ? "" : " #" + c.fill()))
				.toList())
			.toList();
	}

	/** Round 273: Excel's "Spara som webbsida" in Windows-1252, its fills in the style sheet's classes. */
	@Test
	void readsAWebPageSavedFromExcelWithItsClassesFillsSpansAndTitle() throws Exception {
		Path file = dir.resolve("Tekniska_IK_T2_2025.htm");
		Files.write(file, """
				<html xmlns:x="urn:schemas-microsoft-com:office:excel">
				<head><meta http-equiv=Content-Type content="text/html; charset=windows-1252">
				<style><!--.xl66 {mso-style-parent:style0; background:#305496; color:white;}
				td.xl70 {background:#92D050;}--></style>
				<title>Uppföljning intern kontroll T2 2025</title></head>
				<body><table>
				 <tr><td colspan=3>Tekniska nämnden – uppföljning av intern kontroll T2 2025</td></tr>
				 <tr><td class=xl66>Process</td><td class=xl66>Kontrollmoment</td><td class=xl66>Status T2</td></tr>
				 <tr><td rowspan=2>Gata</td><td>Vinterväghållning följs upp mot avtal</td>
				  <td class=xl70>&#10004;</td></tr>
				 <tr style='display:none'><td>Dold rad</td></tr>
				 <tr><td>Egenkontroll av lekplatser</td><td bgcolor="#FFC000">Pågår</td></tr>
				</table>
				<p>Ansvarig: Eva Lind</p>
				</body></html>
				""".getBytes(Charset.forName("windows-1252")));
		try (RawWorkbook page = reader.read(file)) {
			assertThat(page.format()).isEqualTo(FileFormat.HTML);
			assertThat(page.sheets().get(0).name()).isEqualTo("Tabell 1");
			assertThat(cells(page.sheets().get(0))).containsExactly(
					List.of("0:Tekniska nämnden – uppföljning av intern kontroll T2 2025 →",
							"1:Tekniska nämnden – uppföljning av intern kontroll T2 2025 →",
							"2:Tekniska nämnden – uppföljning av intern kontroll T2 2025 →"),
					List.of("0:Process #305496", "1:Kontrollmoment #305496", "2:Status T2 #305496"),
					List.of("0:Gata", "1:Vinterväghållning följs upp mot avtal", "2:✔ #92D050"),
					List.of("0:Gata ↑", "1:Egenkontroll av lekplatser", "2:Pågår #FFC000"));
			assertThat(page.texts()).contains(
					new DocumentText(DocumentText.Kind.TITLE, "Uppföljning intern kontroll T2 2025"),
					new DocumentText(DocumentText.Kind.CLOSING, "Ansvarig: Eva Lind"));
		}
	}

	/** A governance system's report, an HTML table named .xls: read as the page it is. */
	@Test
	void readsAnHtmlTableNamedXlsAsAWebPage() throws Exception {
		Path file = Files.writeString(dir.resolve("rapport_internkontroll.xls"), """
				<table border=1><tr><th>Kontrollmoment</th><th>Status</th></tr>
				<tr><td>Attest av leverantörsfakturor</td><td>Genomförd</td></tr></table>
				""");
		try (RawWorkbook page = reader.read(file)) {
			assertThat(page.format()).isEqualTo(FileFormat.HTML);
			assertThat(cells(page.sheets().get(0))).containsExactly(List.of("0:Kontrollmoment", "1:Status"),
					List.of("0:Attest av leverantörsfakturor", "1:Genomförd"));
		}
	}

	@Test
	void refusesAPageOfTablesNestedDeeperThanAnyFollowUp() throws Exception {
		Path file = Files.writeString(dir.resolve("uppföljning.htm"),
				"<html><body>" + "<table><tr><td>".repeat(300) + "Attest" + "</td></tr></table>".repeat(300));
		assertThatThrownBy(() -> reader.read(file)).isInstanceOf(FileRejectedException.class)
			.hasMessage("Webbsidans tabeller ligger för djupt i varandra för att läsas.");
	}
}
