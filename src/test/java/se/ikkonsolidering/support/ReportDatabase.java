package se.ikkonsolidering.support;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;

import se.ikkonsolidering.store.Outcome;
import se.ikkonsolidering.store.SubmissionStore;

/**
 * The job's schema, migrated by Flyway as the job does, in an in-memory H2 database or in the PostgreSQL named by
 * {@code ik.test.db.url} (the {@code postgres} Maven profile), with rows written as the ingest writes them.
 */
public final class ReportDatabase {

	public final JdbcClient jdbc;
	public final DataSource dataSource;
	public final SubmissionStore store;

	public ReportDatabase(String name) {
		String url = System.getProperty("ik.test.db.url", "");
		boolean h2 = url.isBlank();
		DriverManagerDataSource dataSource = h2
				? new DriverManagerDataSource("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1", "sa", "")
				: new DriverManagerDataSource(url, System.getProperty("ik.test.db.user", "ik"),
						System.getProperty("ik.test.db.password", "ik"));
		Flyway.configure()
			.dataSource(dataSource)
			.locations("classpath:db/migration/common", "classpath:db/migration/" + (h2 ? "h2" : "postgresql"))
			.load()
			.migrate();
		this.dataSource = dataSource;
		this.jdbc = JdbcClient.create(dataSource);
		this.store = new SubmissionStore(jdbc, new JdbcTemplate(dataSource));
		empty();
	}

	public void empty() {
		TestDatabase.empty(jdbc);
	}

	/** A read file; returns its id. */
	public long read(long job, String file, String namnd, int year, String period, String assessment) {
		return insert(job, file, namnd, year, period, assessment, Outcome.INLAST, "Läst från fliken 'Blad1'.");
	}

	/** A nämnd's internkontrollplan for the year; returns its id. */
	public long plan(long job, String file, String namnd, int year) {
		long id = insert(job, file, namnd, year, "", null, Outcome.INLAST, "Lästes som internkontrollplan.");
		jdbc.sql("UPDATE submission SET kind = 'PLAN' WHERE id = ?").param(id).update();
		return id;
	}

	/** A control of a plan, with when the plan says it is reported back. */
	public void planned(long plan, int seq, String id, String kontrollmoment, String reportBack) {
		jdbc.sql("INSERT INTO control (submission_id, seq, sheet, source_row, control_ref, process, kontrollmoment, "
				+ "report_back, status, status_source) VALUES (?, ?, 'Plan', ?, ?, 'Ekonomi', ?, ?, 'SAKNAS', 'INGEN')")
			.params(plan, seq, seq + 3, id, kontrollmoment, reportBack)
			.update();
		jdbc.sql("UPDATE submission SET control_count = control_count + 1 WHERE id = ?").param(plan).update();
	}

	/** A file that could not be read, or a duplicate: no nämnd and no year, as the ingest stores them. */
	public long unread(long job, String file, Outcome outcome, String message) {
		return insert(job, file, "", null, "", null, outcome, message);
	}

	public void supersede(long old, long by) {
		jdbc.sql("UPDATE submission SET outcome = 'ERSATT', superseded_by = ? WHERE id = ?").params(by, old).update();
	}

	public void control(long submission, int seq, String kontrollmoment, String result, String status, String source,
			String... flags) {
		String deviation = List.of(flags).contains("AVVIKELSE") ? "Brister noterades i kontroll " + seq + "." : "";
		controlInFull(submission, seq, "Ekonomi", kontrollmoment, result, deviation, "Åtgärd " + seq, status, source,
				flags);
	}

	public void controlInFull(long submission, int seq, String process, String kontrollmoment, String result, String deviation,
			String action, String status, String source, String... flags) {
		jdbc.sql("INSERT INTO control (submission_id, seq, sheet, source_row, control_ref, process, kontrollmoment, "
				+ "result, deviation, action, status, status_source, status_text) "
				+ "VALUES (?, ?, 'Uppföljning', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(submission, seq, seq + 4, String.valueOf(seq), process, kontrollmoment, result, deviation, action,
					status, source, status.toLowerCase())
			.update();
		for (String flag : flags) {
			jdbc.sql("INSERT INTO control_flag (submission_id, seq, flag) VALUES (?, ?, ?)")
				.params(submission, seq, flag)
				.update();
		}
		jdbc.sql("UPDATE submission SET control_count = control_count + 1 WHERE id = ?").param(submission).update();
	}

	private long insert(long job, String file, String namnd, Integer year, String period, String assessment,
			Outcome outcome, String message) {
		KeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("INSERT INTO submission (job_execution_id, file_name, sha256, file_size, namnd, namnd_in_register, "
				+ "report_year, period_code, read_namnd, read_namnd_in_register, read_year, read_period_code, assessment, "
				+ "outcome, message, received_at) VALUES (?, ?, ?, 100, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(job, file, String.format("%064d", job * 1000 + file.length()), namnd, !namnd.isEmpty(), year, period,
					namnd, !namnd.isEmpty(), year, period, assessment, outcome.name(), message,
					Timestamp.valueOf(LocalDateTime.of(2026, 1, 10, 2, 0).plusDays(job)))
			.update(keys, "id");
		return keys.getKeyAs(Number.class).longValue();
	}
}
