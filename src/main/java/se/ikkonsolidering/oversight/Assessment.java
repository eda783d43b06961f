package se.ikkonsolidering.oversight;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The draft of kommunstyrelsen's assessment of one nämnd, or of the kommun as a whole: short Swedish sentences, each
 * with the figures it rests on and where to find them, and a verdict from the printed criteria. A draft for the
 * economy office to edit, not a decision.
 *
 * @param subject the nämnd, or "Kommunen"
 * @param findings what the figures say, in reading order
 * @param checks every criterion with the figure it was applied to
 */
public record Assessment(String subject, Verdict verdict, List<Finding> findings, List<Check> checks) {

	public Assessment {
		findings = List.copyOf(findings);
		checks = List.copyOf(checks);
	}

	/** Applies the criteria to the figures: the strictest verdict any criterion gives, else Tillräcklig. */
	static Assessment judge(String subject, List<Finding> findings, List<Criterion> criteria,
			Function<Measure, Optional<Criterion.Figure>> figures) {
		List<Check> checks = new ArrayList<>();
		Verdict verdict = Verdict.TILLRACKLIG;
		for (Criterion c : criteria) {
			Optional<Criterion.Figure> figure = figures.apply(c.measure());
			boolean holds = figure.map(c::holds).orElse(false);
			checks.add(new Check(c, figure.map(Criterion.Figure::toString), holds));
			if (holds) {
				verdict = verdict.atLeast(c.verdict());
			}
		}
		return new Assessment(subject, verdict, findings, checks);
	}

	/** The findings as one paragraph, closing with the verdict and the criteria it rests on. */
	public String paragraph() {
		return findings.stream().map(Finding::sentence).collect(Collectors.joining(" ")) + " " + conclusion();
	}

	/**
	 * "Utkast till bedömning: Delvis tillräcklig, eftersom andelen genomförda kontroller är 75 % (kriterium: under
	 * 90)."
	 */
	public String conclusion() {
		List<String> decisive = checks.stream()
			.filter(c -> c.holds() && c.criterion().verdict() == verdict)
			.map(c -> c.criterion().measure().reason(c.shown()) + " (kriterium: " + c.criterion().condition() + ")")
			.toList();
		if (decisive.isEmpty()) {
			return "Utkast till bedömning: " + verdict.swedish() + "; inget kriterium ger en strängare bedömning.";
		}
		String reasons = decisive.size() == 1 ? decisive.get(0)
				: String.join(", ", decisive.subList(0, decisive.size() - 1)) + " och " + decisive.get(decisive.size() - 1);
		return "Utkast till bedömning: " + verdict.swedish() + ", eftersom " + reasons + ".";
	}

	/**
	 * A sentence of the draft and what it rests on.
	 *
	 * @param basis where the figures in the sentence can be found ("kontroller.csv: …", "tidplanen, rad 3")
	 */
	public record Finding(String sentence, String basis) {
	}

	/**
	 * A criterion as applied.
	 *
	 * @param figure what the measure came to; empty when it cannot be measured (no tidplan, no plan, no follow-up)
	 */
	public record Check(Criterion criterion, Optional<String> figure, boolean holds) {

		/** "62", or "gäller ej" when it cannot be measured. */
		public String shown() {
			return figure.orElse("gäller ej");
		}
	}
}
