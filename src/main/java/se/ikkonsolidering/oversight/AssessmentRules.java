package se.ikkonsolidering.oversight;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import se.ikkonsolidering.layout.RuleFile;

/**
 * The criteria of the draft assessment ({@code bedomning.csv}) and the words that read a nämnd's own assessment
 * ({@code egenbedomning.csv}), as data a kommun changes without rebuilding: a line of its own file with the same
 * measure and verdict replaces the built-in one, and the condition {@code av} turns it off.
 */
public final class AssessmentRules {

	/** The condition that turns a built-in criterion off. */
	static final String OFF = "av";

	private final List<Criterion> criteria;
	private final List<OwnWord> ownWords;

	AssessmentRules(List<Criterion> criteria, List<OwnWord> ownWords) {
		this.criteria = List.copyOf(criteria);
		this.ownWords = List.copyOf(ownWords);
	}

	/**
	 * @param configDir the kommun's additions, or {@code null}
	 * @throws IllegalStateException for a line that cannot be read, naming the file's line
	 */
	public static AssessmentRules load(Path configDir) {
		Map<String, Criterion> byKey = new LinkedHashMap<>();
		for (String[] row : RuleFile.read("bedomning.csv", 3, configDir)) {
			Measure measure = Measure.byKey(row[0])
				.orElseThrow(() -> new IllegalStateException("bedomning.csv: '" + row[0] + "' is no measure"));
			Verdict verdict = Verdict.fromSwedish(row[2])
				.filter(v -> v != Verdict.TILLRACKLIG)
				.orElseThrow(() -> new IllegalStateException("bedomning.csv: '" + row[2] + "' is no verdict; write "
						+ "Delvis tillräcklig or Inte tillräcklig"));
			String key = measure + ";" + verdict;
			if (row[1].equalsIgnoreCase(OFF)) {
				byKey.remove(key);
				continue;
			}
			try {
				byKey.remove(key);
				byKey.put(key, Criterion.parse(measure, row[1], verdict));
			}
			catch (IllegalArgumentException ex) {
				throw new IllegalStateException("bedomning.csv, " + row[0] + ": " + ex.getMessage(), ex);
			}
		}
		List<OwnWord> words = new ArrayList<>();
		for (String[] row : RuleFile.read("egenbedomning.csv", 2, configDir)) {
			words.add(new OwnWord(row[0].toLowerCase(), Pattern.compile(row[1],
					Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)));
		}
		return new AssessmentRules(new ArrayList<>(byKey.values()), words);
	}

	/** The criteria for a nämnd, or for the kommun as a whole, in file order. */
	public List<Criterion> criteria(boolean perNamnd) {
		return criteria.stream().filter(c -> c.measure().perNamnd() == perNamnd).toList();
	}

	/**
	 * A nämnd's own assessment as one of the words the criteria compare with: the first word whose pattern its text
	 * matches; "saknas" when it states none, "oklar" when its words match none.
	 */
	String ownAssessment(Optional<String> text) {
		if (text.isEmpty() || text.get().isBlank()) {
			return "saknas";
		}
		return ownWords.stream().filter(w -> w.pattern().matcher(text.get()).find()).map(OwnWord::word).findFirst()
			.orElse("oklar");
	}

	/** A word of {@code egenbedomning.csv}. */
	record OwnWord(String word, Pattern pattern) {
	}
}
