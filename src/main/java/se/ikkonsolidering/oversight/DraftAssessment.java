package se.ikkonsolidering.oversight;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The draft of kommunstyrelsen's assessment (KL 6 kap. 6 §): one per nämnd, then one for the kommun as a whole from
 * the nämnders' drafts and figures, all by the criteria of {@link AssessmentRules}.
 *
 * @param namnder one per nämnd, in the summary's order
 */
public record DraftAssessment(List<Assessment> namnder, Assessment kommun, AssessmentRules rules) {

	public DraftAssessment {
		namnder = List.copyOf(namnder);
	}

	public static DraftAssessment of(List<NamndFacts> facts, AssessmentRules rules) {
		NamndAssessor assessor = new NamndAssessor(rules);
		List<Assessment> namnder = facts.stream().map(assessor::assess).toList();
		return new DraftAssessment(namnder, kommun(facts, namnder, rules), rules);
	}

	private static Assessment kommun(List<NamndFacts> facts, List<Assessment> namnder, AssessmentRules rules) {
		int total = namnder.size();
		Map<Verdict, Integer> byVerdict = new EnumMap<>(Verdict.class);
		namnder.forEach(a -> byVerdict.merge(a.verdict(), 1, Integer::sum));
		int inte = byVerdict.getOrDefault(Verdict.INTE, 0);
		int tillracklig = byVerdict.getOrDefault(Verdict.TILLRACKLIG, 0);
		Map<Measure, Criterion.Figure> figures = new EnumMap<>(Measure.class);
		figures.put(Measure.NAMNDER_INTE_TILLRACKLIGA, Criterion.Figure.of(inte));
		figures.put(Measure.ANDEL_NAMNDER_INTE_TILLRACKLIGA, Criterion.Figure.of(percent(inte, total)));
		figures.put(Measure.ANDEL_NAMNDER_TILLRACKLIGA, Criterion.Figure.of(percent(tillracklig, total)));

		List<Assessment.Finding> findings = new ArrayList<>();
		long reported = facts.stream().filter(f -> f.followUp().isPresent()).count();
		int year = facts.isEmpty() ? 0 : facts.get(0).year();
		findings.add(new Assessment.Finding("Av " + total + " nämnder har " + reported + " lämnat uppföljning för " + year
				+ ".", "avsnittet Per nämnd; inlamningar.csv"));
		findings.add(new Assessment.Finding("Utkastet bedömer den interna kontrollen som tillräcklig hos " + tillracklig
				+ ", delvis tillräcklig hos " + byVerdict.getOrDefault(Verdict.DELVIS, 0) + " och inte tillräcklig hos "
				+ inte + " nämnder.", "utkasten per nämnd nedan"));
		int controls = facts.stream().mapToInt(NamndFacts::controls).sum();
		int done = facts.stream().mapToInt(NamndFacts::done).sum();
		findings.add(new Assessment.Finding("Av " + controls + " kontroller är " + done + " (" + percent(done, controls)
				+ " %) genomförda.", "avsnittet Sammanfattning; kontroller.csv"));
		long plans = facts.stream().filter(f -> f.plan().isPresent()).count();
		int notReported = facts.stream().mapToInt(f -> f.plan().map(p -> p.notReported().size()).orElse(0)).sum();
		findings.add(new Assessment.Finding(plans + " av " + total + " nämnder har lämnat en internkontrollplan; "
				+ (notReported == 1 ? "1 planerad kontroll har" : notReported + " planerade kontroller har") + " inte "
				+ "återrapporterats.", "avsnittet Planerat och återrapporterat; kontroller.csv, flaggan EJ_ATERRAPPORTERAD"));
		deadlines(facts).ifPresent(findings::add);
		return Assessment.judge("Kommunen", findings, rules.criteria(false), m -> Optional.ofNullable(figures.get(m)));
	}

	private static Optional<Assessment.Finding> deadlines(List<NamndFacts> facts) {
		if (facts.stream().allMatch(f -> f.deadlines().isEmpty())) {
			return Optional.empty();
		}
		long late = facts.stream().filter(f -> has(f, Timeliness.State.LATE)).count();
		long missing = facts.stream().filter(f -> has(f, Timeliness.State.MISSING)).count();
		return Optional.of(new Assessment.Finding(namnder(late) + " lämnade uppföljning efter sista dag i tidplanen och "
				+ namnder(missing) + " saknar en uppföljning vars sista dag har passerat.",
				"avsnittet Inlämning enligt tidplanen"));
	}

	private static String namnder(long n) {
		return n + (n == 1 ? " nämnd" : " nämnder");
	}

	private static boolean has(NamndFacts f, Timeliness.State state) {
		return f.deadlines().stream().anyMatch(t -> t.state() == state);
	}

	private static long percent(long part, long whole) {
		return whole == 0 ? 0 : part * 100 / whole;
	}
}
