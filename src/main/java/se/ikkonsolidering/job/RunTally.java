package se.ikkonsolidering.job;

import java.util.concurrent.atomic.AtomicInteger;

/** Counts of one run, for the closing log line. */
final class RunTally {

	private final AtomicInteger read = new AtomicInteger();
	private final AtomicInteger rejected = new AtomicInteger();
	private final AtomicInteger duplicates = new AtomicInteger();
	private final AtomicInteger controls = new AtomicInteger();

	void reset() {
		read.set(0);
		rejected.set(0);
		duplicates.set(0);
		controls.set(0);
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

	@Override
	public String toString() {
		return read + " files read (" + controls + " controls), " + rejected + " rejected, " + duplicates
				+ " duplicates";
	}
}
