package se.ikkonsolidering.submission;

import java.util.EnumSet;
import java.util.Set;

import se.ikkonsolidering.classify.ControlStatus;
import se.ikkonsolidering.classify.Flag;
import se.ikkonsolidering.classify.StatusDecision;
import se.ikkonsolidering.classify.StatusSource;

/**
 * One normalised control with its provenance.
 *
 * @param sheet sheet name in the source file
 * @param row 1-based row where the control starts
 * @param controlRef the template's own id ("7"), or empty
 * @param process process / ansvarsområde
 * @param risk the risk
 * @param riskValue riskvärde as written
 * @param kontrollmoment what was to be checked
 * @param result reported result
 * @param deviation reported deviation
 * @param action proposed or taken measures
 * @param responsible who is responsible
 * @param startDate start date as written (ISO when it was a real date)
 * @param endDate end date as written
 * @param reportBack when it is reported back ("Bokslut")
 * @param decision status and how it was derived
 * @param flags flags for kommunstyrelsen
 */
public record Control(String sheet, int row, String controlRef, String process, String risk, String riskValue,
		String kontrollmoment, String result, String deviation, String action, String responsible, String startDate,
		String endDate, String reportBack, StatusDecision decision, Set<Flag> flags) {

	public Control {
		if (row < 1) {
			throw new IllegalArgumentException("row must be >= 1");
		}
		flags = flags.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(flags));
	}

	/**
	 * The control as a plan lists it: planned, nothing reported. What the plan's status cell held ("X" under "T1")
	 * says when it is to be done and stays in the evidence.
	 */
	public Control planned() {
		String marked = decision.status() == ControlStatus.SAKNAS ? ""
				: "; planens markering ('" + decision.rawText() + "') anger inte utfört arbete";
		StatusDecision none = new StatusDecision(ControlStatus.SAKNAS, StatusSource.INGEN, "",
				"planerad kontroll i en internkontrollplan" + marked);
		Set<Flag> planned = EnumSet.noneOf(Flag.class);
		ControlStatus.SAKNAS.flag().ifPresent(planned::add);
		return withReport(result, none, planned);
	}

	/** The same control, its result, status and flags as another reading of its period tells them. */
	public Control withReport(String result, StatusDecision decision, Set<Flag> flags) {
		return new Control(sheet, row, controlRef, process, risk, riskValue, kontrollmoment, result, deviation, action,
				responsible, startDate, endDate, reportBack, decision, flags);
	}

	/** A status or a text was given for it: the row was filled in, not only made ready. */
	public boolean reportsAnything() {
		return decision.status() != ControlStatus.SAKNAS || !result.isBlank();
	}
}
