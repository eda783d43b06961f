package se.ikkonsolidering.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Text exports other than a plain CSV: Excel's "Unicode text", tab-separated and .txt files. */
class TextExportTests {

	/** As Excel writes "Unicode text": tabs, every row padded to the used width, a line break inside quotes. */
	private static final String UNICODE_TEXT = "Uppföljning internkontroll 2025\t\t\r\n"
			+ "Kontrollmoment\tStatus\tKommentar\r\n"
			+ "\"Attest av\nleverantörsfakturor\"\tGenomförd\t\r\n"
			+ "Behörigheter – översyn\tDelvis genomförd\t\"Halva översynen klar, \"\"resten\"\" i vår\"\r\n";

	@TempDir
	Path dir;

	private final WorkbookReader reader = new WorkbookReader();

	private static List<List<String>> texts(RawWorkbook workbook) {
		return workbook.sheets().get(0).rows().readAll().stream()
			.map(r -> r.cells().stream().map(RawCell::text).toList())
			.toList();
	}

	/**
	 * Round 293: a list item wrapped over lines, the next line indented to where the item's text starts, is one
	 * paragraph on its own line; a label under an item ("Status: …") stays a line of its own.
	 */
	@Test
	void readsAListItemWrappedOverLinesAsOneParagraph() throws Exception {
		Path txt = Files.writeString(dir.resolve("Minnesanteckningar 2025-09-18.txt"), """
				1. Uppföljning tertial 2
				   - Karin påminde om att statusfärger utan text är svåra att sammanställa. Skriv gärna ut
				     status i klartext.
				   * Attest av leverantörsfakturor
				     Status: Genomförd
				""", StandardCharsets.UTF_8);
		try (RawWorkbook workbook = reader.read(txt)) {
			assertThat(workbook.sheets().get(0).rows().readAll()).extracting(RawRow::number, r -> r.text(0).strip())
				.containsExactly(org.assertj.core.groups.Tuple.tuple(1, "1. Uppföljning tertial 2"),
						org.assertj.core.groups.Tuple.tuple(2, "- Karin påminde om att statusfärger utan text är svåra att "
								+ "sammanställa. Skriv gärna ut status i klartext."),
						org.assertj.core.groups.Tuple.tuple(4, "* Attest av leverantörsfakturor"),
						org.assertj.core.groups.Tuple.tuple(5, "Status: Genomförd"));
		}
	}

	/** Round 103: an e-mail answering the quoted points of the question, each under its point. */
	@Test
	void readsAnEmailsQuotedLinesWithoutTheirQuoteMarks() throws Exception {
		Path txt = Files.writeString(dir.resolve("SV uppföljning KFN.txt"), String.join("\n",
				"Hej! Här kommer våra svar.", "", "> Svara per punkt.", ">", "> 1. Attest – stickprov 10 fakturor", "",
				"Genomförd i juni.", ""), StandardCharsets.UTF_8);
		try (RawWorkbook workbook = reader.read(txt)) {
			assertThat(workbook.sheets().get(0).rows().readAll()).extracting(RawRow::number, r -> r.text(0))
				.containsExactly(org.assertj.core.groups.Tuple.tuple(1, "Hej! Här kommer våra svar."),
						org.assertj.core.groups.Tuple.tuple(3, "Svara per punkt."),
						org.assertj.core.groups.Tuple.tuple(5, "1. Attest – stickprov 10 fakturor"),
						org.assertj.core.groups.Tuple.tuple(7, "Genomförd i juni."));
		}
	}

	/** Round 143: a mail saved from Outlook as text, its header's labels and values set apart by tabs. */
	@Test
	void readsAMailsHeaderOfLabelsAndValuesAfterTabsAsLinesOfText() throws Exception {
		Path txt = Files.writeString(dir.resolve("SV Uppföljning internkontroll T2 2025 - KS.txt"), String.join("\r\n",
				"Från:\tLena Holmqvist <lena.holmqvist@kommun.se>", "Skickat:\tden 9 september 2025 14:12",
				"Ämne:\tSV: Uppföljning internkontroll T2 2025", "", "Hej!", "",
				"Här kommer KS uppföljning av internkontrollplanen för T2. Jag har skrivit status efter",
				"varje punkt, G = genomförd, D = delvis, E = ej genomförd.", "",
				"1. Attest av leverantörsfakturor enligt attestordningen - G", "", "Mvh", "Lena", ""),
				StandardCharsets.UTF_8);
		try (RawWorkbook workbook = reader.read(txt)) {
			assertThat(workbook.sheets()).extracting(RawSheet::name).containsExactly(RawSheet.DOCUMENT_TEXT);
			assertThat(texts(workbook)).containsExactly(List.of("Från: Lena Holmqvist <lena.holmqvist@kommun.se>"),
					List.of("Skickat: den 9 september 2025 14:12"), List.of("Ämne: SV: Uppföljning internkontroll T2 2025"),
					List.of("Hej!"),
					List.of("Här kommer KS uppföljning av internkontrollplanen för T2. Jag har skrivit status efter"),
					List.of("varje punkt, G = genomförd, D = delvis, E = ej genomförd."),
					List.of("1. Attest av leverantörsfakturor enligt attestordningen - G"), List.of("Mvh"), List.of("Lena"));
		}
	}

	/** Round 118: a mail whose lines have commas as sentences do, a space after each, is text, not a comma export. */
	@Test
	void readsAMailWithCommasInItsSentencesAsLinesOfText() throws Exception {
		Path txt = Files.writeString(dir.resolve("SV Uppföljning internkontroll T2.txt"), String.join("\n",
				"Hej!", "", "Förlåt att det blev sent, jag skriver ÖFN:s uppföljning här i mejlet istället.", "",
				"Granskning årsräkningar, stickprov 10 st - gjort. 2 st skickades tillbaka för komplettering.",
				"Arvoden till gode män enl. riktlinje - gjort, inga avvikelser",
				"Registerkontroll i Wärna - påbörjat, blir klart i okt", "", "Vänliga hälsningar", "Lena"),
				StandardCharsets.UTF_8);
		try (RawWorkbook workbook = reader.read(txt)) {
			assertThat(workbook.sheets().get(0).rows().readAll()).extracting(r -> r.cells().size()).containsOnly(1);
		}
	}

	/** Round 101: a report generator's print to text, its columns in fixed widths under a ruler of dashes. */
	@Test
	void cutsAReportPrintedInFixedWidthsWhereItsRulersColumnsStart() throws Exception {
		Path txt = Files.writeString(dir.resolve("SBN rapport.txt"), String.join("\r\n",
				"Organisation: Samhällsbyggnadsnämnden",
				"Nr   Kontrollmoment            Status   Kommentar",
				"---- ------------------------- -------- ------------------------",
				"Process: Bygglov och tillsyn",
				"1    Bygglovsbeslut fattas     Klar     3 av 60 överskred tiden;",
				"     inom lagstadgad tid                avgiften reducerades.",
				"\fNr   Kontrollmoment            Status   Kommentar", ""), StandardCharsets.UTF_8);
		try (RawWorkbook workbook = reader.read(txt)) {
			assertThat(texts(workbook)).containsExactly(List.of("Organisation: Samhällsbyggnadsnämnden"),
					List.of("Nr", "Kontrollmoment", "Status", "Kommentar"), List.of("Process: Bygglov och tillsyn"),
					List.of("1", "Bygglovsbeslut fattas", "Klar", "3 av 60 överskred tiden;"),
					List.of("inom lagstadgad tid", "avgiften reducerades."),
					List.of("Nr", "Kontrollmoment", "Status", "Kommentar"));
			assertThat(workbook.notes()).containsExactly("teckenkodning UTF-8, kolumner i fast bredd");
		}
	}

	/** Round 137: a table copied out of a PDF, no ruler, its columns where its headings start. */
	@Test
	void cutsATablePrintedWithoutARulerWhereItsHeadingsStart() throws Exception {
		Path txt = Files.writeString(dir.resolve("KS_IKP_helar_2025.txt"), String.join("\n",
				" Uppföljning av internkontrollplan 2025",
				"",
				" Nr    Process       Kontrollmoment                  Status",
				"",
				" 1     Löner         Stickprov på löneutbetalningar  Genomförd",
				"                     – tillägg och avdrag",
				" 2     Leverantörs-  Kontroll av dubbelbetalningar   Delvis",
				"       fakturor      i ekonomisystemet               genomförd",
				" 3     IT            Genomgång av behörigheter       Ej genomförd", ""), StandardCharsets.UTF_8);
		try (RawWorkbook workbook = reader.read(txt)) {
			assertThat(texts(workbook)).containsExactly(List.of("Uppföljning av internkontrollplan 2025"),
					List.of("Nr", "Process", "Kontrollmoment", "Status"),
					List.of("1", "Löner", "Stickprov på löneutbetalningar", "Genomförd"),
					List.of("– tillägg och avdrag"),
					List.of("2", "Leverantörs-", "Kontroll av dubbelbetalningar", "Delvis"),
					List.of("fakturor", "i ekonomisystemet", "genomförd"),
					List.of("3", "IT", "Genomgång av behörigheter", "Ej genomförd"));
			assertThat(workbook.notes()).containsExactly("teckenkodning UTF-8, kolumner i fast bredd");
		}
	}

	@ParameterizedTest(name = "{0}, mark {1}")
	@CsvSource({ "UTF-16LE, true, UTF-16LE med BOM", "UTF-16BE, true, UTF-16BE med BOM",
			"UTF-16LE, false, UTF-16LE utan BOM", "UTF-16BE, false, UTF-16BE utan BOM" })
	void readsUnicodeTextInEitherByteOrderWithOrWithoutItsMark(String charset, boolean mark, String label)
			throws Exception {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		if (mark) {
			bytes.write("\uFEFF".getBytes(Charset.forName(charset)));
		}
		bytes.write(UNICODE_TEXT.getBytes(Charset.forName(charset)));
		Path file = Files.write(dir.resolve("Socialnämnden IK 2025.txt"), bytes.toByteArray());
		try (RawWorkbook workbook = reader.read(file)) {
			assertThat(texts(workbook)).containsExactly(List.of("Uppföljning internkontroll 2025"),
					List.of("Kontrollmoment", "Status", "Kommentar"), List.of("Attest av\nleverantörsfakturor", "Genomförd"),
					List.of("Behörigheter – översyn", "Delvis genomförd", "Halva översynen klar, \"resten\" i vår"));
			assertThat(workbook.notes()).containsExactly("teckenkodning " + label + ", avgränsare tabb");
			assertThat(workbook.sheets().get(0).name()).isEqualTo("Socialnämnden IK 2025");
		}
	}

	@Test
	void readsATabSeparatedFileNamedTsv() throws Exception {
		Path tsv = Files.writeString(dir.resolve("KS 2025.tsv"), "Kontrollmoment\tStatus\nAttest, belopp\tJa\n",
				StandardCharsets.UTF_8);
		try (RawWorkbook workbook = reader.read(tsv)) {
			assertThat(texts(workbook)).containsExactly(List.of("Kontrollmoment", "Status"), List.of("Attest, belopp", "Ja"));
			assertThat(workbook.notes()).containsExactly("teckenkodning UTF-8, avgränsare tabb");
		}
	}

	@Test
	void readsASemicolonSeparatedWindows1252FileNamedTxt() throws Exception {
		Path txt = Files.write(dir.resolve("KS 2025.txt"),
				"Kontrollmoment;Åtgärd\r\nÖversyn av behörigheter;Inga\r\n".getBytes(Charset.forName("windows-1252")));
		try (RawWorkbook workbook = reader.read(txt)) {
			assertThat(texts(workbook)).containsExactly(List.of("Kontrollmoment", "Åtgärd"),
					List.of("Översyn av behörigheter", "Inga"));
			assertThat(workbook.notes()).containsExactly("teckenkodning Windows-1252, avgränsare ';'");
		}
	}

	/** Round 264: a UTF-8 export decoded as Windows-1252 and saved as UTF-8 again ("GenomfÃ¶rd"). */
	@Test
	void readsAnExportEncodedTwiceAsItsSenderWroteIt() throws Exception {
		String twice = new String("Nämnd;Kontrollmoment;Status\r\nTekniska nämnden;Körjournaler förs;Genomförd\r\n"
			.getBytes(StandardCharsets.UTF_8), Charset.forName("windows-1252"));
		Path csv = Files.writeString(dir.resolve("tekniska_ik_2025_T1.csv"), twice, StandardCharsets.UTF_8);
		try (RawWorkbook workbook = reader.read(csv)) {
			assertThat(texts(workbook)).containsExactly(List.of("Nämnd", "Kontrollmoment", "Status"),
					List.of("Tekniska nämnden", "Körjournaler förs", "Genomförd"));
			assertThat(workbook.notes()).containsExactly(
					"teckenkodning UTF-8 kodad två gånger (rättad: 'Ã¶' läses 'ö'), avgränsare ';'");
		}
	}

	/** Round 287: some rows of an export encoded twice among rows written right, each undone by itself. */
	@Test
	void readsTheRowsOfAnExportEncodedTwiceAmongRowsWrittenRight() throws Exception {
		String twice = new String("Soc.nämnden;Lex Sarah anmäls;Genomförd".getBytes(StandardCharsets.UTF_8),
				Charset.forName("windows-1252"));
		Path csv = Files.writeString(dir.resolve("ik_export_T2_2025.csv"),
				"\uFEFFNämnd;Kontrollmoment;Status\r\nSoc.nämnden;Körjournaler förs;Pågår\r\n" + twice + "\r\n",
				StandardCharsets.UTF_8);
		try (RawWorkbook workbook = reader.read(csv)) {
			assertThat(texts(workbook)).containsExactly(List.of("Nämnd", "Kontrollmoment", "Status"),
					List.of("Soc.nämnden", "Körjournaler förs", "Pågår"),
					List.of("Soc.nämnden", "Lex Sarah anmäls", "Genomförd"));
			assertThat(workbook.notes()).containsExactly(
					"teckenkodning UTF-8 med BOM, 1 rad kodade två gånger (rättade: 'Ã¶' läses 'ö'), avgränsare ';'");
		}
	}

	/** Round 264: a web system's export with its HTML entities left in the cells; a bare ampersand stays. */
	@Test
	void readsTheHtmlEntitiesAWebSystemLeftInItsExportAsText() throws Exception {
		Path csv = Files.writeString(dir.resolve("stratsys_export.csv"),
				"Kontrollmoment;Status\r\n\"Bistånd enligt beslut &amp; attest\";\"Ej&nbsp;genomförd\"\r\nKost & städ;"
						+ "\"Klar &ndash; se &sect; 4\"\r\n",
				StandardCharsets.UTF_8);
		try (RawWorkbook workbook = reader.read(csv)) {
			assertThat(texts(workbook)).containsExactly(List.of("Kontrollmoment", "Status"),
					List.of("Bistånd enligt beslut & attest", "Ej genomförd"), List.of("Kost & städ", "Klar – se § 4"));
		}
	}
}
