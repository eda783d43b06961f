package se.ikkonsolidering.layout;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import se.ikkonsolidering.ingest.RawCell;
import se.ikkonsolidering.ingest.RawRow;

/**
 * A colour legend whose coloured cells name their own meaning: "Färgförklaring: [Genomförd] [Delvis] [Ej genomförd]
 * [Utgår]", each word written in a cell of its colour, along the label's row or down the rows under it, or beside an
 * empty cell of its colour on a row of its own under the label. A row of coloured status words is also how a tick
 * table's header may look, so only a legend label makes it a legend.
 */
final class ColourSwatches {

	private static final String WHITE = "FFFFFF";

	private final Predicate<String> isStatusMeaning;
	private final Labels labels;

	ColourSwatches(Predicate<String> isStatusMeaning, Labels labels) {
		this.isStatusMeaning = isStatusMeaning;
		this.labels = labels;
	}

	void read(List<RawRow> rows, Map<String, String> colours, Set<Integer> legendRows) {
		for (int i = 0; i < rows.size(); i++) {
			List<RawCell> cells = rows.get(i).nonBlankCells();
			if (cells.isEmpty() || !isLabel(cells.get(0))) {
				continue;
			}
			Map<String, String> along = swatches(cells.subList(1, cells.size()));
			if (along.size() >= 2) {
				along.forEach(colours::putIfAbsent);
				legendRows.add(rows.get(i).number());
				continue;
			}
			if (cells.size() == 1) {
				readDown(rows, i, colours, legendRows);
			}
		}
	}

	/** One swatch per row under the label, in consecutive rows. */
	private void readDown(List<RawRow> rows, int label, Map<String, String> colours, Set<Integer> legendRows) {
		Map<String, String> down = new LinkedHashMap<>();
		List<Integer> numbers = new ArrayList<>();
		for (int j = label + 1; j < rows.size() && rows.get(j).number() - rows.get(j - 1).number() == 1; j++) {
			Map<String, String> one = swatchBesideItsWord(rows.get(j).cells()).orElse(swatches(rows.get(j).nonBlankCells()));
			if (one.size() != 1 || down.keySet().containsAll(one.keySet())) {
				break;
			}
			down.putAll(one);
			numbers.add(rows.get(j).number());
		}
		if (down.size() >= 2) {
			down.forEach(colours::putIfAbsent);
			legendRows.add(rows.get(label).number());
			legendRows.addAll(numbers);
		}
	}

	/** "Genomförd | | [green]": a status word and an empty coloured cell on a row of their own, in either order. */
	private Optional<Map<String, String>> swatchBesideItsWord(List<RawCell> cells) {
		List<RawCell> shown = cells.stream().filter(c -> !c.isBlank() || c.fill() != null).toList();
		if (shown.size() != 2) {
			return Optional.empty();
		}
		RawCell swatch = shown.stream().filter(c -> c.isBlank() && c.fill() != null && !WHITE.equalsIgnoreCase(c.fill()))
			.findFirst().orElse(null);
		RawCell word = shown.stream().filter(c -> !c.isBlank() && c.fill() == null).findFirst().orElse(null);
		if (swatch == null || word == null || !isStatusMeaning.test(word.text().strip())) {
			return Optional.empty();
		}
		return Optional.of(Map.of(swatch.fill().toUpperCase(), word.text().strip()));
	}

	/** Each cell's fill to its word, when every cell is a coloured status word and no colour repeats; else nothing. */
	private Map<String, String> swatches(List<RawCell> cells) {
		Map<String, String> found = new LinkedHashMap<>();
		for (RawCell cell : cells) {
			String fill = cell.fill();
			String word = cell.text().strip();
			if (fill == null || WHITE.equalsIgnoreCase(fill) || !isStatusMeaning.test(word)
					|| found.putIfAbsent(fill.toUpperCase(), word) != null) {
				return Map.of();
			}
		}
		return found;
	}

	private boolean isLabel(RawCell cell) {
		return cell.fill() == null && labels.isLabel(Labels.Kind.FORKLARING, cell.text());
	}
}
