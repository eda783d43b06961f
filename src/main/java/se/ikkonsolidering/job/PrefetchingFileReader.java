package se.ikkonsolidering.job;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

import org.springframework.batch.infrastructure.item.ItemStreamException;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

import se.ikkonsolidering.ingest.InboxFile;

/**
 * Parses the next few inbox files on a small thread pool while the step writes earlier ones, and hands the results
 * back strictly in inbox order. Parsing is the expensive part and files are independent, so both cores work; the
 * order, and therefore every result, is the same as a single-threaded run. Files in flight are bounded by count and
 * by size, so a huge workbook is parsed alone rather than beside others that would share the heap with it.
 */
class PrefetchingFileReader implements ItemStreamReader<FileResult> {

	/** Bytes of input parsed ahead at most; a larger file is still read, but nothing else at the same time. */
	static final long MAX_BYTES_AHEAD = 4L * 1024 * 1024;

	private record Pending(Future<FileResult> result, long size) {
	}

	private final Iterator<InboxFile> files;
	private final Function<InboxFile, FileResult> processor;
	private final ExecutorService pool;
	private final int window;
	private final Deque<Pending> pending = new ArrayDeque<>();
	private InboxFile next;
	private long bytesAhead;

	PrefetchingFileReader(List<InboxFile> files, Function<InboxFile, FileResult> processor, int workers) {
		this.files = files.iterator();
		this.processor = processor;
		this.pool = Executors.newFixedThreadPool(workers, runnable -> {
			Thread thread = new Thread(runnable, "ik-parse");
			thread.setDaemon(true);
			return thread;
		});
		this.window = workers * 2;
	}

	@Override
	public FileResult read() throws Exception {
		while (pending.size() < window && (next != null || files.hasNext())) {
			InboxFile file = next != null ? next : files.next();
			if (!pending.isEmpty() && bytesAhead + file.size() > MAX_BYTES_AHEAD) {
				next = file;
				break;
			}
			next = null;
			bytesAhead += file.size();
			pending.add(new Pending(pool.submit(() -> processor.apply(file)), file.size()));
		}
		Pending first = pending.poll();
		if (first == null) {
			return null;
		}
		bytesAhead -= first.size();
		try {
			return first.result().get();
		}
		catch (ExecutionException ex) {
			throw ex.getCause() instanceof Exception cause ? cause : ex;
		}
	}

	@Override
	public void close() throws ItemStreamException {
		pool.shutdownNow();
	}
}
