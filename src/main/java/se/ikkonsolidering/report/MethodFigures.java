package se.ikkonsolidering.report;

import java.util.List;

import se.ikkonsolidering.classify.StatusSource;
import se.ikkonsolidering.store.StoredControl;

/**
 * Where the counted controls' statuses came from, so readers know how much was read from a status column, how much
 * was inferred from a cell colour or free text, and how much the economy office set by hand; the shares add up to
 * 100 %.
 *
 * @param manuell statuses the economy office corrected, counted here and not under where the job read them
 */
record MethodFigures(int kolumn, int farg, int text, int ingen, int manuell) {

	static MethodFigures of(List<StoredControl> counted) {
		int[] bySource = new int[StatusSource.values().length];
		int manual = 0;
		for (StoredControl c : counted) {
			if (c.manual()) {
				manual++;
			}
			else {
				bySource[c.statusSource().ordinal()]++;
			}
		}
		return new MethodFigures(bySource[StatusSource.KOLUMN.ordinal()], bySource[StatusSource.FARG.ordinal()],
				bySource[StatusSource.TEXT.ordinal()], bySource[StatusSource.INGEN.ordinal()], manual);
	}

	/** The shares of kolumn, färg, text, ingen and manuell, adding up to 100 %. */
	private int[] shares() {
		return Percent.largestRemainder(kolumn, farg, text, ingen, manuell);
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

	public int percentManuell() {
		return shares()[4];
	}
}
