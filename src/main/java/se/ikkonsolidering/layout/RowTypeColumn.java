package se.ikkonsolidering.layout;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import se.ikkonsolidering.ingest.RawCell;
import se.ikkonsolidering.ingest.RawRow;

/**
 * A governance system's report lists its levels in one table, with a column telling what each row is ("Typ":
 * Process, Kontrollmoment, Åtgärd). Only the rows it calls a kontrollmoment are controls; a process row heads the
 * rows below it; an action or a risk row belongs to the control above, no control of its own.
 */
final class RowTypeColumn {

	/** Enough rows to tell a column of row types from a short column that happens to hold a heading word. */
	private static final int MIN_ROWS = 3;
	/** The rows below a row that show its column names each row's kind: a process, its risk and its control. */
	private static final int KIND_WINDOW = 3;

	private final HeaderDictionary dictionary;
	private final Labels labels;

	RowTypeColumn(HeaderDictionary dictionary, Labels labels) {
		this.dictionary = dictionary;
		this.labels = labels;
	}

	/**
	 * The column below the header whose cells name what each row is: most of them a field, the kontrollmoment and
	 * another among them.
	 */
	Optional<RoleCandidate> find(List<RawCell> headerCells, List<RawRow> below, Set<Integer> named) {
		// "1. | Kontroll | … " over "   | Resultat | … | Genomförd": the kinds may stand in a column without a heading.
		Map<Integer, RawCell> columns = new TreeMap<>();
		below.forEach(row -> row.nonBlankCells()
			.forEach(c -> columns.putIfAbsent(c.column(), RawCell.of(c.column(), ""))));
		headerCells.forEach(c -> columns.put(c.column(), c));
		for (RawCell header : columns.values()) {
			if (named.contains(header.column())) {
				continue;
			}
			Set<Field> types = EnumSet.noneOf(Field.class);
			Set<String> texts = new HashSet<>();
			Set<String> others = new HashSet<>();
			int typed = 0;
			for (RawRow row : below) {
				String text = row.cell(header.column()).map(c -> c.text().strip()).orElse("");
				if (text.isEmpty()) {
					continue;
				}
				texts.add(text.toLowerCase());
				Optional<Field> type = typeOf(text);
				type.ifPresent(types::add);
				typed += type.isPresent() ? 1 : 0;
				if (type.isEmpty()) {
					others.add(text.toLowerCase());
				}
			}
			// "Kontrollmoment | Stickprov | Åtgärd | Sammanfattning": most kinds of row name a field, a few no field (a
			// sample, a summary), each a row of the control above, however many of them there are.
			boolean mostTypes = typed >= MIN_ROWS && others.size() <= types.size();
			if (mostTypes && texts.size() >= 2 && types.contains(Field.KONTROLLMOMENT) && types.size() >= 2
					&& below.stream().filter(r -> r.cell(header.column()).filter(c -> !c.isBlank()).isPresent())
						.count() >= MIN_ROWS) {
				return Optional.of(new RoleCandidate(header.column(), header.text(), Field.RADTYP, 1.0, "",
						ColumnEvidence.INNEHALL));
			}
		}
		return Optional.empty();
	}

	/**
	 * The row's cell in some column names a field, and so do the cells of the next rows in that column, at least
	 * {@link #MIN_ROWS} of them with the row's, the kontrollmoment among them: a column of row kinds going down, not
	 * "Utfall" over the status words of its column.
	 */
	boolean namesItsKind(RawRow row, List<RawRow> following) {
		for (RawCell cell : row.nonBlankCells()) {
			Optional<Field> kind = typeOf(cell.text().strip());
			if (kind.isEmpty()) {
				continue;
			}
			Set<Field> kinds = EnumSet.of(kind.get());
			int named = 1;
			for (RawRow next : following.subList(0, Math.min(following.size(), KIND_WINDOW))) {
				Optional<Field> nextKind = next.cell(cell.column()).flatMap(c -> typeOf(c.text().strip()));
				nextKind.ifPresent(kinds::add);
				named += nextKind.isPresent() ? 1 : 0;
			}
			if (named >= MIN_ROWS && kinds.size() >= 2 && kinds.contains(Field.KONTROLLMOMENT)) {
				return true;
			}
		}
		return false;
	}

	/** The field a cell names exactly ("Kontrollmoment", "Process", "Åtgärd"), if any. */
	Optional<Field> typeOf(String cellText) {
		String spaced = HeaderText.spaced(cellText);
		// "Kontrollpunkt" beside "Kontrollmoment": a field's own name says which, whatever other fields it may head.
		Optional<Field> named = Arrays.stream(Field.values())
			.filter(f -> f != Field.IGNORERAS && FieldNames.swedish(f).equals(spaced))
			.findFirst();
		if (named.isPresent()) {
			return named;
		}
		if (labels.isLabel(Labels.Kind.ATGARD, cellText.strip())) {
			// "Aktivitet" under "Kontroll": what is done about a control's findings, though a template may head its
			// controls so.
			return Optional.of(Field.ATGARD);
		}
		return dictionary.score(cellText).stream()
			.filter(s -> s.synonym().equals(spaced) && s.field() != Field.IGNORERAS && s.field() != Field.STATUSMARKERING)
			.map(HeaderDictionary.FieldScore::field)
			.findFirst();
	}
}
