package se.ikkonsolidering.job;

import org.springframework.boot.context.properties.bind.Binder;

import se.ikkonsolidering.correction.CorrectionSettings;
import se.ikkonsolidering.oversight.OversightSettings;
import se.ikkonsolidering.register.RegisterSettings;
import se.ikkonsolidering.report.ExportSettings;
import se.ikkonsolidering.schedule.ScheduleSettings;
import se.ikkonsolidering.store.BackupSettings;

/**
 * Every stage's settings, bound as Spring will bind them, for what happens before Spring starts: the start check
 * and the defaults {@code --help} prints.
 */
record Settings(IngestSettings ingest, RegisterSettings register, ExportSettings export, ScheduleSettings schedule,
		BackupSettings backup, CorrectionSettings corrections, OversightSettings oversight) {

	/** @throws org.springframework.boot.context.properties.bind.BindException for a value not of its setting's kind */
	static Settings bind(Binder binder) {
		return new Settings(binder.bindOrCreate("ik", IngestSettings.class),
				binder.bindOrCreate("ik", RegisterSettings.class), binder.bindOrCreate("ik", ExportSettings.class),
				binder.bindOrCreate("ik", ScheduleSettings.class), binder.bindOrCreate("ik", BackupSettings.class),
				binder.bindOrCreate("ik", CorrectionSettings.class),
				binder.bindOrCreate("ik", OversightSettings.class));
	}

	/** The settings of a run where nothing is set. */
	static Settings defaults() {
		return bind(new Binder());
	}
}
