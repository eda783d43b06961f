package se.ikkonsolidering.report;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import se.ikkonsolidering.store.Outcome;
import se.ikkonsolidering.store.StoredSubmission;

/**
 * Which year a run exports when none is asked for: the year most of this run's read follow-ups are for (the latest
 * on a tie), so a run that brings the year's follow-ups exports that year, even beside next year's plans; a run that
 * read only plans exports their year; a run that read nothing exports the latest year stored, so a forced run still
 * writes the exports.
 */
final class ExportYear {

	private ExportYear() {
	}

	/**
	 * @param asked the year given with {@code --year}, or {@code null}
	 * @param thisRun the files this run handled
	 * @param latestStored the latest year the database holds read files for
	 * @return the year to export; empty when nothing was read, now or before
	 */
	static Optional<Integer> choose(Integer asked, List<StoredSubmission> thisRun,
			Supplier<Optional<Integer>> latestStored) {
		if (asked != null) {
			return Optional.of(asked);
		}
		return mostFilesAreFor(thisRun, false).or(() -> mostFilesAreFor(thisRun, true)).or(latestStored);
	}

	private static Optional<Integer> mostFilesAreFor(List<StoredSubmission> thisRun, boolean plans) {
		Map<Integer, Long> counts = thisRun.stream()
			.filter(s -> (s.outcome() == Outcome.INLAST || s.outcome() == Outcome.ERSATT) && s.isPlan() == plans)
			.map(StoredSubmission::year)
			.filter(Objects::nonNull)
			.collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
		return counts.entrySet()
			.stream()
			.max(Map.Entry.<Integer, Long>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
			.map(Map.Entry::getKey);
	}
}
