package se.ikkonsolidering.submission;

import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An export of several nämnder with a Period column may hold one nämnd's delår rows beside another's helår rows: each
 * nämnd's follow-up is of the latest period its own rows report, not of the latest in the file.
 */
final class PeriodsInFile {

	private final PeriodRules periods;
	private final Map<Control, String> cells = new IdentityHashMap<>();

	PeriodsInFile(PeriodRules periods) {
		this.periods = periods;
	}

	/** Notes the Period column's value of a control's row. */
	void note(Control control, String periodCell) {
		if (!periodCell.isBlank()) {
			cells.put(control, periodCell);
		}
	}

	/**
	 * The latest period the controls' rows name, with the cell that names it; empty when none names one. A row left
	 * blank ("2025 T2" of a control not yet reported on) reports no period while another row reports anything.
	 */
	Optional<String> latest(List<Control> controls) {
		List<Control> reporting = controls.stream()
			.filter(Control::reportsAnything)
			.toList();
		return (reporting.isEmpty() ? controls : reporting).stream()
			.map(cells::get)
			.filter(cell -> cell != null && periods.chronological(cell) >= 0)
			.max(Comparator.comparingInt(periods::chronological));
	}
}
