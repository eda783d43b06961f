package se.ikkonsolidering.report;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import se.ikkonsolidering.classify.Flag;
import se.ikkonsolidering.oversight.CommonControls;
import se.ikkonsolidering.oversight.ControlEntry;
import se.ikkonsolidering.oversight.PlanReview;
import se.ikkonsolidering.store.PlannedControl;
import se.ikkonsolidering.store.StoredControl;

/**
 * The section "Kommungemensamma kontroller": the controls several nämnder share (or one marked as shared), as a
 * matrix of control × nämnd with each nämnd's status. A nämnd's controls are its plan's, held against its follow-up,
 * or without a plan its counted follow-up's.
 *
 * @param columns the nämnder in the matrix: those sharing a control, and all when a control is marked as shared
 */
record CommonSection(List<String> columns, List<Row> rows) {

	static final Cell ABSENT = new Cell("–", "ingen");

	CommonSection {
		columns = List.copyOf(columns);
		rows = List.copyOf(rows);
	}

	static CommonSection of(List<NamndFigures> namnder, YearData current, CommonControls finder) {
		Map<String, PlanReview> plans = current.plans().stream()
			.collect(Collectors.toMap(PlanReview::namnd, Function.identity(), (a, b) -> b));
		Map<Long, List<StoredControl>> controls = current.controlsBySubmission();
		List<ControlEntry> entries = new ArrayList<>();
		for (NamndFigures n : namnder) {
			PlanReview plan = plans.get(n.namnd());
			if (plan != null) {
				entries.addAll(entries(plan));
			}
			else {
				n.source().map(s -> controls.getOrDefault(s.id(), List.of())).orElse(List.of()).stream()
					.filter(c -> !c.flags().contains(Flag.EJ_ATERRAPPORTERAD))
					.forEach(c -> entries.add(reported(c)));
			}
		}
		List<CommonControls.CommonControl> common = finder.find(entries);
		boolean anyMarked = common.stream().anyMatch(CommonControls.CommonControl::marked);
		Set<String> columns = new LinkedHashSet<>();
		for (NamndFigures n : namnder) {
			if (anyMarked || common.stream().anyMatch(c -> c.byNamnd().containsKey(n.namnd()))) {
				columns.add(n.namnd());
			}
		}
		List<Row> rows = common.stream()
			.map(c -> new Row(c.name(), c.marked(), columns.stream()
				.map(namnd -> Optional.ofNullable(c.byNamnd().get(namnd)).map(CommonSection::cell).orElse(ABSENT))
				.toList()))
			.toList();
		return new CommonSection(new ArrayList<>(columns), rows);
	}

	private static List<ControlEntry> entries(PlanReview plan) {
		List<ControlEntry> entries = new ArrayList<>();
		plan.reported().forEach(r -> entries.add(new ControlEntry(plan.namnd(),
				r.planned().controlRef().isBlank() ? r.control().controlRef() : r.planned().controlRef(),
				r.planned().process(), r.planned().risk(), r.planned().kontrollmoment(),
				Optional.of(r.control().status()), ControlEntry.State.REPORTED)));
		plan.notReported().forEach(p -> entries.add(planned(p, ControlEntry.State.NOT_REPORTED)));
		plan.dueLater().forEach(p -> entries.add(planned(p, ControlEntry.State.DUE_LATER)));
		if (plan.followUp().isEmpty()) {
			plan.planned().forEach(p -> entries.add(planned(p, ControlEntry.State.NO_FOLLOW_UP)));
		}
		plan.outsidePlan().forEach(c -> entries.add(reported(c)));
		return entries;
	}

	private static ControlEntry planned(PlannedControl p, ControlEntry.State state) {
		return new ControlEntry(p.namnd(), p.controlRef(), p.process(), p.risk(), p.kontrollmoment(), Optional.empty(),
				state);
	}

	private static ControlEntry reported(StoredControl c) {
		return new ControlEntry(c.namnd(), c.controlRef(), c.process(), c.risk(), c.kontrollmoment(),
				Optional.of(c.status()), ControlEntry.State.REPORTED);
	}

	private static Cell cell(ControlEntry e) {
		return switch (e.state()) {
			case REPORTED -> e.status().map(s -> new Cell(SwedishNames.status(s), s.name().toLowerCase(Locale.ROOT)))
				.orElse(ABSENT);
			case NOT_REPORTED -> new Cell("Ej återrapporterad", "saknas");
			case DUE_LATER -> new Cell("Senare period", "ingen");
			case NO_FOLLOW_UP -> new Cell("Ingen uppföljning", "saknas");
		};
	}

	/**
	 * Whether the page turns the matrix, a nämnd per row and a control per column: when there are more nämnder than
	 * shared controls, so the table fits the page's width.
	 */
	public boolean turned() {
		return columns.size() > rows.size();
	}

	/** The matrix turned: each nämnd with its cell per shared control. */
	public List<NamndRow> namndRows() {
		List<NamndRow> turned = new ArrayList<>();
		for (int i = 0; i < columns.size(); i++) {
			int column = i;
			turned.add(new NamndRow(columns.get(i), rows.stream().map(r -> r.cells().get(column)).toList()));
		}
		return turned;
	}

	/** A nämnd's line of the turned matrix. */
	record NamndRow(String namnd, List<Cell> cells) {
	}

	/** One shared control: its name, whether it is marked as shared, and a cell per column. */
	record Row(String name, boolean marked, List<Cell> cells) {
	}

	/** @param css the page's status class */
	record Cell(String label, String css) {
	}
}
