package se.ikkonsolidering.classify;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import se.ikkonsolidering.ingest.CellWords;
import se.ikkonsolidering.layout.RuleFile;

/**
 * Decides whether a text reports a deviation, that is something found wrong: a sentence with a deviation word
 * ({@code avvikelseord.csv}: "brister", "felaktiga", "saknades") that does not say there was none
 * ({@code ingen-avvikelse.csv}: "Ingen identifierad avvikelse"), or a yes in a yes/no deviation column
 * ({@code ja-varden.csv}: "Ja", a ticked check box's SANT). A text that
 * only tells what was done ("Revisionsbyrån genomförde en granskning av säkerheten") reports none.
 */
public final class DeviationRules {

	private static final Pattern SENTENCE = Pattern.compile("(?<=[.!?;])\\s+|\\R+");

	private final List<String> nonePhrases;
	private final Set<String> noneValues;
	private final Set<String> yesValues;
	private final List<Pattern> cues;

	DeviationRules(List<String> nonePhrases, Set<String> noneValues, Set<String> yesValues, List<Pattern> cues) {
		this.nonePhrases = List.copyOf(nonePhrases);
		this.noneValues = Set.copyOf(noneValues);
		this.yesValues = Set.copyOf(yesValues);
		this.cues = List.copyOf(cues);
	}

	public static DeviationRules load(Path configDir) {
		List<String> phrases = RuleFile.read("ingen-avvikelse.csv", 1, configDir).stream()
			.map(r -> CellWords.normalize(r[0]))
			.toList();
		Set<String> values = wholeValues("inga-varden.csv", configDir);
		Set<String> yes = wholeValues("ja-varden.csv", configDir);
		List<Pattern> cues = RuleFile.read("avvikelseord.csv", 1, configDir).stream()
			.map(r -> Pattern.compile(r[0], Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS))
			.toList();
		return new DeviationRules(phrases, values, yes, cues);
	}

	private static Set<String> wholeValues(String file, Path configDir) {
		return RuleFile.read(file, 1, configDir).stream()
			.map(r -> TextNormalizer.asWord(r[0]))
			.collect(Collectors.toSet());
	}

	/** A deviation column's whole value saying no deviation: "Nej", "Ingen", "-", an unticked check box's FALSKT. */
	public boolean saysNone(String cell) {
		return cell != null && !cell.isBlank() && noneValues.contains(TextNormalizer.asWord(cell.strip()));
	}

	public boolean reportsDeviation(String cell) {
		// "☐ Ja ☒ Nej": only the ticked answer counts.
		String latest = PeriodParts.ofLatestYear(cell);
		String text = TickBoxes.ticked(latest).map(ticked -> String.join(" ", ticked)).orElse(latest);
		if (text == null || text.isBlank()) {
			return false;
		}
		String word = TextNormalizer.asWord(text);
		if (noneValues.contains(word)) {
			return false;
		}
		if (yesValues.contains(word)) {
			return true;
		}
		return mentionsDeviation(text);
	}

	/** A sentence of the text says nothing was found wrong: "Januari–mars granskat utan anmärkning." */
	public boolean saysNoDeviation(String text) {
		String normal = text == null ? "" : CellWords.normalize(text);
		return nonePhrases.stream().anyMatch(normal::contains);
	}

	/**
	 * A sentence of the text says something was found wrong ("Genomförd, avvikelse noterad", "Godkänd med
	 * anmärkning"), and none says there was nothing; unlike a deviation column, "Ja" alone says nothing here.
	 */
	public boolean mentionsDeviation(String text) {
		if (text == null || text.isBlank()) {
			return false;
		}
		for (String sentence : SENTENCE.split(CellWords.normalize(text.strip()))) {
			if (!sentence.isBlank() && nonePhrases.stream().noneMatch(sentence::contains)
					&& cues.stream().anyMatch(c -> c.matcher(sentence).find())) {
				return true;
			}
		}
		return false;
	}
}
