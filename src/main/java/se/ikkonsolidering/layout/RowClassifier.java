package se.ikkonsolidering.layout;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import se.ikkonsolidering.ingest.RawCell;
import se.ikkonsolidering.ingest.RawRow;

/**
 * Decides what a row under a table's header is, trying the most specific rule first: a legend, a totals line, a
 * signature or date line, a heading or note on its own, a new control, a control's text continuing from the row
 * above, or nothing to keep. The rules' words are data ({@code etiketter.csv}).
 */
final class RowClassifier {

	/** A count opening a cell, before its breakdown: "9, varav …". */
	/** "4 av 6", "4/6": so many of so many, counted. */
	/** "Metod:", "Omfattning:": a label of a few words opening a cell. */
	private static final Pattern LABEL_OPENING = Pattern.compile("\\s*\\p{L}[\\p{L} /]{0,30}:\\s");
	/**
	 * "… i kolumnen Iakttagelser", "… under kolumnen 'Status'", "… i kommentarskolumnen": a sentence about one of the
	 * table's columns.
	 */
	private static final Pattern NAMES_A_COLUMN = Pattern
		.compile("(?u)\\b(i|under|se)\\s+(kolumn(en|erna)?\\s+['\"«]?\\p{Lu}|\\p{L}+kolumnen\\b)");
	private static final Pattern COUNT_OF = Pattern.compile("\\d{1,6}\\s*(?:av|/)\\s*\\d{1,6}");
	private static final Pattern LEADING_COUNT = Pattern.compile("\\d{1,6}\\s*[,:(]?\\s*");
	/** A footnote's mark opening a line: "* Genomförd med anmärkning", "¹ Avser helår". */
	private static final Pattern FOOTNOTE = Pattern.compile("[*¹²³†]+\\s+\\p{L}");
	/** "G=3, GA=1, P=1", "Klar: 5; Pågår: 2", "Klar 3 · Pågår 1", "Genomförda 5 av 10, pågående 2": counts, listed. */
	private static final Pattern COUNTS_LISTED = Pattern.compile(
			"(?:\\p{L}[\\p{L}\\p{N}]{0,19}(?: \\p{L}{1,20})?\\s*[=:]?\\s*\\d{1,4}(?:\\s*(?:av|/)\\s*\\d{1,4})?"
					+ "(?:\\s*[,;·|]\\s*|\\s*$)){2,}");
	/** Why a row with content but no control of its own, and none above it, was skipped. */
	static final String WITHOUT_CONTROL = "utan kontrollmoment eller risk";

	/** A group's heading is short and no sentence: "Tekniska nämnden (4)", not "Siffrorna avser helåret." */
	private static final int MAX_GROUP_HEADING = 80;
	private static final Pattern SENTENCE_END = Pattern.compile("[.!?:]\\s*$");
	/**
	 * A sentence going on in lower case ("veckor)", "tkr" alone on a wrapped line); "b) Ta upp …" is the next item of a
	 * list, not a continuation.
	 */
	private static final Pattern LOWER_CASE_WORD = Pattern.compile("\\p{Ll}\\p{L}*(?:[\\s,]|$)|\\p{Ll}\\p{L}+\\)");
	/** "Genomstruken kontroll = utgår", "Fet stil = ny kontroll 2025": a mark or sign and what it means. */
	private static final Pattern EXPLAINS = Pattern.compile("^[^=.]{1,40}\\s=\\s*\\p{L}");
	/** "Flera kontrollmoment avser valet 2026 …", "Övriga kontroller …": a sentence about the table's controls. */
	private static final Pattern ABOUT_THE_CONTROLS = Pattern.compile("(?iu)\\b(flera|samtliga|alla|övriga|dessa|vissa"
			+ "|några|resterande|kvarvarande)\\s+(kontrollmoment(en)?|kontroller(na)?|kontrollpunkter(na)?)\\b");
	/** "jag återkommer", "vi har": the sender speaking of themselves, as no control's text does. */
	private static final Pattern FIRST_PERSON = Pattern.compile("(?iu)\\b(jag|mig|vi|oss)\\b");
	private static final Pattern NUMBERED_HEADING = Pattern.compile("^\\d+(\\.\\d+)*\\.?\\s+\\p{L}.*", Pattern.DOTALL);
	/** "Motala 2026-01-20", "Herrljunga den 2025-09-08": a place and a date, where and when the report was signed. */
	private static final Pattern PLACE_AND_DATE = Pattern.compile(
			"\\p{Lu}\\p{L}+(?:[ -]\\p{Lu}\\p{L}+)?,?\\s+(?:den\\s+)?(19|20)\\d{2}-\\d{2}-\\d{2}");
	/** "Avstämd med förvaltningsledningen 2026-01-20": a day written in full, when the report was checked or sent. */
	private static final Pattern FULL_DATE = Pattern.compile("(?<!\\d)(19|20)\\d{2}-\\d{2}-\\d{2}(?!\\d)");
	/** "Sammanställt 2025-09-04, Per Sandberg, verksamhetscontroller": when the sheet was made, and by whom. */
	private static final Pattern MADE_ON = Pattern.compile("(?iu)(sammanställ|upprätta|ifyll|uppdatera|rapportera)"
			+ "\\p{L}*\\s+(den\\s+)?(19|20)\\d{2}-\\d{2}-\\d{2}(,\\s*[\\p{L} .-]{2,40}){0,2}\\.?");
	/** "Jonas Falk, förbundsekonom, 2025-09-02": who signed, their title and the day. */
	private static final Pattern NAME_TITLE_AND_DATE = Pattern.compile(
			"\\p{Lu}\\p{L}+(?:[ -]\\p{Lu}\\p{L}+){1,2},\\s*[\\p{L} -]{2,40},\\s*(?:den\\s+)?(19|20)\\d{2}-\\d{2}-\\d{2}");
	/** A title one signs with: "räddningschef", "ordförande", "kontrollansvarig". */
	private static final String TITLE = "(?:chef|ekonom|controller|ordförande|sekreterare|direktör|handläggare"
			+ "|samordnare|strateg|ansvarig)";
	/** "Valnämndens sekreterare, 2025-09-02": who signed by their title alone, and when. */
	private static final Pattern TITLE_AND_DATE = Pattern.compile("(?:\\p{L}+\\s+)?[\\p{L}-]*" + TITLE
			+ ",?\\s+(?:den\\s+)?(19|20)\\d{2}-\\d{2}-\\d{2}");
	/**
	 * "Jonas Vik, räddningschef", "Överförmyndarenheten, Karin Brännström", "Ordförande: Per-Olof Nyström": who signed,
	 * with their title or unit, on a line of its own.
	 */
	private static final Pattern NAME_AND_TITLE = Pattern.compile("\\p{Lu}\\p{L}+(?:[ -]\\p{Lu}\\p{L}+){1,2},\\s*"
			+ "[\\p{L}-]*" + TITLE
			+ "|\\p{Lu}\\p{L}*(?:enheten|förvaltningen|kontoret|avdelningen|staben),"
			+ "\\s*\\p{Lu}\\p{L}+(?:[ -]\\p{Lu}\\p{L}+){1,2}"
			+ "|(?iu:[\\p{L} -]*" + TITLE + "):\\s*\\p{Lu}\\p{L}+(?:[ -]\\p{Lu}\\p{L}+){1,2}");
	/** "© Stratsys AB", "Copyright 2025 Hypergene": the system's mark at a page's foot. */
	private static final Pattern COPYRIGHT = Pattern.compile("(?iu)(©|\\(c\\)|copyright\\b).{0,60}");
	/** "Sida 2 av 3", "Sid 2 (3)", "Page 2 of 3": a printed page's number. */
	static final String PAGE = "(sida|sid\\.?|page)\\s+\\d{1,3}(\\s*(av|of|/)\\s*\\d{1,3}|\\s*\\(\\d{1,3}\\))?";
	private static final Pattern PAGE_NUMBER = Pattern.compile("(?iu)" + PAGE);
	/** A page's footer line: who, what and when at the left, its page number last. */
	private static final int MAX_PAGE_LINE_CELLS = 4;
	/** "Kvarnby kommun          Sida 2 (2)": a printed page's header in one cell of a text laid out with spaces. */
	private static final Pattern PAGE_LINE_IN_ONE_CELL = Pattern.compile("(?iu).{1,80}?\\s{3,}" + PAGE);
	/** "Ansvarig:", "Kontrollansvarig:": a label is a word or two before its colon. */
	private static final int MAX_LABEL_LENGTH = 25;
	/** A note signed like a mail, "… om verkstan /Micke": someone's message, not a control. */
	private static final Pattern SIGNED = Pattern.compile("\\s/{1,2}\\s?\\p{Lu}\\p{L}{0,15}\\.?$");
	/** A line signed as a mail is: a slash, then a name and perhaps a title ("/Anders VD-assistent", "//Lena"). */
	private static final Pattern SIGN_OFF = Pattern.compile("/{1,2}\\s?\\p{Lu}\\p{L}{1,15}(\\s+[\\p{L}-]+){0,3}");
	/** "(Exempel) Attest av …": a word in brackets before the control's text. */
	private static final Pattern OPENING_BRACKET = Pattern.compile("^[(\\[]");
	/** A single long text in a non-key column is prose (a note), not a section title. */
	private static final int MAX_SECTION_LENGTH = 250;
	/** Totals and signature lines are short; a control that starts with "Antal" or "Datum" is a sentence. */
	private static final int MAX_TOTAL_LENGTH = 60;
	private static final Pattern LEADING_DIGIT = Pattern.compile("\\s*\\d");

	private final Labels labels;
	private final HeaderDictionary dictionary;
	private final RowTypeColumn rowTypes;

	RowClassifier(Labels labels, HeaderDictionary dictionary) {
		this.labels = labels;
		this.dictionary = dictionary;
		this.rowTypes = new RowTypeColumn(dictionary, labels);
	}

	/**
	 * What the walk knows about the rows before this one.
	 *
	 * @param previousStatus the status cell of the control above's first row, empty when it had none
	 * @param noColourSpeaks the file's legend says what a cell without colour means
	 */
	record Context(boolean hasControl, boolean afterGap, boolean inNotes, boolean previousHadId,
			String previousStatus, String previousKontrollmoment, String previousId, boolean noColourSpeaks) {
	}

	/** Row types that report on the control above rather than name something of their own. */
	private static final Set<Field> REPORT_ROWS = EnumSet.of(Field.RESULTAT, Field.STATUS, Field.PERIOD);
	/** The fields a labelled line under a control reports on it by: "Status: Genomförd", "Resultat: …". */
	private static final Set<Field> REPORTS = EnumSet.of(Field.RESULTAT, Field.STATUS, Field.AVVIKELSE);

	/** A report filter's choice of every value: "(Alla)", "(All)", "(Samtliga)". */
	private static final Pattern FILTER_CHOICE = Pattern
		.compile("(?iu)\\(\\s*(alla|all|samtliga|flera objekt|multiple items)\\s*\\)");

	/** A short name, then a dash and a title: "Överförmyndarnämnden – uppföljning tertial 2". */
	private static final Pattern NAMED_PART = Pattern.compile("[\\p{L}][\\p{L} -]{2,40}\\s[–—]\\s");
	/** A nämnd's, bolag's or förbund's name alone: "Socialnämnden", "Orust Kommunfastigheter AB". */
	private static final Pattern ORGANISATION = Pattern
		.compile("(?u)\\p{Lu}[\\p{L} -]{1,50}(nämnden|styrelsen|förbundet|förvaltningen|bolaget| AB)");
	/** What a colour of a key means is said in a few words: "Brister som åtgärdas", "Allvarliga brister". */
	private static final int MAX_KEY_MEANING = 60;
	/** A word or a few, with no digit: no control's number ("KS1", "2.3", "A"). */
	private static final Pattern WORD_NOT_NUMBER = Pattern.compile("[\\p{L}][\\p{L}\\s–-]{4,}");

	/** Dashes, equals signs or underscores drawing a line between a text export's header and its rows. */
	private static final Pattern RULE_LINE = Pattern.compile("[-=_–—+|.* ]{3,}");

	sealed interface Verdict {
	}

	/** A new control starts on this row. */
	record Start(Map<Field, RawCell> cells) implements Verdict {
	}

	/** The row adds text to the control above. */
	record Continue(Map<Field, RawCell> cells) implements Verdict {
	}

	/**
	 * A governance system's row reporting on the control above for one period ("Uppföljning | … | Tertial 1 2025 | Gul |
	 * Stickprov påbörjat."): the control as that period saw it.
	 */
	record Report(Map<Field, RawCell> cells) implements Verdict {
	}

	/** A heading that sets the process of the rows below. */
	record Section(String process) implements Verdict {
	}

	/**
	 * A governance system's row naming whose rows follow ("Samhällsbyggnadsförvaltningen | Förvaltning"): it heads the
	 * group of rows below, across its process headings, up to the next such row.
	 */
	record Group(String heading) implements Verdict {
	}

	/** A labelled value inside the table ("Bedömning: Tillräcklig"). */
	record Labelled(Labels.Kind kind, String value) implements Verdict {
	}

	/** "Kommentarer:" on its own: the rows below are notes until the next control. */
	record Notes() implements Verdict {
	}

	/** Not part of any control; counted under its kind, with a reason when it was skipped. */
	record Other(RowTally.Kind kind, String reason, boolean endsControl) implements Verdict {
	}

	Verdict classify(RawRow row, TableLayout layout, Context context) {
		List<RawCell> fresh = row.nonBlankCells().stream().filter(c -> !c.mergedFromAbove()).toList();
		if (fresh.isEmpty()) {
			return new Other(RowTally.Kind.HOPPAD, "med bara sammanslagna celler", false);
		}
		if (fresh.stream().allMatch(c -> RULE_LINE.matcher(c.text().strip()).matches())) {
			// "--------- | -----" under a text export's header: a ruled line, no row of the table.
			return new Other(RowTally.Kind.RUBRIK, null, false);
		}
		if (fresh.size() >= 2 && fresh.stream().allMatch(c -> FILTER_CHOICE.matcher(c.text().strip()).matches())) {
			// "(Alla) | (Alla) | …" under a report's header: the filter each column was printed with, no control.
			return new Other(RowTally.Kind.RUBRIK, null, false);
		}
		String first = fresh.get(0).text().strip();
		Optional<String> ownTitle = context.hasControl() ? Optional.empty() : titleOfTheFollowUp(row, layout);
		if (ownTitle.isPresent()) {
			// "Uppföljning internkontrollplan 2025 – helår | | 68 % | | 2025-01-01 | 2025-12-31" under a project tool's
			// header: the plan's own row above its tasks, whose title names the year and period followed up.
			return new Labelled(Labels.Kind.PERIOD, ownTitle.get());
		}
		if ((!context.hasControl() || context.inNotes()) && isColourKey(row, fresh, layout)) {
			// "▇ | Inga brister" under the table: a colour and what it means, a line of the legend.
			return new Other(RowTally.Kind.FORKLARING, null, true);
		}
		if (fresh.size() == 1 && COPYRIGHT.matcher(first).matches()) {
			return new Other(RowTally.Kind.RUBRIK, null, true);
		}
		if (fresh.size() <= 2 && fresh.stream().anyMatch(c -> PAGE_NUMBER.matcher(c.text().strip()).matches())
				|| fresh.size() <= MAX_PAGE_LINE_CELLS
						&& PAGE_NUMBER.matcher(fresh.get(fresh.size() - 1).text().strip()).matches()
				|| fresh.size() == 1 && PAGE_LINE_IN_ONE_CELL.matcher(first).matches()) {
			// "Utskrivet 2025-09-11 | Sida 1 av 2", "Älvsby kommun – Kommunstyrelsen | Diarienummer KS 2025/48 |
			// 2026-02-03 | Sida 1 (2)": a printed page's footer, between a control's lines.
			return new Other(RowTally.Kind.RUBRIK, null, false);
		}
		// "Tekniska nämnden | | | Antal kontrollmoment: 7": the nämnd or process a row repeats is no part of its total.
		List<RawCell> own = fresh.stream().filter(c -> layout.fieldAt(c.column()).filter(Field::fillsDown).isEmpty())
			.toList();
		if (isTotal(first, fresh) || (!own.isEmpty() && own.size() < fresh.size()
				&& isTotal(own.get(0).text().strip(), own))) {
			return new Other(RowTally.Kind.SUMMA, null, true);
		}
		if (fresh.size() <= 2 && first.length() <= MAX_TOTAL_LENGTH * 2 && labelsASignature(first)) {
			return new Other(RowTally.Kind.SIGNATUR, null, true);
		}
		if ((fresh.size() == 1 || fresh.size() == 2 && fresh.get(1).text().strip().length() <= MAX_TOTAL_LENGTH)
				&& (PLACE_AND_DATE.matcher(first).matches() || NAME_TITLE_AND_DATE.matcher(first).matches()
						|| TITLE_AND_DATE.matcher(first).matches())) {
			// "Motala 2026-01-20" under the table, perhaps with the name of who signed: where and when it was signed.
			return new Other(RowTally.Kind.SIGNATUR, null, true);
		}
		if (fresh.size() == 1 && (SIGN_OFF.matcher(first).matches() || NAME_AND_TITLE.matcher(first).matches()
				|| MADE_ON.matcher(first).matches())) {
			// "/Anders VD-assistent" under the table, signed as a mail is, or "Jonas Vik, räddningschef".
			return new Other(RowTally.Kind.SIGNATUR, null, true);
		}
		if (isSingleValue(fresh) && (labels.startsWith(Labels.Kind.INSTRUKTION, first)
				|| NAMES_A_COLUMN.matcher(first).find())) {
			// "Avvikelser som upptäcks beskrivs i kolumnen Iakttagelser / kommentar." under the table: how to read it.
			return new Other(RowTally.Kind.NOT, null, true);
		}
		if (isSingleValue(fresh) && labels.startsWith(Labels.Kind.FORKLARING, first)) {
			// "Statuskoder: se flik Förklaring" under the table points to the legend.
			return new Other(RowTally.Kind.FORKLARING, null, true);
		}
		if (fresh.size() == 2 && first.endsWith(":") && labels.startsWith(Labels.Kind.FORKLARING, first)) {
			// "Statusalternativ: | Genomförd / Pågår / Ej påbörjad / Utgår" under the table: the answers to choose
			// from.
			return new Other(RowTally.Kind.FORKLARING, null, true);
		}
		if (isSingleValue(fresh) && first.length() <= MAX_TOTAL_LENGTH * 2
				&& labels.mentions(Labels.Kind.HANVISNING, first)) {
			return new Other(RowTally.Kind.FORKLARING, null, true);
		}
		if (isSingleValue(fresh) && labels.mentions(Labels.Kind.BEDOMNINGSMENING, first)) {
			return new Labelled(Labels.Kind.BEDOMNING, first);
		}
		if (fresh.size() == 2 && first.endsWith(":") && labels.isLabel(Labels.Kind.NAMND, first)) {
			// "Nämnd: | Miljö- och byggnämnden (MBN)" between an export's sections: the nämnd of the rows below.
			return new Labelled(Labels.Kind.NAMND, fresh.get(1).text().strip());
		}
		// "Nämndens samlade bedömning | Den interna kontrollen bedöms …": a label naming the assessment, its sentence,
		// perhaps merged across the rest of the row; "Kommunstyrelsens samlade bedömning av den interna kontrollen
		// 2025: | Tillräcklig": its label and its word.
		List<RawCell> values = FormLines.withoutMergedRepeats(fresh);
		if (values.size() == 2 && (labels.isLabel(Labels.Kind.BEDOMNING, first)
				|| labels.mentions(Labels.Kind.BEDOMNING, first) && (first.endsWith(":")
						|| labels.mentions(Labels.Kind.BEDOMNINGSMENING, values.get(1).text())))) {
			return new Labelled(Labels.Kind.BEDOMNING, values.get(1).text().strip());
		}
		List<RawCell> unnumbered = fresh.stream()
			.filter(c -> layout.fieldAt(c.column()).filter(Field.ID::equals).isEmpty())
			.toList();
		if (unnumbered.size() == fresh.size() - 1 && unnumbered.size() >= 2 && isSingleValue(unnumbered)
				&& unnumbered.get(0).mergedAcross() && FormLines.withoutMergedRepeats(fresh).size() == 2) {
			// "1 | Ekonomiskt bistånd" merged across the rest of the row over "1.1", "1.2": a numbered process heading.
			return new Section(unnumbered.get(0).text().strip());
		}
		if (isSingleValue(fresh) && isBand(row, fresh.get(0), layout)) {
			// A shaded band across the table with one heading: a group of rows begins, after totals too.
			return new Section(first);
		}
		if (isSingleValue(fresh)) {
			Optional<Verdict> single = single(fresh.get(0), layout, context);
			if (single.isPresent()) {
				return single.get();
			}
		}
		Map<Field, RawCell> byField = RowFields.of(row, layout, labels, dictionary::periodKey, context.noColourSpeaks());
		RawCell text = byField.get(Field.KONTROLLMOMENT);
		Optional<String> action = context.hasControl() ? actionOf(text) : Optional.empty();
		if (action.isPresent()) {
			// "Åtgärd: Mall för beslut införs i Treserva | Enhetschef | Pågår | 2026-03-31" under a control: the
			// control's action (who takes it, how far it came and by when are the action's, not the control's).
			return new Continue(Map.of(Field.ATGARD, new RawCell(text.column(), action.get(), null, false, false, false)));
		}
		RawCell typeCell = byField.get(Field.RADTYP);
		Optional<Field> rowType = Optional.ofNullable(typeCell).flatMap(c -> rowTypes.typeOf(c.text()));
		if (typeCell != null && rowType.isEmpty() && labels.startsWith(Labels.Kind.SUMMA, typeCell.text())
				&& layout.evidence().get(Field.RADTYP) == ColumnEvidence.INNEHALL) {
			// "Summering | Summering Bygglovshantering | … | 1 av 2 kontrollmoment klara": the process summed up.
			return new Other(RowTally.Kind.SUMMA, null, true);
		}
		if (typeCell != null && !typeCell.isBlank() && rowType.isEmpty() && context.hasControl() && text != null
				&& !text.isBlank() && layout.evidence().get(Field.RADTYP) == ColumnEvidence.INNEHALL) {
			// "Stickprov | Stickprov 3: vecka 41 – differens 450 kr", "Sammanfattning | Sammantaget: delvis genomförd": in
			// a column found to name each row's kind by the fields most kinds are, a row of a kind no field names reports
			// on the control above, in its own words. Under a heading "Radtyp", a kind of its own ("Plan") is a control's.
			return new Continue(Map.of(Field.RESULTAT, text));
		}
		if (typeCell != null && !typeCell.isBlank() && rowType.isEmpty() && !context.hasControl()
				&& layout.evidence().get(Field.RADTYP) == ColumnEvidence.INNEHALL) {
			// "Plan | Internkontrollplan 2025" above the first process: a level of the tree above the controls.
			return new Other(RowTally.Kind.SEKTION, null, false);
		}
		if (rowType.isPresent() && REPORT_ROWS.contains(rowType.get()) && context.hasControl()) {
			// "Resultat | Stickprov av 20 beslut … | Genomförd" under "Kontroll | Kontroll av att …": the report's
			// text in the control's column is what the row's kind names, no new kontrollmoment; "Uppföljning |
			// Delår 2025 | | Genomförd" names the period it reports.
			if (fresh(byField, Field.KONTROLLMOMENT)) {
				String said = byField.get(Field.KONTROLLMOMENT).text().strip();
				boolean period = said.length() <= MAX_LABEL_LENGTH && dictionary.namesPeriod(said);
				Field field = period ? Field.PERIOD : rowType.get();
				if ((period || field != Field.PERIOD) && !fresh(byField, field)) {
					Map<Field, RawCell> report = new EnumMap<>(byField);
					report.put(field, report.remove(Field.KONTROLLMOMENT));
					return new Report(report);
				}
			}
			return new Report(byField);
		}
		if (rowType.isPresent() && rowType.get() != Field.KONTROLLMOMENT) {
			// A governance system's process row heads the controls below it, as its nämnd or förvaltning row heads its
			// processes; its action rows are no controls.
			return rowType.get() == Field.PROCESS && text != null ? new Section(text.text().strip())
					: rowType.get() == Field.NAMND && text != null ? new Group(text.text().strip())
					: new Other(RowTally.Kind.NOT, null, false);
		}
		if (text != null && !text.mergedFromAbove() && namesTheColumn(text.text())) {
			// "Kontrollmoment | Jan | Feb …" under a group heading the header was found on: headings, not a control.
			return new Other(RowTally.Kind.RUBRIK, null, true);
		}
		if (text != null
				&& labels.startsWith(Labels.Kind.EXEMPEL, OPENING_BRACKET.matcher(text.text().strip()).replaceFirst(""))
				|| fresh.stream().anyMatch(this::marksAnExample)) {
			// "Exempel: Kontroll av att närvarolistor sparas", "(Exempel) Attest av …", or "Ex." in the number column,
			// shows how to fill in the template.
			return new Other(RowTally.Kind.NOT, null, true);
		}
		RawCell controlCell = byField.get(Field.KONTROLLMOMENT);
		if (controlCell != null && !controlCell.mergedFromAbove()
				&& labels.isLabel(Labels.Kind.NOT, controlCell.text().strip())) {
			// "Övrigt | | Förvaltningen har under perioden bytt controller …": a note at the table's end, no control.
			return new Other(RowTally.Kind.NOT, null, true);
		}
		if (isCount(byField.get(Field.KONTROLLMOMENT)) && blank(byField.get(Field.STATUS))) {
			// "Delvis/pågående | 2" in a summary block below the table: the count stands where the controls' text does.
			return new Other(RowTally.Kind.SUMMA, null, true);
		}
		if (isTheNextPoint(byField, context)) {
			// "Kontrollmoment | Kontrollpunkt | Svar": the control's text said again, or merged down, beside its next
			// point, the point's answer, and the control's own status and comment said again.
			Map<Field, RawCell> point = new EnumMap<>(byField);
			point.remove(Field.KONTROLLMOMENT);
			return new Continue(point);
		}
		if (isAPointInTheControlsColumn(byField, layout, context)) {
			// "Kontrollmoment / kontrollpunkt | Svar | Samlad status": "1.1 Är fakturan attesterad? | Ja" under
			// "1 Attest av leverantörsfakturor | | Genomförd": a point of the control, answered, in its column.
			Map<Field, RawCell> point = new EnumMap<>(byField);
			point.put(Field.KONTROLLPUNKT, point.remove(Field.KONTROLLMOMENT));
			point.remove(Field.ID);
			return new Continue(point);
		}
		if (isASampleOfTheControlAbove(byField, layout, context)) {
			// "1.1 | Stickprov 1 – lev.faktura 25-03112 | Utan anmärkning" under "1 | Attest av leverantörsfakturor |
			// … | Genomförd med anmärkning": a sample the control was checked on, its answer in the control's columns;
			// the control's own status and result stand.
			Map<Field, RawCell> point = new EnumMap<>(Field.class);
			point.put(Field.KONTROLLPUNKT, byField.get(Field.KONTROLLMOMENT));
			if (fresh(byField, Field.RESULTAT)) {
				point.put(Field.SVAR, byField.get(Field.RESULTAT));
			}
			return new Continue(point);
		}
		boolean newText = fresh(byField, Field.KONTROLLMOMENT) || fresh(byField, Field.RISK);
		// A number alone is no control ("Åsby 2026-01-22" in the number column under the table); with more it is.
		boolean newId = fresh(byField, Field.ID) && byField.entrySet().stream()
			.anyMatch(e -> e.getKey() != Field.ID && !e.getKey().fillsDown() && fresh(byField, e.getKey()));
		boolean newKey = newText || newId;
		RawCell id = byField.get(Field.ID);
		if (newText && context.hasControl() && !context.afterGap() && !fresh(byField, Field.ID)
				&& (id == null || id.isBlank() || id.mergedFromAbove()) && !blank(text)
				&& (labelsAReport(text.text().strip()) || labelsAPeriodsReport(text.text().strip()))) {
			// "Uppföljning helår: Stickprov 20 fakturor … | 1" in the control's column under its row, its number merged
			// down over both: the control's own follow-up line, with its assessment beside it.
			return new Continue(byField);
		}
		if (newText && context.hasControl() && !context.afterGap() && id != null && id.mergedFromAbove()
				&& !fresh(byField, Field.STATUS) && !blank(text)
				&& LABEL_OPENING.matcher(text.text()).lookingAt()) {
			// "Metod: Stickprov 15 elever …" under the control, its number merged down over both rows and no status of
			// its own: how the control was made, no control of its own, nor part of its name.
			Map<Field, RawCell> method = new EnumMap<>(byField);
			method.remove(Field.KONTROLLMOMENT);
			return new Continue(method);
		}
		if (newKey && !continuesAbove(byField, layout, context)) {
			return new Start(byField);
		}
		boolean newContent = byField.entrySet().stream()
			.anyMatch(e -> !e.getKey().fillsDown() && !e.getValue().isBlank() && !e.getValue().mergedFromAbove());
		if (newContent && context.hasControl() && !context.afterGap()) {
			return new Continue(byField);
		}
		if (newContent && (context.hasControl() || context.afterGap())) {
			return new Other(RowTally.Kind.NOT, null, true);
		}
		return newContent ? new Other(RowTally.Kind.HOPPAD, WITHOUT_CONTROL, false)
				: new Other(RowTally.Kind.HOPPAD, "med text utanför tabellens kolumner", false);
	}

	/** A governance system's row whose type column names what it is ("Område", "Kontrollmoment", "Uppföljning"). */
	boolean namesItsType(RawRow row, TableLayout layout) {
		return layout.has(Field.RADTYP) && row.cell(layout.columns().get(Field.RADTYP))
			.flatMap(c -> rowTypes.typeOf(c.text())).isPresent();
	}

	/** The kontrollmoment column's cell holds a heading for it ("Kontrollmoment", "Aktivitet"), not a control. */
	private boolean namesTheColumn(String text) {
		if (text.length() > MAX_TOTAL_LENGTH) {
			// Most kontrollmoment cells are sentences; the longest heading for the column is half this.
			return false;
		}
		String spaced = HeaderText.spaced(text);
		return dictionary.score(text).stream()
			.anyMatch(s -> s.field() == Field.KONTROLLMOMENT && s.synonym().equals(spaced) && s.score() >= 0.9);
	}

	/** "Ansvarig: …": a label naming a column other than the control's, with its value. */
	/** "Status: Genomförd", "Resultat:": a label of what became of a control, before its value or none. */
	private boolean labelsAReport(String text) {
		return labelledFields(text).stream().anyMatch(REPORTS::contains);
	}

	/** "Kommentar", "Uppföljning": a label naming one of the fields, loosely so, as a column's heading would. */
	private boolean names(String label, Set<Field> fields) {
		String spaced = HeaderText.spaced(label);
		return dictionary.score(label).stream()
			.anyMatch(s -> fields.contains(s.field()) && s.synonym().equals(spaced)
					&& s.score() >= FormLines.MIN_LABEL_SCORE);
	}

	/** "Uppföljning helår: …": a report's label, loosely so, with the period it reports on. */
	private boolean labelsAPeriodsReport(String text) {
		int colon = text.indexOf(':');
		if (colon <= 0 || colon > MAX_LABEL_LENGTH || dictionary.periodKey(text.substring(0, colon)).isEmpty()) {
			return false;
		}
		return names(dictionary.withoutPeriods(text.substring(0, colon)), REPORTS);
	}

	/** "Ansvarig: Camilla Sandström": a label of a field other than the control's, before its value. */
	private boolean labelsAnotherField(String text) {
		return text.indexOf(':') != text.length() - 1
				&& labelledFields(text).stream().anyMatch(f -> f != Field.KONTROLLMOMENT);
	}

	/** The fields the words before the text's colon name as a whole heading would, none when no label leads it. */
	private List<Field> labelledFields(String text) {
		int colon = text.indexOf(':');
		if (colon <= 0 || colon > MAX_LABEL_LENGTH) {
			return List.of();
		}
		String label = text.substring(0, colon);
		String spaced = HeaderText.spaced(label);
		return dictionary.score(label).stream()
			.filter(s -> s.synonym().equals(spaced) && s.score() >= 0.9)
			.map(HeaderDictionary.FieldScore::field)
			.toList();
	}

	/** A number alone, or a share: no control's text. */
	private static boolean isCount(RawCell cell) {
		return cell != null && !cell.mergedFromAbove() && cell.text().strip().matches("\\d{1,6}(\\s?%)?");
	}

	/**
	 * "Summa: 11", "Antal genomförda: 4", "Genomförandegrad totalt | 64 %", or "Summa" alone in a cell with counts
	 * beside it.
	 */
	private boolean isTotal(String first, List<RawCell> fresh) {
		String[] words = first.split("\\s+");
		// "Summa …" or "Genomförandegrad totalt": the word for a sum leads or ends the label.
		boolean sumWord = labels.startsWith(Labels.Kind.SUMMA, first)
				|| labels.startsWith(Labels.Kind.SAMMANSTALLNING, first)
				|| (words.length > 1 && labels.isLabel(Labels.Kind.SUMMA, words[words.length - 1]));
		// "Summa Byggnads- och miljönämnden: 5 kontrollmoment, varav 2 utförda": a long label, and a count after it.
		int colon = first.indexOf(':');
		boolean countAfterLabel = colon > 0 && LEADING_DIGIT.matcher(first.substring(colon + 1)).lookingAt();
		if (!sumWord || first.length() > MAX_TOTAL_LENGTH && !countAfterLabel) {
			return false;
		}
		// The label merged across several columns is one cell; the counts stand beside it.
		boolean counted = first.chars().anyMatch(Character::isDigit) || fresh.stream().skip(1)
			.filter(c -> !(c.mergedAcross() && c.text().strip().equals(first)))
			.allMatch(c -> isCountOrSubtotal(c.text().strip()));
		return counted || labels.isLabel(Labels.Kind.SUMMA, first);
	}

	/**
	 * "8", "64 %", "4 av 6", a subtotal in a cell of its own beside the total ("Varav genomförda: 4"), a count and
	 * its breakdown ("9, varav 5 klara, 1 påbörjad"), or counts per status ("G=3, GA=1, P=1").
	 */
	private boolean isCountOrSubtotal(String text) {
		Matcher count = LEADING_COUNT.matcher(text);
		return text.matches("[\\d\\s%.,]+") || COUNT_OF.matcher(text).matches() || COUNTS_LISTED.matcher(text).matches()
				|| (text.length() <= MAX_TOTAL_LENGTH
				&& labels.startsWith(Labels.Kind.SUMMA, text) && text.chars().anyMatch(Character::isDigit))
				|| (count.lookingAt() && labels.startsWith(Labels.Kind.SUMMA, text.substring(count.end())));
	}

	/**
	 * One control's text split over several physical rows, as a table pasted from Word does: under a numbered control,
	 * a row with no number and no status of its own continues it; so does a text that starts in lower case after one
	 * that did not end.
	 */
	private static boolean continuesAbove(Map<Field, RawCell> byField, TableLayout layout, Context context) {
		RawCell id = byField.get(Field.ID);
		boolean noId = layout.has(Field.ID) && context.previousHadId()
				&& (id == null || id.isBlank() && !id.mergedFromAbove());
		// A status on the row is the next control's, unless the control above has none yet (Word wrapped it down).
		// Nor does a row that opens a process of its own: a wrapped text never changes process. Without a number of
		// its own, a process or status going on in lower case ("Gatu- och" over "parkdrift", "Delvis" over "genomförd")
		// is wrapped too, as a PDF converted back wraps every column; so is one going on below a status broken at a
		// hyphen ("Ej genom-" over "förd" in a fixed-width text).
		boolean brokenStatus = context.previousStatus().endsWith("-");
		if (!context.hasControl() || context.afterGap()
				|| fresh(byField, Field.PROCESS) && !(noId && wrapped(byField.get(Field.PROCESS)))
				|| (!blank(byField.get(Field.STATUS)) && !context.previousStatus().isEmpty()
						&& !((noId || brokenStatus) && wrapped(byField.get(Field.STATUS))))) {
			return false;
		}
		RawCell text = byField.get(Field.KONTROLLMOMENT);
		if (noId) {
			// "a) Ekonomisystemet" under "11 | Behörigheter i verksamhetssystem …": a lettered part of its own.
			return blank(text) || !ControlAssembler.LETTERED_PART.matcher(text.text().strip()).matches();
		}
		String previous = context.previousKontrollmoment().strip();
		return !blank(text) && wrapped(text) && !previous.isEmpty()
				&& ".:;!?".indexOf(previous.charAt(previous.length() - 1)) < 0;
	}

	private static boolean wrapped(RawCell cell) {
		return LOWER_CASE_WORD.matcher(cell.text().strip()).lookingAt();
	}

	/** A point of the control above: its text in the point's column, the control's text blank, merged or the same. */
	private static boolean isTheNextPoint(Map<Field, RawCell> byField, Context context) {
		RawCell text = byField.get(Field.KONTROLLMOMENT);
		RawCell id = byField.get(Field.ID);
		return context.hasControl() && fresh(byField, Field.KONTROLLPUNKT) && (id == null || id.isBlank())
				&& (text == null || text.isBlank() || text.mergedFromAbove()
						|| HeaderText.spaced(text.text()).equals(HeaderText.spaced(context.previousKontrollmoment())));
	}

	/**
	 * A table whose points stand in the control's own column, answered in a column of their own ("Svar"): a row with
	 * no status of its own, numbered under the control ("1.1" under "1"), or without numbers and answered.
	 */
	private static boolean isAPointInTheControlsColumn(Map<Field, RawCell> byField, TableLayout layout,
			Context context) {
		if (!layout.has(Field.SVAR) || layout.has(Field.KONTROLLPUNKT) || !context.hasControl()
				|| !fresh(byField, Field.KONTROLLMOMENT) || fresh(byField, Field.STATUS)) {
			return false;
		}
		RawCell id = byField.get(Field.ID);
		return id != null && !id.isBlank() ? !context.previousId().isEmpty()
				&& ControlAssembler.isUnder(id.text().strip(), context.previousId().replaceAll("\\.$", ""))
				: fresh(byField, Field.SVAR);
	}

	/**
	 * A row under a control that names one of its samples or checkpoints: numbered under it ("1.1" under "1") with no
	 * status or responsible of its own where the table has a status column.
	 */
	private static boolean isASampleOfTheControlAbove(Map<Field, RawCell> byField, TableLayout layout,
			Context context) {
		if (!context.hasControl() || !fresh(byField, Field.KONTROLLMOMENT) || fresh(byField, Field.ANSVARIG)
				|| layout.has(Field.KONTROLLPUNKT) || !layout.has(Field.STATUS) || fresh(byField, Field.STATUS)) {
			return false;
		}
		RawCell id = byField.get(Field.ID);
		return id != null && !id.isBlank() && !context.previousId().isEmpty()
				&& ControlAssembler.isUnder(id.text().strip(), context.previousId().replaceAll("\\.$", ""));
	}

	private static boolean fresh(Map<Field, RawCell> byField, Field field) {
		RawCell cell = byField.get(field);
		return cell != null && !cell.isBlank() && !cell.mergedFromAbove();
	}

	/** The action a control's text cell labels as one ("Åtgärd: Veckovis bevakningslista"), if it does. */
	private Optional<String> actionOf(RawCell text) {
		return text == null ? Optional.empty()
				: labels.parse(text.text().strip())
					.filter(l -> l.kind() == Labels.Kind.ATGARD && !l.value().isEmpty())
					.map(Labels.Labelled::value);
	}

	/** A cell saying only that its row is the template's example: "Ex.", "(exempel)". */
	private boolean marksAnExample(RawCell cell) {
		return labels.isLabel(Labels.Kind.EXEMPEL, cell.text().replaceAll("[().:]", " "));
	}

	private static boolean blank(RawCell cell) {
		return cell == null || cell.isBlank();
	}

	/**
	 * A row with one value: a "Process:" or goal row, a heading merged across the table, a label, a note. Empty when it
	 * is an ordinary data row after all (a control with only its kontrollmoment filled in, a continuation of a text
	 * column).
	 */
	private Optional<Verdict> single(RawCell cell, TableLayout layout, Context context) {
		String text = cell.text().strip();
		Optional<Field> field = layout.fieldAt(cell.column());
		if (context.hasControl() && !context.afterGap() && field.filter(f -> f == Field.KONTROLLMOMENT).isPresent()
				&& labelsAReport(text)) {
			// "Resultat: Samtliga 18 ansökningar …", "Status: Genomförd" on rows of their own under the control's, in
			// its column: the control's own lines, read as one cell's labelled lines are.
			return Optional.of(new Continue(Map.of(Field.KONTROLLMOMENT, cell)));
		}
		// In a text column of the table, "Kommentar: …" is content; as a heading it is a label.
		boolean heading = cell.mergedAcross() || field.isEmpty() || field.get() == Field.PROCESS || cell.column() == 0;
		Optional<Labels.Labelled> label = heading ? labels.parse(text) : Optional.empty();
		if (label.isPresent() && label.get().kind() == Labels.Kind.SEKTION && !label.get().value().isEmpty()) {
			return Optional.of(new Section(label.get().value()));
		}
		// A report tool's filter line ("Nämnd är Socialnämnden") is a label without a colon.
		int colon = text.indexOf(':');
		if (label.isPresent() && !label.get().value().isEmpty() && cell.mergedAcross() && context.hasControl()
				&& !context.afterGap() && colon > 0 && names(text.substring(0, colon), Set.of(Field.RESULTAT))) {
			// "Kommentar: Granskningen är genomförd. …" across the table under a control's row: its comment.
			return Optional.of(new Continue(Map.of(Field.RESULTAT, new RawCell(cell.column(), label.get().value(),
					cell.fill(), false, false, false))));
		}
		// "* Genomförd med anmärkning, se iakttagelser." under the table: the footnote to a "Ja*" above.
		if ((label.isPresent() && label.get().kind() == Labels.Kind.NOT)
				|| (heading && labels.isLabel(Labels.Kind.NOT, text)) || FOOTNOTE.matcher(text).lookingAt()) {
			return Optional.of(new Notes());
		}
		if (label.isPresent() && label.get().kind() == Labels.Kind.INLINE_RESULTAT && !label.get().value().isEmpty()
				&& context.hasControl() && cell.mergedAcross()) {
			// "Beskrivning och resultat av kontrollaktivitet: VB: … T2: …" across the control's table, under its row:
			// the control's result.
			return Optional.of(new Continue(Map.of(Field.RESULTAT, new RawCell(cell.column(), label.get().value(),
					cell.fill(), false, false, false))));
		}
		if (label.isPresent() && label.get().kind() != Labels.Kind.INLINE_RESULTAT && !label.get().value().isEmpty()) {
			return Optional.of(new Labelled(label.get().kind(), label.get().value()));
		}
		// "Valnämnden" alone in the number column (a PDF's page shifted a column): a word, no number, heads the rows below.
		boolean wordInIdColumn = field.isPresent() && field.get() == Field.ID && WORD_NOT_NUMBER.matcher(text).matches();
		heading = heading && (field.isEmpty() || !field.get().isKey() || cell.mergedAcross()) || wordInIdColumn;
		// Below totals a short heading still opens the next group of rows ("Tekniska nämnden (4)"); other text is a note.
		boolean groupHeading = heading && text.length() <= MAX_GROUP_HEADING && !SENTENCE_END.matcher(text).find();
		if (heading && cell.mergedAcross() && text.length() <= MAX_SECTION_LENGTH
				&& (NAMED_PART.matcher(text).lookingAt() || ORGANISATION.matcher(text).matches())) {
			// "Överförmyndarnämnden – internkontrollplan 2025, uppföljning tertial 2", "Orust Kommunfastigheter AB"
			// across the table, after a gap too: the heading of the next part of the sheet, named before the dash or
			// by whose it is, not a note.
			return Optional.of(new Section(text));
		}
		if ((context.inNotes() && !groupHeading)
				|| (text.length() > MAX_SECTION_LENGTH && (heading || !field.get().isKey()))) {
			return Optional.of(new Other(RowTally.Kind.NOT, null, true));
		}
		if (context.afterGap() && context.hasControl() && (field.isEmpty() || !field.get().isKey())) {
			return Optional.of(new Other(RowTally.Kind.NOT, null, true));
		}
		if (context.afterGap() && EXPLAINS.matcher(text).find()) {
			// "Genomstruken kontroll = utgår enligt nämndbeslut" under the table: what a mark in it means.
			return Optional.of(new Other(RowTally.Kind.FORKLARING, null, true));
		}
		if (context.afterGap() && context.hasControl()
				&& (ABOUT_THE_CONTROLS.matcher(text).find() || FIRST_PERSON.matcher(text).find())) {
			// "Flera kontrollmoment avser valet 2026 och följs upp i helårsuppföljningen.", "Bibliotekets kontroll har
			// jag inte fått in ännu, jag återkommer om den." alone under the table: a note on its controls, or the
			// sender speaking to the reader, no control of its own.
			return Optional.of(new Other(RowTally.Kind.NOT, null, true));
		}
		if (context.afterGap() && FULL_DATE.matcher(text).find()) {
			// "Uppföljningen redovisas till nämnden 2025-09-24." alone under the table, under its legend too: when the
			// report was checked, signed or presented, no control.
			return Optional.of(new Other(RowTally.Kind.SIGNATUR, null, true));
		}
		if (context.afterGap() && (SIGNED.matcher(text).find() || labelsAnotherField(text))) {
			// "Ansvarig: Camilla Sandström, ekonomichef" under the table and its legend: who answers for the report.
			return Optional.of(new Other(RowTally.Kind.NOT, null, true));
		}
		boolean numbered = NUMBERED_HEADING.matcher(text).matches();
		if (numbered && (heading || !field.get().isKey())) {
			return Optional.of(new Other(RowTally.Kind.SEKTION, null, true));
		}
		if (heading) {
			return Optional.of(new Section(text));
		}
		return Optional.empty();
	}

	/**
	 * "Upprättad av:", and "Uppföljningen sammanställd av:" naming what was signed before the label: who signed the
	 * report, whose name follows.
	 */
	private boolean labelsASignature(String text) {
		return labels.startsWith(Labels.Kind.SIGNATUR, text)
				|| text.endsWith(":") && labels.mentions(Labels.Kind.SIGNATUR, text);
	}

	/** One text in the table's first column and the same fill across most of the table's width. */
	private static boolean isBand(RawRow row, RawCell text, TableLayout layout) {
		int left = layout.leftmostColumn();
		int right = layout.rightmostColumn();
		if (text.fill() == null || text.column() != left || right - left < 2) {
			return false;
		}
		long shaded = row.cells().stream()
			.filter(c -> c.column() > left && c.column() <= right && c.isBlank() && text.fill().equals(c.fill()))
			.count();
		return shaded * 2 >= right - left;
	}

	private static boolean isSingleValue(List<RawCell> fresh) {
		return fresh.stream().map(c -> c.text().strip()).distinct().count() == 1
				&& (fresh.size() == 1 || fresh.get(0).mergedAcross());
	}

	/**
	 * With no control being read, a row whose text names a year and a period as a title does and that reports nothing,
	 * not even who answers: the title of the follow-up as a project tool's top row holds it, not a control.
	 */
	private Optional<String> titleOfTheFollowUp(RawRow row, TableLayout layout) {
		String text = layout.column(Field.KONTROLLMOMENT).map(row::text).orElse("").strip();
		// A title has no label and no sentence: "Summa: 5 av 10 … Uppföljning helår redovisas i februari 2026." is none.
		if (text.isEmpty() || text.indexOf(':') >= 0 || text.endsWith(".")) {
			return Optional.empty();
		}
		String withoutYears = HeaderText.withoutYears(text);
		if (withoutYears.equals(text) || !dictionary.namesPeriod(withoutYears)) {
			return Optional.empty();
		}
		boolean reports = List.of(Field.STATUS, Field.RESULTAT, Field.AVVIKELSE, Field.ANSVARIG, Field.ID).stream()
			.flatMap(field -> layout.column(field).stream())
			.anyMatch(column -> !row.text(column).isBlank());
		return reports ? Optional.empty() : Optional.of(text);
	}

	/**
	 * A cell filled with a colour and nothing written in it, then one short text to its right, and the colour not in
	 * the status column: a colour key's line ("▇ | Brister som åtgärdas"), not a control coloured by its status. Looked
	 * for where no control is being read: under a heading or a note below the table.
	 */
	private static boolean isColourKey(RawRow row, List<RawCell> fresh, TableLayout layout) {
		if (fresh.size() != 1 || fresh.get(0).text().strip().length() > MAX_KEY_MEANING) {
			return false;
		}
		List<RawCell> swatches = row.cells().stream().filter(c -> c.isBlank() && c.fill() != null).toList();
		return swatches.size() == 1 && swatches.get(0).column() < fresh.get(0).column()
				&& layout.fieldAt(swatches.get(0).column())
					.filter(f -> f == Field.STATUS || f == Field.STATUSFARG || f == Field.STATUSMARKERING).isEmpty();
	}

	/** "-------------": a printed rule between a report's header, its rows and its end; no heading, no row. */
	static boolean isRule(String text) {
		return RULE_LINE.matcher(text.strip()).matches();
	}
}
