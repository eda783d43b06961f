package se.ikkonsolidering.submission;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import se.ikkonsolidering.classify.StatusDecision;
import se.ikkonsolidering.ingest.DocumentText;
import se.ikkonsolidering.ingest.FileRejectedException;
import se.ikkonsolidering.ingest.RawCell;
import se.ikkonsolidering.ingest.RawRow;
import se.ikkonsolidering.ingest.RawSheet;
import se.ikkonsolidering.ingest.RawWorkbook;
import se.ikkonsolidering.ingest.WorkbookReader;
import se.ikkonsolidering.layout.ActionPlanTables;
import se.ikkonsolidering.layout.ControlRow;
import se.ikkonsolidering.layout.Field;
import se.ikkonsolidering.layout.HeaderText;
import se.ikkonsolidering.layout.Labels;
import se.ikkonsolidering.layout.Legend;
import se.ikkonsolidering.layout.PageBreakContinuation;
import se.ikkonsolidering.layout.ProseBesideTables;
import se.ikkonsolidering.layout.NumberedComments;
import se.ikkonsolidering.layout.NumberedFollowUp;
import se.ikkonsolidering.layout.PlanTableRows;
import se.ikkonsolidering.layout.SheetReading;
import se.ikkonsolidering.layout.TableLayout;
import se.ikkonsolidering.register.NamndMatcher;
import se.ikkonsolidering.register.Register;

/**
 * Turns one inbox file into a {@link Submission}: reads every sheet, skips those without a control table,
 * classifies each control and works out nämnd, year and period. Throws {@link FileRejectedException} with a
 * Swedish explanation when the file holds no readable control table.
 */
public final class SubmissionInterpreter {

	/** Where a sentence ends within a paragraph. */
	private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+");
	/** Controls a report's prose names under headings of their own, beside tables of something else. */
	private static final int MIN_CONTROLS_IN_PROSE = 3;
	/** A count or a share: "6", "64 %". */
	private static final Pattern COUNT = Pattern.compile("\\s*\\d{1,5}\\s*%?\\s*");
	/** "Kv 2", "Q4": a quarter, when a control was done rather than which report it is. */
	private static final Pattern QUARTER = Pattern.compile("\\b(q[1-4]|kv\\.?\\s*[1-4]|kvartal)",
			Pattern.CASE_INSENSITIVE);
	/** "Status helår: Genomförd": one period's line of a field written per period. */
	private static final Pattern PERIOD_LINE = Pattern.compile("^([^:\\n]{1,60}):[ \\t]*(.*)$", Pattern.MULTILINE);

	/** Where a legend in a document's paragraphs stands, as the message names it. */
	/** "– svar för", "AVN –": a heading naming a nämnd has few words besides its names. */
	private static final int MAX_WORDS_BESIDE_NAMND = 3;
	/** A heading's first part, before a dash or a colon: "Överförmyndarnämnden – uppföljning tertial 2". */
	private static final Pattern LEADING_NAME = Pattern.compile("(.{3,80}?)(?:\\s+[–—-]\\s+|:\\s+)");
	/** Rows whose texts date the work in a year: two, so that one "flyttas till 2025" does not. */
	private static final int MIN_ROWS_DATING_THE_WORK = 2;

	private final InterpretationRules rules;
	private final NamndMatcher namnder;
	private final SheetOwners sheetOwners;
	private final MetadataResolver metadata;
	private final SheetPeriods sheetPeriods;
	private final PlanRecognition plans;
	private final WorkbookReader reader = new WorkbookReader();

	public SubmissionInterpreter(InterpretationRules rules, Register register) {
		this.namnder = new NamndMatcher(register);
		this.rules = rules.knowingSenders(text -> namnder.find(text).isPresent());
		this.sheetOwners = new SheetOwners(namnder, rules.labels());
		this.metadata = new MetadataResolver(namnder, rules.periods(), rules.labels());
		this.sheetPeriods = new SheetPeriods(rules.periods());
		this.plans = rules.plans();
	}

	/** Nämnd and year from the file name alone, for a file that cannot be read. */
	public FileNameFacts factsFromName(String fileName) {
		return metadata.fromFileName(fileName);
	}

	/**
	 * A file dropped in the inbox itself: a follow-up, or a plan when its content says so.
	 * @param file the file to read
	 * @param fileName the name the sender gave it
	 * @param fallbackYear the year to assume when the file states none (its modification year)
	 * @return the file's follow-up or plan: one, or one per nämnd when the file holds the rows of several
	 */
	public List<Submission> interpret(Path file, String fileName, int fallbackYear) {
		return interpret(file, fileName, fallbackYear, false);
	}

	/** @param filedAsPlan the file came from the inbox's {@code planer/} folder, so it is a plan */
	public List<Submission> interpret(Path file, String fileName, int fallbackYear, boolean filedAsPlan) {
		RawWorkbook workbook = reader.read(file);
		SheetNaming naming = SheetNaming.of(workbook.format());
		List<SheetReading> read = new ArrayList<>();
		List<RawSheet> readRaw = new ArrayList<>();
		List<SheetReading> examined = new ArrayList<>();
		List<RawSheet> examinedRaw = new ArrayList<>();
		List<String> skipped = new ArrayList<>();
		List<RawSheet> withoutTable = new ArrayList<>();
		List<String> joinNotes = new ArrayList<>();
		Map<Labels.Kind, String> labelCells;
		try (workbook) {
			Legend legend = workbookLegend(workbook);
			List<RawSheet> sheets = new ArrayList<>();
			for (RawSheet sheet : workbook.sheets()) {
				if (sheet.hidden()) {
					skipped.add(naming.skipped(sheet.name(), "dold flik"));
				}
				else {
					sheets.addAll(rules.sheets().tables(sheet, h -> rules.periods().find(h).isPresent()));
				}
			}
			for (RawSheet sheet : sheets) {
				boolean onlyProse = sheet.name().equals(RawSheet.DOCUMENT_TEXT) && workbook.sheets().size() == 1;
				// A document's prose around its tables is read for controls written as "Kontrollmoment: …"
				// paragraphs, and, beside tables of controls, as headings with a paragraph reporting on each; when it
				// holds none, it is only prose, and nothing was skipped. Its tables come before it.
				boolean proseAroundTables = sheet.name().equals(RawSheet.DOCUMENT_TEXT) && workbook.sheets().size() > 1;
				SheetReading reading = onlyProse
						? NumberedComments.attachInText(rules.sheets().readProse(sheet, legend), sheet)
						: proseAroundTables && !read.isEmpty() ? rules.sheets().readAroundTables(sheet, legend)
						: rules.sheets().read(sheet, legend);
				if (proseAroundTables && read.isEmpty() && reading.controls().isEmpty()) {
					// A report whose tables hold no controls (its accounts, its staff) may report them in prose, a
					// heading and paragraphs each: several so, not one heading over a meeting's time and place.
					SheetReading reported = rules.sheets().readAroundTables(sheet, legend);
					reading = reported.controls().size() >= MIN_CONTROLS_IN_PROSE ? reported : reading;
				}
				if (proseAroundTables && !read.isEmpty()) {
					// "Nr 3: Kontrollen har inte genomförts …" under the table: its control's comment.
					List<SheetReading> commented = NumberedComments.attach(read, sheet);
					for (int i = 0; i < read.size(); i++) {
						read.set(i, commented.get(i));
					}
					// A report's headings and paragraphs on the controls its table sums up: each control once.
					ProseBesideTables.Joined joined = ProseBesideTables.join(read, reading);
					for (int i = 0; i < read.size(); i++) {
						read.set(i, joined.tables().get(i));
					}
					reading = joined.prose();
				}
				examined.add(reading);
				examinedRaw.add(sheet);
				if (proseAroundTables && reading.controls().isEmpty()) {
					continue;
				}
				// A table read by its cells alone, without a header row, may be the one above continued past a page
				// break: read with that header when it is.
				boolean headerless = reading.layout().filter(l -> l.headers().values().stream().allMatch(String::isEmpty))
					.isPresent();
				Optional<SheetReading> continued = reading.hasControlTable() && !headerless
						|| naming != SheetNaming.DOCUMENT || read.isEmpty() ? Optional.empty()
								: continued(sheet, read.get(read.size() - 1), readRaw.get(readRaw.size() - 1), legend);
				if (continued.isPresent()) {
					read.add(continued.get());
					readRaw.add(sheet);
					joinNotes.add(naming.skipped(sheet.name(), "läst med rubrikraden i " + read.get(read.size() - 2).sheet()
							+ ", som den fortsätter"));
				}
				else if (!reading.hasControlTable()) {
					skipped.add(naming.skipped(sheet.name(), "ingen kontrolltabell"));
					withoutTable.add(sheet);
				}
				else if (reading.controls().isEmpty() && !reading.answersItHasNone()) {
					skipped.add(naming.skipped(sheet.name(), "kontrolltabell utan kontroller, rubrikrad "
							+ reading.layout().get().headerRow()));
				}
				else {
					Optional<PageBreakContinuation.Joined> joined = naming == SheetNaming.DOCUMENT && !read.isEmpty()
							? PageBreakContinuation.join(read.get(read.size() - 1), reading, sheet) : Optional.empty();
					joined.ifPresent(j -> {
						read.set(read.size() - 1, j.before());
						joinNotes.add(naming.definite(sheet.name()) + " rad " + j.rows().stream().map(String::valueOf)
							.collect(Collectors.joining(", ")) + " fortsätter kontrollen på rad " + j.control() + " i "
								+ naming.definite(j.before().sheet()) + " efter en sidbrytning");
					});
					read.add(joined.map(PageBreakContinuation.Joined::after).orElse(reading));
					readRaw.add(sheet);
				}
			}
			joinFollowUpsByNumber(withoutTable, read, readRaw, skipped, joinNotes, naming, legend);
			if (read.stream().anyMatch(SubmissionInterpreter::namesItsControls)) {
				// A verksamhetsberättelse's table of assignments ("Uppdrag | Status | Kommentar") or key figures beside
				// its table headed "Kontrollmoment": only the table its heading names holds the controls.
				for (int i = read.size() - 1; i >= 0; i--) {
					if (!read.get(i).sheet().equals(RawSheet.DOCUMENT_TEXT) && !namesItsControls(read.get(i))) {
						leaveOut(i, "ingen kolumnrubrik säger att tabellen har kontroller, vilket en annan tabell i filen "
								+ "gör", read, readRaw, skipped, naming);
					}
				}
			}
			for (int i = read.size() - 1; i >= 0; i--) {
				if (isAChangeLog(read.get(i))) {
					leaveOut(i, "en logg över ändringar; kontrollerna står i uppföljningens tabell", read, readRaw, skipped,
							naming);
				}
				else if (isATimetable(read.get(i))) {
					leaveOut(i, "en tidplan med datum och steg, inga kontroller", read, readRaw, skipped, naming);
				}
			}
			for (int i = read.size() - 1; i >= 0; i--) {
				Optional<SheetReading> owner = detailsOf(read.get(i), read);
				if (owner.isPresent()) {
					leaveOut(i, "delarna av kontrollerna i " + naming.definite(owner.get().sheet())
							+ ", med kontrollernas nummer", read, readRaw, skipped, naming);
				}
			}
			if (naming != SheetNaming.DOCUMENT) {
				leaveOutUnitSheets(read, readRaw, skipped, naming);
			}
			if (naming != SheetNaming.DOCUMENT) {
				Map<Integer, Integer> lastYears = LastYearsSheets.of(fileName, read);
				for (int i = read.size() - 1; i >= 0; i--) {
					if (lastYears.containsKey(i)) {
						leaveOut(i, "uppföljningen för " + lastYears.get(i) + "; filnamnet gäller ett senare år, och "
								+ "flikarna utan år följer upp samma kontroller", read, readRaw, skipped, naming);
					}
				}
			}
			// Next year's plan goes before this year's plan is matched with the follow-up: its new controls are not
			// this year's unreported ones.
			Map<Integer, Integer> nextYears = PlanTableRows.nextYearsPlans(read);
			for (int i = read.size() - 1; i >= 0; i--) {
				if (nextYears.containsKey(i)) {
					leaveOut(i, "planen för " + nextYears.get(i) + ", nästa år; uppföljningen gäller året före", read,
							readRaw, skipped, naming);
				}
			}
			{
				// The plan's table of risks before the follow-up's table of the same controls, in a document or on a
				// sheet of its own beside the follow-up's.
				Map<Integer, List<ControlRow>> plans = PlanTableRows.repeatedPlanTables(read);
				for (int i = read.size() - 1; i >= 0; i--) {
					List<ControlRow> unreported = plans.get(i);
					if (unreported != null && unreported.isEmpty()) {
						leaveOut(i, "planens tabell; kontrollerna står i uppföljningens", read, readRaw, skipped, naming);
					}
					else if (unreported != null) {
						// The plan's controls the follow-up leaves out are read from the plan: nothing reported for them.
						joinNotes.add(naming.definite(read.get(i).sheet()) + " är planens tabell; " + unreported.size()
								+ (unreported.size() == 1 ? " kontroll" : " kontroller") + " i den saknas i uppföljningen");
						read.set(i, read.get(i).withControls(unreported));
					}
				}
			}
			for (int i = read.size() - 1; i >= 0; i--) {
				Optional<List<String>> followedUp = ActionPlanTables.followedUpIn(read, i);
				if (followedUp.isPresent()) {
					leaveOut(i, "åtgärdsplan för avvikelserna; kontrollerna följs upp i "
							+ followedUp.get().stream().map(naming::definite).collect(Collectors.joining(", ")), read,
							readRaw, skipped, naming);
				}
			}
			if (read.isEmpty()) {
				throw noControlTable(naming, skipped);
			}
			LabelCells cells = new LabelCells(rules.labels(), naming);
			labelCells = naming == SheetNaming.DOCUMENT ? cells.find(examinedRaw, examined) : cells.find(readRaw, read);
		}
		// A document states nämnd, year and period in a table of its own ("Nämnd: | …") and its assessment in a
		// closing one: tables without controls, which are still the document's own words. A change log's lines ("T1
		// ifylld") say when the file was worked on, not what it reports.
		List<SheetReading> others = examined.stream().filter(r -> !read.contains(r) && !isAChangeLog(r)).toList();
		List<String> below = naming == SheetNaming.DOCUMENT ? List.of()
				: read.stream().flatMap(r -> r.below().stream()).toList();
		Optional<String> periodHeading = latestPeriodHeading(read);
		Metadata meta = naming == SheetNaming.DOCUMENT
				? metadata.resolve(fileName, examined, List.of(), workbook.texts(), labelCells, below, periodHeading)
				: metadata.resolve(fileName, read, others, workbook.texts(), labelCells, below, periodHeading);
		refuseOthersAnswers(read, readRaw, meta.namnd());
		int year = meta.year().orElse(fallbackYear);
		String yearSource = meta.yearSource();
		if (meta.year().isEmpty()) {
			yearSource = "filens ändringsdatum (inget år står i filen)";
			meta = meta.withNotice(new Notice("VARNING: inget år angavs i filen; antog " + fallbackYear
					+ " (filens ändringsdatum). Skriv året i rubriken, t.ex. 'År: " + fallbackYear + "'.",
					"året är antaget från filens ändringsdatum"));
		}
		List<SheetPeriods.ReadSheet> classified = new ArrayList<>();
		SendersInFile senders = new SendersInFile(namnder);
		NamndColumns namndColumns = new NamndColumns(namnder);
		PeriodsInFile periodCells = new PeriodsInFile(rules.periods());
		List<String> owners = sheetOwners.of(read, naming == SheetNaming.DOCUMENT);
		boolean sheetPerNamnd = !owners.isEmpty();
		// A group heading names a nämnd or not whatever row it heads: looked up once per heading, not per row.
		Map<String, Optional<String>> groupNamnder = new HashMap<>();
		boolean groupedByNamnd = false;
		LatestPeriodRows latestRows = new LatestPeriodRows(rules.periods(), rules.classifier());
		List<LatestPeriodRows.Latest> latestPerSheet = new ArrayList<>();
		for (int s = 0; s < read.size(); s++) {
			SheetReading sheet = read.get(s);
			List<Control> controls = new ArrayList<>();
			LatestPeriodRows.Latest latest = latestRows.latest(sheet.controls());
			latestPerSheet.add(latest);
			List<ControlRow> rows = namndColumns.split(latest.rows());
			Optional<String> sheetOwner = sheetPerNamnd ? Optional.of(owners.get(s)) : Optional.empty();
			for (ControlRow row : rows) {
				Control control = toControl(row, sheet.legend().orElse(Legend.NONE));
				periodCells.note(control, row.period());
				String namndCell = row.value(Field.NAMND);
				// In a document's text, the heading a control stands under is its process: "Valnämnden (vi på kansliet
				// sköter den …)" over a mail's lines, "Del 1 Tekniska nämnden" over a report's controls, heads that
				// nämnd's controls as a group heading does a table's rows, where the group names none.
				Optional<String> byGroup = groupNamnder.computeIfAbsent(row.group(), this::groupNamnd)
					.or(() -> sheet.sheet().equals(RawSheet.DOCUMENT_TEXT)
							? groupNamnder.computeIfAbsent(row.value(Field.PROCESS), this::groupNamnd)
							: Optional.empty());
				// "Enhet: Förskola" on a sheet per nämnd names a unit of the sheet's nämnd, not a nämnd of its own.
				boolean cellNamesANamnd = !namndCell.isBlank() && namnder.find(namndCell).isPresent();
				if (!namndCell.isBlank() && (cellNamesANamnd || byGroup.isEmpty() && sheetOwner.isEmpty())) {
					senders.note(control, namndCell);
				}
				else if (sheetOwner.isPresent()) {
					senders.note(control, sheetOwner.get());
				}
				else if (byGroup.isPresent()) {
					// An export grouped by nämnd: the group's heading names the nämnd of its rows.
					senders.note(control, byGroup.get());
					groupedByNamnd = true;
				}
				controls.add(control);
			}
			classified.add(new SheetPeriods.ReadSheet(sheet, controls));
		}
		if (meta.period().isEmpty()) {
			if (periodHeading.isPresent()) {
				meta = meta.withPeriod(rules.periods().find(periodHeading.get()).orElseThrow(),
						"kolumnrubriken '" + periodHeading.get() + "', den senaste perioden i tabellen");
			}
			else {
				meta = metadata.withPeriodBelow(meta, below, workbook.texts());
			}
		}
		meta = metadata.withPeriodAfterTheYear(meta, fileName, read, workbook.texts(), below);
		// Last year's template with this year's columns added ("Uppföljning internkontrollplan 2024" over "Status helår
		// 2024 | Status delår 2025"): the year after the title's that the columns were filled in for is reported on.
		Optional<String> filledHeading = latestFilledPeriodHeading(read).or(() -> filledStatusHeading(read));
		if (filledHeading.isPresent() && HeaderText.lastYear(filledHeading.get()) == year + 1) {
			year++;
			yearSource = "kolumnrubriken '" + filledHeading.get() + "', den senaste ifyllda perioden";
		}
		// "Plan = Internkontrollplan 2025, Internkontrollplan 2026" over an export of both years' rows: the year followed
		// up is the one before next year's plan.
		Optional<Integer> beforeThePlan = latestPerSheet.stream()
			.flatMap(latest -> latest.nextYearsPlan().followedUpYear().stream())
			.findFirst();
		if (beforeThePlan.isPresent() && beforeThePlan.get() != year) {
			year = beforeThePlan.get();
			yearSource = "kolumnen 'Period', året före planen för " + (year + 1) + " som exporten också har";
		}
		if (reusedTemplate(fileName, year, read)) {
			year++;
			yearSource = "filnamnet; rubrikens år " + (year - 1) + " står kvar från förra årets mall (kontrollernas text "
					+ "daterar arbetet " + year + ")";
		}
		meta = laterPeriodFilledIn(meta, read, year);
		SheetPeriods.Merged merged = sheetPeriods.merge(classified);
		List<Control> rows = merged.controls();
		if (merged.latest().isPresent()) {
			meta = meta.withPeriod(merged.latest().get(), "fliken '" + merged.sheet() + "', den senaste av flikarnas perioder");
		}
		if (merged.year().isPresent() && merged.year().get() != year) {
			year = merged.year().get();
			yearSource = "fliken '" + merged.sheet() + "', den senaste av flikarnas perioder";
		}
		Optional<String> whyPlan = plans.whyPlan(filedAsPlan, fileName, read, workbook.texts());
		// A plan's marks say when a control is to be done ("X" under "T1"), not that it was.
		List<Control> controls = whyPlan.isPresent() ? rows.stream().map(Control::planned).toList() : rows;
		meta = whyPlan.isPresent() ? meta.withoutPeriod() : meta;
		meta = plans.doubt(whyPlan, fileName, read, workbook.texts()).map(meta::withNotice).orElse(meta);
		List<String> notes = new ArrayList<>();
		whyPlan.ifPresent(why -> notes.add(PlanRecognition.read(why)));
		notes.addAll(workbook.notes());
		notes.addAll(joinNotes);
		if (whyPlan.isEmpty()) {
			WordNinetySeven.refuseIfNothingInWords(workbook.format(), controls);
			WordNinetySeven.note(workbook.format(), controls).ifPresent(notes::add);
		}
		String layout = read.stream().map(r -> describeLayout(naming, r)).collect(Collectors.joining(" | "));
		List<Reading.SheetRead> sheets = new ArrayList<>();
		for (int i = 0; i < read.size(); i++) {
			sheets.add(ReadingParts.sheet(naming, read.get(i), hiddenColumns(readRaw.get(i))));
		}
		notes.addAll(LatestPeriodRows.notes(latestPerSheet));
		Optional<String> rowsNamnd = senders.onlyNamnd();
		if (!meta.namndInRegister() && rowsNamnd.isPresent()) {
			// "1 | Nämnd | Överförmyndarnämnden" over an export's rows, nothing above it naming the file's sender: the
			// rows' nämnd is the file's.
			meta = meta.withNamnd(rowsNamnd.get(), true, groupedByNamnd ? "rubriken för nämndens rader i tabellen"
					: "kolumnen '" + namndHeader(read) + "'");
		}
		Map<String, List<Control>> byNamnd = senders.split(controls, meta.namnd());
		List<Submission> submissions = new ArrayList<>();
		for (Map.Entry<String, List<Control>> namnd : byNamnd.entrySet()) {
			Metadata own = byNamnd.size() == 1 ? meta
					: meta.withNamnd(namnd.getKey(), namnder.find(namnd.getKey()).isPresent(), (sheetPerNamnd
							? sheetOwners.whereNamed(namnd.getKey(), read) : groupedByNamnd ? "rubriken för nämndens rader i tabellen"
									: "kolumnen '" + namndHeader(read) + "'") + " (filen har rader för "
							+ byNamnd.size() + " nämnder)");
			own = byNamnd.size() == 1 ? own : ownPeriod(own, periodCells.latest(namnd.getValue()));
			Reading reading = new Reading(sheets, skipped, naming == SheetNaming.DOCUMENT, notes,
					new Reading.Fact(own.namnd(), own.namndSource()), new Reading.Fact(String.valueOf(year), yearSource),
					new Reading.Fact(own.period().map(Period::swedish).orElse(""), own.periodSource()),
					whyPlan.isPresent() ? PlanRecognition.statuses(namnd.getValue().size())
							: ReadingParts.statuses(namnd.getValue()), own.notices().stream().map(Notice::warning).toList(),
					ReadingParts.checks(own.notices(), read, sheets, namnd.getValue()));
			submissions.add(new Submission(own.namnd(), own.namndInRegister(), year, own.period(), own.assessment(),
					layout, reading, namnd.getValue(), whyPlan.isPresent() ? SubmissionKind.PLAN : SubmissionKind.FOLLOW_UP));
		}
		return submissions;
	}

	/**
	 * A covering letter's "Överförmyndarnämnden och Valnämnden har inte antagit någon internkontrollplan" under
	 * its list of the follow-ups that came in: a file with no controls whose line on having none names other
	 * nämnder than the file's own is no answer from the nämnd that sent it.
	 */
	/**
	 * The nämnder the sentence on having no plan is about: "Uppföljningarna bifogas. Valnämnden och
	 * krisledningsnämnden har inte antagit någon internkontrollplan. En sammanställning redovisas för
	 * kommunstyrelsen." speaks of the first two only.
	 */
	private List<String> subjectsOfHavingNone(String text) {
		return SENTENCE_END.splitAsStream(text)
			.filter(sentence -> rules.labels().mentions(Labels.Kind.INGEN_PLAN, sentence))
			.flatMap(sentence -> namnder.findSubjects(sentence).stream())
			.distinct()
			.toList();
	}

	private void refuseOthersAnswers(List<SheetReading> read, List<RawSheet> readRaw, String namnd) {
		if (!read.stream().allMatch(SheetReading::answersItHasNone)) {
			return;
		}
		for (int i = 0; i < read.size(); i++) {
			int lineRow = read.get(i).layout().orElseThrow().headerRow();
			List<String> subjects = readRaw.get(i).rows().readAll().stream()
				.filter(row -> row.number() == lineRow)
				.findFirst()
				.map(row -> subjectsOfHavingNone(row.nonBlankCells().get(0).text()))
				.orElse(List.of());
			if (!subjects.isEmpty() && !subjects.contains(namnd)) {
				throw new FileRejectedException("Ingen uppföljning: filen har inga kontroller och säger bara att "
						+ String.join(" och ", subjects) + " inte har någon internkontrollplan, ett följebrev eller "
						+ "en sammanställning snarare än en nämnds svar.", "Skicka nämndernas egna uppföljningar. En "
						+ "nämnd utan plan svarar i en egen fil, t.ex. 'Valnämnden har inte antagit någon "
						+ "internkontrollplan för 2025.'");
			}
		}
	}

	/**
	 * The register nämnd a group of rows is headed by, in an export grouped by nämnd ("Kommunstyrelsen (4)"): the
	 * heading is the nämnd's name or alias, perhaps with a count, and little more ("Stöd till socialnämnden" is a
	 * process).
	 */
	private Optional<String> groupNamnd(String heading) {
		String name = heading.replaceAll("\\s*\\(\\d+\\)\\s*$", "").strip();
		// "KULTUR- OCH FRITIDSNÄMNDEN (inkom 2026-01-16 via mejl)": the heading with a remark on when it came.
		String withoutRemarks = name.replaceAll("\\([^()]*\\)", " ").strip();
		// "Uppf.: Utgår (flyttat till MBN).": a nämnd named only in a remark heads nothing.
		Optional<String> named = namnder.find(withoutRemarks)
			.filter(namnd -> name.length() <= Math.max(namnd.length(), 12) + 3
					|| namnder.wordsBeside(withoutRemarks, namnd) <= MAX_WORDS_BESIDE_NAMND);
		if (named.isPresent()) {
			return named;
		}
		// "Överförmyndarnämnden – internkontrollplan 2025, uppföljning tertial 2": the nämnd's name, then the title of
		// its part of the sheet.
		Matcher lead = LEADING_NAME.matcher(name);
		return lead.lookingAt() ? groupNamnd(lead.group(1)) : Optional.empty();
	}

	/**
	 * "ID | Kp | Kontrollpunkt" with V1 on five rows, beside the sheet that reports on V1, V2 …: the points or steps
	 * of the controls another sheet gives statuses for, by the same numbers, no controls of their own.
	 */
	private static Optional<SheetReading> detailsOf(SheetReading sheet, List<SheetReading> read) {
		if (givesStatuses(sheet)) {
			return Optional.empty();
		}
		List<String> ids = sheet.controls().stream().map(c -> c.value(Field.ID).strip()).toList();
		if (ids.isEmpty() || ids.contains("") || ids.stream().distinct().count() == ids.size()) {
			return Optional.empty();
		}
		return read.stream()
			.filter(other -> other != sheet && givesStatuses(other))
			.filter(other -> other.controls().stream().map(c -> c.value(Field.ID).strip()).collect(Collectors.toSet())
				.containsAll(ids))
			.findFirst();
	}

	/** "Ändringslogg" as the sheet's name or the title over its table. */
	private boolean isAChangeLog(SheetReading reading) {
		return Stream.concat(Stream.of(reading.sheet()), reading.titles().stream().limit(1))
			.anyMatch(t -> rules.labels().startsWith(Labels.Kind.ANDRINGSLOGG, t));
	}

	/** "Tidplan:" as the sheet's name or the heading right above its table. */
	private boolean isATimetable(SheetReading reading) {
		List<String> titles = reading.titles();
		return Stream.concat(Stream.of(reading.sheet()), titles.stream().skip(Math.max(0, titles.size() - 1)))
			.anyMatch(t -> rules.labels().isLabel(Labels.Kind.TIDPLAN, t));
	}

	/**
	 * "Björkskolan | Tallbackaskolan | … | Sammanställning": sheets of units repeating the controls a summary sheet gives
	 * the nämnd's status for. The summary is the nämnd's follow-up; a unit's sheet is left out when every control on
	 * it stands in the summary and one at least on another unit's sheet. So is a log of each check ("Kontrollogg"),
	 * a control on several of its rows, whose controls all stand in the summary.
	 */
	private void leaveOutUnitSheets(List<SheetReading> read, List<RawSheet> readRaw, List<String> skipped,
			SheetNaming naming) {
		Optional<SheetReading> summary = read.stream()
			.filter(r -> rules.labels().startsWith(Labels.Kind.SAMMANSTALLNING, r.sheet()) && !r.controls().isEmpty())
			.findFirst();
		if (summary.isEmpty()) {
			return;
		}
		Set<String> summarised = summary.get().controls().stream().map(SubmissionInterpreter::controlKey)
			.collect(Collectors.toSet());
		// A unit shares controls with the other units; sheets per process, each with controls of its own beside a
		// summary of them all, stay as they are.
		Map<String, Long> sheetsPerControl = read.stream().filter(r -> r != summary.get())
			.flatMap(r -> r.controls().stream().map(SubmissionInterpreter::controlKey).distinct())
			.collect(Collectors.groupingBy(k -> k, Collectors.counting()));
		for (int i = read.size() - 1; i >= 0; i--) {
			SheetReading unit = read.get(i);
			List<String> keys = unit.controls().stream().map(SubmissionInterpreter::controlKey).toList();
			if (unit == summary.get() || keys.isEmpty() || !summarised.containsAll(keys)) {
				continue;
			}
			if (keys.stream().anyMatch(k -> sheetsPerControl.get(k) >= 2)) {
				leaveOut(i, "en enhets flik; nämndens status står i " + naming.definite(summary.get().sheet()), read,
						readRaw, skipped, naming);
			}
			else if (keys.stream().distinct().count() < keys.size()) {
				// "Kontrollogg": a row per check, a control on several rows, each check summed up in the summary.
				leaveOut(i, "en logg över varje kontrolltillfälle; nämndens status står i "
						+ naming.definite(summary.get().sheet()), read, readRaw, skipped, naming);
			}
		}
	}

	/** A control's text as compared between the tables of one file. */
	static String controlKey(ControlRow control) {
		return HeaderText.spaced(control.value(Field.KONTROLLMOMENT));
	}

	/** The i-th table read is no part of the follow-up: left out, with why in the message. */
	private static void leaveOut(int i, String why, List<SheetReading> read, List<RawSheet> readRaw,
			List<String> skipped, SheetNaming naming) {
		skipped.add(naming.skipped(read.get(i).sheet(), why));
		read.remove(i);
		readRaw.remove(i);
	}

	/**
	 * Last year's template filled in as it was ("Uppföljning av internkontrollplan 2024" on a sheet "IK 2024") and
	 * named for the year after ("TN uppföljning IK helår 2025"): the controls' texts date their work in the file name's
	 * year, in two rows at least, and never in the title's. An export named by a later date ("export 2026-01-15") names
	 * no year so, and a follow-up of its title's year speaks of that year.
	 */
	private static boolean reusedTemplate(String fileName, int year, List<SheetReading> read) {
		if (MetadataResolver.bareYear(fileName).filter(named -> named == year + 1).isEmpty()) {
			return false;
		}
		Pattern titleYear = Pattern.compile("(?<!\\d)" + year + "(?!\\d)");
		if (titleYear.matcher(fileName).find()) {
			// "IK-plan 2026 samt uppföljning 2025": the name says which year is followed up.
			return false;
		}
		Pattern nextYear = Pattern.compile("(?<!\\d)" + (year + 1) + "(?!\\d)");
		List<String> texts = read.stream()
			.flatMap(r -> r.controls().stream())
			.map(c -> String.join("\n", c.value(Field.RESULTAT), c.value(Field.AVVIKELSE), c.value(Field.ATGARD)))
			.toList();
		return texts.stream().noneMatch(t -> titleYear.matcher(t).find())
				&& texts.stream().filter(t -> nextYear.matcher(t).find()).count() >= MIN_ROWS_DATING_THE_WORK;
	}

	/** A table whose kontrollmoment column its heading names, not only what the column holds. */
	private static boolean namesItsControls(SheetReading table) {
		return table.layout().filter(l -> l.has(Field.KONTROLLMOMENT) && !l.byContentOnly(Field.KONTROLLMOMENT))
			.isPresent();
	}

	/** The latest period something was written for: a template with empty Helår columns is a delår report. */
	private Optional<String> latestFilledPeriodHeading(List<SheetReading> read) {
		// "Status delår 2025" after "Status helår 2024": a later year's period is later, whatever its rank in the year.
		Comparator<String> byRank = Comparator.<String>comparingInt(HeaderText::lastYear)
			.thenComparingInt(h -> rules.periods().find(h).orElseThrow().rank());
		return filledPeriodLines(read.stream()
			.flatMap(s -> s.controls().stream())
			.flatMap(c -> Stream.of(c.value(Field.STATUS), c.value(Field.RESULTAT))))
			.filter(h -> rules.periods().find(h).isPresent())
			.map(HeaderText::display)
			.max(byRank);
	}

	/**
	 * The heading of a table's one status column naming its period ("Helår 2025 – status"), when a status is filled
	 * in under it.
	 */
	private Optional<String> filledStatusHeading(List<SheetReading> read) {
		return read.stream()
			.filter(s -> s.controls().stream().anyMatch(c -> !c.value(Field.STATUS).isBlank()))
			.flatMap(s -> s.layout().stream())
			.map(l -> l.headers().get(Field.STATUS))
			.filter(h -> h != null && rules.periods().find(h).isPresent())
			.map(HeaderText::display)
			.findFirst();
	}

	/**
	 * "VON_IKP2025_uppf_T1_delar.xls" with its Delår status column filled in for most controls: no report of an earlier
	 * period holds a later one's results, so that period outranks a name or title kept from the first report of the
	 * year. Only a status column filled in for most controls counts ("Planeras okt" under Helår is one row's plan),
	 * and only a tertial, delår or helår: quarters ("Kv 2") are when a control was done, not the report. The delår
	 * and the second tertial end on the same day: neither is later than the other.
	 */
	private Metadata laterPeriodFilledIn(Metadata meta, List<SheetReading> read, int year) {
		if (meta.period().isEmpty()) {
			return meta;
		}
		List<String> statuses = read.stream().flatMap(s -> s.controls().stream()).map(c -> c.value(Field.STATUS))
			.filter(v -> PERIOD_LINE.matcher(v).find()).toList();
		Map<String, Long> filled = filledPeriodLines(statuses.stream())
			.filter(h -> !QUARTER.matcher(h).find() && rules.periods().find(h).isPresent())
			.map(HeaderText::display)
			.collect(Collectors.groupingBy(h -> h, Collectors.counting()));
		Period named = meta.period().get();
		Optional<String> latest = filled.entrySet().stream()
			.filter(e -> e.getValue() * 2 > statuses.size())
			.map(Map.Entry::getKey)
			.filter(h -> HeaderText.lastYear(h) == 0 || HeaderText.lastYear(h) == year)
			.max(Comparator.comparingInt(h -> rules.periods().find(h).orElseThrow().rank()));
		if (latest.isEmpty()) {
			return meta;
		}
		Period later = rules.periods().find(latest.get()).orElseThrow();
		if (later.rank() <= named.rank() || later.endsTheSameDayAs(named)) {
			return meta;
		}
		return meta.withPeriod(later, "kolumnrubriken '" + latest.get() + "', den senaste perioden som de flesta "
				+ "kontroller har en status för (" + meta.periodSource() + " säger " + named.swedish() + ")");
	}

	/** The headings of the lines written per period that hold something ("Status helår: Genomförd"), in order. */
	private static Stream<String> filledPeriodLines(Stream<String> values) {
		return values.flatMap(v -> PERIOD_LINE.matcher(v).results().filter(m -> !m.group(2).isBlank())
			.map(m -> m.group(1)));
	}

	/** The heading of the latest period among a table's status and result columns per period ("T1 | T2 | Helår"). */
	private Optional<String> latestPeriodHeading(List<SheetReading> read) {
		Comparator<String> byRank = Comparator.comparingInt(h -> rules.periods().find(h).orElseThrow().rank());
		Optional<String> filled = latestFilledPeriodHeading(read);
		if (filled.isPresent()) {
			return filled;
		}
		return read.stream()
			.flatMap(s -> s.layout().stream())
			.flatMap(l -> Stream.concat(
					Stream.of(l.headers().get(Field.STATUS), l.headers().get(Field.RESULTAT)),
					l.extra().values().stream()
						.filter(e -> e.field() == Field.STATUS || e.field() == Field.RESULTAT
								|| e.field() == Field.STATUSMARKERING)
						.map(TableLayout.ExtraColumn::header)))
			.filter(h -> h != null && rules.periods().find(h).isPresent())
			.map(HeaderText::display)
			.max(byRank);
	}

	private static String namndHeader(List<SheetReading> read) {
		return read.stream().flatMap(s -> s.layout().stream()).map(l -> l.headers().get(Field.NAMND))
			.filter(h -> h != null).map(HeaderText::display).findFirst().orElse("Nämnd");
	}

	/**
	 * A Word table after a page break that continues the table before it: as many columns, no header row of its
	 * own, and rows that read as controls under the earlier header.
	 */
	private Optional<SheetReading> continued(RawSheet table, SheetReading before, RawSheet beforeRaw, Legend legend) {
		// A form's label and value table names every field in one column: no header to continue.
		boolean grid = before.layout().map(l -> l.columns().values().stream().distinct().count() >= 3).orElse(false);
		if (!grid || width(table) != width(beforeRaw) || countsControls(table)
				|| rules.sheets().opensWithItsOwnHeader(table)) {
			return Optional.empty();
		}
		SheetReading reading = rules.sheets().readContinued(table, before.layout().get(), legend);
		// "Budget 2025 (tkr)" over "3 500" and "2 000" where the controls' texts stood: a table of figures, however
		// wide, goes on from no table of controls.
		long figures = reading.controls().stream()
			.filter(c -> c.value(Field.KONTROLLMOMENT).codePoints().noneMatch(Character::isLetter)).count();
		return reading.controls().isEmpty() || figures * 2 > reading.controls().size() ? Optional.empty()
				: Optional.of(reading);
	}

	/**
	 * "Antal kontrollmoment | Genomförda | Delvis | …" over "9 | 6 | 1 | …": a row of counts alone, a table summing up
	 * the controls, which no table of controls goes on into.
	 */
	private static boolean countsControls(RawSheet table) {
		return table.rows().readAll().stream().map(RawRow::nonBlankCells)
			.anyMatch(cells -> cells.size() >= 3 && cells.stream().allMatch(c -> COUNT.matcher(c.text()).matches()));
	}

	private static int width(RawSheet sheet) {
		return sheet.rows().readAll().stream().flatMap(r -> r.cells().stream()).mapToInt(RawCell::column).max()
			.orElse(-1);
	}

	/**
	 * A sheet without a control table that follows up another sheet's controls by number (plan and follow-up on two
	 * sheets): read with the plan's texts, it takes the plan sheet's place.
	 */
	private void joinFollowUpsByNumber(List<RawSheet> withoutTable, List<SheetReading> read, List<RawSheet> readRaw,
			List<String> skipped, List<String> notes, SheetNaming naming, Legend legend) {
		for (RawSheet followUp : withoutTable) {
			for (int i = 0; i < read.size(); i++) {
				// A sheet that gives its controls a status is no plan another sheet follows up: a change log ("Datum |
				// Ändring | Berörd kontroll") beside the follow-up names the controls by number too.
				if (givesStatuses(read.get(i))) {
					continue;
				}
				Optional<SheetReading> joined = NumberedFollowUp.read(rules.sheets(), followUp, read.get(i), legend);
				if (joined.isPresent()) {
					notes.add(followsUpByNumber(naming, followUp.name(), read.get(i).sheet()));
					skipped.remove(naming.skipped(followUp.name(), "ingen kontrolltabell"));
					read.set(i, joined.get());
					readRaw.set(i, followUp);
					break;
				}
			}
		}
		// A summary keyed by number ("Kontroll-ID | Status helår | Kommentar") read as a table of its own, its comments
		// taken for controls, beside the plan's sheet.
		for (int plan = 0; plan < read.size(); plan++) {
			if (!PlanTableRows.isPlan(read.get(plan))) {
				continue;
			}
			for (int other = 0; other < read.size(); other++) {
				if (other == plan) {
					continue;
				}
				Optional<SheetReading> joined = NumberedFollowUp.read(rules.sheets(), readRaw.get(other), read.get(plan),
						legend);
				// "ID | Avser | Bedömning" with "Kontroll enl. plan p. 1.1" under "Avser": texts taken for kontrollmoment
				// by their content alone only point at the plan's.
				if (joined.isPresent() && (joined.get().controls().size() > read.get(other).controls().size()
						|| !namesItsControls(read.get(other)))) {
					notes.add(followsUpByNumber(naming, readRaw.get(other).name(), read.get(plan).sheet()));
					read.set(plan, joined.get());
					readRaw.set(plan, readRaw.get(other));
					read.remove(other);
					readRaw.remove(other);
					plan = other < plan ? plan - 1 : plan;
					break;
				}
			}
		}
	}
	/** A control of the sheet has something in its status cell: a follow-up, no plan. */
	private static boolean givesStatuses(SheetReading reading) {
		return reading.controls().stream().anyMatch(c -> !c.value(Field.STATUS).isBlank());
	}

	private static String followsUpByNumber(SheetNaming naming, String followUp, String plan) {
		return naming.definite(followUp) + " följer upp kontrollerna med deras nummer; texterna är hämtade från "
				+ naming.definite(plan);
	}

	/**
	 * The first legend of the file's visible sheets: an instructions sheet may explain the codes of the table's. A
	 * document's legend may also stand in the paragraphs above its first table or below its last.
	 */
	private Legend workbookLegend(RawWorkbook workbook) {
		for (RawSheet sheet : workbook.sheets()) {
			if (!sheet.hidden()) {
				Legend legend = rules.sheets().legend(sheet);
				if (!legend.isEmpty()) {
					return legend;
				}
			}
		}
		Legend legend = textLegend(workbook, SheetNaming.AROUND_THE_TABLES, DocumentText.Kind.PARAGRAPH,
				DocumentText.Kind.CLOSING);
		// "Bedömning: G = Genomförd, D = Delvis genomförd …" printed in the page footer, in no cell of the sheet.
		return legend.isEmpty() ? textLegend(workbook, SheetNaming.HEADER_AND_FOOTER, DocumentText.Kind.HEADER,
				DocumentText.Kind.FOOTER) : legend;
	}

	private Legend textLegend(RawWorkbook workbook, String source, DocumentText.Kind... kinds) {
		List<RawRow> lines = new ArrayList<>();
		workbook.texts().stream()
			.filter(t -> List.of(kinds).contains(t.kind()))
			.forEach(t -> lines.add(new RawRow(lines.size() + 1, List.of(RawCell.of(0, t.text())))));
		if (lines.isEmpty()) {
			return Legend.NONE;
		}
		Legend legend = rules.sheets().legend(new RawSheet(source, false, lines));
		// The lines were numbered here, not in the file: no row to point the reader to.
		return new Legend(legend.tokens(), legend.colours(), Set.of(), legend.sheet());
	}

	private Control toControl(ControlRow row, Legend legend) {
		StatusDecision decision = rules.classifier().classify(row, legend);
		return new Control(row.sheet(), row.row(), cap(row, Field.ID), cap(row, Field.PROCESS), cap(row, Field.RISK),
				cap(row, Field.RISKVARDE), cap(row, Field.KONTROLLMOMENT), cap(row, Field.RESULTAT),
				cap(row, Field.AVVIKELSE), cap(row, Field.ATGARD), cap(row, Field.ANSVARIG), cap(row, Field.STARTDATUM),
				cap(row, Field.SLUTDATUM), cap(row, Field.ATERREDOVISAS),
				new StatusDecision(decision.status(), decision.source(), TextLimit.cap(decision.rawText()),
						decision.evidence(), decision.contradicted(), decision.deviationInStatus()),
				rules.flagger().flags(row, decision));
	}

	private static String cap(ControlRow row, Field field) {
		return TextLimit.cap(row.value(field));
	}

	private static String describeLayout(SheetNaming naming, SheetReading sheet) {
		TableLayout layout = sheet.layout().orElseThrow();
		return naming.name(sheet.sheet()) + ", rubrikrad " + layout.headerRow() + ": " + ReadingParts.columns(layout);
	}

	/** The hidden columns of a sheet, which are not read: "C", "F". */
	private static List<String> hiddenColumns(RawSheet sheet) {
		return sheet.hiddenColumns().stream().sorted().map(TableLayout::columnLetter).toList();
	}

	/** A nämnd of a multi-nämnd export whose own rows end at an earlier period than the file's latest. */
	private Metadata ownPeriod(Metadata file, Optional<String> cell) {
		// "Delår 2 2025" on the rows of a file titled "Delår 2 2025 (januari–augusti)": the file's period by its name.
		Optional<Period> period = cell.flatMap(rules.periods()::find);
		return period.isEmpty() || file.period().filter(period.get()::endsTheSameDayAs).isPresent() ? file
				: file.withPeriod(period.get(), "kolumnen 'Period', " + Quoted.of(cell.get()) + ", den senaste för nämndens rader");
	}

	private static FileRejectedException noControlTable(SheetNaming naming, List<String> skipped) {
		return new FileRejectedException("Ingen tabell med kontroller hittades. " + naming.examined(skipped)
				+ " En kontrolltabell behöver en rubrikrad med t.ex. 'Kontrollmoment' eller 'Risk' samt 'Status' "
				+ "eller 'Resultat'.", naming.advice());
	}
}
