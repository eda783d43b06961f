package se.ikkonsolidering.classify;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import se.ikkonsolidering.layout.Legend;

/** What a status cell or a legend's meaning says: by the file's own legend first, then by the common words. */
final class StatusMeanings {

	/** A symbol or emoji: no letter or digit. */
	private static final Pattern SYMBOL = Pattern.compile("[^\\p{L}\\p{N}\\s]{1,4}");
	/** "Genomförd / Delvis / Ej genomförd": every answer a template offers, none chosen. */
	private static final int MIN_CHOICES = 3;
	/** Answers side by side in one cell: "2 / 3", "G/D". */
	private static final Pattern ALTERNATIVES = Pattern.compile("\\s*/\\s*");
	/** A letter or number code of a legend: "G", "EG", "1". */
	private static final Pattern CODE = Pattern.compile("[\\p{L}\\p{N}]{1,3}");
	private static final Pattern FOOTNOTE_MARK = Pattern.compile("\\s*[*¹²³⁴†]+$");
	/** "G/A": a short code, and after a slash a letter or two of another kind ("A = Avvikelse noterad"). */
	private static final Pattern CODE_AND_MARK = Pattern.compile("([\\p{L}\\p{N}]{1,3})\\s*/\\s*(\\p{L}{1,2})");
	/** "inte slutförd", "ej avslutad": not finished, which a control under way is as well as one not begun. */
	private static final Pattern NOT_FINISHED = Pattern
		.compile("(?iu)\\b(inte|ej)\\s+(slutförd|slutfört|avslutad|avslutat|färdig|färdigställd|klar)\\b");

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
			Optional<ControlStatus> meant = meaningOf(meaning.get());
			// "Pågår" = "kontrollen är inte slutförd": the legend says what the word leaves out, not that nothing
			// was done; the word itself says the control is under way.
			boolean underWay = meant.filter(s -> s == ControlStatus.EJ_GENOMFORD).isPresent()
					&& NOT_FINISHED.matcher(meaning.get()).find()
					&& words.lookup(cellText).filter(s -> s == ControlStatus.DELVIS).isPresent();
			return underWay ? Optional.of(ControlStatus.DELVIS) : meant;
		}
		Optional<ControlStatus> common = words.lookup(cellText).filter(s -> s != ControlStatus.SAKNAS);
		if (common.isPresent()) {
			return common;
		}
		// "D – 70 %": the file's code, then a note on it.
		Optional<ControlStatus> noted = legend.meaning(StatusWords.firstClause(TextNormalizer.asWord(cellText)))
			.flatMap(this::meaningOf);
		// "G/A" beside "A = Avvikelse noterad (anges efter statuskoden, t.ex. G/A)": the file's code, and a mark after
		// it that says nothing else of the status (a deviation is found by a control made).
		Matcher marked = CODE_AND_MARK.matcher(cellText.strip());
		if (noted.isEmpty() && marked.matches()) {
			Optional<ControlStatus> code = legend.meaning(marked.group(1)).flatMap(this::meaningOf);
			Optional<ControlStatus> mark = legend.meaning(marked.group(2)).flatMap(this::meaningOf);
			noted = mark.isEmpty() || mark.equals(code) ? code : Optional.empty();
		}
		// "G*", "Genomförd¹": a footnote mark whose note stands elsewhere.
		Matcher mark = FOOTNOTE_MARK.matcher(cellText.strip());
		return noted.isPresent() || !mark.find() || mark.start() == 0 ? noted
				: word(cellText.strip().substring(0, mark.start()), legend);
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
		boolean symbols = legend.tokens().keySet().stream().filter(k -> SYMBOL.matcher(k.strip()).matches()).count() >= 2;
		// "x" among ● ◐ ○: a mark the file's legend of symbols does not list.
		if (SYMBOL.matcher(t).matches() || (t.length() == 1 && symbols)) {
			return symbols;
		}
		// "X" in a column of the file's letter codes G / P / EG / U, "Gr" beside G / Gu / R: a code as short as the
		// legend's that the legend does not list, and no status word either.
		List<String> codes = legend.tokens().keySet().stream().map(String::strip).filter(k -> CODE.matcher(k).matches())
			.toList();
		int longest = codes.stream().mapToInt(String::length).max().orElse(0);
		return codes.size() >= 3 && CODE.matcher(t).matches()
				&& (t.length() == 1 || (t.length() <= longest && words.lookup(t).isEmpty()));
	}

	/**
	 * "2 / 3", "G/D": two of the file's codes, or two status words, that mean different things in one cell. The sender
	 * could not decide, and neither can the reader.
	 */
	/**
	 * "Genomförd / Delvis / Ej genomförd" left as the template offered it: three or more different answers, none
	 * chosen, report nothing (two may be the sender's doubt).
	 */
	boolean listsTheChoices(String cellText, Legend legend) {
		return answers(cellText, legend).size() >= MIN_CHOICES;
	}

	boolean severalAnswers(String cellText, Legend legend) {
		return answers(cellText, legend).size() > 1;
	}

	/** The different statuses of a cell's answers parted by slashes; none unless every part is one. */
	Set<ControlStatus> answers(String cellText, Legend legend) {
		String[] parts = ALTERNATIVES.split(cellText.strip());
		if (parts.length < 2) {
			return Set.of();
		}
		Set<ControlStatus> statuses = EnumSet.noneOf(ControlStatus.class);
		for (String part : parts) {
			Optional<ControlStatus> status = legend.meaning(part).flatMap(this::meaningOf)
				.or(() -> legend.isEmpty() ? words.lookup(part) : Optional.empty());
			if (status.isEmpty()) {
				return Set.of();
			}
			statuses.add(status.get());
		}
		return statuses;
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
			// "Deviation found / avvikelse konstaterad": a part may say so in a phrase, not a word.
			Optional<ControlStatus> status = words.lookup(part)
				.or(() -> text.classify(part).filter(TextStatusRules.TextVerdict::strong)
					.map(TextStatusRules.TextVerdict::status));
			if (status.isPresent()) {
				return status;
			}
		}
		return text.classify(meaning).map(TextStatusRules.TextVerdict::status);
	}
}
