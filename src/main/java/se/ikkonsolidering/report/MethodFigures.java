package se.ikkonsolidering.report;

import java.util.List;

import se.ikkonsolidering.classify.StatusSource;
import se.ikkonsolidering.store.StoredControl;

/**
 * Where the counted controls' statuses came from, so readers know how much was read from a status column and how
 * much was inferred from a cell colour or free text.
 */
record MethodFigures(int kolumn, int farg, int text, int ingen) {

	static MethodFigures of(List<StoredControl> counted) {
		int[] bySource = new int[StatusSource.values().length];
		counted.forEach(c -> bySource[c.statusSource().ordinal()]++);
		return new MethodFigures(bySource[StatusSource.KOLUMN.ordinal()], bySource[StatusSource.FARG.ordinal()],
				bySource[StatusSource.TEXT.ordinal()], bySource[StatusSource.INGEN.ordinal()]);
	}

	int total() {
		return kolumn + farg + text + ingen;
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
