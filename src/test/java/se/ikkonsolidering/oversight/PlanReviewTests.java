package se.ikkonsolidering.oversight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static se.ikkonsolidering.oversight.Stored.control;
import static se.ikkonsolidering.oversight.Stored.followUp;
import static se.ikkonsolidering.oversight.Stored.plan;
import static se.ikkonsolidering.oversight.Stored.planned;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import se.ikkonsolidering.classify.ControlStatus;
import se.ikkonsolidering.classify.Flag;
import se.ikkonsolidering.classify.StatusSource;
import se.ikkonsolidering.store.PlannedControl;
import se.ikkonsolidering.store.StoredControl;
import se.ikkonsolidering.store.StoredSubmission;
import se.ikkonsolidering.submission.PeriodRules;

class PlanReviewTests {

	private static final PeriodRules PERIODS = PeriodRules.load(null);

	private final StoredSubmission plan = plan(1, "Socialnämnden");
	private final StoredSubmission helar = followUp(2, "Socialnämnden", "HELAR");

	private final List<PlannedControl> planned = List.of(planned(plan, 1, "", "Kontroll av attester", "Helår"),
			planned(plan, 2, "", "Delegationsbeslut anmäls till nämnden", "Helår"),
			planned(plan, 3, "", "Hot och våld tas upp på APT", "Delår och helår"));

	@Test
	void makesARowOfTheFollowUpForEachPlannedControlItLeavesOut() {
		List<StoredControl> reported = List.of(control(helar, 1, "", "Kontroll av attester", ControlStatus.GENOMFORD),
				control(helar, 2, "", "Hot och våld tas upp på APT", ControlStatus.DELVIS, Flag.DELVIS));

		PlanReview review = PlanReview.of(plan, planned, helar, reported, PERIODS);

		assertThat(review.notReported()).extracting(PlannedControl::kontrollmoment)
			.containsExactly("Delegationsbeslut anmäls till nämnden");
		assertThat(review.notReportedRows()).singleElement().satisfies(row -> {
			assertThat(List.of(row.submissionId(), row.namnd(), row.fileName(), row.sheet(), row.sourceRow()))
				.containsExactly(2L, "Socialnämnden", "Socialnämnden plan 1.xlsx", "Plan", 5);
			assertThat(row.status()).isEqualTo(ControlStatus.SAKNAS);
			assertThat(row.statusSource()).isEqualTo(StatusSource.INGEN);
			assertThat(row.flags()).containsExactly(Flag.EJ_ATERRAPPORTERAD, Flag.SAKNAS);
			assertThat(row.period()).isEqualTo(helar.period());
		});
	}

	@Test
	void marksTheFollowUpsControlsInThePlanAndOutsideIt() {
		List<StoredControl> reported = List.of(control(helar, 1, "", "Kontroll av attester", ControlStatus.GENOMFORD),
				control(helar, 2, "", "Ny kontroll av representation", ControlStatus.GENOMFORD),
				control(helar, 3, "", "Hot- och våldsituationer tas upp på APT i alla enheter", ControlStatus.DELVIS));

		PlanReview review = PlanReview.of(plan, planned, helar, reported, PERIODS);

		assertThat(review.notesBySeq()).containsExactlyInAnyOrderEntriesOf(Map.of(1, "i planen, rad 4 (samma ord)",
				2, "utanför planen", 3, "i planen, rad 6 (liknande text, 0,67)"));
		assertThat(review.outsidePlan()).extracting(StoredControl::kontrollmoment)
			.containsExactly("Ny kontroll av representation");
	}

	@Test
	void waitsForAControlThePlanReportsBackInALaterPeriod() {
		StoredSubmission delar = followUp(3, "Socialnämnden", "DELAR");
		List<StoredControl> reported = List.of(control(delar, 1, "", "Kontroll av attester", ControlStatus.DELVIS));

		PlanReview review = PlanReview.of(plan, planned, delar, reported, PERIODS);

		assertThat(review.dueLater()).extracting(PlannedControl::seq).containsExactly(2);
		assertThat(review.notReported()).extracting(PlannedControl::seq).containsExactly(3);
	}

	@Test
	void pairsByIdFirst() {
		StoredSubmission ks = plan(4, "Kommunstyrelsen");
		StoredSubmission ksHelar = followUp(5, "Kommunstyrelsen", "HELAR");
		PlanReview review = PlanReview.of(ks,
				List.of(planned(ks, 1, "7", "Kunskap om IT-säkerhet hos anställda", ""),
						planned(ks, 2, "8", "Sjukskrivning: rutin finns och följs", "")),
				ksHelar, List.of(control(ksHelar, 1, "8", "Att rutin för sjukskrivning finns och följs", ControlStatus.GENOMFORD),
						control(ksHelar, 2, "7", "Alla anställda ska ha kunskap om informationssäkerhet",
								ControlStatus.EJ_GENOMFORD)),
				PERIODS);

		assertThat(review.reported()).extracting(r -> r.planned().controlRef(), r -> r.control().seq(),
				PlanReview.Reported::note)
			.containsExactly(tuple("7", 2, "i planen, rad 4 (samma ID)"), tuple("8", 1, "i planen, rad 5 (samma ID)"));
	}

	@Test
	void saysWhatItFoundForThePlansLineInInlamningar() {
		List<StoredControl> reported = List.of(control(helar, 1, "", "Kontroll av attester", ControlStatus.GENOMFORD),
				control(helar, 2, "", "Hot och våld tas upp på APT", ControlStatus.DELVIS, Flag.DELVIS),
				control(helar, 3, "", "Ny kontroll av representation", ControlStatus.GENOMFORD));

		assertThat(PlanReview.of(plan, planned, helar, reported, PERIODS).describe())
			.isEqualTo("Jämförd med uppföljningen 'Socialnämnden uppföljning 2.xlsx' (Helår): 2 av 3 planerade "
					+ "kontroller är återrapporterade och 1 är det inte; den står i kontroller.csv med flaggan "
					+ "EJ_ATERRAPPORTERAD och planens fil, flik och rad som källa, och bara den räknas i "
					+ "antal_kontroller. 1 kontroll i uppföljningen står inte i planen (utanför planen).");
		assertThat(PlanReview.of(plan, planned, null, List.of(), PERIODS).describe())
			.isEqualTo("Ingen uppföljning för 2025 har kommit in från nämnden; planens 3 kontroller jämförs med den "
					+ "när den kommer.");
	}

	@Test
	void holdsAPlanOnlyAgainstItsOwnNamndsFollowUp() {
		StoredSubmission kultur = followUp(6, "Kulturnämnden", "HELAR");
		List<PlanReview> reviews = PlanReviews.of(List.of(plan, helar, kultur), Map.of("Kulturnämnden", kultur),
				List.of(control(kultur, 1, "", "Kontroll av attester", ControlStatus.GENOMFORD)), planned, PERIODS);

		assertThat(reviews).singleElement().satisfies(r -> {
			assertThat(r.followUp()).isEmpty();
			assertThat(r.reported()).isEmpty();
			assertThat(r.notReportedRows()).isEmpty();
		});
	}
}
