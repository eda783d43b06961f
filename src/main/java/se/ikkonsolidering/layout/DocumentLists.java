package se.ikkonsolidering.layout;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import se.ikkonsolidering.ingest.RawRow;

/**
 * The lists of a document's text as a whole: whether their items report on their controls themselves or only name
 * them over the lines that do, and which lists explain the statuses rather than list controls. A memo's "• Attest av
 * fakturor – klart, inga fel" is a control; "• Kontroll av att … " over "Genomförd utan anmärkning." names one; "•
 * Ej utförd – kontrollen har inte genomförts" explains a word of the scale.
 */
final class DocumentLists {

	/** Where a list item's name ends, if it has a report after it. */
	private static final Pattern NAME_END = Pattern.compile("\\s+[–—-]\\s+|:\\s+");
	/** Items of one list naming statuses: a scale explained, not controls. */
	private static final int STATUS_NAMES = 2;
	/** The dash between a control and its report: "… enl. riktlinje - gjort". */
	private static final Pattern DASH_AFTER = Pattern.compile("\\s*[–—-]\\s");
	/** "§ 14. Planen omfattar …": a sentence ends; "enl. riktlinje" is a word cut short. */
	private static final Pattern SENTENCE_END = Pattern.compile("[.!?]\\s+\\p{Lu}");
	/** A line ending a sentence or a clause: what follows it is no wrapped part of it. */
	private static final Pattern LINE_END = Pattern.compile("[.!?:;]\\s*$");
	/** "1. ", "2) ": an item's number typed before it. */
	private static final Pattern LIST_NUMBER = Pattern.compile("^\\d{1,2}[.)]\\s+");
	/** Lines without bullets make a list only when several follow one another. */
	private static final int MIN_UNBULLETED_RUN = 2;
	/** A status is named in a few words: "Ej utförd", "Ingen anmärkning". */
	private static final int STATUS_WORDS = 3;

	private final Set<Integer> items = new HashSet<>();
	private final Set<Integer> explaining = new HashSet<>();
	private final boolean itemsReport;

	/**
	 * @param setAsItems the rows the document sets as list items (a typed bullet makes an item too, and so do lines
	 *        written one under the other as "control – status", as a mail lists them without bullets)
	 */
	DocumentLists(List<RawRow> rows, Set<Integer> setAsItems, FormLines lines, Vocabulary meanings, Labels labels) {
		List<RawRow> filled = rows.stream().filter(r -> !r.isBlank()).toList();
		filled.stream().filter(r -> setAsItems.contains(r.number()) || typedBullet(r)).forEach(r -> items.add(r.number()));
		items.addAll(unbulletedItems(filled, meanings, labels));
		int overReports = 0;
		List<RawRow> run = new ArrayList<>();
		for (int i = 0; i < filled.size(); i++) {
			RawRow row = filled.get(i);
			if (!isItem(row)) {
				endRun(run, meanings);
				continue;
			}
			run.add(row);
			RawRow next = i + 1 < filled.size() ? filled.get(i + 1) : null;
			if (next != null && !isItem(next) && reportsOnTheLineAbove(next, lines)) {
				overReports++;
			}
		}
		endRun(run, meanings);
		this.itemsReport = overReports * 2 < items.size();
	}

	/** Most items stand right above another item or a heading, not above their report. */
	boolean itemsReport() {
		return itemsReport;
	}

	boolean isItem(RawRow row) {
		return isItem(row.number());
	}

	boolean isItem(int row) {
		return items.contains(row);
	}

	/** The row is an item of a list explaining the statuses ("Pågår – kontrollen är påbörjad men inte slutförd"). */
	boolean explainsStatuses(int row) {
		return explaining.contains(row);
	}

	private void endRun(List<RawRow> run, Vocabulary meanings) {
		long statusNames = run.stream()
			.map(r -> NAME_END.split(ListedControl.withoutBullet(r.nonBlankCells().get(0).text()), 2))
			.filter(parts -> parts.length == 2 && parts[0].split("\\s+").length <= STATUS_WORDS && meanings.knows(parts[0]))
			.count();
		if (statusNames >= STATUS_NAMES) {
			run.forEach(r -> explaining.add(r.number()));
		}
		run.clear();
	}

	/**
	 * "Arvoden till gode män enl. riktlinje - gjort, inga avvikelser" on line after line with no blank between, each
	 * naming a control and opening its report with a status: a list typed without bullets.
	 */
	private static Set<Integer> unbulletedItems(List<RawRow> filled, Vocabulary meanings, Labels labels) {
		Set<Integer> found = new HashSet<>();
		List<Integer> run = new ArrayList<>();
		int runEnd = -1;
		String lineAbove = "";
		int previous = -1;
		for (RawRow row : filled) {
			String text = row.nonBlankCells().get(0).text().strip();
			// A mail spaces its list with blank lines: the next line written is the next in the list.
			boolean follows = !run.isEmpty() && previous == runEnd;
			previous = row.number();
			boolean item = FormLines.oneText(row) && !typedBullet(row) && (ListedControl.ofListItem(text, true, false,
					meanings, labels).filter(l -> namedBeforeADash(text, l.kontrollmoment())).isPresent()
					// Right under such a line, one whose report was left out after its dash is an item too.
					|| follows && ListedControl.unanswered(text).isPresent());
			if (!item && follows && continuesTheLineAbove(lineAbove, row)) {
				// A report wrapped onto the next line ("… fakturerade med föreningstaxa fast" / "hyresgästen var …")
				// keeps the list going under it.
				runEnd = row.number();
				lineAbove = text;
				continue;
			}
			if (!item || !follows) {
				endUnbulletedRun(run, found);
			}
			if (item) {
				run.add(row.number());
				runEnd = row.number();
				lineAbove = text;
			}
		}
		endUnbulletedRun(run, found);
		return found;
	}

	/** The line above ends in mid-sentence and this one carries on in lower case: one line wrapped in two. */
	private static boolean continuesTheLineAbove(String lineAbove, RawRow row) {
		String text = row.nonBlankCells().get(0).text().strip();
		return FormLines.oneText(row) && !typedBullet(row) && !text.isEmpty() && Character.isLowerCase(text.charAt(0))
				&& !lineAbove.isEmpty() && !LINE_END.matcher(lineAbove).find();
	}

	private static void endUnbulletedRun(List<Integer> run, Set<Integer> found) {
		if (run.size() >= MIN_UNBULLETED_RUN) {
			found.addAll(run);
		}
		run.clear();
	}

	/**
	 * The control is named in words, not sentences, and a dash parts it from its report; its list number ("1. Attest
	 * …") ends no sentence.
	 */
	private static boolean namedBeforeADash(String line, String control) {
		return !SENTENCE_END.matcher(LIST_NUMBER.matcher(control).replaceFirst("")).find()
				&& DASH_AFTER.matcher(line.substring(control.length())).lookingAt();
	}

	private static boolean reportsOnTheLineAbove(RawRow row, FormLines lines) {
		String text = row.nonBlankCells().get(0).text();
		return !FormLines.oneText(row) || FormLines.isProse(text) || FormReader.ANSWER_BOXES.matcher(text).find()
				|| lines.line(row).isPresent();
	}

	private static boolean typedBullet(RawRow row) {
		return FormLines.oneText(row) && ListedControl.opensWithABullet(row.nonBlankCells().get(0).text());
	}
}
