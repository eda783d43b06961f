package se.ikkonsolidering.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import se.ikkonsolidering.classify.Flag;
import se.ikkonsolidering.correction.CorrectionRun;
import se.ikkonsolidering.correction.CorrectionSettings;
import se.ikkonsolidering.oversight.Oversight;
import se.ikkonsolidering.register.Register;
import se.ikkonsolidering.store.Outcome;
import se.ikkonsolidering.store.StoredControl;
import se.ikkonsolidering.store.StoredSubmission;
import se.ikkonsolidering.store.SubmissionStore;

/**
 * Everything a run writes for people: kontroller.csv, inlamningar.csv, the KS summary (HTML, PDF, XLSX) of one year,
 * the files' receipts and the corrections workbook, from the database rather than from this run's files, so a re-run
 * with nothing new gives the same exports; when nothing they are made from changed since they were written
 * ({@link ExportFingerprint}), they are left as they are.
 *
 * @param register the register as read for this run, so an edit needs no restart
 * @param oversight the tidplan, the rules of the draft assessment and the run's clock, as read for this run
 */
public record YearExport(SubmissionStore store, Register register, ExportSettings settings, Oversight oversight) {

	private static final Logger log = LoggerFactory.getLogger(YearExport.class);

	/**
	 * Writes the exports of the year asked for, or else of the year most of this run's files are for.
	 * @param thisRun the files this run handled, each listed in inlamningar.csv whatever its year
	 * @param corrections what this run made of the economy office's corrections
	 * @return the year exported, and the corrections workbook written; empty when there is no year (nothing was
	 *         read, now or before)
	 */
	public Optional<Written> write(List<StoredSubmission> thisRun, CorrectionRun corrections) {
		Optional<Integer> year = ExportYear.choose(settings.year(), thisRun, store::latestYear);
		return year.map(y -> writeYear(y, thisRun, corrections));
	}

	/**
	 * What a run wrote.
	 *
	 * @param corrections the corrections workbook ({@value CorrectionSettings#WORKBOOK}), unless it was left as it
	 *        was for the economy office
	 */
	public record Written(int year, Optional<Path> corrections) {
	}

	private Written writeYear(int year, List<StoredSubmission> thisRun, CorrectionRun corrections) {
		Path out = settings.out();
		Path controls = out.resolve("kontroller.csv");
		Path submissions = out.resolve("inlamningar.csv");
		Path workbookFile = out.resolve(CorrectionSettings.WORKBOOK);
		List<Path> written = new ArrayList<>(List.of(controls, submissions));
		written.addAll(SummaryReport.files(out, year));
		written.add(out.resolve(ReceiptReport.FOLDER));
		written.add(workbookFile);
		ExportFingerprint fingerprint = new ExportFingerprint(out, inputs(year, thisRun, corrections, workbookFile));
		if (fingerprint.matches(written)) {
			log.info("Exports of {} in {} are up to date (made from the same database, corrections, register, tidplan, "
					+ "rules, template, build and date, and unchanged since); not written again", year,
					out.toAbsolutePath());
			return new Written(year, Optional.empty());
		}
		fingerprint.forget();
		FileNotes notes = new FileNotes(store.findChecks(), ReceiptNames.of(store.findAllRead()), corrections);
		SummaryQueries queries = new SummaryQueries(store, oversight);
		YearData found = queries.year(year);
		List<StoredControl> workbookControls = new ArrayList<>(found.controls().stream()
			.filter(c -> !c.flags().contains(Flag.EJ_ATERRAPPORTERAD))
			.toList());
		workbookControls.addAll(store.findNotControls(year));
		YearData data = found.with(new YearNotes(notes,
				CorrectionSection.of(found.submissions(), workbookControls, corrections)));
		List<StoredSubmission> forTheYear = new ArrayList<>(data.submissions());
		thisRun.stream().filter(s -> s.year() == null).forEach(forTheYear::add);
		Map<String, String> missing = Unsubmitted.reasons(register.names(), year, forTheYear);
		Map<Long, StoredSubmission> listed = new LinkedHashMap<>();
		data.submissions().forEach(s -> listed.put(s.id(), s));
		thisRun.forEach(s -> listed.put(s.id(), s));
		List<StoredSubmission> files = listed.values().stream()
			.sorted(Comparator.comparingLong(StoredSubmission::id))
			.toList();

		CsvExport.writeControls(controls, queries.controls(data), data.plans());
		CsvExport.writeSubmissions(submissions, files, notes, missing, year, data.plans(),
				new TidplanColumn(oversight.tidplan(), year, data.submissions(), oversight.today()));
		List<Path> pages = new SummaryReport(store, settings.templates(), oversight).write(data, register, out);
		new ReceiptReport(store, settings.templates()).write(read(files), notes, out);
		Optional<Path> workbook = writeWorkbook(CorrectionRows.build(files, workbookControls, corrections, notes),
				corrections, workbookFile);
		fingerprint.record(written);
		log.info("Exported year {} to {}: {} submissions listed, {} nämnder without a file; summary {}", year,
				out.toAbsolutePath(), listed.size(), missing.size(),
				pages.stream().map(p -> p.getFileName().toString()).toList());
		return new Written(year, workbook);
	}

	/**
	 * What the exports are made from besides the files they overwrite: the data (the economy office's corrections in
	 * force among it), the year, the register, this run's files of other years (inlamningar.csv lists them too), the
	 * templates, the tidplan and rule files, and the run's date (deadlines are judged on it). The corrections workbook
	 * counts by its content when it is kept elsewhere; the one in the output folder is among the files written, so
	 * an edit there is seen as a changed export.
	 */
	private String inputs(int year, List<StoredSubmission> thisRun, CorrectionRun corrections, Path workbookFile) {
		List<String> lines = new ArrayList<>();
		lines.add("database " + store.state());
		lines.add("year " + year);
		lines.add("register " + register.names());
		lines.add("other files " + thisRun.stream().filter(s -> !Objects.equals(s.year(), year))
			.map(StoredSubmission::id)
			.toList());
		lines.add("templates " + ExportFingerprint.source(settings.templates()));
		oversight.sources().forEach(source -> lines.add("oversight " + ExportFingerprint.source(source)));
		lines.add("today " + oversight.today());
		if (!sameFile(corrections.file(), workbookFile)) {
			lines.add("corrections " + ExportFingerprint.source(corrections.file()));
		}
		return ExportFingerprint.inputs(lines);
	}

	private static boolean sameFile(Path a, Path b) {
		return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
	}

	private static List<StoredSubmission> read(List<StoredSubmission> files) {
		return files.stream().filter(s -> s.outcome() == Outcome.INLAST || s.outcome() == Outcome.ERSATT).toList();
	}

	/**
	 * Writes the corrections workbook, unless it is the economy office's own and could not be read or was saved
	 * again during the run: then it stays as the office left it, and the next run reads it.
	 */
	private static Optional<Path> writeWorkbook(List<CorrectionRows.Row> rows, CorrectionRun corrections, Path file) {
		if (!corrections.mayOverwrite(file)) {
			log.warn("Leaving {} as it is: it holds the economy office's corrections, which could not be read or were "
					+ "saved during this run; the next run reads them", file.toAbsolutePath());
			return Optional.empty();
		}
		OutputFile.write(file, stream -> CorrectionWorkbook.write(rows, stream));
		log.info("Corrections workbook written: {} ({} rows)", file.toAbsolutePath(), rows.size());
		return Optional.of(file);
	}
}
