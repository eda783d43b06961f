package se.ikkonsolidering.classify;

import java.util.Optional;
import java.util.regex.Pattern;

import se.ikkonsolidering.layout.Legend;

/** What a status cell or a legend's meaning says: by the file's own legend first, then by the common words. */
final class StatusMeanings {

	/** A symbol or emoji: no letter or digit. */
	private static final Pattern SYMBOL = Pattern.compile("[^\\p{L}\\p{N}\\s]{1,4}");

	private final StatusWords words;
	private final TextStatusRules text;

	StatusMeanings(StatusWords words, TextStatusRules text) {
		this.words = words;
		this.text = text;
	}

	/** The status a column's text states: by the file's legend, then by the common words. */
	Optional<ControlStatus> word(String cellText, Legend legend) {
		Optional<String> meaning = legend.meaning(cellText);
		if (meaning.isPresent()) {
			return meaningOf(meaning.get());
		}
		Optional<ControlStatus> common = words.lookup(cellText).filter(s -> s != ControlStatus.SAKNAS);
		if (common.isPresent()) {
			return common;
		}
		// "D – 70 %": the file's code, then a note on it.
		return legend.meaning(StatusWords.firstClause(TextNormalizer.asWord(cellText))).flatMap(this::meaningOf);
	}

	/**
	 * A symbol the file's legend of symbols leaves out ("🟠" beside a legend of 🟢 🟡 🔴 ⚪): the sender chose a mark
	 * the file does not explain, so no common meaning is guessed for it.
	 */
	boolean outsideTheLegend(String cellText, Legend legend) {
		String t = cellText.strip();
		return SYMBOL.matcher(t).matches() && legend.meaning(t).isEmpty()
				&& legend.tokens().keySet().stream().filter(k -> SYMBOL.matcher(k.strip()).matches()).count() >= 2;
	}

	/**
	 * A legend's meaning as a status: "Delvis genomförd", what it says as a whole ("kontrollen utförd, avvikelse
	 * noterad (se kommentar)" is done), or one of its parts ("Done / genomförd", "N/A – utgår").
	 */
	Optional<ControlStatus> meaningOf(String meaning) {
		Optional<ControlStatus> whole = words.lookup(meaning)
			.or(() -> text.classify(meaning).filter(TextStatusRules.TextVerdict::strong)
				.map(TextStatusRules.TextVerdict::status));
		if (whole.isPresent()) {
			return whole;
		}
		for (String part : Legend.meaningParts(meaning)) {
			Optional<ControlStatus> status = words.lookup(part);
			if (status.isPresent()) {
				return status;
			}
		}
		return text.classify(meaning).map(TextStatusRules.TextVerdict::status);
	}
}
