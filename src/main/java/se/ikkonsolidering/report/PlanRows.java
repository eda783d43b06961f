package se.ikkonsolidering.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import se.ikkonsolidering.oversight.PlanReview;
import se.ikkonsolidering.store.StoredControl;

/**
 * The year's follow-up controls with, right after each nämnd's counted follow-up, the planned controls it leaves out:
 * rows of that follow-up (status SAKNAS, flagged EJ_ATERRAPPORTERAD, sourced from the plan), so they count in
 * kontroller.csv, the shares and the traffic light like any control the nämnd did not report.
 */
final class PlanRows {

	private PlanRows() {
	}

	static List<StoredControl> merge(List<StoredControl> controls, List<PlanReview> plans) {
		if (plans.stream().allMatch(p -> p.followUp().isEmpty() || p.notReportedRows().isEmpty())) {
			return controls;
		}
		List<StoredControl> merged = new ArrayList<>(controls.size());
		forEach(controls::forEach, plans, merged::add);
		return merged;
	}

	/**
	 * As {@link #merge}, for controls handed over one at a time, each file's controls one after another: a file's
	 * planned controls not reported are handed on after its last control.
	 * @param controls hands each control to its argument, in order
	 */
	static void forEach(Consumer<Consumer<StoredControl>> controls, List<PlanReview> plans,
			Consumer<StoredControl> each) {
		Map<Long, List<StoredControl>> missing = new HashMap<>();
		for (PlanReview plan : plans) {
			plan.followUp().ifPresent(f -> missing.put(f.id(), plan.notReportedRows()));
		}
		Merging merging = new Merging(missing, each);
		controls.accept(merging);
		merging.endOfFile();
	}

	/** Hands each control on, and a file's missing rows when its last control has been handed on. */
	private static final class Merging implements Consumer<StoredControl> {

		private final Map<Long, List<StoredControl>> missing;
		private final Consumer<StoredControl> each;
		private Long file;

		Merging(Map<Long, List<StoredControl>> missing, Consumer<StoredControl> each) {
			this.missing = missing;
			this.each = each;
		}

		@Override
		public void accept(StoredControl c) {
			if (file != null && file != c.submissionId()) {
				endOfFile();
			}
			each.accept(c);
			file = c.submissionId();
		}

		void endOfFile() {
			if (file != null) {
				missing.getOrDefault(file, List.of()).forEach(each);
			}
		}
	}
}
