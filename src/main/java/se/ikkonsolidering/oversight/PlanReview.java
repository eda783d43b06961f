package se.ikkonsolidering.oversight;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import se.ikkonsolidering.classify.ControlStatus;
import se.ikkonsolidering.classify.Flag;
import se.ikkonsolidering.classify.StatusSource;
import se.ikkonsolidering.store.PlannedControl;
import se.ikkonsolidering.store.StoredControl;
import se.ikkonsolidering.store.StoredSubmission;
import se.ikkonsolidering.submission.Period;
import se.ikkonsolidering.submission.PeriodRules;

/**
 * One nämnd's adopted internkontrollplan held against the follow-up that counts for the nämnd: which planned controls
 * it reports, which it leaves out, which are not due until a later period, and which reported controls are not in
 * the plan.
 *
 * @param plan the nämnd's current plan
 * @param planned the plan's controls
 * @param followUp the follow-up that counts for the nämnd; empty when none has come in
 * @param reported the planned controls the follow-up reports, each with its control there
 * @param notReported the planned controls the follow-up leaves out although they are due
 * @param dueLater the planned controls the plan reports back in a later period than the follow-up's
 * @param outsidePlan the follow-up's controls that are not in the plan
 */
public record PlanReview(StoredSubmission plan, List<PlannedControl> planned, Optional<StoredSubmission> followUp,
		List<Reported> reported, List<PlannedControl> notReported, List<PlannedControl> dueLater,
		List<StoredControl> outsidePlan) {

	/** How kontroller.csv marks a reported control the plan does not have. */
	public static final String OUTSIDE = "utanför planen";

	/** How kontroller.csv marks the row of a planned control the follow-up leaves out. */
	public static final String NOT_REPORTED = "ej återrapporterad";

	public PlanReview {
		planned = List.copyOf(planned);
		reported = List.copyOf(reported);
		notReported = List.copyOf(notReported);
		dueLater = List.copyOf(dueLater);
		outsidePlan = List.copyOf(outsidePlan);
	}

	/**
	 * @param followUp the follow-up that counts for the plan's nämnd, or {@code null}
	 * @param controls that follow-up's controls
	 */
	static PlanReview of(StoredSubmission plan, List<PlannedControl> planned, StoredSubmission followUp,
			List<StoredControl> controls, PeriodRules periods) {
		if (followUp == null) {
			return new PlanReview(plan, planned, Optional.empty(), List.of(), List.of(), List.of(), List.of());
		}
		List<ControlMatching.Pair> pairs = ControlMatching.pair(planned, controls,
				p -> ControlMatching.Candidate.of(p.controlRef(), p.kontrollmoment(), p.risk()),
				c -> ControlMatching.Candidate.of(c.controlRef(), c.kontrollmoment(), c.risk()));
		List<Reported> reported = new ArrayList<>();
		boolean[] plannedFound = new boolean[planned.size()];
		boolean[] controlFound = new boolean[controls.size()];
		for (ControlMatching.Pair pair : pairs) {
			plannedFound[pair.left()] = true;
			controlFound[pair.right()] = true;
			reported.add(new Reported(planned.get(pair.left()), controls.get(pair.right()),
					pair.how() == ControlMatching.How.ID, pair.score()));
		}
		reported.sort((a, b) -> Integer.compare(a.planned().seq(), b.planned().seq()));
		List<PlannedControl> notReported = new ArrayList<>();
		List<PlannedControl> dueLater = new ArrayList<>();
		for (int i = 0; i < planned.size(); i++) {
			if (!plannedFound[i]) {
				(dueAfter(planned.get(i), followUp, periods) ? dueLater : notReported).add(planned.get(i));
			}
		}
		List<StoredControl> outside = new ArrayList<>();
		for (int j = 0; j < controls.size(); j++) {
			if (!controlFound[j]) {
				outside.add(controls.get(j));
			}
		}
		return new PlanReview(plan, planned, Optional.of(followUp), reported, notReported, dueLater, outside);
	}

	/** Whether the plan reports the control back first in a period after the follow-up's. */
	private static boolean dueAfter(PlannedControl control, StoredSubmission followUp, PeriodRules periods) {
		Optional<Period> due = periods.earliest(control.reportBack());
		return due.isPresent() && followUp.period().isPresent() && due.get().rank() > followUp.period().get().rank();
	}

	public String namnd() {
		return plan.namnd();
	}

	/**
	 * The planned controls the follow-up leaves out, as rows of that follow-up: status SAKNAS, flagged
	 * EJ_ATERRAPPORTERAD, with the plan's file, sheet and row as their source.
	 */
	public List<StoredControl> notReportedRows() {
		if (followUp.isEmpty()) {
			return List.of();
		}
		StoredSubmission f = followUp.get();
		return notReported.stream()
			.map(p -> new StoredControl(f.id(), p.seq(), f.namnd(), p.year(), f.period(), p.fileName(), p.sheet(),
					p.sourceRow(), p.controlRef(), p.process(), p.risk(), p.riskValue(), p.kontrollmoment(), "", "", "",
					p.responsible(), ControlStatus.SAKNAS, StatusSource.INGEN, "",
					Set.of(Flag.SAKNAS, Flag.EJ_ATERRAPPORTERAD), Optional.empty()))
			.toList();
	}

	/**
	 * How each control of the counted follow-up stands to the plan, by its place in the follow-up, in Swedish for
	 * kontroller.csv: "i planen, rad 7 (samma ID)" or "utanför planen". A planned control the follow-up leaves out is
	 * a row of its own, marked {@value #NOT_REPORTED}.
	 */
	public Map<Integer, String> notesBySeq() {
		Map<Integer, String> notes = new HashMap<>();
		outsidePlan.forEach(c -> notes.put(c.seq(), OUTSIDE));
		reported.forEach(r -> notes.put(r.control().seq(), r.note()));
		return notes;
	}

	/** What the plan's line in inlamningar.csv adds to how the file was read, in Swedish. */
	public String describe() {
		if (followUp.isEmpty()) {
			return "Ingen uppföljning för " + plan.year() + " har kommit in från nämnden; planens " + planned.size()
					+ " kontroller jämförs med den när den kommer.";
		}
		StoredSubmission f = followUp.get();
		StringBuilder s = new StringBuilder("Jämförd med uppföljningen '").append(f.fileName()).append("' (")
			.append(f.period().map(Period::swedish).orElse("ingen period angiven")).append("): ")
			.append(reported.size()).append(" av ").append(planned.size()).append(" planerade kontroller är återrapporterade");
		if (notReported.isEmpty()) {
			s.append(", ingen saknas.");
		}
		else {
			s.append(" och ").append(notReported.size()).append(notReported.size() == 1 ? " är det inte; den står" : " är det "
					+ "inte; de står").append(" i kontroller.csv med flaggan EJ_ATERRAPPORTERAD och planens fil, flik och "
							+ "rad som källa, och bara ").append(notReported.size() == 1 ? "den" : "de")
				.append(" räknas i antal_kontroller.");
		}
		if (!dueLater.isEmpty()) {
			s.append(' ').append(dueLater.size()).append(" återrapporteras enligt planen först i en senare period.");
		}
		if (!outsidePlan.isEmpty()) {
			s.append(' ').append(outsidePlan.size()).append(outsidePlan.size() == 1 ? " kontroll" : " kontroller")
				.append(" i uppföljningen står inte i planen (utanför planen).");
		}
		return s.toString();
	}

	/**
	 * A planned control and the follow-up's control that reports it.
	 *
	 * @param byId paired by the same ID; else by text
	 * @param similarity how alike the two texts are (0–1), so a reader can judge the pair
	 */
	public record Reported(PlannedControl planned, StoredControl control, boolean byId, double similarity) {

		/** "i planen, rad 7 (samma ID)", "i planen, rad 7 (samma ord)", "i planen, rad 7 (liknande text, 0,83)". */
		public String note() {
			String how = byId ? "samma ID" : similarity == 1.0 ? "samma ord"
					: String.format(Locale.forLanguageTag("sv-SE"), "liknande text, %.2f", similarity);
			return "i planen, rad " + planned.sourceRow() + " (" + how + ")";
		}
	}
}
