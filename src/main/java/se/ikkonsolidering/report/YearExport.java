package se.ikkonsolidering.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import se.ikkonsolidering.register.Register;
import se.ikkonsolidering.store.Outcome;
import se.ikkonsolidering.store.StoredSubmission;
import se.ikkonsolidering.store.SubmissionStore;

/**
 * Everything a run writes for people: kontroller.csv, inlamningar.csv and the KS summary (HTML, PDF, XLSX) of one
 * year, from the database rather than from this run's files, so a re-run with nothing new gives the same exports.
 *
 * @param register the register as read for this run, so an edit needs no restart
 */
public record YearExport(SubmissionStore store, Register register, ExportSettings settings) {

	private static final Logger log = LoggerFactory.getLogger(YearExport.class);

	/**
	 * Writes the exports of the year asked for, or else of the year most of this run's files are for.
	 * @param thisRun the files this run handled, each listed in inlamningar.csv whatever its year
	 * @return the year exported; empty when there is none (nothing was read, now or before)
	 */
	public Optional<Integer> write(List<StoredSubmission> thisRun) {
		Optional<Integer> year = ExportYear.choose(settings.year(), thisRun, store::latestYear);
		year.ifPresent(y -> writeYear(y, thisRun));
		return year;
	}

	private void writeYear(int year, List<StoredSubmission> thisRun) {
		YearData data = new SummaryQueries(store).year(year);
		List<StoredSubmission> forTheYear = new ArrayList<>(data.submissions());
		thisRun.stream().filter(s -> s.year() == null).forEach(forTheYear::add);
		Map<String, String> missing = Unsubmitted.reasons(register.names(), year, forTheYear);
		Map<Long, StoredSubmission> listed = new LinkedHashMap<>();
		data.submissions().forEach(s -> listed.put(s.id(), s));
		thisRun.forEach(s -> listed.put(s.id(), s));

		Path out = settings.out();
		CsvExport.writeControls(out.resolve("kontroller.csv"), data.submissions(), data.controls());
		CsvExport.writeSubmissions(out.resolve("inlamningar.csv"),
				listed.values().stream().sorted(Comparator.comparingLong(StoredSubmission::id)).toList(), missing, year);
		List<Path> pages = new SummaryReport(store, settings.templates()).write(data, register, out);
		writeReceipts(listed.values(), out);
		log.info("Exported year {} to {}: {} submissions listed, {} nämnder without a file; summary {}", year,
				out.toAbsolutePath(), listed.size(), missing.size(),
				pages.stream().map(p -> p.getFileName().toString()).toList());
	}

	/** The receipts of the year's read files and of the files this run read, whatever their year. */
	private void writeReceipts(Collection<StoredSubmission> listed, Path out) {
		List<StoredSubmission> read = listed.stream()
			.filter(s -> s.outcome() == Outcome.INLAST || s.outcome() == Outcome.ERSATT)
			.toList();
		new ReceiptReport(store, settings.templates()).write(read, ReceiptNames.of(store.findAllRead()), out);
	}
}
