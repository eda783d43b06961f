package se.ikkonsolidering.report;

import static org.assertj.core.api.Assertions.assertThat;
import static se.ikkonsolidering.report.Rows.YEAR;
import static se.ikkonsolidering.report.Rows.named;
import static se.ikkonsolidering.report.Rows.controls;
import static se.ikkonsolidering.report.Rows.submission;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import se.ikkonsolidering.store.Outcome;
import se.ikkonsolidering.store.StoredSubmission;

class YearOverYearTests {

	private final StoredSubmission now = submission(10, YEAR, "Socialnämnden", "HELAR", Outcome.INLAST, null);
	private final StoredSubmission before = submission(1, YEAR - 1, "Socialnämnden", "HELAR", Outcome.INLAST, null);

	/** Each year one file with one control, as the nämnd worded and reported it that year. */
	private Comparison compareOne(String momentNow, String statusNow, String momentBefore, String statusBefore) {
		return compare(new YearData(YEAR, List.of(now), List.of(named(now, 1, momentNow, statusNow, "KOLUMN"))),
				new YearData(YEAR - 1, List.of(before), List.of(named(before, 1, momentBefore, statusBefore, "KOLUMN"))));
	}

	private static Comparison compare(YearData current, YearData previous) {
		return YearOverYear.compare(NamndTable.build(List.of("Socialnämnden", "Kulturnämnden"), current), current,
				previous);
	}

	@Test
	void givesTheChangeInShareDoneInPercentagePoints() {
		YearData current = new YearData(YEAR, List.of(now),
				controls(now, "GENOMFORD", "GENOMFORD", "GENOMFORD", "DELVIS"));
		YearData previous = new YearData(YEAR - 1, List.of(before), controls(before, "GENOMFORD", "DELVIS"));

		Comparison.YearChange change = compare(current, previous).changes().get(0);

		assertThat(change).extracting(Comparison.YearChange::previousPercentDone, Comparison.YearChange::percentDone,
				Comparison.YearChange::change)
			.containsExactly(50, 75, 25);
		assertThat(change.changeText()).isEqualTo("+25");
	}

	@Test
	void printsADropWithARealMinusSign() {
		assertThat(new Comparison.YearChange("Socialnämnden", "Helår", 80, "Helår", 70).changeText())
			.isEqualTo("\u221210");
	}

	@Test
	void comparesNothingWhenTheDatabaseHoldsNoPreviousYear() {
		YearData current = new YearData(YEAR, List.of(now), controls(now, "GENOMFORD"));

		assertThat(compare(current, Rows.nothing(YEAR - 1)).available()).isFalse();
	}

	@Test
	void listsAControlNotDoneTwoYearsRunningWhateverItsCaseAndSpacing() {
		YearData current = new YearData(YEAR, List.of(now),
				List.of(named(now, 1, "Kontroll av  attester.", "EJ_GENOMFORD", "KOLUMN", "EJ_GENOMFORD")));
		YearData previous = new YearData(YEAR - 1, List.of(before),
				List.of(named(before, 1, "kontroll av attester", "EJ_GENOMFORD", "KOLUMN", "EJ_GENOMFORD")));

		assertThat(compare(current, previous).repeated()).singleElement()
			.extracting(Comparison.RepeatedMiss::namnd, Comparison.RepeatedMiss::kontrollmoment)
			.containsExactly("Socialnämnden", "Kontroll av  attester.");
	}

	@Test
	void doesNotListAControlThatWasDoneOneOfTheYears() {
		assertThat(compareOne("Kontroll av attester", "EJ_GENOMFORD", "Kontroll av attester", "GENOMFORD").repeated())
			.isEmpty();
	}

	@Test
	void doesNotMatchADifferentKontrollmoment() {
		assertThat(compareOne("Kontroll av attester", "EJ_GENOMFORD", "Kontroll av leverantörsfakturor", "EJ_GENOMFORD")
			.repeated()).isEmpty();
	}

	@Test
	void pagePrintsTheThirtyLargestFallsWhenMoreNamnderCompare() {
		List<Comparison.YearChange> changes = IntStream.rangeClosed(1, 40)
			.mapToObj(i -> new Comparison.YearChange("Nämnd " + i, "Helår", 50, "Helår", 50 + (i % 2 == 0 ? i : -i)))
			.toList();

		Bounded<Comparison.YearChange> shown = new Comparison(2024, changes, List.of()).changesShown();

		assertThat(shown.shown()).hasSize(30).first().extracting(Comparison.YearChange::namnd).isEqualTo("Nämnd 39");
		assertThat(shown.omitted()).isEqualTo(10);
	}
}
