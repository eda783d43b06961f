package se.ikkonsolidering.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import se.ikkonsolidering.classify.ControlStatus;
import se.ikkonsolidering.classify.Flag;
import se.ikkonsolidering.store.Correction;
import se.ikkonsolidering.store.CorrectionStore;
import se.ikkonsolidering.store.Outcome;
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
	void handsOverTheSameControlsOneAtATimeWithWhetherTheyCount() {
		YearData year = queries.year(2025);
		List<ControlLine> lines = new ArrayList<>();

		queries.controls(year).forEach(lines::add);

		assertThat(lines).extracting(ControlLine::control).isEqualTo(year.controls());
		assertThat(lines).filteredOn(ControlLine::counted).hasSize((int) year.controls().stream()
			.filter(year.counted()).count());
	}

	@Test
	void handsOverTheControlsAsTheEconomyOfficeCorrectedThem() {
		StoredSubmission ks = db.store.findByYear(2025).get(0);
		CorrectionStore corrections = new CorrectionStore(db.jdbc);
		corrections.put(new Correction(ks.sha256(), "Uppföljning", 5, ks.fileName(), Optional.of(ControlStatus.DELVIS),
				false, Optional.empty(), Optional.empty(), Optional.empty(), "Bara hälften", "AL"));
		corrections.put(new Correction(ks.sha256(), "Uppföljning", 6, ks.fileName(), Optional.empty(), true,
				Optional.empty(), Optional.empty(), Optional.empty(), "En rubrik", "AL"));
		YearData year = queries.year(2025);
		List<ControlLine> lines = new ArrayList<>();

		queries.controls(year).forEach(lines::add);

		assertThat(lines).extracting(ControlLine::control).isEqualTo(year.controls()).hasSize(19)
			.filteredOn(c -> c.fileName().equals(ks.fileName()) && c.sourceRow() == 5)
			.singleElement()
			.satisfies(c -> assertThat(c.statusSourceCode()).isEqualTo(StoredControl.MANUAL_SOURCE));
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
