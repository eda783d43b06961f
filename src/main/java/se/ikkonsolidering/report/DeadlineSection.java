package se.ikkonsolidering.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import se.ikkonsolidering.oversight.Oversight;
import se.ikkonsolidering.oversight.Timeliness;
import se.ikkonsolidering.store.StoredSubmission;

/**
 * The section "Inlämning enligt tidplanen": per nämnd and period of the tidplan, its last day, when the job first saw
 * the nämnd's follow-up for it, and whether that was in time, how late, or how long it has been missing.
 *
 * @param hasTidplan whether the run had a tidplan at all
 * @param today the day missing follow-ups are counted to
 */
record DeadlineSection(boolean hasTidplan, LocalDate today, List<Line> lines) {

	static final String RULE = "En uppföljning räknas som inkommen när programmet först såg den i inkorgen; en rättad "
			+ "fil som ersätter en som kom i tid gör inte nämnden sen. En fil utan period jämförs med tidplanen bara "
			+ "när tidplanen ger nämnden en enda sista dag för året.";

	DeadlineSection {
		lines = List.copyOf(lines);
	}

	static DeadlineSection of(List<NamndFigures> namnder, YearData current, Oversight oversight) {
		List<Line> lines = new ArrayList<>();
		for (NamndFigures n : namnder) {
			List<Timeliness> deadlines = Timeliness.of(n.namnd(), current.year(), oversight.tidplan(),
					current.submissions(), oversight.today());
			if (deadlines.isEmpty()) {
				lines.add(new Line(n.namnd(), "–", "–", "", "", "ingen sista dag i tidplanen för " + current.year(),
						"ingen"));
			}
			deadlines.forEach(t -> lines.add(Line.of(n.namnd(), t)));
		}
		return new DeadlineSection(!oversight.tidplan().isEmpty(), oversight.today(), lines);
	}

	public String rule() {
		return RULE;
	}

	/**
	 * One nämnd's follow-up for one period.
	 *
	 * @param received when the job first saw the follow-up, {@code yyyy-MM-dd HH:mm}; empty when none has come
	 * @param stateCss lower-case state for the page's CSS classes
	 */
	record Line(String namnd, String period, String lastDay, String received, String file, String state,
			String stateCss) {

		static Line of(String namnd, Timeliness t) {
			return new Line(namnd, t.deadline().period().swedish(), t.deadline().lastDay().toString(),
					t.first().map(s -> SubmissionList.RECEIVED.format(s.receivedAt())).orElse(""),
					t.first().map(StoredSubmission::fileName).orElse(""), t.swedish(),
					t.state().name().toLowerCase(Locale.ROOT).replace('_', '-'));
		}
	}
}
