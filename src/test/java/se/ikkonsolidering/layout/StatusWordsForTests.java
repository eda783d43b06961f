package se.ikkonsolidering.layout;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** The built-in status words as a vocabulary, as the classifier gives it to the layout in the job. */
final class StatusWordsForTests {

	private StatusWordsForTests() {
	}

	static Vocabulary vocabulary() {
		Set<String> words = RuleFile.read("statusord.csv", 2, null).stream()
			.map(r -> r[1].replaceFirst("^=", "").toLowerCase(Locale.ROOT))
			.collect(Collectors.toSet());
		return text -> words.contains(text.strip().toLowerCase(Locale.ROOT).replaceAll("[.!]+$", ""));
	}

	static ColumnTyper typer() {
		Labels labels = Labels.load(null);
		return new ColumnTyper(HeaderDictionary.load(null), labels, vocabulary());
	}

	static SheetReader reader() {
		return reader(vocabulary());
	}

	/** A reader knowing the classifier's phrases too, as the job gives them to the layout. */
	static SheetReader reader(Vocabulary meanings) {
		return new SheetReader(typer(), HeaderDictionary.load(null), Labels.load(null), meanings);
	}
}
