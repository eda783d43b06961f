package se.ikkonsolidering.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import se.ikkonsolidering.store.StoredControl;

/**
 * The flagged controls the page prints: the most important first ({@link Importance}), at most {@link #PER_NAMND}
 * per nämnd and {@link #TOTAL} in all, so the summary stays a document kommunstyrelsen can read however many nämnder
 * and controls there are; the workbook lists them all. Ten per nämnd is more than most nämnder flag in a year; fifty
 * rows are three pages when a few nämnder share them and ten when each of fifty nämnder shows its worst one.
 * <p>
 * When the total bound bites, every nämnd's most important control comes before any nämnd's second one of the same
 * importance, so fifty nämnder each show their worst control rather than five nämnder showing ten each; among
 * nämnder, those with the lowest share done come first, as in the chart.
 *
 * @param groups the nämnder with a control shown, in table order
 * @param omittedControls flagged controls of nämnder of which nothing is shown
 * @param omittedNamnder how many such nämnder there are
 */
record AttentionPage(List<Group> groups, int omittedControls, int omittedNamnder) {

	static final int PER_NAMND = 10;

	static final int TOTAL = 50;

	AttentionPage {
		groups = List.copyOf(groups);
	}

	/**
	 * @param all every nämnd's flagged controls, in table order
	 * @param namnder the table's nämnder, for their share done
	 */
	static AttentionPage of(List<FlaggedControl.Group> all, List<NamndFigures> namnder) {
		List<List<StoredControl>> ranked = all.stream()
			.map(g -> g.controls().stream().sorted(Importance.FIRST).toList())
			.toList();
		Map<String, Double> shareDone = new HashMap<>();
		namnder.forEach(n -> shareDone.put(n.namnd(), StatusChart.shareDone(n)));
		List<Place> places = new ArrayList<>();
		for (int namnd = 0; namnd < ranked.size(); namnd++) {
			List<StoredControl> controls = ranked.get(namnd);
			double share = shareDone.getOrDefault(all.get(namnd).namnd(), 0.0);
			for (int place = 0; place < Math.min(PER_NAMND, controls.size()); place++) {
				places.add(new Place(Importance.rank(controls.get(place)), place, share, namnd));
			}
		}
		// Within a nämnd the places are in rank order, so the places taken are each nämnd's first ones.
		int[] shown = new int[ranked.size()];
		places.stream().sorted(Place.ORDER).limit(TOTAL).forEach(p -> shown[p.namnd()]++);

		List<Group> groups = new ArrayList<>();
		int omittedControls = 0;
		int omittedNamnder = 0;
		for (int namnd = 0; namnd < ranked.size(); namnd++) {
			List<StoredControl> controls = ranked.get(namnd);
			if (shown[namnd] == 0) {
				omittedControls += controls.size();
				omittedNamnder++;
			}
			else {
				groups.add(new Group(all.get(namnd).namnd(),
						controls.subList(0, shown[namnd]).stream().map(FlaggedControl::of).toList(), controls.size()));
			}
		}
		return new AttentionPage(groups, omittedControls, omittedNamnder);
	}

	/** The order in which the page finds room for its rows. */
	public String order() {
		return Importance.ORDER;
	}

	public int maxPerNamnd() {
		return PER_NAMND;
	}

	public int maxTotal() {
		return TOTAL;
	}

	/**
	 * One nämnd's part of the section.
	 *
	 * @param shown its most important flagged controls
	 * @param flagged how many of its controls are flagged
	 */
	record Group(String namnd, List<FlaggedControl> shown, int flagged) {

		Group {
			shown = List.copyOf(shown);
		}

		public int omitted() {
			return flagged - shown.size();
		}
	}

	/**
	 * A row the page could print: its importance, its place in its nämnd's ranking, its nämnd's share done and the
	 * nämnd's place in the table.
	 */
	private record Place(int rank, int place, double shareDone, int namnd) {

		static final Comparator<Place> ORDER = Comparator.comparingInt(Place::rank)
			.thenComparingInt(Place::place)
			.thenComparingDouble(Place::shareDone)
			.thenComparingInt(Place::namnd);
	}
}
