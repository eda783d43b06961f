package se.ikkonsolidering.report;

import static org.assertj.core.api.Assertions.assertThat;
import static se.ikkonsolidering.report.Rows.submission;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import se.ikkonsolidering.store.Outcome;
import se.ikkonsolidering.store.StoredSubmission;

class ExportYearTests {

	private static final List<StoredSubmission> TWO_2025_ONE_2024 = List.of(
			submission(1, 2025, "Kommunstyrelsen", "HELAR", Outcome.INLAST, null),
			submission(2, 2025, "Socialnämnden", "HELAR", Outcome.ERSATT, 4L),
			submission(3, 2024, "Kulturnämnden", "HELAR", Outcome.INLAST, null));

	@Test
	void exportsTheYearAskedFor() {
		assertThat(ExportYear.choose(2023, TWO_2025_ONE_2024, Optional::empty)).contains(2023);
	}

	@Test
	void exportsTheYearMostOfThisRunsReadFilesAreFor() {
		assertThat(ExportYear.choose(null, TWO_2025_ONE_2024, () -> Optional.of(2026))).contains(2025);
	}

	@Test
	void exportsTheLaterYearOnATie() {
		List<StoredSubmission> tie = List.of(submission(1, 2024, "Kommunstyrelsen", "HELAR", Outcome.INLAST, null),
				submission(2, 2025, "Socialnämnden", "HELAR", Outcome.INLAST, null));

		assertThat(ExportYear.choose(null, tie, Optional::empty)).contains(2025);
	}

	@Test
	void exportsTheLatestStoredYearWhenThisRunReadNothing() {
		List<StoredSubmission> rejected = List.of(submission(1, 2025, "Kommunstyrelsen", "", Outcome.AVVISAD, null));

		assertThat(ExportYear.choose(null, rejected, () -> Optional.of(2024))).contains(2024);
		assertThat(ExportYear.choose(null, List.of(), Optional::empty)).isEmpty();
	}
}
