package se.ikkonsolidering.oversight;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import se.ikkonsolidering.store.PlannedControl;
import se.ikkonsolidering.store.StoredControl;
import se.ikkonsolidering.store.StoredSubmission;
import se.ikkonsolidering.submission.Period;

/**
 * Drafts kommunstyrelsen's assessment of one nämnd: a sentence per criterion's figure, each naming where the figure
 * can be checked, then the verdict the criteria give.
 */
final class NamndAssessor {

	/** How many controls a sentence names before "och N till". */
	private static final int NAMED = 3;
	private static final int NAME_LENGTH = 70;

	private final AssessmentRules rules;

	NamndAssessor(AssessmentRules rules) {
		this.rules = rules;
	}

	Assessment assess(NamndFacts f) {
		Map<Measure, Criterion.Figure> figures = new EnumMap<>(Measure.class);
		List<Assessment.Finding> findings = new ArrayList<>();
		figures.put(Measure.EJ_INLAMNAD, Criterion.Figure.of(f.followUp().isEmpty() ? 1 : 0));
		if (f.followUp().isEmpty()) {
			findings.add(new Assessment.Finding("Ingen uppföljning för " + f.year() + " har kommit in från nämnden, så "
					+ "dess interna kontroll kan inte bedömas som tillräcklig.", "inlamningar.csv: EJ_INLAMNAD"));
		}
		deadlines(f, figures, findings);
		f.followUp().ifPresent(followUp -> followUp(f, followUp, figures, findings));
		return Assessment.judge(f.namnd(), findings, rules.criteria(true), m -> Optional.ofNullable(figures.get(m)));
	}

	private static void deadlines(NamndFacts f, Map<Measure, Criterion.Figure> figures,
			List<Assessment.Finding> findings) {
		if (f.deadlines().isEmpty()) {
			return;
		}
		long late = 0;
		long missing = 0;
		boolean anyIn = false;
		for (Timeliness t : f.deadlines()) {
			Deadline d = t.deadline();
			String period = d.period().swedish() + ": ";
			String sentence = switch (t.state()) {
				case ON_TIME -> period + "uppföljningen kom i tid, " + received(t) + " (sista dag " + d.lastDay() + ").";
				case LATE -> period + "uppföljningen kom " + received(t) + ", " + t.swedish().replace(" sen", "")
						+ " efter sista dag " + d.lastDay() + ".";
				case MISSING -> period + "uppföljningen saknas, " + count((int) t.days(), "dag", "dagar") + " efter sista "
						+ "dag " + d.lastDay() + ".";
				case NOT_DUE -> period + "sista dag " + d.lastDay() + " har inte passerat.";
				case NO_PERIOD -> period + "uppföljningen '" + t.first().map(StoredSubmission::fileName).orElse("")
						+ "' anger ingen period, så den kan inte jämföras med sista dag " + d.lastDay() + ".";
			};
			findings.add(new Assessment.Finding(sentence, "tidplanen, rad " + d.line() + "; inlamningar.csv, kolumnen "
					+ "tidplan"));
			anyIn |= t.state() == Timeliness.State.ON_TIME || t.state() == Timeliness.State.LATE;
			late = Math.max(late, t.state() == Timeliness.State.LATE ? t.days() : 0);
			missing = Math.max(missing, t.state() == Timeliness.State.MISSING ? t.days() : 0);
		}
		if (anyIn) {
			figures.put(Measure.DAGAR_SEN, Criterion.Figure.of(late));
		}
		figures.put(Measure.DAGAR_UTAN_UPPFOLJNING, Criterion.Figure.of(missing));
	}

	private void followUp(NamndFacts f, StoredSubmission followUp, Map<Measure, Criterion.Figure> figures,
			List<Assessment.Finding> findings) {
		String file = "'" + followUp.fileName() + "'";
		if (f.controls() > 0) {
			figures.put(Measure.ANDEL_GENOMFORDA, Criterion.Figure.of(f.percentDone()));
			findings.add(new Assessment.Finding(f.done() + " av " + f.controls() + " kontroller (" + f.percentDone()
					+ " %) är genomförda enligt uppföljningen " + file + " ("
					+ followUp.period().map(Period::swedish).orElse("ingen period angiven") + ").",
					"kontroller.csv: nämndens rader, status GENOMFORD"));
		}
		plan(f, figures, findings);
		figures.put(Measure.EJ_GENOMFORDA_UTAN_ATGARD, Criterion.Figure.of(f.notDoneWithoutAction().size()));
		findings.add(new Assessment.Finding(f.notDoneWithoutAction().isEmpty()
				? "Ingen ej genomförd kontroll saknar åtgärd."
				: count(f.notDoneWithoutAction().size(), "ej genomförd kontroll", "ej genomförda kontroller")
						+ " saknar åtgärd: " + names(f.notDoneWithoutAction()) + ".",
				"kontroller.csv: status EJ_GENOMFORD och tom åtgärd" + rows(f.notDoneWithoutAction())));
		figures.put(Measure.AVVIKELSER_UTAN_ATGARD, Criterion.Figure.of(f.deviationsWithoutAction().size()));
		findings.add(new Assessment.Finding(f.deviationsWithoutAction().isEmpty()
				? "Ingen rapporterad avvikelse saknar åtgärd."
				: count(f.deviationsWithoutAction().size(), "kontroll", "kontroller") + " med rapporterad avvikelse "
						+ "saknar åtgärd: " + names(f.deviationsWithoutAction()) + ".",
				"kontroller.csv: flaggan AVVIKELSE och tom åtgärd" + rows(f.deviationsWithoutAction())));
		Optional<String> own = Optional.ofNullable(followUp.assessment()).filter(a -> !a.isBlank());
		figures.put(Measure.EGEN_BEDOMNING, Criterion.Figure.word(rules.ownAssessment(own)));
		findings.add(new Assessment.Finding(own.map(a -> "Nämnden bedömer själv sin interna kontroll: '" + a + "'.")
			.orElse("Nämnden anger ingen egen helhetsbedömning i uppföljningen."),
				"uppföljningen " + file + ", kolumnen Nämndens bedömning i Per nämnd"));
	}

	private static void plan(NamndFacts f, Map<Measure, Criterion.Figure> figures, List<Assessment.Finding> findings) {
		if (f.plan().isEmpty()) {
			findings.add(new Assessment.Finding("Nämnden har inte lämnat någon internkontrollplan, så uppföljningen har "
					+ "inte kunnat jämföras med planen.", "avsnittet Planerat och återrapporterat"));
			return;
		}
		PlanReview plan = f.plan().get();
		List<PlannedControl> missing = plan.notReported();
		figures.put(Measure.EJ_ATERRAPPORTERADE, Criterion.Figure.of(missing.size()));
		String sentence = missing.isEmpty()
				? "Alla planerade kontroller i internkontrollplanen '" + plan.plan().fileName() + "' som skulle "
						+ "återrapporteras finns i uppföljningen (" + plan.reported().size() + " av " + plan.planned().size()
						+ ")."
				: missing.size() + " av " + plan.planned().size() + " planerade kontroller i internkontrollplanen '"
						+ plan.plan().fileName() + "' har inte återrapporterats: " + plannedNames(missing) + ".";
		findings.add(new Assessment.Finding(sentence, "kontroller.csv: flaggan EJ_ATERRAPPORTERAD"
				+ (missing.isEmpty() ? "" : ", planens rad " + missing.stream().map(p -> String.valueOf(p.sourceRow()))
					.collect(Collectors.joining(", ")))));
	}

	private static String received(Timeliness t) {
		return t.first().map(s -> s.receivedAt().toLocalDate().toString()).orElse("");
	}

	private static String count(int n, String one, String many) {
		return n + " " + (n == 1 ? one : many);
	}

	private static String names(List<StoredControl> controls) {
		return named(controls.stream().map(c -> c.kontrollmoment().isBlank() ? c.risk() : c.kontrollmoment()).toList());
	}

	private static String plannedNames(List<PlannedControl> controls) {
		return named(controls.stream().map(c -> c.kontrollmoment().isBlank() ? c.risk() : c.kontrollmoment()).toList());
	}

	/** The first few names, each shortened, then how many more. */
	private static String named(List<String> texts) {
		String shown = texts.stream().limit(NAMED)
			.map(t -> t.length() <= NAME_LENGTH ? t : t.substring(0, NAME_LENGTH).strip() + " …")
			.map(t -> "'" + t.replace('\n', ' ') + "'")
			.collect(Collectors.joining(", "));
		return texts.size() > NAMED ? shown + " och " + (texts.size() - NAMED) + " till" : shown;
	}

	private static String rows(List<StoredControl> controls) {
		return controls.isEmpty() ? "" : ", rad " + controls.stream().map(c -> String.valueOf(c.sourceRow()))
			.collect(Collectors.joining(", "));
	}
}
