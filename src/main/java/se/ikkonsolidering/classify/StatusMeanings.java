package se.ikkonsolidering.classify;

import java.util.Optional;

import se.ikkonsolidering.layout.Legend;

/** What a status cell or a legend's meaning says: by the file's own legend first, then by the common words. */
final class StatusMeanings {

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
		return words.lookup(cellText).filter(s -> s != ControlStatus.SAKNAS);
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
