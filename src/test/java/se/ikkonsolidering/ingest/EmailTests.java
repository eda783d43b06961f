package se.ikkonsolidering.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;

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
				.containsExactly(org.assertj.core.groups.Tuple.tuple("Kontrollmoment", "Status"),
						org.assertj.core.groups.Tuple.tuple("Hygienrond på särskilda boenden", "Utgår")));
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
				.contains(org.assertj.core.groups.Tuple.tuple("Attest av fakturor", "Genomförd & klar – 20 st"));
		}
	}

	/** The follow-up only attached: the message says where it is and what to do. */
	@Test
	void refusesAMessageWhoseFollowUpIsOnlyInItsAttachmentAndNamesIt() throws Exception {
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
		assertThat(rejected).hasMessage("E-postmeddelandet har ingen text att läsa; uppföljningen ligger i bilagan IK BUN.xlsx.");
		assertThat(rejected.advice()).isEqualTo("Spara bilagan med uppföljningen ur e-postmeddelandet och lägg den i inkorgen.");
	}
}
