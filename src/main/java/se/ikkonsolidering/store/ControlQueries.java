package se.ikkonsolidering.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.ikkonsolidering.classify.ControlStatus;
import se.ikkonsolidering.classify.Flag;
import se.ikkonsolidering.classify.StatusSource;
import se.ikkonsolidering.submission.Period;

/**
 * Reads stored controls with the economy office's corrections applied: a corrected status is the status that counts
 * (the job's own stays in {@link ControlCorrection#readStatus()}), and a row marked as no control is left out of the
 * year's controls.
 */
final class ControlQueries {

	private static final String COLUMNS = "SELECT c.*, s.namnd, s.report_year, s.period_code, s.file_name, "
			+ "k.status AS k_status, k.not_a_control AS k_not_a_control, k.comment AS k_comment, "
			+ "k.signature AS k_signature";

	private static final String FROM = " FROM control c JOIN submission s ON s.id = c.submission_id "
			+ "LEFT JOIN correction k ON k.sha256 = s.sha256 AND k.sheet = c.sheet AND k.source_row = c.source_row ";

	private static final String SELECT = COLUMNS + FROM;

	/** A control's flags in one column, {@code AVVIKELSE,DELVIS}; null without any. */
	private static final String FLAGS = ", (SELECT STRING_AGG(f.flag, ',' ORDER BY f.flag) FROM control_flag f "
			+ "WHERE f.submission_id = c.submission_id AND f.seq = c.seq) AS flags";

	/** Rows fetched from the database at a time when controls are handed on as they are read. */
	private static final int FETCH = 1_000;

	/** The year's current follow-ups' controls that count as controls, in the order {@link #current} lists them. */
	private static final String CURRENT = "WHERE s.report_year = ? AND s.outcome = 'INLAST' AND s.kind = 'FOLLOW_UP' "
			+ "AND (k.not_a_control IS NULL OR NOT k.not_a_control) ORDER BY s.namnd, s.file_name, s.id, c.seq";

	private final JdbcClient jdbc;
	private final JdbcTemplate template;

	ControlQueries(JdbcClient jdbc, JdbcTemplate template) {
		this.jdbc = jdbc;
		this.template = template;
	}

	/** Controls of the year's current (not replaced) follow-ups, by nämnd, file and order in the file; no plan's. */
	List<StoredControl> current(int year) {
		// Many controls share their flags, nämnd, file, status and the like: one copy of each keeps a year of
		// several hundred thousand controls within a small heap.
		Map<Object, Object> shared = new HashMap<>();
		Map<ControlKey, List<Flag>> flags = new HashMap<>();
		jdbc.sql("SELECT f.submission_id, f.seq, f.flag FROM control_flag f JOIN submission s ON s.id = f.submission_id "
				+ "WHERE s.report_year = ? AND s.outcome = 'INLAST' AND s.kind = 'FOLLOW_UP'")
			.param(year)
			.query(rs -> {
				flags.computeIfAbsent(new ControlKey(rs.getLong(1), rs.getInt(2)), k -> new ArrayList<>())
					.add(Flag.valueOf(rs.getString(3)));
			});
		List<StoredControl> controls = new ArrayList<>();
		jdbc.sql(SELECT + CURRENT)
			.param(year)
			.query(rs -> {
				ControlKey key = new ControlKey(rs.getLong("submission_id"), rs.getInt("seq"));
				controls.add(control(rs, flags.getOrDefault(key, List.of()), shared));
			});
		return controls;
	}

	/**
	 * The same controls as {@link #current}, in the same order, handed over one at a time as they are read, each with
	 * its flags: however many a year holds, none is kept. The rows come from the database {@value #FETCH} at a time
	 * (PostgreSQL keeps a cursor open for that inside the caller's transaction).
	 */
	void forEachCurrent(int year, Consumer<StoredControl> each) {
		JdbcTemplate streaming = new JdbcTemplate(template.getDataSource());
		streaming.setFetchSize(FETCH);
		Set<Flag> none = StoredControl.inCodeOrder(Set.of());
		Map<String, Set<Flag>> flagSets = new HashMap<>();
		streaming.query(COLUMNS + FLAGS + FROM + CURRENT, rs -> {
			String codes = rs.getString("flags");
			// A handful of flag combinations: each parsed once, not once per control.
			Set<Flag> flags = codes == null ? none : flagSets.computeIfAbsent(codes,
					text -> StoredControl.inCodeOrder(Arrays.stream(text.split(",")).map(Flag::valueOf).toList()));
			each.accept(control(rs, flags, null));
		}, year);
	}

	/**
	 * The rows of the year's current submissions marked as no control, by nämnd, file and order in the file, without
	 * flags: they count nowhere.
	 */
	List<StoredControl> notControls(int year) {
		return jdbc.sql(SELECT + "WHERE s.report_year = ? AND s.outcome = 'INLAST' AND s.kind = 'FOLLOW_UP' "
				+ "AND k.not_a_control ORDER BY s.namnd, s.file_name, s.id, c.seq")
			.param(year)
			.query((rs, row) -> control(rs, List.of(), new HashMap<>()))
			.list();
	}

	/** Every control read from one file, in file order, rows marked as no control too, each with its deciding words. */
	List<ExplainedControl> of(long submissionId, int limit) {
		Integer last = jdbc.sql("SELECT MAX(seq) FROM (SELECT seq FROM control WHERE submission_id = ? ORDER BY seq "
				+ "LIMIT ?) first")
			.params(submissionId, limit)
			.query(Integer.class)
			.optional()
			.orElse(null);
		if (last == null) {
			return List.of();
		}
		Map<Integer, List<Flag>> flags = new HashMap<>();
		jdbc.sql("SELECT seq, flag FROM control_flag WHERE submission_id = ? AND seq <= ?")
			.params(submissionId, last)
			.query(rs -> {
				flags.computeIfAbsent(rs.getInt(1), k -> new ArrayList<>()).add(Flag.valueOf(rs.getString(2)));
			});
		return jdbc.sql(SELECT + "WHERE c.submission_id = ? AND c.seq <= ? ORDER BY c.seq")
			.params(submissionId, last)
			.query((rs, row) -> new ExplainedControl(
					control(rs, flags.getOrDefault(rs.getInt("seq"), List.of()), new HashMap<>()),
					rs.getString("status_evidence")))
			.list();
	}

	int count(long submissionId) {
		return jdbc.sql("SELECT COUNT(*) FROM control WHERE submission_id = ?").param(submissionId).query(Integer.class)
			.single();
	}

	private record ControlKey(long submissionId, int seq) {
	}

	/** One copy of equal values in {@code shared}; without a map (controls handed on at once) the value itself. */
	@SuppressWarnings("unchecked")
	private static <T> T share(Map<Object, Object> shared, T value) {
		return value == null || shared == null ? value : (T) shared.computeIfAbsent(value, v -> v);
	}

	private static StoredControl control(ResultSet rs, Collection<Flag> readFlags, Map<Object, Object> shared)
			throws SQLException {
		ControlStatus read = ControlStatus.valueOf(rs.getString("status"));
		Optional<ControlCorrection> correction = correction(rs, read);
		ControlStatus status = Optional.ofNullable(rs.getString("k_status")).map(ControlStatus::valueOf).orElse(read);
		Set<Flag> flags = share(shared, StoredControl.inCodeOrder(status == read ? readFlags : flagsOf(status, read,
				readFlags)));
		return new StoredControl(rs.getLong("submission_id"), rs.getInt("seq"), share(shared, rs.getString("namnd")),
				rs.getInt("report_year"), share(shared, Period.fromCode(rs.getString("period_code"))),
				share(shared, rs.getString("file_name")), share(shared, rs.getString("sheet")), rs.getInt("source_row"),
				rs.getString("control_ref"), share(shared, rs.getString("process")), rs.getString("risk"),
				share(shared, rs.getString("risk_value")), rs.getString("kontrollmoment"), rs.getString("result"),
				rs.getString("deviation"), share(shared, rs.getString("action")),
				share(shared, rs.getString("responsible")), status, StatusSource.valueOf(rs.getString("status_source")),
				share(shared, rs.getString("status_text")), flags, correction);
	}

	private static Optional<ControlCorrection> correction(ResultSet rs, ControlStatus read) throws SQLException {
		if (rs.getObject("k_not_a_control") == null) {
			return Optional.empty();
		}
		return Optional.of(new ControlCorrection(read, rs.getBoolean("k_not_a_control"), rs.getString("k_comment"),
				rs.getString("k_signature")));
	}

	/** A corrected status raises its own flag instead of the one the job's status raised; the other flags stay. */
	private static Set<Flag> flagsOf(ControlStatus status, ControlStatus read, Collection<Flag> readFlags) {
		Set<Flag> flags = readFlags.isEmpty() ? EnumSet.noneOf(Flag.class) : EnumSet.copyOf(readFlags);
		read.flag().ifPresent(flags::remove);
		status.flag().ifPresent(flags::add);
		return flags;
	}
}
