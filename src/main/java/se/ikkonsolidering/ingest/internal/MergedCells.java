package se.ikkonsolidering.ingest.internal;

import java.util.function.BiConsumer;

import org.apache.poi.ss.util.CellRangeAddress;

import se.ikkonsolidering.ingest.RawCell;

/**
 * A merged region's value as every cell of the region shows it, the same for every reader: the top-left cell keeps
 * its own, each other cell gets a copy marked as merged (from above, when it lies on a later row).
 */
final class MergedCells {

	private MergedCells() {
	}

	/** Hands each of the region's other cells, with its 0-based row, to {@code sink}. */
	static void spread(CellRangeAddress region, RawCell origin, BiConsumer<Integer, RawCell> sink) {
		for (int r = region.getFirstRow(); r <= region.getLastRow(); r++) {
			for (int c = region.getFirstColumn(); c <= region.getLastColumn(); c++) {
				if (r != region.getFirstRow() || c != region.getFirstColumn()) {
					sink.accept(r, origin.spreadTo(c, r > region.getFirstRow()));
				}
			}
		}
	}
}
