package se.ikkonsolidering.report;

import java.util.List;

import se.ikkonsolidering.classify.StatusSource;
import se.ikkonsolidering.store.StoredControl;

/**
 * Where the counted controls' statuses came from, so readers know how much was read from a status column, how much
 * was inferred from a cell colour or free text, and how much the economy office set by hand.
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

	int total() {
		return kolumn + farg + text + ingen + manuell;
	}

	public int percentManuell() {
		return Percent.floor(manuell, total());
	}

	public int percentKolumn() {
		return Percent.floor(kolumn, total());
	}

	public int percentFarg() {
		return Percent.floor(farg, total());
	}

	public int percentText() {
		return Percent.floor(text, total());
	}

	public int percentIngen() {
		return Percent.floor(ingen, total());
	}
}
