package se.ikkonsolidering.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import se.ikkonsolidering.ingest.CellWords;
import se.ikkonsolidering.ingest.RawCell;
import se.ikkonsolidering.ingest.RawRow;

/**
 * A legend written as a block of cells: a code, symbol or coloured empty cell beside its meaning, one pair per row,
 * perhaps under a heading ("Förklaring"), in rows of its own or in a box beside the table.
 */
final class LegendBlocks {

	/** A code or symbol alone in its cell, as in a legend block. */
	private static final int MAX_TOKEN_LENGTH = 4;
	/** Rows of a legend block may stand this far apart (a blank row between them). */
	static final int BLOCK_GAP = 2;

	/** A word a table of statuses explains ("Kontroll ersatt"), short as a status is. */
	private static final int MAX_WORD_LENGTH = 40;
	/** "Orange", "Ljusgrön": a colour's name, one word. */
	private static final int MAX_COLOUR_WORD = 12;
	/** The sentence explaining it. */
	private static final int MAX_EXPLANATION_LENGTH = 150;
	/** The first heading of a table of statuses and their meanings: "Status", "Statusord", "Färg". */
	private static final int MAX_HEADING_LENGTH = 20;
	/** A legend's heading naming what it explains: "Teckenförklaring, bedömning:". */
	private static final int MAX_NAMED_HEADING_LENGTH = 40;
	private static final Pattern SENTENCE_END = Pattern.compile("(?<=\\.)\\s+");
	/** "Antal kontroller": the heading of a summary's counts beside a legend's columns. */
	private static final Pattern COUNT_HEADING = Pattern.compile("(?iu)\\s*(antal|andel)\\b.{0,30}");
	/** "5", "12 st": how many controls have the status, beside it in a summary. */
	private static final Pattern COUNT = Pattern.compile("\\s*\\d{1,3}(\\s*st\\.?)?\\s*");
	/** A short code, then a tab or at least two spaces, then its meaning: "½     delvis genomförd". */
	private static final Pattern SPACED_CODE = Pattern.compile("\\s*(\\S{1,4})(?:\\t|\\s{2,})\\s*(\\S.*)");
	/** Under a legend's heading, a short code and its meaning after one space: "+ genomförd utan anmärkning". */
	private static final Pattern CODE_WORDS = Pattern.compile("\\s*(\\S{1,4})\\s+(\\p{L}.*)");

	private final Predicate<String> isStatusMeaning;
	private final Predicate<String> statesAStatus;
	private final Labels labels;
	/** The rows each column holds a colour in (white is none), of the rows read. */
	private final Map<Integer, Set<Integer>> filledRows = new HashMap<>();

	/**
	 * @param isStatusMeaning whether a meaning names a status, as the legend reader judges it
	 * @param statesAStatus whether a sentence states a status ("Kontrollen har strukits ur planen")
	 */
	LegendBlocks(Predicate<String> isStatusMeaning, Predicate<String> statesAStatus, Labels labels) {
		this.isStatusMeaning = isStatusMeaning;
		this.statesAStatus = statesAStatus;
		this.labels = labels;
	}

	/**
	 * Cells with a code, symbol or coloured empty cell beside a status word, in rows of their own or in a box beside
	 * the table ("Förklaring" in columns J–K, next to the header and the first controls). One such pair alone could be
	 * a control with only its status filled in, so it counts only in a block of two or more, or right under a legend
	 * heading; a box beside other content needs distinct codes with distinct meanings, three of them without a heading.
	 */
	void read(List<RawRow> rows, Map<String, String> tokens, Map<String, String> colours,
			Set<Integer> legendRows, Set<Legend.Cell> beside) {
		for (RawRow row : rows) {
			for (RawCell cell : row.cells()) {
				if (cell.fill() != null && !cell.fill().equalsIgnoreCase(ColourSwatches.WHITE)) {
					filledRows.computeIfAbsent(cell.column(), k -> new HashSet<>()).add(row.number());
				}
			}
		}
		Map<Integer, Block> open = new HashMap<>();
		for (RawRow row : rows) {
			List<List<RawCell>> segments = segments(row);
			// The code columns of blocks opened by a label on this row, inside the label's own run of cells.
			Set<Integer> openedByLabel = new HashSet<>();
			for (List<RawCell> segment : segments) {
				int column = segment.get(0).column();
				boolean alone = segments.size() == 1;
				if (isLegendHeading(segment)) {
					flush(open.remove(column), tokens, colours, legendRows, beside);
					// "Teckenförklaring" in the header row, over a box beside the table: no heading of its columns.
					Block block = new Block(true, row.number(), alone ? List.of()
							: segment.stream().map(c -> new Legend.Cell(row.number(), c.column())).toList());
					if (alone) {
						legendRows.add(row.number());
					}
					open.put(column, block);
					continue;
				}
				if (segment.size() == 3 && namesALegend(segment.get(0).text().strip())) {
					// "Statuskod: | G | Genomförd" beside the title, "P | Pågår" under its code: the label opens the
					// legend on the line of its first entry, whose codes stand in the column after the label.
					int codes = segment.get(1).column();
					flush(open.remove(codes), tokens, colours, legendRows, beside);
					Block block = new Block(true, row.number());
					Entry first = entry(segment.subList(1, 3), true, false);
					if (first != null) {
						block.entries.add(new Placed(row.number(), alone, segment, first));
					}
					open.put(codes, block);
					openedByLabel.add(codes);
					continue;
				}
				Block current = open.get(column);
				Entry entry = entry(segment, current != null && current.underHeading,
						current != null && current.namesColoursInWords());
				if (entry == null) {
					// Other content where the block's codes stand ends the block.
					flush(open.remove(column), tokens, colours, legendRows, beside);
					continue;
				}
				Block block = open.get(column);
				// Beside other content, a legend's box stands in rows one under the other: a fill and a comment in the
				// last columns of controls' rows with a control between them ("[orange] | Ej genomförd, flyttas …") are
				// the table's, not a legend.
				int gap = alone ? BLOCK_GAP : 1;
				if (block == null || row.number() - block.last > gap) {
					flush(open.remove(column), tokens, colours, legendRows, beside);
					block = new Block(false, row.number());
					open.put(column, block);
				}
				block.entries.add(new Placed(row.number(), alone, segment, entry));
				block.last = row.number();
			}
			// A run of cells across a block's column ends the block there, as other content in its column does: codes
			// and meanings in the last columns of controls' rows ("Röd | Ej genomförd 2025 …") with a full row between
			// them are no legend block.
			for (List<RawCell> segment : segments) {
				int first = segment.get(0).column();
				int last = segment.get(segment.size() - 1).column();
				for (Integer column : List.copyOf(open.keySet())) {
					if (column > first && column <= last && !openedByLabel.contains(column)) {
						flush(open.remove(column), tokens, colours, legendRows, beside);
					}
				}
			}
			// A block not continued within the gap is complete.
			for (Integer column : List.copyOf(open.keySet())) {
				if (row.number() - open.get(column).last > BLOCK_GAP) {
					flush(open.remove(column), tokens, colours, legendRows, beside);
				}
			}
		}
		open.values().forEach(block -> flush(block, tokens, colours, legendRows, beside));
	}

	private void flush(Block block, Map<String, String> tokens, Map<String, String> colours, Set<Integer> legendRows,
			Set<Legend.Cell> beside) {
		if (block == null || !block.isLegend() || isTheTablesTrafficLight(block)) {
			return;
		}
		beside.addAll(block.headingBeside);
		for (Placed placed : block.entries) {
			Entry entry = placed.entry();
			if (entry.colour() != null) {
				colours.putIfAbsent(entry.colour(), entry.meaning());
			}
			else {
				tokens.putIfAbsent(Legend.key(entry.token()), entry.meaning());
			}
			if (placed.alone()) {
				legendRows.add(placed.row());
			}
			else {
				placed.cells().forEach(c -> beside.add(new Legend.Cell(placed.row(), c.column())));
			}
		}
	}

	/**
	 * "[green] | Genomfört på 14 av 14 enheter." over "[grey] | Utgår – …" and "[red] | Ej påbörjad." beside the
	 * controls' other cells, right under rows coloured in the same column: the status and comment columns of the
	 * table, no box of a legend beside it (which stands apart from the table, under a gap or its heading).
	 */
	private boolean isTheTablesTrafficLight(Block block) {
		if (block.underHeading || block.entries.stream().allMatch(Placed::alone)) {
			return false;
		}
		int first = block.entries.get(0).row();
		return block.entries.stream().filter(p -> p.entry().colour() != null)
			.map(p -> p.cells().get(0).column()).distinct()
			.anyMatch(column -> filledRows.getOrDefault(column, Set.of()).stream()
				.anyMatch(row -> row < first && first - row <= BLOCK_GAP));
	}

	/** The row's runs of adjacent cells (text or fill), a horizontally merged region counted once. */
	private static List<List<RawCell>> segments(RawRow row) {
		List<List<RawCell>> segments = new ArrayList<>();
		List<RawCell> current = new ArrayList<>();
		int previous = -2;
		for (RawCell cell : row.cells()) {
			if (cell.isBlank() && cell.fill() == null) {
				continue;
			}
			if (cell.column() != previous + 1 && !current.isEmpty()) {
				segments.add(current);
				current = new ArrayList<>();
			}
			boolean sameRegion = !current.isEmpty() && cell.mergedAcross() && current.get(current.size() - 1).mergedAcross()
					&& current.get(current.size() - 1).text().equals(cell.text());
			if (!sameRegion) {
				current.add(cell);
			}
			previous = cell.column();
		}
		if (!current.isEmpty()) {
			segments.add(current);
		}
		return segments;
	}

	/**
	 * "Legend", "Förklaring:", "Teckenförklaring", "Statuskoder" alone on a row or in a box of its own; or the
	 * heading of a table of statuses and what each means ("Status | Innebörd").
	 */
	private boolean isLegendHeading(List<RawCell> segment) {
		String first = segment.get(0).text().strip();
		// "Bedömning | Förklaring | Antal kontroller": a summary's counts beside the legend's columns.
		boolean counted = segment.size() == 3 && COUNT_HEADING.matcher(segment.get(2).text()).matches();
		return (segment.size() == 1 && namesALegend(first))
				|| ((segment.size() == 2 || counted) && first.length() <= MAX_HEADING_LENGTH
						&& labels.isLabel(Labels.Kind.FORKLARING, segment.get(1).text()));
	}

	/** "Teckenförklaring", "Statuskod:", "Teckenförklaring, bedömning:": it may say what the legend explains. */
	private boolean namesALegend(String text) {
		return labels.isLabel(Labels.Kind.FORKLARING, text) || text.length() <= MAX_NAMED_HEADING_LENGTH
				&& text.indexOf('=') < 0 && labels.startsWith(Labels.Kind.FORKLARING, text);
	}

	/**
	 * The code or colour and its meaning, if the run of cells is a legend entry. Under a legend's heading, a status
	 * word beside the sentence explaining it is one too ("Kontroll ersatt | Kontrollen har efter nämndbeslut ersatts
	 * av annan kontroll och utgår ur planen.").
	 * @param amongColourWords the block's entries so far name their colours in words in cells of those colours
	 */
	private Entry entry(List<RawCell> segment, boolean underHeading, boolean amongColourWords) {
		if (segment.size() == 3 && COUNT.matcher(segment.get(2).text()).matches()) {
			// "Grön | Kontroll genomförd, inga avvikelser | 5": a summary's count of the controls beside each status
			// makes its table the legend too.
			return entry(segment.subList(0, 2), underHeading, amongColourWords);
		}
		if (segment.size() == 3 && segment.get(0).isBlank() && segment.get(0).fill() != null
				&& segment.get(1).text().strip().length() <= MAX_WORD_LENGTH) {
			// A swatch, its colour's name, then the meaning: "[green] | Grön | Kontrollen är genomförd".
			segment = List.of(segment.get(0), new RawCell(segment.get(0).column() + 1, segment.get(2).text(), null, false,
					false, false));
			return segment.get(1).text().isBlank() ? null : entry(segment, underHeading, false);
		}
		if (segment.size() == 1) {
			// A document's legend line holds its code and meaning in one paragraph.
			Matcher m = SPACED_CODE.matcher(segment.get(0).text());
			if (!m.matches() && underHeading) {
				m = CODE_WORDS.matcher(segment.get(0).text());
			}
			if (!m.matches()) {
				return null;
			}
			int column = segment.get(0).column();
			// "●  Genomförd" with the dot in green: the line shows the dot's colour.
			RawCell code = new RawCell(column, m.group(1), segment.get(0).fill(), false, false, false);
			return entry(List.of(code, RawCell.of(column + 1, m.group(2))), underHeading, false);
		}
		if (segment.size() != 2) {
			return null;
		}
		RawCell key = segment.get(0);
		RawCell value = segment.get(1);
		String meaning = LegendReader.withoutInstruction(value.text().strip());
		// "6 | 60 %", "194 | 76,7 %": a control's counts and its share done, in the table's last columns; a legend says
		// what its code means in words.
		// A word merged over two columns ("Genomförd" in A–B) has its meaning in the column after its region.
		boolean adjacent = value.column() == key.column() + 1 || key.mergedAcross();
		if (!adjacent || meaning.codePoints().noneMatch(Character::isLetter)) {
			return null;
		}
		if (!isStatusMeaning.test(meaning)) {
			String word = key.text().strip();
			String sentence = SENTENCE_END.split(meaning, 2)[0];
			boolean explained = underHeading && !word.isEmpty() && word.length() <= MAX_WORD_LENGTH
					&& sentence.length() <= MAX_EXPLANATION_LENGTH && statesAStatus.test(sentence);
			return explained ? new Entry(word, null, sentence) : null;
		}
		// A coloured cell, or a sign written in its colour ("●" in green, in yellow, in red): the colour is the code.
		boolean coloured = key.fill() != null && !key.fill().equalsIgnoreCase(ColourSwatches.WHITE);
		if (key.isBlank() || coloured && CellWords.isColouredSign(key.text())) {
			return new Entry(null, key.fill(), meaning);
		}
		String token = key.text().strip();
		// "Orange" in an orange cell under "Grön", "Gul" in theirs: a colour's name, longer than a code, goes on the
		// block of its shorter names.
		boolean code = token.codePointCount(0, token.length()) <= MAX_TOKEN_LENGTH || amongColourWords && coloured
				&& token.length() <= MAX_COLOUR_WORD && token.codePoints().allMatch(Character::isLetter);
		return code || (underHeading && token.length() <= MAX_WORD_LENGTH) ? new Entry(token, null, meaning) : null;
	}

	private record Placed(int row, boolean alone, List<RawCell> cells, Entry entry) {
	}

	/** Legend entries one below the other in the same columns, perhaps under a heading. */
	private static final class Block {

		private final boolean underHeading;
		/** The heading's cells when it stands beside other content (in the table's header row), else none. */
		private final List<Legend.Cell> headingBeside;
		private final List<Placed> entries = new ArrayList<>();
		private int last;

		Block(boolean underHeading, int last) {
			this(underHeading, last, List.of());
		}

		Block(boolean underHeading, int last, List<Legend.Cell> headingBeside) {
			this.underHeading = underHeading;
			this.headingBeside = headingBeside;
			this.last = last;
		}

		/** "Grön" in a green cell, "Gul" in a yellow one: entries whose codes are colours named in their colour. */
		boolean namesColoursInWords() {
			return !entries.isEmpty() && entries.stream().allMatch(p -> {
				String fill = p.cells().get(0).fill();
				return p.entry().token() != null && fill != null && !fill.equalsIgnoreCase(ColourSwatches.WHITE)
						&& p.entry().token().codePoints().allMatch(Character::isLetter);
			});
		}

		boolean isLegend() {
			if (entries.stream().allMatch(Placed::alone)) {
				return entries.size() >= 2 || (underHeading && entries.size() == 1);
			}
			// Beside other content, two rows of a table could look alike ("X | Genomförd" twice): a legend names
			// each code once, with a meaning of its own.
			long codes = entries.stream().map(p -> p.entry().token() == null ? p.entry().colour() : p.entry().token())
				.distinct().count();
			long meanings = entries.stream().map(p -> p.entry().meaning()).distinct().count();
			return codes == entries.size() && meanings == entries.size() && entries.size() >= (underHeading ? 2 : 3);
		}
	}

	private record Entry(String token, String colour, String meaning) {
	}
}
