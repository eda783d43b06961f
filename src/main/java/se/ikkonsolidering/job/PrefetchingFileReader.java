package se.ikkonsolidering.job;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.springframework.batch.infrastructure.item.ItemStreamException;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

import se.ikkonsolidering.ingest.InboxFile;

/**
 * Parses the next few inbox files on a small thread pool while the step writes earlier ones, and hands the results
 * back strictly in inbox order. Parsing is the expensive part and files are independent, so both cores work; the
 * order, and therefore every result, is the same as a single-threaded run.
 */
class PrefetchingFileReader implements ItemStreamReader<FileResult> {

	private final Iterator<InboxFile> files;
	private final FileProcessor processor;
	private final ExecutorService pool;
	private final int window;
	private final Deque<Future<FileResult>> pending = new ArrayDeque<>();

	PrefetchingFileReader(List<InboxFile> files, FileProcessor processor, int workers) {
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
		while (pending.size() < window && files.hasNext()) {
			InboxFile file = files.next();
			pending.add(pool.submit(() -> processor.process(file)));
		}
		Future<FileResult> next = pending.poll();
		if (next == null) {
			return null;
		}
		try {
			return next.get();
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
