package se.ikkonsolidering.report;

import static se.ikkonsolidering.correction.CorrectionColumn.ANMARKNING;
import static se.ikkonsolidering.correction.CorrectionColumn.AR;
import static se.ikkonsolidering.correction.CorrectionColumn.FIL;
import static se.ikkonsolidering.correction.CorrectionColumn.FLIK;
import static se.ikkonsolidering.correction.CorrectionColumn.INTE_EN_KONTROLL;
import static se.ikkonsolidering.correction.CorrectionColumn.KOMMENTAR;
import static se.ikkonsolidering.correction.CorrectionColumn.KONTROLLMOMENT;
import static se.ikkonsolidering.correction.CorrectionColumn.NAMND;
import static se.ikkonsolidering.correction.CorrectionColumn.PERIOD;
import static se.ikkonsolidering.correction.CorrectionColumn.RAD;
import static se.ikkonsolidering.correction.CorrectionColumn.RATT_AR;
import static se.ikkonsolidering.correction.CorrectionColumn.RATT_NAMND;
import static se.ikkonsolidering.correction.CorrectionColumn.RATT_PERIOD;
import static se.ikkonsolidering.correction.CorrectionColumn.RATT_STATUS;
import static se.ikkonsolidering.correction.CorrectionColumn.SHA256;
import static se.ikkonsolidering.correction.CorrectionColumn.SIGNATUR;
import static se.ikkonsolidering.correction.CorrectionColumn.STATUS;
import static se.ikkonsolidering.correction.CorrectionColumn.STATUSKALLA;
import static se.ikkonsolidering.correction.CorrectionColumn.STATUSTEXT;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import se.ikkonsolidering.classify.ControlStatus;
import se.ikkonsolidering.classify.Flag;
import se.ikkonsolidering.correction.CorrectionColumn;
import se.ikkonsolidering.correction.CorrectionProblem;
import se.ikkonsolidering.correction.CorrectionRun;
import se.ikkonsolidering.correction.CorrectionWords;
import se.ikkonsolidering.correction.Unmatched;
import se.ikkonsolidering.store.ControlCorrection;
import se.ikkonsolidering.store.Correction;
import se.ikkonsolidering.store.Outcome;
import se.ikkonsolidering.store.StoredControl;
import se.ikkonsolidering.store.StoredSubmission;

/**
 * The rows of the corrections workbook, in the order the economy office should look at them: lines that could not
 * be used and corrections without a match; then the files to check and the controls whose status is unclear,
 * missing or contradicted; then the rest. Each file's row (for its nämnd, year and period) stands before its controls;
 * the job's reading fills the first columns, the corrections in force the "Rätt" columns. No database here.
 */
final class CorrectionRows {

	private CorrectionRows() {
	}

	/** A row of the sheet, and where it sorts: by rank, then nämnd, file, the file's own row first, row in the file. */
	record Row(Map<CorrectionColumn, String> cells, int rank, String namnd, String file, long submission, int seq) {

		String get(CorrectionColumn column) {
			return cells.getOrDefault(column, "");
		}
	}

	/**
	 * A row of the sheet before it is written: where it sorts, and how to make it. A year of many controls is sorted
	 * by these small records and each row made as it is written, rather than every row's cells held at once.
	 */
	private record Pending(int rank, String namnd, String file, long submission, int seq, Supplier<Row> make) {

		static final Comparator<Pending> ORDER = Comparator.comparingInt(Pending::rank)
			.thenComparing(Pending::namnd)
			.thenComparing(Pending::file)
			.thenComparingLong(Pending::submission)
			.thenComparingInt(Pending::seq);

		static Pending of(Row row) {
			return new Pending(row.rank(), row.namnd(), row.file(), row.submission(), row.seq(), () -> row);
		}
	}

	/** What a row is about: its file's checksum, sheet and row. */
	private record Key(String sha256, String sheet, String row) {

		static Key of(Row row) {
			return new Key(row.get(SHA256).toLowerCase(Locale.ROOT), String.valueOf(row.get(FLIK)),
					String.valueOf(row.get(RAD)));
		}
	}

	/**
	 * @param files the files listed: the year's read files and this run's, each with its own row
	 * @param controls the year's current controls, and the rows marked as no control
	 * @return the rows in order; each control's row is made when it is read from the list
	 */
	static List<Row> build(List<StoredSubmission> files, List<StoredControl> controls, CorrectionRun run,
			FileNotes notes) {
		Map<Long, StoredSubmission> byId = files.stream()
			.collect(Collectors.toMap(StoredSubmission::id, Function.identity(), (a, b) -> a));
		Map<String, Correction> fileCorrections = run.inForce().stream()
			.filter(Correction::wholeFile)
			.collect(Collectors.toMap(Correction::sha256, Function.identity()));
		Map<Key, Pending> rows = new HashMap<>();
		for (StoredSubmission s : files) {
			if (s.outcome() == Outcome.INLAST || s.outcome() == Outcome.ERSATT) {
				Row row = fileRow(s, Optional.ofNullable(fileCorrections.get(s.sha256())), notes);
				rows.putIfAbsent(Key.of(row), Pending.of(row));
			}
		}
		for (StoredControl c : controls) {
			StoredSubmission s = byId.get(c.submissionId());
			if (s != null) {
				boolean fileToCheck = !notes.checks(s).isEmpty();
				rows.put(new Key(s.sha256().toLowerCase(Locale.ROOT), String.valueOf(c.sheet()),
						String.valueOf(c.sourceRow())),
						new Pending(why(c, fileToCheck).isEmpty() ? 2 : 1, s.read().namnd(), s.fileName(), s.id(),
								c.seq(), () -> controlRow(c, s, fileToCheck)));
			}
		}
		List<Row> first = new ArrayList<>();
		run.unmatched().forEach(u -> first.add(unmatchedRow(u)));
		for (CorrectionProblem p : run.problems()) {
			if (!p.cells().isEmpty()) {
				Pending listed = rows.remove(Key.of(new Row(p.cells(), 0, "", "", 0, 0)));
				first.add(asLeft(p, listed == null ? null : listed.make().get()));
			}
		}
		List<Pending> rest = new ArrayList<>(rows.values());
		rest.sort(Pending.ORDER);
		return new AbstractList<>() {

			@Override
			public Row get(int index) {
				return index < first.size() ? first.get(index) : rest.get(index - first.size()).make().get();
			}

			@Override
			public int size() {
				return first.size() + rest.size();
			}
		};
	}

	private static Row fileRow(StoredSubmission s, Optional<Correction> correction, FileNotes notes) {
		Map<CorrectionColumn, String> cells = job(s);
		cells.put(KONTROLLMOMENT, "(hela filen: nämnd, år och period)");
		correction.ifPresent(c -> {
			c.namnd().ifPresent(n -> cells.put(RATT_NAMND, n));
			c.year().ifPresent(y -> cells.put(RATT_AR, String.valueOf(y)));
			c.period().ifPresent(p -> cells.put(RATT_PERIOD, p.swedish()));
			cells.put(KOMMENTAR, c.comment());
			cells.put(SIGNATUR, c.signature());
		});
		List<String> checks = notes.checks(s);
		String note = checks.isEmpty() ? "Hela filen: rätta nämnd, år eller period på den här raden."
				: "Kontrollera filen: " + String.join("; ", checks) + ".";
		cells.put(ANMARKNING, s.outcome() == Outcome.ERSATT ? "Ersatt av en senare fil; räknas inte. " + note : note);
		return new Row(cells, checks.isEmpty() ? 2 : 1, s.read().namnd(), s.fileName(), s.id(), 0);
	}

	private static Row controlRow(StoredControl c, StoredSubmission s, boolean fileToCheck) {
		Map<CorrectionColumn, String> cells = job(s);
		cells.put(FLIK, c.sheet());
		cells.put(RAD, String.valueOf(c.sourceRow()));
		cells.put(KONTROLLMOMENT, c.kontrollmoment().isEmpty() ? c.risk() : c.kontrollmoment());
		ControlStatus read = c.correction().map(ControlCorrection::readStatus).orElse(c.status());
		cells.put(STATUS, read.name());
		cells.put(STATUSKALLA, c.statusSource().name());
		cells.put(STATUSTEXT, c.statusText());
		c.correction().ifPresent(k -> {
			if (k.notAControl()) {
				cells.put(INTE_EN_KONTROLL, CorrectionWords.notAControlMark());
			}
			else {
				cells.put(RATT_STATUS, CorrectionWords.status(c.status()));
			}
			cells.put(KOMMENTAR, k.comment());
			cells.put(SIGNATUR, k.signature());
		});
		List<String> why = why(c, fileToCheck);
		cells.put(ANMARKNING, String.join("; ", why));
		return new Row(cells, why.isEmpty() ? 2 : 1, s.read().namnd(), s.fileName(), s.id(), c.seq());
	}

	/** Why the economy office should look at a control: its status as read is unclear or missing, or contradicted. */
	private static List<String> why(StoredControl c, boolean fileToCheck) {
		ControlStatus read = c.correction().map(ControlCorrection::readStatus).orElse(c.status());
		List<String> why = new ArrayList<>();
		if (read == ControlStatus.OKLAR || read == ControlStatus.SAKNAS) {
			why.add(SwedishNames.status(read));
		}
		if (c.flags().contains(Flag.MOTSAGELSE)) {
			why.add(SwedishNames.flag(Flag.MOTSAGELSE));
		}
		if (fileToCheck) {
			why.add("filen ska kontrolleras");
		}
		return why;
	}

	/** The job's facts of a file, as read: file, nämnd, checksum, year and period. */
	private static Map<CorrectionColumn, String> job(StoredSubmission s) {
		Map<CorrectionColumn, String> cells = new EnumMap<>(CorrectionColumn.class);
		cells.put(FIL, s.fileName());
		cells.put(NAMND, s.read().namnd());
		cells.put(SHA256, s.sha256());
		cells.put(AR, s.read().year() == null ? "" : String.valueOf(s.read().year()));
		cells.put(PERIOD, s.read().period().map(p -> p.swedish()).orElse(""));
		return cells;
	}

	private static Row unmatchedRow(Unmatched u) {
		Correction c = u.correction();
		Map<CorrectionColumn, String> cells = new EnumMap<>(CorrectionColumn.class);
		cells.put(FIL, c.fileName());
		cells.put(SHA256, c.sha256());
		if (!c.wholeFile()) {
			cells.put(FLIK, c.sheet());
			cells.put(RAD, String.valueOf(c.row()));
		}
		c.status().ifPresent(s -> cells.put(RATT_STATUS, CorrectionWords.status(s)));
		if (c.notAControl()) {
			cells.put(INTE_EN_KONTROLL, CorrectionWords.notAControlMark());
		}
		c.namnd().ifPresent(n -> cells.put(RATT_NAMND, n));
		c.year().ifPresent(y -> cells.put(RATT_AR, String.valueOf(y)));
		c.period().ifPresent(p -> cells.put(RATT_PERIOD, p.swedish()));
		cells.put(KOMMENTAR, c.comment());
		cells.put(SIGNATUR, c.signature());
		cells.put(ANMARKNING, "Rättelse utan träff: " + u.why() + ". Töm raden för att ta bort rättelsen.");
		return new Row(cells, 0, "", c.fileName(), 0, 0);
	}

	/** A line that could not be used, as the economy office left it, over the job's reading of its control or file. */
	private static Row asLeft(CorrectionProblem p, Row listed) {
		Map<CorrectionColumn, String> cells = new EnumMap<>(CorrectionColumn.class);
		if (listed != null) {
			cells.putAll(listed.cells());
			for (CorrectionColumn column : CorrectionColumn.values()) {
				if (column.edited()) {
					cells.remove(column);
				}
			}
		}
		p.cells().forEach((column, value) -> {
			if (column.edited() || listed == null) {
				cells.put(column, value);
			}
		});
		cells.put(ANMARKNING, "Kunde inte användas (" + p.text() + ") Rätta raden; tills dess gäller det som stod förut.");
		return new Row(cells, 0, "", p.cells().getOrDefault(FIL, ""), 0, p.row());
	}
}
