package se.ikkonsolidering.report;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import se.ikkonsolidering.store.Outcome;
import se.ikkonsolidering.store.StoredSubmission;

/**
 * Every file behind the year's summary, and what became of it, so an auditor can follow each figure to its file:
 * read files say whether they are the ones counted, replaced files say which file replaced them, rejected files say
 * why, and register nämnder that sent nothing close the list.
 */
final class SubmissionList {

	static final DateTimeFormatter RECEIVED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	/** What a plan shows in the period column: it covers the whole year. */
	static final String PLAN = "Plan";

	private SubmissionList() {
	}

	static List<SubmissionLine> build(YearData data, List<StoredSubmission> unread, List<NamndFigures> namnder) {
		Map<Long, StoredSubmission> byId = new HashMap<>();
		List<StoredSubmission> files = new ArrayList<>(data.submissions());
		files.addAll(unread);
		files.forEach(s -> byId.put(s.id(), s));
		files.sort(Comparator.comparingLong(StoredSubmission::id));
		Map<String, StoredSubmission> chosen = data.chosen();

		List<SubmissionLine> lines = new ArrayList<>();
		for (StoredSubmission s : files) {
			lines.add(new SubmissionLine(s.fileName(), s.namnd(),
					s.year() == null ? "" : s.isPlan() ? PLAN : SwedishNames.period(s.period()),
					SwedishNames.outcome(s.outcome()),
					css(s.outcome()), s.controlCount(),
					RECEIVED.format(s.receivedAt()), note(s, chosen.get(s.namnd()), byId), s.message(),
					FileMarks.of(data.notes().files(), s)));
		}
		for (NamndFigures n : namnder) {
			if (!n.submitted()) {
				lines.add(new SubmissionLine("", n.namnd(), "", SwedishNames.NOT_SUBMITTED, "ej-inlamnad", 0, "",
						"Ingen läsbar uppföljning för " + data.year() + " har kommit in från nämnden.", "",
						FileMarks.NONE));
			}
		}
		return lines;
	}

	private static String note(StoredSubmission s, StoredSubmission chosen, Map<Long, StoredSubmission> byId) {
		if (s.outcome() == Outcome.ERSATT) {
			StoredSubmission by = s.supersededBy() == null ? null : byId.get(s.supersededBy());
			return by == null ? "Ersatt av en senare fil." : "Ersatt av " + by.fileName() + ".";
		}
		if (s.outcome() == Outcome.DUBBLETT) {
			return "Samma innehåll som en fil som redan är inläst; lästes inte igen.";
		}
		if (s.outcome() == Outcome.AVVISAD) {
			return "Kunde inte läsas: " + lowerFirst(PlainReason.of(s.message()));
		}
		if (s.isPlan()) {
			return "Nämndens internkontrollplan för året. Dess kontroller räknas inte som uppföljda; de jämförs med "
					+ "nämndens uppföljning (se Planerat och återrapporterat).";
		}
		if (chosen != null && chosen.id() == s.id()) {
			return "Räknas i sammanställningen.";
		}
		return chosen == null ? "" : "Räknas inte: sammanställningen bygger på " + chosen.fileName() + " ("
				+ SwedishNames.period(chosen.period()) + ").";
	}

	private static String lowerFirst(String sentence) {
		return sentence.isEmpty() ? "okänt fel." : Character.toLowerCase(sentence.charAt(0)) + sentence.substring(1);
	}

	private static String css(Outcome outcome) {
		return switch (outcome) {
			case INLAST -> "inlast";
			case ERSATT -> "ersatt";
			case AVVISAD, DUBBLETT -> "avvisad";
		};
	}
}
