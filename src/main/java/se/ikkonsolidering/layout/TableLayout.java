package se.ikkonsolidering.layout;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * Where a control table's header is and which column holds which field.
 *
 * @param headerRow 1-based row number of the header
 * @param columns field to 0-based column
 * @param headers field to the header text as written in the file
 * @param synonyms field to the dictionary synonym that matched (tells "Följer plan" from "Status")
 * @param extra further columns of a text field ("Resultat T1", "Resultat T2", "Resultat VB"), by column; their text
 *        is appended to the field's, prefixed with the header, so period parts stay recognisable
 * @param evidence why each field got its column (heading, content, legend); a field missing here was found by heading
 */
public record TableLayout(int headerRow, Map<Field, Integer> columns, Map<Field, String> headers,
		Map<Field, String> synonyms, Map<Integer, ExtraColumn> extra, Map<Field, ColumnEvidence> evidence) {

	/**
	 * A control reported per unit, school or place ("Ugglan | Björkgården | Centrum", or a row per unit) has at least this
	 * many statuses side by side; fewer are a status and a second opinion of it.
	 */
	public static final int MIN_UNITS = 3;
	/** A unit's status cell holding only a colour, as the row's status text gives it: "VA: #00B050". */
	/** "Senast kontrollerad", "Senast utförd": when the control was last done, a date. */
	private static final String LAST_TIME = "senast ";
	private static final Pattern COLOUR_ONLY = Pattern.compile("#(\\p{XDigit}{6})");
	/**
	 * A status column headed by the past participle of doing it: "Utförd", "Kontrollen genomförd", "Klar", "Senast
	 * genomförd".
	 */
	private static final Pattern DONE = Pattern
		.compile("(senast )?(kontroll(en)? )?"
				+ "(utförd|utfört|genomförd|genomfört|gjord|gjort|klart?|slutfört?|kontrollerad|kontrollerat)");

	private static final Pattern RESULT = Pattern.compile("resultat");

	/** How a unit's status cell holding a colour and no words is written in the row's status text. */
	static String colourOnly(String fill) {
		return "#" + fill;
	}

	/** The fill a unit's status text stands for, when the cell held only a colour. */
	public static Optional<String> colourOnly(CharSequence unitText) {
		Matcher m = COLOUR_ONLY.matcher(unitText);
		return m.matches() ? Optional.of(m.group(1).toUpperCase(Locale.ROOT)) : Optional.empty();
	}

	public TableLayout {
		columns = Map.copyOf(columns);
		headers = Map.copyOf(headers);
		synonyms = Map.copyOf(synonyms);
		// Column order matters: the texts are appended left to right, which is period order.
		extra = Collections.unmodifiableSortedMap(new TreeMap<>(extra));
		evidence = Map.copyOf(evidence);
	}

	public TableLayout(int headerRow, Map<Field, Integer> columns, Map<Field, String> headers,
			Map<Field, String> synonyms) {
		this(headerRow, columns, headers, synonyms, Map.of(), Map.of());
	}

	/**
	 * This layout with a status stated outside a column where it has no status column: above its rows ("EJ
	 * GENOMFÖRDA" over them, the sheet's name "Klara") or after each control's text ("… – klar"), named by where it
	 * stands, as a form's label names its field.
	 */
	public TableLayout withStatusStatedIn(String where) {
		Map<Field, String> withStatus = new EnumMap<>(headers);
		withStatus.put(Field.STATUS, where);
		return new TableLayout(headerRow, columns, withStatus, synonyms, extra, evidence);
	}

	/** This layout with its status in the fills of a column read for another field too (the controls' own cells). */
	public TableLayout withStatusColourIn(int column, String heading) {
		Map<Field, Integer> newColumns = new EnumMap<>(columns);
		newColumns.put(Field.STATUSFARG, column);
		Map<Field, String> newHeaders = new EnumMap<>(headers);
		newHeaders.put(Field.STATUSFARG, heading);
		Map<Field, ColumnEvidence> newEvidence = new EnumMap<>(Field.class);
		newEvidence.putAll(evidence);
		newEvidence.put(Field.STATUSFARG, ColumnEvidence.FORKLARING);
		return new TableLayout(headerRow, newColumns, newHeaders, synonyms, extra, newEvidence);
	}

	/**
	 * This layout with one of its status columns as the only one: a matrix's column of one nämnd ("BUN"), the row's
	 * control read as that nämnd's.
	 */
	public TableLayout withStatusIn(int column, String heading) {
		Map<Field, Integer> newColumns = new EnumMap<>(columns);
		newColumns.put(Field.STATUS, column);
		Map<Field, String> newHeaders = new EnumMap<>(headers);
		newHeaders.put(Field.STATUS, heading);
		Map<Integer, ExtraColumn> newExtra = new TreeMap<>(extra);
		newExtra.values().removeIf(e -> e.field() == Field.STATUS);
		return new TableLayout(headerRow, newColumns, newHeaders, synonyms, newExtra, evidence);
	}

	/**
	 * The columns a status is read from, left to right: the status column and those of its further periods or
	 * units.
	 */
	public List<Integer> statusColumns() {
		List<Integer> all = new ArrayList<>();
		if (columns.containsKey(Field.STATUS)) {
			all.add(columns.get(Field.STATUS));
		}
		new TreeMap<>(extra).forEach((column, e) -> {
			if (e.field() == Field.STATUS) {
				all.add(column);
			}
		});
		all.sort(Integer::compare);
		return all;
	}

	/** This layout without a field's columns. */
	public TableLayout without(Field field) {
		Map<Field, Integer> newColumns = new EnumMap<>(Field.class);
		newColumns.putAll(columns);
		newColumns.remove(field);
		Map<Field, String> newHeaders = new EnumMap<>(Field.class);
		newHeaders.putAll(headers);
		newHeaders.remove(field);
		Map<Field, String> newSynonyms = new EnumMap<>(Field.class);
		newSynonyms.putAll(synonyms);
		newSynonyms.remove(field);
		Map<Field, ColumnEvidence> newEvidence = new EnumMap<>(Field.class);
		newEvidence.putAll(evidence);
		newEvidence.remove(field);
		Map<Integer, ExtraColumn> newExtra = new TreeMap<>(extra);
		newExtra.values().removeIf(e -> e.field() == field);
		return new TableLayout(headerRow, newColumns, newHeaders, newSynonyms, newExtra, newEvidence);
	}

	/**
	 * This layout with a sub-header row folded in: under a header merged across columns ("Uppföljning" over
	 * "Delår | Helår") each column's header becomes "Uppföljning Delår", "Uppföljning Helår".
	 * @param subHeaders 0-based column to the sub-header text under it
	 */
	public TableLayout withSubHeaders(Map<Integer, String> subHeaders) {
		return folded(subHeaders, false);
	}

	/**
	 * This layout with the group headings merged across columns above its header folded in: under "Uppföljning delår"
	 * and "Uppföljning helår", two columns headed "Status" become "Uppföljning delår Status" and "Uppföljning helår
	 * Status", so each is known for its period.
	 * @param groups 0-based column to the group heading above it
	 */
	public TableLayout withGroupHeadings(Map<Integer, String> groups) {
		return folded(groups, true);
	}

	private TableLayout folded(Map<Integer, String> texts, boolean before) {
		BiFunction<String, Integer, String> fold = (header, column) -> before
				? texts.get(column).strip() + " " + HeaderText.display(header)
				: HeaderText.display(header) + " " + texts.get(column).strip();
		Map<Field, String> newHeaders = new EnumMap<>(headers);
		columns.forEach((field, column) -> {
			if (texts.containsKey(column)) {
				newHeaders.put(field, fold.apply(headers.get(field), column));
			}
		});
		Map<Integer, ExtraColumn> newExtra = new TreeMap<>(extra);
		extra.forEach((column, e) -> {
			if (texts.containsKey(column)) {
				newExtra.put(column, new ExtraColumn(e.field(), fold.apply(e.header(), column)));
			}
		});
		return new TableLayout(headerRow, columns, newHeaders, synonyms, newExtra, evidence);
	}

	/**
	 * This layout with the given tick columns answering whether something was found wrong ("Avvikelse" over "Ja |
	 * Nej"), not whether the control was done: they become the deviation's columns, the first its main column.
	 */
	public TableLayout withTicksAsDeviation(Set<Integer> ticks) {
		if (ticks.isEmpty() || columns.containsKey(Field.AVVIKELSE)) {
			return this;
		}
		Map<Field, Integer> newColumns = new EnumMap<>(columns);
		Map<Field, String> newHeaders = new EnumMap<>(headers);
		Map<Field, ColumnEvidence> newEvidence = new EnumMap<>(evidence);
		Map<Integer, ExtraColumn> newExtra = new TreeMap<>(extra);
		int first = ticks.stream().min(Integer::compare).orElseThrow();
		newColumns.put(Field.AVVIKELSE, first);
		newHeaders.put(Field.AVVIKELSE, extra.get(first).header());
		newEvidence.put(Field.AVVIKELSE, ColumnEvidence.RUBRIK);
		newExtra.remove(first);
		ticks.stream().filter(c -> c != first).forEach(c -> newExtra.put(c, new ExtraColumn(Field.AVVIKELSE,
				extra.get(c).header())));
		return new TableLayout(headerRow, newColumns, newHeaders, synonyms, newExtra, newEvidence);
	}

	public Optional<Integer> column(Field field) {
		return Optional.ofNullable(columns.get(field));
	}

	/** The field got its column by what the column holds, its heading naming no field ("Uppdrag", "Nyckeltal"). */
	public boolean byContentOnly(Field field) {
		return evidence.get(field) == ColumnEvidence.INNEHALL;
	}

	/** Whether the table has the field; a table with tick columns has a status. */
	public boolean has(Field field) {
		return columns.containsKey(field) || (field == Field.STATUS
				&& extra.values().stream().anyMatch(e -> e.field() == Field.STATUSMARKERING));
	}

	/** The leftmost column the table reads. */
	public int leftmostColumn() {
		return readColumns().min().orElse(0);
	}

	/** The rightmost column the table reads. */
	public int rightmostColumn() {
		return readColumns().max().orElse(0);
	}

	private IntStream readColumns() {
		return IntStream.concat(columns.values().stream().mapToInt(Integer::intValue),
				extra.keySet().stream().mapToInt(Integer::intValue));
	}

	/** A field's headings by column, its own column's and its further columns' ("Status 2024", "Status 2025"). */
	public SortedMap<Integer, String> headings(Field field) {
		SortedMap<Integer, String> headings = new TreeMap<>();
		column(field).ifPresent(c -> headings.put(c, headers.get(field)));
		extra.forEach((c, e) -> {
			if (e.field() == field) {
				headings.put(c, e.header());
			}
		});
		return headings;
	}

	/** The field stored in a column, if any. */
	public Optional<Field> fieldAt(int column) {
		return columns.entrySet().stream().filter(e -> e.getValue() == column).map(Map.Entry::getKey).findFirst();
	}

	/**
	 * "kontrollmoment ← 'Befintliga åtgärder/kontrollmoment' (kolumn D)" for every stored field, in field order, then
	 * the further columns of a field ("resultat ← även 'Resultat VB' (kolumn E)") and the tick columns.
	 */
	public String describe() {
		Map<Field, Integer> ordered = new EnumMap<>(Field.class);
		ordered.putAll(columns);
		ordered.remove(Field.IGNORERAS);
		List<String> parts = new ArrayList<>();
		ordered.forEach((field, column) -> parts.add(FieldNames.swedish(field) + " ← " + heading(field) + " (kolumn "
				+ columnLetter(column) + why(field) + ")"));
		extra.forEach((column, e) -> parts.add((e.field() == Field.STATUSMARKERING ? "status ← kryss i '"
				: FieldNames.swedish(e.field()) + " ← även '") + HeaderText.display(e.header()) + "' (kolumn "
				+ columnLetter(column) + ")"));
		return String.join(", ", parts);
	}

	private String heading(Field field) {
		String heading = HeaderText.display(headers.getOrDefault(field, ""));
		return heading.isEmpty() ? "kolumnen utan rubrik" : "'" + heading + "'";
	}

	/** Nothing when the heading decided, as it mostly does; else what did. */
	private String why(Field field) {
		ColumnEvidence why = evidence.get(field);
		return why == null || why == ColumnEvidence.RUBRIK ? "" : ", av " + why.swedish();
	}

	/** A further column of a text field, and its header as written. */
	public record ExtraColumn(Field field, String header) {
	}

	/** The status column gives the date the control was done ("Åtgärdad (datum)"): a date in it means done. */
	public boolean statusIsADate() {
		// "Kontrollen utförd (datum)" matches the synonym "kontrollen utförd": the heading says what it holds.
		String heading = HeaderText.spaced(headers.getOrDefault(Field.STATUS, ""));
		// "Utförd" over "2025-02-14", "v. 14": the column asks whether the control was done, a date answers when.
		return namesADate(synonyms.get(Field.STATUS)) || namesADate(heading) || DONE.matcher(heading).matches();
	}

	/**
	 * "Kontrollresultat", "Resultat av kontroll": the status column says what the control came to, not whether it
	 * was done.
	 */
	public boolean statusRatesAResult() {
		String synonym = synonyms.getOrDefault(Field.STATUS, "");
		return RESULT.matcher(synonym).find();
	}

	static boolean namesADate(String synonym) {
		return synonym != null && (synonym.contains("datum") || synonym.startsWith(LAST_TIME));
	}

	public static String columnLetter(int column) {
		StringBuilder s = new StringBuilder();
		for (int c = column + 1; c > 0; c = (c - 1) / 26) {
			s.insert(0, (char) ('A' + (c - 1) % 26));
		}
		return s.toString();
	}
}
