package se.ikkonsolidering.job;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import se.ikkonsolidering.ingest.FileRejectedException;
import se.ikkonsolidering.ingest.InboxFile;
import se.ikkonsolidering.ingest.RejectionNotes;
import se.ikkonsolidering.store.StoredSubmission;
import se.ikkonsolidering.store.SubmissionStore;
import se.ikkonsolidering.submission.SubmissionInterpreter;

/**
 * Reads one inbox file. Never throws for a bad file: every failure, from the first byte of the checksum to the last
 * cell, becomes a result the writer can account for, so one bad file cannot stop the others.
 */
final class FileProcessor {

	private static final Logger log = LoggerFactory.getLogger(FileProcessor.class);

	private final SubmissionInterpreter interpreter;
	private final SubmissionStore store;

	FileProcessor(SubmissionInterpreter interpreter, SubmissionStore store) {
		this.interpreter = interpreter;
		this.store = store;
	}

	FileResult process(InboxFile file) {
		String sha256;
		try {
			sha256 = sha256(file);
		}
		catch (IOException ex) {
			return cannotOpen(file, ex);
		}
		Optional<StoredSubmission> earlier = store.findRead(sha256, file.filedAsPlan());
		if (earlier.isPresent()) {
			StoredSubmission original = earlier.get();
			boolean neverMoved = original.storedAs() == null && original.fileName().equals(file.name());
			return neverMoved ? new FileResult.AlreadyStored(file, sha256, original)
					: new FileResult.Duplicate(file, sha256, original);
		}
		FileResult result = read(file, sha256);
		return changedMeanwhile(file).<FileResult>map(why -> new FileResult.Left(file, why)).orElse(result);
	}

	private FileResult read(InboxFile file, String sha256) {
		try {
			int fallbackYear = file.lastModified().atZone(ZoneId.systemDefault()).getYear();
			return new FileResult.Read(file, sha256,
					interpreter.interpret(file.path(), file.name(), fallbackYear, file.filedAsPlan()));
		}
		catch (FileRejectedException ex) {
			return new FileResult.Rejected(file, sha256, ex, interpreter.factsFromName(file.name()));
		}
		catch (RuntimeException | OutOfMemoryError | StackOverflowError ex) {
			log.error("Unexpected failure reading {}", file.name(), ex);
			return new FileResult.Rejected(file, sha256, RejectionNotes.unexpected(ex),
					interpreter.factsFromName(file.name()));
		}
	}

	/** A file the job may not open, or that is gone, is accounted for like any other bad file. */
	private FileResult cannotOpen(InboxFile file, IOException ex) {
		if (ex instanceof NoSuchFileException) {
			return new FileResult.Left(file, RejectionNotes.VANISHED_BEFORE_READ);
		}
		return new FileResult.Rejected(file, null, RejectionNotes.unreadableFromDisk(ex),
				interpreter.factsFromName(file.name()));
	}

	/** Why what was read may not be the file as it is now: it changed or vanished while it was read. */
	private static Optional<String> changedMeanwhile(InboxFile file) {
		try {
			BasicFileAttributes now = Files.readAttributes(file.path(), BasicFileAttributes.class,
					LinkOption.NOFOLLOW_LINKS);
			if (now.size() != file.size() || !now.lastModifiedTime().toInstant().equals(file.lastModified())) {
				return Optional.of(RejectionNotes.CHANGED_WHILE_READ);
			}
			return Optional.empty();
		}
		catch (IOException ex) {
			return Optional.of(RejectionNotes.VANISHED_WHILE_READ);
		}
	}

	static String sha256(InboxFile file) throws IOException {
		try (InputStream in = new DigestInputStream(Files.newInputStream(file.path()),
				MessageDigest.getInstance("SHA-256"))) {
			in.transferTo(OutputStream.nullOutputStream());
			return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
