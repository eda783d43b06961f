package se.ikkonsolidering.layout;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A control written as an item of a list, its outcome after a colon: "- Kontroll av behörigheter i Wärna
 * (verksamhetssystemet): Se bifogad fil.", "• Stickprov av 25 fakturor: Genomförd, inga avvikelser." An e-mail or
 * memo reports its controls so when no template was used.
 */
record ListedControl(String kontrollmoment, String report) {

	/** A bullet or a list number, then the control, a colon and what became of it. */
	private static final Pattern ITEM = Pattern.compile("^(?:[-–•*▪·]|\\d{1,2}[.)])\\s+(.{20,300}?):\\s+(\\S.*)$",
			Pattern.DOTALL);
	/** A bullet typed before a list item's text; a number is a numbered heading's as often as a list's. */
	private static final Pattern BULLET = Pattern.compile("^\\s*[-–•*▪·●○◦]\\s+");
	/**
	 * Where a list item's control may end and its report begin: a line break, a spaced dash, a colon or a sentence's
	 * end, the next opening with a capital or a number ("… för samtliga IT-leverantörer. 12 av 31 avtal är
	 * genomgångna.").
	 */
	private static final Pattern SPLIT = Pattern
		.compile("\\s*\\n\\s*|\\s+[–—-]\\s+|:\\s+|(?<=[^\\s.]{3})\\.\\s+(?=[\\p{Lu}\\p{N}])");
	/** "Kontroll – status – kommentar" with the status left out: two dashes with nothing between them. */
	private static final Pattern EMPTY_FIELD = Pattern.compile("\\s+[–—-]\\s+[–—-]\\s+");
	/** A control named and a dash with nothing after it. */
	private static final Pattern UNANSWERED = Pattern.compile("(.*\\S)\\s+[–—-]\\s*$", Pattern.DOTALL);
	/** The report's first clause, where a status stands: "klart, inga fel hittade" → "klart". */
	private static final Pattern OPENING_CLAUSE = Pattern.compile("[,;.(]|\\s[–—-]\\s");
	/** A list item's control is named in a few words or a sentence: "Representation och interna möten". */
	private static final int MIN_ITEM_WORDS = 2;
	private static final int MAX_ITEM_WORDS = 20;
	/** As many words as a heading naming a control has ("Kontroll av att beslut …"). */
	private static final int MIN_WORDS = 4;
	/**
	 * A status given as a sentence of its own is a few words and no clause: "Genomförd med anmärkning.", not
	 * "Kontrollen är genomförd." opening a result.
	 */
	private static final int MAX_STATUS_WORDS = 3;
	private static final Pattern CLAUSE = Pattern.compile("(?iu)\\b(är|har|var|blev|ska|skall|kommer|kunde)\\b");
	private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=[\\p{Lu}\\p{N}])");
	/** "Kontrollen", "Stickprovet", "Granskningen": the control already named, reported on. */
	private static final Pattern DEFINITE = Pattern.compile("(?iu)(en|et|na)$");
	/** A sentence reporting on a control says so in its first words: "Kontrollen har genomförts". */
	private static final int OPENING_WORDS = 3;
	/** How a sentence naming a control starts: "Avstämning av utbetalt ekonomiskt bistånd mot beslut." */
	private static final Pattern NAMES_A_CONTROL = Pattern.compile(
			"(?iu)^(kontroll|stickprov|avstämning|uppföljning|granskning|inventering|genomgång|loggkontroll)\\p{L}*\\b");

	/** The line's control and report, when the report opens with a status the vocabulary knows. */
	static Optional<ListedControl> of(String line, Vocabulary meanings, Labels labels) {
		Matcher m = ITEM.matcher(line.strip());
		if (!m.matches()) {
			return Optional.empty();
		}
		String control = m.group(1).strip();
		String report = m.group(2).strip();
		if (control.split("\\s+").length < MIN_WORDS || labels.startsWith(Labels.Kind.INSTRUKTION, control)
				|| !meanings.knows(report)) {
			return Optional.empty();
		}
		return Optional.of(new ListedControl(control, report));
	}

	/**
	 * A list item naming a control and saying what became of it: "Stickprov attest leverantörsfakturor (20 st) –
	 * klart, inga fel hittade.", "Loggkontroll av åtkomst till personakter. Genomförd i maj och november." The
	 * control ends at the dash, colon or full stop after which the sender's report opens with a status; under a
	 * heading grouping the controls ("Genomförda kontroller", "Inte gjort:") at the first of them, the heading saying
	 * what the item may not.
	 * @param bulleted the document sets the line as a list item, or it opens with a bullet
	 * @param grouped the line stands under a heading that groups controls
	 */
	static Optional<ListedControl> ofListItem(String line, boolean bulleted, boolean grouped, Vocabulary meanings,
			Labels labels) {
		if (!bulleted && !opensWithABullet(line)) {
			return Optional.empty();
		}
		String text = EMPTY_FIELD.matcher(withoutBullet(line)).replaceFirst(" – ");
		Matcher split = SPLIT.matcher(text);
		ListedControl first = null;
		boolean firstAtAColon = false;
		while (split.find()) {
			String control = text.substring(0, split.start()).strip();
			String report = text.substring(split.end()).strip();
			int words = control.split("\\s+").length;
			// "Ej utförd – kontrollen har inte genomförts under perioden": a status explained, as a legend does; not
			// "7. Genomförd IT-säkerhetsutbildning för nyanställda – Utgår.", a control named after what it checks.
			if (words < MIN_ITEM_WORDS || words > MAX_ITEM_WORDS || report.isEmpty()
					|| labels.startsWith(Labels.Kind.INSTRUKTION, control)
					|| words <= MAX_STATUS_WORDS && meanings.knows(control)) {
				continue;
			}
			if (meanings.knows(openingClause(report))) {
				// "Kontroll av att årsräkningar … granskade: Samtliga 187 granskades. Inga avvikelser.": a control
				// named before a colon does not run on over the colon into the report's sentences.
				boolean overAColon = firstAtAColon && split.group().startsWith(".");
				return Optional.of(overAColon ? first : new ListedControl(control, report));
			}
			if (first == null) {
				first = new ListedControl(control, report);
				firstAtAColon = split.group().startsWith(":");
			}
		}
		if (first == null && grouped) {
			return unanswered(line);
		}
		return grouped ? Optional.ofNullable(first) : Optional.empty();
	}

	/**
	 * "8. Informationssäkerhet, loggkontroll i HR-systemet -": an item named and its report left out after the dash,
	 * as the sender typed it among items reported so. Nothing reported.
	 */
	static Optional<ListedControl> unanswered(String line) {
		Matcher m = UNANSWERED.matcher(withoutBullet(line));
		if (!m.matches()) {
			return Optional.empty();
		}
		int words = m.group(1).split("\\s+").length;
		return words < MIN_ITEM_WORDS || words > MAX_ITEM_WORDS ? Optional.empty()
				: Optional.of(new ListedControl(m.group(1).strip(), ""));
	}

	/**
	 * "Kontroll av att delegationsbeslut anmäls till nämnden" under "Ej genomförda": an item that only names its
	 * control, in words that say so and no sentence, the heading above saying what became of it.
	 * @param item the item's text, without a bullet typed before it
	 */
	static Optional<ListedControl> onlyNamed(String item) {
		int words = item.split("\\s+").length;
		return words < MIN_WORDS || words > MAX_ITEM_WORDS || item.endsWith(".")
				|| !NAMES_A_CONTROL.matcher(item).find() ? Optional.empty() : Optional.of(new ListedControl(item, ""));
	}

	/** Whether the line opens with a typed bullet: "• Stickprov …", "- Kontroll …". */
	static boolean opensWithABullet(String line) {
		return BULLET.matcher(line).lookingAt();
	}

	/** The line's text after a typed bullet, if it has one. */
	static String withoutBullet(String line) {
		Matcher typed = BULLET.matcher(line);
		return typed.lookingAt() ? line.substring(typed.end()).strip() : line.strip();
	}

	/**
	 * A letter's paragraph per control: "Genomförd. Stickprov av 15 biståndsbeslut inom hemtjänsten. Samtliga …", the
	 * status as its first sentence, the control as its second, then what was found; or, right after such a
	 * paragraph, one whose first sentence names a control and says no status ("Avstämning av utbetalt ekonomiskt
	 * bistånd mot beslut. Kontrollen har inte hunnits med …").
	 * @param inARun the paragraph above was a control written so
	 */
	static Optional<ListedControl> ofParagraph(String paragraph, Vocabulary meanings, boolean inARun) {
		String[] sentences = SENTENCE_END.split(paragraph.strip(), 3);
		if (sentences.length < 2) {
			return Optional.empty();
		}
		String first = sentences[0].replaceFirst("\\.$", "").strip();
		String second = sentences[1].replaceFirst("\\.$", "").strip();
		String rest = sentences.length > 2 ? " " + sentences[2] : "";
		if (first.split("\\s+").length <= MAX_STATUS_WORDS && !CLAUSE.matcher(first).find() && meanings.knows(first)
				&& second.split("\\s+").length >= MIN_WORDS && !meanings.knows(second)) {
			return Optional.of(new ListedControl(second, first + "." + rest));
		}
		if (inARun && first.split("\\s+").length >= MIN_WORDS && NAMES_A_CONTROL.matcher(first).find()) {
			String after = String.join(" ", List.of(sentences).subList(1, sentences.length));
			// "Kontroll av att … förordnas: Stickprov på tio förordnanden. I ett ärende …": the lead-in before
			// the colon names the control, as a list item's does; the report begins after it.
			int colon = sentences[0].indexOf(": ");
			if (colon > 0 && sentences[0].substring(0, colon).split("\\s+").length >= MIN_WORDS) {
				return Optional.of(new ListedControl(sentences[0].substring(0, colon).strip(),
						sentences[0].substring(colon + 2).strip() + " " + after));
			}
			return Optional.of(new ListedControl(first, after));
		}
		return Optional.empty();
	}

	/**
	 * A paragraph of one sentence naming a control and stating nothing of it: "Kontroll av att biståndsbeslut enligt
	 * SoL verkställs inom tre månader." as a numbered item of a letter, its report in the next paragraph.
	 */
	static boolean isStatement(String paragraph) {
		String text = paragraph.strip();
		String[] words = text.split("\\s+");
		// "Kontrollen har genomförts …" reports; "Stickprov av 10 planer – att de … är signerade" names a control.
		String opening = String.join(" ", List.of(words).subList(0, Math.min(words.length, OPENING_WORDS)));
		// A sentence of its own, ended as one (a heading has no full stop), naming "Kontroll av …" rather than reporting
		// on "Kontrollen".
		return SENTENCE_END.split(text).length == 1 && text.endsWith(".") && words.length >= MIN_WORDS
				&& NAMES_A_CONTROL.matcher(text).find() && !DEFINITE.matcher(words[0]).find()
				&& !CLAUSE.matcher(opening).find();
	}

	/**
	 * The control a statement names and the paragraph right under it that reports on it, when that paragraph opens
	 * with a status or says what was done ("Genomförd. Samtliga 46 beslut …", "Kontrollen har genomförts för …").
	 */
	static Optional<ListedControl> reportedUnder(String statement, String paragraph, Vocabulary meanings) {
		String first = SENTENCE_END.split(paragraph.strip(), 2)[0].replaceFirst("\\.$", "").strip();
		if (isStatement(paragraph) || !meanings.knows(first)) {
			return Optional.empty();
		}
		return Optional.of(new ListedControl(named(statement), paragraph.strip()));
	}

	/** The control a statement names, with nothing reported on it. */
	static ListedControl unreported(String statement) {
		return new ListedControl(named(statement), "");
	}

	private static String named(String statement) {
		return statement.strip().replaceFirst("\\.$", "");
	}

	/** A report's words up to its first comma, full stop, parenthesis or spaced dash: "Ok" of "Ok, inga fel.". */
	static String openingClause(String report) {
		return OPENING_CLAUSE.split(report.strip(), 2)[0].strip();
	}
}
