package se.ikkonsolidering.classify;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import se.ikkonsolidering.layout.RuleFile;

/** Traffic-light fills ({@code statusfarger.csv}): the nearest listed colour within a fixed distance wins. */
public final class ColourRules {

	private static final double MAX_DISTANCE = 90;

	private final List<Reference> references;

	ColourRules(List<Reference> references) {
		this.references = List.copyOf(references);
	}

	public static ColourRules load(Path configDir) {
		List<Reference> references = new ArrayList<>();
		for (String[] row : RuleFile.read("statusfarger.csv", 3, configDir)) {
			references.add(new Reference(ControlStatus.valueOf(row[0]), Integer.parseInt(row[1], 16), row[2]));
		}
		return new ColourRules(references);
	}

	/** The status a fill colour ({@code RRGGBB}) stands for, or empty for white, grey, blue and other fills. */
	public Optional<ColourVerdict> classify(String rgb) {
		if (rgb == null || rgb.length() != 6) {
			return Optional.empty();
		}
		int value = Integer.parseInt(rgb, 16);
		Reference best = null;
		double bestDistance = Double.MAX_VALUE;
		for (Reference reference : references) {
			double distance = distance(value, reference.rgb());
			if (distance < bestDistance) {
				bestDistance = distance;
				best = reference;
			}
		}
		if (best == null || bestDistance > MAX_DISTANCE) {
			return Optional.empty();
		}
		return Optional.of(new ColourVerdict(best.status(), best.name() + " (" + rgb + ")"));
	}

	private static double distance(int a, int b) {
		int dr = ((a >> 16) & 0xFF) - ((b >> 16) & 0xFF);
		int dg = ((a >> 8) & 0xFF) - ((b >> 8) & 0xFF);
		int db = (a & 0xFF) - (b & 0xFF);
		return Math.sqrt(dr * dr + dg * dg + db * db);
	}

	record Reference(ControlStatus status, int rgb, String name) {
	}

	/** @param description "gul (FFC000)" */
	public record ColourVerdict(ControlStatus status, String description) {
	}
}
