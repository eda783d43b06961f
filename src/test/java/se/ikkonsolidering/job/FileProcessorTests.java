package se.ikkonsolidering.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.ikkonsolidering.ingest.InboxFile;
import se.ikkonsolidering.register.Register;
import se.ikkonsolidering.submission.InterpretationRules;
import se.ikkonsolidering.submission.SubmissionInterpreter;
import se.ikkonsolidering.support.ReportDatabase;

/** Whatever happens to a file while it is read, the processor returns a result for it and never throws. */
class FileProcessorTests {

	@TempDir
	Path dir;

	private final FileProcessor processor = new FileProcessor(
			new SubmissionInterpreter(InterpretationRules.load(null), Register.empty()),
			new ReportDatabase("file-processor").store);

	private InboxFile listed(String name, String content) throws IOException {
		Path path = Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
		return new InboxFile(path, name, Files.size(path), Files.getLastModifiedTime(path).toInstant());
	}

	@Test
	void aFileThatVanishedBeforeItsChecksumIsLeftWithAReason() {
		InboxFile gone = new InboxFile(dir.resolve("borta.csv"), "borta.csv", 10, Instant.now());

		assertThat(processor.process(gone)).isEqualTo(
				new FileResult.Left(gone, "Filen försvann ur inkorgen innan den hann läsas."));
	}

	@Test
	void aFileThatCannotBeReadFromDiskIsRejectedWithAReason() {
		// A folder opens but cannot be read: the same I/O failure as a bad disk sector, at the same point.
		InboxFile unreadable = new InboxFile(dir, "trasig.csv", 10, Instant.now());

		FileResult result = processor.process(unreadable);

		assertThat(result).isInstanceOf(FileResult.Rejected.class);
		assertThat(result.sha256()).isNull();
		assertThat(((FileResult.Rejected) result).reason()).hasMessage("Filen kunde inte läsas från disken (Is a directory).");
	}

	@Test
	void aFileChangedWhileItWasReadIsLeftForTheNextRun() throws IOException {
		InboxFile file = listed("sn.csv", "Socialnämnden 2025\nKontrollmoment;Status\nAttest;Ja\n");
		Files.writeString(file.path(), "Socialnämnden 2025\nKontrollmoment;Status\nAttest;Ja\nMer;Nej\n");

		assertThat(processor.process(file)).isEqualTo(new FileResult.Left(file,
				"Filen ändrades medan den lästes. Den ligger kvar i inkorgen och läses vid nästa körning."));
	}

	@Test
	void anUnchangedFileIsRead() throws IOException {
		InboxFile file = listed("sn.csv", "Socialnämnden 2025\nKontrollmoment;Status\nAttest;Ja\n");

		assertThat(processor.process(file)).isInstanceOf(FileResult.Read.class);
	}
}
