package se.ikkonsolidering.correction;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import se.ikkonsolidering.classify.ControlStatus;
import se.ikkonsolidering.submission.Period;

/**
 * The words the economy office corrects with: the statuses of the dropdown in "Rätt status" (or their codes, as
 * kontroller.csv writes them), the periods, and the mark in "Inte en kontroll". "Status saknas" is no choice: it says
 * that the nämnd reported nothing, which is the file's to say.
 */
public final class CorrectionWords {

	private static final Map<ControlStatus, String> STATUSES = new EnumMap<>(Map.of(ControlStatus.GENOMFORD,
			"Genomförd", ControlStatus.DELVIS, "Delvis genomförd", ControlStatus.EJ_GENOMFORD, "Ej genomförd",
			ControlStatus.OKLAR, "Oklar status", ControlStatus.UTGAR, "Utgår"));

	private static final Set<String> MARKS = Set.of("x", "ja", "✓", "✔");

	private CorrectionWords() {
	}

	/** The statuses "Rätt status" offers, in the dropdown's order. */
	public static List<String> statusChoices() {
		return List.copyOf(STATUSES.values());
	}

	/** "Delvis genomförd"; {@link ControlStatus#SAKNAS} has no word of its own here and reads "Status saknas". */
	public static String status(ControlStatus status) {
		return STATUSES.getOrDefault(status, "Status saknas");
	}

	/** The mark the job writes in "Inte en kontroll". */
	public static String notAControlMark() {
		return "x";
	}

	/** A status by its word or code ("delvis genomförd", "DELVIS"), of those the dropdown offers. */
	static Optional<ControlStatus> parseStatus(String text) {
		String key = fold(text);
		return STATUSES.entrySet()
			.stream()
			.filter(e -> fold(e.getValue()).equals(key) || fold(e.getKey().name()).equals(key))
			.map(Map.Entry::getKey)
			.findFirst();
	}

	/** Whether the text names the status "saknas", which is not a correction's to set. */
	static boolean isMissing(String text) {
		String key = fold(text);
		return key.equals("saknas") || key.equals("status saknas");
	}

	/** "Helår", "helar", "T2". */
	static Optional<Period> parsePeriod(String text) {
		String key = fold(text);
		return Arrays.stream(Period.values())
			.filter(p -> fold(p.swedish()).equals(key) || fold(p.name()).equals(key))
			.findFirst();
	}

	static boolean isMark(String text) {
		return MARKS.contains(text.strip().toLowerCase(Locale.ROOT));
	}

	/** Lower case, without diacritics, '_' as a space, single spaces. */
	private static String fold(String text) {
		String decomposed = Normalizer.normalize(text.strip().toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
		return decomposed.replaceAll("\\p{M}", "").replace('_', ' ').replaceAll("\\s+", " ");
	}
}
