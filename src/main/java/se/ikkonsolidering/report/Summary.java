package se.ikkonsolidering.report;

import java.util.List;

/**
 * Everything the summary shows, computed once and rendered as HTML, PDF and XLSX alike, so the three never disagree.
 *
 * @param generated when the summary was made ({@code yyyy-MM-dd HH:mm})
 * @param namnder one line per nämnd
 * @param attention flagged controls per nämnd
 * @param submissions every file of the year and what became of it
 * @param method where the counted statuses came from
 * @param comparison against the previous year
 * @param corrections the economy office's corrections in force, those without a match, and lines not used
 * @param oversight plans against follow-ups, deadlines, the controls nämnder share, the draft assessment
 */
record Summary(int year, String generated, KeyFigures key, List<NamndFigures> namnder, StatusChart chart,
		List<FlaggedControl.Group> attention, List<SubmissionLine> submissions, MethodFigures method,
		Comparison comparison, CorrectionSection corrections, OversightView oversight) {

	Summary {
		namnder = List.copyOf(namnder);
		attention = List.copyOf(attention);
		submissions = List.copyOf(submissions);
	}

	/** The traffic-light rule in Swedish, as stated on the page. */
	public String trafficLightRule() {
		return TrafficLight.RULE;
	}

	/** A table's rows in bodies of {@link TableBodies#ROWS}, for the template's long tables. */
	public <T> List<List<T>> bodies(List<T> rows) {
		return TableBodies.of(rows);
	}

	/** Whether a nämnd's figures come from a file that states no period, so the page says once what its "–" means. */
	public boolean namndWithoutPeriod() {
		return namnder.stream().anyMatch(n -> n.submitted() && !n.periodStated());
	}

	/** Whether a listed file states no period, so the page says once what its "–" means. */
	public boolean fileWithoutPeriod() {
		return submissions.stream().anyMatch(SubmissionLine::periodMissing);
	}

	/** The flagged controls the page prints, most important first and bounded; the workbook has {@link #attention}. */
	public AttentionPage attentionPage() {
		return AttentionPage.of(attention, namnder);
	}

	/** The files the page lists, bounded, with a tally of all; the workbook lists every one. */
	public FileList fileList() {
		return FileList.of(submissions);
	}

	/** How shares are rounded, as stated on the page. */
	public String shareRule() {
		return Percent.RULE;
	}

	/** How a nämnd's figures are chosen among its files, as stated on the page. */
	public String periodRule() {
		return PeriodChoice.RULE;
	}
}
