package se.ikkonsolidering.layout;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import se.ikkonsolidering.ingest.RawCell;
import se.ikkonsolidering.ingest.RawRow;
import se.ikkonsolidering.ingest.RawSheet;

/**
 * Walks a sheet row by row: finds the header (anywhere, after any number of title rows), then turns each row into
 * a control, a continuation of the previous control, a section row, a repeated header, or a note.
 */
public final class SheetInterpreter {

	private static final Pattern NUMBERED_HEADING = Pattern.compile("^\\d+(\\.\\d+)*\\.?\\s+\\p{L}.*", Pattern.DOTALL);
	/** A single long text in a non-key column is prose (a note), not a section title. */
	private static final int MAX_SECTION_LENGTH = 250;
	private static final int MAX_TITLE_LENGTH = 250;
	private static final int MAX_SUB_HEADER_LENGTH = 40;

	private final HeaderMatcher headers;
	private final Labels labels;

	public SheetInterpreter(HeaderMatcher headers, Labels labels) {
		this.headers = headers;
		this.labels = labels;
	}

	public SheetReading read(RawSheet sheet) {
		return new Walk(sheet).run();
	}

	private final class Walk {

		private final RawSheet sheet;
		private final RowTally tally = new RowTally();
		private final List<ControlRow> controls = new ArrayList<>();
		private final List<String> titles = new ArrayList<>();
		private final Map<Labels.Kind, String> labelled = new EnumMap<>(Labels.Kind.class);
		private final Set<Map<Field, Integer>> layouts = new HashSet<>();
		private final Map<Field, String> carried = new EnumMap<>(Field.class);
		private TableLayout first;
		private TableLayout layout;
		private RawRow headerRow;
		private String sectionProcess = "";
		private ControlBuilder current;
		private boolean inNotes;
		private Labels.Kind pendingLabel;

		Walk(RawSheet sheet) {
			this.sheet = sheet;
		}

		SheetReading run() {
			// A document's headings above the table are read as title rows above a header are.
			sheet.context().forEach(text -> aboveText(text.strip()));
			for (RawRow row : sheet.rows()) {
				if (row.isBlank()) {
					continue;
				}
				Optional<TableLayout> header = headers.match(row);
				if (header.isPresent()) {
					startTable(header.get());
					headerRow = row;
				}
				else if (headerRow != null && isSubHeader(row)) {
					layout = layout.withSubHeaders(subHeaders(row));
					tally.add(RowTally.Kind.RUBRIK);
					headerRow = null;
				}
				else if (layout == null) {
					above(row);
				}
				else {
					headerRow = null;
					inTable(row);
				}
			}
			finish();
			return new SheetReading(sheet.name(), Optional.ofNullable(first), controls, tally, titles, labelled,
					layouts.size());
		}

		/**
		 * The row right under a header whose short texts all stand under header cells merged across several
		 * columns, with no kontrollmoment, risk or id: a second header row ("Delår | Helår").
		 */
		private boolean isSubHeader(RawRow row) {
			List<RawCell> fresh = row.nonBlankCells().stream().filter(c -> !c.mergedFromAbove()).toList();
			boolean underSpans = !fresh.isEmpty() && fresh.stream()
				.allMatch(c -> c.text().strip().length() <= MAX_SUB_HEADER_LENGTH
						&& headerRow.cell(c.column()).map(RawCell::mergedAcross).orElse(false));
			return underSpans && RowFields.of(row, layout, labels).entrySet().stream()
				.noneMatch(e -> e.getKey().isKey() && !e.getValue().isBlank());
		}

		private Map<Integer, String> subHeaders(RawRow row) {
			Map<Integer, String> sub = new HashMap<>();
			row.nonBlankCells().forEach(c -> sub.put(c.column(), c.text()));
			return sub;
		}

		private void startTable(TableLayout header) {
			finish();
			if (first == null) {
				first = header;
			}
			layout = header;
			layouts.add(header.columns());
			carried.clear();
			inNotes = false;
			tally.add(RowTally.Kind.RUBRIK);
		}

		private void above(RawRow row) {
			tally.add(RowTally.Kind.OVANFOR);
			for (RawCell cell : row.nonBlankCells()) {
				if (!cell.mergedFromAbove()) {
					aboveText(cell.text().strip());
				}
			}
		}

		private void aboveText(String text) {
			if (text.isEmpty()) {
				return;
			}
			if (pendingLabel != null) {
				labelled.putIfAbsent(pendingLabel, text);
				pendingLabel = null;
				return;
			}
			Optional<Labels.Labelled> label = labels.parse(text);
			if (label.isPresent() && label.get().kind() == Labels.Kind.SEKTION && !label.get().value().isEmpty()) {
				sectionProcess = label.get().value();
				return;
			}
			if (label.isPresent() && !label.get().value().isEmpty()) {
				labelled.putIfAbsent(label.get().kind(), label.get().value());
			}
			else if (labelAlone(text) != null) {
				pendingLabel = labelAlone(text);
				return;
			}
			if (text.length() <= MAX_TITLE_LENGTH) {
				titles.add(text);
			}
		}

		/** The kind of a label standing alone in its cell, its value in the next cell ("Bedömning …" | "Tillräcklig"). */
		private Labels.Kind labelAlone(String text) {
			for (Labels.Kind kind : List.of(Labels.Kind.BEDOMNING, Labels.Kind.NAMND, Labels.Kind.AR)) {
				if (labels.isLabel(kind, text)) {
					return kind;
				}
			}
			return null;
		}

		private void inTable(RawRow row) {
			List<RawCell> fresh = row.nonBlankCells().stream().filter(c -> !c.mergedFromAbove()).toList();
			if (fresh.isEmpty()) {
				tally.skip("rader med bara sammanslagna celler");
				return;
			}
			if (isSingleValue(fresh) && single(fresh.get(0))) {
				return;
			}
			Map<Field, RawCell> byField = RowFields.of(row, layout, labels);
			boolean newKey = byField.entrySet().stream()
				.anyMatch(e -> e.getKey().isKey() && !e.getValue().isBlank() && !e.getValue().mergedFromAbove());
			if (newKey) {
				finish();
				inNotes = false;
				current = new ControlBuilder(row.number());
				current.take(byField, layout);
				tally.add(RowTally.Kind.KONTROLL);
				return;
			}
			boolean newContent = byField.entrySet().stream()
				.anyMatch(e -> !e.getKey().fillsDown() && !e.getValue().isBlank() && !e.getValue().mergedFromAbove());
			if (newContent && current != null) {
				current.take(byField, layout);
				current.extendTo(row.number());
				tally.add(RowTally.Kind.FORTSATTNING);
			}
			else if (newContent) {
				tally.skip("rader utan kontrollmoment eller risk");
			}
			else {
				tally.skip("rader med text utanför tabellens kolumner");
			}
		}

		/**
		 * Handles a row with one value: a "Process:" or goal row, a heading merged across the table, a note. False
		 * when it is an ordinary data row after all (a control with only its kontrollmoment filled in, a
		 * continuation of a text column).
		 */
		private boolean single(RawCell cell) {
			String text = cell.text().strip();
			Optional<Field> field = layout.fieldAt(cell.column());
			// In a text column of the table, "Kommentar: …" is content; as a heading it is a label.
			boolean heading = cell.mergedAcross() || field.isEmpty() || field.get() == Field.PROCESS
					|| cell.column() == 0;
			Optional<Labels.Labelled> label = heading ? labels.parse(text) : Optional.empty();
			if (label.isPresent() && label.get().kind() == Labels.Kind.SEKTION && !label.get().value().isEmpty()) {
				section(label.get().value());
				return true;
			}
			if ((label.isPresent() && label.get().kind() == Labels.Kind.NOT)
					|| (heading && labels.isLabel(Labels.Kind.NOT, text))) {
				finish();
				inNotes = true;
				tally.add(RowTally.Kind.NOT);
				return true;
			}
			if (label.isPresent() && label.get().kind() != Labels.Kind.INLINE_RESULTAT && !label.get().value().isEmpty()) {
				labelled.putIfAbsent(label.get().kind(), label.get().value());
				tally.add(RowTally.Kind.NOT);
				return true;
			}
			heading = heading && (field.isEmpty() || !field.get().isKey() || cell.mergedAcross());
			if (inNotes || (text.length() > MAX_SECTION_LENGTH && (heading || !field.get().isKey()))) {
				finish();
				tally.add(RowTally.Kind.NOT);
				return true;
			}
			boolean numbered = NUMBERED_HEADING.matcher(text).matches();
			if (numbered && (heading || !field.get().isKey())) {
				finish();
				tally.add(RowTally.Kind.SEKTION);
				return true;
			}
			if (heading) {
				section(text);
				return true;
			}
			return false;
		}

		private void section(String process) {
			finish();
			sectionProcess = process;
			carried.remove(Field.PROCESS);
			tally.add(RowTally.Kind.SEKTION);
		}

		private boolean isSingleValue(List<RawCell> fresh) {
			return fresh.stream().map(c -> c.text().strip()).distinct().count() == 1
					&& (fresh.size() == 1 || fresh.get(0).mergedAcross());
		}

		private void finish() {
			if (current == null) {
				return;
			}
			Map<Field, String> values = current.values();
			for (Field field : Field.values()) {
				if (!field.fillsDown()) {
					continue;
				}
				String value = values.getOrDefault(field, "");
				if (!value.isEmpty()) {
					carried.put(field, value);
				}
				else if (carried.containsKey(field)) {
					values.put(field, carried.get(field));
				}
			}
			if (values.getOrDefault(Field.PROCESS, "").isEmpty() && !sectionProcess.isEmpty()) {
				values.put(Field.PROCESS, sectionProcess);
			}
			if (values.getOrDefault(Field.RESULTAT, "").isEmpty() && values.containsKey(Field.KONTROLLMOMENT)) {
				labels.splitInlineResult(values.get(Field.KONTROLLMOMENT)).ifPresent(parts -> {
					values.put(Field.KONTROLLMOMENT, parts[0]);
					values.put(Field.RESULTAT, parts[1]);
				});
			}
			controls.add(current.build(sheet.name(), layout));
			current = null;
		}
	}
}
