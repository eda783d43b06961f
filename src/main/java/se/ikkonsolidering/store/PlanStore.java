package se.ikkonsolidering.store;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;

/** The controls of the nämnders' current internkontrollplaner, read apart from the follow-ups' controls. */
public final class PlanStore {

	private final JdbcClient jdbc;

	PlanStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The earliest read (or since replaced) plan with this content. */
	Optional<StoredSubmission> findRead(String sha256) {
		return jdbc.sql("SELECT " + SubmissionStore.SUBMISSION_COLUMNS + " FROM submission s WHERE s.sha256 = ? "
				+ "AND s.outcome IN ('INLAST', 'ERSATT') AND s.kind = 'PLAN' ORDER BY s.id")
			.param(sha256)
			.query(SubmissionStore::submission)
			.optional();
	}

	/** A follow-up with the plan's content was the plan misread: the plan replaces it. */
	void replaceMisread(long planId, String sha256) {
		jdbc.sql("UPDATE submission SET outcome = 'ERSATT', superseded_by = ? WHERE sha256 = ? AND kind = 'FOLLOW_UP' "
				+ "AND outcome = 'INLAST'")
			.params(planId, sha256)
			.update();
	}

	/** A follow-up {@code f} that was a plan misread: a read plan has its content. */
	static final String MISREAD = "(f.kind = 'FOLLOW_UP' AND EXISTS (SELECT 1 FROM submission p WHERE p.sha256 = "
			+ "f.sha256 AND p.kind = 'PLAN' AND p.outcome IN ('INLAST', 'ERSATT')))";

	/** Every follow-up that was a plan misread, by its content, is replaced by the first plan with that content. */
	void replaceMisreadFollowUps() {
		jdbc.sql("UPDATE submission f SET outcome = 'ERSATT', superseded_by = (SELECT MIN(p.id) FROM submission p "
				+ "WHERE p.sha256 = f.sha256 AND p.kind = 'PLAN' AND p.outcome IN ('INLAST', 'ERSATT')) "
				+ "WHERE f.outcome IN ('INLAST', 'ERSATT') AND " + MISREAD)
			.update();
	}

	/** The controls of the year's current (not replaced) plans, by nämnd and order in the plan. */
	public List<PlannedControl> findPlannedControls(int year) {
		return jdbc.sql("SELECT c.submission_id, c.seq, s.namnd, s.report_year, s.file_name, c.sheet, c.source_row, "
				+ "c.control_ref, c.process, c.risk, c.risk_value, c.kontrollmoment, c.responsible, c.report_back "
				+ "FROM control c JOIN submission s ON s.id = c.submission_id "
				+ "WHERE s.report_year = ? AND s.outcome = 'INLAST' AND s.kind = 'PLAN' ORDER BY s.namnd, s.id, c.seq")
			.param(year)
			.query((rs, row) -> new PlannedControl(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getInt(4),
					rs.getString(5), rs.getString(6), rs.getInt(7), rs.getString(8), rs.getString(9), rs.getString(10),
					rs.getString(11), rs.getString(12), rs.getString(13), rs.getString(14)))
			.list();
	}
}
