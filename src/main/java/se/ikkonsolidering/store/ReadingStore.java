package se.ikkonsolidering.store;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;

import se.ikkonsolidering.submission.Period;
import se.ikkonsolidering.submission.Reading;

/**
 * How each read file was read ({@link Reading}), part by part, beside its submission: what the receipt shows and the
 * reasons a file is marked for checking. The facts' values are the job's own reading of the file, whatever a
 * correction later made of them.
 */
final class ReadingStore {

	/** What a note of a reading is. */
	private enum Kind {
		SKIPPED, FILE, WARNING, CHECK
	}

	private final JdbcClient jdbc;

	ReadingStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void save(long submissionId, Reading reading) {
		jdbc.sql("UPDATE submission SET namnd_source = ?, year_source = ?, period_source = ?, status_sources = ?, "
				+ "is_document = ? WHERE id = ?")
			.params(reading.namnd().where(), reading.year().where(), reading.period().where(), reading.statuses(),
					reading.document(), submissionId)
			.update();
		int seq = 0;
		for (Reading.SheetRead sheet : reading.sheets()) {
			jdbc.sql("INSERT INTO reading_sheet (submission_id, seq, name, header_row, columns_read, rows_read) "
					+ "VALUES (?, ?, ?, ?, ?, ?)")
				.params(submissionId, ++seq, sheet.name(), sheet.headerRow(), sheet.columns(), sheet.rows())
				.update();
		}
		Map<Kind, List<String>> notes = new EnumMap<>(Map.of(Kind.SKIPPED, reading.skipped(), Kind.FILE,
				reading.notes(), Kind.WARNING, reading.warnings(), Kind.CHECK, reading.checks()));
		seq = 0;
		for (Map.Entry<Kind, List<String>> kind : notes.entrySet()) {
			for (String text : kind.getValue()) {
				jdbc.sql("INSERT INTO reading_note (submission_id, seq, kind, text) VALUES (?, ?, ?, ?)")
					.params(submissionId, ++seq, kind.getKey().name(), text)
					.update();
			}
		}
	}

	/** The reading of a file; empty for a file read before readings were kept, or never read. */
	Optional<Reading> find(long submissionId) {
		Optional<Facts> facts = jdbc.sql("SELECT read_namnd, read_year, read_period_code, namnd_source, year_source, "
				+ "period_source, status_sources, is_document FROM submission WHERE id = ? AND namnd_source IS NOT NULL")
			.param(submissionId)
			.query((rs, row) -> new Facts(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4),
					rs.getString(5), rs.getString(6), rs.getString(7), rs.getBoolean(8)))
			.optional();
		if (facts.isEmpty()) {
			return Optional.empty();
		}
		List<Reading.SheetRead> sheets = jdbc.sql("SELECT name, header_row, columns_read, rows_read FROM reading_sheet "
				+ "WHERE submission_id = ? ORDER BY seq")
			.param(submissionId)
			.query((rs, row) -> new Reading.SheetRead(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4)))
			.list();
		Map<Kind, List<String>> notes = new EnumMap<>(Kind.class);
		jdbc.sql("SELECT kind, text FROM reading_note WHERE submission_id = ? ORDER BY seq")
			.param(submissionId)
			.query(rs -> {
				notes.computeIfAbsent(Kind.valueOf(rs.getString(1)), k -> new ArrayList<>()).add(rs.getString(2));
			});
		Facts f = facts.get();
		return Optional.of(new Reading(sheets, notes.getOrDefault(Kind.SKIPPED, List.of()), f.document(),
				notes.getOrDefault(Kind.FILE, List.of()), new Reading.Fact(f.namnd(), f.namndSource()),
				new Reading.Fact(String.valueOf(f.year()), f.yearSource()),
				new Reading.Fact(Period.fromCode(f.period()).map(Period::swedish).orElse(""), f.periodSource()),
				f.statuses(), notes.getOrDefault(Kind.WARNING, List.of()), notes.getOrDefault(Kind.CHECK, List.of())));
	}

	/** Why each file should be checked, by submission; a file with nothing to check is absent. */
	Map<Long, List<String>> checks() {
		Map<Long, List<String>> checks = new HashMap<>();
		jdbc.sql("SELECT submission_id, text FROM reading_note WHERE kind = 'CHECK' ORDER BY submission_id, seq")
			.query(rs -> {
				checks.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
			});
		return checks;
	}

	private record Facts(String namnd, int year, String period, String namndSource, String yearSource,
			String periodSource, String statuses, boolean document) {
	}
}
