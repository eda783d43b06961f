package se.ikkonsolidering.classify;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import se.ikkonsolidering.layout.RuleFile;

/**
 * The names of a cell's colour ({@code fargnamn.csv}), for a legend that names its colours in words ("Orange =
 * genomförd men avvikelser har konstaterats"): the nearest named colour's, when it is near enough to be called so.
 */
final class ColourNames {

	/** How far (in RGB, 0–441) a colour may be from a named one and still be called by its name. */
	private static final double MAX_DISTANCE = 60;
	private static final String VOWELS = "aeiouyåäö";

	private final Map<Integer, List<String>> names;

	private ColourNames(Map<Integer, List<String>> names) {
		this.names = Map.copyOf(names);
	}

	static ColourNames load(Path configDir) {
		return new ColourNames(RuleFile.read("fargnamn.csv", 2, configDir).stream()
			.collect(Collectors.toMap(row -> Integer.parseInt(row[0], 16), row -> List.of(row[1].split("\\|")),
					(first, later) -> first)));
	}

	/** The names of the colour ({@code RRGGBB}), the most precise first; empty when no named colour is near. */
	List<String> of(String rgb) {
		if (rgb == null || !rgb.matches("[0-9A-Fa-f]{6}")) {
			return List.of();
		}
		int colour = Integer.parseInt(rgb, 16);
		Optional<Map.Entry<Integer, List<String>>> nearest = names.entrySet().stream()
			.min((a, b) -> Double.compare(distance(a.getKey(), colour), distance(b.getKey(), colour)));
		return nearest.filter(n -> distance(n.getKey(), colour) <= MAX_DISTANCE).map(Map.Entry::getValue)
			.orElse(List.of());
	}

	/**
	 * A colour's name as a legend may write it: as it is, neuter and plural ("grå", "grått", "gråa"; "röd", "rött",
	 * "röda"; "grön", "grönt", "gröna"), as in "grått = utgår" and "gröna = genomförda".
	 */
	static List<String> forms(String name) {
		if (name.endsWith("e") || name.endsWith("a")) {
			return List.of(name); // "orange", "lila"
		}
		char last = name.charAt(name.length() - 1);
		boolean afterVowel = name.length() > 1 && VOWELS.indexOf(name.charAt(name.length() - 2)) >= 0;
		String neuter = VOWELS.indexOf(last) >= 0 ? name + "tt"
				: last == 'd' && afterVowel ? name.substring(0, name.length() - 1) + "tt"
				: last == 't' ? (afterVowel ? name + "t" : name)
				: name + "t";
		return List.of(name, neuter, name + "a");
	}

	/** The word is one of the colours' names ("grå", "ljusgrön"). */
	boolean isName(String word) {
		String name = word.strip().toLowerCase(java.util.Locale.ROOT);
		return names.values().stream().anyMatch(n -> n.contains(name));
	}

	private static double distance(int a, int b) {
		int dr = ((a >> 16) & 0xFF) - ((b >> 16) & 0xFF);
		int dg = ((a >> 8) & 0xFF) - ((b >> 8) & 0xFF);
		int db = (a & 0xFF) - (b & 0xFF);
		return Math.sqrt(dr * dr + dg * dg + db * db);
	}
}
