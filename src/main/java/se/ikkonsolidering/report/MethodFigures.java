package se.ikkonsolidering.report;

import java.util.List;

import se.ikkonsolidering.classify.StatusSource;
import se.ikkonsolidering.store.StoredControl;

/**
 * Where the counted controls' statuses came from, so readers know how much was read from a status column and how
 * much was inferred from a cell colour or free text; the shares add up to 100 %.
 */
record MethodFigures(int kolumn, int farg, int text, int ingen) {

	static MethodFigures of(List<StoredControl> counted) {
		int[] bySource = new int[StatusSource.values().length];
		counted.forEach(c -> bySource[c.statusSource().ordinal()]++);
		return new MethodFigures(bySource[StatusSource.KOLUMN.ordinal()], bySource[StatusSource.FARG.ordinal()],
				bySource[StatusSource.TEXT.ordinal()], bySource[StatusSource.INGEN.ordinal()]);
	}

	/** The shares of kolumn, färg, text and ingen, adding up to 100 %. */
	private int[] shares() {
		return Percent.largestRemainder(kolumn, farg, text, ingen);
	}

	public int percentKolumn() {
		return shares()[0];
	}

	public int percentFarg() {
		return shares()[1];
	}

	public int percentText() {
		return shares()[2];
	}

	public int percentIngen() {
		return shares()[3];
	}
}
