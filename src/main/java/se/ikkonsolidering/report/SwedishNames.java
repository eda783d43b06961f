package se.ikkonsolidering.report;

import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import se.ikkonsolidering.classify.ControlStatus;
import se.ikkonsolidering.classify.Flag;
import se.ikkonsolidering.classify.StatusSource;
import se.ikkonsolidering.store.Outcome;
import se.ikkonsolidering.submission.Period;

/** The Swedish words readers see for statuses, flags, status sources, outcomes and periods. */
final class SwedishNames {

	static final String NOT_SUBMITTED = "Ej inlämnad";

	/** A file that states no period. */
	static final String NO_PERIOD = "Ej angiven";

	private static final Map<ControlStatus, String> STATUSES = new EnumMap<>(Map.of(ControlStatus.GENOMFORD,
			"Genomförd", ControlStatus.DELVIS, "Delvis genomförd", ControlStatus.EJ_GENOMFORD, "Ej genomförd",
			ControlStatus.SAKNAS, "Status saknas", ControlStatus.OKLAR, "Oklar status", ControlStatus.UTGAR, "Utgår"));

	private static final Map<StatusSource, String> SOURCES = new EnumMap<>(Map.of(StatusSource.KOLUMN, "Statuskolumn",
			StatusSource.FARG, "Cellfärg", StatusSource.TEXT, "Fritext", StatusSource.INGEN, "Inget underlag"));

	private static final Map<Flag, String> FLAGS = new EnumMap<>(Flag.class);

	static {
		// A flag a status raises reads as that status, so the page never words one thing two ways.
		for (ControlStatus status : ControlStatus.values()) {
			status.flag().ifPresent(flag -> FLAGS.put(flag, STATUSES.get(status)));
		}
		FLAGS.put(Flag.AVVIKELSE, "Avvikelse rapporterad");
		FLAGS.put(Flag.FOLJER_EJ_PLAN, "Följer ej plan");
		FLAGS.put(Flag.MOTSAGELSE, "Status och text säger emot varandra");
		FLAGS.put(Flag.EJ_ATERRAPPORTERAD, "Planerad men ej återrapporterad");
	}

	private SwedishNames() {
	}

	static String status(ControlStatus status) {
		return STATUSES.get(status);
	}

	static String flag(Flag flag) {
		return FLAGS.get(flag);
	}

	/** The flags' names, in the order given. */
	static List<String> flags(Collection<Flag> flags) {
		return flags.stream().map(SwedishNames::flag).toList();
	}

	static String source(StatusSource source) {
		return SOURCES.get(source);
	}

	/** A duplicate is shown as rejected, as in inlamningar.csv. */
	static String outcome(Outcome outcome) {
		return switch (outcome) {
			case INLAST -> "Inläst";
			case ERSATT -> "Ersatt";
			case AVVISAD, DUBBLETT -> "Avvisad";
		};
	}

	/** The period as readers know it ("Helår", "Delår" …), or {@link #NO_PERIOD}. */
	static String period(Optional<Period> period) {
		return period.map(Period::swedish).orElse(NO_PERIOD);
	}
}
