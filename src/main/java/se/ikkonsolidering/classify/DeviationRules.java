package se.ikkonsolidering.classify;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import se.ikkonsolidering.layout.RuleFile;

/**
 * Decides whether a deviation column reports a deviation: any text does, unless it says there was none
 * ("Ingen identifierad avvikelse", "Inga avvikelser noterade", "Nej").
 */
public final class DeviationRules {

	private final List<String> nonePhrases;
	private final Set<String> noneValues;

	DeviationRules(List<String> nonePhrases, Set<String> noneValues) {
		this.nonePhrases = List.copyOf(nonePhrases);
		this.noneValues = Set.copyOf(noneValues);
	}

	public static DeviationRules load(Path configDir) {
		List<String> phrases = RuleFile.read("ingen-avvikelse.csv", 1, configDir).stream()
			.map(r -> TextNormalizer.normalize(r[0]))
			.toList();
		Set<String> values = RuleFile.read("inga-varden.csv", 1, configDir).stream()
			.map(r -> TextNormalizer.asWord(r[0]))
			.collect(Collectors.toSet());
		return new DeviationRules(phrases, values);
	}

	public boolean reportsDeviation(String text) {
		if (text == null || text.isBlank()) {
			return false;
		}
		if (noneValues.contains(TextNormalizer.asWord(text))) {
			return false;
		}
		String normalized = TextNormalizer.normalize(text);
		return nonePhrases.stream().noneMatch(normalized::contains);
	}
}
