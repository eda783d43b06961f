package se.ikkonsolidering.oversight;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import se.ikkonsolidering.register.Register;
import se.ikkonsolidering.submission.Period;
import se.ikkonsolidering.submission.PeriodRules;

/**
 * The kommun's calendar for the follow-ups ({@code --tidplan}): when each period's follow-up is due, for all nämnder
 * or for one. A line for a nämnd wins over the line for all.
 */
public final class Tidplan {

	public static final Tidplan NONE = new Tidplan(List.of());

	private final List<Deadline> deadlines;

	Tidplan(List<Deadline> deadlines) {
		this.deadlines = List.copyOf(deadlines);
	}

	/**
	 * Reads the tidplan file ({@code period;sista_dag;nämnd}).
	 * @throws TidplanException when it cannot be read, with the line at fault
	 */
	public static Tidplan load(Path file, PeriodRules periods, Register register) {
		return new Tidplan(TidplanFile.read(file, periods, register));
	}

	public boolean isEmpty() {
		return deadlines.isEmpty();
	}

	public List<Deadline> all() {
		return deadlines;
	}

	/** The deadlines that apply to a nämnd's follow-ups for a year, one per period, in period order. */
	public List<Deadline> deadlines(String namnd, int year) {
		Map<Period, Deadline> byPeriod = new EnumMap<>(Period.class);
		for (Deadline d : deadlines) {
			if (d.year() == year && d.forAll()) {
				byPeriod.putIfAbsent(d.period(), d);
			}
		}
		for (Deadline d : deadlines) {
			if (d.year() == year && d.namnd().equals(namnd)) {
				byPeriod.put(d.period(), d);
			}
		}
		return byPeriod.values().stream().sorted(Comparator.comparingInt(d -> d.period().rank())).toList();
	}
}
