package se.ikkonsolidering.submission;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntToLongFunction;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import se.ikkonsolidering.classify.ControlStatus;
import se.ikkonsolidering.classify.Flag;
import se.ikkonsolidering.classify.StatusDecision;
import se.ikkonsolidering.classify.StatusSource;
import se.ikkonsolidering.layout.HeaderText;
import se.ikkonsolidering.layout.SheetReading;

/**
 * A workbook with a sheet per period ("Delår 2025", "Helår 2025") reports the same controls several times. The
 * latest period's sheet decides: each control appears once, read from that sheet, with the earlier period's result
 * kept in its text; a control that only an earlier sheet reports was not reported for the latest period (SAKNAS).
 * A later period's sheet that nothing is filled in on yet does not decide.
 */
final class SheetPeriods {

	private final PeriodRules periods;

	SheetPeriods(PeriodRules periods) {
		this.periods = periods;
	}

	/** A sheet's reading with its classified controls. */
	record ReadSheet(SheetReading reading, List<Control> controls) {
	}

	/**
	 * The file's controls.
	 * @param latest the period of the sheet that decided, when the sheets are periods of one plan
	 * @param sheet that sheet's name
	 */
	record Merged(List<Control> controls, Optional<Period> latest, String sheet, Optional<Integer> year) {
	}

	/** The controls of the file, one per control when sheets are periods of one another; else all, in sheet order. */
	Merged merge(List<ReadSheet> sheets) {
		List<Period> sheetPeriods = sheets.stream().map(this::period).map(p -> p.orElse(null)).toList();
		List<ReadSheet> periodic = new ArrayList<>();
		for (int i = 0; i < sheets.size(); i++) {
			if (sheetPeriods.get(i) != null) {
				periodic.add(sheets.get(i));
			}
		}
		if (periodic.size() >= 2 && periodic.size() < sheets.size()) {
			// "Sammanställning | T1 | T2 | T3 helår": the period sheets are merged, the others read as they are.
			Merged ofPeriods = merge(periodic);
			if (ofPeriods.latest().isPresent()) {
				List<Control> controls = new ArrayList<>();
				for (ReadSheet sheet : sheets) {
					if (sheet == periodic.get(0)) {
						controls.addAll(ofPeriods.controls());
					}
					else if (!periodic.contains(sheet)) {
						controls.addAll(sheet.controls());
					}
				}
				return new Merged(controls, ofPeriods.latest(), ofPeriods.sheet(), ofPeriods.year());
			}
		}
		// "Helår 2024" kept beside "Delår 2025": the year comes first.
		// A table under its tertial's heading alone ("Tertial 3") is of the year the report's title names.
		int named = sheets.stream().mapToInt(SheetPeriods::year).max().orElse(0);
		List<Integer> years = sheets.stream().map(SheetPeriods::year).map(y -> y == 0 ? named : y).toList();
		IntToLongFunction rank = i -> years.get(i) * 100L + sheetPeriods.get(i).rank();
		// "IKP 2024 | IKP 2025", both titled "helår": last year's follow-up left beside this year's, periods of one another
		// by their years.
		if (sheets.size() < 2 || sheetPeriods.contains(null)
				|| IntStream.range(0, sheets.size()).mapToLong(rank).distinct().count() != sheets.size() || !overlap(sheets)) {
			List<ReadSheet> current = withoutLastYears(sheets, years);
			List<Control> controls = withoutSummary(current).stream()
				.flatMap(s -> s.controls().stream())
				.toList();
			// "2023 | 2024 | 2025": the year of the latest sheet kept, not of the first sheet's title.
			Optional<ReadSheet> latestKept = current.size() < sheets.size() ? current.stream()
				.filter(s -> nameYear(s) > 0).max(Comparator.comparingInt(SheetPeriods::nameYear)) : Optional.empty();
			return new Merged(controls, Optional.empty(), latestKept.map(s -> s.reading().sheet()).orElse(""),
					latestKept.map(SheetPeriods::nameYear));
		}
		// A later period's sheet made ready but not yet filled in ("Helår 2025" at delår) reports nothing.
		boolean anyReports = sheets.stream().anyMatch(SheetPeriods::reports);
		int latest = -1;
		for (int i = 0; i < sheets.size(); i++) {
			if (anyReports && !reports(sheets.get(i))) {
				continue;
			}
			if (latest < 0 || rank.applyAsLong(i) > rank.applyAsLong(latest)) {
				latest = i;
			}
		}
		int latestYear = years.get(latest);
		List<Control> merged = new ArrayList<>();
		List<Control> unmatched = new ArrayList<>();
		// Last year's follow-up: its plan, renumbered and reworded, is no part of this year's.
		List<Control> lastYears = new ArrayList<>();
		for (int i = 0; i < sheets.size(); i++) {
			if (i != latest) {
				(years.get(i) < latestYear ? lastYears : unmatched).addAll(sheets.get(i).controls());
			}
		}
		for (Control control : sheets.get(latest).controls()) {
			// "T1 | T2 | T3 helår": every earlier sheet reports the control; the latest of them is its earlier result.
			List<Control> before = Stream.concat(unmatched.stream().filter(e -> same(e, control)),
					lastYears.stream().filter(e -> sameWords(e, control))).toList();
			unmatched.removeAll(before);
			lastYears.removeAll(before);
			Optional<Control> earlier = before.stream().max(Comparator.comparingLong(e -> rank.applyAsLong(sheetOf(sheets, e))));
			int year = earlier.map(e -> years.get(sheetOf(sheets, e))).orElse(latestYear);
			Optional<Control> reported = before.stream()
				.filter(e -> e.reportsAnything() && years.get(sheetOf(sheets, e)) == latestYear)
				.max(Comparator.comparingLong(e -> rank.applyAsLong(sheetOf(sheets, e))));
			if (!control.reportsAnything() && reported.isPresent()) {
				// "T1: Delvis genomförd" and the control's row left blank on the T2 sheet: the year's latest period
				// that reports it decides, as with a column per period; its row is where the status stands.
				merged.add(standingIn(reported.get(), sheets.get(latest).reading().sheet()));
				continue;
			}
			merged.add(earlier.map(e -> withEarlier(control, e, year == latestYear)).orElse(control));
		}
		for (Control only : unmatched) {
			merged.add(notReportedLater(only, sheets.get(latest).reading().sheet()));
		}
		return new Merged(merged, Optional.of(sheetPeriods.get(latest)), sheets.get(latest).reading().sheet(),
				latestYear > 0 ? Optional.of(latestYear) : Optional.empty());
	}

	/**
	 * The sheets without last year's follow-up kept beside this year's ("IK 2024 (helår)" beside "IK 2025"): a sheet
	 * of an earlier year whose controls a later year's sheet reports again is history, not this year's report.
	 * A later year's plan not yet reported on ("Plan 2026") leaves this year's follow-up as it is.
	 */
	private static List<ReadSheet> withoutLastYears(List<ReadSheet> sheets, List<Integer> years) {
		// Each control's words normalised once, as in withoutSummary.
		List<List<String>> words = sheets.stream()
			.map(s -> s.controls().stream().map(c -> key(c.kontrollmoment())).filter(k -> !k.isEmpty()).toList())
			.toList();
		List<ReadSheet> kept = new ArrayList<>();
		for (int i = 0; i < sheets.size(); i++) {
			int year = years.get(i);
			List<String> own = words.get(i);
			// Most of its controls, not one that both years happen to have ("Attest av leverantörsfakturor" in the
			// tables of two nämnder, one under a line dating its plan to the year before).
			boolean reportedAgain = year > 0 && IntStream.range(0, sheets.size())
				.filter(j -> years.get(j) > year && reports(sheets.get(j)))
				.anyMatch(j -> 2 * own.stream()
					.filter(k -> words.get(j).stream().anyMatch(later -> sameWords(k, later)))
					.count() > own.size());
			// "2023 | 2024 | 2025": a sheet named by an earlier year than a filled-in sheet's name is that year's
			// follow-up kept for reference, whatever its plan held.
			int named = nameYear(sheets.get(i));
			boolean earlierSheet = named > 0 && sheets.stream().anyMatch(s -> nameYear(s) > named && reports(s));
			if (!reportedAgain && !earlierSheet) {
				kept.add(sheets.get(i));
			}
		}
		return kept;
	}

	/**
	 * The sheets without a summary sheet ("Sammanställning") that lists every control of the file while each is
	 * reported on a sheet of its own process too: each control is counted once, from the sheet that reports it in full.
	 */
	private static List<ReadSheet> withoutSummary(List<ReadSheet> sheets) {
		// Each control's words normalised once: a long sheet's controls are looked up, not compared pair by pair.
		List<Set<String>> all = sheets.stream().map(s -> keys(s, false)).toList();
		for (int i = 0; i < sheets.size(); i++) {
			ReadSheet summary = sheets.get(i);
			Set<String> listed = keys(summary, true);
			Set<String> elsewhere = new HashSet<>();
			long sheetsRepeated = 0;
			for (int j = 0; j < sheets.size(); j++) {
				if (j != i) {
					elsewhere.addAll(all.get(j));
					sheetsRepeated += Collections.disjoint(listed, all.get(j)) ? 0 : 1;
				}
			}
			boolean listsAll = listed.containsAll(elsewhere);
			boolean allRepeated = summary.controls().stream()
				.allMatch(m -> !m.kontrollmoment().isEmpty() && elsewhere.contains(key(m.kontrollmoment())));
			if (summary.controls().size() >= 2 && sheetsRepeated >= 2 && listsAll && allRepeated) {
				List<ReadSheet> others = new ArrayList<>(sheets);
				others.remove(i);
				return others;
			}
		}
		return sheets;
	}

	/**
	 * The sheet's controls by their words, as {@link #key} makes them, not by number: sheets per process each number
	 * their controls from 1. Only those with words when {@code named}, as a control without words repeats none.
	 */
	private static Set<String> keys(ReadSheet sheet, boolean named) {
		return sheet.controls().stream()
			.filter(c -> !named || !c.kontrollmoment().isEmpty())
			.map(c -> key(c.kontrollmoment()))
			.collect(Collectors.toSet());
	}

	/**
	 * The period the sheet's name names, else the title nearest its table: a document's tables each under a heading of
	 * their tertial ("Tertial 2 (maj–augusti)") below the report's own title ("… – tertial 3").
	 */
	private Optional<Period> period(ReadSheet sheet) {
		return periods.find(sheet.reading().sheet())
			.or(() -> sheet.reading().titles().stream().map(periods::find).flatMap(Optional::stream)
				.reduce((farther, nearer) -> nearer));
	}

	private static int year(ReadSheet sheet) {
		return year(sheet.reading());
	}

	/** The year a sheet's name or titles name ("Helår 2024"), 0 when none does. */
	static int year(SheetReading sheet) {
		return Stream.concat(Stream.of(sheet.sheet()), sheet.titles().stream())
			.mapToInt(HeaderText::lastYear)
			.filter(y -> y > 0)
			.findFirst()
			.orElse(0);
	}

	/** The year a sheet's name gives ("2024", "Uppföljning 2025"), or 0. */
	private static int nameYear(ReadSheet sheet) {
		return Math.max(0, HeaderText.lastYear(sheet.reading().sheet()));
	}

	/** Some control of the sheet has a status or a text: the sheet was filled in. */
	private static boolean reports(ReadSheet sheet) {
		return sheet.controls().stream()
			.anyMatch(Control::reportsAnything);
	}

	private static int sheetOf(List<ReadSheet> sheets, Control control) {
		for (int i = 0; i < sheets.size(); i++) {
			if (sheets.get(i).controls().stream().anyMatch(c -> c == control)) {
				return i;
			}
		}
		return 0;
	}

	/** Most controls of one sheet stand in another: the sheets are periods of one plan, not separate tables. */
	private static boolean overlap(List<ReadSheet> sheets) {
		List<Control> first = sheets.get(0).controls();
		List<Control> others = sheets.stream().skip(1).flatMap(s -> s.controls().stream()).toList();
		long shared = first.stream().filter(c -> others.stream().anyMatch(o -> same(c, o))).count();
		return shared * 2 >= first.size() && shared > 0;
	}

	private static boolean same(Control a, Control b) {
		if (!a.controlRef().isEmpty() && !b.controlRef().isEmpty()) {
			return a.controlRef().equals(b.controlRef());
		}
		return !a.kontrollmoment().isEmpty() && key(a.kontrollmoment()).equals(key(b.kontrollmoment()));
	}

	/** "Kontroll av att … beviljade belopp" and the same with "(stickprov mot …)" added: the words, not the number. */
	private static boolean sameWords(Control a, Control b) {
		return sameWords(key(a.kontrollmoment()), key(b.kontrollmoment()));
	}

	/** The same words by {@link #key}, one perhaps with more after them. */
	private static boolean sameWords(String one, String other) {
		return !one.isEmpty() && !other.isEmpty() && (one.startsWith(other) || other.startsWith(one));
	}

	private static String key(String text) {
		return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
	}

	/** @param sameYear the earlier sheet is of the same year; last year's deviation is no deviation of this year */
	private static Control withEarlier(Control latest, Control earlier, boolean sameYear) {
		String before = earlierText(earlier);
		String result = before.isEmpty() ? latest.result()
				: latest.result().isEmpty() ? before : latest.result() + "\n" + before;
		// A deviation reported in an earlier period of the year is a deviation of the year.
		Set<Flag> flags = EnumSet.noneOf(Flag.class);
		flags.addAll(latest.flags());
		if (sameYear && earlier.flags().contains(Flag.AVVIKELSE)) {
			flags.add(Flag.AVVIKELSE);
		}
		return latest.withReport(result, latest.decision(), flags);
	}

	private static Control standingIn(Control earlier, String latestSheet) {
		return earlier.withReport(earlier.result(), earlier.decision().withEvidence("raden i fliken '" + latestSheet
				+ "' för den senaste perioden är tom, fliken '" + earlier.sheet() + "' är årets senast ifyllda"),
				earlier.flags());
	}

	private static Control notReportedLater(Control only, String latestSheet) {
		StatusDecision missing = new StatusDecision(ControlStatus.SAKNAS, StatusSource.INGEN, "",
				"finns inte i fliken '" + latestSheet + "' för den senaste perioden");
		Set<Flag> flags = EnumSet.of(Flag.SAKNAS);
		return only.withReport(earlierText(only), missing, flags);
	}

	/** "Tidigare period (fliken 'Delår'): Pågående. Jan–jun kontrollerade." */
	private static String earlierText(Control earlier) {
		String status = earlier.decision().source() == StatusSource.KOLUMN ? earlier.decision().rawText() : "";
		String said = String.join(". ", List.of(status, earlier.result()).stream().filter(s -> !s.isBlank()).toList());
		return said.isEmpty() ? "" : "Tidigare period (fliken '" + earlier.sheet() + "'): " + said;
	}
}
