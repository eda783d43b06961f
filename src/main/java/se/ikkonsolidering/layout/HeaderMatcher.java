package se.ikkonsolidering.layout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import se.ikkonsolidering.ingest.RawCell;
import se.ikkonsolidering.ingest.RawRow;

/**
 * Decides whether a row is a control table's header and, if so, which column is which field. Columns are
 * assigned greedily, best score first, so "Metod" beside "Kontrollpunkt" takes kontrollmoment and leaves
 * kontrollpunkt to become the process.
 */
public final class HeaderMatcher {

	/** A header needs a key column (kontrollmoment or risk) matched at least this well. */
	private static final double KEY_THRESHOLD = 0.8;
	/** ... and this share of its non-empty cells must look like header words, which prose and data rows never do. */
	private static final double MIN_HEADER_SHARE = 0.6;

	/** Text fields that may have several columns, e.g. one result column per period. */
	private static final Set<Field> EXTRA_FIELDS = Set.of(Field.RESULTAT, Field.AVVIKELSE, Field.ATGARD);
	private static final double EXTRA_THRESHOLD = 0.75;

	private final HeaderDictionary dictionary;

	public HeaderMatcher(HeaderDictionary dictionary) {
		this.dictionary = dictionary;
	}

	/** The row's layout if it is a header row. */
	public Optional<TableLayout> match(RawRow row) {
		List<RawCell> cells = row.nonBlankCells().stream().filter(c -> !c.mergedFromAbove()).toList();
		long shortCells = cells.stream().filter(c -> c.text().length() <= HeaderDictionary.MAX_HEADER_LENGTH).count();
		// Cheap test first: most data rows have long texts and can never reach the header share.
		if (shortCells < 2 || shortCells < MIN_HEADER_SHARE * cells.size()) {
			return Optional.empty();
		}
		List<Candidate> candidates = new ArrayList<>();
		Set<Integer> headerLike = new HashSet<>();
		for (RawCell cell : cells) {
			for (HeaderDictionary.FieldScore score : dictionary.score(cell.text())) {
				candidates.add(new Candidate(cell, score));
				headerLike.add(cell.column());
			}
		}
		if (headerLike.size() < 2 || headerLike.size() < MIN_HEADER_SHARE * cells.size()) {
			return Optional.empty();
		}
		// A lone "Genomförd" column holds Ja/Nej and is the status column; tick columns come at least in pairs.
		if (markColumns(candidates) < 2) {
			candidates.removeIf(c -> c.score.field() == Field.STATUSMARKERING);
		}
		candidates.sort(Comparator.comparingDouble((Candidate c) -> c.score.score())
			.thenComparingInt(c -> c.score.synonym().length())
			.reversed());
		Map<Field, Integer> columns = new EnumMap<>(Field.class);
		Map<Field, String> headers = new EnumMap<>(Field.class);
		Map<Field, String> synonyms = new EnumMap<>(Field.class);
		Set<Integer> taken = new HashSet<>();
		Map<Integer, TableLayout.ExtraColumn> extra = new TreeMap<>();
		boolean key = false;
		for (Candidate c : candidates) {
			Field field = c.score.field();
			if (taken.contains(c.cell.column())) {
				continue;
			}
			if (field == Field.STATUSMARKERING) {
				extra.put(c.cell.column(), new TableLayout.ExtraColumn(field, c.cell.text()));
				taken.add(c.cell.column());
				continue;
			}
			if (field != Field.IGNORERAS && columns.containsKey(field)) {
				if (EXTRA_FIELDS.contains(field) && c.score.score() >= EXTRA_THRESHOLD) {
					extra.put(c.cell.column(), new TableLayout.ExtraColumn(field, c.cell.text()));
					taken.add(c.cell.column());
				}
				continue;
			}
			taken.add(c.cell.column());
			if (field == Field.IGNORERAS) {
				continue;
			}
			columns.put(field, c.cell.column());
			headers.put(field, c.cell.text());
			synonyms.put(field, c.score.synonym());
			key |= (field == Field.KONTROLLMOMENT || field == Field.RISK) && c.score.score() >= KEY_THRESHOLD;
		}
		if (!key) {
			return Optional.empty();
		}
		return Optional.of(new TableLayout(row.number(), columns, headers, synonyms, extra));
	}

	/** Columns whose best match is a tick column for a status. */
	private static long markColumns(List<Candidate> candidates) {
		Map<Integer, Candidate> best = new HashMap<>();
		for (Candidate c : candidates) {
			best.merge(c.cell.column(), c, (a, b) -> a.score.score() >= b.score.score() ? a : b);
		}
		return best.values().stream().filter(c -> c.score.field() == Field.STATUSMARKERING).count();
	}

	private record Candidate(RawCell cell, HeaderDictionary.FieldScore score) {
	}
}
