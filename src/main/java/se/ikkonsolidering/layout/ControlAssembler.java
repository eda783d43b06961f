package se.ikkonsolidering.layout;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import se.ikkonsolidering.ingest.RawCell;

/**
 * Builds the controls of one sheet from its classified rows: a control's start row and continuation rows become one
 * control; a process cell left blank or merged over several rows is carried down; a section heading sets the process
 * of the rows below; a result written inside the kontrollmoment cell is split out.
 */
final class ControlAssembler {

	/** "Ekonomi och administration", "Myndighetsutövning": a group of controls is named in a few words. */
	private static final int MAX_GROUP_WORDS = 4;
	/** "se ovan", "som ovan", "dito": a status said again from the row above. */
	private static final String SAID_AS_ABOVE = "(?:(?:se|som|samma\\s+som)\\s+ovan\\.?|dito\\.?|d:o|〃)";
	private static final Pattern AS_ABOVE = Pattern.compile("(?iu)" + SAID_AS_ABOVE);
	/** The words a status said again stands with: "klart (se ovan)". */
	private static final Pattern SAID_AGAIN = Pattern.compile("(?iu)\\s*\\(" + SAID_AS_ABOVE + "\\)$");
	/** What a sub-control's number adds to its parent's: ".1", " a", "b". */
	private static final Pattern SUB_NUMBER = Pattern.compile("\\.\\d{1,2}(\\.\\d{1,2})*\\.?|\\.?\\s?\\p{Ll}\\)?");
	/** "a)", "a": the first of a control's lettered parts, under the control's number or opening its text. */
	private static final Pattern FIRST_LETTER = Pattern.compile("a[.)]?");
	/** "a) Ekonomisystemet": a lettered part of the control above, its letter opening its text. */
	static final Pattern LETTERED_PART = Pattern.compile("(\\p{Ll}\\))\\s+\\S.*", Pattern.DOTALL);
	/** "Inköp och upphandling", "IT-behörigheter och dataskydd": a level's name alone on its row is that short. */
	private static final int MAX_NAME_WORDS = 3;
	/** A text ending a sentence is a control's, not a level's name. */
	private static final Pattern SENTENCE = Pattern.compile("[.!?:;]\\s*$");
	/** Where one sentence of a paragraph ends and the next starts. */
	private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+");
	/** "GENOMFÖRDA (5)": a group heading's count of its rows. */
	private static final Pattern GROUP_COUNT = Pattern.compile("\\s*\\(\\d+\\)\\s*$");
	/** "Delvis genomförda / pågående": a status heading is a few words. */
	private static final int MAX_STATUS_HEADING = 40;
	/** "2. Räddningsinsats", "3 Myndighetsutövning": an outline number and a name of a few words. */
	private static final Pattern NUMBERED_NAME = Pattern
		.compile("\\d+(\\.\\d+)*\\.?\\s+\\p{L}[\\p{L}-]*(\\s+\\p{L}[\\p{L}-]*){0,2}");
	/** A sentence, a number, a label or a check ("Kontroll av jävsdeklarationer"): no name of a group of controls. */
	private static final Pattern NOT_A_NAME = Pattern.compile(SENTENCE.pattern() + "|\\d|(?iu)\\bkontroll");

	private final String sheet;
	private final Labels labels;
	private final Vocabulary statuses;
	/** The status the group heading or sheet name above the rows states, and where it stands; "" when none. */
	private String statusAbove = "";
	private String statusAboveWhere = "";
	/** A sentence above the table on what was done with all the plan's controls, and where it stands; "" if none. */
	private String statusOfAll = "";
	private String statusOfAllWhere = "";
	private final List<ControlRow> controls = new ArrayList<>();
	private final Map<Field, String> carried = new EnumMap<>(Field.class);
	private TableLayout layout;
	private String sectionProcess = "";
	/** The risk and risk value of a risk level's row over the controls below it, until the next section. */
	private final Map<Field, String> sectionRisk = new EnumMap<>(Field.class);
	/** The line above this table's header in a sheet of several tables ("KULTUR- OCH FRITIDSNÄMNDEN"), or "". */
	private String tableHeading = "";
	private ControlBuilder current;
	/** The control whose report rows are coming, one per period, each read as that control; null between them. */
	private ControlBuilder reportedOn;
	/** Rows of a short name alone ("Leverantörsfakturor"), held back until a row shows whether they head it. */
	private final List<ControlBuilder> loneNames = new ArrayList<>();
	private boolean lastReportHadPeriod;
	private boolean currentHadId;
	/** The status cell of the current control's first row, blank when it had none. */
	private String currentStatus = "";

	/**
	 * @param statuses the status words: a sheet named by one ("Klara", "Ej klara") holds controls with that status
	 */
	ControlAssembler(String sheet, Labels labels, Vocabulary statuses) {
		this.sheet = sheet;
		this.labels = labels;
		this.statuses = statuses;
		if (namesAStatus(sheet)) {
			statusAbove = sheet.strip();
			statusAboveWhere = "fliknamnet: " + sheet.strip();
		}
	}

	/**
	 * A group heading or sheet name that is a status ("GENOMFÖRDA (5)", "Ej genomförda", "Klara"), perhaps with the
	 * group's count: the status of the controls under it that have none of their own.
	 */
	private boolean namesAStatus(String heading) {
		String text = withoutCount(heading);
		return !text.isEmpty() && text.length() <= MAX_STATUS_HEADING && !SENTENCE.matcher(text).find()
				&& statuses.knows(text);
	}

	/** A heading standing right above the table: the status of its controls when it names one. */
	void statusAbove(String heading, String where) {
		if (namesAStatus(heading)) {
			statusAbove = withoutCount(heading);
			statusAboveWhere = where + ": " + heading.strip();
		}
	}

	/**
	 * A paragraph above the table saying what was done with every control of the plan ("Samtliga kontrollmoment har
	 * genomförts under perioden och inte föranlett några anmärkningar."): the status of its controls that report
	 * nothing of their own, as a nämnd sends its adopted plan with one sentence over it. A sentence that excepts some
	 * ("… utom lex Sarah") or speaks of what is to come says nothing of each.
	 */
	void statusOfAll(String paragraph, String where) {
		for (String sentence : SENTENCE_END.split(paragraph.strip())) {
			if (labels.startsWith(Labels.Kind.SAMTLIGA, sentence)
					&& labels.mentions(Labels.Kind.SAMTLIGA_UTFALL, sentence)
					&& !labels.mentions(Labels.Kind.FORBEHALL, sentence)) {
				statusOfAll = sentence.strip();
				statusOfAllWhere = where;
			}
		}
	}

	private static String withoutCount(String heading) {
		return GROUP_COUNT.matcher(heading).replaceFirst("").strip();
	}

	void newTable(TableLayout header) {
		layout = header;
		reportedOn = null;
		carried.clear();
		sectionRisk.clear();
	}

	/**
	 * The control being built, when it is the one line right above a table's header and holds nothing but its text
	 * ("KLF IT och informationssäkerhet" over the next table of a sheet of tables): that table's heading, no control.
	 * @return whether it was dropped
	 */
	boolean dropAsHeading(int row) {
		if (current == null || current.firstRow() != row || current.lastRow() != row || !loneNames.isEmpty()) {
			return false;
		}
		boolean onlyText = holdsOnlyItsText();
		if (onlyText) {
			current = null;
		}
		return onlyText;
	}

	/**
	 * The control being built, when it is one line of nothing but a numbered name ("2. Räddningsinsats") right above a
	 * section's "Process: …" row: the heading of the part of the sheet that starts, no control.
	 * @return whether it was dropped
	 */
	boolean dropAsNumberedHeading() {
		if (current == null || current.firstRow() != current.lastRow() || currentHadId || !loneNames.isEmpty()) {
			return false;
		}
		boolean heading = holdsOnlyItsText()
				&& NUMBERED_NAME.matcher(current.values().getOrDefault(Field.KONTROLLMOMENT, "").strip()).matches();
		if (heading) {
			current = null;
		}
		return heading;
	}

	/** The control being built has its text and nothing else but the values filled down from above. */
	private boolean holdsOnlyItsText() {
		return current.values().entrySet().stream()
			.allMatch(e -> e.getKey() == Field.KONTROLLMOMENT || e.getKey().fillsDown() || e.getValue().isBlank());
	}

	/** The heading of the table that starts, in a sheet of tables one under the other, each under its own heading. */
	void tableHeading(String heading) {
		tableHeading = heading;
	}

	/**
	 * Starts a control on the row.
	 * @return how many rows above turned out to be headings, no controls but the process of the rows below: a heading
	 *         over numbered sub-controls ("2 Avvikelsehantering" above "2.1 …", "2.2 …"), or the short names of a
	 *         system's levels alone on their rows above a control that reports
	 */
	int start(int row, Map<Field, RawCell> cells) {
		RawCell id = cells.get(Field.ID);
		int headings = 0;
		String number = id == null ? outlineNumber(cells.get(Field.KONTROLLMOMENT))
				: id.isBlank() ? letter(cells.get(Field.KONTROLLMOMENT)) : id.text().strip();
		if (!number.isEmpty() && isParentHeading(number)) {
			sectionProcess = current.values().get(Field.KONTROLLMOMENT);
			carried.remove(Field.PROCESS);
			current = null;
			headings = 1;
		}
		else if (current != null && !currentHadId && isARiskLevel(current.values(), cells)) {
			// "Beslut fattas utan delegation | | 9" over "Stickprov av beslut … | Enhetschef | | (grön)": a system's
			// risk, named with its risk value on a row of its own, over the controls meeting it.
			sectionRisk.clear();
			sectionRisk.put(Field.RISK, current.values().get(Field.KONTROLLMOMENT));
			sectionRisk.put(Field.RISKVARDE, current.values().get(Field.RISKVARDE));
			current = null;
			headings = 1;
		}
		else if (current != null && !currentHadId && isAName(current.values())) {
			if (reports(cells)) {
				// "Inköp och upphandling" alone on its row, and the rows above it alone too, over a control with its
				// method, responsible and status: headings of a system's levels, not controls left unreported.
				loneNames.add(current);
				sectionProcess = current.values().get(Field.KONTROLLMOMENT);
				carried.remove(Field.PROCESS);
				headings = loneNames.size();
				loneNames.clear();
				current = null;
			}
			else if (isAName(texts(cells))) {
				loneNames.add(current);
				current = null;
			}
		}
		if (!loneNames.isEmpty() && current != null) {
			flushLoneNames();
		}
		finishCurrent();
		reportedOn = null;
		current = new ControlBuilder(row);
		current.take(asAbove(cells));
		currentHadId = id != null && !id.isBlank();
		RawCell status = cells.get(Field.STATUS);
		currentStatus = status == null ? "" : status.text().strip();
		return headings;
	}

	/**
	 * "se ovan", "som ovan", "dito" in the status column: the control above's status said again, kept with the words
	 * that said so ("klart (se ovan)").
	 */
	private Map<Field, RawCell> asAbove(Map<Field, RawCell> cells) {
		RawCell status = cells.get(Field.STATUS);
		if (status == null || !AS_ABOVE.matcher(status.text().strip()).matches() || controls.isEmpty()) {
			return cells;
		}
		String above = SAID_AGAIN.matcher(controls.get(controls.size() - 1).value(Field.STATUS).strip()).replaceFirst("");
		if (above.isEmpty() || above.contains("\n")) {
			return cells;
		}
		Map<Field, RawCell> said = new EnumMap<>(cells);
		said.put(Field.STATUS, new RawCell(status.column(), above + " (" + status.text().strip() + ")", status.fill(),
				status.mergedFromAbove(), status.mergedAcross(), status.error()));
		return said;
	}

	/**
	 * A name and a risk value and nothing more, over a row that reports and has no risk value of its own: the risk
	 * level of a system's report, whose controls follow.
	 */
	private static boolean isARiskLevel(Map<Field, String> values, Map<Field, RawCell> next) {
		String name = values.getOrDefault(Field.KONTROLLMOMENT, "").strip();
		boolean nameAndRiskValue = !name.isEmpty() && !values.getOrDefault(Field.RISKVARDE, "").isBlank()
				&& values.entrySet().stream().allMatch(e -> e.getKey() == Field.KONTROLLMOMENT
						|| e.getKey() == Field.RISKVARDE || e.getKey().fillsDown() || e.getValue().isBlank());
		RawCell nextValue = next.get(Field.RISKVARDE);
		return nameAndRiskValue && !SENTENCE.matcher(name).find() && reports(next)
				&& (nextValue == null || nextValue.isBlank());
	}

	/** A short name and nothing more of a control's: a few words, no sentence, no number. */
	private static boolean isAName(Map<Field, String> values) {
		String text = values.getOrDefault(Field.KONTROLLMOMENT, "").strip();
		// "Fastighet | | 33 %": a project tool's group of tasks keeps the share of them done, rolled up.
		String rolledUp = values.getOrDefault(Field.ANDEL, "");
		return !text.isEmpty() && text.split("\\s+").length <= MAX_NAME_WORDS && !NOT_A_NAME.matcher(text).find()
				&& values.entrySet().stream().allMatch(e -> e.getKey() == Field.KONTROLLMOMENT || e.getKey().fillsDown()
						|| e.getValue().isBlank() || e.getKey() == Field.ANDEL
						|| e.getKey() == Field.STATUS && e.getValue().equals(rolledUp));
	}

	private static Map<Field, String> texts(Map<Field, RawCell> cells) {
		Map<Field, String> texts = new EnumMap<>(Field.class);
		cells.forEach((field, cell) -> texts.put(field, cell.text()));
		return texts;
	}

	/** The row reports on its control or names who answers for it, beyond its text and number. */
	private static boolean reports(Map<Field, RawCell> cells) {
		return cells.entrySet().stream().anyMatch(e -> e.getKey() != Field.KONTROLLMOMENT && e.getKey() != Field.ID
				&& !e.getKey().fillsDown() && e.getKey() != Field.RADTYP && !e.getValue().isBlank());
	}

	/** The short names held back, after all read as the controls they are: nothing came under them. */
	private void flushLoneNames() {
		ControlBuilder held = current;
		for (ControlBuilder name : loneNames) {
			current = name;
			finishCurrent();
		}
		loneNames.clear();
		current = held;
	}

	/**
	 * The control being built has only a number and a text, or a name as short as a process's and no one answering for
	 * it ("1 Ekonomi och administration" with the status a governance system sums up from its controls), and the new
	 * row's number is one of its sub-numbers.
	 */
	private boolean isParentHeading(String newId) {
		if (current == null) {
			return false;
		}
		Map<Field, String> values = current.values();
		String text = values.getOrDefault(Field.KONTROLLMOMENT, "");
		String parent = (values.containsKey(Field.ID) ? values.get(Field.ID).strip() : HeaderText.outlineNumber(text))
			.replaceAll("\\.$", "");
		boolean onlyNumberAndText = values.containsKey(Field.KONTROLLMOMENT) && values.keySet().stream()
			.allMatch(f -> f == Field.ID || f == Field.KONTROLLMOMENT || f.fillsDown());
		boolean namesAGroup = !text.isEmpty() && !values.containsKey(Field.ANSVARIG)
				&& text.split("\\s+").length <= MAX_GROUP_WORDS && !values.containsKey(Field.RESULTAT);
		// "3.2 Informationssäkerhet i journalföringen | MAS | | Se delkontroller 3.2.1–3.2.3": the sub-checks report,
		// the parent has no status of its own.
		boolean reportsNoStatus = currentStatus.isEmpty();
		// "3 | Avtalstrohet vid inköp" over "a) | Inköp av konsulttjänster …": parts lettered under a number.
		return (onlyNumberAndText || namesAGroup || reportsNoStatus) && !parent.isEmpty()
				&& (isUnder(newId, parent) || FIRST_LETTER.matcher(newId).matches());
	}

	/** "2.1" under "2", "3.2.1" under "3.2", "1.1 a" and "1.1b" under "1.1". */
	static boolean isUnder(String number, String parent) {
		return number.startsWith(parent) && SUB_NUMBER.matcher(number.substring(parent.length())).matches();
	}

	private static String outlineNumber(RawCell cell) {
		String number = cell == null ? "" : HeaderText.outlineNumber(cell.text());
		return number.isEmpty() ? letter(cell) : number;
	}

	/** "a)" of "a) Ekonomisystemet", or "". */
	private static String letter(RawCell cell) {
		Matcher part = cell == null ? null : LETTERED_PART.matcher(cell.text().strip());
		return part != null && part.matches() ? part.group(1) : "";
	}

	void extend(int row, Map<Field, RawCell> cells) {
		current.take(cells);
		current.extendTo(row);
	}

	/**
	 * A governance system's report row on the control above: the control as of the row's period. Rows of different
	 * periods each stay, for the latest to be chosen as a period column's rows are; without periods the later row
	 * replaces the earlier.
	 */
	void report(int row, Map<Field, RawCell> cells) {
		if (current == null) {
			return;
		}
		RawCell period = cells.get(Field.PERIOD);
		boolean hasPeriod = period != null && !period.isBlank();
		if (reportedOn == null) {
			reportedOn = current;
		}
		else if (hasPeriod && lastReportHadPeriod) {
			finish();
		}
		lastReportHadPeriod = hasPeriod;
		current = reportedOn.copy();
		// The report's own period, status and comment stand for the control's ("Delår" in the control row's frequency).
		cells.forEach((field, cell) -> {
			if (!cell.isBlank() && !field.fillsDown()) {
				current.values().remove(field);
			}
		});
		current.take(cells);
		current.extendTo(row);
	}

	void section(String process) {
		finish();
		reportedOn = null;
		if (namesAStatus(process)) {
			// "EJ GENOMFÖRDA (2)" as a band over its rows: their status, not their process.
			statusAbove = withoutCount(process);
			statusAboveWhere = "raden ovanför kontrollerna: " + process.strip();
			return;
		}
		sectionProcess = process;
		sectionRisk.clear();
		carried.remove(Field.PROCESS);
	}

	boolean hasCurrent() {
		return current != null;
	}

	String currentStatus() {
		return current == null ? "" : currentStatus;
	}

	boolean currentHadId() {
		return current != null && currentHadId;
	}

	String currentKontrollmoment() {
		return current == null ? "" : current.values().getOrDefault(Field.KONTROLLMOMENT, "");
	}

	String currentId() {
		return current == null ? "" : current.values().getOrDefault(Field.ID, "").strip();
	}

	List<ControlRow> controls() {
		return controls;
	}

	void finish() {
		flushLoneNames();
		finishCurrent();
	}

	private void finishCurrent() {
		if (current == null) {
			return;
		}
		Map<Field, String> values = current.values();
		for (Field field : Field.values()) {
			if (!field.fillsDown()) {
				continue;
			}
			String value = values.getOrDefault(field, "");
			if (!value.isEmpty()) {
				carried.put(field, value);
			}
			else if (carried.containsKey(field)) {
				values.put(field, carried.get(field));
			}
		}
		if (values.getOrDefault(Field.RISK, "").isEmpty() && values.getOrDefault(Field.RISKVARDE, "").isEmpty()) {
			values.putAll(sectionRisk);
		}
		if (values.getOrDefault(Field.PROCESS, "").isEmpty() && !sectionProcess.isEmpty()) {
			values.put(Field.PROCESS, sectionProcess);
		}
		if (values.getOrDefault(Field.RESULTAT, "").isEmpty() && values.containsKey(Field.KONTROLLMOMENT)) {
			labels.splitInlineResult(values.get(Field.KONTROLLMOMENT)).ifPresent(parts -> {
				values.put(Field.KONTROLLMOMENT, parts[0]);
				values.put(Field.RESULTAT, parts[1]);
			});
		}
		// Tables pasted one under the other, each under the heading of the nämnd that sent it: that heading groups
		// their rows; within one table, the section row above them does.
		TableLayout own = layout;
		if (!statusAbove.isEmpty() && !layout.has(Field.STATUS) && values.getOrDefault(Field.STATUS, "").isEmpty()
				&& layout.extra().values().stream().noneMatch(e -> e.field() == Field.STATUSMARKERING)) {
			// Listed under "Ej genomförda", or on a sheet "Klara": the group states the status the row leaves out.
			values.put(Field.STATUS, statusAbove);
			own = layout.withStatusStatedIn(statusAboveWhere);
		}
		else if (!statusOfAll.isEmpty() && !layout.has(Field.STATUS) && values.getOrDefault(Field.STATUS, "").isEmpty()
				&& values.getOrDefault(Field.RESULTAT, "").isEmpty()
				&& layout.extra().values().stream().noneMatch(e -> e.field() == Field.STATUSMARKERING)) {
			values.put(Field.STATUS, statusOfAll);
			own = layout.withStatusStatedIn(statusOfAllWhere);
		}
		controls.add(current.build(sheet, own, tableHeading.isEmpty() ? sectionProcess : tableHeading));
		current = null;
	}
}
