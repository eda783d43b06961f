package se.ikkonsolidering.job;

import java.util.concurrent.atomic.AtomicInteger;

/** Counts of one run, for the progress lines and the closing log line. */
final class RunTally {

	/** A progress line every this many files on large batches. */
	static final int PROGRESS_EVERY = 100;

	private volatile long startNanos = System.nanoTime();
	private volatile int total;

	private final AtomicInteger read = new AtomicInteger();
	private final AtomicInteger rejected = new AtomicInteger();
	private final AtomicInteger duplicates = new AtomicInteger();
	private final AtomicInteger controls = new AtomicInteger();
	private final AtomicInteger recovered = new AtomicInteger();

	void reset() {
		startNanos = System.nanoTime();
		total = 0;
		read.set(0);
		rejected.set(0);
		duplicates.set(0);
		controls.set(0);
		recovered.set(0);
	}

	void read(int controlCount) {
		read.incrementAndGet();
		controls.addAndGet(controlCount);
	}

	void rejected() {
		rejected.incrementAndGet();
	}

	void duplicate() {
		duplicates.incrementAndGet();
	}

	void recovered() {
		recovered.incrementAndGet();
	}

	void total(int files) {
		total = files;
	}

	int files() {
		return read.get() + rejected.get() + duplicates.get() + recovered.get();
	}

	/** "300 of 1000 files done, 58 files/s". */
	String progress() {
		double seconds = Math.max(0.001, (System.nanoTime() - startNanos) / 1e9);
		return files() + " of " + total + " files done, " + Math.round(files() / seconds) + " files/s";
	}

	@Override
	public String toString() {
		return read + " files read (" + controls + " controls), " + rejected + " rejected, " + duplicates
				+ " duplicates" + (recovered.get() > 0 ? ", " + recovered + " stored earlier and now archived" : "");
	}
}
