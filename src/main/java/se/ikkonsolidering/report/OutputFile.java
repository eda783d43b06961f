package se.ikkonsolidering.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a file under a temporary name and moves it into place, so a reader never opens half a report; when writing
 * fails (a full disk), the partial temporary file is removed and the previous version stays as it was.
 */
final class OutputFile {

	private OutputFile() {
	}

	static Path write(Path file, Content content) {
		Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
		try {
			Files.createDirectories(file.toAbsolutePath().getParent());
			try (OutputStream out = Files.newOutputStream(temporary)) {
				content.writeTo(out);
			}
			Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			return file;
		}
		catch (IOException | RuntimeException ex) {
			removeQuietly(temporary, ex);
			throw ex instanceof IOException io ? new UncheckedIOException("Cannot write " + file, io)
					: (RuntimeException) ex;
		}
	}

	private static void removeQuietly(Path temporary, Exception cause) {
		try {
			Files.deleteIfExists(temporary);
		}
		catch (IOException ex) {
			cause.addSuppressed(ex);
		}
	}

	@FunctionalInterface
	interface Content {

		void writeTo(OutputStream out) throws IOException;
	}
}
