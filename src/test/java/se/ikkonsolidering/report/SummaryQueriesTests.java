package se.ikkonsolidering.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import se.ikkonsolidering.store.Outcome;
import se.ikkonsolidering.classify.Flag;
import se.ikkonsolidering.store.StoredControl;
import se.ikkonsolidering.store.StoredSubmission;
import se.ikkonsolidering.support.ReportDatabase;

@Tag("database")
class SummaryQueriesTests {

	private final ReportDatabase db = new ReportDatabase("summary-queries");
	private final SummaryQueries queries = new SummaryQueries(db.store, KommunYear.OVERSIGHT);

	@BeforeEach
	void fill() {
		KommunYear.fill(db);
	}

	@Test
	void readsEveryFileOfTheYearWhateverBecameOfIt() {
		assertThat(queries.year(2025).submissions()).extracting(StoredSubmission::outcome)
			.containsExactly(Outcome.INLAST, Outcome.INLAST, Outcome.ERSATT, Outcome.INLAST, Outcome.INLAST);
	}

	@Test
	void readsTheControlsOfCurrentFilesWithTheirFlags() {
		YearData year = queries.year(2025);

		assertThat(year.controls()).hasSize(20).noneMatch(c -> c.fileName().equals("Socialnämnden helår 2025.xlsx"));
		assertThat(year.controls()).filteredOn(c -> c.kontrollmoment().equals("Delegationsbeslut"))
			.singleElement()
			.satisfies(c -> assertThat(c.flags()).containsExactly(Flag.AVVIKELSE));
	}

	@Test
	void readsThePreviousYearOnItsOwn() {
		assertThat(queries.year(2024).controls()).extracting(StoredControl::kontrollmoment)
			.containsExactly("Kontroll av attester", "Hot och våld");
	}

	@Test
	void listsUnreadFilesFromTheRunsThatBroughtTheYearsFiles() {
		db.unread(1, "före.xlsx", Outcome.AVVISAD, "Tom fil.");
		db.unread(5, "efter.xlsx", Outcome.DUBBLETT, "Samma innehåll som 'BUN T2 2025.csv'.");
		db.read(6, "KS T1 2026.xlsx", "Kommunstyrelsen", 2026, "T1", null);
		db.unread(6, "samma körning som 2026.xlsx", Outcome.AVVISAD, "Skadad.");
		db.unread(7, "under 2026.xlsx", Outcome.AVVISAD, "Skadad.");

		assertThat(queries.unread(2025)).extracting(StoredSubmission::fileName)
			.containsExactly("trasig.xlsx", "efter.xlsx", "samma körning som 2026.xlsx");
	}

	@Test
	void listsNoUnreadFilesForAYearWithoutFiles() {
		assertThat(queries.unread(2030)).isEmpty();
	}
}
