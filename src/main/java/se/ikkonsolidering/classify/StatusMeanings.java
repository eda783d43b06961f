package se.ikkonsolidering.classify;

import java.util.Optional;
import java.util.regex.Pattern;

import se.ikkonsolidering.layout.Legend;

/** What a status cell or a legend's meaning says: by the file's own legend first, then by the common words. */
final class StatusMeanings {

	/** A symbol or emoji: no letter or digit. */
	private static final Pattern SYMBOL = Pattern.compile("[^\\p{L}\\p{N}\\s]{1,4}");
	/** A letter or number code of a legend: "G", "EG", "1". */
	private static final Pattern CODE = Pattern.compile("[\\p{L}\\p{N}]{1,3}");

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
	 * A symbol or one-character code the file's legend leaves out ("🟠" beside a legend of 🟢 🟡 🔴 ⚪, "X" beside G /
	 * P / EG / U): the sender chose a mark the file does not explain, so no common meaning is guessed for it.
	 */
	boolean outsideTheLegend(String cellText, Legend legend) {
		String t = cellText.strip();
		if (t.isEmpty() || legend.meaning(t).isPresent()) {
			return false;
		}
		if (SYMBOL.matcher(t).matches()) {
			return legend.tokens().keySet().stream().filter(k -> SYMBOL.matcher(k.strip()).matches()).count() >= 2;
		}
		// "X" in a column of the file's letter codes G / P / EG / U: one character the legend does not list.
		return t.length() == 1 && Character.isLetterOrDigit(t.charAt(0))
				&& legend.tokens().keySet().stream().filter(k -> CODE.matcher(k.strip()).matches()).count() >= 3;
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
