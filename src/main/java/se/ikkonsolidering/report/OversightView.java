package se.ikkonsolidering.report;

import java.util.List;

import se.ikkonsolidering.oversight.Oversight;

/**
 * The summary's sections for kommunstyrelsen's oversight, kept apart from the follow-ups' figures they build on.
 *
 * @param plans each nämnd's adopted plan against its counted follow-up
 * @param deadlines each nämnd's follow-ups against the tidplan
 * @param assessment the draft of kommunstyrelsen's assessment
 * @param common the controls several nämnder share, control × nämnd
 */
record OversightView(PlanSection plans, DeadlineSection deadlines, AssessmentSection assessment,
		CommonSection common) {

	static OversightView of(List<NamndFigures> namnder, YearData current, Oversight oversight) {
		return new OversightView(PlanSection.of(namnder, current.plans()),
				DeadlineSection.of(namnder, current, oversight), AssessmentSection.of(namnder, current, oversight),
				CommonSection.of(namnder, current, oversight.common()));
	}
}
