package se.ikkonsolidering.job;

import java.util.List;

import se.ikkonsolidering.ingest.FileRejectedException;
import se.ikkonsolidering.ingest.InboxFile;
import se.ikkonsolidering.store.StoredSubmission;
import se.ikkonsolidering.submission.FileNameFacts;
import se.ikkonsolidering.submission.Submission;

/** What the processor made of one inbox file; the writer stores it and moves the file after commit. */
sealed interface FileResult {

	InboxFile file();

	/** The content's SHA-256, or {@code null} when the file could not be read at all. */
	String sha256();

	/** The file was read: one follow-up, or one per nämnd when the file holds the rows of several. */
	record Read(InboxFile file, String sha256, List<Submission> submissions) implements FileResult {

		public Read {
			submissions = List.copyOf(submissions);
		}
	}

	/** The file cannot be read; it is moved to the rejected folder with the reason beside it. */
	record Rejected(InboxFile file, String sha256, FileRejectedException reason, FileNameFacts facts)
			implements FileResult {
	}

	/** The same content was read before under another name, or re-sent. */
	record Duplicate(InboxFile file, String sha256, StoredSubmission original) implements FileResult {
	}

	/** The file changed or vanished while it was read: it stays where it is, and the next run takes it. */
	record Left(InboxFile file, String reason) implements FileResult {

		@Override
		public String sha256() {
			return null;
		}
	}

	/** The file was stored by an earlier run that stopped before moving it to the archive. */
	record AlreadyStored(InboxFile file, String sha256, StoredSubmission original) implements FileResult {
	}
}
