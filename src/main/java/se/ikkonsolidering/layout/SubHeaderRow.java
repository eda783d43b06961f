package se.ikkonsolidering.layout;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import se.ikkonsolidering.ingest.RawCell;
import se.ikkonsolidering.ingest.RawRow;

/**
 * The second row of a two-row header: short texts right under header cells merged across several columns
 * ("Uppföljning 2025" over "Delår | Helår", "Status helår" over "Genomförd | Delvis | Ej genomförd"), with no
 * kontrollmoment, risk or id of its own; beside them, the rest of a heading written over two rows ("Avvikelse" over
 * "(Ja/Nej)"). A header cell merged down into the row is none of its own, and cells beside the table (a risk matrix to
 * its right) are no part of it.
 */
final class SubHeaderRow {

	private static final int MAX_LENGTH = 40;
	/** "Internkontrollplan (antagen BUN 2024-12-10 § 88) | Delår 2025 | Helår 2025": a group may name its plan. */
	private static final int MAX_GROUP_LENGTH = 60;

	private SubHeaderRow() {
	}

	/**
	 * The group headings of the row above a header, by 0-based column: cells merged across several columns over the
	 * table ("Plan | Uppföljning delår | Uppföljning helår"), at least two different ones.
	 */
	static Optional<Map<Integer, String>> groupsAbove(RawRow above, RawRow header, TableLayout layout) {
		if (above.number() != header.number() - 1) {
			return Optional.empty();
		}
		int left = layout.leftmostColumn();
		int right = layout.rightmostColumn();
		List<RawCell> all = above.nonBlankCells().stream().filter(c -> !c.mergedFromAbove()).toList();
		// Beside the groups, a heading merged down over both rows ("Nr", "Kontrollaktivitet") is the header's own.
		List<RawCell> cells = all.stream()
			.filter(c -> !header.cell(c.column()).map(RawCell::mergedFromAbove).orElse(false))
			.toList();
		boolean groups = !cells.isEmpty() && cells.stream()
			.allMatch(c -> c.mergedAcross() && c.text().strip().length() <= MAX_GROUP_LENGTH)
				&& cells.stream().map(c -> c.text().strip()).distinct().count() >= 2;
		if (!groups) {
			return unmergedGroups(all, header, right);
		}
		Map<Integer, String> headings = new LinkedHashMap<>();
		cells.stream().filter(c -> c.column() >= left && c.column() <= right)
			.forEach(c -> headings.put(c.column(), c.text().strip()));
		return Optional.of(headings);
	}

	/**
	 * "Tertial 1 | | Tertial 2 | | Tertial 3" over "Status | Kommentar | Status | Kommentar | …" with no cell merged (a
	 * CSV export, a sheet nobody merged): each group heading stands over its columns up to the next one, where two or
	 * more groups head the same headings in the same order. A group over other headings ("Plan" over the plan's
	 * columns) heads nothing.
	 */
	private static Optional<Map<Integer, String>> unmergedGroups(List<RawCell> cells, RawRow header, int right) {
		if (cells.size() < 2
				|| cells.stream().anyMatch(c -> c.mergedAcross() || c.text().strip().length() > MAX_GROUP_LENGTH)) {
			return Optional.empty();
		}
		// Each group's headings, from its column up to the next group's.
		Map<RawCell, List<RawCell>> spans = new LinkedHashMap<>();
		for (int i = 0; i < cells.size(); i++) {
			int from = cells.get(i).column();
			int to = i + 1 < cells.size() ? cells.get(i + 1).column() - 1 : right;
			spans.put(cells.get(i), header.nonBlankCells().stream().filter(c -> c.column() >= from && c.column() <= to)
				.toList());
		}
		Map<List<String>, Long> repeats = spans.values().stream().map(SubHeaderRow::texts).filter(h -> h.size() >= 2)
			.collect(Collectors.groupingBy(h -> h, Collectors.counting()));
		Map<Integer, String> headings = new LinkedHashMap<>();
		spans.forEach((group, under) -> {
			if (repeats.getOrDefault(texts(under), 0L) >= 2) {
				under.forEach(c -> headings.put(c.column(), group.text().strip()));
			}
		});
		return headings.values().stream().distinct().count() >= 2 ? Optional.of(headings) : Optional.empty();
	}

	private static List<String> texts(List<RawCell> headings) {
		return headings.stream().map(c -> HeaderText.spaced(c.text())).toList();
	}

	/** The row's own headings by 0-based column, if it is the second row of the header above it. */
	static Optional<Map<Integer, String>> under(RawRow header, RawRow row, TableLayout layout) {
		if (row.number() != header.number() + 1) {
			return Optional.empty();
		}
		int left = layout.leftmostColumn();
		int right = layout.rightmostColumn();
		List<RawCell> own = row.nonBlankCells().stream()
			.filter(c -> !c.mergedFromAbove() && c.column() >= left && c.column() <= right)
			.toList();
		// Beside the groups, a heading may run on into the row ("Avvikelse" over "(Ja/Nej)").
		long underMerged = own.stream().filter(c -> header.cell(c.column()).map(RawCell::mergedAcross).orElse(false))
			.count();
		boolean underGroups = !own.isEmpty() && own.stream()
			.allMatch(c -> c.text().strip().length() <= MAX_LENGTH && header.cell(c.column()).isPresent())
				&& (underMerged == own.size() || underMerged >= 2);
		boolean noKey = own.stream().noneMatch(c -> layout.fieldAt(c.column()).filter(Field::isKey).isPresent());
		if (!underGroups || !noKey) {
			return Optional.empty();
		}
		Map<Integer, String> headings = new LinkedHashMap<>();
		own.forEach(c -> headings.put(c.column(), c.text().strip()));
		return Optional.of(headings);
	}
}
