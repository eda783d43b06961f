package se.ikkonsolidering.submission;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import se.ikkonsolidering.ingest.DocumentText;
import se.ikkonsolidering.layout.ControlRow;
import se.ikkonsolidering.layout.Field;
import se.ikkonsolidering.layout.HeaderText;
import se.ikkonsolidering.layout.Labels;
import se.ikkonsolidering.layout.SheetReading;
import se.ikkonsolidering.register.NamndMatcher;

/**
 * Finds nämnd, year and period of a file, most explicit source first: a labelled cell ("Nämnd/enhet:", "År:"),
 * the title rows (a document's headings above its tables), a Nämnd column, the file name, the sheet names, then the
 * texts outside the tables: page header and footer, a document's first paragraphs, the file's properties. A nämnd
 * named only as the one the report goes to ("redovisas för kommunstyrelsen") is taken last, with a warning. Each fact
 * keeps where it was read and the text read there, for the message and the receipt.
 */
final class MetadataResolver {

	private static final Pattern YEAR = Pattern.compile("(?<!\\d)(20\\d\\d)(?!\\d)");
	/** A whole year's follow-up is made and sent by April of the next year. */
	private static final int LAST_MONTH_OF_THE_YEAR_END_REPORTS = 4;
	private static final Pattern ISO_DATE = Pattern.compile("(?<!\\d)(20\\d\\d)-(0[1-9]|1[0-2])-([0-2]\\d|3[01])(?!\\d)");
	/** A day and month written out just before a year: "22 januari ", "3 dec. ". */
	private static final Pattern WRITTEN_DATE_BEFORE = Pattern.compile("\\d{1,2}\\s*(jan|feb|mar|apr|maj|jun|jul|aug|sep"
			+ "|okt|nov|dec)\\p{L}*\\.?\\s*$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
	/** The last day of a tertial, half year or year: "31 augusti 2025", "30 april 2025", "2025-08-31". */
	private static final Pattern PERIOD_END = Pattern.compile("(?:30\\s*(?:april|apr|juni|jun)|31\\s*(?:augusti|aug"
			+ "|december|dec))\\.?\\s*(20\\d\\d)(?!\\d)|(?<!\\d)(20\\d\\d)-(?:04-30|06-30|08-31|12-31)(?!\\d)",
			Pattern.CASE_INSENSITIVE);
	/** "februari ", "dec. ": a month named right before a year, a date's. */
	private static final Pattern MONTH_BEFORE = Pattern.compile("(?iu)\\b(januari|februari|mars|april|maj|juni"
			+ "|juli|augusti|september|oktober|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|okt|nov|dec)"
			+ "\\.?\\s+$");
	/** A full stop between two sentences: prose, no title. */
	private static final Pattern SENTENCES = Pattern.compile("\\p{L}[.!?]\\s+\\p{Lu}");
	/** Not of a date ("2026-02-05") nor of a registration number ("Dnr BSN 2026/14"), the year it was filed. */
	private static final Pattern BARE_YEAR = Pattern.compile("(?<![\\d-])(20\\d\\d)(?![\\d]|[-/]\\d)");
	/**
	 * "förslag till plan ", "inför ", "inriktning ": words naming the plan for the year after them, proposed with a
	 * follow-up.
	 */
	private static final Pattern NEXT_PLAN_BEFORE = Pattern
		.compile("(?iu)\\b(inför|inriktning(\\s+för)?|förslag\\s+till(\\s+\\p{L}+){0,2})\\s*$");
	/** "att återrapportera … i samband med delårsrapporten 2026": a report asked for, to be made later. */
	private static final Pattern REPORTED_LATER = Pattern.compile("(?iu)\\batt\\s+(återrapportera|återredovisa)\\b");
	/** A full stop ending a sentence, not an abbreviation's ("Planerad till T2 resp. T3", "enl. rutin"). */
	private static final Pattern SENTENCE_END = Pattern
		.compile("(?<=[\\p{L}\\p{N})])(?<!\\b(?:resp|enl|inkl|exkl|jfr|ca|dvs|bl\\.a|t\\.ex))\\.\\s+(?=\\p{Lu})");
	/** "Internkontrollplan 2024–2025": a plan over two years is followed up in its later year. */
	private static final Pattern YEAR_RANGE = Pattern.compile("(?<!\\d)(20\\d\\d)\\s*[–/-]\\s*(20\\d\\d)(?![\\d-])");
	/** "Delårsuppföljning", "halvår": the delår named as such, not only by the day it ends. */
	private static final Pattern DELAR_WORD = Pattern.compile("(?iu)delår|halvår");
	/** The tertial named as one ("T2", "tertial 2", "andra tertialet"), not a quarter ("Q3") in a table's cell. */
	private static final Pattern TERTIAL = Pattern.compile("(?iu)tertial|\\bt2\\b|delår\\s*2");
	private static final Pattern SECOND_DELAR = Pattern.compile("(?iu)delår\\s*2");
	/** The texts outside the tables, most visible first: a template's properties are often left from its author. */
	private static final Map<DocumentText.Kind, String> TEXT_SOURCES = textSources();

	private final NamndMatcher namnder;
	private final PeriodRules periods;
	private final Labels labels;

	MetadataResolver(NamndMatcher namnder, PeriodRules periods, Labels labels) {
		this.namnder = namnder;
		this.periods = periods;
		this.labels = labels;
	}

	/**
	 * @param sheets the sheets read for controls
	 * @param otherSheets the file's other visible sheets: a cover sheet ("Översikt") may state what the tables do not
	 * @param labelCells where each labelled value of {@code sheets} stands ({@link LabelCells})
	 * @param below the lines under the tables ("Upprättad av Socialförvaltningen, 2025-05-07"), looked at only when no
	 *        other place names the sender
	 */
	/**
	 * @param periodHeading the column heading naming the table's latest period ("Status Helår"), for a file that
	 *        names its period nowhere else
	 */
	Metadata resolve(String fileName, List<SheetReading> sheets, List<SheetReading> otherSheets,
			List<DocumentText> texts, Map<Labels.Kind, String> labelCells, List<String> below,
			Optional<String> periodHeading) {
		List<Place> places = places(fileName, sheets, texts, labelCells);
		places.add(new Place(otherSheets.stream()
			.flatMap(o -> Stream.concat(o.labelled().values().stream(), o.titles().stream())
				.map(t -> new Text(t, "fliken '" + o.sheet() + "', " + Quoted.of(t))))
			.toList()));
		List<Notice> notices = new ArrayList<>();
		Found namnd = first(places, text -> namnder.find(Recipients.withoutRecipients(text))).orElse(null);
		if (namnd == null) {
			namnd = first(places, namnder::find).orElse(null);
			if (namnd != null) {
				notices.add(new Notice("VARNING: nämnden '" + namnd.value() + "' nämns i filen bara som den uppföljningen "
						+ "går till (" + namnd.where() + "); kontrollera att filen kommer från den.",
						"nämnden nämns bara som mottagare"));
			}
			else {
				// A sheet signed under its table, a document closing with its sender: the last place that names one.
				namnd = first(List.of(closing(below, texts)), namnder::find).orElse(null);
			}
			if (namnd == null) {
				namnd = unregistered(fileName, sheets, places, labelCells, notices);
			}
		}

		// A year on its own ("Helår 2025") says what the file is for; a date ("Exporterad 2026-02-03") only when it was
		// made, so a date's year counts only when no source names a year.
		Optional<Found> named = first(places, text -> periods.find(withoutInstructionsOrLaterReports(text)));
		// A footer line ("Tekniska nämnden, internkontroll 2025 – uppföljning tertial 2") before the file's date.
		// A whole year's export named so only in its columns ("Status Helår") is dated by when it was made all the
		// same.
		Optional<Found> namedOrInColumns = named.or(() -> periodHeading.flatMap(periods::find)
			.map(p -> new Found(p.name(), "", false, 0, "")));
		Optional<Found> year = yearOfPeriod(named, first(places, MetadataResolver::bareYear)
			.or(() -> first(places, MetadataResolver::year).map(dated -> reportedYear(dated, namedOrInColumns)))
			.or(() -> first(List.of(closing(below, texts)), MetadataResolver::bareYear)));
		// "Per den 31 augusti" is the end of the delår and of tertial 2 alike: a file that calls itself the second
		// tertial's follow-up anywhere ("nämndens andra tertialuppföljning (T2)") reports T2.
		// So does one whose only status column of the period is headed "Status T2", when the title names the day
		// ("Uppföljning … – per 31 augusti") rather than the delår.
		Optional<Found> secondTertialColumn = named
			.filter(p -> p.value().equals(Period.DELAR.name()) && !DELAR_WORD.matcher(p.text()).find())
			.flatMap(p -> periodHeading.filter(h -> periods.find(h).filter(Period.T2::equals).isPresent()))
			.map(h -> new Found(Period.T2.name(), "kolumnrubriken '" + h + "', tertialet som slutar med delåret",
					false, 0, h));
		Optional<Found> period = named.filter(p -> p.value().equals(Period.DELAR.name())).isPresent()
				? first(places, text -> periods.find(text)
					.filter(p -> p == Period.T2 && namesTheTertial(text, named.get().text())))
					.or(() -> secondTertialColumn).or(() -> named) : named;
		Optional<String> assessment = Optional.ofNullable(labelled(sheets, Labels.Kind.BEDOMNING))
			.or(() -> closingAssessment(texts));
		return new Metadata(namnd.value(), namnd.inRegister(), namnd.where(),
				year.map(y -> Integer.parseInt(y.value())), year.map(Found::where).orElse(""),
				period.map(p -> Period.valueOf(p.value())), period.map(Found::where).orElse(""), assessment, notices);
	}

	/**
	 * Whether a text calls the period a tertial; "Delår 2 2025" in a Period column does not when the title already
	 * told which period "delår 2" is ("Period: Delår 2 2025 (januari–augusti)").
	 */
	private static boolean namesTheTertial(String text, String namedText) {
		return TERTIAL.matcher(text).results()
			.anyMatch(m -> !SECOND_DELAR.matcher(m.group()).matches() || !SECOND_DELAR.matcher(namedText).find());
	}

	/**
	 * The period a line under the tables names, for a file that names none elsewhere, not even in its columns'
	 * headings: an export's footer ("Vård- och omsorgsnämnden, internkontroll 2025 – uppföljning tertial 2").
	 */
	Metadata withPeriodBelow(Metadata meta, List<String> below, List<DocumentText> texts) {
		return first(List.of(closing(below, texts)), periods::find)
			.map(p -> meta.withPeriod(Period.valueOf(p.value()), p.where()))
			.orElse(meta);
	}

	/**
	 * The whole year, for a follow-up that names no period but is dated after its year ended: "Uppföljning av
	 * internkontrollplan 2025 – rapport till styrelsen" over "Styrelsemöte 2026-02-12". Only the whole year is left
	 * to report on then.
	 */
	Metadata withPeriodAfterTheYear(Metadata meta, String fileName, List<SheetReading> sheets, List<DocumentText> texts,
			List<String> below) {
		if (meta.period().isPresent() || meta.year().isEmpty()) {
			return meta;
		}
		int next = meta.year().get() + 1;
		List<Place> places = places(fileName, sheets, texts, Map.of());
		places.add(closing(below, texts));
		return first(places, text -> dateIn(text, next))
			.map(d -> meta.withPeriod(Period.HELAR, d.where() + ", daterad " + d.value() + " efter årets slut"))
			.orElse(meta);
	}

	/**
	 * The year a helår follow-up dated only by when it was made is for: "…_2026-02-06.csv" of a whole year's export
	 * is 2025's, made once that year had ended; a date from May on could be any report of its own year.
	 */
	private static Found reportedYear(Found dated, Optional<Found> period) {
		Matcher date = ISO_DATE.matcher(dated.text());
		if (period.filter(p -> p.value().equals(Period.HELAR.name())).isEmpty() || !date.find()
				|| Integer.parseInt(date.group(2)) > LAST_MONTH_OF_THE_YEAR_END_REPORTS
				|| Integer.parseInt(date.group(1)) != Integer.parseInt(dated.value())) {
			return dated;
		}
		return new Found(String.valueOf(Integer.parseInt(dated.value()) - 1), dated.where() + ", daterad "
				+ date.group() + " efter årets slut", dated.inRegister(), dated.place(), dated.text());
	}

	/** The first date of the given year a text writes ("2026-02-12"). */
	private static Optional<String> dateIn(String text, int year) {
		Matcher m = ISO_DATE.matcher(text);
		while (m.find()) {
			if (Integer.parseInt(m.group(1)) == year) {
				return Optional.of(m.group());
			}
		}
		return Optional.empty();
	}

	/** The lines under a sheet's tables and a document's text after its last table, in order. */
	private static Place closing(List<String> below, List<DocumentText> texts) {
		return new Place(Stream.concat(below.stream().map(t -> new Text(t, "raden under tabellen " + Quoted.of(t))),
				texts.stream().filter(t -> t.kind() == DocumentText.Kind.CLOSING)
					.map(t -> new Text(t.text(), "texten efter tabellen " + Quoted.of(t.text()))))
			.toList());
	}

	/**
	 * The year of the period's last day when the text naming the period gives it ("Avser: delårsuppföljning, perioden
	 * 1 januari – 31 augusti 2025") and is as trusted as the one the year was found in: a template reused from last year
	 * keeps its old title year, but whoever filled it in wrote the period they report on.
	 */
	private static Optional<Found> yearOfPeriod(Optional<Found> period, Optional<Found> year) {
		Optional<Found> periodYear = period.filter(p -> year.isEmpty() || p.place() <= year.get().place())
			.flatMap(p -> periodEnd(p.text()).or(() -> onlyYear(p.text()))
				.map(y -> new Found(y.toString(), p.where(), true, p.place(), p.text())));
		return periodYear.isPresent() ? periodYear : year;
	}

	/**
	 * The assessment a document states after its last table: "Samlad bedömning: Tillräcklig", or the label in one
	 * paragraph and its value in the next.
	 */
	private Optional<String> closingAssessment(List<DocumentText> texts) {
		List<String> closing = texts.stream()
			.filter(t -> t.kind() == DocumentText.Kind.CLOSING)
			.map(DocumentText::text)
			.toList();
		for (int i = 0; i < closing.size(); i++) {
			Optional<Labels.Labelled> label = labels.parse(closing.get(i));
			if (label.isPresent() && label.get().kind() == Labels.Kind.BEDOMNING && !label.get().value().isEmpty()) {
				return Optional.of(label.get().value());
			}
			if (labels.isLabel(Labels.Kind.BEDOMNING, closing.get(i)) && i + 1 < closing.size()) {
				return Optional.of(closing.get(i + 1));
			}
		}
		return Optional.empty();
	}

	/** The register nämnd and the year a file name states, if any. */
	FileNameFacts fromFileName(String fileName) {
		return new FileNameFacts(namnder.find(fileName).orElse(""), year(fileName).orElse(null));
	}

	/** A nämnd outside the register: the labelled cell's, or a nämnd-like name in a source; else none. */
	private static Found unregistered(String fileName, List<SheetReading> sheets, List<Place> places,
			Map<Labels.Kind, String> labelCells, List<Notice> notices) {
		String labelled = labelled(sheets, Labels.Kind.NAMND);
		Found found = labelled != null
				? new Found(labelled, labelCells.getOrDefault(Labels.Kind.NAMND, "en cell märkt 'Nämnd:'"), false,
						0, labelled)
				: first(places, text -> NamndMatcher.guessUnregistered(Recipients.withoutRecipients(text)))
					.map(guess -> new Found(guess.value(), guess.where(), false, guess.place(), guess.text()))
					.orElse(null);
		if (found == null) {
			notices.add(new Notice("VARNING: ingen nämnd kunde utläsas ur filen; skriv nämndens namn i filnamnet eller i "
					+ "en cell 'Nämnd: …' ovanför tabellen.", "ingen nämnd står i filen"));
			return new Found("Okänd nämnd (" + fileName + ")", "", false, places.size(), fileName);
		}
		notices.add(new Notice("VARNING: nämnden '" + found.value() + "' finns inte i nämndregistret; filen lästes in "
				+ "ändå. Lägg till namnet (eller ett alias) i registret om det är en av kommunens nämnder.",
				"nämnden '" + found.value() + "' finns inte i nämndregistret"));
		return found;
	}

	/** The places to look, in order of trust, each text with where it stands. */
	private List<Place> places(String fileName, List<SheetReading> sheets, List<DocumentText> texts,
			Map<Labels.Kind, String> labelCells) {
		List<Place> places = new ArrayList<>();
		List<Text> labelled = new ArrayList<>();
		for (Labels.Kind kind : LabelCells.KINDS) {
			String value = labelled(sheets, kind);
			if (value != null) {
				labelled.add(new Text(value, labelCells.getOrDefault(kind, "en etiketterad cell")));
			}
		}
		places.add(new Place(labelled));
		places.add(new Place(sheets.stream()
			.flatMap(s -> s.titles().stream())
			.map(t -> new Text(t, "rubriken " + Quoted.of(t) + " ovanför tabellen"))
			.toList()));
		places.add(column(sheets, Field.NAMND, "Nämnd"));
		places.add(latestFirst(periodColumn(sheets)));
		places.add(latestFirst(column(sheets, Field.AR, "År"), HeaderText::lastYear));
		places.add(new Place(List.of(new Text(fileName, "filnamnet"))));
		places.add(new Place(sheets.stream()
			.map(s -> new Text(s.sheet(), "fliknamnet " + Quoted.of(s.sheet())))
			.toList()));
		TEXT_SOURCES.forEach((kind, where) -> places.add(new Place(texts.stream()
			.filter(t -> t.kind() == kind && !reportsOnePeriod(t.text()))
			.map(t -> new Text(t.text(), where + " " + Quoted.of(t.text())))
			.toList())));
		return places;
	}

	/**
	 * "T1: 18 av 30 tillsyner genomförda.": a control's report for one period, led by the period's name; no statement
	 * of the file's period, as "Delår: januari–augusti 2025" is.
	 */
	private boolean reportsOnePeriod(String text) {
		return HeaderText.leadingLabel(text)
			.filter(l -> periods.find(l.label()).isPresent() && periods.find(l.rest()).isEmpty())
			.isPresent();
	}

	/** A Period column's values, the latest period first: an export in long form reports up to its latest. */
	private Place latestFirst(Place column) {
		return latestFirst(column, periods::chronological);
	}

	/**
	 * A column's values, the latest first by the time each names: an export of 2024's and 2025's rows reports on
	 * 2025.
	 */
	private static Place latestFirst(Place column, ToIntFunction<String> time) {
		List<Text> texts = new ArrayList<>(column.texts());
		texts.sort(Comparator.comparingInt((Text t) -> time.applyAsInt(t.value())).reversed());
		return new Place(texts);
	}

	/**
	 * The Period column of the rows that report anything: "2025 T2" on rows made ready and left blank at T1 is no period
	 * of the follow-up; all rows when none reports.
	 */
	private static Place periodColumn(List<SheetReading> sheets) {
		boolean anyReports = sheets.stream().flatMap(s -> s.controls().stream()).anyMatch(ControlRow::reportsAnything);
		return column(sheets, Field.PERIOD, "Period", anyReports ? ControlRow::reportsAnything : c -> true,
				ControlRow::period);
	}

	/** A column's distinct values, each where it first stands: "kolumnen 'Förvaltning', 'SN' på rad 7". */
	private static Place column(List<SheetReading> sheets, Field field, String header) {
		return column(sheets, field, header, c -> true, c -> c.value(field));
	}

	private static Place column(List<SheetReading> sheets, Field field, String header, Predicate<ControlRow> rows,
			Function<ControlRow, String> value) {
		Map<String, Text> values = new LinkedHashMap<>();
		sheets.stream()
			.flatMap(s -> s.controls().stream())
			.filter(rows)
			.filter(c -> !value.apply(c).isEmpty())
			.forEach(c -> values.computeIfAbsent(value.apply(c), v -> new Text(v, "kolumnen '"
					+ HeaderText.display(c.layout().headers().getOrDefault(field, header)) + "', " + Quoted.of(v)
					+ " på rad " + c.row())));
		return new Place(List.copyOf(values.values()));
	}

	private static String labelled(List<SheetReading> sheets, Labels.Kind kind) {
		return sheets.stream()
			.map(s -> s.labelled().get(kind))
			.filter(v -> v != null && !v.isBlank())
			.findFirst()
			.orElse(null);
	}

	/** What the first text of the first place that has one says, and where that text stands. */
	private static <T> Optional<Found> first(List<Place> places, Function<String, Optional<T>> finder) {
		for (int place = 0; place < places.size(); place++) {
			for (Text text : places.get(place).texts()) {
				Optional<T> found = finder.apply(text.value());
				if (found.isPresent()) {
					Object value = found.get();
					return Optional.of(new Found(value instanceof Enum<?> e ? e.name() : value.toString(), text.where(),
							true, place, text.value()));
				}
			}
		}
		return Optional.empty();
	}

	private static Map<DocumentText.Kind, String> textSources() {
		Map<DocumentText.Kind, String> sources = new LinkedHashMap<>();
		sources.put(DocumentText.Kind.HEADER, "sidhuvudet");
		sources.put(DocumentText.Kind.FOOTER, "sidfoten");
		sources.put(DocumentText.Kind.PARAGRAPH, "dokumentets inledande text");
		sources.put(DocumentText.Kind.TITLE, "titeln i filens egenskaper");
		sources.put(DocumentText.Kind.SUBJECT, "ämnet i filens egenskaper");
		sources.put(DocumentText.Kind.COMPANY, "organisationen i filens egenskaper");
		return sources;
	}

	/** The texts of one source, in the order they stand. */
	private record Place(List<Text> texts) {
	}

	/** @param where where the text stands, with the text: "sidhuvudet 'Socialnämnden'" */
	private record Text(String value, String where) {
	}

	/**
	 * A fact found, where, and (for a nämnd) whether it is the register's.
	 *
	 * @param place the rank of the place it was found in, 0 the most trusted
	 * @param text the whole text it was read from
	 */
	private record Found(String value, String where, boolean inRegister, int place, String text) {
	}

	/**
	 * The text without its sentences telling how to fill in the template or what is to be reported later: "Tertial 3
	 * fylls i vid helårsuppföljningen." names a period the template has, and "… uppdrar åt kommundirektören att
	 * återrapportera vidtagna åtgärder i samband med delårsrapporten 2026." a report to come, not the one made.
	 */
	private String withoutInstructionsOrLaterReports(String text) {
		return SENTENCE_END.splitAsStream(text)
			.filter(sentence -> !labels.mentions(Labels.Kind.INSTRUKTION, sentence) && !REPORTED_LATER.matcher(sentence).find())
			.collect(Collectors.joining(". "));
	}

	/** A year not part of a date or a longer number: "Helår 2025", not "2026-02-03" or "20250918". */
	static Optional<Integer> bareYear(String text) {
		Matcher range = YEAR_RANGE.matcher(text);
		if (range.find() && Integer.parseInt(range.group(2)) == Integer.parseInt(range.group(1)) + 1) {
			return Optional.of(Integer.parseInt(range.group(2)));
		}
		Matcher m = BARE_YEAR.matcher(text);
		Optional<Integer> latest = Optional.empty();
		Optional<Integer> planned = Optional.empty();
		while (m.find()) {
			// "Skickat: den 22 januari 2026": the day a mail was sent, not the year reported on.
			String before = text.substring(0, m.start());
			if (!WRITTEN_DATE_BEFORE.matcher(before).find()) {
				int year = Integer.parseInt(m.group(1));
				// "Uppföljning helår 2025 och förslag till plan 2026": beside the year reported on, the plan proposed for
				// the next.
				if (NEXT_PLAN_BEFORE.matcher(before).find()) {
					planned = Optional.of(Math.max(year, planned.orElse(year)));
				}
				else {
					// "Urval: Perioder Helår 2024, Delår aug 2025, Helår 2025": a text naming several years reports on the
					// last.
					latest = Optional.of(Math.max(year, latest.orElse(year)));
				}
			}
		}
		return latest.isPresent() ? latest : planned;
	}

	/**
	 * "Uppföljning helår 2025 – rapporterad till styrelsen 2026-02-10" under "Internkontrollplan 2024" left from
	 * last year's file: the one year the line naming the period names, a title's line and no sentence ("Kolumnen
	 * Status 2024 visar förra årets utfall").
	 */
	private static Optional<Integer> onlyYear(String text) {
		if (SENTENCES.matcher(text).find()) {
			return Optional.empty();
		}
		Matcher m = BARE_YEAR.matcher(text);
		Set<Integer> years = new HashSet<>();
		while (m.find()) {
			// "Helårsrapport till nämnden, februari 2026": when the report was made.
			if (!MONTH_BEFORE.matcher(text.substring(0, m.start())).find()) {
				years.add(Integer.parseInt(m.group(1)));
			}
		}
		return years.size() == 1 ? years.stream().findFirst() : Optional.empty();
	}

	private static Optional<Integer> periodEnd(String text) {
		Matcher m = PERIOD_END.matcher(text);
		return m.find() ? Optional.of(Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(2))) : Optional.empty();
	}

	static Optional<Integer> year(String text) {
		Matcher m = YEAR.matcher(text);
		return m.find() ? Optional.of(Integer.parseInt(m.group(1))) : Optional.empty();
	}
}
