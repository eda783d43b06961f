package se.ikkonsolidering.submission;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import se.ikkonsolidering.ingest.DocumentText;
import se.ikkonsolidering.layout.Field;
import se.ikkonsolidering.layout.Labels;
import se.ikkonsolidering.layout.SheetReading;
import se.ikkonsolidering.register.NamndMatcher;

/**
 * Finds nämnd, year and period of a file, most explicit source first: a labelled cell ("Nämnd/enhet:", "År:"),
 * the title rows (a document's headings above its tables), a Nämnd column, the file name, the sheet names, then the
 * texts outside the tables: page header and footer, a document's first paragraphs, the file's properties. A nämnd
 * named only as the one the report goes to ("redovisas för kommunstyrelsen") is taken last, with a warning.
 */
final class MetadataResolver {

	private static final Pattern YEAR = Pattern.compile("(?<!\\d)(20\\d\\d)(?!\\d)");
	private static final Pattern BARE_YEAR = Pattern.compile("(?<![\\d-])(20\\d\\d)(?![\\d]|-\\d)");
	/** "Internkontrollplan 2024–2025": a plan over two years is followed up in its later year. */
	private static final Pattern YEAR_RANGE = Pattern.compile("(?<!\\d)(20\\d\\d)\\s*[–/-]\\s*(20\\d\\d)(?![\\d-])");
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
	 */
	Metadata resolve(String fileName, List<SheetReading> sheets, List<SheetReading> otherSheets,
			List<DocumentText> texts) {
		Map<String, List<String>> sources = sources(fileName, sheets, texts);
		if (!otherSheets.isEmpty()) {
			sources.put("fliken " + otherSheets.stream().map(s -> "'" + s.sheet() + "'").collect(Collectors.joining(", ")),
					otherSheets.stream()
						.flatMap(s -> Stream.concat(s.labelled().values().stream(), s.titles().stream()))
						.toList());
		}
		List<String> warnings = new ArrayList<>();
		Found namnd = registered(sources, Recipients::withoutRecipients).orElse(null);
		if (namnd == null) {
			namnd = registered(sources, Function.identity()).orElse(null);
			if (namnd != null) {
				warnings.add("VARNING: nämnden '" + namnd.value() + "' nämns i filen bara som den uppföljningen går till ("
						+ namnd.source() + "); kontrollera att filen kommer från den.");
			}
			else {
				namnd = unregistered(fileName, sheets, sources, warnings);
			}
		}

		// A year on its own ("Helår 2025") says what the file is for; a date ("Exporterad 2026-02-03") only when it was
		// made, so a date's year counts only when no source names a year.
		Optional<Integer> year = Optional.empty();
		String yearSource = "";
		for (Function<String, Optional<Integer>> finder : List.<Function<String, Optional<Integer>>>of(
				MetadataResolver::bareYear, MetadataResolver::year)) {
			for (Map.Entry<String, List<String>> source : sources.entrySet()) {
				Optional<Integer> found = first(source.getValue(), finder);
				if (found.isPresent() && year.isEmpty()) {
					year = found;
					yearSource = source.getKey();
				}
			}
		}

		Optional<Period> period = Optional.empty();
		String periodSource = "";
		for (Map.Entry<String, List<String>> source : sources.entrySet()) {
			Optional<Period> found = first(source.getValue(), periods::find);
			if (found.isPresent()) {
				period = found;
				periodSource = source.getKey();
				break;
			}
		}
		Optional<String> assessment = Optional.ofNullable(labelled(sheets, Labels.Kind.BEDOMNING))
			.or(() -> closingAssessment(texts));
		return new Metadata(namnd.value(), namnd.inRegister(), namnd.source(), year, yearSource, period, periodSource,
				assessment, warnings);
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

	/** The register nämnd the first source names, looked for in each text as {@code prepared} leaves it. */
	private Optional<Found> registered(Map<String, List<String>> sources, Function<String, String> prepared) {
		for (Map.Entry<String, List<String>> source : sources.entrySet()) {
			Optional<String> found = first(source.getValue(), text -> namnder.find(prepared.apply(text)));
			if (found.isPresent()) {
				return Optional.of(new Found(found.get(), source.getKey(), true));
			}
		}
		return Optional.empty();
	}

	/** A nämnd outside the register: the labelled cell's, or a nämnd-like name in a source; else none. */
	private static Found unregistered(String fileName, List<SheetReading> sheets, Map<String, List<String>> sources,
			List<String> warnings) {
		String labelled = labelled(sheets, Labels.Kind.NAMND);
		Found found = labelled != null ? new Found(labelled, "cellen 'Nämnd:'", false) : null;
		for (Map.Entry<String, List<String>> source : sources.entrySet()) {
			if (found != null) {
				break;
			}
			Optional<String> guess = first(source.getValue(),
					text -> NamndMatcher.guessUnregistered(Recipients.withoutRecipients(text)));
			if (guess.isPresent()) {
				found = new Found(guess.get(), source.getKey(), false);
			}
		}
		if (found == null) {
			warnings.add("VARNING: ingen nämnd kunde utläsas ur filen; skriv nämndens namn i filnamnet eller i en "
					+ "cell 'Nämnd: …' ovanför tabellen.");
			return new Found("Okänd nämnd (" + fileName + ")", "ingenstans", false);
		}
		warnings.add("VARNING: nämnden '" + found.value() + "' finns inte i nämndregistret; filen lästes in ändå. "
				+ "Lägg till namnet (eller ett alias) i registret om det är en av kommunens nämnder.");
		return found;
	}

	/** The places to look, in order of trust. */
	private static Map<String, List<String>> sources(String fileName, List<SheetReading> sheets,
			List<DocumentText> texts) {
		Map<String, List<String>> sources = new LinkedHashMap<>();
		List<String> labelled = new ArrayList<>();
		for (Labels.Kind kind : List.of(Labels.Kind.NAMND, Labels.Kind.AR, Labels.Kind.PERIOD)) {
			String value = labelled(sheets, kind);
			if (value != null) {
				labelled.add(value);
			}
		}
		sources.put("en etiketterad cell (t.ex. 'Nämnd/enhet:', 'År:')", labelled);
		sources.put("rubriken ovanför tabellen", sheets.stream().flatMap(s -> s.titles().stream()).toList());
		sources.put("kolumnen 'Nämnd'", columnValues(sheets, Field.NAMND));
		sources.put("kolumnen 'Period'", columnValues(sheets, Field.PERIOD));
		sources.put("filnamnet", List.of(fileName));
		sources.put("fliknamnet", sheets.stream().map(SheetReading::sheet).toList());
		TEXT_SOURCES.forEach((kind, where) -> sources.put(where,
				texts.stream().filter(t -> t.kind() == kind).map(DocumentText::text).toList()));
		return sources;
	}

	/** The distinct values of a column of the controls, in row order. */
	private static List<String> columnValues(List<SheetReading> sheets, Field field) {
		return sheets.stream()
			.flatMap(s -> s.controls().stream())
			.map(c -> c.value(field))
			.filter(v -> !v.isEmpty())
			.distinct()
			.toList();
	}

	private static String labelled(List<SheetReading> sheets, Labels.Kind kind) {
		return sheets.stream()
			.map(s -> s.labelled().get(kind))
			.filter(v -> v != null && !v.isBlank())
			.findFirst()
			.orElse(null);
	}

	private static <T> Optional<T> first(List<String> texts, Function<String, Optional<T>> finder) {
		for (String text : texts) {
			Optional<T> found = finder.apply(text);
			if (found.isPresent()) {
				return found;
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

	/** A nämnd found, where, and whether it is the register's. */
	private record Found(String value, String source, boolean inRegister) {
	}

	/** A year not part of a date or a longer number: "Helår 2025", not "2026-02-03" or "20250918". */
	static Optional<Integer> bareYear(String text) {
		Matcher range = YEAR_RANGE.matcher(text);
		if (range.find() && Integer.parseInt(range.group(2)) == Integer.parseInt(range.group(1)) + 1) {
			return Optional.of(Integer.parseInt(range.group(2)));
		}
		Matcher m = BARE_YEAR.matcher(text);
		return m.find() ? Optional.of(Integer.parseInt(m.group(1))) : Optional.empty();
	}

	static Optional<Integer> year(String text) {
		Matcher m = YEAR.matcher(text);
		return m.find() ? Optional.of(Integer.parseInt(m.group(1))) : Optional.empty();
	}
}
