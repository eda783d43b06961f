package se.ikkonsolidering.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The outcome of reading one sheet.
 *
 * @param sheet sheet name
 * @param layout the first control table's layout; empty when the sheet has no control table
 * @param controls the controls found, in row order
 * @param tally what became of each row
 * @param titles short texts above the first table (titles, "Nämnd/enhet: …"), for metadata
 * @param labelled labelled values found above or inside the table ("År: 2021"), first occurrence wins
 * @param layoutCount how many distinct header layouts the sheet uses (repeated identical headers count once)
 * @param legend the legend the sheet's statuses are read with (its own, or another sheet's of the same file)
 * @param below the notes and signature lines under the table ("Upprättad av Socialförvaltningen, 2025-05-07"), for
 *        the sender when nothing else names it
 */
public record SheetReading(String sheet, Optional<TableLayout> layout, List<ControlRow> controls, RowTally tally,
		List<String> titles, Map<Labels.Kind, String> labelled, int layoutCount, Optional<Legend> legend,
		List<String> below) {

	public SheetReading {
		controls = List.copyOf(controls);
		titles = List.copyOf(titles);
		labelled = Map.copyOf(labelled);
		below = List.copyOf(below);
	}

	public SheetReading(String sheet, Optional<TableLayout> layout, List<ControlRow> controls, RowTally tally,
			List<String> titles, Map<Labels.Kind, String> labelled, int layoutCount, Optional<Legend> legend) {
		this(sheet, layout, controls, tally, titles, labelled, layoutCount, legend, List.of());
	}

	public boolean hasControlTable() {
		return layout.isPresent();
	}

	/**
	 * A table of controls whose only rows say there are none ("Inga kontrollmoment planerade för 2025"): the nämnd's
	 * answer that it has nothing to follow up, no table without controls.
	 */
	public boolean answersItHasNone() {
		return layout.isPresent() && controls.isEmpty() && tally.skipReasons().containsKey(AcceptedRisks.NONE);
	}

	/** This reading without the controls the test picks out, each counted as a row skipped for the reason given. */
	public SheetReading without(Predicate<ControlRow> leftOut, String reason) {
		List<ControlRow> kept = new ArrayList<>();
		for (ControlRow control : controls) {
			if (leftOut.test(control)) {
				tally.skipControl(reason);
			}
			else {
				kept.add(control);
			}
		}
		return withControls(kept);
	}

	/** This reading with other controls: the same rows joined or left out. */
	public SheetReading withControls(List<ControlRow> others) {
		return new SheetReading(sheet, layout, others, tally, titles, labelled, layoutCount, legend, below);
	}
}
