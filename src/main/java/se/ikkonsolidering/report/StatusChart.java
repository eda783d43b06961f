package se.ikkonsolidering.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import se.ikkonsolidering.classify.ControlStatus;

/**
 * The geometry of the stacked bar chart, one bar per nämnd, computed here so the template only draws it and the
 * chart renders the same in a browser, on paper and in the PDF (inline SVG, no script). Bars show shares of the
 * nämnd's controls, so nämnder of different size compare; the count stands at the end of each bar.
 * <p>
 * The chart is drawn as parts of {@link #BARS_PER_PART} bars, one SVG each, stacked without a gap: a page break
 * then falls between bars, not through one, and the PDF printer, which draws an SVG whole on every page it touches,
 * draws each bar once (one SVG of 330 nämnder took seconds and 10 MB of the PDF).
 */
record StatusChart(int width, List<Part> parts, int omitted) {

	/**
	 * Beyond this many nämnder the chart shows the {@code MAX_BARS} that reported with the lowest share done, lowest
	 * first: a chart of hundreds of bars is read by no one, the table beside it lists every nämnd, and the weakest
	 * are where a reader looks. Thirty bars fill one printed page.
	 */
	static final int MAX_BARS = 30;

	static final int BARS_PER_PART = 10;
	static final int WIDTH = 760;
	static final int BAR_X = 240;
	static final int BAR_WIDTH = 440;
	static final int ROW = 24;
	static final int BAR_HEIGHT = 16;
	static final int LABEL_CHARS = 34;

	StatusChart {
		parts = List.copyOf(parts);
	}

	static StatusChart of(List<NamndFigures> namnder) {
		List<NamndFigures> drawn = namnder.size() <= MAX_BARS ? namnder : lowestShareDone(namnder);
		List<Part> parts = new ArrayList<>();
		for (int from = 0; from < drawn.size(); from += BARS_PER_PART) {
			parts.add(part(drawn.subList(from, Math.min(drawn.size(), from + BARS_PER_PART))));
		}
		return new StatusChart(WIDTH, parts, namnder.size() - drawn.size());
	}

	/** How many bars the chart draws. */
	public int drawn() {
		return parts.stream().mapToInt(p -> p.bars().size()).sum();
	}

	/** The nämnder that reported, lowest share done first (compared exactly), at most {@link #MAX_BARS}. */
	private static List<NamndFigures> lowestShareDone(List<NamndFigures> namnder) {
		return namnder.stream()
			.filter(NamndFigures::submitted)
			.sorted(Comparator.comparingDouble(StatusChart::shareDone))
			.limit(MAX_BARS)
			.toList();
	}

	/** The share done, exactly; 0 for a nämnd with no controls. */
	static double shareDone(NamndFigures n) {
		int total = n.counts().total();
		return total == 0 ? 0 : (double) n.counts().genomford() / total;
	}

	private static Part part(List<NamndFigures> namnder) {
		List<Bar> bars = new ArrayList<>();
		int y = 4;
		for (NamndFigures n : namnder) {
			bars.add(bar(n, y));
			y += ROW;
		}
		// A part is exactly its rows high, so parts stack at the same spacing as the bars within one.
		return new Part(namnder.size() * ROW, bars);
	}

	private static Bar bar(NamndFigures n, int y) {
		List<Segment> segments = new ArrayList<>();
		int total = n.counts().total();
		double x = BAR_X;
		for (ControlStatus status : ControlStatus.COUNTED) {
			int count = n.counts().count(status);
			if (count > 0) {
				double width = round(BAR_WIDTH * (double) count / total);
				Palette colour = Palette.of(status);
				segments.add(new Segment(round(x), width, colour.strong(), colour.textOnStrong(), count,
						SwedishNames.status(status).toLowerCase(Locale.ROOT) + " " + count, width >= 18,
						round(x + width / 2)));
				x += width;
			}
		}
		String end = n.submitted() ? total + " st" : SwedishNames.NOT_SUBMITTED;
		String label = n.namnd().length() > LABEL_CHARS ? n.namnd().substring(0, LABEL_CHARS - 1) + "…" : n.namnd();
		return new Bar(label, n.namnd(), y, y + BAR_HEIGHT - 4, segments, n.submitted() ? BAR_X + BAR_WIDTH + 8 : BAR_X,
				end);
	}

	private static double round(double value) {
		return Math.round(value * 100) / 100.0;
	}

	/** Consecutive bars drawn as one SVG; bar coordinates are within the part. */
	record Part(int height, List<Bar> bars) {

		Part {
			bars = List.copyOf(bars);
		}

		/**
		 * The part's figures in words, for those who cannot see the bars: a screen reader reads it in the page, and
		 * it is the alternative text of the PDF's figure.
		 */
		public String description() {
			return bars.stream()
				.map(Bar::description)
				.collect(Collectors.joining("; ", "Stapeldiagram, status per nämnd: ", "."));
		}
	}

	/** One nämnd's bar; {@code textY} is the baseline of its labels. */
	record Bar(String label, String namnd, int y, int textY, List<Segment> segments, int endX, String end) {

		Bar {
			segments = List.copyOf(segments);
		}

		/** "Socialnämnden, 4 kontroller: genomförd 2, delvis genomförd 1, oklar status 1". */
		String description() {
			if (segments.isEmpty()) {
				return namnd + ": " + end.toLowerCase(Locale.ROOT);
			}
			return namnd + ", " + segments.stream().mapToInt(Segment::count).sum() + " kontroller: "
					+ segments.stream().map(Segment::title).collect(Collectors.joining(", "));
		}
	}

	/**
	 * One status's part of a bar; {@code labelled} when it is wide enough to carry its count.
	 *
	 * @param title the status and its count in words ("delvis genomförd 1")
	 */
	record Segment(double x, double width, String fill, String textFill, int count, String title, boolean labelled,
			double textX) {
	}
}
