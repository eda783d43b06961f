package se.ikkonsolidering.job;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import se.ikkonsolidering.oversight.OversightSettings;
import se.ikkonsolidering.oversight.Reminders;
import se.ikkonsolidering.oversight.Tidplan;
import se.ikkonsolidering.oversight.TidplanException;
import se.ikkonsolidering.register.Register;
import se.ikkonsolidering.register.RegisterSettings;
import se.ikkonsolidering.store.SubmissionStore;
import se.ikkonsolidering.submission.PeriodRules;

/**
 * Names in the log, after every run (also one that found nothing new), the nämnder whose deadline has passed without
 * a follow-up, one warning each, so the economy office can remind them. The tidplan and register are read afresh.
 */
class DeadlineReminders {

	private static final Logger log = LoggerFactory.getLogger(DeadlineReminders.class);

	private final SubmissionStore store;
	private final OversightSettings settings;
	private final RegisterSettings register;
	private final Path configDir;

	DeadlineReminders(SubmissionStore store, OversightSettings settings, RegisterSettings register, Path configDir) {
		this.store = store;
		this.settings = settings;
		this.register = register;
		this.configDir = configDir;
	}

	/** Why the tidplan cannot be used now, in one line; empty when it can (or there is none). */
	Optional<String> problem() {
		try {
			tidplan(register.load());
			return Optional.empty();
		}
		catch (TidplanException ex) {
			return Optional.of(ex.getMessage());
		}
	}

	void log() {
		Register namnder = register.load();
		LocalDate today = LocalDate.now(settings.clock());
		for (Reminders.Reminder r : Reminders.due(tidplan(namnder), namnder.names(), store::findByYear, today)) {
			log.warn("Deadline passed without a follow-up: {}, {} {} (last day {}, {} days ago); remind the nämnd",
					r.namnd(), r.deadline().period().swedish(), r.deadline().year(), r.deadline().lastDay(), r.days());
		}
	}

	private Tidplan tidplan(Register namnder) {
		return settings.tidplanFile()
			.map(file -> Tidplan.load(file, PeriodRules.load(configDir), namnder))
			.orElse(Tidplan.NONE);
	}
}
