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
	private boolean schedule;

	PeriodsInFile(PeriodRules periods) {
		this.periods = periods;
	}

	/** Notes the Period column's value of a control's row. */
	void note(Control control, String periodCell) {
		if (!periodCell.isBlank()) {
			cells.put(control, periodCell);
			// "Delår, helår": a row reports on one period; a cell naming several tells when the plan has the control
			// reported, and so does the whole column, "Helår" included.
			schedule |= periods.find(periodCell).isEmpty() && periods.earliest(periodCell).isPresent();
		}
	}

	/**
	 * The latest period the controls' rows name, with the cell that names it; empty when none names one. A row left
	 * blank ("2025 T2" of a control not yet reported on) reports no period while another row reports anything. Empty
	 * too when the column is the plan's schedule.
	 */
	Optional<String> latest(List<Control> controls) {
		if (schedule) {
			return Optional.empty();
		}
		List<Control> reporting = controls.stream()
			.filter(Control::reportsAnything)
			.toList();
		return (reporting.isEmpty() ? controls : reporting).stream()
			.map(cells::get)
			.filter(cell -> cell != null && periods.chronological(cell) >= 0)
			.max(Comparator.comparingInt(periods::chronological));
	}
}
