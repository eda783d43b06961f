package se.ikkonsolidering.layout;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import se.ikkonsolidering.ingest.RawCell;
import se.ikkonsolidering.ingest.RawRow;

/** A row's cells by field, as the table layout maps them. */
final class RowFields {


	private static final Pattern WHOLE_NUMBER = Pattern.compile("(?<![\\d.,])\\d+(?![\\d.,]\\d)");
	private static final int MAX_COUNT_DIGITS = 6;
	private static final Set<String> ANSWERS = Set.of("ja", "nej", "yes", "no", "j", "n");

	private RowFields() {
	}

	/** A field with several columns ("Resultat T1", "Resultat VB") gets one cell, "Header: text" per column. */
	/** @param periodKey the periods a column's heading names, as one key: tick columns per period are told apart by it */
	/** @param noColourSpeaks a cell without colour means something by the file's legend: no earlier colour stands in */
	static Map<Field, RawCell> of(RawRow row, TableLayout layout, Labels labels, Function<String, String> periodKey,
			boolean noColourSpeaks) {
		Map<Field, RawCell> byField = new EnumMap<>(Field.class);
		layout.columns().forEach((field, column) -> row.cell(column).ifPresent(c -> byField.put(field, c)));
		ticked(row, layout, labels, periodKey, byField);
		statusPerPeriod(row, layout, byField, periodKey, noColourSpeaks);
		statusColour(row, layout, byField);
		countedShare(row, layout).ifPresent(share -> byField.put(Field.STATUS, share));
		shareWhereNoWord(row, layout, byField);
		boolean deviationTicked = deviationTicked(row, layout, labels, byField);
		Set<Field> combined = EnumSet.noneOf(Field.class);
		layout.extra().forEach((column, extra) -> row.cell(column).filter(c -> !c.isBlank())
			.filter(c -> extra.field() != Field.STATUSMARKERING && extra.field() != Field.STATUS)
			.filter(c -> !deviationTicked || extra.field() != Field.AVVIKELSE).ifPresent(c -> {
			RawCell main = byField.get(extra.field());
			String before = "";
			if (main != null && !main.isBlank()) {
				before = (combined.contains(extra.field()) ? main.text().strip()
						: HeaderText.display(layout.headers().get(extra.field())) + ": " + main.text().strip()) + "\n";
			}
			combined.add(extra.field());
			byField.put(extra.field(), new RawCell(c.column(), before + HeaderText.display(extra.header()) + ": "
					+ c.text().strip(), main == null ? c.fill() : main.fill(),
					c.mergedFromAbove() && (main == null || main.mergedFromAbove()), false, c.error()));
		}));
		// "Delår: Kontroll gjord för januari–april" beside a blank Helår comment: the text keeps the heading of the
		// column it stands in, so the reader can tell which period wrote it.
		layout.extra().values().stream().map(TableLayout.ExtraColumn::field).distinct()
			.filter(f -> f != Field.STATUSMARKERING && f != Field.STATUS && !combined.contains(f))
			.filter(f -> !deviationTicked || f != Field.AVVIKELSE)
			.forEach(f -> {
				RawCell main = byField.get(f);
				if (main != null && !main.isBlank() && layout.headers().containsKey(f)) {
					byField.put(f, new RawCell(main.column(), HeaderText.display(layout.headers().get(f)) + ": "
							+ main.text().strip(), main.fill(), main.mergedFromAbove(), false, main.error()));
				}
			});
		textPerYear(row, layout, byField);
		// "1 | Ekonomi och attest" merged across the row: the heading's text stands in the status and comment columns
		// too, but says nothing there.
		RawCell moment = byField.get(Field.KONTROLLMOMENT);
		if (moment != null && moment.mergedAcross() && !moment.isBlank()) {
			byField.entrySet().removeIf(e -> e.getKey() != Field.KONTROLLMOMENT && e.getValue().mergedAcross()
					&& e.getValue().text().equals(moment.text()));
		}
		return byField;
	}

	/**
	 * "Upptäcktes brister?" over "Ja | Nej", an X in one: the deviation column is the answer ticked, when exactly one
	 * of the answer columns is.
	 * @return whether the answer stands for the deviation columns
	 */
	private static boolean deviationTicked(RawRow row, TableLayout layout, Labels labels, Map<Field, RawCell> byField) {
		SortedMap<Integer, String> headings = layout.headings(Field.AVVIKELSE);
		if (headings.size() < 2 || !headings.values().stream().allMatch(h -> answer(h) != null)) {
			return false;
		}
		List<RawCell> ticked = headings.keySet().stream()
			.flatMap(column -> row.cell(column).filter(c -> labels.isMark(c.text())).stream())
			.toList();
		if (ticked.size() != 1) {
			return false;
		}
		RawCell tick = ticked.get(0);
		byField.put(Field.AVVIKELSE, new RawCell(tick.column(), answer(headings.get(tick.column())), tick.fill(),
				tick.mergedFromAbove(), false, false));
		return true;
	}

	/** The answer a heading ends in ("Upptäcktes brister? Nej"), or null. */
	private static String answer(String heading) {
		String[] words = HeaderText.display(heading).strip().split("\\s+");
		String last = words[words.length - 1];
		return ANSWERS.contains(last.toLowerCase(Locale.ROOT)) ? last : null;
	}

	/**
	 * "Antal granskade" 12 of an "Urval" of "25 ärenden", and no status column: the share done as a status, "12 av 25",
	 * by the latest period's count where there is one per period. A count past the sample ("40" of "20 ärenden per
	 * tertial", the year so far) is all of it.
	 */
	private static Optional<RawCell> countedShare(RawRow row, TableLayout layout) {
		if (layout.has(Field.STATUS) || !layout.has(Field.URVAL) || !layout.has(Field.GRANSKADE)
				|| layout.has(Field.STATUSMARKERING)) {
			return Optional.empty();
		}
		Optional<Integer> sample = row.cell(layout.column(Field.URVAL).get()).flatMap(c -> onlyNumber(c.text()))
			.filter(n -> n > 0);
		if (sample.isEmpty()) {
			return Optional.empty();
		}
		TreeMap<Integer, Integer> counted = new TreeMap<>();
		for (int column : layout.headings(Field.GRANSKADE).keySet()) {
			row.cell(column).flatMap(c -> onlyNumber(c.text())).ifPresent(n -> counted.put(column, n));
		}
		if (counted.isEmpty()) {
			return Optional.empty();
		}
		Map.Entry<Integer, Integer> latest = counted.lastEntry();
		return Optional.of(RawCell.of(latest.getKey(), Math.min(latest.getValue(), sample.get()) + " av " + sample.get()));
	}

	/** "Status: [blank] | Färdigställt (%): 100 %": where no word or colour gives the status, the share done does. */
	private static void shareWhereNoWord(RawRow row, TableLayout layout, Map<Field, RawCell> byField) {
		RawCell status = byField.get(Field.STATUS);
		if (!layout.has(Field.ANDEL) || status != null && (!status.isBlank() || status.fill() != null)) {
			return;
		}
		row.cell(layout.column(Field.ANDEL).get()).filter(c -> !c.isBlank())
			.ifPresent(share -> byField.put(Field.STATUS, share));
	}

	/** "25 ärenden", "Samtliga kassor (4)", "142": the one whole number a cell holds. */
	private static Optional<Integer> onlyNumber(String text) {
		Matcher numbers = WHOLE_NUMBER.matcher(text);
		if (!numbers.find()) {
			return Optional.empty();
		}
		String first = numbers.group();
		return numbers.find() || first.length() > MAX_COUNT_DIGITS ? Optional.empty()
				: Optional.of(Integer.parseInt(first));
	}

	/** The colour beside a status word ("Status | Bedömning (färg)") is the status cell's fill, if it has none. */
	private static void statusColour(RawRow row, TableLayout layout, Map<Field, RawCell> byField) {
		RawCell colour = byField.remove(Field.STATUSFARG);
		RawCell status = byField.get(Field.STATUS);
		if (colour == null || colour.fill() == null || status != null && status.fill() != null) {
			return;
		}
		byField.put(Field.STATUS, status == null ? new RawCell(colour.column(), "", colour.fill(), colour.mergedFromAbove(),
				false, false) : new RawCell(status.column(), status.text(), colour.fill(), status.mergedFromAbove(),
						status.mergedAcross(), status.error()));
	}

	/**
	 * Text columns per year ("Kommentar 2024 | Kommentar 2025") keep a line per column, blank ones included: last
	 * year's comment beside this year's blank cell reports nothing for this year.
	 */
	private static void textPerYear(RawRow row, TableLayout layout, Map<Field, RawCell> byField) {
		for (Field field : List.of(Field.RESULTAT, Field.AVVIKELSE, Field.ATGARD)) {
			SortedMap<Integer, String> headers = layout.headings(field);
			if (headers.values().stream().map(HeaderText::lastYear).filter(y -> y > 0).distinct().count() < 2
					|| !byField.containsKey(field) || byField.get(field).isBlank()) {
				continue;
			}
			StringBuilder text = new StringBuilder();
			headers.forEach((column, header) -> text.append(text.length() == 0 ? "" : "\n")
				.append(HeaderText.display(header)).append(": ")
				.append(row.cell(column).map(c -> c.text().strip()).orElse("")));
			RawCell was = byField.get(field);
			byField.put(field, new RawCell(was.column(), text.toString(), was.fill(), was.mergedFromAbove(), false,
					was.error()));
		}
	}

	/**
	 * Status columns per period or year ("Status T1 | Status T2", "Bedömning 2024 | Bedömning 2025") become one cell
	 * with a line per column, blank ones included, so the classifier sees that the latest period was left blank. The
	 * fill is the latest filled column's of the year.
	 */
	private static void statusPerPeriod(RawRow row, TableLayout layout, Map<Field, RawCell> byField,
			Function<String, String> periodKey, boolean noColourSpeaks) {
		SortedMap<Integer, String> headings = layout.headings(Field.STATUS);
		List<Integer> columns = List.copyOf(headings.keySet());
		if (columns.size() < 2) {
			return;
		}
		// "Gata/Park | VA | Fastighet" over cells only coloured: each unit's traffic light is its status, written as
		// the fill ("#00B050") for the classifier to read by the file's legend.
		boolean units = columns.size() >= TableLayout.MIN_UNITS && headings.values().stream()
			.allMatch(h -> periodKey.apply(h).isEmpty() && HeaderText.lastYear(h) == 0);
		StringBuilder text = new StringBuilder();
		boolean any = false;
		for (int column : columns) {
			String header = headings.get(column);
			RawCell cell = row.cell(column).orElse(null);
			String value = cell == null ? "" : cell.text().strip();
			if (units && value.isEmpty() && cell != null && cell.fill() != null) {
				value = TableLayout.colourOnly(cell.fill());
			}
			any |= !value.isEmpty();
			// "Följer plan: T2 Ja/Nej": the heading's own colon would end the period's label before its period.
			String label = HeaderText.display(header.replace(':', ' '));
			text.append(text.length() == 0 ? "" : "\n").append(label).append(": ").append(value);
		}
		RawCell latest = row.cell(columns.get(columns.size() - 1)).orElse(null);
		String fill = latest == null ? null : latest.fill();
		boolean earlierFill = false;
		if (fill == null && (latest == null || latest.isBlank()) && !noColourSpeaks) {
			// "T1 [grey] | T2 [ ]": the year's latest period with a colour speaks, as its latest with a word does; the
			// lines stay, blank ones included, so the classifier sees the latest period was left blank.
			int year = HeaderText.lastYear(headings.get(columns.get(columns.size() - 1)));
			for (int i = columns.size() - 2; i >= 0 && fill == null; i--) {
				int column = columns.get(i);
				RawCell earlier = row.cell(column).orElse(null);
				// "T1 [amber] | T2 | T3": a period with neither word nor colour is passed over on the way back.
				if (HeaderText.lastYear(headings.get(column)) != year || earlier != null && !earlier.isBlank()) {
					break;
				}
				fill = earlier == null ? null : earlier.fill();
				earlierFill = fill != null;
			}
		}
		byField.put(Field.STATUS, new RawCell(columns.get(0), any || earlierFill ? text.toString() : "", fill,
				latest != null && latest.mergedFromAbove(), false, latest != null && latest.error()));
	}

	/** The headers of the ticked status columns become the row's status text, unless it has one already. */
	private static void ticked(RawRow row, TableLayout layout, Labels labels, Function<String, String> periodKey,
			Map<Field, RawCell> byField) {
		List<RawCell> ticks = new ArrayList<>();
		List<String> headers = new ArrayList<>();
		// Tick columns per period ("Tertial 1: Genomförd | Delvis | Ej", "Tertial 2: …"): the latest period with a
		// tick decides, as a blank later column keeps the latest filled one.
		Map<String, List<Integer>> byPeriod = new LinkedHashMap<>();
		layout.extra().forEach((column, extra) -> {
			if (extra.field() == Field.STATUSMARKERING) {
				byPeriod.computeIfAbsent(periodKey.apply(extra.header()), k -> new ArrayList<>()).add(column);
			}
		});
		// Ticks under an earlier year ("2024: Genomförd | Delvis | Ej", "2025: …") report that year, not this one.
		int latestYear = byPeriod.keySet().stream().mapToInt(HeaderText::lastYear).max().orElse(0);
		List<List<Integer>> groups = new ArrayList<>(byPeriod.entrySet().stream()
			.filter(e -> HeaderText.lastYear(e.getKey()) == 0 || HeaderText.lastYear(e.getKey()) == latestYear)
			.map(Map.Entry::getValue)
			.toList());
		Collections.reverse(groups);
		for (List<Integer> group : groups) {
			for (int column : group) {
				TableLayout.ExtraColumn extra = layout.extra().get(column);
				row.cell(column)
					.filter(c -> labels.isMark(c.text()))
					.ifPresent(c -> {
						ticks.add(c);
						headers.add(HeaderText.display(extra.header()));
					});
			}
			if (!ticks.isEmpty()) {
				break;
			}
		}
		RawCell status = byField.get(Field.STATUS);
		// "Status delår" in words, then "Status helår (markera med X)" over tick columns to its right: a later
		// period's ticks decide over the earlier period's word.
		boolean later = status != null && ticks.stream().allMatch(t -> t.column() > status.column());
		if (ticks.isEmpty() || (status != null && !status.isBlank() && !later)) {
			return;
		}
		RawCell first = ticks.get(0);
		byField.put(Field.STATUS, new RawCell(first.column(), String.join(", ", headers), first.fill(),
				ticks.stream().allMatch(RawCell::mergedFromAbove), false, false));
	}
}
