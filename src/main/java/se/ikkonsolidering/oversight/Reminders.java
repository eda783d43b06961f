package se.ikkonsolidering.oversight;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntFunction;

import se.ikkonsolidering.store.StoredSubmission;

/**
 * The nämnder whose deadline has passed without a follow-up, for the nightly log, so the economy office can remind
 * them. Only the year of the latest deadline that has passed is looked at: once the new year's first follow-up is
 * due, last year's reminders stop. A period a later follow-up has already covered (a missing delår beside the helår
 * report) is no longer worth a reminder; the summary still shows it missing.
 */
public final class Reminders {

	private Reminders() {
	}

	/**
	 * @param registerNames the register's nämnder; without a register, those the tidplan names or that sent a
	 *        follow-up for the year
	 * @param filesOfYear the files the database holds for a year
	 */
	public static List<Reminder> due(Tidplan tidplan, List<String> registerNames,
			IntFunction<List<StoredSubmission>> filesOfYear, LocalDate today) {
		Optional<Integer> year = tidplan.all().stream()
			.filter(d -> d.lastDay().isBefore(today))
			.max((a, b) -> a.lastDay().compareTo(b.lastDay()))
			.map(Deadline::year);
		if (year.isEmpty()) {
			return List.of();
		}
		List<StoredSubmission> files = filesOfYear.apply(year.get());
		Set<String> namnder = new LinkedHashSet<>(registerNames);
		if (namnder.isEmpty()) {
			tidplan.all().stream().filter(d -> !d.forAll()).forEach(d -> namnder.add(d.namnd()));
			files.stream().filter(s -> !s.isPlan() && !s.namnd().isEmpty()).forEach(s -> namnder.add(s.namnd()));
		}
		List<Reminder> reminders = new ArrayList<>();
		for (String namnd : namnder) {
			Timeliness.of(namnd, year.get(), tidplan, files, today).stream()
				.filter(t -> t.state() == Timeliness.State.MISSING && !coveredLater(namnd, t.deadline(), files))
				.forEach(t -> reminders.add(new Reminder(namnd, t.deadline(), t.days())));
		}
		return reminders;
	}

	private static boolean coveredLater(String namnd, Deadline deadline, List<StoredSubmission> files) {
		return files.stream()
			.filter(s -> s.namnd().equals(namnd) && !s.isPlan() && s.year() != null && s.year() == deadline.year())
			.flatMap(s -> s.period().stream())
			.anyMatch(p -> p.rank() > deadline.period().rank());
	}

	/**
	 * A nämnd to remind.
	 *
	 * @param days how long the follow-up has been missing
	 */
	public record Reminder(String namnd, Deadline deadline, long days) {
	}
}
