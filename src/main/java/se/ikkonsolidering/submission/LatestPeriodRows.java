package se.ikkonsolidering.submission;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToIntFunction;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import se.ikkonsolidering.classify.StatusClassifier;
import se.ikkonsolidering.ingest.CellWords;
import se.ikkonsolidering.layout.ControlRow;
import se.ikkonsolidering.layout.Field;
import se.ikkonsolidering.layout.TableLayout;

/**
 * A system export in long form has a row per control and period ("2024 T3", "2025 Delår 2", "2025 Helår" in a Period
 * column): the latest period's row is the control's follow-up, as with a column per period; the earlier rows are
 * history. As with a column per period, a latest row that reports nothing, or only points to another period's row
 * ("Se T1"), gives way to the latest row of the same year that does: a control checked in the spring only has nothing
 * to add at helår. Last year's row never stands in: a control with rows for earlier years only is read as not
 * reported for the export's latest year. Next year's plan exported beside this year's follow-up ("Helår 2026 | Ej
 * påbörjad" on every 2026 row) is not a follow-up of its own: its rows are left out and the year before is the one
 * followed up.
 */
final class LatestPeriodRows {

	/** "Besiktning av lekplatser (från 2024)": last year's control, carried over, is the same control this year. */
	private static final Pattern CARRIED_OVER = Pattern
		.compile("(?iu)\\s*\\((?:från|överförd\\s+från|kvarstår\\s+från|flyttad\\s+från)\\s+"
				+ "(?:\\d{4}|fjolåret|förra\\s+året)\\)\\s*$");

	private static final List<Field> REPORTED = List.of(Field.STATUS, Field.STATUSMARKERING, Field.RESULTAT,
			Field.AVVIKELSE);

	private static final Pattern BARE_YEAR = Pattern.compile("(19|20)\\d{2}");

	private final PeriodRules periods;
	/**
	 * Tells a latest row that reports nothing of its own: "Se T1" points to the row that does, and a deviation column's
	 * "Nej" alone says nothing of whether the control was made.
	 */
	private final StatusClassifier classifier;

	LatestPeriodRows(PeriodRules periods, StatusClassifier classifier) {
		this.periods = periods;
		this.classifier = classifier;
	}

	/**
	 * The rows to read and how many of them stand in for a later period left blank.
	 *
	 * @param rows the rows to read: per nämnd and control the row of its latest period, or all rows when there is one
	 * @param earlierRows how many rows are an earlier period's, history not read
	 * @param earlierPeriodStandsIn how many controls are read from an earlier period of the year than their latest
	 * @param onlyEarlierYears how many controls have rows for earlier years only: nothing reported for the export's year
	 * @param unitRows how many rows report a control for one unit each, joined in one control per period
	 * @param nextYearsPlan the rows of next year's plan left out, and its year; the rows followed up are of the year
	 * before
	 */
	record Latest(List<ControlRow> rows, int earlierRows, int earlierPeriodStandsIn, int onlyEarlierYears,
			int unitRows, NextYearsPlan nextYearsPlan) {
	}

	/** Next year's plan exported with this year's follow-up: how many rows, of which year; 0 rows when none. */
	record NextYearsPlan(int rows, int year) {

		static final NextYearsPlan NONE = new NextYearsPlan(0, 0);

		/** The year the rows read are a follow-up of, when next year's plan was left out. */
		Optional<Integer> followedUpYear() {
			return rows > 0 ? Optional.of(year - 1) : Optional.empty();
		}
	}

	/** What the message says of the sheets' period rows: how many were history, stood in, or were of earlier years. */
	static List<String> notes(List<Latest> sheets) {
		int earlier = sheets.stream().mapToInt(Latest::earlierRows).sum();
		int standsIn = sheets.stream().mapToInt(Latest::earlierPeriodStandsIn).sum();
		int earlierYears = sheets.stream().mapToInt(Latest::onlyEarlierYears).sum();
		int units = sheets.stream().mapToInt(Latest::unitRows).sum();
		List<String> notes = new ArrayList<>();
		sheets.stream().map(Latest::nextYearsPlan).filter(plan -> plan.rows() > 0).findFirst().ifPresent(plan -> notes
			.add(plan.rows() + " rader är planen för " + plan.year() + " (samma status på alla, inget rapporterat) och "
					+ "räknas inte; uppföljningen gäller " + (plan.year() - 1)));
		if (units > 0) {
			notes.add(units + " rader är samma kontroll och period för olika enheter och läses som en kontroll var");
		}
		if (earlier > 0) {
			notes.add(earlier + (earlier == 1 ? " rad gäller" : " rader gäller")
					+ " en tidigare period än kontrollens senaste i kolumnen 'Period' och räknas inte");
		}
		if (earlierYears > 0) {
			notes.add(earlierYears + (earlierYears == 1 ? " kontroll har" : " kontroller har")
					+ " bara rader för tidigare år i kolumnen 'Period' och räknas som ej rapporterade");
		}
		if (standsIn > 0) {
			notes.add(standsIn + (standsIn == 1 ? " kontroll har" : " kontroller har")
					+ " en tom rad för årets senaste period; årets senast ifyllda period gäller");
		}
		return notes;
	}

	Latest latest(List<ControlRow> rows) {
		// Each row's period is read once: the regular expressions of every period rule run for it.
		Map<ControlRow, Integer> ranks = new IdentityHashMap<>();
		rows.forEach(row -> ranks.put(row, rank(row)));
		ToIntFunction<ControlRow> rank = ranks::get;
		ToIntFunction<ControlRow> year = row -> PeriodRules.yearOf(ranks.get(row));
		long distinct = ranks.values().stream().filter(r -> r >= 0).distinct().count();
		if (distinct < 2) {
			return new Latest(rows, 0, 0, 0, 0, NextYearsPlan.NONE);
		}
		NextYearsPlan plan = nextYearsPlan(rows, year);
		if (plan.rows() > 0) {
			Latest followUp = latest(rows.stream().filter(row -> year.applyAsInt(row) != plan.year()).toList());
			return new Latest(followUp.rows(), followUp.earlierRows(), followUp.earlierPeriodStandsIn(),
					followUp.onlyEarlierYears(), followUp.unitRows(), plan);
		}
		Map<String, List<ControlRow>> byControl = new LinkedHashMap<>();
		List<ControlRow> kept = new ArrayList<>();
		boolean rowIds = idsNumberRows(rows);
		for (ControlRow row : rows) {
			if (rank.applyAsInt(row) < 0) {
				kept.add(row);
			}
			else {
				byControl.computeIfAbsent(key(row, !rowIds), k -> new ArrayList<>()).add(row);
			}
		}
		int standsIn = 0;
		int earlierYears = 0;
		int thisYear = rows.stream().mapToInt(year).max().orElse(0);
		int unitRows = 0;
		int unitControls = 0;
		for (List<ControlRow> history : byControl.values()) {
			ControlRow last = history.stream().max(Comparator.comparingInt(rank)).orElseThrow();
			List<ControlRow> units = history.stream().filter(r -> rank.applyAsInt(r) == rank.applyAsInt(last)).toList();
			if (units.size() >= TableLayout.MIN_UNITS && year.applyAsInt(last) == thisYear) {
				kept.add(perUnit(units));
				unitRows += units.size();
				unitControls++;
				continue;
			}
			ControlRow chosen = last;
			if (!reports(last)) {
				chosen = history.stream()
					.filter(r -> year.applyAsInt(r) == year.applyAsInt(last) && reports(r))
					.max(Comparator.comparingInt(rank))
					.orElse(last);
			}
			standsIn += chosen == last ? 0 : 1;
			if (chosen == last && !last.value(Field.STATUS).isBlank() && last.value(Field.RESULTAT).isBlank()) {
				chosen = withEarlierText(last, history, rank, year);
			}
			if (year.applyAsInt(last) > 0 && year.applyAsInt(last) < thisYear) {
				// "Helår 2024" and nothing for 2025: last year's status says nothing of this year's.
				earlierYears++;
				chosen = unreported(last);
			}
			kept.add(chosen);
		}
		kept.sort(Comparator.comparingInt(ControlRow::row));
		// A control's rows per unit are read, joined in one: no earlier period's history.
		int joined = unitRows - unitControls;
		return new Latest(kept, rows.size() - kept.size() - joined, standsIn, earlierYears, unitRows,
				NextYearsPlan.NONE);
	}

	/**
	 * The export's latest year is next year's plan when none of its rows reports anything but the one status every
	 * row was given ("Ej påbörjad", the system's default for a control not yet followed up), while the year before
	 * was followed up (statuses of its own or comments). A latest year left blank is this year's follow-up not yet
	 * filled in; a single row proves no default.
	 */
	private static NextYearsPlan nextYearsPlan(List<ControlRow> rows, ToIntFunction<ControlRow> year) {
		int latest = rows.stream().mapToInt(year).max().orElse(0);
		List<ControlRow> planned = rows.stream().filter(row -> latest > 0 && year.applyAsInt(row) == latest).toList();
		List<ControlRow> before = rows.stream().filter(row -> year.applyAsInt(row) == latest - 1).toList();
		if (planned.size() < 2 || before.isEmpty()) {
			return NextYearsPlan.NONE;
		}
		boolean oneDefault = planned.stream().map(row -> CellWords.normalize(row.value(Field.STATUS))).distinct().count() == 1
				&& !planned.get(0).value(Field.STATUS).isBlank()
				&& planned.stream().noneMatch(row -> reportsMoreThanAStatus(row));
		boolean followedUp = before.stream().anyMatch(row -> reportsMoreThanAStatus(row))
				|| before.stream().map(row -> CellWords.normalize(row.value(Field.STATUS))).distinct().count() > 1;
		return oneDefault && followedUp ? new NextYearsPlan(planned.size(), latest) : NextYearsPlan.NONE;
	}

	private static boolean reportsMoreThanAStatus(ControlRow row) {
		return REPORTED.stream().filter(field -> field != Field.STATUS).anyMatch(field -> !row.value(field).isBlank());
	}

	/**
	 * A year in a column of its own belongs to the period ("År | Period": "2025 | Helår"); a year with no period
	 * ("Verksamhetsår": "2024") is the row of that whole year, a list's item of the year's plan.
	 */
	private int rank(ControlRow row) {
		String period = row.period();
		String year = row.value(Field.AR).strip();
		int rank = periods.chronological((period + " " + year).strip());
		if (rank < 0 && period.isEmpty() && BARE_YEAR.matcher(year).matches()) {
			return Integer.parseInt(year) * 10 + Period.HELAR.rank();
		}
		return rank;
	}

	/**
	 * The latest row's status with no comment of its own ("Helår 2025 | Avbruten | "): the comment the same status was
	 * given in the year's latest earlier row tells why ("Tertial 2 2025: Avbruten genom beslut VON 2025-06-12 § 51").
	 * A status that changed ("Pågående", then "Ej rapporterad") keeps no earlier comment.
	 */
	private static ControlRow withEarlierText(ControlRow last, List<ControlRow> history, ToIntFunction<ControlRow> rank,
			ToIntFunction<ControlRow> year) {
		return history.stream()
			.filter(r -> r != last && year.applyAsInt(r) == year.applyAsInt(last) && !r.value(Field.RESULTAT).isBlank()
					&& CellWords.normalize(r.value(Field.STATUS)).equals(CellWords.normalize(last.value(Field.STATUS))))
			.max(Comparator.comparingInt(rank))
			.map(earlier -> {
				Map<Field, String> values = new EnumMap<>(Field.class);
				values.putAll(last.values());
				String period = earlier.period();
				values.put(Field.RESULTAT, (period.isEmpty() ? "" : period + ": ") + earlier.value(Field.RESULTAT).strip());
				return new ControlRow(last.sheet(), last.row(), last.lastRow(), values, last.statusFills(),
						last.resultFills(), last.layout(), last.group());
			})
			.orElse(last);
	}

	/**
	 * "Gata/park | Attest … | Helår 2025 | Genomförd", "Kostenheten | Attest … | Helår 2025 | Ej påbörjad": the control's
	 * rows of one period, a row per unit, as one control with a status line per row, as a column per unit gives it; its
	 * results joined, its rows the first to the last.
	 */
	private static ControlRow perUnit(List<ControlRow> units) {
		ControlRow first = units.get(0);
		Map<Field, String> values = new EnumMap<>(Field.class);
		values.putAll(first.values());
		// A blank unit stays a line of the status, as a blank column per unit would; what any unit found or noted stays
		// with its row: "rad 14: Temperaturloggning saknas …".
		boolean anyStatus = units.stream().anyMatch(u -> !u.value(Field.STATUS).isBlank());
		values.put(Field.STATUS, anyStatus ? byRow(units, Field.STATUS, true) : "");
		for (Field field : List.of(Field.RESULTAT, Field.AVVIKELSE, Field.ATGARD)) {
			values.put(field, byRow(units, field, false));
		}
		ControlRow last = units.get(units.size() - 1);
		return new ControlRow(first.sheet(), first.row(), last.lastRow(), values, List.of(), List.of(), first.layout(),
				first.group());
	}

	private static String byRow(List<ControlRow> units, Field field, boolean withBlanks) {
		return units.stream().filter(u -> withBlanks || !u.value(field).isBlank())
			.map(u -> "rad " + u.row() + ": " + u.value(field).strip())
			.collect(Collectors.joining("\n"));
	}

	private static ControlRow unreported(ControlRow row) {
		Map<Field, String> values = new EnumMap<>(Field.class);
		values.putAll(row.values());
		REPORTED.forEach(values::remove);
		return new ControlRow(row.sheet(), row.row(), row.lastRow(), values, List.of(), List.of(), row.layout(),
				row.group());
	}


	private boolean reports(ControlRow row) {
		return REPORTED.stream().anyMatch(field -> {
			String value = row.value(field);
			return !value.isBlank() && !classifier.pointsToAPeriod(value)
					&& !(field == Field.AVVIKELSE && classifier.saysNoDeviation(value));
		});
	}

	private static String key(ControlRow row, boolean withId) {
		String text = CARRIED_OVER.matcher(row.value(Field.KONTROLLMOMENT)).replaceFirst("");
		return CellWords.normalize(row.value(Field.NAMND)) + "\n" + CellWords.normalize(text)
				+ (withId ? "\n" + CellWords.normalize(row.value(Field.ID)) : "");
	}

	/**
	 * The id column numbers the export's rows, not the controls (a list's item ids "101", "102" …): every row has an
	 * id of its own, while a control's text comes back in a row per period.
	 */
	private static boolean idsNumberRows(List<ControlRow> rows) {
		List<String> ids = rows.stream().map(r -> r.value(Field.ID).strip()).toList();
		if (ids.stream().anyMatch(String::isEmpty) || ids.stream().distinct().count() < ids.size()) {
			return false;
		}
		return rows.stream().map(r -> key(r, false)).distinct().count() < rows.size();
	}
}
