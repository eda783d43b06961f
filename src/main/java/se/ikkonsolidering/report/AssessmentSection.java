package se.ikkonsolidering.report;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import se.ikkonsolidering.classify.ControlStatus;
import se.ikkonsolidering.classify.Flag;
import se.ikkonsolidering.oversight.Assessment;
import se.ikkonsolidering.oversight.Criterion;
import se.ikkonsolidering.oversight.DraftAssessment;
import se.ikkonsolidering.oversight.Measure;
import se.ikkonsolidering.oversight.NamndFacts;
import se.ikkonsolidering.oversight.Oversight;
import se.ikkonsolidering.oversight.PlanReview;
import se.ikkonsolidering.oversight.Timeliness;
import se.ikkonsolidering.store.StoredControl;

/**
 * The section "Utkast till kommunstyrelsens bedömning": for the kommun and each nämnd a short paragraph whose every
 * sentence names what it rests on, a verdict, the printed criteria, and each nämnd's figure per criterion.
 */
record AssessmentSection(DraftAssessment draft) {

	static AssessmentSection of(List<NamndFigures> namnder, YearData current, Oversight oversight) {
		Map<Long, List<StoredControl>> controls = current.controlsBySubmission();
		Map<String, PlanReview> plans = current.plans().stream()
			.collect(Collectors.toMap(PlanReview::namnd, Function.identity(), (a, b) -> b));
		List<NamndFacts> facts = new ArrayList<>();
		for (NamndFigures n : namnder) {
			List<StoredControl> own = n.source().map(s -> controls.getOrDefault(s.id(), List.of())).orElse(List.of());
			List<Timeliness> deadlines = Timeliness.of(n.namnd(), current.year(), oversight.tidplan(),
					current.submissions(), oversight.today());
			facts.add(new NamndFacts(n.namnd(), current.year(), n.source(), n.counts().total(), n.counts().genomford(),
					Optional.ofNullable(plans.get(n.namnd())), deadlines,
					own.stream().filter(c -> c.status() == ControlStatus.EJ_GENOMFORD && c.action().isBlank()).toList(),
					own.stream().filter(c -> c.flags().contains(Flag.AVVIKELSE) && c.action().isBlank()).toList()));
		}
		return new AssessmentSection(DraftAssessment.of(facts, oversight.assessment()));
	}

	public Assessment kommun() {
		return draft.kommun();
	}

	public List<Assessment> namnder() {
		return draft.namnder();
	}

	/** The criteria for a nämnd, in Swedish, as applied. */
	public List<String> namndCriteria() {
		return draft.rules().criteria(true).stream().map(Criterion::swedish).toList();
	}

	/** The criteria for the kommun as a whole, in Swedish, as applied. */
	public List<String> kommunCriteria() {
		return draft.rules().criteria(false).stream().map(Criterion::swedish).toList();
	}

	/** The measures of the nämnd criteria, once each, in the order the criteria name them: the figure table's columns. */
	public List<Measure> measures() {
		Set<Measure> measures = new LinkedHashSet<>();
		draft.rules().criteria(true).forEach(c -> measures.add(c.measure()));
		return List.copyOf(measures);
	}

	/** A nämnd's figure for a measure, "–" when it cannot be measured. */
	public String figure(Assessment namnd, Measure measure) {
		return namnd.checks().stream().filter(c -> c.criterion().measure() == measure).findFirst()
			.flatMap(Assessment.Check::figure).orElse("–");
	}

	/** Whether a criterion on the measure gives the nämnd a stricter verdict than Tillräcklig. */
	public boolean decides(Assessment namnd, Measure measure) {
		return namnd.checks().stream().anyMatch(c -> c.criterion().measure() == measure && c.holds());
	}
}
