package se.ikkonsolidering.report;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import se.ikkonsolidering.store.Outcome;
import se.ikkonsolidering.store.StoredSubmission;

/**
 * The register nämnder without a read follow-up for the year, each with why in Swedish: nothing came, or what came
 * could not be read (so the economy office knows whom to ask for what). A plan is no follow-up.
 */
final class Unsubmitted {

	private Unsubmitted() {
	}

	/**
	 * @param files the year's files and the files of unknown year that could not be read
	 * @return nämnd → reason, in register order
	 */
	static Map<String, String> reasons(List<String> registerNames, int year, Collection<StoredSubmission> files) {
		Set<String> delivered = files.stream()
			.filter(s -> s.outcome() == Outcome.INLAST && !s.isPlan())
			.map(StoredSubmission::namnd)
			.collect(Collectors.toSet());
		Map<String, String> missing = new LinkedHashMap<>();
		for (String namnd : registerNames) {
			if (!delivered.contains(namnd)) {
				missing.put(namnd, reason(namnd, year, files));
			}
		}
		return missing;
	}

	private static String reason(String namnd, int year, Collection<StoredSubmission> files) {
		List<String> unread = files.stream()
			.filter(s -> s.namnd().equals(namnd) && s.outcome() == Outcome.AVVISAD && !s.isPlan())
			.map(s -> "'" + s.fileName() + "'")
			.toList();
		return unread.isEmpty() ? "Ingen uppföljning för " + year + " har kommit in från nämnden."
				: "Ingen läsbar uppföljning för " + year + ": " + String.join(", ", unread)
						+ " avvisades (se raden för filen).";
	}
}
