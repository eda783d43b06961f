package se.ikkonsolidering.layout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A report that names each control in a heading of its own and reports it below, in labelled lines ("Metod: … /
 * Resultat: … / Status: …") or in plain paragraphs. Follows a form's walk line by line: which heading stands directly
 * above a block, whose kontrollmoment it then is, and which headings have only paragraphs under them. Those count as
 * controls only where the report's pattern is plain: between two controls the form was read as, and only when the
 * heading describes a control (a few words and no label: "Kontroll av att förhandsbedömningar görs inom 14 dagar",
 * not "Bakgrund").
 */
final class HeadedControls {

	/** How the message names where a kontrollmoment written as a heading came from. */
	static final String HEADING = "rubriken ovanför";
	/** A heading naming a control describes it ("Kontroll av att beslut … fattas …"); "Bakgrund" does not. */
	private static final int MIN_WORDS = 4;
	/**
	 * How well a block's label must name the kontrollmoment to name it over a heading: "Kontrollmoment", not
	 * "Kontroll".
	 */
	private static final double SURE_LABEL = 1.0;
	/** As long as a kontrollmoment cell's text must be to describe an activity. */
	private static final int MIN_STATEMENT_LENGTH = 25;
	/**
	 * "Kontrollpunkt 1 – …", "Kontrollmoment 3: …": a heading naming itself a numbered control, then its words
	 * ("Kontroll 1 – Myndighetsutövning" numbers the checks of an area).
	 */
	private static final Pattern NUMBERED_CONTROL = Pattern.compile(
			"(?iu)(?:kontrollpunkt|kontrollmoment)\\s*(?:nr\\.?\\s*)?\\d+(?:\\.\\d+)*\\s*[–—:-]\\s*(.+)");
	/** "Hyresdebitering" names what a control is about; "Tillsyn enligt LSO genomförs enligt plan" states it. */
	private static final int MIN_WORDS_STATING = 4;
	/** A document's title names a year or the report itself ("Uppföljning av intern kontroll per 31 augusti"). */
	private static final Pattern TITLE = Pattern.compile(
			"\\b(19|20)\\d{2}\\b|(?i)\\b(uppföljning|redovisning|rapport)\\b.*\\b(intern\\s+kontroll|internkontroll\\p{L}*)");

	/** "inför valet 2026", "efter 2026": a year something is done before or after, no report's year. */
	private static final Pattern YEAR_OF_AN_EVENT = Pattern
		.compile("(?iu)\\b(inför|efter)\\s+(\\p{L}+\\s+)?(19|20)\\d{2}\\b");
	/** "senast den 30 juni", "före 31 mars", "inom 14 dagar": when something is due, not the report's period. */
	private static final Pattern DEADLINE = Pattern.compile(
			"(?iu)\\b(senast|före|innan|inom)\\s+(den\\s+)?\\d{1,2}(\\s+|/)\\p{L}*\\d*");

	/** The document's own title: "Samhällsbyggnadsnämnden – delårsuppföljning av internkontrollplan 2025". */
	private static final Pattern REPORT_TITLE = Pattern.compile(
			"(?i)\\p{L}*(uppföljning|redovisning|rapport)\\p{L}*\\b.*\\b(intern\\s+kontroll|internkontroll\\p{L}*)"
					// "Delårsuppföljning – perioden 1 januari till och med 31 augusti": the report of a period.
					+ "|^\\s*(delårs|helårs|halvårs|tertial|kvartals|års)(uppföljning|rapport|redovisning|bokslut)"
					// "Miljö- och byggnadsnämnden – helårsuppföljning": whose report, then which.
					+ "|[–—-]\\s*(delårs|helårs|halvårs|tertial|kvartals|års)(uppföljning|rapport|redovisning)\\p{L}*\\s*$"
					// "Internal control – follow-up report 2025": a consultant's template in English.
					+ "|\\binternal\\s+control\\b.*\\b(follow-up|report|review)\\b"
					+ "|\\b(follow-up|report)\\b.*\\binternal\\s+control\\b");

	/** How a paragraph speaks of the one control it reports on; "den interna kontrollen" is the nämnd's whole. */
	private static final Pattern ONE_CONTROL = Pattern.compile(
			"(?iu)(?<!interna\\s)\\b(kontrollen|granskningen|stickprovet|genomgången|avstämningen|inventeringen)\\b");
	/** "Status:", "Bedömning helår:": a label, not a sentence leading into a list ("Bedömningen görs i tre steg:"). */
	private static final int MAX_LABEL_WORDS = 2;
	private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+");
	/** A paragraph's opening status is a word or a few: "Ok, …", "Halvvägs. …", "Utgår – …". */
	private static final int MAX_OPENING_WORDS = 3;
	/** "… stickprov 15 ärenden [Genomförd]", "[ ]": the heading carries its control's status, with or without a paragraph. */
	private static final Pattern STATUS_IN_BRACKETS = Pattern.compile("\\S\\s*\\[[^\\[\\]]{0,40}\\]\\s*$");

	/** A heading line, the process in force above it, and the paragraphs under it. */
	static final class Heading {

		private final String text;
		private final int row;
		private final String processAbove;
		private final List<String> prose = new ArrayList<>();
		/** The measures listed under "Åtgärder:" below the paragraphs. */
		private final List<String> actions = new ArrayList<>();
		/** How the walk counted each paragraph: short sentences as section rows, longer ones as notes. */
		private final List<RowTally.Kind> proseKinds = new ArrayList<>();
		private int lastRow;

		Heading(String text, int row, String processAbove) {
			this.text = text;
			this.row = row;
			this.processAbove = processAbove == null ? "" : processAbove;
			this.lastRow = row;
		}

		String text() {
			return text;
		}

		/** A paragraph under the heading, counted as short sentences are (section rows) or longer ones (notes). */
		void paragraph(String line, int at) {
			prose.add(line);
			proseKinds.add(line.length() <= FormLines.MAX_HEADING_LENGTH ? RowTally.Kind.SEKTION : RowTally.Kind.NOT);
			lastRow = at;
		}

		int row() {
			return row;
		}

		String processAbove() {
			return processAbove;
		}

		List<String> prose() {
			return List.copyOf(prose);
		}

		/** How the walk counted each paragraph under the heading, to count them again as the control's. */
		List<RowTally.Kind> proseKinds() {
			return List.copyOf(proseKinds);
		}
	}

	private final Labels labels;
	private final Vocabulary meanings;
	private final HeaderDictionary dictionary;
	private final List<Heading> proseOnly = new ArrayList<>();
	/** Headings with nothing under them: in a report in prose, a control nothing was reported for. */
	private final List<Heading> bare = new ArrayList<>();
	private final List<Integer> controlsRead = new ArrayList<>();
	/** How deeply the headings naming blocks' controls are numbered ("2.1" → 2). */
	private final Set<Integer> controlDepths = new HashSet<>();
	private Heading current;
	private Heading aboveBlock;
	/** The line just read, when it is a heading too short to describe a control on its own. */
	private Heading shortAbove;
	/** Headings too short to describe a control on their own, with paragraphs under them. */
	private final List<Heading> shortWithProse = new ArrayList<>();
	private int headingsNamingBlocks;
	private int previousRow;

	/** @param meanings the status words and phrases a paragraph tells what became of a control by */
	HeadedControls(Labels labels, Vocabulary meanings, HeaderDictionary dictionary) {
		this.labels = labels;
		this.meanings = meanings;
		this.dictionary = dictionary;
	}

	/** A line of one cell outside any block: a heading, or a paragraph under the heading above it. */
	void line(String text, int row, String processAbove, boolean sentence) {
		if (sentence && current != null && current.lastRow == previousRow) {
			current.paragraph(text, row);
			return;
		}
		// "Handläggningstid för förhandsbedömningar" over its paragraphs and "Status: …", as the longer headings above
		// were: whether it names the block's control is told when the block starts.
		if (sentence && current == null && shortAbove != null && shortAbove.lastRow == previousRow) {
			shortAbove.paragraph(text, row);
			return;
		}
		close();
		if (shortAbove != null && !shortAbove.prose.isEmpty()) {
			shortWithProse.add(shortAbove);
		}
		current = sentence || !describesAControl(text) ? null : new Heading(text, row, processAbove);
		shortAbove = sentence || current != null || !isShortHeading(text) ? null : new Heading(text, row, processAbove);
	}

	/** The heading above names a control and its paragraphs reach the row: more of its report may follow. */
	boolean reportsUpTo(int row) {
		return current != null && !current.prose.isEmpty() && current.lastRow == row && namesAControl(current.text);
	}

	/** A measure under "Åtgärder:" in the report of the heading above, or the label itself (an empty text). */
	void action(String text, int row) {
		if (!text.isEmpty()) {
			current.actions.add(text);
		}
		current.lastRow = row;
	}

	/** A labelled block starts: the heading directly above it, if any, may name its control. */
	void blockStarts(int row) {
		// Paragraphs may stand between the heading and the block's lines ("Kontroll av … / Kontrollen gjordes av … /
		// Metod: … / Status: …"), though not under the document's title ("Uppföljning av internkontrollplan 2025").
		boolean directlyAbove = current != null && current.lastRow == previousRow
				&& (current.prose.isEmpty() || !TITLE.matcher(current.text).find());
		aboveBlock = directlyAbove ? current : null;
		if (directlyAbove) {
			current = null;
		}
		// "Loggkontroll i journalsystemet" over "Risk: … / Metod: … / Resultat: …", where longer headings, numbered as
		// deeply, named the blocks above: as short as a section's, but standing where the report names its controls.
		// So is a short heading right above a document's table ("Onödiga automatlarm faktureras"), which names the
		// table's control only where the table asks for its status (see forBlock).
		// Paragraphs may stand between such a heading and its block too, once longer headings named blocks.
		if (aboveBlock == null && shortAbove != null && shortAbove.lastRow == previousRow
				&& (headingsNamingBlocks > 0 && controlDepths.contains(depth(shortAbove.text))
						|| shortAbove.row == 0 && shortAbove.prose.isEmpty())) {
			aboveBlock = shortAbove;
		}
		shortAbove = null;
		close();
	}

	/**
	 * The heading that names the block's control: the block names none, or names only how it was checked
	 * ("Metod:"). Asked once per block.
	 * @param kontrollmomentLabel the block's own label for its kontrollmoment, or {@code null}
	 */
	/** @param statusLabel the block's status label, or null: a block reporting a status is one control's report */
	Optional<Heading> forBlock(String kontrollmomentLabel, String statusLabel) {
		Heading heading = aboveBlock;
		aboveBlock = null;
		// "Kontroll: Stickprov om 20 fakturor …" under "3.1 Attestering av leverantörsfakturor": a label less sure of
		// naming the control than "Kontrollmoment:" says how it is checked when a heading in the text names it (over a
		// table, "Kontroll 3 av 7" only counts the tables).
		// "Kontrollpunkt 1 – Tillsyn enligt LSO genomförs enligt tillsynsplan" over "Kontrollaktivitet: Jämförelse …":
		// a heading calling itself the control and stating it names it, and the block says how it is checked.
		boolean named = kontrollmomentLabel != null && !labels.isLabel(Labels.Kind.METOD, kontrollmomentLabel)
				&& (heading == null || heading.row() == 0 || !namesTheControlLoosely(kontrollmomentLabel))
				&& (heading == null || !statesTheControl(heading.text()));
		// Above a document's table (row 0), a heading names the control only of a form that says how it was checked,
		// or of one reporting a status under a heading of a few words that is no title or label ("Onödiga automatlarm
		// faktureras" over "Status | Ansvarig | Kommentar"): a table of counts or actions under "Antal kontroller per
		// status" names none.
		if (heading != null && heading.row() == 0 && kontrollmomentLabel == null
				&& (!asksTheStatus(statusLabel) || !isShortHeading(heading.text()))) {
			return Optional.empty();
		}
		// "Uppföljning av internkontrollplan 2025 – tertial 2" over "Ansvarig tjänsteperson: …": the report's title.
		Optional<Heading> naming = heading == null || named || REPORT_TITLE.matcher(heading.text()).find() ? Optional.empty()
				: Optional.of(heading);
		naming.ifPresent(h -> {
			controlDepths.add(depth(h.text()));
			headingsNamingBlocks++;
		});
		return naming;
	}

	/**
	 * "Status:", "Bedömning": a label asking for the control's status, not a status word counted in a summary ("Delvis
	 * genomförd | 2").
	 */
	private boolean asksTheStatus(String label) {
		return label != null && dictionary.score(label).stream()
			.anyMatch(s -> s.field() == Field.STATUS && s.synonym().equals(HeaderText.spaced(label)));
	}

	/** "Kontrollpunkt 1 – Tillsyn enligt LSO genomförs …": a numbered control's heading stating it in some words. */
	private static boolean statesTheControl(String heading) {
		Matcher m = NUMBERED_CONTROL.matcher(heading.strip());
		return m.matches() && m.group(1).split("\\s+").length >= MIN_WORDS_STATING;
	}

	/** "Kontroll", "Aktivitet": a label naming the kontrollmoment only as one of its weaker synonyms. */
	private boolean namesTheControlLoosely(String label) {
		double score = dictionary.score(label).stream()
			.filter(f -> f.field() == Field.KONTROLLMOMENT)
			.mapToDouble(HeaderDictionary.FieldScore::score)
			.max()
			.orElse(SURE_LABEL);
		return score < SURE_LABEL;
	}

	void controlRead(int row) {
		controlsRead.add(row);
	}

	/**
	 * The line just read under a heading turned out to be a control of its own ("Kontroll av … ." above its report):
	 * the heading above it is a section's, with no paragraphs of its own.
	 */
	void lineIsAControl(int row) {
		if (current != null && current.lastRow == row) {
			current = null;
		}
	}

	void passed(int row) {
		previousRow = row;
	}

	/**
	 * The headings with only paragraphs under them that name controls, as controls: the heading is the
	 * kontrollmoment, the paragraphs the result. Their rows are recounted in the tally.
	 * @param which which headings count when no labelled block shows the pattern
	 * @param legend the file's legend, whose symbols a paragraph may open with ("● Samtliga klagomål …")
	 */
	List<ControlRow> withProseOnly(String sheet, RowTally tally, ProseHeadings which, Legend legend) {
		close();
		if (shortAbove != null && !shortAbove.prose.isEmpty()) {
			shortWithProse.add(shortAbove);
			shortAbove = null;
		}
		List<Heading> chosen;
		if (controlsRead.isEmpty() && which == ProseHeadings.ALL) {
			// A report in prose alone: a control per heading that names one, when at least two do.
			List<Heading> naming = proseOnly.stream().filter(h -> namesAControl(h.text)).toList();
			if (naming.size() < 2) {
				return List.of();
			}
			// "1 Attest av leverantörsfakturor" among "2 Kassahantering i simhallen …", "3 Föreningsbidrag …": a
			// heading too short to name a control on its own does, numbered as they are, when its paragraphs report.
			// "1. Attest av fakturor" right before "2. Avgifter för hemtjänst …": in their numbering, though the paragraph
			// reports in words of its own; "6. Schemaläggning och bemanning i Time Care" between 5 and 7 with nothing
			// under it: a control nothing was reported for.
			Set<String> numbers = naming.stream().map(h -> number(h.text)).filter(n -> !n.isEmpty())
				.collect(Collectors.toSet());
			// "Inventering av konstsamlingen" over "Uppf.: Klart – …" between two controls named at length, in a list
			// without numbers in its text: a short name of a control of the same list, when its paragraph reports; so
			// is the first heading after the last of them ("Loggkontroll i verksamhetssystemet" over "Utgår – …").
			int first = naming.get(0).row;
			int last = naming.get(naming.size() - 1).row;
			int afterLast = firstHeadingAfter(last);
			Stream<Heading> shortAmong = shortWithProse.stream()
				.filter(h -> h.row > first && (h.row < last || h.row == afterLast) && reports(h.prose, legend));
			chosen = Stream.concat(Stream.concat(proseOnly.stream()
				.filter(h -> naming.contains(h) || numberedAsTheOthers(h.text, naming) && isShortHeading(h.text)
						&& (reports(h.prose, legend) || numbers.contains(neighbour(number(h.text), 1)))),
					bare.stream().filter(h -> namesAControl(h.text) && (numbers.contains(neighbour(number(h.text), 1))
							|| numbers.contains(neighbour(number(h.text), -1))))), shortAmong)
				.sorted(Comparator.comparingInt(h -> h.row))
				.toList();
		}
		else {
			// Beside tables of controls, a heading is also a control when its paragraphs report on it.
			// A heading numbered as the blocks' controls are ("1.1" beside "2.1 … Status: …") is a control too; one
			// without a number where every block's heading has one ("Så har uppföljningen gått till" before "1. Attest
			// …") introduces them.
			boolean blocksNumbered = headingsNamingBlocks >= 2 && !controlDepths.contains(0);
			// "Avtal med medlemskommunerna … följs upp" over "Uppföljningen är klar …" right after the last block,
			// whose "Bedömning:" line the sender left out: the list's last control when its paragraph says a status.
			int afterBlocks = controlsRead.size() >= 2 ? firstHeadingAfter(controlsRead.get(controlsRead.size() - 1))
					: -1;
			chosen = proseOnly.stream()
				.filter(h -> betweenBlocks(h) || h.row == afterBlocks
						&& namesAControl(h.text) && h.prose.stream().anyMatch(meanings::knows)
						|| (which != ProseHeadings.BETWEEN_BLOCKS && namesAControl(h.text)
						&& !(blocksNumbered && depth(h.text) == 0)
						&& !labels.startsWith(Labels.Kind.BEDOMNING, h.text)
						&& (reports(h.prose, legend) || numberedAsTheControls(h.text))))
				.toList();
		}
		// A control's heading was the last heading its successor saw: the process above both is the one above it.
		Map<String, String> processOfControl = new HashMap<>();
		chosen.forEach(h -> processOfControl.putIfAbsent(h.text, h.processAbove));
		List<ControlRow> controls = new ArrayList<>();
		for (Heading h : chosen) {
			Map<Field, String> values = new EnumMap<>(Field.class);
			values.put(Field.KONTROLLMOMENT, h.text);
			values.put(Field.RESULTAT, String.join("\n", h.prose));
			if (!h.actions.isEmpty()) {
				values.put(Field.ATGARD, String.join("\n", h.actions));
			}
			String process = h.processAbove;
			for (int hops = 0; processOfControl.containsKey(process) && hops < chosen.size(); hops++) {
				process = processOfControl.get(process);
			}
			if (!process.isEmpty()) {
				values.put(Field.PROCESS, process);
			}
			TableLayout layout = new TableLayout(h.row, Map.of(Field.KONTROLLMOMENT, 1, Field.RESULTAT, 1),
					Map.of(Field.KONTROLLMOMENT, HEADING, Field.RESULTAT, "stycket under rubriken"), Map.of());
			controls.add(new ControlRow(sheet, h.row, h.lastRow, values, List.of(), List.of(), layout));
			tally.reclassify(RowTally.Kind.SEKTION, RowTally.Kind.KONTROLL);
			h.proseKinds.forEach(kind -> tally.reclassify(kind, RowTally.Kind.FORTSATTNING));
		}
		return controls;
	}

	/** The row of the first heading of any kind after the row, or -1 when none follows. */
	private int firstHeadingAfter(int row) {
		return Stream.of(proseOnly, bare, shortWithProse).flatMap(List::stream).mapToInt(h -> h.row)
			.filter(r -> r > row).min().orElse(-1);
	}

	/** "1.1 …" where "2.1 …" and "3.2 …" name controls of blocks: as deeply numbered as they are. */
	private boolean numberedAsTheControls(String text) {
		int depth = depth(text);
		return depth >= 2 && controlDepths.contains(depth);
	}

	/** Numbered as deeply as at least two of the headings that name controls ("1" beside "2 …" and "3 …"). */
	private static boolean numberedAsTheOthers(String text, List<Heading> naming) {
		int depth = depth(text);
		return depth >= 1 && naming.stream().filter(h -> depth(h.text) == depth).count() >= 2;
	}

	/** The numbers heading the text: "1.1" for "1.1 Attest …", "" for "Attest …". */
	private static String number(String text) {
		return HeaderText.outlineNumber(text);
	}

	/** The number next to it by {@code step} at its last level: "2.4" for "2.3" and 1; "" when there is none. */
	private static String neighbour(String number, int step) {
		if (number.isEmpty()) {
			return "";
		}
		int dot = number.lastIndexOf('.');
		int last = Integer.parseInt(number.substring(dot + 1)) + step;
		return last < 1 ? "" : number.substring(0, dot + 1) + last;
	}

	/** How many numbers head the text: 2 for "1.1 Attest …", 0 for "Attest …". */
	private static int depth(String text) {
		String number = HeaderText.outlineNumber(text);
		return number.isEmpty() ? 0 : number.split("\\.").length;
	}

	private boolean betweenBlocks(Heading heading) {
		return controlsRead.size() >= 2 && heading.row > controlsRead.get(0)
				&& heading.row < controlsRead.get(controlsRead.size() - 1);
	}

	/**
	 * The paragraphs tell what became of the control: a status phrase about one control ("Kontrollen genomfördes i
	 * oktober", not "Förvaltningen har följt upp planen; alla kontroller är genomförda"), a status after a label
	 * ("Status: Grön."), or a legend's symbol opening the text.
	 */
	private boolean reports(List<String> paragraphs, Legend legend) {
		for (String paragraph : paragraphs) {
			String[] words = paragraph.strip().split("\\s+", 2);
			if ((meanings.knows(paragraph) && ONE_CONTROL.matcher(paragraph).find()) || legend.meaning(words[0]).isPresent()) {
				return true;
			}
			// "Ok, inga fel.", "Halvvägs. 9 av 18 …": the paragraph opens with what became of the control.
			String opening = ListedControl.openingClause(paragraph);
			if (!opening.isEmpty() && opening.split("\\s+").length <= MAX_OPENING_WORDS && meanings.knows(opening)) {
				return true;
			}
			for (String sentence : SENTENCE_END.split(paragraph)) {
				int colon = sentence.indexOf(':');
				if (colon > 0 && sentence.substring(0, colon).strip().split("\\s+").length <= MAX_LABEL_WORDS
						&& meanings.knows(sentence.substring(colon + 1).strip())) {
					return true;
				}
			}
		}
		return false;
	}

	private void close() {
		if (current != null && (!current.prose.isEmpty() || STATUS_IN_BRACKETS.matcher(current.text).find())) {
			proseOnly.add(current);
		}
		else if (current != null) {
			bare.add(current);
		}
		current = null;
	}

	/**
	 * Without a form around it, a heading names a control only as a kontrollmoment column's cell would: a statement
	 * of some length, not a numbered section ("2 Sammanfattande bedömning", "4 Förslag till åtgärder").
	 */
	boolean namesAControl(String text) {
		String t = text.strip().replaceFirst("^\\d+(\\.\\d+)*\\.?\\s+", "");
		// "1. Årsräkningar för 2024 granskas senast den 30 juni": numbered as a list's item, a heading with a year is
		// a title only where a period is named besides the year, and not as a deadline.
		boolean numbered = t.length() < text.strip().length();
		return t.length() >= MIN_STATEMENT_LENGTH && describesAControl(t) && !t.matches("(?s).*[.?!]$")
				&& !REPORT_TITLE.matcher(t).find()
				&& !(numbered ? namesAPeriodBesideTheYear(t) : namesTheReport(t));
	}

	/**
	 * "Verksamhetsberättelse 2025 – Kulturnämnden", "Delårsrapport 2025": the document's title, by its year; not a
	 * control's heading naming the year of what it prepares ("… inför valet 2026").
	 */
	private boolean namesTheReport(String text) {
		return HeaderText.lastYear(text) > 0 && dictionary.namesPeriod(text) && !YEAR_OF_AN_EVENT.matcher(text).find();
	}

	/** "Delårsrapport 2025" names a period besides its year; "för 2024 … senast den 30 juni" names a deadline. */
	private boolean namesAPeriodBesideTheYear(String text) {
		String besides = HeaderText.withoutYears(DEADLINE.matcher(text).replaceAll(" "));
		return HeaderText.lastYear(text) > 0 && dictionary.namesPeriod(besides);
	}

	/** "Loggkontroll i journalsystemet": a few words, no label, no title of the report, not its assessment. */
	private boolean isShortHeading(String text) {
		String t = text.strip();
		return t.split("\\s+").length >= 2 && !t.endsWith(":") && labels.parse(t).isEmpty()
				&& !REPORT_TITLE.matcher(t).find() && !namesTheReport(t)
				&& !labels.startsWith(Labels.Kind.BEDOMNING, t.replaceFirst("^\\d+(\\.\\d+)*\\.?\\s+", ""));
	}

	private boolean describesAControl(String text) {
		String t = text.strip();
		return t.split("\\s+").length >= MIN_WORDS && !t.endsWith(":") && labels.parse(t).isEmpty();
	}
}
