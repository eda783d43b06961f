package se.ikkonsolidering.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

import se.ikkonsolidering.ingest.FileRejectedException;
import se.ikkonsolidering.ingest.InboxFile;
import se.ikkonsolidering.submission.FileNameFacts;

/** Files are parsed ahead on several threads, handed back in inbox order, and a huge file is parsed alone. */
class PrefetchingFileReaderTests {

	private int running;
	private boolean hugeRunning;
	private int overlaps;

	@Test
	void handsBackResultsInInboxOrderWhateverOrderTheyFinishIn() throws Exception {
		List<InboxFile> files = new ArrayList<>();
		for (int i = 0; i < 20; i++) {
			files.add(file("fil-" + i, 1_000));
		}
		Function<InboxFile, FileResult> slowFirst = file -> {
			sleep(file.name().endsWith("-0") ? 50 : 1);
			return result(file);
		};
		assertThat(readAll(new PrefetchingFileReader(files, slowFirst, 4))).containsExactlyElementsOf(
				files.stream().map(InboxFile::name).toList());
	}

	@Test
	void parsesAFileLargerThanTheLookAheadBudgetAlone() throws Exception {
		long huge = PrefetchingFileReader.MAX_BYTES_AHEAD * 3;
		List<InboxFile> files = List.of(file("a", 1_000), file("b", 1_000), file("stor", huge), file("c", 1_000),
				file("d", 1_000));
		Function<InboxFile, FileResult> tracking = file -> {
			boolean isHuge = file.name().equals("stor");
			synchronized (this) {
				running++;
				hugeRunning |= isHuge;
				if (hugeRunning && running > 1) {
					overlaps++;
				}
			}
			sleep(20);
			synchronized (this) {
				running--;
				hugeRunning &= !isHuge;
			}
			return result(file);
		};
		assertThat(readAll(new PrefetchingFileReader(files, tracking, 4))).containsExactly("a", "b", "stor", "c", "d");
		assertThat(overlaps).isZero();
	}

	private static List<String> readAll(PrefetchingFileReader reader) throws Exception {
		List<String> names = new ArrayList<>();
		try {
			for (FileResult result; (result = reader.read()) != null;) {
				names.add(((FileResult.Rejected) result).file().name());
			}
		}
		finally {
			reader.close();
		}
		return names;
	}

	private static InboxFile file(String name, long size) {
		return new InboxFile(Path.of(name), name, size, Instant.EPOCH);
	}

	private static FileResult result(InboxFile file) {
		return new FileResult.Rejected(file, "", new FileRejectedException("test", "test"),
				new FileNameFacts(null, null));
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}
}
