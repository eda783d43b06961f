package se.ikkonsolidering.job;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.infrastructure.item.ItemProcessor;

import se.ikkonsolidering.ingest.FileRejectedException;
import se.ikkonsolidering.ingest.InboxFile;
import se.ikkonsolidering.store.StoredSubmission;
import se.ikkonsolidering.store.SubmissionStore;
import se.ikkonsolidering.submission.SubmissionInterpreter;

/**
 * Reads one inbox file. Never throws for a bad file: every failure becomes a {@link FileResult.Rejected}, so one
 * bad file cannot stop the others.
 */
final class FileProcessor implements ItemProcessor<InboxFile, FileResult> {

	private static final Logger log = LoggerFactory.getLogger(FileProcessor.class);

	private final SubmissionInterpreter interpreter;
	private final SubmissionStore store;

	FileProcessor(SubmissionInterpreter interpreter, SubmissionStore store) {
		this.interpreter = interpreter;
		this.store = store;
	}

	@Override
	public FileResult process(InboxFile file) {
		String sha256 = sha256(file);
		Optional<StoredSubmission> earlier = store.findRead(sha256);
		if (earlier.isPresent()) {
			StoredSubmission original = earlier.get();
			boolean neverMoved = original.storedAs() == null && original.fileName().equals(file.name());
			return neverMoved ? new FileResult.AlreadyStored(file, sha256, original)
					: new FileResult.Duplicate(file, sha256, original);
		}
		try {
			int fallbackYear = file.lastModified().atZone(ZoneId.systemDefault()).getYear();
			return new FileResult.Read(file, sha256, interpreter.interpret(file.path(), file.name(), fallbackYear));
		}
		catch (FileRejectedException ex) {
			return new FileResult.Rejected(file, sha256, ex, interpreter.factsFromName(file.name()));
		}
		catch (RuntimeException | OutOfMemoryError | StackOverflowError ex) {
			log.error("Unexpected failure reading {}", file.name(), ex);
			return new FileResult.Rejected(file, sha256, new FileRejectedException(
					"Ett oväntat fel uppstod när filen lästes (" + ex.getClass().getSimpleName() + ").",
					"Kontakta IT-driften och bifoga filen. Filen kan läggas i inkorgen igen när felet är åtgärdat.",
					ex), interpreter.factsFromName(file.name()));
		}
	}

	static String sha256(InboxFile file) {
		try (InputStream in = new DigestInputStream(Files.newInputStream(file.path()),
				MessageDigest.getInstance("SHA-256"))) {
			in.transferTo(OutputStream.nullOutputStream());
			return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + file.path(), ex);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
