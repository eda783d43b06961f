package se.ikkonsolidering.layout;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One control's block of a form as it is read: its labelled fields ("Kontrollmoment: …", "Status delår: …"), the
 * lines under labels no field names, and the rows it spans.
 */
final class FormBlock {

	/** What a block says of an action: the action, who takes it, by when. */
	private static final Set<Field> ACTION_DETAILS = EnumSet.of(Field.ATGARD, Field.ANSVARIG, Field.STARTDATUM,
			Field.SLUTDATUM, Field.PROCESS);

	/** A label rating what a control found rather than saying whether it was done. */
	private static final Pattern RATING = Pattern.compile("(bedömning|omdöme|betyg)\\b");
	/** "Delvis", "Ja", "Ej genomförd": a status answered in a few words. */
	private static final int MAX_ANSWER_WORDS = 4;

	private final HeaderDictionary dictionary;
	private final FormLines lines;
	private final Map<Field, String> values = new EnumMap<>(Field.class);
	private final Map<Field, String> headers = new EnumMap<>(Field.class);
	/** A field given for several periods, as "Label: value" lines, the way a status per period column reads. */
	private final Map<Field, String> parts = new EnumMap<>(Field.class);
	private final List<String> statusFills = new ArrayList<>();
	/** Lines of the block under labels no field names, kept with its result, label and all, to be read and shown. */
	private final List<String> unnamed = new ArrayList<>();
	/** "Metod: stickprov …" of a block named by its heading: how the control is made, kept with what it found. */
	private String methodLine;
	/** How many unnamed lines stood above the block's first result or status label; -1 before that label. */
	private int unnamedAboveOutcome = -1;
	/** An unnamed line above the block's first result or status label opens with a status. */
	private boolean statusAboveOutcome;
	private int start;
	private int last;

	FormBlock(HeaderDictionary dictionary, FormLines lines) {
		this.dictionary = dictionary;
		this.lines = lines;
	}

	boolean isEmpty() {
		return headers.isEmpty();
	}

	/**
	 * A second label for a field the block already has under another name ("Kontrollmoment" and "Metod") takes
	 * its next field, or none: it is no new block.
	 */
	FormLines.Line unused(FormLines.Line l) {
		String seen = headers.get(l.field());
		// "Kontrollpunkt 2: …" after a block whose "Kontrollpunkt 1: …" gave way to its Kontrollmoment line: the next
		// block's heading.
		boolean nextHeading = headers.entrySet().stream()
			.anyMatch(e -> e.getKey() != l.field() && lines.sameLabel(e.getValue(), l.label()));
		if (seen == null || nextHeading || lines.sameLabel(seen, l.label())
				|| (l.field() != Field.KONTROLLMOMENT && l.field() != Field.RISK)) {
			return l;
		}
		if (FormLines.isNumbered(seen) && score(l.label(), l.field()) >= 1
				&& score(FormLines.unnumbered(seen), l.field()) < 1) {
			// "Kontrollpunkt 1: Hyresdebitering" over "Kontrollmoment: Avstämning av hyresdebitering mot …": the
			// numbered heading names what the control is about; the field's own word names the control.
			Field other = otherField(seen, l.field());
			headers.remove(l.field());
			String heading = values.remove(l.field());
			if (other != Field.IGNORERAS && heading != null) {
				headers.put(other, seen);
				values.put(other, heading);
			}
			return l;
		}
		return new FormLines.Line(otherField(l.label(), l.field()), l.kind(), l.label(), l.value(), l.valueCell());
	}

	/** The field a label names best after the given one, among those the block has not yet. */
	private Field otherField(String label, Field taken) {
		return dictionary.score(label).stream()
			.filter(f -> f.field() != taken && !headers.containsKey(f.field())
					&& f.score() >= FormLines.MIN_LABEL_SCORE / 2 && f.field() != Field.STATUSMARKERING
					&& !f.field().isCount())
			.max((a, b) -> Double.compare(a.score(), b.score()))
			.map(HeaderDictionary.FieldScore::field)
			.orElse(Field.IGNORERAS);
	}

	private double score(String label, Field field) {
		return dictionary.score(label).stream().filter(f -> f.field() == field)
			.mapToDouble(HeaderDictionary.FieldScore::score).max().orElse(0);
	}

	/** "Utfall T1: … / Utfall T2: … / Bedömning (1–3): 2": a status line after period lines makes them the result. */
	void statusAfterPeriodLines(FormLines.Line l) {
		if (l.field() == Field.STATUS && isResultPerPeriod(headers.get(Field.STATUS), l.label())) {
			headers.put(Field.RESULTAT, headers.remove(Field.STATUS));
			values.put(Field.RESULTAT, values.remove(Field.STATUS));
			Optional.ofNullable(parts.remove(Field.STATUS)).ifPresent(p -> parts.put(Field.RESULTAT, p));
		}
	}

	/**
	 * A status label naming no period after a period's label that may name a result as well ("Utfall T1" before
	 * "Bedömning"), in a block with no result yet.
	 */
	private boolean isResultPerPeriod(String seen, String label) {
		return seen != null && !values.containsKey(Field.RESULTAT) && values.containsKey(Field.STATUS)
				&& dictionary.namesPeriod(seen) && !dictionary.namesPeriod(label)
				&& dictionary.score(seen).stream()
					.anyMatch(f -> f.field() == Field.RESULTAT && f.score() >= FormLines.MIN_LABEL_SCORE);
	}

	/**
	 * Whether the line starts the next block: the same label again, or a process after a control. "Status delår:" then
	 * "Status helår:" are one field's periods. A process ("Område: Ekonomi") stands above its controls: after a control
	 * it starts the next block; right under a block's kontrollmoment ("Kontrollmoment: … / Process: Hemtjänst / Metod:
	 * …") it is the block's.
	 */
	boolean endsBefore(FormLines.Line l) {
		boolean nextProcess = l.field() == Field.PROCESS
				&& (values.containsKey(Field.KONTROLLMOMENT) || values.containsKey(Field.RISK))
				&& values.keySet().stream().anyMatch(f -> f != Field.KONTROLLMOMENT && f != Field.RISK);
		return (headers.containsKey(l.field()) && !isAnotherPeriod(l)) || nextProcess;
	}

	private boolean isAnotherPeriod(FormLines.Line l) {
		String seen = headers.get(l.field());
		return seen != null && !lines.sameLabel(seen, l.label())
				&& l.field() != Field.KONTROLLMOMENT && l.field() != Field.RISK;
	}

	/**
	 * A rating ("Bedömning:") after a status answered in a few words ("Utförd: Delvis"), neither label naming a period.
	 * After a status line telling what was done at length, or only a dash, the rating is the sender's status word.
	 */
	private boolean rates(FormLines.Line l) {
		String seen = headers.get(Field.STATUS);
		String answer = values.getOrDefault(Field.STATUS, "").strip();
		return l.field() == Field.STATUS && isAnotherPeriod(l) && !parts.containsKey(Field.STATUS)
				&& answer.codePoints().anyMatch(Character::isLetterOrDigit)
				&& answer.split("\\s+").length <= MAX_ANSWER_WORDS
				&& RATING.matcher(HeaderText.spaced(l.label())).lookingAt()
				&& !dictionary.namesPeriod(seen) && !dictionary.namesPeriod(l.label());
	}

	/** Takes a labelled field into the block on the given row. */
	void take(FormLines.Line l, int row) {
		if (headers.isEmpty()) {
			start = row;
		}
		last = row;
		if (rates(l)) {
			// "Utförd: Delvis" over "Bedömning: Slutförs Q1 2026": the first status line says whether the control was
			// done; a second one naming no period rates what it found, as part of the report.
			if (!l.value().isEmpty()) {
				unnamed.add(l.label() + ": " + l.value());
			}
			return;
		}
		if (isAnotherPeriod(l)) {
			// Each line keeps its label; an empty line adds nothing, unless it is a period's, whose blank matters.
			String seen = headers.get(l.field());
			String before = parts.containsKey(l.field()) ? parts.get(l.field())
					: values.containsKey(l.field()) || dictionary.namesPeriod(seen)
							? seen + ": " + values.getOrDefault(l.field(), "") : "";
			String now = l.value().isEmpty() && !dictionary.namesPeriod(l.label()) ? "" : l.label() + ": " + l.value();
			String joined = before.isEmpty() ? now : now.isEmpty() ? before : before + "\n" + now;
			parts.put(l.field(), joined);
			if (!joined.isEmpty()) {
				values.put(l.field(), joined);
			}
		}
		else {
			headers.put(l.field(), l.label());
			if (!l.value().isEmpty()) {
				values.put(l.field(), l.value());
			}
		}
		if ((l.field() == Field.RESULTAT || l.field() == Field.STATUS) && unnamedAboveOutcome < 0) {
			unnamedAboveOutcome = unnamed.size();
		}
		if (l.field() == Field.STATUS && l.valueCell().fill() != null) {
			statusFills.add(l.valueCell().fill());
		}
	}

	/**
	 * A line or paragraph of the block that no field names: part of what it reports.
	 * @param tells the line opens with a status ("Utfört under perioden: Utgår – …")
	 */
	void addUnnamed(String text, int row, boolean tells) {
		unnamed.add(text);
		last = row;
		statusAboveOutcome |= tells && unnamedAboveOutcome < 0;
	}

	/** A control written as a list item or paragraph, or as a sentence above its report: a block of its own. */
	void listed(ListedControl listed, String where, String reportWhere, int first, int lastRow) {
		start = first;
		last = lastRow;
		values.put(Field.KONTROLLMOMENT, listed.kontrollmoment());
		headers.put(Field.KONTROLLMOMENT, where);
		if (!listed.report().isEmpty()) {
			values.put(Field.RESULTAT, listed.report());
		}
		headers.put(Field.RESULTAT, reportWhere);
	}

	/** The status a heading over the block's list states for it. */
	void statedAbove(String heading, String where) {
		values.put(Field.STATUS, heading);
		headers.put(Field.STATUS, where);
	}

	/** The block's label for the field, or {@code null}. */
	String label(Field field) {
		return headers.get(field);
	}

	/**
	 * "Åtgärd: Ny checklista … – Status: Genomförd" under "Uppföljning av åtgärder från 2024": what is done about
	 * earlier findings, who does it and by when, and nothing of a control.
	 */
	boolean onlyActions() {
		return values.containsKey(Field.ATGARD) && ACTION_DETAILS.containsAll(values.keySet());
	}

	boolean reportsAnything() {
		return values.keySet().stream().anyMatch(f -> f != Field.PROCESS);
	}

	/** Whether anything says what became of the control yet: a status, a result or a deviation. */
	boolean reportsTheOutcome() {
		return values.keySet().stream().anyMatch(f -> f == Field.STATUS || f == Field.RESULTAT || f == Field.AVVIKELSE
				|| f == Field.STATUSMARKERING);
	}

	/** A label with a second field makes a block; "Risk | Sannolikhet | Konsekvens" alone is a table's header. */
	boolean hasSecondField() {
		return headers.keySet().stream().filter(f -> f != Field.PROCESS).count() >= 2 || !unnamed.isEmpty();
	}

	/**
	 * The heading above the block names its control ("Kontroll av att beslut … fattas enligt delegationsordningen"
	 * above "Metod: … / Status: …"): what the block's own kontrollmoment line says is part of its report.
	 */
	void namedByHeading(HeadedControls.Heading heading) {
		String method = headers.get(Field.KONTROLLMOMENT);
		if (method != null) {
			methodLine = method + ": " + values.getOrDefault(Field.KONTROLLMOMENT, "");
		}
		unnamed.addAll(0, heading.prose());
		unnamedAboveOutcome += unnamedAboveOutcome < 0 ? 0 : heading.prose().size();
		values.put(Field.KONTROLLMOMENT, heading.text());
		headers.put(Field.KONTROLLMOMENT, HeadedControls.HEADING);
		// A heading above a document's table has no row of the table: the block's first row stands for it.
		start = heading.row() > 0 ? heading.row() : start;
	}

	/** "Resultat: –": a value with no word or number in it answers nothing. */
	private static boolean answered(String value) {
		return value != null && value.codePoints().anyMatch(Character::isLetterOrDigit);
	}

	/** The block as a control, if it names one and reports more than that. */
	Optional<ControlRow> control(String sheet, String process, boolean secondField) {
		if (!(values.containsKey(Field.KONTROLLMOMENT) || values.containsKey(Field.RISK)) || !secondField
				|| !unnamed.isEmpty() && lines.countsOnly(unnamed)) {
			// A summary's count of the controls per status under a title ("Grön: 3 … Totalt: 8") reports no control.
			return Optional.empty();
		}
		Map<Field, String> fields = new EnumMap<>(values);
		// "Genomförande: Genomgång av samtliga beslut." above a "Resultat:" left empty, or holding only a dash: how the
		// control was to be made, which reports nothing.
		boolean unanswered = unnamed.size() == Math.max(unnamedAboveOutcome, 0) && !statusAboveOutcome
				&& !answered(values.get(Field.RESULTAT))
				&& !values.containsKey(Field.STATUS)
				&& (headers.containsKey(Field.RESULTAT) || headers.containsKey(Field.STATUS));
		List<String> reported = new ArrayList<>(unanswered ? List.of() : unnamed);
		if (methodLine != null && !unanswered) {
			// After what the control found: "Oklart. Rektorerna har …" under "Metod: rapport ur IST" opens the result
			// with the sender's status. Under a "Resultat:" left empty, how the control was to be made reports nothing.
			reported.add(methodLine);
		}
		if (!reported.isEmpty()) {
			String result = fields.getOrDefault(Field.RESULTAT, "");
			fields.put(Field.RESULTAT, (result.isEmpty() ? "" : result + "\n") + String.join("\n", reported));
		}
		if (!fields.containsKey(Field.PROCESS) && process != null && !process.isEmpty()) {
			fields.put(Field.PROCESS, process);
		}
		Map<Field, Integer> columns = new EnumMap<>(Field.class);
		headers.keySet().forEach(f -> columns.put(f, 1));
		// A form's label names its field as a header's heading does: "Status:" is a status asked for, as in a column.
		Map<Field, String> synonyms = new EnumMap<>(Field.class);
		headers.forEach((f, label) -> synonyms.put(f, HeaderText.spaced(label)));
		TableLayout layout = new TableLayout(start, columns, headers, synonyms);
		return Optional.of(new ControlRow(sheet, start, last, fields, statusFills, List.of(), layout));
	}
}
