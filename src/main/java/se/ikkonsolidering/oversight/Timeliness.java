package se.ikkonsolidering.oversight;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import se.ikkonsolidering.store.Outcome;
import se.ikkonsolidering.store.StoredSubmission;

/**
 * Whether a nämnd's follow-up for a period came in by the tidplan's last day: judged on the first file the job saw
 * for the nämnd, year and period (a later correction does not make an on-time report late). A file that states no
 * period answers the tidplan's period when the tidplan gives the nämnd only one for the year; beside several, the
 * periods no file states are {@link State#NO_PERIOD}, never taken for missing.
 *
 * @param first the first follow-up seen for the period; empty when none has come in
 * @param days days after the last day: how late it came, or how long it has been missing (0 when on time or not due)
 */
public record Timeliness(Deadline deadline, State state, long days, Optional<StoredSubmission> first) {

	/** How a deadline stands. */
	public enum State {
		ON_TIME, LATE, MISSING, NOT_DUE,
		/** No follow-up states the period, but one states none: it cannot be told which period it answers. */
		NO_PERIOD
	}

	/** Every deadline of the nämnd's year, with how it stands on {@code today}. */
	public static List<Timeliness> of(String namnd, int year, Tidplan tidplan, List<StoredSubmission> files,
			LocalDate today) {
		List<Deadline> deadlines = tidplan.deadlines(namnd, year);
		Optional<StoredSubmission> withoutPeriod = files.stream()
			.filter(s -> s.namnd().equals(namnd) && s.period().isEmpty() && read(s) && s.year() != null
					&& s.year() == year)
			.min(Comparator.comparing(StoredSubmission::receivedAt));
		return deadlines.stream().map(d -> {
			Optional<StoredSubmission> first = firstFor(d, namnd, deadlines, files);
			return first.isEmpty() && withoutPeriod.isPresent() ? new Timeliness(d, State.NO_PERIOD, 0, withoutPeriod)
					: judge(d, first, today);
		}).toList();
	}

	private static boolean read(StoredSubmission s) {
		return (s.outcome() == Outcome.INLAST || s.outcome() == Outcome.ERSATT) && !s.isPlan();
	}

	private static Timeliness judge(Deadline deadline, Optional<StoredSubmission> first, LocalDate today) {
		if (first.isPresent()) {
			long late = ChronoUnit.DAYS.between(deadline.lastDay(), first.get().receivedAt().toLocalDate());
			return new Timeliness(deadline, late > 0 ? State.LATE : State.ON_TIME, Math.max(0, late), first);
		}
		long missing = ChronoUnit.DAYS.between(deadline.lastDay(), today);
		return missing > 0 ? new Timeliness(deadline, State.MISSING, missing, first)
				: new Timeliness(deadline, State.NOT_DUE, 0, first);
	}

	private static Optional<StoredSubmission> firstFor(Deadline deadline, String namnd, List<Deadline> all,
			List<StoredSubmission> files) {
		return files.stream()
			.filter(s -> s.namnd().equals(namnd) && answers(s, deadline, all))
			.min(Comparator.comparing(StoredSubmission::receivedAt));
	}

	/** Whether a read follow-up is the one due by the deadline. */
	static boolean answers(StoredSubmission s, Deadline deadline, List<Deadline> namndsDeadlines) {
		if (!read(s) || s.year() == null || s.year() != deadline.year()) {
			return false;
		}
		return s.period().map(p -> p == deadline.period()).orElse(namndsDeadlines.size() == 1);
	}

	/**
	 * How one file stands to its period's last day, for its line in inlamningar.csv: "i tid (Helår, sista dag …)",
	 * "ingen sista dag för T2 i tidplanen"; empty without a tidplan, for a plan, and for a file that was not read.
	 */
	public static String ofFile(StoredSubmission file, Tidplan tidplan) {
		boolean read = file.outcome() == Outcome.INLAST || file.outcome() == Outcome.ERSATT;
		if (tidplan.isEmpty() || file.isPlan() || !read || file.year() == null) {
			return "";
		}
		List<Deadline> deadlines = tidplan.deadlines(file.namnd(), file.year());
		if (deadlines.isEmpty()) {
			return "ingen sista dag för " + file.year() + " i tidplanen";
		}
		Optional<Deadline> deadline = deadlines.stream().filter(d -> answers(file, d, deadlines)).findFirst();
		if (deadline.isEmpty()) {
			return file.period().map(p -> "ingen sista dag för " + p.swedish() + " " + file.year() + " i tidplanen")
				.orElse("filen anger ingen period och tidplanen har flera; jämförs inte");
		}
		return judge(deadline.get(), Optional.of(file), deadline.get().lastDay()).withDeadline();
	}

	/** "i tid", "3 dagar sen", "saknas, 12 dagar efter sista dag", "sista dag 2026-02-13 har inte passerat". */
	public String swedish() {
		return switch (state) {
			case ON_TIME -> "i tid";
			case LATE -> days + (days == 1 ? " dag sen" : " dagar sen");
			case MISSING -> "saknas, " + days + (days == 1 ? " dag" : " dagar") + " efter sista dag";
			case NOT_DUE -> "sista dag " + deadline.lastDay() + " har inte passerat";
			case NO_PERIOD -> "uppföljningen anger ingen period och kan inte jämföras med sista dag " + deadline.lastDay();
		};
	}

	/** With the period and its last day, for a reader who has not the tidplan at hand: "i tid (Helår, sista dag …)". */
	public String withDeadline() {
		String day = deadline.period().swedish() + ", sista dag " + deadline.lastDay();
		return state == State.NOT_DUE || state == State.NO_PERIOD ? deadline.period().swedish() + ": " + swedish()
				: swedish() + " (" + day + ")";
	}
}
