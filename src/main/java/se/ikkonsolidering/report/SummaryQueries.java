package se.ikkonsolidering.report;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;

import se.ikkonsolidering.store.Outcome;
import se.ikkonsolidering.store.StoredControl;
import se.ikkonsolidering.store.StoredSubmission;

/** Read-only queries for the summary, in SQL that runs on H2 and PostgreSQL alike. */
final class SummaryQueries {

	private static final String COLUMNS = "s.id, s.job_execution_id, s.file_name, s.sha256, s.file_size, s.namnd, "
			+ "s.namnd_in_register, s.report_year, s.period_code, s.assessment, s.layout, s.outcome, s.message, "
			+ "s.control_count, s.received_at, s.superseded_by, s.stored_as";

	private final JdbcClient jdbc;

	SummaryQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Every file for the year and its current controls. */
	YearData year(int year) {
		List<StoredSubmission> submissions = jdbc
			.sql("SELECT " + COLUMNS + " FROM submission s WHERE s.report_year = ? ORDER BY s.id")
			.param(year)
			.query(SummaryQueries::submission)
			.list();
		return new YearData(year, submissions, currentControls(year));
	}

	/**
	 * Files that could not be read, so have no year, from the first run that brought a file for the year up to the
	 * first later run that brought a file for a later year: the year the nämnder were reporting when they sent them.
	 */
	List<StoredSubmission> unread(int year) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM submission s WHERE s.report_year IS NULL "
				+ "AND s.job_execution_id >= (SELECT MIN(y.job_execution_id) FROM submission y WHERE y.report_year = ?) "
				+ "AND NOT EXISTS (SELECT 1 FROM submission n WHERE n.report_year > ? "
				+ "AND n.job_execution_id < s.job_execution_id) ORDER BY s.id")
			.params(year, year)
			.query(SummaryQueries::submission)
			.list();
	}

	private List<StoredControl> currentControls(int year) {
		Map<String, List<String>> flags = new HashMap<>();
		jdbc.sql("SELECT f.submission_id, f.seq, f.flag FROM control_flag f JOIN submission s ON s.id = f.submission_id "
				+ "WHERE s.report_year = ? AND s.outcome = 'INLAST' ORDER BY f.flag")
			.param(year)
			.query(rs -> {
				flags.computeIfAbsent(rs.getLong(1) + ":" + rs.getInt(2), k -> new ArrayList<>()).add(rs.getString(3));
			});
		return jdbc.sql("SELECT c.*, s.namnd, s.report_year, s.period_code, s.file_name FROM control c "
				+ "JOIN submission s ON s.id = c.submission_id WHERE s.report_year = ? AND s.outcome = 'INLAST' "
				+ "ORDER BY s.namnd, s.file_name, s.id, c.seq")
			.param(year)
			.query((rs, n) -> control(rs, flags.getOrDefault(rs.getLong("submission_id") + ":" + rs.getInt("seq"),
					List.of())))
			.list();
	}

	private static StoredSubmission submission(ResultSet rs, int row) throws SQLException {
		return new StoredSubmission(rs.getLong("id"), rs.getObject("job_execution_id", Long.class),
				rs.getString("file_name"), rs.getString("sha256"), rs.getLong("file_size"), rs.getString("namnd"),
				rs.getBoolean("namnd_in_register"), rs.getObject("report_year", Integer.class),
				rs.getString("period_code"), rs.getString("assessment"), rs.getString("layout"),
				Outcome.valueOf(rs.getString("outcome")), rs.getString("message"), rs.getInt("control_count"),
				rs.getTimestamp("received_at").toLocalDateTime(), rs.getObject("superseded_by", Long.class),
				rs.getString("stored_as"));
	}

	private static StoredControl control(ResultSet rs, List<String> flags) throws SQLException {
		return new StoredControl(rs.getLong("submission_id"), rs.getInt("seq"), rs.getString("namnd"),
				rs.getInt("report_year"), rs.getString("period_code"), rs.getString("file_name"), rs.getString("sheet"),
				rs.getInt("source_row"), rs.getString("control_ref"), rs.getString("process"), rs.getString("risk"),
				rs.getString("risk_value"), rs.getString("kontrollmoment"), rs.getString("result"),
				rs.getString("deviation"), rs.getString("action"), rs.getString("responsible"),
				rs.getString("start_date"), rs.getString("end_date"), rs.getString("report_back"),
				rs.getString("status"), rs.getString("status_source"), rs.getString("status_text"),
				rs.getString("status_evidence"), flags);
	}
}
