package se.ikkonsolidering.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static se.ikkonsolidering.report.Rows.submission;

import java.util.List;

import org.junit.jupiter.api.Test;

import se.ikkonsolidering.store.Outcome;

class UnsubmittedTests {

	@Test
	void namesEachRegisterNamndWithoutAReadFileAndWhyInRegisterOrder() {
		assertThat(Unsubmitted.reasons(List.of("Socialnämnden", "Kommunstyrelsen", "Kulturnämnden"), 2025, List.of(
				submission(1, 2025, "Kommunstyrelsen", "HELAR", Outcome.INLAST, null),
				submission(2, 2025, "Socialnämnden", "", Outcome.AVVISAD, null))))
			.containsExactly(
					entry("Socialnämnden", "Ingen läsbar uppföljning för 2025: "
							+ "'socialnämnden-2.xlsx' avvisades (se raden för filen)."),
					entry("Kulturnämnden",
							"Ingen uppföljning för 2025 har kommit in från nämnden."));
	}
}
