package se.ikkonsolidering.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.IntStream;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.SqlTypeValue;
import org.springframework.jdbc.core.StatementCreatorUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;

import se.ikkonsolidering.classify.ControlStatus;
import se.ikkonsolidering.classify.Flag;
import se.ikkonsolidering.classify.StatusSource;
import se.ikkonsolidering.submission.Control;
import se.ikkonsolidering.submission.Period;
import se.ikkonsolidering.submission.Reading;
import se.ikkonsolidering.submission.Submission;
import se.ikkonsolidering.submission.SubmissionKind;

/**
 * Submissions and their controls. Writes join the caller's transaction, so a file's rows commit together.
 */
public class SubmissionStore {

	private static final int BATCH = 1_000;

	/**
	 * A submission's columns, from {@code submission s}; the controls counted are those read less the rows the economy
	 * office marked as no control.
	 */
	static final String SUBMISSION_COLUMNS = "s.id, s.job_execution_id, s.file_name, s.sha256, s.file_size, "
			+ "s.namnd, s.namnd_in_register, s.report_year, s.period_code, s.assessment, s.layout, s.outcome, s.message, "
			+ "s.control_count - (SELECT COUNT(*) FROM correction k WHERE k.sha256 = s.sha256 AND k.not_a_control AND "
			+ "EXISTS (SELECT 1 FROM control c WHERE c.submission_id = s.id AND c.sheet = k.sheet "
			+ "AND c.source_row = k.source_row)) AS control_count, s.received_at, s.superseded_by, s.stored_as, "
			+ "s.read_namnd, s.read_year, s.read_period_code, s.kind";

	private final JdbcClient jdbc;
	private final JdbcTemplate template;
	private final ReadingStore readings;
	private final ControlQueries controls;

	public SubmissionStore(JdbcClient jdbc, JdbcTemplate template) {
		this.jdbc = jdbc;
		this.template = template;
		this.readings = new ReadingStore(jdbc);
		this.controls = new ControlQueries(jdbc, template);
	}

	/** The controls of the nämnders' internkontrollplaner. */
	public PlanStore plans() {
		return new PlanStore(jdbc);
	}

	/**
	 * The earliest read (or since replaced) submission with this content; for a file filed as a plan, the earliest
	 * plan with it, so a plan first misread as a follow-up is read again when the economy office files it as a plan.
	 */
	public Optional<StoredSubmission> findRead(String sha256, boolean filedAsPlan) {
		return filedAsPlan ? plans().findRead(sha256) : findRead(sha256);
	}

	/** The earliest read (or since replaced) submission with this content. */
	public Optional<StoredSubmission> findRead(String sha256) {
		return jdbc.sql("SELECT " + SUBMISSION_COLUMNS + " FROM submission s WHERE s.sha256 = ? AND s.outcome IN "
				+ "('INLAST', 'ERSATT') ORDER BY s.id")
			.param(sha256)
			.query(SubmissionStore::submission)
			.optional();
	}

	/**
	 * Stores a read submission with its controls and flags, and marks the current submission of the same kind for
	 * the same nämnd, year and period as replaced by it: a follow-up replaces a follow-up, a plan the nämnd's plan.
	 * @return the new submission's id
	 */
	public long saveRead(NewSubmission file, Submission submission) {
		String period = submission.period().map(Enum::name).orElse("");
		long id = insert(file, submission.namnd(), submission.namndInRegister(), submission.year(), period,
				submission.assessment().orElse(null), submission.layout(), Outcome.INLAST, submission.message(),
				submission.controls().size(), submission.kind());
		jdbc.sql("UPDATE submission SET outcome = 'ERSATT', superseded_by = ? WHERE outcome = 'INLAST' AND namnd = ? "
				+ "AND report_year = ? AND period_code = ? AND kind = ? AND id <> ?")
			.params(id, submission.namnd(), submission.year(), period, submission.kind().name(), id)
			.update();
		if (submission.kind() == SubmissionKind.PLAN) {
			plans().replaceMisread(id, file.sha256());
		}
		insertControls(id, submission.controls());
		readings.save(id, submission.reading());
		return id;
	}

	/**
	 * Stores a rejected or duplicate file, under the nämnd and year its name (or its original) states, if any.
	 * @param namnd the nämnd, or empty
	 * @param year the year, or {@code null}
	 * @param kind a plan when it came from the inbox's plan folder, else a follow-up
	 */
	public long saveUnread(NewSubmission file, Outcome outcome, String message, String namnd, Integer year,
			SubmissionKind kind) {
		return insert(file, namnd, false, year, "", null, null, outcome, message, 0, kind);
	}

	/**
	 * A digest of everything the exports and the backups are made from: every file's row in the submission table (what
	 * became of it, where it was moved, the nämnd, year and period it counts under) and the economy office's
	 * corrections in force. Controls are only ever inserted with their submission, so this covers them too; the
	 * record of which corrections workbook was applied last is left out, as the job writes a new one every export.
	 * Exports made from the same state are the same exports.
	 */
	public String state() {
		MessageDigest digest = sha256();
		jdbc.sql("SELECT id, namnd, namnd_in_register, report_year, period_code, outcome, superseded_by, stored_as, "
				+ "control_count, kind FROM submission ORDER BY id")
			.query(rs -> {
				add(digest, rs, 10);
			});
		jdbc.sql("SELECT sha256, sheet, source_row, file_name, status, not_a_control, namnd, report_year, period_code, "
				+ "comment, signature FROM correction ORDER BY sha256, sheet, source_row")
			.query(rs -> {
				add(digest, rs, 11);
			});
		return HexFormat.of().formatHex(digest.digest());
	}

	private static void add(MessageDigest digest, ResultSet rs, int columns) throws SQLException {
		StringBuilder row = new StringBuilder();
		for (int i = 1; i <= columns; i++) {
			row.append(rs.getString(i)).append('\u0000');
		}
		digest.update(row.append('\n').toString().getBytes(StandardCharsets.UTF_8));
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Records where the file was moved once the move is done. */
	public void markStored(long id, String storedAs) {
		jdbc.sql("UPDATE submission SET stored_as = ? WHERE id = ?").params(storedAs, id).update();
	}

	public List<StoredSubmission> findByYear(int year) {
		return jdbc.sql("SELECT " + SUBMISSION_COLUMNS + " FROM submission s WHERE s.report_year = ? ORDER BY s.id")
			.param(year)
			.query(SubmissionStore::submission)
			.list();
	}

	public List<StoredSubmission> findByJob(long jobExecutionId) {
		return jdbc.sql("SELECT " + SUBMISSION_COLUMNS + " FROM submission s WHERE s.job_execution_id = ? ORDER BY s.id")
			.param(jobExecutionId)
			.query(SubmissionStore::submission)
			.list();
	}

	/**
	 * Files that could not be read, so have no year, from the first run that brought a file for the year up to the
	 * first later run that brought a file for a later year: the year the nämnder were reporting when they sent them.
	 */
	public List<StoredSubmission> findUnreadNear(int year) {
		return jdbc.sql("SELECT " + SUBMISSION_COLUMNS + " FROM submission s WHERE s.report_year IS NULL "
				+ "AND s.job_execution_id >= (SELECT MIN(y.job_execution_id) FROM submission y WHERE y.report_year = ?) "
				+ "AND NOT EXISTS (SELECT 1 FROM submission n WHERE n.report_year > ? "
				+ "AND n.job_execution_id < s.job_execution_id) ORDER BY s.id")
			.params(year, year)
			.query(SubmissionStore::submission)
			.list();
	}

	/** How a file was read, part by part; empty for a file read before readings were kept, or never read. */
	public Optional<Reading> findReading(long submissionId) {
		return readings.find(submissionId);
	}

	/** Why each file should be checked (only files with warnings have reasons), by submission. */
	public Map<Long, List<String>> findChecks() {
		return readings.checks();
	}

	/** The most recent year with read submissions, if any. */
	public Optional<Integer> latestYear() {
		return jdbc.sql("SELECT MAX(report_year) FROM submission WHERE outcome = 'INLAST'")
			.query(Integer.class)
			.optional();
	}

	/** Follow-up controls of the year's current (not replaced) follow-ups, by nämnd, file and order in the file. */
	public List<StoredControl> findCurrentControls(int year) {
		return controls.current(year);
	}

	/**
	 * The same controls as {@link #findCurrentControls}, in the same order, handed over one at a time as they are
	 * read: however many a year holds, none is kept.
	 */
	public void forEachCurrentControl(int year, Consumer<StoredControl> each) {
		controls.forEachCurrent(year, each);
	}

	/** The rows of the year's current submissions that the economy office marked as no control. */
	public List<StoredControl> findNotControls(int year) {
		return controls.notControls(year);
	}

	/**
	 * The first controls the job read in one file (its submission, whatever became of it), in file order, rows the
	 * economy office marked as no control too, each with the words that decided its status: what the file's receipt
	 * lists.
	 * @param limit at most this many
	 */
	public List<ExplainedControl> findControls(long submissionId, int limit) {
		return controls.of(submissionId, limit);
	}

	/** How many controls the job read in one file, rows the economy office marked as no control too. */
	public int countControls(long submissionId) {
		return controls.count(submissionId);
	}

	/** Every file that was read (and may since have been replaced), of every year, in the order they came. */
	public List<StoredSubmission> findAllRead() {
		return jdbc.sql("SELECT " + SUBMISSION_COLUMNS + " FROM submission s WHERE s.outcome IN ('INLAST', 'ERSATT') "
				+ "ORDER BY s.id")
			.query(SubmissionStore::submission)
			.list();
	}

	private long insert(NewSubmission file, String namnd, boolean inRegister, Integer year, String period,
			String assessment, String layout, Outcome outcome, String message, int controlCount, SubmissionKind kind) {
		KeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("INSERT INTO submission (job_execution_id, file_name, sha256, file_size, namnd, namnd_in_register, "
				+ "report_year, period_code, read_namnd, read_namnd_in_register, read_year, read_period_code, assessment, "
				+ "layout, outcome, message, control_count, received_at, kind) "
				+ "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(file.jobExecutionId(), file.fileName(), file.sha256(), file.fileSize(), namnd, inRegister, year,
					period, namnd, inRegister, year, period, assessment, layout, outcome.name(), message, controlCount,
					Timestamp.valueOf(file.receivedAt()), kind.name())
			.update(keys, "id");
		return keys.getKeyAs(Number.class).longValue();
	}

	/** Written in batches of {@value #BATCH} rows, so a huge file never needs all its statement parameters at once. */
	private void insertControls(long submissionId, List<Control> controls) {
		List<Integer> positions = IntStream.range(0, controls.size()).boxed().toList();
		template.batchUpdate("INSERT INTO control (submission_id, seq, sheet, source_row, control_ref, process, risk, "
				+ "risk_value, kontrollmoment, result, deviation, action, responsible, start_date, end_date, "
				+ "report_back, status, status_source, status_text, status_evidence) "
				+ "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", positions, BATCH, (ps, i) -> {
					Control c = controls.get(i);
					Object[] values = { submissionId, i + 1, c.sheet(), c.row(), c.controlRef(), c.process(), c.risk(),
							c.riskValue(), c.kontrollmoment(), c.result(), c.deviation(), c.action(), c.responsible(),
							c.startDate(), c.endDate(), c.reportBack(), c.decision().status().name(),
							c.decision().source().name(), c.decision().rawText(), c.decision().evidence() };
					set(ps, values);
				});
		List<Object[]> flags = new ArrayList<>();
		for (int i = 0; i < controls.size(); i++) {
			for (Flag flag : controls.get(i).flags()) {
				flags.add(new Object[] { submissionId, i + 1, flag.name() });
			}
		}
		template.batchUpdate("INSERT INTO control_flag (submission_id, seq, flag) VALUES (?, ?, ?)", flags, BATCH,
				SubmissionStore::set);
	}

	private static void set(PreparedStatement ps, Object[] values) throws SQLException {
		for (int p = 0; p < values.length; p++) {
			StatementCreatorUtils.setParameterValue(ps, p + 1, SqlTypeValue.TYPE_UNKNOWN, values[p]);
		}
	}

	static StoredSubmission submission(ResultSet rs, int row) throws SQLException {
		return new StoredSubmission(rs.getLong("id"), (Long) rs.getObject("job_execution_id", Long.class),
				rs.getString("file_name"), rs.getString("sha256"), rs.getLong("file_size"), rs.getString("namnd"),
				rs.getBoolean("namnd_in_register"), rs.getObject("report_year", Integer.class),
				Period.fromCode(rs.getString("period_code")), rs.getString("assessment"), rs.getString("layout"),
				Outcome.valueOf(rs.getString("outcome")), rs.getString("message"), rs.getInt("control_count"),
				rs.getTimestamp("received_at").toLocalDateTime(), rs.getObject("superseded_by", Long.class),
				rs.getString("stored_as"), new StoredSubmission.ReadAs(rs.getString("read_namnd"),
						rs.getObject("read_year", Integer.class), Period.fromCode(rs.getString("read_period_code"))),
				SubmissionKind.valueOf(rs.getString("kind")));
	}
}
