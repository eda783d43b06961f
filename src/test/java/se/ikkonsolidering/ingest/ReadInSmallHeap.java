package se.ikkonsolidering.ingest;

import java.nio.file.Path;

/** Reads one file and prints its cell count: run in a child JVM with a small heap to show the reading is bounded. */
public final class ReadInSmallHeap {

	private ReadInSmallHeap() {
	}

	public static void main(String[] args) {
		try (RawWorkbook workbook = new WorkbookReader().read(Path.of(args[0]))) {
			long cells = workbook.sheets().stream()
				.flatMap(s -> s.rows().readAll().stream())
				.mapToLong(r -> r.cells().size())
				.sum();
			System.out.println("cells=" + cells);
		}
	}
}
