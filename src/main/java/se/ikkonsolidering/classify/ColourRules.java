package se.ikkonsolidering.classify;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import se.ikkonsolidering.layout.RuleFile;

/**
 * Traffic-light fills ({@code statusfarger.csv}) recognised by hue and saturation rather than exact RGB, because
 * every template uses its own shade of green (00B050, 92D050, the pale C6EFCE of Excel's "Bra" style …).
 */
public final class ColourRules {

	/** Darker fills than this are text colours or borders, not traffic lights. */
	private static final double MIN_BRIGHTNESS = 0.3;

	private final List<HueRange> ranges;
	private final ColourNames names;

	ColourRules(List<HueRange> ranges, ColourNames names) {
		this.ranges = List.copyOf(ranges);
		this.names = names;
	}

	public static ColourRules load(Path configDir) {
		List<HueRange> ranges = new ArrayList<>();
		for (String[] row : RuleFile.read("statusfarger.csv", 5, configDir)) {
			ranges.add(new HueRange(ControlStatus.valueOf(row[0]), Double.parseDouble(row[1]), Double.parseDouble(row[2]),
					Double.parseDouble(row[3]), row[4]));
		}
		return new ColourRules(ranges, ColourNames.load(configDir));
	}

	/** What the colour ({@code RRGGBB}) is called ("orange" for FFC000), the most precise name first. */
	List<String> names(String rgb) {
		return names.of(rgb);
	}

	/** The word names a colour ("grå", "ljusgrön"). */
	boolean isName(String word) {
		return names.isName(word);
	}

	/** The status a fill colour ({@code RRGGBB}) stands for, or empty for white, grey, blue and other fills. */
	public Optional<ColourVerdict> classify(String rgb) {
		if (rgb == null || !rgb.matches("[0-9A-Fa-f]{6}")) {
			return Optional.empty();
		}
		int value = Integer.parseInt(rgb, 16);
		double r = ((value >> 16) & 0xFF) / 255.0;
		double g = ((value >> 8) & 0xFF) / 255.0;
		double b = (value & 0xFF) / 255.0;
		double max = Math.max(r, Math.max(g, b));
		double min = Math.min(r, Math.min(g, b));
		if (max < MIN_BRIGHTNESS || max == min) {
			return Optional.empty();
		}
		double saturation = (max - min) / max;
		double hue = hue(r, g, b, max, max - min);
		return ranges.stream()
			.filter(range -> hue >= range.from() && hue < range.to() && saturation >= range.minSaturation())
			.findFirst()
			.map(range -> new ColourVerdict(range.status(), range.name() + " (" + rgb.toUpperCase() + ")"));
	}

	private static double hue(double r, double g, double b, double max, double delta) {
		double h;
		if (max == r) {
			h = 60 * (((g - b) / delta) % 6);
		}
		else if (max == g) {
			h = 60 * ((b - r) / delta + 2);
		}
		else {
			h = 60 * ((r - g) / delta + 4);
		}
		return h < 0 ? h + 360 : h;
	}

	record HueRange(ControlStatus status, double from, double to, double minSaturation, String name) {
	}

	/** @param description "gul/orange (FFC000)" */
	public record ColourVerdict(ControlStatus status, String description) {
	}
}
