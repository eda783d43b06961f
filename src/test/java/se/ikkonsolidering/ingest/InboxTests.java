package se.ikkonsolidering.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InboxTests {

	@TempDir
	Path dir;

	@Test
	void takesFollowUpsOldestFirstAndLeavesLockTemporaryAndHiddenFilesAlone() throws Exception {
		Path newer = Files.writeString(dir.resolve("b.xlsx"), "b");
		Path older = Files.writeString(dir.resolve("a.csv"), "a");
		Files.setLastModifiedTime(older, FileTime.from(Instant.parse("2025-01-01T00:00:00Z")));
		Files.setLastModifiedTime(newer, FileTime.from(Instant.parse("2025-02-01T00:00:00Z")));
		Files.writeString(dir.resolve("~$b.xlsx"), "lock");
		Files.writeString(dir.resolve(".DS_Store"), "x");
		Files.writeString(dir.resolve("kopiering.tmp"), "x");
		Files.createDirectories(dir.resolve("arkiv"));
		assertThat(new Inbox(dir, List.of(), Duration.ZERO).files()).extracting(InboxFile::name).containsExactly("a.csv", "b.xlsx");
	}

	/** Round 526: a corrected version copied in before the original it replaces is still read after it. */
	@Test
	void takesACorrectedVersionAfterTheOriginalWhateverTheirTimes() throws Exception {
		Path corrected = Files.writeString(dir.resolve("TN IK T2 2025 - korrigerad version.xlsx"), "2");
		Path original = Files.writeString(dir.resolve("TN IK T2 2025.xlsx"), "1");
		Path other = Files.writeString(dir.resolve("SN IK T2 2025.xlsx"), "s");
		Files.setLastModifiedTime(corrected, FileTime.from(Instant.parse("2025-09-20T08:00:00Z")));
		Files.setLastModifiedTime(original, FileTime.from(Instant.parse("2025-09-20T08:00:01Z")));
		Files.setLastModifiedTime(other, FileTime.from(Instant.parse("2025-09-20T08:00:02Z")));
		assertThat(new Inbox(dir, List.of(), Duration.ZERO).files()).extracting(InboxFile::name).containsExactly(
				"TN IK T2 2025.xlsx", "TN IK T2 2025 - korrigerad version.xlsx", "SN IK T2 2025.xlsx");
	}

	/** The marks of a later version closing a name, and names that only end in a number or a word like one. */
	@Test
	void readsTheVersionANameSays() {
		assertThat(FileVersions.version("BUN IK delår 2025 v2.xlsx")).isEqualTo(2);
		assertThat(FileVersions.version("BUN IK delår 2025 version 3.docx")).isEqualTo(3);
		assertThat(FileVersions.version("BUN IK delår 2025 (rättad).xlsx")).isEqualTo(2);
		assertThat(FileVersions.version("BUN IK delår 2025.xlsx")).isZero();
		assertThat(FileVersions.version("Uppföljning tertial 2.xlsx")).isZero();
		assertThat(FileVersions.version("Internkontroll Company.xlsx")).isZero();
	}

	@Test
	void leavesTheLockFilesOfWordAndLibreOfficeAlone() throws Exception {
		Files.writeString(dir.resolve("~$cialnämnden uppföljning.docx"), "lock");
		Files.writeString(dir.resolve(".~lock.Kulturnämnden uppföljning.odt#"), "lock");
		Files.writeString(dir.resolve(".~lock.Miljönämnden 2025.ods#"), "lock");
		Path document = Files.writeString(dir.resolve("Socialnämnden uppföljning.docx"), "d");
		assertThat(new Inbox(dir, List.of(), Duration.ZERO).files()).extracting(InboxFile::path).containsExactly(document);
	}

	@Test
	void neverFollowsASymbolicLink() throws Exception {
		Path outside = Files.writeString(Files.createTempFile("utanfor", ".xlsx"), "secret");
		Files.createSymbolicLink(dir.resolve("lank.xlsx"), outside);
		assertThat(new Inbox(dir, List.of(), Duration.ZERO).files()).isEmpty();
		Files.delete(outside);
	}

	@Test
	void leavesTheRegisterAloneWhenItLivesInTheInbox() throws Exception {
		Path register = Files.writeString(dir.resolve("namnder.csv"), "nämnd;alias\n");
		assertThat(new Inbox(dir, List.of(register), Duration.ZERO).files()).isEmpty();
	}

	@Test
	void leavesAFileStillBeingWrittenForTheNextRun() throws Exception {
		Files.writeString(dir.resolve("halvfardig.xlsx"), "b");
		Inbox inbox = new Inbox(dir, List.of(), Duration.ofSeconds(30));
		assertThat(inbox.files()).isEmpty();
		assertThat(inbox.untilSettled()).isPositive().isLessThanOrEqualTo(Duration.ofSeconds(30));
	}

	@Test
	void takesTheFilesOfThePlanFolderAsPlansAndLeavesItsFoldersAlone() throws Exception {
		Path plans = Files.createDirectories(dir.resolve("Planer"));
		Files.writeString(plans.resolve("Socialnämnden 2025.xlsx"), "p");
		Files.writeString(plans.resolve("~$cialnämnden 2025.xlsx"), "lock");
		Files.createDirectories(plans.resolve("gamla"));
		Files.writeString(dir.resolve("Socialnämnden uppföljning 2025.xlsx"), "u");

		assertThat(new Inbox(dir, List.of(), Duration.ZERO).files())
			.extracting(InboxFile::name, InboxFile::filedAsPlan)
			.containsExactlyInAnyOrder(tuple("Socialnämnden 2025.xlsx", true),
					tuple("Socialnämnden uppföljning 2025.xlsx", false));
	}
}
