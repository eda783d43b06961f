package se.ikkonsolidering.submission;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import se.ikkonsolidering.layout.Field;
import se.ikkonsolidering.layout.Labels;
import se.ikkonsolidering.layout.SheetReading;
import se.ikkonsolidering.register.NamndMatcher;

/**
 * Finds nämnd, year and period of a file, most explicit source first: a labelled cell ("Nämnd/enhet:", "År:"),
 * the title rows, a Nämnd column, the file name, the sheet names.
 */
final class MetadataResolver {

	private static final Pattern YEAR = Pattern.compile("(?<!\\d)(20\\d\\d)(?!\\d)");
	private static final Pattern BARE_YEAR = Pattern.compile("(?<![\\d-])(20\\d\\d)(?![\\d]|-\\d)");

	private final NamndMatcher namnder;
	private final PeriodRules periods;

	MetadataResolver(NamndMatcher namnder, PeriodRules periods) {
		this.namnder = namnder;
		this.periods = periods;
	}

	Metadata resolve(String fileName, List<SheetReading> sheets) {
		Map<String, List<String>> sources = sources(fileName, sheets);
		List<String> warnings = new ArrayList<>();
		String labelledNamnd = labelled(sheets, Labels.Kind.NAMND);

		String namnd = null;
		String namndSource = null;
		boolean inRegister = true;
		for (Map.Entry<String, List<String>> source : sources.entrySet()) {
			Optional<String> found = first(source.getValue(), namnder::find);
			if (found.isPresent()) {
				namnd = found.get();
				namndSource = source.getKey();
				break;
			}
		}
		if (namnd == null) {
			inRegister = false;
			if (labelledNamnd != null) {
				namnd = labelledNamnd;
				namndSource = "cellen 'Nämnd:'";
			}
			else {
				for (Map.Entry<String, List<String>> source : sources.entrySet()) {
					Optional<String> guess = first(source.getValue(), NamndMatcher::guessUnregistered);
					if (guess.isPresent()) {
						namnd = guess.get();
						namndSource = source.getKey();
						break;
					}
				}
			}
			if (namnd == null) {
				namnd = "Okänd nämnd (" + fileName + ")";
				namndSource = "ingenstans";
				warnings.add("VARNING: ingen nämnd kunde utläsas ur filen; skriv nämndens namn i filnamnet eller i en "
						+ "cell 'Nämnd: …' ovanför tabellen.");
			}
			else {
				warnings.add("VARNING: nämnden '" + namnd + "' finns inte i nämndregistret; filen lästes in ändå. "
						+ "Lägg till namnet (eller ett alias) i registret om det är en av kommunens nämnder.");
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
		Optional<String> assessment = Optional.ofNullable(labelled(sheets, Labels.Kind.BEDOMNING));
		return new Metadata(namnd, inRegister, namndSource, year, yearSource, period, periodSource, assessment,
				warnings);
	}

	/** The register nämnd and the year a file name states, if any. */
	FileNameFacts fromFileName(String fileName) {
		return new FileNameFacts(namnder.find(fileName).orElse(""), year(fileName).orElse(null));
	}

	/** The places to look, in order of trust. */
	private static Map<String, List<String>> sources(String fileName, List<SheetReading> sheets) {
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
		sources.put("kolumnen 'Nämnd'", sheets.stream()
			.flatMap(s -> s.controls().stream())
			.map(c -> c.value(Field.NAMND))
			.filter(v -> !v.isEmpty())
			.distinct()
			.toList());
		sources.put("filnamnet", List.of(fileName));
		sources.put("fliknamnet", sheets.stream().map(SheetReading::sheet).toList());
		return sources;
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

	/** A year not part of a date or a longer number: "Helår 2025", not "2026-02-03" or "20250918". */
	static Optional<Integer> bareYear(String text) {
		Matcher m = BARE_YEAR.matcher(text);
		return m.find() ? Optional.of(Integer.parseInt(m.group(1))) : Optional.empty();
	}

	static Optional<Integer> year(String text) {
		Matcher m = YEAR.matcher(text);
		return m.find() ? Optional.of(Integer.parseInt(m.group(1))) : Optional.empty();
	}
}
