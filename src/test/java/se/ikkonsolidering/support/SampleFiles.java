package se.ikkonsolidering.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.List;

import se.ikkonsolidering.register.Register;
import se.ikkonsolidering.store.NewSubmission;
import se.ikkonsolidering.submission.InterpretationRules;
import se.ikkonsolidering.submission.Submission;
import se.ikkonsolidering.submission.SubmissionInterpreter;

/** The files of input-samples/ read and stored as the ingest step reads and stores them. */
public final class SampleFiles {

	public static final Path FOLDER = Path.of("input-samples");

	/** When the stored files are said to have come. */
	public static final LocalDateTime RECEIVED = LocalDateTime.of(2026, 1, 14, 2, 0);

	private SampleFiles() {
	}

	/** Reads a sample file with the samples' register and stores it; returns the ids of its submissions. */
	public static List<Long> store(ReportDatabase db, String name, long job) {
		return store(db, FOLDER.resolve(name), job);
	}

	/** Reads a file made by a test with the samples' register and stores it; returns the ids of its submissions. */
	public static List<Long> store(ReportDatabase db, Path file, long job) {
		String name = file.getFileName().toString();
		SubmissionInterpreter interpreter = new SubmissionInterpreter(InterpretationRules.load(null),
				Register.load(FOLDER.resolve("namnder.csv")));
		List<Submission> read = interpreter.interpret(file, name, 2025);
		try {
			NewSubmission stored = new NewSubmission(job, name, sha256(file), Files.size(file), RECEIVED);
			return read.stream().map(s -> db.store.saveRead(stored, s)).toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public static String sha256(Path file) throws IOException {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
