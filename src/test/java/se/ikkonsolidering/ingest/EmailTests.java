package se.ikkonsolidering.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A follow-up pasted into an e-mail the economy office saved (.eml): its text is read as a text file's is. */
class EmailTests {

	@TempDir
	Path dir;

	private final WorkbookReader reader = new WorkbookReader();

	/** Round 109: a forwarded mail with a plain and an HTML part, quoted-printable, its subject encoded. */
	@Test
	void readsTheTextPartOfAMultipartMessageDecodedWithItsSubject() throws Exception {
		Path eml = Files.writeString(dir.resolve("Fwd_ IK-uppföljning VON tertial 2.eml"), """
				From: Eva Berg <eva.berg@kommun.se>
				Subject: =?UTF-8?Q?Fwd:_IK-uppf=C3=B6ljning_VON_tertial_2?=
				MIME-Version: 1.0
				Content-Type: multipart/alternative; boundary="b1"

				--b1
				Content-Type: text/plain; charset=UTF-8
				Content-Transfer-Encoding: quoted-printable

				Kontrollmoment\tStatus
				Hygienrond p=C3=A5 s=C3=A4rskilda boenden\tUtg=C3=A5r
				--b1
				Content-Type: text/html; charset=UTF-8

				<table><tr><td>Kontrollmoment</td><td>Status</td></tr></table>
				--b1--
				""".replace("\n", "\r\n"));
		try (RawWorkbook read = reader.read(eml)) {
			assertThat(read.sheets()).singleElement().satisfies(sheet -> assertThat(sheet.rows().readAll())
				.extracting(r -> r.text(0), r -> r.text(1))
				.containsExactly(tuple("Kontrollmoment", "Status"),
						tuple("Hygienrond på särskilda boenden", "Utgår")));
			assertThat(read.texts()).contains(new DocumentText(DocumentText.Kind.SUBJECT, "Fwd: IK-uppföljning VON tertial 2"));
			assertThat(read.notes()).containsExactly("teckenkodning UTF-8 i e-postmeddelandets textdel, avgränsare tabb");
		}
	}

	/** A saved message named .txt is still a message, known by its header lines. */
	@Test
	void readsAMessageByItsHeaderLinesEvenWithoutTheEmlName() throws Exception {
		Path eml = Files.writeString(dir.resolve("uppföljning.txt"), """
				Received: from mail.kommun.se by mx.kommun.se
				From: Anna Andersson <anna@kommun.se>
				Subject: Uppföljning internkontroll
				MIME-Version: 1.0

				Hej! Här kommer vår uppföljning.
				""");
		try (RawWorkbook read = reader.read(eml)) {
			assertThat(read.format()).isEqualTo(FileFormat.PROSE);
			assertThat(read.sheets().get(0).rows().readAll()).extracting(r -> r.text(0))
				.containsExactly("Hej! Här kommer vår uppföljning.");
		}
	}

	/** A message of HTML only: a cell ends with a tab, a row with a line. */
	@Test
	void readsTheTablesOfAMessageWithOnlyAnHtmlPart() throws Exception {
		Path eml = Files.writeString(dir.resolve("svar.eml"), """
				From: a@kommun.se
				Subject: Svar
				MIME-Version: 1.0
				Content-Type: text/html; charset=UTF-8

				<html><body><p>Hej,</p><table><tr><td>Kontrollmoment</td><td>Status</td></tr>
				<tr><td>Attest av fakturor</td><td>Genomf&ouml;rd &amp; klar &#8211; 20 st</td></tr></table></body></html>
				""");
		try (RawWorkbook read = reader.read(eml)) {
			assertThat(read.sheets().get(0).rows().readAll()).extracting(r -> r.text(0), r -> r.text(1))
				.contains(tuple("Attest av fakturor", "Genomförd & klar – 20 st"));
		}
	}

	/** An attachment's name with folders in it ("..\\..\\IK.csv") is read by its last part, written nowhere else. */
	@Test
	void readsAnAttachmentNamedWithFoldersByItsLastPart() throws Exception {
		Path eml = Files.writeString(dir.resolve("IK.eml"), """
				From: a@kommun.se
				Subject: IK
				MIME-Version: 1.0
				Content-Type: multipart/mixed; boundary="b4"

				--b4
				Content-Type: text/csv
				Content-Disposition: attachment; filename="../../IK TN.csv"

				Kontrollmoment;Status
				Körjournaler förs;Genomförd
				--b4--
				""".replace("\n", "\r\n"));
		try (RawWorkbook read = reader.read(eml)) {
			assertThat(read.sheets()).extracting(RawSheet::name).containsExactly("IK TN");
		}
		assertThat(dir.getParent().resolve("IK TN.csv")).doesNotExist();
	}

	/** The follow-up only attached, and the attachment broken: the message says where it is, why it was not read. */
	@Test
	void refusesAMessageWhoseOnlyAttachmentIsBrokenAndSaysWhy() throws Exception {
		Path eml = Files.writeString(dir.resolve("IK.eml"), """
				From: a@kommun.se
				Subject: IK
				MIME-Version: 1.0
				Content-Type: multipart/mixed; boundary="b2"

				--b2
				Content-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet; name="IK BUN.xlsx"
				Content-Disposition: attachment; filename="IK BUN.xlsx"
				Content-Transfer-Encoding: base64

				UEsDBA==
				--b2--
				""".replace("\n", "\r\n"));
		FileRejectedException rejected = catchThrowableOfType(FileRejectedException.class, () -> reader.read(eml));
		assertThat(rejected).hasMessage("E-postmeddelandet har ingen text att läsa; uppföljningen ligger i bilagan IK BUN.xlsx. "
				+ "Bilagan IK BUN.xlsx gick inte att läsa: Filen är skadad eller ofullständig och kan inte öppnas som Excel-fil.");
		assertThat(rejected.advice()).isEqualTo("Spara bilagan med uppföljningen ur e-postmeddelandet och lägg den i inkorgen.");
	}

	/**
	 * Round 293: "jag bifogar den som CSV" — the follow-up attached is read as the file it is, after the message's text
	 * that explains its codes; a picture attached is no follow-up.
	 */
	@Test
	void readsTheFollowUpAttachedAfterTheMessagesText() throws Exception {
		Path eml = Files.writeString(dir.resolve("IK-uppföljning T2 2025 Tekniska nämnden.eml"), """
				From: a@kommun.se
				Subject: IK-uppföljning T2 2025 Tekniska nämnden
				MIME-Version: 1.0
				Content-Type: multipart/mixed; boundary="b3"

				--b3
				Content-Type: text/plain; charset=UTF-8

				Statuskoder: G = Genomförd, D = Delvis genomförd
				--b3
				Content-Type: text/csv; name="IK_Teknik_T2_2025.csv"
				Content-Disposition: attachment; filename="IK_Teknik_T2_2025.csv"
				Content-Transfer-Encoding: base64

				SWQ7S29udHJvbGxtb21lbnQ7U3RhdHVzIFQyDQpUTi0wMTtL9nJqb3VybmFsZXIgZvZycyBm9nIgc2FtdGxpZ2EgZm9yZG9uO0cNClROLTAyO1NreWRkc3JvbmRlciBlbmxpZ3QgcGxhbjtEDQo=
				--b3
				Content-Type: image/png; name="logo.png"
				Content-Disposition: attachment; filename="logo.png"
				Content-Transfer-Encoding: base64

				iVBORw0KGgo=
				--b3--
				""".replace("\n", "\r\n"));
		try (RawWorkbook read = reader.read(eml)) {
			assertThat(read.sheets()).extracting(RawSheet::name).containsExactly(RawSheet.DOCUMENT_TEXT, "IK_Teknik_T2_2025");
			assertThat(read.sheets().get(1).rows().readAll()).extracting(r -> r.text(1), r -> r.text(2)).containsExactly(
					tuple("Kontrollmoment", "Status T2"), tuple("Körjournaler förs för samtliga fordon", "G"),
					tuple("Skyddsronder enligt plan", "D"));
			assertThat(read.notes()).containsExactly("teckenkodning UTF-8 i e-postmeddelandets textdel, löptext utan avgränsare",
					"bilagan IK_Teknik_T2_2025.csv lästes (teckenkodning Windows-1252, avgränsare ';')",
					"meddelandets bilagor lästes inte (logo.png); lägg dem i inkorgen om uppföljningen står där");
		}
	}

	/**
	 * Round 111: a table pasted with its tabs between a greeting and a signature is a table of its own, a quoted cell
	 * going on over lines; the lines around it stay paragraphs.
	 */
	@Test
	void readsATablePastedIntoTheBodyAsATableOfItsOwn() throws Exception {
		Path eml = Files.writeString(dir.resolve("VB IK uppfoljning t1 KFN.eml"), """
				From: a@kommun.se
				Subject: VB: IK uppföljning t1
				MIME-Version: 1.0
				Content-Type: text/plain; charset="utf-8"

				Hej!
				Vidarebefordrar KFN:s uppföljning av internkontrollplanen 2025 per 30 april.
				Förvaltningen hann inte lägga in den i mallen.
				Protokollsutdrag kommer efter nämndens sammanträde.
				Hej Mats, tabellen ligger inklistrad nedan.
				Kontrollmoment\tAnsvarig\tResultat\tKommentar
				Avtalstrohet vid inköp\tFritidschef\tKlar\t"10 fakturor. Avvikelser:
				- möbler köpta utanför avtal"
				Konstinköp\tKultursekreterare\tUtgår\t
				Hör av dig om något är oklart!
				Mvh Sara
				Kvalitetsstrateg, Kultur- och fritidsförvaltningen
				""");
		try (RawWorkbook read = reader.read(eml)) {
			assertThat(read.sheets()).extracting(RawSheet::name).containsExactly("Tabell 1", RawSheet.DOCUMENT_TEXT);
			assertThat(read.sheets().get(0).rows().readAll()).extracting(r -> r.number(), r -> r.text(0), r -> r.text(3))
				.containsExactly(tuple(6, "Kontrollmoment", "Kommentar"),
						tuple(7, "Avtalstrohet vid inköp", "10 fakturor. Avvikelser:\n- möbler köpta utanför avtal"),
						tuple(9, "Konstinköp", ""));
			assertThat(read.sheets().get(0).context()).containsExactly("Förvaltningen hann inte lägga in den i mallen.",
					"Protokollsutdrag kommer efter nämndens sammanträde.", "Hej Mats, tabellen ligger inklistrad nedan.");
			assertThat(read.sheets().get(1).rows().readAll()).extracting(r -> r.text(0)).containsExactly("Hej!",
					"Vidarebefordrar KFN:s uppföljning av internkontrollplanen 2025 per 30 april.",
					"Förvaltningen hann inte lägga in den i mallen.", "Protokollsutdrag kommer efter nämndens sammanträde.",
					"Hej Mats, tabellen ligger inklistrad nedan.", "Hör av dig om något är oklart!", "Mvh Sara",
					"Kvalitetsstrateg, Kultur- och fritidsförvaltningen");
		}
	}

	/** Round 230: a table typed with bars into the mail, a rule under its header. */
	@Test
	void readsATableTypedWithBarsAsATableOfItsOwn() throws Exception {
		Path eml = Files.writeString(dir.resolve("Delårsuppföljning internkontroll 2025 Socialnämnden.eml"), """
				From: a@kommun.se
				Subject: Delårsuppföljning internkontroll 2025
				MIME-Version: 1.0
				Content-Type: text/plain; charset="utf-8"

				Teckenförklaring: G = genomförd, D = delvis genomförd
				Nr | Kontrollmoment | Status | Kommentar
				---|----------------|--------|----------
				1 | Kontroll mot SSBTEK före utbetalning av ekonomiskt bistånd | D | maj-aug återstår.
				2 | Journalföring utan dröjsmål enligt 11 kap. 5 § SoL |  |
				Med vänlig hälsning
				""");
		try (RawWorkbook read = reader.read(eml)) {
			assertThat(read.sheets()).extracting(RawSheet::name).containsExactly("Tabell 1", RawSheet.DOCUMENT_TEXT);
			assertThat(read.sheets().get(0).rows().readAll()).extracting(r -> r.number(), r -> r.text(1), r -> r.text(2))
				.containsExactly(tuple(2, "Kontrollmoment", "Status"),
						tuple(4, "Kontroll mot SSBTEK före utbetalning av ekonomiskt bistånd", "D"),
						tuple(5, "Journalföring utan dröjsmål enligt 11 kap. 5 § SoL", ""));
			assertThat(read.sheets().get(1).rows().readAll()).extracting(r -> r.text(0))
				.containsExactly("Teckenförklaring: G = genomförd, D = delvis genomförd", "Med vänlig hälsning");
		}
	}

	/** Outlook's own format: the same mail saved as .msg, its subject and body in MAPI property streams. */
	@Test
	void readsTheBodyAndSubjectOfAnOutlookMessage() throws Exception {
		Path msg = outlookMessage("VB uppföljning.msg", "VB: IK-uppföljning VON tertial 2",
				"Kontrollmoment\tStatus\r\nHygienrond på särskilda boenden\tUtgår\r\n");
		try (RawWorkbook read = reader.read(msg)) {
			assertThat(read.sheets().get(0).rows().readAll()).extracting(r -> r.text(0), r -> r.text(1))
				.contains(tuple("Hygienrond på särskilda boenden", "Utgår"));
			assertThat(read.texts()).contains(new DocumentText(DocumentText.Kind.SUBJECT, "VB: IK-uppföljning VON tertial 2"));
		}
	}

	@Test
	void refusesAnOutlookMessageWithoutTextAndAsksForItsAttachment() throws Exception {
		FileRejectedException rejected = catchThrowableOfType(FileRejectedException.class,
				() -> reader.read(outlookMessage("VB uppföljning.msg", "Uppföljning", null)));
		assertThat(rejected).hasMessage("E-postmeddelandet har ingen text att läsa.");
		assertThat(rejected.advice()).isEqualTo("Spara bilagan med uppföljningen ur e-postmeddelandet och lägg den i inkorgen.");
	}

	/** A .msg of a subject and a body as Outlook stores them: Unicode string properties in an OLE2 container. */
	private Path outlookMessage(String name, String subject, String body) throws Exception {
		Path msg = dir.resolve(name);
		try (POIFSFileSystem fs = new POIFSFileSystem();
				OutputStream out = Files.newOutputStream(msg)) {
			fs.createDocument(new ByteArrayInputStream(new byte[32]), "__properties_version1.0");
			fs.createDocument(new ByteArrayInputStream(subject.getBytes(StandardCharsets.UTF_16LE)),
					"__substg1.0_0037001F");
			if (body != null) {
				fs.createDocument(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_16LE)),
						"__substg1.0_1000001F");
			}
			fs.writeFilesystem(out);
		}
		return msg;
	}
}
