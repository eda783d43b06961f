package se.ikkonsolidering.job;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * For the crash-and-restart test only ({@code ik.test-hook.pause-after-files}): after that many files are committed
 * and moved, writes a marker file and stops the run in its tracks, so the test can kill the process mid-run.
 * Off (0) in every normal run.
 */
final class CrashTestHook {

	private final int pauseAfterFiles;
	private final Path marker;
	private final AtomicInteger committed = new AtomicInteger();

	CrashTestHook(int pauseAfterFiles, Path marker) {
		this.pauseAfterFiles = pauseAfterFiles;
		this.marker = marker;
	}

	void fileCommitted() {
		if (pauseAfterFiles <= 0 || committed.incrementAndGet() != pauseAfterFiles) {
			return;
		}
		try {
			Files.createDirectories(marker.toAbsolutePath().getParent());
			Files.writeString(marker, "paused after " + pauseAfterFiles + " files\n");
			Thread.sleep(Long.MAX_VALUE);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}
}
