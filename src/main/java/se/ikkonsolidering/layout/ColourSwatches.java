package se.ikkonsolidering.layout;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import se.ikkonsolidering.ingest.CellWords;
import se.ikkonsolidering.ingest.RawCell;
import se.ikkonsolidering.ingest.RawRow;

/**
 * A colour legend whose coloured cells name their own meaning: "Färgförklaring: [Genomförd] [Delvis] [Ej genomförd]
 * [Utgår]", each word written in a cell of its colour, along the label's row or down the rows under it, or beside an
 * empty cell of its colour on a row of its own under the label. A row of coloured status words is also how a tick
 * table's header may look, so without a legend label it takes three of them on a row with nothing right under it.
 */
final class ColourSwatches {

	static final String WHITE = "FFFFFF";
	/** A swatch, the colour's name and its meaning. */
	private static final int MAX_SWATCH_ROW = 3;
	/** Without a legend label, a row of fewer coloured status words could be anything. */
	private static final int MIN_UNLABELLED_SWATCHES = 3;

	private final Predicate<String> isStatusMeaning;
	private final Labels labels;

	ColourSwatches(Predicate<String> isStatusMeaning, Labels labels) {
		this.isStatusMeaning = isStatusMeaning;
		this.labels = labels;
	}

	void read(List<RawRow> rows, Map<String, String> colours, Set<Integer> legendRows) {
		for (int i = 0; i < rows.size(); i++) {
			// "Färgförklaring status:" merged over two cells is one label before the swatches.
			List<RawCell> cells = FormLines.withoutMergedRepeats(rows.get(i).nonBlankCells());
			if (!cells.isEmpty() && !isLabel(cells.get(0)) && standsApart(rows, i)
					&& swatches(cells).size() >= MIN_UNLABELLED_SWATCHES) {
				// "[Genomförd – inga brister] [Genomförd – brister har noterats] [Ej genomförd]" on a row of their own
				// above the table: a tick table's header has its ticks right under it.
				swatches(cells).forEach(colours::putIfAbsent);
				legendRows.add(rows.get(i).number());
				continue;
			}
			if (!cells.isEmpty() && !isLabel(cells.get(0)) && namesWhatFollows(cells.get(0))) {
				// "Bedömning: | [green] | Utförd, inga brister | [yellow] | Utförd, brister noterade | [orange] |
				// Pågår": three swatches each before its status word, after a label of any name, are a legend.
				Map<String, String> along = pairsAlong(rows.get(i).cells(), cells.get(0).column());
				if (along.size() >= MIN_UNLABELLED_SWATCHES) {
					along.forEach(colours::putIfAbsent);
					legendRows.add(rows.get(i).number());
				}
				continue;
			}
			if (cells.isEmpty() || !isLabel(cells.get(0))) {
				continue;
			}
			Map<String, String> along = swatches(cells.subList(1, cells.size()));
			if (along.size() < 2) {
				along = pairsAlong(rows.get(i).cells(), cells.get(0).column());
			}
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

	/** Nothing on the row right below: no ticks stand under the row's words. */
	private static boolean standsApart(List<RawRow> rows, int i) {
		return i + 1 >= rows.size() || rows.get(i + 1).number() > rows.get(i).number() + 1 || rows.get(i + 1).isBlank();
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

	/**
	 * "Genomförd | | [green]": a status word and an empty coloured cell on a row of their own, in either order; or a
	 * sign in its colour, perhaps with the colour's name, before the meaning ("● | Grön | Genomförd – inga avvikelser").
	 */
	private Optional<Map<String, String>> swatchBesideItsWord(List<RawCell> cells) {
		List<RawCell> shown = cells.stream().filter(c -> !c.isBlank() || c.fill() != null).toList();
		if (shown.size() != 2 && shown.size() != MAX_SWATCH_ROW) {
			return Optional.empty();
		}
		List<RawCell> swatches = shown.stream().filter(c -> c.fill() != null && !WHITE.equalsIgnoreCase(c.fill())
				&& (c.isBlank() || CellWords.isColouredSign(c.text()))).toList();
		List<RawCell> words = shown.stream().filter(c -> !c.isBlank() && c.fill() == null).toList();
		if (swatches.size() != 1 || words.size() != shown.size() - 1
				|| !isStatusMeaning.test(words.get(words.size() - 1).text().strip())) {
			return Optional.empty();
		}
		return Optional.of(Map.of(swatches.get(0).fill().toUpperCase(), words.get(words.size() - 1).text().strip()));
	}

	/**
	 * "Färgförklaring: | [green] | Genomförd, inga avvikelser | [yellow] | Genomförd, avvikelser finns": empty
	 * coloured cells along the label's row, each followed by its meaning; nothing when any cell is out of that order.
	 */
	private Map<String, String> pairsAlong(List<RawCell> row, int label) {
		List<RawCell> shown = row.stream().filter(c -> c.column() > label && (!c.isBlank() || c.fill() != null))
			.toList();
		Map<String, String> found = new LinkedHashMap<>();
		if (shown.size() % 2 != 0) {
			return Map.of();
		}
		for (int k = 0; k < shown.size(); k += 2) {
			RawCell swatch = shown.get(k);
			RawCell word = shown.get(k + 1);
			if (!swatch.isBlank() || WHITE.equalsIgnoreCase(swatch.fill()) || word.isBlank() || word.fill() != null
					|| !isStatusMeaning.test(word.text().strip())
					|| found.putIfAbsent(swatch.fill().toUpperCase(), word.text().strip()) != null) {
				return Map.of();
			}
		}
		return found;
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

	/** "Bedömning:", "Status:": a short label that ends with its colon, naming what the cells after it are. */
	private static boolean namesWhatFollows(RawCell cell) {
		String text = cell.text().strip();
		return cell.fill() == null && text.endsWith(":") && text.length() <= FormLines.MAX_LABEL_LENGTH;
	}

	/** "Färgförklaring:", or a label that goes on to name what it explains ("Färgförklaring status:"). */
	private boolean isLabel(RawCell cell) {
		return cell.fill() == null && (labels.isLabel(Labels.Kind.FORKLARING, cell.text())
				|| cell.text().strip().length() <= FormLines.MAX_LABEL_LENGTH
						&& labels.startsWith(Labels.Kind.FORKLARING, cell.text()));
	}
}
