package se.ikkonsolidering.submission;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import se.ikkonsolidering.ingest.CellWords;
import se.ikkonsolidering.layout.ControlRow;
import se.ikkonsolidering.layout.Field;

/**
 * A system export in long form has a row per control and period ("2025 Delår 2", "2025 Helår" in a Period column):
 * the latest period's row is the control's follow-up, as with a column per period; the earlier rows are history.
 */
final class LatestPeriodRows {

	private final PeriodRules periods;

	LatestPeriodRows(PeriodRules periods) {
		this.periods = periods;
	}

	/** The rows to read: for each nämnd and control, the row of its latest period; all rows when there is one period. */
	List<ControlRow> latest(List<ControlRow> rows) {
		long distinct = rows.stream().map(this::period).flatMap(Optional::stream).distinct().count();
		if (distinct < 2) {
			return rows;
		}
		Map<String, ControlRow> byControl = new LinkedHashMap<>();
		List<ControlRow> without = new ArrayList<>();
		for (ControlRow row : rows) {
			Optional<Period> period = period(row);
			if (period.isEmpty()) {
				without.add(row);
				continue;
			}
			byControl.merge(key(row), row, (kept, next) -> rank(next) > rank(kept) ? next : kept);
		}
		List<ControlRow> kept = new ArrayList<>(byControl.values());
		kept.addAll(without);
		kept.sort((a, b) -> Integer.compare(a.row(), b.row()));
		return kept;
	}

	private Optional<Period> period(ControlRow row) {
		String value = row.value(Field.PERIOD);
		return value.isBlank() ? Optional.empty() : periods.find(value);
	}

	private int rank(ControlRow row) {
		return period(row).map(Period::rank).orElse(-1);
	}

	private static String key(ControlRow row) {
		return CellWords.normalize(row.value(Field.NAMND)) + "\n" + CellWords.normalize(row.value(Field.KONTROLLMOMENT))
				+ "\n" + CellWords.normalize(row.value(Field.ID));
	}
}
