package se.ikkonsolidering.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

import org.springframework.jdbc.core.simple.JdbcClient;

import se.ikkonsolidering.classify.ControlStatus;
import se.ikkonsolidering.submission.Period;

/**
 * The economy office's corrections in force, and what they do to the files: a whole-file correction sets the nämnd,
 * year or period a file counts under (the job's own reading stays in {@code read_*}), after which each nämnd's,
 * year's and period's latest file is the current one again. Control corrections are applied where controls are read
 * ({@link ControlQueries}). Writes join the caller's transaction.
 */
public final class CorrectionStore {

	private static final String COLUMNS = "sha256, sheet, source_row, file_name, status, not_a_control, namnd, "
			+ "report_year, period_code, comment, signature";

	private final JdbcClient jdbc;

	public CorrectionStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Every correction in force: whole-file ones first, then by file and place. */
	public List<Correction> findAll() {
		return jdbc.sql("SELECT " + COLUMNS + " FROM correction ORDER BY source_row > 0, file_name, sha256, sheet, "
				+ "source_row")
			.query(CorrectionStore::correction)
			.list();
	}

	/**
	 * Puts a correction in force, in place of any other for the same control or file.
	 * @return whether that changed anything
	 */
	public boolean put(Correction c) {
		Optional<Correction> earlier = find(c.key());
		if (earlier.filter(c::equals).isPresent()) {
			return false;
		}
		remove(c.key());
		jdbc.sql("INSERT INTO correction (" + COLUMNS + ", changed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(c.sha256(), c.sheet(), c.row(), c.fileName(), c.status().map(Enum::name).orElse(null),
					c.notAControl(), c.namnd().orElse(null), c.year().orElse(null),
					c.period().map(Enum::name).orElse(null), c.comment(), c.signature(),
					Timestamp.valueOf(LocalDateTime.now()))
			.update();
		return true;
	}

	/** @return whether there was a correction to withdraw */
	public boolean remove(Correction.Key key) {
		return jdbc.sql("DELETE FROM correction WHERE sha256 = ? AND sheet = ? AND source_row = ?")
			.params(key.sha256(), key.sheet(), key.row())
			.update() > 0;
	}

	/** The SHA-256 of the corrections workbook as last applied, if one was. */
	public Optional<String> appliedFile() {
		return jdbc.sql("SELECT sha256 FROM correction_file WHERE id = 1").query(String.class).optional();
	}

	public void fileApplied(String sha256) {
		if (jdbc.sql("UPDATE correction_file SET sha256 = ?, applied_at = ? WHERE id = 1")
			.params(sha256, Timestamp.valueOf(LocalDateTime.now()))
			.update() == 0) {
			jdbc.sql("INSERT INTO correction_file (id, sha256, applied_at) VALUES (1, ?, ?)")
				.params(sha256, Timestamp.valueOf(LocalDateTime.now()))
				.update();
		}
	}

	/** How many read files (their submissions, one per nämnd of a file split by its Nämnd column) have this content. */
	public int readFiles(String sha256) {
		return jdbc.sql("SELECT COUNT(*) FROM submission WHERE sha256 = ? AND outcome IN ('INLAST', 'ERSATT')")
			.param(sha256)
			.query(Integer.class)
			.single();
	}

	/**
	 * Sets every read file's nämnd, year and period to what its whole-file correction says, or back to the job's own
	 * reading where none does, then makes the latest file of each nämnd, year and period the current one and the
	 * others replaced by the next, as reading them in order did.
	 * @param inRegister whether a corrected nämnd is one of the register's
	 * @return how many files now count under another nämnd, year or period than before
	 */
	public int applyToFiles(Predicate<String> inRegister) {
		List<FileFacts> files = jdbc.sql("SELECT s.id, s.namnd, s.namnd_in_register, s.report_year, s.period_code, "
				+ "COALESCE(k.namnd, s.read_namnd), CASE WHEN k.namnd IS NULL THEN s.read_namnd_in_register END, "
				+ "COALESCE(k.report_year, s.read_year), COALESCE(k.period_code, s.read_period_code) "
				+ "FROM submission s LEFT JOIN correction k ON k.sha256 = s.sha256 AND k.source_row = 0 "
				+ "WHERE s.outcome IN ('INLAST', 'ERSATT')")
			.query((rs, row) -> new FileFacts(rs.getLong(1), rs.getString(2), rs.getBoolean(3),
					rs.getObject(4, Integer.class), rs.getString(5), rs.getString(6), rs.getObject(7, Boolean.class),
					rs.getObject(8, Integer.class), rs.getString(9)))
			.list();
		int moved = 0;
		for (FileFacts f : files) {
			boolean registered = f.readInRegister() != null ? f.readInRegister() : inRegister.test(f.namnd());
			if (!f.namnd().equals(f.nowNamnd()) || registered != f.nowInRegister()
					|| !Objects.equals(f.year(), f.nowYear()) || !f.period().equals(f.nowPeriod())) {
				jdbc.sql("UPDATE submission SET namnd = ?, namnd_in_register = ?, report_year = ?, period_code = ? "
						+ "WHERE id = ?")
					.params(f.namnd(), registered, f.year(), f.period(), f.id())
					.update();
				moved++;
			}
		}
		resupersede();
		return moved;
	}

	/**
	 * Each nämnd's, year's and period's latest read file of a kind (follow-up or plan) is current; each earlier one is
	 * replaced by the next; and a follow-up that was a plan misread is replaced by the plan.
	 */
	private void resupersede() {
		List<Succession> files = jdbc.sql("SELECT id, outcome, superseded_by, LEAD(id) OVER (PARTITION BY namnd, "
				+ "report_year, period_code, kind ORDER BY id) FROM submission f WHERE outcome IN ('INLAST', 'ERSATT') "
				+ "AND NOT " + PlanStore.MISREAD)
			.query((rs, row) -> new Succession(rs.getLong(1), Outcome.valueOf(rs.getString(2)),
					rs.getObject(3, Long.class), rs.getObject(4, Long.class)))
			.list();
		for (Succession f : files) {
			Outcome outcome = f.next() == null ? Outcome.INLAST : Outcome.ERSATT;
			if (outcome != f.outcome() || !Objects.equals(f.next(), f.supersededBy())) {
				jdbc.sql("UPDATE submission SET outcome = ?, superseded_by = ? WHERE id = ?")
					.params(outcome.name(), f.next(), f.id())
					.update();
			}
		}
		new PlanStore(jdbc).replaceMisreadFollowUps();
	}

	/** A read file, what became of it, and the next file of its nämnd, year and period, if any. */
	private record Succession(long id, Outcome outcome, Long supersededBy, Long next) {
	}

	/**
	 * Why a correction has nothing to correct, if it has not: no read file has its content, the file has been
	 * replaced by a later one (then which), or the file has no control where it says.
	 */
	public Optional<Miss> miss(Correction c) {
		List<String> outcomes = jdbc.sql("SELECT outcome FROM submission WHERE sha256 = ? AND outcome IN "
				+ "('INLAST', 'ERSATT')")
			.param(c.sha256())
			.query(String.class)
			.list();
		if (outcomes.isEmpty()) {
			return Optional.of(new Miss(Miss.Kind.NO_FILE, ""));
		}
		if (c.wholeFile()) {
			return Optional.empty();
		}
		if (!outcomes.contains(Outcome.INLAST.name())) {
			return Optional.of(new Miss(Miss.Kind.REPLACED, jdbc.sql("SELECT n.file_name FROM submission s JOIN "
					+ "submission n ON n.id = s.superseded_by WHERE s.sha256 = ? ORDER BY s.id")
				.param(c.sha256())
				.query(String.class)
				.list()
				.stream()
				.findFirst()
				.orElse("")));
		}
		boolean there = jdbc.sql("SELECT COUNT(*) FROM control c JOIN submission s ON s.id = c.submission_id "
				+ "WHERE s.sha256 = ? AND s.outcome = 'INLAST' AND c.sheet = ? AND c.source_row = ?")
			.params(c.sha256(), c.sheet(), c.row())
			.query(Integer.class)
			.single() > 0;
		return there ? Optional.empty() : Optional.of(new Miss(Miss.Kind.NO_ROW, ""));
	}

	/**
	 * Why a correction corrects nothing.
	 *
	 * @param replacedBy the file that replaced the corrected one, for {@link Kind#REPLACED}; else empty
	 */
	public record Miss(Kind kind, String replacedBy) {

		public enum Kind {
			NO_FILE, REPLACED, NO_ROW
		}
	}

	private Optional<Correction> find(Correction.Key key) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM correction WHERE sha256 = ? AND sheet = ? AND source_row = ?")
			.params(key.sha256(), key.sheet(), key.row())
			.query(CorrectionStore::correction)
			.optional();
	}

	private static Correction correction(ResultSet rs, int row) throws SQLException {
		return new Correction(rs.getString("sha256").strip(), rs.getString("sheet"), rs.getInt("source_row"),
				rs.getString("file_name"), Optional.ofNullable(rs.getString("status")).map(ControlStatus::valueOf),
				rs.getBoolean("not_a_control"), Optional.ofNullable(rs.getString("namnd")),
				Optional.ofNullable(rs.getObject("report_year", Integer.class)),
				Optional.ofNullable(rs.getString("period_code")).flatMap(Period::fromCode), rs.getString("comment"),
				rs.getString("signature"));
	}

	/** A read file's nämnd, year and period as they stand now, and as they should. */
	private record FileFacts(long id, String nowNamnd, boolean nowInRegister, Integer nowYear, String nowPeriod,
			String namnd, Boolean readInRegister, Integer year, String period) {
	}
}
