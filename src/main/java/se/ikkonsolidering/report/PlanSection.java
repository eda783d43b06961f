package se.ikkonsolidering.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import se.ikkonsolidering.oversight.PlanReview;
import se.ikkonsolidering.store.PlannedControl;
import se.ikkonsolidering.store.StoredControl;

/**
 * The section "Planerat och återrapporterat": per nämnd, its adopted plan against the follow-up that counts, then the
 * planned controls never reported and the reported controls outside the plan, each with where it stands. At most
 * {@link #SHOWN} of each list are on the page; the workbook has them all.
 *
 * @param lines one per nämnd of the summary, then any nämnd with only a plan
 */
record PlanSection(List<Line> lines, List<Listed> notReported, List<Listed> outsidePlan) {

	static final int SHOWN = 200;

	PlanSection {
		lines = List.copyOf(lines);
		notReported = List.copyOf(notReported);
		outsidePlan = List.copyOf(outsidePlan);
	}

	static PlanSection of(List<NamndFigures> namnder, List<PlanReview> plans) {
		Map<String, PlanReview> byNamnd = new LinkedHashMap<>();
		plans.forEach(p -> byNamnd.put(p.namnd(), p));
		List<Line> lines = new ArrayList<>();
		for (NamndFigures n : namnder) {
			lines.add(new Line(n.namnd(), Optional.ofNullable(byNamnd.remove(n.namnd()))));
		}
		byNamnd.values().forEach(p -> lines.add(new Line(p.namnd(), Optional.of(p))));
		List<Listed> notReported = new ArrayList<>();
		List<Listed> outside = new ArrayList<>();
		for (Line line : lines) {
			line.review().ifPresent(p -> {
				p.notReported().forEach(c -> notReported.add(Listed.of(p.namnd(), c)));
				p.outsidePlan().forEach(c -> outside.add(Listed.of(p.namnd(), c)));
			});
		}
		return new PlanSection(lines, notReported, outside);
	}

	public boolean anyPlan() {
		return lines.stream().anyMatch(Line::hasPlan);
	}

	public List<Listed> notReportedShown() {
		return notReported.subList(0, Math.min(SHOWN, notReported.size()));
	}

	public List<Listed> outsidePlanShown() {
		return outsidePlan.subList(0, Math.min(SHOWN, outsidePlan.size()));
	}

	/** One nämnd: its plan held against its counted follow-up, or none. */
	record Line(String namnd, Optional<PlanReview> review) {

		public boolean hasPlan() {
			return review.isPresent();
		}

		public boolean followedUp() {
			return review.flatMap(PlanReview::followUp).isPresent();
		}

		public String planFile() {
			return review.map(r -> r.plan().fileName()).orElse("");
		}

		public int planned() {
			return review.map(r -> r.planned().size()).orElse(0);
		}

		public int reported() {
			return review.map(r -> r.reported().size()).orElse(0);
		}

		public int notReported() {
			return review.map(r -> r.notReported().size()).orElse(0);
		}

		public int dueLater() {
			return review.map(r -> r.dueLater().size()).orElse(0);
		}

		public int outsidePlan() {
			return review.map(r -> r.outsidePlan().size()).orElse(0);
		}
	}

	/**
	 * A control in one of the section's lists.
	 *
	 * @param source file, sheet and row: the plan's for a control never reported, the follow-up's for one outside
	 */
	record Listed(String namnd, String process, ShortText kontrollmoment, String source) {

		static Listed of(String namnd, PlannedControl c) {
			return new Listed(namnd, c.process(), ShortText.of(text(c.kontrollmoment(), c.risk())),
					c.fileName() + ", flik " + c.sheet() + ", rad " + c.sourceRow());
		}

		static Listed of(String namnd, StoredControl c) {
			return new Listed(namnd, c.process(), ShortText.of(text(c.kontrollmoment(), c.risk())),
					c.fileName() + ", flik " + c.sheet() + ", rad " + c.sourceRow());
		}

		private static String text(String kontrollmoment, String risk) {
			return kontrollmoment.isBlank() ? risk : kontrollmoment;
		}
	}
}
