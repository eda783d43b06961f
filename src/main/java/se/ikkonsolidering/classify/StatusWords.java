package se.ikkonsolidering.classify;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import se.ikkonsolidering.layout.RuleFile;

/** The words of {@code statusord.csv} that a status column may hold: "Granskning ej genomförd", "Nej", "Gul". */
public final class StatusWords {

	private final Map<String, ControlStatus> words;

	StatusWords(Map<String, ControlStatus> words) {
		this.words = Map.copyOf(words);
	}

	public static StatusWords load(Path configDir) {
		Map<String, ControlStatus> words = new HashMap<>();
		for (String[] row : RuleFile.read("statusord.csv", 2, configDir)) {
			words.put(TextNormalizer.asWord(row[1]), ControlStatus.valueOf(row[0]));
		}
		return new StatusWords(words);
	}

	/** The status a cell states, by its whole text or, failing that, by its first clause ("Ja. Arbetet…"). */
	public Optional<ControlStatus> lookup(String cellText) {
		String word = TextNormalizer.asWord(cellText);
		if (words.containsKey(word)) {
			return Optional.of(words.get(word));
		}
		String firstClause = word.split("[.,;:\\n(]", 2)[0].strip();
		return Optional.ofNullable(words.get(firstClause));
	}
}
