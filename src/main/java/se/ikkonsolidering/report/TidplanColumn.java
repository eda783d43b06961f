package se.ikkonsolidering.report;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import se.ikkonsolidering.oversight.Tidplan;
import se.ikkonsolidering.oversight.Timeliness;
import se.ikkonsolidering.store.StoredSubmission;

/**
 * inlamningar.csv's added column {@code tidplan}: for a follow-up, whether it came by its period's last day ("i tid
 * (Helår, sista dag 2026-01-31)", "3 dagar sen (…)"); for a nämnd without a follow-up, each of its deadlines ("Helår:
 * saknas, 12 dagar efter sista dag …"); empty without a tidplan.
 *
 * @param files the year's files, for the first follow-up seen per period
 */
record TidplanColumn(Tidplan tidplan, int year, List<StoredSubmission> files, LocalDate today) {

	String file(StoredSubmission file) {
		return Timeliness.ofFile(file, tidplan);
	}

	String missing(String namnd) {
		return Timeliness.of(namnd, year, tidplan, files, today).stream()
			.map(Timeliness::withDeadline)
			.collect(Collectors.joining("; "));
	}
}
