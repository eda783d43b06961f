package se.ikkonsolidering.submission;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import se.ikkonsolidering.ingest.DocumentText;
import se.ikkonsolidering.layout.ControlRow;
import se.ikkonsolidering.layout.Field;
import se.ikkonsolidering.layout.RuleFile;
import se.ikkonsolidering.layout.SheetReading;
import se.ikkonsolidering.layout.TableLayout;

/**
 * Tells a nämnd's internkontrollplan from a follow-up of it by what the file says about itself
 * ({@code dokumenttyp.csv}): a title that names a plan and no follow-up, and tables with neither a status nor a
 * result column, since a plan is adopted before anything is done. A file the economy office put in the inbox's
 * {@code planer/} folder is a plan whatever it says.
 */
final class PlanRecognition {

	/** Where a file names itself: never its prose, where a plan says how it will be followed up. */
	private static final Set<DocumentText.Kind> TITLES = Set.of(DocumentText.Kind.TITLE, DocumentText.Kind.SUBJECT,
			DocumentText.Kind.HEADER);

	/** The most words a title has; seed 001's "Helårsuppföljning av kritiska risker i …" has nine. */
	private static final int TITLE_WORDS = 12;

	private final List<Pattern> plan;
	private final List<Pattern> followUp;

	PlanRecognition(List<Pattern> plan, List<Pattern> followUp) {
		this.plan = List.copyOf(plan);
		this.followUp = List.copyOf(followUp);
	}

	static PlanRecognition load(Path configDir) {
		List<Pattern> plan = new ArrayList<>();
		List<Pattern> followUp = new ArrayList<>();
		for (String[] row : RuleFile.read("dokumenttyp.csv", 2, configDir)) {
			Pattern pattern = Pattern.compile(row[1], Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
			switch (row[0]) {
				case "PLAN" -> plan.add(pattern);
				case "UPPFOLJNING" -> followUp.add(pattern);
				default -> throw new IllegalStateException("dokumenttyp.csv: unknown kind " + row[0]);
			}
		}
		return new PlanRecognition(plan, followUp);
	}

	private static final Pattern QUOTED_OR_SENTENCE = Pattern.compile("^\\s*>|\\.\\s*$");

	/**
	 * @param filedAsPlan the file came from the inbox's {@code planer/} folder
	 * @return why the file is a plan, in Swedish for its message; empty for a follow-up
	 */
	Optional<String> whyPlan(boolean filedAsPlan, String fileName, List<SheetReading> read, List<DocumentText> texts) {
		if (filedAsPlan) {
			return Optional.of("filen låg i mappen planer/ i inkorgen");
		}
		// A sentence ending in a full stop, or a line quoted from an e-mail ("> … kontrollmoment i internkontrollplanen
		// 2025."), speaks of the plan; a title names the document.
		List<String> titles = titles(fileName, read, texts).stream().filter(t -> !QUOTED_OR_SENTENCE.matcher(t).find())
			.toList();
		Optional<String> planTitle = titles.stream().filter(t -> names(plan, t) && !names(followUp, t)).findFirst();
		boolean followUpTitle = titles.stream().anyMatch(t -> names(plan, t) && names(followUp, t));
		// "Internkontrollplan 2026 – antagen" over empty T1, Delår and Helår columns: the plan, its follow-up
		// columns made ready and nothing reported in them yet.
		boolean unfilled = hasResults(read) && read.stream().flatMap(r -> r.controls().stream())
			.noneMatch(ControlRow::reportsAnything);
		if (planTitle.isEmpty() || followUpTitle || hasResults(read) && !unfilled) {
			return Optional.empty();
		}
		return Optional.of("rubriken '" + planTitle.get() + "' och " + (unfilled
				? "inget ifyllt i kolumnerna för status och resultat" : "ingen kolumn för status eller resultat"));
	}

	/** What a plan's reading says about the file: why it was read as a plan, and what becomes of its controls. */
	static String read(String whyPlan) {
		return "lästes som internkontrollplan (" + whyPlan + "); planens kontroller räknas inte som uppföljda utan "
				+ "jämförs med nämndens uppföljning";
	}

	/** A plan's statuses: none, its controls being planned. */
	static String statuses(int planned) {
		return "inga (" + planned + " planerade kontroller)";
	}

	/**
	 * What a follow-up's message should say when the file might be a plan read as a follow-up: a plan title beside
	 * a status or result column, or no such column at all. Nothing for a plan.
	 */
	Optional<Notice> doubt(Optional<String> whyPlan, String fileName, List<SheetReading> read,
			List<DocumentText> texts) {
		if (whyPlan.isPresent()) {
			return Optional.empty();
		}
		boolean planTitle = titles(fileName, read, texts).stream().anyMatch(t -> names(plan, t) && !names(followUp, t));
		if (planTitle && hasResults(read)) {
			return Optional.of(new Notice("Rubriken nämner en internkontrollplan, men tabellen har status eller "
					+ "resultat, så filen lästes som uppföljning.", "rubriken nämner en internkontrollplan"));
		}
		boolean anyResult = read.stream().flatMap(r -> r.layout().stream())
			.anyMatch(l -> l.has(Field.STATUS) || l.has(Field.RESULTAT));
		// "Valnämnden har inte antagit någon internkontrollplan …": an answer that there is nothing to follow up.
		if (!anyResult && !read.stream().allMatch(SheetReading::answersItHasNone)) {
			return Optional.of(new Notice("Tabellen har varken status- eller resultatkolumn. Är filen nämndens "
					+ "internkontrollplan, lägg den i mappen planer/ i inkorgen.", "kan vara en internkontrollplan"));
		}
		return Optional.empty();
	}

	/**
	 * Whether a table has a column headed as status or result, tick columns, or a status explained by a legend. A
	 * column the reader took for the result by its prose alone (no heading word matched) does not count: a plan has
	 * prose columns too ("Metod", "Hantering").
	 */
	private static boolean hasResults(List<SheetReading> read) {
		return read.stream().anyMatch(r -> r.layout().map(l -> headed(l, Field.STATUS) || headed(l, Field.RESULTAT)
				|| l.extra().values().stream().anyMatch(e -> e.field() == Field.STATUSMARKERING)
				|| (l.has(Field.STATUS) && r.legend().isPresent())).orElse(false));
	}

	private static boolean headed(TableLayout layout, Field field) {
		return layout.column(field).isPresent() && !layout.synonyms().getOrDefault(field, "").isEmpty();
	}

	/** The file's short texts about itself; a longer text above a table is prose ("Nämnden har antagit en …"). */
	private static List<String> titles(String fileName, List<SheetReading> read, List<DocumentText> texts) {
		List<String> titles = new ArrayList<>();
		read.forEach(r -> titles.addAll(r.titles()));
		titles.add(fileName);
		texts.stream().filter(t -> TITLES.contains(t.kind())).map(DocumentText::text).forEach(titles::add);
		return titles.stream()
			.map(String::strip)
			.filter(t -> !t.isEmpty() && t.split("\\s+").length <= TITLE_WORDS)
			.toList();
	}

	private static boolean names(List<Pattern> patterns, String text) {
		return patterns.stream().anyMatch(p -> p.matcher(text).find());
	}
}
