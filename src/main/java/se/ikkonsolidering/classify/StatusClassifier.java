package se.ikkonsolidering.classify;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import se.ikkonsolidering.ingest.CellWords;
import se.ikkonsolidering.layout.ControlRow;
import se.ikkonsolidering.layout.Field;
import se.ikkonsolidering.layout.HeaderText;
import se.ikkonsolidering.layout.Legend;
import se.ikkonsolidering.layout.TableLayout;

/**
 * Decides a control's status, most explicit evidence first: (a) the status column's words or codes (the file's own
 * legend first), for the latest period when the status has a column per period; (b) the traffic-light fill of the
 * status or result cell; (c) phrases in the result text. A status column that the text refines (a "Nej" whose text
 * says the work has started) takes the text's more precise status; one that the text contradicts keeps the column's
 * status and is marked contradicted. A blank status cell is decided by the text only when the text says clearly
 * whether the control was done. When nothing decides, the control is SAKNAS if nothing was reported, OKLAR otherwise.
 */
public final class StatusClassifier {

	/** Done and not done: a colour and a text saying these two of one control cannot both be right. */
	/** "Planerad till hösten", "flyttad till 2026": the text puts the control at a later time. */
	/** "3 av 25", "60 %": a count or share in a text's phrase, what a control found as often as how far it came. */
	private static final Pattern COUNTED = Pattern.compile("\\d+\\s*(av\\s+\\d|%|procent)");
	private static final Pattern PLANNED_LATER = Pattern
		.compile("(?iu)\\b(planer|flytta|skjut|uppskjut|senarelag)\\p{L}*");
	private static final Map<ControlStatus, ControlStatus> OPPOSITES = Map.of(ControlStatus.GENOMFORD,
			ControlStatus.EJ_GENOMFORD, ControlStatus.EJ_GENOMFORD, ControlStatus.GENOMFORD);
	private static final Pattern BARE_NUMBER = Pattern.compile("\\d{1,3}([.,]\\d+)?");
	/** "Utfört? (1=ja)", "Klart (1 = ja, 0 = nej)": a yes-or-no question answered with 1 and 0. */
	private static final Pattern ONE_MEANS_YES = Pattern.compile("\\b1\\s*=\\s*ja\\b",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
	/**
	 * Where a legend's meaning offers another status: "genomförd med avvikelser eller delvis genomförd", "Genomförd
	 * med avvikelse / delvis genomförd".
	 */
	private static final Pattern ALTERNATIVE = Pattern.compile("\\s+(?:eller|/)\\s+", Pattern.CASE_INSENSITIVE);
	/** A status that only points to the text: "Se kommentar", "se bilaga 3". */
	private static final Pattern POINTER = Pattern.compile("\\s*se\\b", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
	/** A legend's meaning that ends by pointing to the comment: "Nej = avvikelse från planen, se kommentar". */
	private static final Pattern POINTS_ON = Pattern.compile("[,;.–-]\\s*se\\s+(kommentar\\p{L}*|nedan|resultat\\p{L}*)\\W*$",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
	/**
	 * "Ingen färg = ej uppföljd under perioden", "… ej rapporterad", "… ej aktuell för perioden": a blank cell
	 * that reports nothing, as any blank cell, rather than a status ("Ej påbörjad (ingen färg)").
	 */
	private static final Pattern NOTHING_REPORTED = Pattern.compile(
			"(?iu)\\b(perioden|uppfölj\\p{L}*|uppföljning\\p{L}*|följts\\s+upp|rapporter\\p{L}*|redovis\\p{L}*)");
	/** "Planeras till oktober", "flyttas till hösten": when the work will be done, which "Försenad" already says. */
	private static final Pattern SCHEDULED = Pattern.compile(
			"\\b(planera\\p{L}*|schemala\\p{L}*|inplanera\\p{L}*|flytta\\p{L}*|uppskjut\\p{L}*|kommer\\s+att|ska|skall|först)\\b",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	/** "Ja, men endast 6 av 10 stickprov granskade": the column's word said again, then taken back in part. */
	private static final Pattern YES_BUT = Pattern.compile("(?iu)\\s*\\p{L}+(\\s\\p{L}+)?,?\\s+men\\b");
	/** A word for done, as a phrase qualifying it holds it ("genomförd till största delen"). */
	private static final Pattern DONE = Pattern.compile("(?iu)\\b(genomförd|genomfört|genomförts|klar|klart|klara|färdig"
			+ "|färdigt|slutförd|slutfört|utförd|utfört|gjord|gjort)\\b");
	/** "har inte genomfört": done denied, as a mix of done and not done holds it; no qualified done. */
	private static final Pattern NOT = Pattern.compile("(?iu)\\b(inte|ej|icke)\\b");
	private static final Pattern DIGIT = Pattern.compile("\\d");
	/** A colour's name, a dash, colon or equals sign, and its meaning: "Orange – kontrollen genomförd". */
	private static final Pattern NAMED_COLOUR = Pattern.compile("(?s)\\s*(\\p{L}+)\\s*[–—:=-]\\s*(\\S.*)");
	/** "–", "--": a mark without a letter or digit. */
	private static final Pattern NO_WORD = Pattern.compile("[^\\p{L}\\d]+");
	private final StatusWords words;
	private final ColourRules colours;
	private final TextStatusRules text;
	private final DeviationRules deviations;
	private final StatusMeanings meanings;
	private final StatusInText inText;
	private final PointAnswers pointAnswers;

	public StatusClassifier(StatusWords words, ColourRules colours, TextStatusRules text, DeviationRules deviations) {
		this.words = words;
		this.colours = colours;
		this.text = text;
		this.deviations = deviations;
		this.meanings = new StatusMeanings(words, text);
		this.inText = new StatusInText(words, text, meanings);
		this.pointAnswers = new PointAnswers(meanings);
	}

	public StatusDecision classify(ControlRow control) {
		return classify(control, Legend.NONE);
	}

	/** @param legend the file's own codes and colours, which win over the common words for the symbols they define */
	public StatusDecision classify(ControlRow control, Legend legend) {
		StatusCell cell = blankIfNotReported(StatusCell.of(control, text, t -> reportsNothing(t, legend)), legend);
		if (cell.ticks() > 1) {
			return new StatusDecision(ControlStatus.OKLAR, StatusSource.KOLUMN, cell.text(),
					"flera svar är ikryssade: " + cell.text());
		}
		if (cell.perUnit()
				|| !control.points().isEmpty() && (PeriodParts.areRows(cell.parts()) || byPoint(cell, control))) {
			return byUnit(cell, legend);
		}
		Optional<StatusDecision> perRow = cell.ticks() == 1 ? byTickedRow(cell, legend) : Optional.empty();
		if (perRow.isPresent()) {
			return perRow.get();
		}
		if (cell.laterBlank()) {
			// "Delår: Pågår" beside a Helår cell coloured green without a word: the latest period's colour tells.
			Optional<StatusDecision> colour = fromColour(control, control.statusFills(), legend,
					"statuscellens färg för den senaste perioden");
			if (colour.isPresent() && colour.get().status() == ControlStatus.UTGAR && notDueByColour(control, legend)
					&& meanings.word(cell.text(), legend).filter(s -> s == ControlStatus.GENOMFORD).isPresent()) {
				// Greyed "ej aktuell" for the tertials a control was not planned for, after the one it was done in.
				return new StatusDecision(ControlStatus.GENOMFORD, StatusSource.KOLUMN, cell.text(), cell.where()
						+ "; den senaste perioden är " + colour.get().rawText() + ": genomförd en tidigare period och inte "
						+ "aktuell senare");
			}
			if (colour.isPresent()) {
				return colour.get();
			}
			Optional<StatusDecision> unknown = colourOutsideTheLegend(control, legend);
			if (unknown.isPresent()) {
				return unknown.get();
			}
		}
		if (cell.laterBlank() && !onlyAsEarlyAsTheStatus(control, cell)) {
			// The latest period says nothing in its status cell; what its text says clearly is newer than the
			// earlier period's status.
			Optional<TextStatusRules.TextVerdict> said = strongText(control);
			if (said.isPresent()) {
				return StatusInText.fromText(said.get(), "texten (" + cell.emptyReason() + ")");
			}
		}
		Optional<StatusDecision> later = cell.isBlank() ? Optional.empty() : fromALaterResult(control, cell);
		if (later.isPresent()) {
			return later.get();
		}
		if (control.layout().statusIsADate() && CellWords.isDate(cell.text())) {
			// "2025-09-30" under "Klar datum" beside "Planerad till hösten", "2024-11-03" beside "Flyttad till
			// 2026": the day the control is planned for, or last year's; beside "Andra halvåret ej utfört", the day
			// a part was done.
			Optional<TextStatusRules.TextVerdict> planned = strongText(control)
				.filter(v -> v.status() == ControlStatus.EJ_GENOMFORD && PLANNED_LATER.matcher(v.phrases()).find());
			if (planned.isPresent()) {
				return StatusInText.fromText(planned.get(), "texten (" + cell.where()
						+ " har ett datum, men inte det då kontrollen gjordes)");
			}
			// "2025-03-05" beside "Genomgång gjord för januari–februari. Mars–april återstår.": the day a part was
			// done.
			// "3 av 25 förhandsbedömningar klara först efter 16–19 dagar" counts what the control found, no part left.
			Optional<TextStatusRules.TextVerdict> part = strongTextOfTheLatestPeriod(control)
				.filter(v -> v.status() == ControlStatus.DELVIS && !v.delay() && !COUNTED.matcher(v.phrases()).find());
			if (part.isPresent()) {
				return StatusInText.fromText(part.get(), "texten (" + cell.where()
						+ " har datumet då en del av kontrollen gjordes)");
			}
			return new StatusDecision(ControlStatus.GENOMFORD, StatusSource.KOLUMN, cell.text(),
					cell.where() + " har datumet då kontrollen gjordes");
		}
		if (CellWords.isColouredSign(cell.text()) && !control.statusFills().isEmpty() && (!legend.colours().isEmpty()
				|| control.statusFills().stream().allMatch(fill -> colours.classify(fill).isPresent()))) {
			// "●" in green under a legend of coloured dots: the sign only carries the colour, which the legend explains;
			// without one, a dot in red, yellow or green is a traffic light, not the common "●" for done.
			return fromColour(control, control.statusFills(), legend, cell.where() + ", tecknets färg")
				.orElseGet(() -> new StatusDecision(ControlStatus.OKLAR, StatusSource.FARG, cell.text(), cell.where()
						+ ": tecknets färg (" + control.statusFills().get(control.statusFills().size() - 1)
						+ ") finns inte i filens teckenförklaring"));
		}
		if (!cell.isBlank() && meanings.severalAnswers(cell.text(), legend)) {
			// "G/E" beside "Genomförd på Björkbacken, ej genomförd på Lärkan": the text says each answer, and whose.
			Set<ControlStatus> answers = meanings.answers(cell.text(), legend);
			Optional<TextStatusRules.TextVerdict> said = strongText(control)
				.filter(v -> v.eachPhrase().stream().flatMap(phrase -> text.classify(phrase).stream())
					.map(TextStatusRules.TextVerdict::status).collect(Collectors.toSet()).containsAll(answers));
			if (said.isPresent()) {
				return StatusInText.fromText(said.get(), "texten (" + cell.where() + " har flera svar i samma cell: "
						+ cell.text().strip() + ")");
			}
			return new StatusDecision(ControlStatus.OKLAR, StatusSource.KOLUMN, cell.text(),
					cell.where() + ": flera svar i samma cell: " + cell.text().strip());
		}
		if (!cell.isBlank() && meanings.outsideTheLegend(cell.text(), legend)) {
			return new StatusDecision(ControlStatus.OKLAR, StatusSource.KOLUMN, cell.text(),
					cell.where() + ": '" + cell.text().strip() + "' finns inte i filens teckenförklaring");
		}
		Optional<ControlStatus> word = cell.isBlank() ? Optional.empty() : meanings.word(asShare(control, cell), legend)
			.or(() -> cell.ticks() == 1 ? ownHeading(cell.text(), legend) : Optional.empty());
		if (word.isPresent() && word.get() == ControlStatus.SAKNAS) {
			// "○" = "Ingen kontroll planerad denna månad" in every period so far: the file says nothing was reported.
			StatusDecision none = new StatusDecision(ControlStatus.SAKNAS, StatusSource.INGEN, cell.text(), cell.where()
					+ legend.meaning(cell.text()).map(m -> " enligt teckenförklaringen ('" + cell.text() + "' = " + m + ")")
						.orElse(": '" + cell.text().strip() + "'"));
			// "Ej bedömd" beside "Kontrollen har utgått – ej aktuellt T2": no assessment in the cell, and the text tells
			// what became of the control, as it does beside a blank cell.
			return inText.decide(control, legend, "statuscellen säger '" + cell.text().strip() + "'").orElse(none);
		}
		if (word.isPresent()) {
			return fromColumn(control, cell, word.get(), legend);
		}
		String passage = cell.isBlank() ? "" : text.latestPassage(cell.text());
		Optional<String> leading = inText.statusWordLeadingAReport(passage);
		if (leading.isPresent()) {
			// "Genomförd med avvikelse.\n92 % av planerade inspektioner genomförda, resterande flyttade …": the status
			// word first is the sender's status; the sentences after it tell what the control found.
			String said = leading.get();
			// A period's text of several lines reads as one passage of the cell, no longer one line per column.
			String where = passage.strip().equals(cell.text().strip()) ? "texten i " + cell.where()
					: "den senaste periodens text i statuskolumnerna";
			return new StatusDecision(meanings.word(said, legend).or(() -> words.lookup(said)).orElseThrow(),
					StatusSource.KOLUMN, said, "statusordet som inleder " + where, false,
					deviations.mentionsDeviation(said));
		}
		if (!cell.isBlank()) {
			Optional<TextStatusRules.TextVerdict> verdict = text.classify(cell.text());
			if (verdict.isPresent()) {
				// "Flyttas till 2026" beside "Påbörjad på 4 av 7 skolor": the result tells how far the work came; "✕
				// Avbruten" beside "Avbruten genom beslut TN 2025-05-14 § 52", that it left the plan.
				Optional<TextStatusRules.TextVerdict> refined = verdict.get().status() == ControlStatus.EJ_GENOMFORD
						? strongTextOfTheLatestPeriod(control)
							.filter(v -> v.status() == ControlStatus.DELVIS || v.status() == ControlStatus.UTGAR)
						: Optional.empty();
				return refined.isPresent() ? StatusInText.fromText(refined.get(), "texten i " + cell.where()
						+ " och resultatet") : StatusInText.fromText(verdict.get(), "texten i " + cell.where());
			}
		}
		Optional<StatusDecision> colour = fromColour(control, control.statusFills(), legend, "statuscellens färg")
			.or(() -> fromColour(control, control.resultFills(), legend, "resultatcellens färg"));
		if (colour.isPresent()) {
			return colour.get();
		}
		boolean blankStatusCell = control.layout().has(Field.STATUS) && cell.isBlank();
		// A formula's error value in the cell is no status either, and the text's evidence says which it was.
		boolean formulaError = blankStatusCell && StatusCell.isFormulaError(control.value(Field.STATUS));
		String blankReason = !blankStatusCell ? "" : formulaError ? cell.emptyReason() : "statuscellen är tom";
		Optional<StatusDecision> answered = pointAnswers.decide(control, legend);
		if (answered.isPresent()) {
			return answered.get().withEvidence(blankReason);
		}
		Optional<StatusDecision> fromText = inText.decide(control, legend, blankReason);
		if (fromText.isPresent()) {
			return fromText.get();
		}
		if (formulaError) {
			// Something was to be reported there, but nobody can tell what.
			return new StatusDecision(ControlStatus.OKLAR, StatusSource.KOLUMN, control.value(Field.STATUS).strip(),
					cell.emptyReason() + (StatusInText.reported(control, deviations).isEmpty() ? ""
							: "; texten säger inte om kontrollen genomförts"));
		}
		if (!cell.isBlank()) {
			return new StatusDecision(ControlStatus.OKLAR, StatusSource.KOLUMN, cell.text(),
					cell.where() + ": texten går inte att tolka som en status");
		}
		Optional<StatusDecision> unknown = colourOutsideTheLegend(control, legend);
		if (unknown.isPresent()) {
			return unknown.get();
		}
		Optional<String> noColour = blankStatusCell && control.statusFills().isEmpty()
				? legend.noColourMeaning().filter(meaning -> !NOTHING_REPORTED.matcher(meaning).find())
				: Optional.empty();
		Optional<ControlStatus> byNoColour = noColour.flatMap(meanings::meaningOf);
		if (byNoColour.isPresent()) {
			// "Ej påbörjad (ingen färg)" in the legend: a status cell left without colour says so.
			return new StatusDecision(byNoColour.get(), byNoColour.get() == ControlStatus.SAKNAS ? StatusSource.INGEN
					: StatusSource.FARG, "", "statuscellen har ingen färg, enligt teckenförklaringen '"
							+ noColour.get() + "'");
		}
		String reported = StatusInText.reported(control, deviations);
		if (!reported.isEmpty() && cell.onlyAnEarlierYear()) {
			// A text without a year beside last year's status, this year's left blank: most likely last year's text.
			return new StatusDecision(ControlStatus.SAKNAS, StatusSource.INGEN, cell.earlier(), cell.emptyReason()
					+ "; bara ett tidigare år har en status, och texten säger inte om kontrollen genomförts i år");
		}
		String emptyCell = blankStatusCell ? cell.emptyReason() + "; " : "";
		Optional<String> actionDone = ActionDone.participle(control.value(Field.KONTROLLMOMENT), reported);
		if (actionDone.isPresent()) {
			return new StatusDecision(ControlStatus.GENOMFORD, StatusSource.TEXT, StatusInText.firstLine(reported),
					emptyCell + "texten säger att kontrollmomentets åtgärd är gjord: '" + actionDone.get() + "'");
		}
		String result = PeriodParts.ofLatestYear(control.value(Field.RESULTAT));
		if (!reported.isEmpty() && text.classify(result).isEmpty() && deviations.mentionsDeviation(result)) {
			// "Samtliga grupper har riskbedömningar, men två hade inte uppdaterats sedan 2023": what the control found
			// is told, so it was made.
			return new StatusDecision(ControlStatus.GENOMFORD, StatusSource.TEXT, StatusInText.firstLine(reported),
					emptyCell + "texten berättar vad kontrollen fann", false, true);
		}
		if (!reported.isEmpty()) {
			return new StatusDecision(ControlStatus.OKLAR, StatusSource.TEXT, StatusInText.firstLine(reported),
					emptyCell + "texten säger inte om kontrollen genomförts");
		}
		return new StatusDecision(ControlStatus.SAKNAS, StatusSource.INGEN, cell.earlier(),
				control.layout().has(Field.STATUS) ? cell.emptyReason() : "inget resultat rapporterat");
	}

	/** "Se T1", "Som delår": the text points to another period's status instead of stating one. */
	public boolean pointsToAPeriod(String text) {
		return this.text.pointsToAPeriod(text);
	}

	/** "Nej", "Ingen", "-" in a deviation column: no deviation, and no word of whether the control was made. */
	public boolean saysNoDeviation(String cell) {
		return deviations.saysNone(cell);
	}

	/**
	 * A period's cell that reports nothing of that period, so an earlier period's status stands: "○" = "Ingen kontroll
	 * planerad denna månad" by the file's legend, a dash without a legend's meaning, "Se T1" pointing to another
	 * period's status.
	 */
	private boolean reportsNothing(String periodText, Legend legend) {
		Optional<ControlStatus> meant = legend.meaning(periodText).flatMap(meanings::meaningOf);
		if (meant.isPresent()) {
			return meant.get() == ControlStatus.SAKNAS;
		}
		return NO_WORD.matcher(periodText).matches()
				&& words.lookup(periodText).filter(s -> s == ControlStatus.SAKNAS).isPresent()
				|| pointsToAPeriod(periodText);
	}

	/**
	 * The text has a passage per period and none later than the period whose status decides ("Delår: Delvis |
	 * Delår kommentar: Kontroll gjord för januari–april", the Helår columns blank): that status already read it.
	 */
	/**
	 * "Uppföljning T1 | Uppföljning delår" of which the earlier period's short words were read as the status and the
	 * later period's sentences as the result: the result is the later report, and what it says clearly ("Genomförd.
	 * 7 av 8 skolor …", "Se bilaga 3") decides over the earlier status.
	 */
	private Optional<StatusDecision> fromALaterResult(ControlRow control, StatusCell cell) {
		Map<Integer, String> results = control.layout().headings(Field.RESULTAT);
		Map<Integer, String> statuses = control.layout().headings(Field.STATUS);
		String result = control.value(Field.RESULTAT);
		if (results.size() != 1 || statuses.isEmpty() || result.isBlank()) {
			return Optional.empty();
		}
		String heading = results.values().iterator().next();
		int statusPeriod = statuses.values().stream().mapToInt(this::periodOf).max().orElse(0);
		int statusYear = statuses.values().stream().mapToInt(HeaderText::lastYear).max().orElse(0);
		int year = HeaderText.lastYear(heading);
		if (statusPeriod == 0 || periodOf(heading) <= statusPeriod || year > 0 && year < statusYear) {
			return Optional.empty();
		}
		String laterThan = "en senare period än " + cell.where();
		return inText.statusWordLeadingTheResult(control).map(d -> d.withEvidence(laterThan))
			.or(() -> text.classify(result).filter(TextStatusRules.TextVerdict::strong)
				.map(v -> StatusInText.fromText(v,
						"texten i kolumnen '" + HeaderText.display(heading) + "', " + laterThan)));
	}

	/** The period a heading names, the third tertial being the whole year: "T3 | Kommentar helår" are one period. */
	private int periodOf(String heading) {
		int rank = text.periodRank(heading);
		return rank == PeriodParts.WHOLE_YEAR - 1 ? PeriodParts.WHOLE_YEAR : rank;
	}

	private boolean onlyAsEarlyAsTheStatus(ControlRow control, StatusCell cell) {
		String result = control.value(Field.RESULTAT);
		List<PeriodParts.Part> passages = PeriodParts.of(result, text);
		if (passages.isEmpty()) {
			passages = PeriodParts.single(result, text).map(List::of).orElse(List.of());
		}
		if (cell.parts().isEmpty()) {
			return false;
		}
		long status = PeriodParts.period(cell.parts().get(cell.parts().size() - 1));
		if (passages.isEmpty()) {
			// "Delvis genomförd" for the delår beside "Kontroll klar för januari–april.": the months the text tells of
			// lie within the status's period, no news of a later one.
			int months = PeriodParts.periodOfTheMonthsNamed(result, status / 10);
			return months > 0 && months <= status % 10;
		}
		// "Helår: …" without a year is of the status's year.
		return passages.stream().filter(p -> !p.text().isBlank())
			.map(p -> PeriodParts.period(p) < 10 ? status / 10 * 10 + PeriodParts.period(p) : PeriodParts.period(p))
			.allMatch(period -> period <= status);
	}

	/**
	 * "Genomförd Nej": the ticked column's own heading under its group's ("Genomförd" over Ja | Delvis | Nej) answers
	 * the group's question, so its last words are the status.
	 */
	private Optional<ControlStatus> ownHeading(String ticked, Legend legend) {
		String[] words = ticked.strip().split("\\s+");
		for (int from = 1; from < words.length; from++) {
			Optional<ControlStatus> status = meanings.word(String.join(" ", Arrays.copyOfRange(words, from,
					words.length)), legend);
			if (status.isPresent()) {
				return status;
			}
		}
		return Optional.empty();
	}

	/** "100" under "Utfört (%)": a bare number in a column of shares done is a percentage. */
	private static String asShare(ControlRow control, StatusCell cell) {
		// "Genomförandegrad T3 (%)": the heading of the period that decides gives the number its unit.
		String header = cell.parts().isEmpty() ? control.layout().headers().getOrDefault(Field.STATUS, "")
				: cell.parts().get(cell.parts().size() - 1).heading();
		String text = cell.text().strip();
		if (ONE_MEANS_YES.matcher(header).find() && (text.equals("1") || text.equals("0"))) {
			// "Utfört? (1=ja)" over 1 and 0: the heading's question answered yes or no.
			return text.equals("1") ? "Ja" : "Nej";
		}
		if (!control.layout().byContentOnly(Field.STATUS) && (text.equalsIgnoreCase("true")
				|| text.equalsIgnoreCase("false"))) {
			// "Kontroll utförd" over TRUE and FALSE: a checkbox of a spreadsheet saved as text, ticked or not. (Only
			// under a status heading: an English export's "Late" and "Is Recurring" say true and false of other things.)
			return text.equalsIgnoreCase("true") ? "Ja" : "Nej";
		}
		return (header.contains("%") || header.toLowerCase(Locale.ROOT).contains("procent"))
				&& BARE_NUMBER.matcher(text).matches() ? text + " %" : cell.text();
	}

	/** "-" or "Saknas" in the status cell reports nothing, unless the file's legend gives it a meaning. */
	private StatusCell blankIfNotReported(StatusCell cell, Legend legend) {
		boolean nothing = legend.meaning(cell.text()).isEmpty()
				&& words.lookup(cell.text()).filter(s -> s == ControlStatus.SAKNAS).isPresent();
		if (!nothing && meanings.listsTheChoices(cell.text(), legend)) {
			return new StatusCell("", cell.where(), cell.earlier(), cell.parts(), cell.ticks(),
					cell.where() + " har kvar mallens alla svar ('" + cell.text().strip() + "'), inget valt", cell.laterBlank());
		}
		return nothing ? new StatusCell("", cell.where(), cell.earlier(), cell.parts(), cell.ticks(), cell.emptyReason(),
				cell.laterBlank()) : cell;
	}



	/**
	 * "Ja | Ja | Ja | Ej aktuellt" ticked on the control's rows, one per unit: done everywhere it applies is done, some
	 * units partly done; a unit the control does not concern is left out, as {@link #byUnit} does.
	 */
	private Optional<StatusDecision> byTickedRow(StatusCell cell, Legend legend) {
		List<String> rows = cell.text().strip().lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
		if (rows.size() < 2) {
			return Optional.empty();
		}
		Set<ControlStatus> statuses = EnumSet.noneOf(ControlStatus.class);
		boolean struck = false;
		for (String row : rows) {
			Optional<ControlStatus> status = meanings.word(row, legend);
			if (status.isEmpty()) {
				return Optional.empty();
			}
			struck |= status.get() == ControlStatus.UTGAR;
			if (status.get() != ControlStatus.UTGAR && status.get() != ControlStatus.SAKNAS) {
				statuses.add(status.get());
			}
		}
		String evidence = "kryss per rad (" + String.join(", ", rows) + ")";
		if (statuses.isEmpty()) {
			return Optional.of(struck
					? new StatusDecision(ControlStatus.UTGAR, StatusSource.KOLUMN, cell.text(), evidence)
					: new StatusDecision(ControlStatus.SAKNAS, StatusSource.INGEN, cell.text(), cell.emptyReason()));
		}
		return Optional.of(new StatusDecision(combined(statuses), StatusSource.KOLUMN, cell.text(), evidence));
	}

	/** Done everywhere is done, not done everywhere not done, a mix partly done; a unit unclear makes all unclear. */
	/** A status for each of the control's points or units, each part named by its point. */
	private static boolean byPoint(StatusCell cell, ControlRow control) {
		List<ControlRow.Point> points = control.points();
		List<PeriodParts.Part> parts = cell.parts();
		return parts.size() >= 2 && parts.size() == points.size() && IntStream.range(0, parts.size())
			.allMatch(i -> parts.get(i).heading().equals(points.get(i).text()));
	}

	private static ControlStatus combined(Set<ControlStatus> statuses) {
		return statuses.size() == 1 ? statuses.iterator().next()
				: statuses.contains(ControlStatus.OKLAR) ? ControlStatus.OKLAR : ControlStatus.DELVIS;
	}

	/**
	 * A control done at several units, a status for each: done everywhere is done, nowhere not done, some of them
	 * partly done; a unit the control does not concern ("—" = "Ej aktuellt för enheten") is left out.
	 */
	private StatusDecision byUnit(StatusCell cell, Legend legend) {
		Set<ControlStatus> statuses = EnumSet.noneOf(ControlStatus.class);
		List<String> reported = new ArrayList<>();
		boolean deviation = false;
		boolean struck = false;
		boolean coloured = false;
		for (PeriodParts.Part unit : cell.parts()) {
			if (unit.text().isBlank()) {
				continue;
			}
			UnitStatus read;
			Optional<String> fill = TableLayout.colourOnly(unit.text());
			if (fill.isPresent()) {
				// A unit's cell coloured and not written in: its colour by the legend, or a template's shading.
				Optional<ColourVerdict> verdict = colour(fill.get(), legend);
				if (verdict.isEmpty()) {
					continue;
				}
				coloured = true;
				read = new UnitStatus(verdict.get().status(), verdict.get().description(), verdict.get().meaning());
			}
			else {
				Optional<ControlStatus> status = meanings.word(unit.text(), legend);
				if (status.isEmpty()) {
					return new StatusDecision(ControlStatus.OKLAR, StatusSource.KOLUMN, cell.text(), cell.where()
							+ ": '" + unit.text() + "' för " + unit.heading() + " går inte att tolka som en status");
				}
				read = new UnitStatus(status.get(), unit.text(), legend.meaning(unit.text()).orElse(unit.text()));
			}
			reported.add(unit.heading() + ": " + read.said());
			deviation |= deviations.mentionsDeviation(read.meaning());
			if (read.status() == ControlStatus.UTGAR || read.status() == ControlStatus.SAKNAS) {
				struck |= read.status() == ControlStatus.UTGAR;
			}
			else {
				statuses.add(read.status());
			}
		}
		String evidence = (coloured ? cell.where() + ", cellernas färg" : cell.where()) + " ("
				+ String.join(", ", reported) + ")";
		StatusSource source = coloured ? StatusSource.FARG : StatusSource.KOLUMN;
		if (statuses.isEmpty()) {
			return struck ? new StatusDecision(ControlStatus.UTGAR, source, cell.text(), evidence)
					: new StatusDecision(ControlStatus.SAKNAS, StatusSource.INGEN, cell.text(), cell.emptyReason());
		}
		return new StatusDecision(combined(statuses), source, cell.text(), evidence, false, deviation);
	}

	private StatusDecision fromColumn(ControlRow control, StatusCell cell, ControlStatus column, Legend legend) {
		Optional<String> meaning = legend.meaning(cell.text());
		String evidence = cell.where() + (meaning.isPresent()
				? " enligt teckenförklaringen ('" + cell.text() + "' = " + meaning.get() + ")" : "");
		// "Godkänd med anmärkning", "Brister", "B" for "Kontrollen genomförd, avvikelse noterad": the status reports a
		// deviation.
		String stated = meaning.orElse(words.isWholePhrase(cell.text()) ? cell.text() : "");
		boolean deviation = !stated.isEmpty() && deviations.mentionsDeviation(stated);
		// "Se kommentar" points to the comment; "?" = "Osäkert – resultat ej återrapporterat" is the sender's own
		// doubt, which no comment settles.
		boolean pointer = POINTER.matcher(meaning.orElse(cell.text())).lookingAt()
				|| POINTS_ON.matcher(meaning.orElse(cell.text())).find();
		// Pointed to, the comment is all the status there is, said clearly or not ("tre upphandlingar granskade").
		Optional<TextStatusRules.TextVerdict> said = pointer && column == ControlStatus.OKLAR
				? textOfTheLatestPeriod(control) : strongTextOfTheLatestPeriod(control);
		// "Ej aktuell" beside "Hanteras av Gästrike Vatten AB från 1 maj": struck, not only not due any more.
		if (column == ControlStatus.UTGAR && words.saysNotDueThisPeriod(meaning.orElse(cell.text()))
				&& cell.earlierDone(meanings, legend)
				&& said.filter(v -> v.status() == ControlStatus.UTGAR).isEmpty()) {
			return new StatusDecision(ControlStatus.GENOMFORD, StatusSource.KOLUMN, cell.text(),
					evidence + "; genomförd en tidigare period och inte aktuell senare", false, deviation);
		}
		Optional<TextStatusRules.TextVerdict> done = doneByTheLatestPeriodsText(control, said);
		if (column != ControlStatus.GENOMFORD && done.isPresent() && meaning.isEmpty()
				&& words.ratesTheResultAdversely(cell.text())) {
			// "Ej tillfredsställande" beside "Inventering gjord; tre enheter saknade kassabok": the control was done
			// and its result was found wanting.
			return new StatusDecision(ControlStatus.GENOMFORD, StatusSource.TEXT, done.get().passage(), evidence
					+ " bedömer resultatet ('" + cell.text() + "'); texten säger att kontrollen gjorts: '"
					+ done.get().phrases() + "'", false, true);
		}
		if (column != ControlStatus.GENOMFORD && control.layout().statusRatesAResult()
				&& words.ratesTheResultAdversely(meaning.orElse(cell.text()))) {
			// "Kontrollresultat: Underkänd": a column of what the control came to rates a result, which only a control
			// done has.
			return new StatusDecision(ControlStatus.GENOMFORD, StatusSource.KOLUMN, cell.text(), evidence
					+ " bedömer kontrollens resultat: kontrollen är gjord", false, true);
		}
		// "Gul" = "genomförd med avvikelser eller delvis genomförd": the legend gives the colour two statuses, and the
		// result text says which of them it is; what the control found ("I tre fall saknades kvitton") says it was done
		// when nothing says more.
		Optional<TextStatusRules.TextVerdict> which = meaning.flatMap(m -> oneOfTheAlternatives(m,
				() -> said.or(() -> textOfTheLatestPeriod(control))));
		if (which.isPresent() && which.get().status() == ControlStatus.GENOMFORD
				&& doneOnlyWithARemark(meaning.get()) && deviations.saysNoDeviation(which.get().passage())) {
			// "Gul" = "delvis genomförd eller genomförd med anmärkning" beside "Januari–mars granskat utan anmärkning":
			// done without a remark is not what the colour says, so it says the other.
			return new StatusDecision(ControlStatus.DELVIS, StatusSource.TEXT, which.get().passage(), evidence
					+ " ger två möjligheter; texten säger gjort utan anmärkning, alltså delvis: '"
					+ which.get().phrases() + "'", false, false);
		}
		if (which.isPresent()) {
			return new StatusDecision(which.get().status(), StatusSource.TEXT, which.get().passage(), evidence
					+ " ger två möjligheter; texten avgör: '" + which.get().phrases() + "'", false, deviation);
		}
		String found = control.value(Field.RESULTAT);
		if (which.isEmpty() && meaning.isPresent() && doneOnlyWithARemark(meaning.get())
				&& deviations.mentionsDeviation(found)) {
			// "Gul" = "pågår eller genomförd med anmärkning" beside "Två ärenden skickades inte till inkasso i tid":
			// the text tells only what the control found, which a control done with a remark has.
			return new StatusDecision(ControlStatus.GENOMFORD, StatusSource.TEXT, found.strip(), evidence
					+ " ger två möjligheter; texten beskriver en avvikelse som kontrollen fann", false, true);
		}
		// "4" beside "Inte genomförd. Kontrollen har skjutits upp …": the result opens by saying what the column says,
		// and what follows tells why, not how far the work came.
		// Why a control was stopped can still take it out of the plan: "Avbruten – lokalerna övergick till tekniska
		// nämnden".
		Optional<ControlStatus> leading = inText.leadingStatusWord(control);
		boolean confirmed = leading.filter(s -> s == column).isPresent();
		// "Genomförd. Rättelse: avser endast IFO …", "Genomförd till största delen; … återstår", "Ja, men endast 6 av 10
		// …": the result says the column's word and takes it back in part.
		boolean corrects = said.isPresent() && (StatusCell.correcting(control.value(Field.RESULTAT))
				|| qualifiesDone(said.get()) || said.get().status() == ControlStatus.DELVIS && yesBut(control, cell));
		if (said.isPresent() && (!confirmed || said.get().status() == ControlStatus.UTGAR || corrects)) {
			boolean lateOnly = text.classify(cell.text()).filter(TextStatusRules.TextVerdict::delay).isPresent()
					&& said.get().eachPhrase().stream().anyMatch(phrase -> !SCHEDULED.matcher(phrase).find());
			// "Ej utfört" beside "Kontrollen har inte kunnat genomföras … Kvartalsrapporteringen har gjorts": the text
			// says the control was not done in as many words; what else was done is no part of it.
			boolean textSaysTheSame = said.get().status() == ControlStatus.DELVIS && column == ControlStatus.EJ_GENOMFORD
					&& said.get().eachPhrase().stream()
						.anyMatch(phrase -> text.classify(phrase).filter(v -> v.status() == column).isPresent());
			ControlStatus refined = said.get().delay() || textSaysTheSame ? column
					: refined(column, said.get().status(), pointer, lateOnly, corrects);
			if (refined != column) {
				return new StatusDecision(refined, StatusSource.TEXT, said.get().passage(), evidence + " säger '"
						+ cell.text() + "', texten preciserar: '" + said.get().phrases() + "'", false, deviation);
			}
			if (contradicts(column, said.get().status()) && meaning.isPresent()
					&& leading.filter(said.get().status()::equals).isPresent()) {
				// "X" = "genomförd" beside a result opening "Ej påbörjad. Skjuts till 2026": a mark the legend
				// explains and the sender's own first word say opposite things, as a colour and that word would.
				return new StatusDecision(ControlStatus.OKLAR, StatusSource.KOLUMN, cell.text(), evidence
						+ " och texten, som börjar med '" + said.get().phrases() + "', säger emot varandra", true,
						deviation);
			}
			if (contradicts(column, said.get().status())) {
				return new StatusDecision(column, StatusSource.KOLUMN, cell.text(), evidence + "; texten säger emot: '"
						+ said.get().phrases() + "'", true, deviation);
			}
		}
		return new StatusDecision(column, StatusSource.KOLUMN, cell.text(), evidence, false, deviation);
	}

	/** What the text says, when it is one of two or more statuses the legend's meaning offers; else nothing. */
	private Optional<TextStatusRules.TextVerdict> oneOfTheAlternatives(String meaning,
			Supplier<Optional<TextStatusRules.TextVerdict>> said) {
		// The text is read only for a meaning with alternatives: most colours and words have one.
		Set<ControlStatus> alternatives = alternatives(meaning);
		// "Försenad på grund av vakant tjänst" beside "Ej genomförd / försenad": a delay says when, not how far.
		return alternatives.size() < 2 ? Optional.empty()
				: said.get().filter(v -> alternatives.contains(v.status()) && !v.delay());
	}

	/**
	 * "Delvis genomförd eller genomförd med anmärkning": the meaning offers partly done, and done only with a
	 * remark.
	 */
	private boolean doneOnlyWithARemark(String meaning) {
		List<String> done = Arrays.stream(ALTERNATIVE.split(meaning))
			.filter(part -> meanings.meaningOf(part).filter(ControlStatus.GENOMFORD::equals).isPresent()).toList();
		return alternatives(meaning).contains(ControlStatus.DELVIS) && !done.isEmpty()
				&& done.stream().allMatch(deviations::mentionsDeviation);
	}

	/** The statuses a legend's meaning offers as alternatives ("genomförd med avvikelser eller delvis genomförd"). */
	private Set<ControlStatus> alternatives(String meaning) {
		String[] parts = ALTERNATIVE.split(meaning);
		if (parts.length < 2) {
			return Set.of();
		}
		Set<ControlStatus> statuses = EnumSet.noneOf(ControlStatus.class);
		for (String part : parts) {
			// "Ej genomförd eller väsentliga brister – se kommentar": faults found are what a control done found.
			meanings.meaningOf(part).filter(status -> status != ControlStatus.OKLAR)
				.or(() -> deviations.mentionsDeviation(part) ? Optional.of(ControlStatus.GENOMFORD) : Optional.empty())
				.ifPresent(statuses::add);
		}
		return statuses;
	}

	/**
	 * The text makes a coarse column status precise: "Nej" with "påbörjad" is partly done; any status but done with
	 * "utgår enligt beslut" no longer applies; "Se kommentar" takes whatever the comment says.
	 * @param pointer the column points to the text ("Se kommentar")
	 * @param lateOnly the column says only that the work is late ("Försenad"), not how far it came, and the text says
	 *        more than when it will be done
	 */
	/** @param corrected the text says it corrects the status ("Rättelse: …", "Korrigering: …") */
	private static ControlStatus refined(ControlStatus column, ControlStatus said, boolean pointer, boolean lateOnly,
			boolean corrected) {
		if (lateOnly && column == ControlStatus.DELVIS && said == ControlStatus.EJ_GENOMFORD) {
			// "Försenad" beside "Loggkontrollerna har inte kunnat genomföras under 2025": late, and nothing done.
			return ControlStatus.EJ_GENOMFORD;
		}
		if (column == ControlStatus.OKLAR && pointer && said != ControlStatus.OKLAR && said != ControlStatus.SAKNAS) {
			return said;
		}
		if (said == ControlStatus.UTGAR && column != ControlStatus.GENOMFORD) {
			return ControlStatus.UTGAR;
		}
		if (column == ControlStatus.EJ_GENOMFORD && said == ControlStatus.DELVIS) {
			return ControlStatus.DELVIS;
		}
		if (column == ControlStatus.GENOMFORD && said == ControlStatus.DELVIS && corrected) {
			// "Ja" beside "Korrigering: endast beslut t.o.m. juni har kontrollerats": the comment corrects the status.
			return ControlStatus.DELVIS;
		}
		return column;
	}

	/** The result opens with the status cell's own word and a "men": "Ja" beside "Ja, men endast 6 av 10 …". */
	private static boolean yesBut(ControlRow control, StatusCell cell) {
		String word = cell.text().strip();
		String result = control.value(Field.RESULTAT).strip();
		return !word.isEmpty() && result.regionMatches(true, 0, word, 0, word.length())
				&& YES_BUT.matcher(result).lookingAt();
	}

	/**
	 * The text says "done" itself and qualifies it: "Genomförd till största delen", "i stort sett klar", "delvis
	 * genomförd": one phrase that says both; not a share of a measure ("42 av 45 klara") nor done beside not done or
	 * begun. Beside "Genomförd" in the column, the sender's own words tell how much was done; a part of the work
	 * said to go on ("återstår", "pågår") may be the action after the control and does not.
	 */
	private boolean qualifiesDone(TextStatusRules.TextVerdict said) {
		// "42 av 45 klara inom 14 dagar", "87 % klara": a share is the result the control measured, not how much of it
		// was done.
		return said.status() == ControlStatus.DELVIS
				&& said.eachPhrase().stream().anyMatch(p -> DONE.matcher(p).find()
						&& text.classify(p).filter(v -> v.status() == ControlStatus.DELVIS).isPresent())
				&& said.eachPhrase().stream().noneMatch(p -> NOT.matcher(p).find() || DIGIT.matcher(p).find());
	}

	/** Done against not done, either way round: the reader must look. */
	private static boolean contradicts(ControlStatus column, ControlStatus said) {
		return (column == ControlStatus.GENOMFORD && said == ControlStatus.EJ_GENOMFORD)
				|| (column == ControlStatus.EJ_GENOMFORD && said == ControlStatus.GENOMFORD);
	}

	/**
	 * The latest period's text says the control was done: clearly, or only by implication ("Genomgången visar att …")
	 * when it says nothing clearly.
	 */
	private Optional<TextStatusRules.TextVerdict> doneByTheLatestPeriodsText(ControlRow control,
			Optional<TextStatusRules.TextVerdict> clearly) {
		Optional<TextStatusRules.TextVerdict> said = clearly.isPresent() ? clearly
				: text.classifyLatest(control.value(Field.RESULTAT));
		return said.filter(v -> v.status() == ControlStatus.GENOMFORD && !v.delay());
	}

	/** What the latest period's passage of the result and deviation texts clearly says, the result first. */
	private Optional<TextStatusRules.TextVerdict> strongTextOfTheLatestPeriod(ControlRow control) {
		return strongText(control, text::classifyLatest);
	}

	/** What the result and deviation texts of the latest period say, clearly or not, the result first. */
	private Optional<TextStatusRules.TextVerdict> textOfTheLatestPeriod(ControlRow control) {
		return verdicts(control, text::classifyLatest).findFirst();
	}

	/** What the result and deviation texts clearly say, the result first. */
	private Optional<TextStatusRules.TextVerdict> strongText(ControlRow control) {
		return strongText(control, text::classify);
	}

	private static Optional<TextStatusRules.TextVerdict> strongText(ControlRow control,
			Function<String, Optional<TextStatusRules.TextVerdict>> reading) {
		return verdicts(control, reading).filter(TextStatusRules.TextVerdict::strong).findFirst();
	}

	/** What each reporting text says, read one after the other as asked for, the result first. */
	private static Stream<TextStatusRules.TextVerdict> verdicts(ControlRow control,
			Function<String, Optional<TextStatusRules.TextVerdict>> reading) {
		return StatusInText.reportingFields(control).stream()
			.flatMap(field -> reading.apply(control.value(field)).stream());
	}

	/**
	 * A status cell filled with a colour the file's colour legend does not have (blue beside a legend of green,
	 * yellow, red and grey): the nämnd said something by it, but not what. The legend must explain colours, as a
	 * fill in a file without one may be no more than the template's shading.
	 */
	private Optional<StatusDecision> colourOutsideTheLegend(ControlRow control, Legend legend) {
		boolean explainsColours = legend.colours().keySet().stream().anyMatch(c -> !c.isEmpty())
				|| legend.tokens().keySet().stream().anyMatch(colours::isName);
		List<String> fills = control.statusFills().stream().filter(f -> !"FFFFFF".equalsIgnoreCase(f)).toList();
		if (!explainsColours || fills.isEmpty() || fills.stream().anyMatch(f -> colour(f, legend).isPresent())) {
			return Optional.empty();
		}
		String fill = fills.get(fills.size() - 1).toUpperCase();
		String named = colours.names(fill).stream().findFirst().map(n -> n + " (" + fill + ")").orElse(fill);
		return Optional.of(new StatusDecision(ControlStatus.OKLAR, StatusSource.FARG, named,
				"statuscellens färg, " + named + ", finns inte i filens teckenförklaring"));
	}

	private boolean notDueByColour(ControlRow control, Legend legend) {
		List<ColourVerdict> verdicts = control.statusFills().stream().map(fill -> colour(fill, legend))
			.flatMap(Optional::stream).toList();
		return !verdicts.isEmpty() && verdicts.stream().allMatch(ColourVerdict::notDue);
	}

	private Optional<StatusDecision> fromColour(ControlRow control, List<String> fills, Legend legend, String where) {
		List<ColourVerdict> verdicts = fills.stream().map(fill -> colour(fill, legend)).flatMap(Optional::stream).toList();
		if (verdicts.isEmpty()) {
			return Optional.empty();
		}
		boolean oneMeaning = verdicts.stream().map(ColourVerdict::description).distinct().count() == 1;
		// Yellow = "genomförd med anmärkning eller delvis genomförd": the legend gives the colour two statuses, and the
		// result text says which of them it is.
		Optional<TextStatusRules.TextVerdict> which = oneMeaning
				? oneOfTheAlternatives(verdicts.get(0).meaning(), () -> strongTextOfTheLatestPeriod(control))
				: Optional.empty();
		if (which.isPresent()) {
			return Optional.of(new StatusDecision(which.get().status(), StatusSource.TEXT, which.get().passage(), where
					+ ": " + verdicts.get(0).description() + " ger två möjligheter; texten avgör: '"
					+ which.get().phrases() + "'", false, false));
		}
		boolean agree = verdicts.stream().map(ColourVerdict::status).distinct().count() == 1;
		ControlStatus status = agree ? verdicts.get(0).status() : ControlStatus.DELVIS;
		String described = String.join(", ", verdicts.stream().map(ColourVerdict::description).distinct().toList());
		if (status == ControlStatus.SAKNAS) {
			// Grey = "Ingen kontroll planerad under perioden": the colour says nothing was due, so nothing is reported.
			return Optional.of(new StatusDecision(status, StatusSource.INGEN, described,
					where + ": färgen betyder att inget rapporteras för perioden"));
		}
		// Green beside a result opening "Ej genomförd – flyttas till hösten": the colour and the sender's own status
		// word say opposite things, and neither can be taken for the other.
		Optional<ControlStatus> leading = OPPOSITES.containsKey(status) ? inText.leadingStatusWord(control)
				: Optional.empty();
		Optional<ControlStatus> against = Optional.ofNullable(OPPOSITES.get(status))
			.filter(opposite -> leading.filter(opposite::equals).isPresent());
		if (against.isPresent()) {
			String opening = against.get() == ControlStatus.GENOMFORD ? "genomförd" : "ej genomförd";
			return Optional.of(new StatusDecision(ControlStatus.OKLAR, StatusSource.FARG, described, where + " ("
					+ described + ") och texten, som börjar med att kontrollen är " + opening + ", säger emot varandra",
					true, false));
		}
		// Green beside "Pågår. 12 av 20 ändringar kontrollerade": the sender's own word says how far the work came,
		// which the colour cannot.
		Optional<TextStatusRules.TextVerdict> partly = status == ControlStatus.GENOMFORD
				&& leading.filter(ControlStatus.DELVIS::equals).isPresent()
						? strongTextOfTheLatestPeriod(control).filter(said -> said.status() == ControlStatus.DELVIS)
						: Optional.empty();
		if (partly.isPresent()) {
			return Optional.of(new StatusDecision(ControlStatus.DELVIS, StatusSource.TEXT, partly.get().passage(),
					where + " (" + described + "), texten preciserar: '" + partly.get().phrases() + "'", false,
					false));
		}
		// Red with no legend beside "Två fakturor attesterade av person utan behörighet": a traffic light's red is a
		// problem, here what the control found, not that it was left undone.
		String result = control.value(Field.RESULTAT);
		boolean byHueOnly = verdicts.stream().allMatch(v -> v.meaning().isEmpty());
		Optional<TextStatusRules.TextVerdict> found = byHueOnly && status == ControlStatus.EJ_GENOMFORD
				&& deviations.mentionsDeviation(result)
						? text.classifyLatest(result).filter(said -> said.status() == ControlStatus.GENOMFORD)
						: Optional.empty();
		if (found.isPresent()) {
			return Optional.of(new StatusDecision(ControlStatus.GENOMFORD, StatusSource.TEXT, found.get().passage(),
					where + " (" + described + ", ingen teckenförklaring) och texten, som redovisar vad kontrollen "
							+ "fann: '" + found.get().phrases() + "'", false, true));
		}
		// Yellow = "Genomförd, avvikelser finns": the legend's meaning of the colour reports a deviation.
		boolean deviation = agree && verdicts.stream()
			.allMatch(v -> !v.meaning().isEmpty() && deviations.mentionsDeviation(v.meaning()));
		return Optional.of(new StatusDecision(status, StatusSource.FARG, described, where, false, deviation));
	}

	/**
	 * A fill by the file's colour legend, or by its hue; a legend colour of the same hue counts as the same, unless
	 * the legend has the fill itself: yellow and orange are one hue, but "FFFF00 = genomförd med brist" beside
	 * "FFC000 = delvis" are two meanings.
	 */
	private Optional<ColourVerdict> colour(String fill, Legend legend) {
		return byLegend(fill, legend, true).or(() -> byName(fill, legend)).or(() -> byLegend(fill, legend, false))
			.or(() -> colours.classify(fill).map(v -> new ColourVerdict(v.status(), v.description(), false, "")));
	}

	/** "Orange = genomförd men avvikelser har konstaterats": a legend naming its colours in words. */
	private Optional<ColourVerdict> byName(String fill, Legend legend) {
		if (legend.tokens().isEmpty()) {
			return Optional.empty();
		}
		for (String name : colours.names(fill).stream().flatMap(n -> ColourNames.forms(n).stream()).toList()) {
			Optional<String> meaning = legend.meaning(name);
			Optional<ControlStatus> status = meaning.flatMap(meanings::meaningOf);
			if (status.isPresent()) {
				return Optional.of(new ColourVerdict(status.get(), meaning.get() + " enligt teckenförklaringen (" + name
						+ ", " + fill.toUpperCase() + ")", words.saysNotDueThisPeriod(meaning.get()), meaning.get()));
			}
		}
		return Optional.empty();
	}

	private Optional<ColourVerdict> byLegend(String fill, Legend legend, boolean exact) {
		for (Map.Entry<String, String> entry : legend.colours().entrySet()) {
			boolean same = exact ? entry.getKey().equalsIgnoreCase(fill) : sameHue(entry.getKey(), fill);
			String meaning = withoutColourName(entry.getValue());
			Optional<ControlStatus> status = same ? meanings.meaningOf(meaning) : Optional.empty();
			if (status.isPresent()) {
				return Optional.of(new ColourVerdict(status.get(), entry.getValue() + " enligt teckenförklaringen ("
						+ fill.toUpperCase() + ")", words.saysNotDueThisPeriod(meaning), meaning));
			}
		}
		return Optional.empty();
	}

	/**
	 * "Orange – kontrollen genomförd, avvikelser noterade" beside an orange swatch: the colour's name, then what it
	 * means; the name is no status word of the meaning ("Orange" alone is a traffic light's partly done).
	 */
	private String withoutColourName(String meaning) {
		Matcher named = NAMED_COLOUR.matcher(meaning);
		return named.matches() && colours.isName(named.group(1)) ? named.group(2) : meaning;
	}

	private boolean sameHue(String legendColour, String fill) {
		Optional<ColourRules.ColourVerdict> a = colours.classify(legendColour);
		Optional<ColourRules.ColourVerdict> b = colours.classify(fill);
		return a.isPresent() && b.isPresent() && a.get().status() == b.get().status();
	}

	/**
	 * @param notDue the legend says the colour marks a period the control was not due ("Grå = ej aktuell")
	 * @param meaning the legend's words for the colour; "" when only its hue is known
	 */
	private record ColourVerdict(ControlStatus status, String description, boolean notDue, String meaning) {
	}

	/** One unit's status, as the evidence quotes it ("Utförd enligt teckenförklaringen (00B050)"), and its meaning. */
	private record UnitStatus(ControlStatus status, String said, String meaning) {
	}
}
