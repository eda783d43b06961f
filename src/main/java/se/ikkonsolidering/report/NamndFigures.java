package se.ikkonsolidering.report;

import java.util.List;
import java.util.Optional;

import se.ikkonsolidering.classify.Flag;
import se.ikkonsolidering.store.StoredControl;
import se.ikkonsolidering.store.StoredSubmission;

/**
 * One nämnd's line in the summary: the figures of its chosen file, or nothing when it sent none.
 *
 * @param namnd the nämnd's name as in the register (or as found in its file)
 * @param inRegister whether the register lists it
 * @param source the file the figures come from; empty when nothing was submitted
 * @param counts the file's controls per status
 * @param deviations controls with a reported deviation
 * @param light the traffic light by {@link TrafficLight#judge}
 */
record NamndFigures(String namnd, boolean inRegister, Optional<StoredSubmission> source, StatusCounts counts,
		int deviations, TrafficLight light) {

	static NamndFigures notSubmitted(String namnd, boolean inRegister) {
		return new NamndFigures(namnd, inRegister, Optional.empty(), StatusCounts.NONE, 0, TrafficLight.ROD);
	}

	static NamndFigures of(String namnd, boolean inRegister, StoredSubmission source, List<StoredControl> controls) {
		StatusCounts counts = StatusCounts.of(controls.stream().map(StoredControl::status).toList());
		int deviations = (int) controls.stream().filter(c -> c.flags().contains(Flag.AVVIKELSE)).count();
		return new NamndFigures(namnd, inRegister, Optional.of(source), counts, deviations, TrafficLight.judge(counts));
	}

	public boolean submitted() {
		return source.isPresent();
	}

	/** The period the figures are from, in Swedish; "Ej inlämnad" when nothing came in. */
	public String period() {
		return source.map(s -> SwedishNames.period(s.period())).orElse(SwedishNames.NOT_SUBMITTED);
	}

	/** Whether the file the figures come from states its period. */
	public boolean periodStated() {
		return source.flatMap(StoredSubmission::period).isPresent();
	}

	/** The nämnd's own overall assessment ("Tillräcklig"), or empty when its file states none. */
	public String assessment() {
		return source.map(StoredSubmission::assessment).orElse("");
	}

	String file() {
		return source.map(StoredSubmission::fileName).orElse("");
	}
}
