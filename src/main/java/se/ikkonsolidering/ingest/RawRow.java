package se.ikkonsolidering.ingest;

import java.util.List;
import java.util.Optional;

/**
 * One physical row of a sheet.
 *
 * @param number 1-based row number, as the sender sees it in Excel
 * @param cells the row's non-empty or filled cells, ordered by column
 */
public record RawRow(int number, List<RawCell> cells) {

	public RawRow {
		if (number < 1) {
			throw new IllegalArgumentException("row number must be >= 1");
		}
		cells = List.copyOf(cells);
	}

	public Optional<RawCell> cell(int column) {
		for (RawCell cell : cells) {
			if (cell.column() == column) {
				return Optional.of(cell);
			}
		}
		return Optional.empty();
	}

	public String text(int column) {
		return cell(column).map(RawCell::text).orElse("");
	}

	public List<RawCell> nonBlankCells() {
		return cells.stream().filter(c -> !c.isBlank()).toList();
	}

	public boolean isBlank() {
		return cells.stream().allMatch(RawCell::isBlank);
	}
}
