package se.ikkonsolidering.classify;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import se.ikkonsolidering.layout.ControlRow;
import se.ikkonsolidering.layout.Field;
import se.ikkonsolidering.layout.HeaderText;
import se.ikkonsolidering.layout.Legend;

/**
 * A status written into the texts rather than a status column: after a dash in the control's own text, as a legend's
 * symbol or a status word opening the result, as a phrase of the result or deviation text ("Kontrollen har inte
 * genomförts"), or as a status word alone in a result column. The sender's own words come before what a phrase
 * suggests.
 */
final class StatusInText {

	/**
	 * The first sentence or line of a text, when more follows: "Genomförd." before "Tre beslut …", "OK" above
	 * "Differens …", "Genomförd med anmärkning:" before what was remarked, "Ej genomf.," cut short before a comma.
	 */
	private static final Pattern FIRST_SENTENCE = Pattern
		.compile("([^.!?\\n–]{2,40}?)[ \\t]*(?:\\.,|[.!?:]|\\s–|(?=\\n))\\s+\\S");
	/** "Genomförd, inga avvikelser.": a first clause ending at a comma, and the rest of the first sentence. */
	private static final Pattern FIRST_CLAUSE = Pattern.compile("([^.!?\\n,–]{2,40}?),\\s+([^.!?\\n]+)");
	/** "men endast …", "utom …", "dock inte …": a clause taking back part of the status word before it. */
	private static final Pattern QUALIFYING = Pattern.compile("(?iu)(men|dock|utom|förutom|undantag|endast|bara|delvis"
			+ "|ej|inte)\\b");
	/** "Stickprov. Inga avvikelser noterade.", "Ingen avvikelse, samtliga ansökningar i tid": a clause each. */
	private static final Pattern CLAUSE = Pattern.compile("\\s*[.,;]\\s*(?=\\S)");
	/** A deviation text saying what was looked at as well as what was found. */
	private static final int MIN_REPORTING_CLAUSES = 2;
	private static final Pattern LEADING_MARKS = Pattern.compile("^[^\\p{L}\\p{N}]+");
	/** "Kontrollen ej påbörjad, …": the control named before the status word said of it. */
	private static final Pattern SUBJECT = Pattern.compile("(?iu)^(kontrollen|granskningen|stickprovet|uppföljningen"
			+ "|avstämningen|inventeringen|genomgången)\\s+(är\\s+|har\\s+)?(?=\\p{L})");
	/** "Ja." or "Nej." first answers a question; it is no status word of the result's. */
	private static final Set<String> YES_NO = Set.of("ja", "nej", "j", "n");
	/** A symbol or emoji, no letter or digit: a word or a number opening a sentence is no legend code. */
	private static final Pattern SYMBOL = Pattern.compile("[^\\p{L}\\p{N}]{1,4}");
	/** Punctuation alone between words: a separator, no mark of a legend. */
	private static final Pattern PUNCTUATION = Pattern.compile("[-–—:.,;()]+");
	/** "–", "Kommentar T1: –": a dash where the text would be says there is nothing to report. */
	private static final Pattern ONLY_A_DASH = Pattern.compile("(?s)(\\s*[^:\\n]{1,40}:)?\\s*[-–—]+\\s*");
	/** "Delår:", "Delår: – Helår:": the periods' labels with nothing written after them. */
	private static final Pattern ONLY_PERIOD_LABELS = Pattern.compile("(?isu)(\\s*(delår|helår|vb|t[1-3]|tertial\\s*[1-3]"
			+ "|kv\\.?\\s*[1-4]|q[1-4]|halvår)(\\s+20\\d\\d)?\\s*:\\s*[-–—]*)+\\s*");
	/** "Status:", "Status: Kommentar:": a template's labels left as they were, nothing written after them. */
	private static final Pattern ONLY_FIELD_LABELS = Pattern.compile("(?isu)(\\s*(status|kommentar|resultat|utfall|orsak"
			+ "|bedömning|åtgärd|iakttagelser?)\\s*:\\s*[-–—]*)+\\s*");
	/** A status in brackets closing the text: "… stickprov 15 ärenden [Genomförd]", "[ ]". */
	private static final Pattern IN_BRACKETS = Pattern.compile("(?s).*\\S\\s*\\[([^\\[\\]]{0,40})\\]\\s*");
	/** The file's code in parentheses closing the text: "… samtliga elever från andra kommuner (G)". */
	private static final Pattern CODE_IN_PARENTHESES = Pattern.compile("(?s).*\\S\\s+\\(([^()\\s]{1,3})\\)\\s*");

	private final StatusWords words;
	private final TextStatusRules text;
	private final StatusMeanings meanings;

	StatusInText(StatusWords words, TextStatusRules text, StatusMeanings meanings) {
		this.words = words;
		this.text = text;
		this.meanings = meanings;
	}

	/**
	 * The status the texts give, if any.
	 * @param blankReason why the control's status cell reports nothing ("statuscellen är tom"), or "" when it has no
	 *        status column or the cell says something: under a blank cell only what a text says clearly counts
	 */
	Optional<StatusDecision> decide(ControlRow control, Legend legend, String blankReason) {
		return statusWordAfterTheControl(control, legend)
			.or(() -> symbolLeadingTheResult(control, legend))
			.or(() -> textOfTheControl(control, blankReason))
			.or(() -> statusWordInTheResult(control, legend));
	}

	/** The result or deviation text's status; under a blank status cell only what the text says clearly. */
	private Optional<StatusDecision> textOfTheControl(ControlRow control, String blankReason) {
		Optional<StatusDecision> leading = statusWordLeadingTheResult(control);
		if (leading.isPresent()) {
			return leading;
		}
		for (Field field : reportingFields(control)) {
			if (ofAnEarlierYear(control, control.value(field))) {
				// "2024: ej genomförd p.g.a. …" beside "Status 2024 | Status 2025": last year's text, not this year's.
				continue;
			}
			// Under a blank status cell only what the text says clearly counts, or what the result reports the control
			// found ("Samtliga … har skickats in. Inga avvikelser."); a deviation column's stock phrase ("Ingen
			// identifierad avvikelse") is no report that the control was done, though one that says what was looked at
			// is ("Ramavtal städtjänster. Stickprov. Inga avvikelser noterade.").
			String said = control.value(field);
			Optional<TextStatusRules.TextVerdict> verdict = text.classify(said)
				.filter(v -> blankReason.isEmpty() || v.strong() || field == Field.RESULTAT
						|| field == Field.AVVIKELSE && CLAUSE.split(said.strip()).length >= MIN_REPORTING_CLAUSES);
			if (verdict.isPresent()) {
				String heading = columnOfThePassage(control, field, verdict.get().passage());
				// A result without a column of its own came from the row's cell notes.
				String where = heading.isEmpty() ? "texten i cellkommentaren" : "texten i kolumnen '" + heading + "'";
				return Optional.of(fromText(verdict.get(),
						blankReason.isEmpty() ? where : where + " (" + blankReason + ")"));
			}
		}
		// "Utgår – ersatt av …" opening the measures beside a blank status: what is done about the control is to
		// strike it.
		String action = control.value(Field.ATGARD).strip();
		if (!reportingFields(control).contains(Field.ATGARD)
				&& words.lookup(StatusWords.firstClause(action)).filter(s -> s == ControlStatus.UTGAR).isPresent()) {
			String heading = HeaderText.display(control.layout().headers().getOrDefault(Field.ATGARD, ""));
			String where = "texten i kolumnen '" + heading + "'";
			return Optional.of(new StatusDecision(ControlStatus.UTGAR, StatusSource.TEXT, action,
					blankReason.isEmpty() ? where : where + " (" + blankReason + ")"));
		}
		return Optional.empty();
	}

	/**
	 * The heading of the column a passage was read from: "Resultat 2025: …" of a result with a column per year is the
	 * "Resultat 2025" column's, not the field's first column's.
	 */
	private static String columnOfThePassage(ControlRow control, Field field, String passage) {
		return control.layout().extra().values().stream()
			.filter(column -> column.field() == field)
			.map(column -> HeaderText.display(column.header()))
			.filter(heading -> !heading.isEmpty() && passage.startsWith(heading + ":"))
			.findFirst()
			.orElse(HeaderText.display(control.layout().headers().getOrDefault(field, "")));
	}

	/** The text is one passage headed by a year ("2024: …") earlier than the latest year the status columns name. */
	private boolean ofAnEarlierYear(ControlRow control, String value) {
		int latest = latestStatusYear(control);
		return latest > 0 && PeriodParts.single(value, text)
			.map(p -> HeaderText.lastYear(p.heading()))
			.filter(y -> y > 0 && y < latest)
			.isPresent();
	}

	/** The status word standing as the result's first sentence or line, if any ("Inte genomförd. Kontrollen …"). */
	Optional<ControlStatus> leadingStatusWord(ControlRow control) {
		Optional<String> result = ofThisYear(control);
		return statusWordLeadingTheResult(control).map(StatusDecision::status)
			.or(() -> result.flatMap(this::statusWordBeforeAComma))
			.or(() -> result.flatMap(this::latestPeriodOf).flatMap(this::statusWordBeforeAComma));
	}

	/**
	 * "T1 Kommentar: Loggverktyget ej levererat. T2 Kommentar: Ej genomförd, …": the latest period's passage of a
	 * result written period by period, where the sender's word for that period stands; none for a text of one period.
	 */
	private Optional<String> latestPeriodOf(String result) {
		String passage = text.latestPassage(result);
		return passage.isBlank() || passage.strip().equals(result.strip()) ? Optional.empty() : Optional.of(passage);
	}

	/**
	 * "Genomförd, inga avvikelser.": the status word opening the text before a comma, when what follows in its
	 * sentence neither qualifies it nor says another status ("Genomförd, men endast 6 av 10 …" is no plain
	 * "Genomförd").
	 */
	private Optional<ControlStatus> statusWordBeforeAComma(String result) {
		Matcher first = FIRST_CLAUSE.matcher(result.strip());
		if (!first.lookingAt()) {
			return Optional.empty();
		}
		String rest = first.group(2);
		return statusWord(first.group(1)).flatMap(words::lookup)
			.filter(status -> !QUALIFYING.matcher(rest).lookingAt()
					&& text.classify(rest).filter(v -> v.status() != status).isEmpty());
	}

	/**
	 * "Genomförd. Tre beslut har inte verkställts inom tre månader …": a status word standing as the result's first
	 * sentence is the status the sender gave; the sentences after it tell what the control found.
	 */
	Optional<StatusDecision> statusWordLeadingTheResult(ControlRow control) {
		return ofThisYear(control).flatMap(this::statusWordOpening).filter(said -> !isAHeading(control, said))
			.map(said -> new StatusDecision(words.lookup(said).orElseThrow(), StatusSource.TEXT, said,
					"statusordet som inleder texten i kolumnen '"
							+ HeaderText.display(control.layout().headers().getOrDefault(Field.RESULTAT, "")) + "'"));
	}

	/**
	 * "Ej klar, orsak: Påbörjad, …" of a second result column: the heading the reader put before the column's text
	 * is the template's, no status the sender gave.
	 */
	private static boolean isAHeading(ControlRow control, String said) {
		return control.layout().headings(Field.RESULTAT).values().stream().map(HeaderText::display)
			.anyMatch(heading -> heading.equalsIgnoreCase(said.strip()));
	}

	/**
	 * The result's text of the latest year; none when its column is last year's ("Resultat helår 2024" beside
	 * "Status T1 2025"), whatever word it opens with.
	 */
	private static Optional<String> ofThisYear(ControlRow control) {
		return reportingFields(control).contains(Field.RESULTAT)
				? Optional.of(PeriodParts.ofLatestYear(control.value(Field.RESULTAT)))
				: Optional.empty();
	}

	/**
	 * The status word leading a status cell's text that reports on after it, not one status among several, a line
	 * each ("Genomförd\nGenomförd\nEj genomförd" for three units).
	 */
	Optional<String> statusWordLeadingAReport(String text) {
		return statusWordOpening(text).filter(said -> text.strip().lines().skip(1)
			.noneMatch(line -> words.lookup(LEADING_MARKS.matcher(line).replaceFirst("").strip()).isPresent()));
	}

	/**
	 * The status word standing as a text's first sentence or line ("Genomförd med avvikelse.\n92 % av …"), as the
	 * sender wrote it, if any.
	 */
	private Optional<String> statusWordOpening(String text) {
		Matcher first = FIRST_SENTENCE.matcher(text == null ? "" : text.strip());
		return first.lookingAt() ? statusWord(first.group(1)) : Optional.empty();
	}

	/** The opening's words when they are a status word, no "Ja" or "Nej" answering a question. */
	private Optional<String> statusWord(String opening) {
		// "-> genomf. Ett arvode var för högt …": an arrow or bullet before the word is no part of it.
		String said = SUBJECT.matcher(LEADING_MARKS.matcher(opening).replaceFirst("").strip()).replaceFirst("");
		return words.lookup(said)
			.filter(status -> status != ControlStatus.SAKNAS && !YES_NO.contains(TextNormalizer.asWord(said)))
			.map(status -> said);
	}

	/**
	 * In a table without a status column, a status in brackets or the file's code in parentheses at the end of the
	 * control's own text ("… stickprov 15 ärenden [Genomförd]", "… (G)"): the sender wrote the status there. A status
	 * word after a dash is split off the control's text as it is read (ControlsListedInOneCell).
	 */
	private Optional<StatusDecision> statusWordAfterTheControl(ControlRow control, Legend legend) {
		if (control.layout().has(Field.STATUS) || control.layout().has(Field.STATUSMARKERING)) {
			return Optional.empty();
		}
		Matcher bracketed = IN_BRACKETS.matcher(control.value(Field.KONTROLLMOMENT));
		if (bracketed.matches()) {
			String said = bracketed.group(1).strip();
			String where = "statusen inom hakparentes efter kontrollmomentet";
			// "[ ]": the sender left the status out; "[Se kommentar]" with nothing more is unclear.
			return said.isEmpty() ? Optional.empty() : meanings.word(said, legend)
				.map(status -> new StatusDecision(status, StatusSource.TEXT, said, where))
				.or(() -> text.classify(said).filter(TextStatusRules.TextVerdict::strong).map(v -> fromText(v, where)));
		}
		Matcher coded = CODE_IN_PARENTHESES.matcher(control.value(Field.KONTROLLMOMENT));
		if (coded.matches() && !legend.isEmpty()) {
			String code = coded.group(1);
			String where = "koden inom parentes efter kontrollmomentet";
			if (meanings.outsideTheLegend(code, legend)) {
				return Optional.of(new StatusDecision(ControlStatus.OKLAR, StatusSource.TEXT, code,
						where + ": '" + code + "' finns inte i filens teckenförklaring"));
			}
			return legend.meaning(code).flatMap(meanings::meaningOf)
				.map(status -> new StatusDecision(status, StatusSource.TEXT, code, where + " enligt teckenförklaringen"));
		}
		return Optional.empty();
	}

	/**
	 * "● Samtliga 46 klagomål har diarieförts …": without a status column, a symbol of the file's legend opening the
	 * result is the status the sender gave.
	 */
	private Optional<StatusDecision> symbolLeadingTheResult(ControlRow control, Legend legend) {
		String result = control.value(Field.RESULTAT);
		if (control.layout().has(Field.STATUS) || result == null || result.isBlank()) {
			return Optional.empty();
		}
		String[] words = result.strip().split("\\s+", 3);
		String symbol = words[0];
		if (!SYMBOL.matcher(symbol).matches()) {
			return Optional.empty();
		}
		String column = HeaderText.display(control.layout().headers().getOrDefault(Field.RESULTAT, ""));
		Optional<String> meaning = legend.meaning(symbol);
		Optional<ControlStatus> first = meaning.flatMap(meanings::meaningOf);
		// "✔ – inga avvikelser": a dash after the mark parts it from the text, it is no second mark.
		Optional<ControlStatus> second = words.length < 2 || !SYMBOL.matcher(words[1]).matches()
				|| PUNCTUATION.matcher(words[1]).matches() ? Optional.empty()
				: legend.meaning(words[1]).flatMap(meanings::meaningOf);
		if (first.isPresent() && second.isPresent() && first.get() != second.get()) {
			// "✔ ✖ 2 beslut kontrollerade": two marks of the legend that say different things.
			String marks = symbol + " " + words[1];
			return Optional.of(new StatusDecision(ControlStatus.OKLAR, StatusSource.TEXT, marks,
					"symbolerna som inleder texten i kolumnen '" + column + "' säger olika saker: '" + marks + "'"));
		}
		return first.map(status -> new StatusDecision(status, StatusSource.TEXT, symbol, "symbolen som inleder texten i "
				+ "kolumnen '" + column + "', enligt teckenförklaringen ('" + symbol + "' = " + meaning.get() + ")"));
	}

	/**
	 * A table without a status column whose result column holds a status word ("OK", "Klar – inga fel", "75 %"), for
	 * the latest period when it has one column per period: the word is the status.
	 */
	private Optional<StatusDecision> statusWordInTheResult(ControlRow control, Legend legend) {
		if (control.layout().has(Field.STATUS)) {
			return Optional.empty();
		}
		String result = control.value(Field.RESULTAT);
		List<PeriodParts.Part> parts = PeriodParts.of(result, text);
		String latest = PeriodParts.latest(parts).map(PeriodParts.Part::text).orElse(result);
		String heading = PeriodParts.latest(parts).map(PeriodParts.Part::heading)
			.orElse(HeaderText.display(control.layout().headers().getOrDefault(Field.RESULTAT, "")));
		return latest.isBlank() ? Optional.empty() : meanings.word(latest, legend)
			.map(status -> new StatusDecision(status, StatusSource.TEXT, firstLine(latest),
					"statusordet i kolumnen '" + heading + "'"));
	}

	/**
	 * The columns whose text reports what was done: the result, the deviation, and an action column that is also the
	 * comment ("Kommentar/åtgärd", where a sender writes "Genomförd." when the status column is left empty).
	 */
	static List<Field> reportingFields(ControlRow control) {
		boolean commentToo = HeaderText.spaced(control.layout().headers().getOrDefault(Field.ATGARD, ""))
			.contains("kommentar");
		List<Field> fields = commentToo ? List.of(Field.RESULTAT, Field.AVVIKELSE, Field.ATGARD)
				: List.of(Field.RESULTAT, Field.AVVIKELSE);
		// "Utfall 2024" beside "Status delår 2025": last year's outcome reports nothing of this year.
		int latest = latestStatusYear(control);
		return fields.stream().filter(f -> latest == 0 || !ofEarlierYearsOnly(control.layout().headings(f), latest))
			.toList();
	}

	private static boolean ofEarlierYearsOnly(Map<Integer, String> headings, int latest) {
		return !headings.isEmpty()
				&& headings.values().stream().mapToInt(HeaderText::lastYear).allMatch(year -> year > 0 && year < latest);
	}

	private static int latestStatusYear(ControlRow control) {
		return control.layout().headings(Field.STATUS).values().stream().mapToInt(HeaderText::lastYear).max().orElse(0);
	}

	static StatusDecision fromText(TextStatusRules.TextVerdict verdict, String where) {
		if (verdict.status() == ControlStatus.SAKNAS) {
			// "Redovisas i helårsuppföljningen": the text itself says nothing is reported yet.
			return new StatusDecision(ControlStatus.SAKNAS, StatusSource.INGEN, verdict.passage(),
					where + " säger att det redovisas senare: '" + verdict.phrases() + "'");
		}
		return new StatusDecision(verdict.status(), StatusSource.TEXT, verdict.passage(),
				where + ": '" + verdict.phrases() + "'");
	}

	/**
	 * @param deviations a deviation column's "Nej" ("No", a check box's default) alone reports nothing: the answer to
	 *        "was anything found wrong?" says nothing of whether the control was made
	 */
	static String reported(ControlRow control, DeviationRules deviations) {
		return reportingFields(control).stream()
			.filter(field -> field != Field.AVVIKELSE || !deviations.saysNone(control.value(field)))
			.map(control::value).map(PeriodParts::ofLatestYear)
			.filter(v -> !v.isEmpty() && !TickBoxes.unanswered(v) && !ONLY_A_DASH.matcher(v).matches()
					&& !ONLY_PERIOD_LABELS.matcher(v).matches() && !ONLY_FIELD_LABELS.matcher(v).matches())
			.findFirst()
			.orElse("");
	}

	static String firstLine(String text) {
		String line = text.strip().split("\\R", 2)[0];
		return line.length() > 200 ? line.substring(0, 200) + "…" : line;
	}
}
