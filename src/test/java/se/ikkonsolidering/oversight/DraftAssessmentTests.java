package se.ikkonsolidering.oversight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static se.ikkonsolidering.oversight.Stored.control;
import static se.ikkonsolidering.oversight.Stored.followUp;
import static se.ikkonsolidering.oversight.Stored.plan;
import static se.ikkonsolidering.oversight.Stored.planned;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.ikkonsolidering.classify.ControlStatus;
import se.ikkonsolidering.store.Outcome;
import se.ikkonsolidering.store.StoredControl;
import se.ikkonsolidering.store.StoredSubmission;
import se.ikkonsolidering.submission.Period;
import se.ikkonsolidering.submission.PeriodRules;
import se.ikkonsolidering.submission.SubmissionKind;

/** The draft of kommunstyrelsen's assessment: its criteria as data, its verdicts, and what each sentence rests on. */
class DraftAssessmentTests {

	private static final AssessmentRules RULES = AssessmentRules.load(null);
	private static final LocalDate TODAY = LocalDate.of(2026, 2, 12);
	private static final Tidplan TIDPLAN = new Tidplan(List.of(new Deadline(Period.HELAR, 2025,
			LocalDate.of(2026, 2, 6), "", 2)));

	@TempDir
	Path dir;

	/** Socialnämnden: 8 controls, 6 done, one not done without åtgärd, a planned control not reported, 6 days late. */
	private static NamndFacts socialnamnden() {
		StoredSubmission helar = followUp(2, "Socialnämnden", "HELAR", LocalDateTime.of(2026, 2, 12, 2, 0));
		StoredSubmission plan = plan(1, "Socialnämnden");
		StoredControl notDone = control(helar, 4, "", "Kassahantering i simhallen", ControlStatus.EJ_GENOMFORD);
		PlanReview review = PlanReview.of(plan, List.of(planned(plan, 1, "", "Kassahantering i simhallen", ""),
				planned(plan, 2, "", "Delegationsbeslut anmäls till nämnden", "")), helar, List.of(notDone),
				PeriodRules.load(null));
		return new NamndFacts("Socialnämnden", 2025, Optional.of(helar), 8, 6, Optional.of(review),
				Timeliness.of("Socialnämnden", 2025, TIDPLAN, List.of(helar), TODAY), List.of(notDone), List.of());
	}

	private static NamndFacts silent(String namnd) {
		return new NamndFacts(namnd, 2025, Optional.empty(), 0, 0, Optional.empty(),
				Timeliness.of(namnd, 2025, TIDPLAN, List.of(), TODAY), List.of(), List.of());
	}

	@Test
	void printsTheBuiltInCriteria() {
		assertThat(RULES.criteria(true)).extracting(Criterion::swedish).containsExactly(
				"Nämnden har inte lämnat någon uppföljning (1 = ja): minst 1 ger Inte tillräcklig",
				"Dagar efter sista dag som uppföljningen kom: minst 1 ger Delvis tillräcklig",
				"Dagar som en uppföljning har saknats efter sista dag: minst 1 ger Delvis tillräcklig",
				"Andel genomförda kontroller (%): under 90 ger Delvis tillräcklig",
				"Andel genomförda kontroller (%): under 50 ger Inte tillräcklig",
				"Planerade kontroller som inte återrapporterats: minst 1 ger Delvis tillräcklig",
				"Ej genomförda kontroller utan åtgärd: minst 1 ger Delvis tillräcklig",
				"Kontroller med avvikelse utan åtgärd: minst 1 ger Delvis tillräcklig",
				"Nämndens egen bedömning: delvis tillräcklig ger Delvis tillräcklig",
				"Nämndens egen bedömning: inte tillräcklig ger Inte tillräcklig");
		assertThat(RULES.criteria(false)).extracting(Criterion::swedish).containsExactly(
				"Nämnder som bedöms som inte tillräckliga: minst 1 ger Delvis tillräcklig",
				"Andel nämnder som bedöms som inte tillräckliga (%): minst 25 ger Inte tillräcklig",
				"Andel nämnder som bedöms som tillräckliga (%): under 50 ger Delvis tillräcklig");
	}

	@Test
	void draftsANamndsParagraphWithEverySentencesBasisAndTheCriteriaThatDecide() {
		Assessment a = DraftAssessment.of(List.of(socialnamnden()), RULES).namnder().get(0);

		assertThat(a.verdict()).isEqualTo(Verdict.DELVIS);
		assertThat(a.findings()).extracting(Assessment.Finding::sentence, Assessment.Finding::basis).containsExactly(
				tuple("Helår: uppföljningen kom 2026-02-12, 6 dagar efter sista dag "
						+ "2026-02-06.", "tidplanen, rad 2; inlamningar.csv, kolumnen tidplan"),
				tuple("6 av 8 kontroller (75 %) är genomförda enligt uppföljningen "
						+ "'Socialnämnden uppföljning 2.xlsx' (Helår).", "kontroller.csv: nämndens rader, status GENOMFORD"),
				tuple("1 av 2 planerade kontroller i internkontrollplanen "
						+ "'Socialnämnden plan 1.xlsx' har inte återrapporterats: 'Delegationsbeslut anmäls till nämnden'.",
						"kontroller.csv: flaggan EJ_ATERRAPPORTERAD, planens rad 5"),
				tuple("1 ej genomförd kontroll saknar åtgärd: 'Kassahantering i "
						+ "simhallen'.", "kontroller.csv: status EJ_GENOMFORD och tom åtgärd, rad 9"),
				tuple("Ingen rapporterad avvikelse saknar åtgärd.",
						"kontroller.csv: flaggan AVVIKELSE och tom åtgärd"),
				tuple("Nämnden anger ingen egen helhetsbedömning i uppföljningen.",
						"uppföljningen 'Socialnämnden uppföljning 2.xlsx', kolumnen Nämndens bedömning i Per nämnd"));
		assertThat(a.conclusion()).isEqualTo("Utkast till bedömning: Delvis tillräcklig, eftersom uppföljningen kom 6 "
				+ "dagar efter sista dag (kriterium: minst 1), andelen genomförda kontroller är 75 % (kriterium: under "
				+ "90), planerade kontroller som inte återrapporterats är 1 (kriterium: minst 1) och ej genomförda "
				+ "kontroller utan åtgärd är 1 (kriterium: minst 1).");
	}

	@Test
	void judgesANamndWithoutAFollowUpNotSufficientAndSaysWhy() {
		Assessment a = DraftAssessment.of(List.of(silent("Miljönämnden")), RULES).namnder().get(0);

		assertThat(a.verdict()).isEqualTo(Verdict.INTE);
		assertThat(a.paragraph()).isEqualTo("Ingen uppföljning för 2025 har kommit in från nämnden, så dess interna "
				+ "kontroll kan inte bedömas som tillräcklig. Helår: uppföljningen saknas, 6 dagar efter sista dag "
				+ "2026-02-06. Utkast till bedömning: Inte tillräcklig, eftersom ingen uppföljning har kommit in "
				+ "(kriterium: minst 1).");
		assertThat(a.checks()).filteredOn(c -> c.criterion().measure() == Measure.ANDEL_GENOMFORDA)
			.extracting(Assessment.Check::shown).containsOnly("gäller ej");
	}

	@Test
	void takesTheNamndsOwnAssessmentIntoAccount() {
		StoredSubmission own = new StoredSubmission(3, 1L, "ks.xlsx", "sha3", 1, "Kommunstyrelsen", true, 2025,
				Optional.of(Period.HELAR), "Intern kontroll är inte tillräcklig", "", Outcome.INLAST,
				"", 1, LocalDateTime.of(2026, 1, 20, 2, 0), null, null,
				new StoredSubmission.ReadAs("Kommunstyrelsen", 2025, Optional.of(Period.HELAR)), SubmissionKind.FOLLOW_UP);
		NamndFacts facts = new NamndFacts("Kommunstyrelsen", 2025, Optional.of(own), 10, 10, Optional.empty(), List.of(),
				List.of(), List.of());

		Assessment a = DraftAssessment.of(List.of(facts), RULES).namnder().get(0);

		assertThat(a.verdict()).isEqualTo(Verdict.INTE);
		assertThat(a.conclusion()).isEqualTo("Utkast till bedömning: Inte tillräcklig, eftersom nämnden bedömer själv "
				+ "sin interna kontroll som inte tillräcklig (kriterium: inte tillräcklig).");
		assertThat(RULES.ownAssessment(Optional.of("Tillräcklig"))).isEqualTo("tillräcklig");
		assertThat(RULES.ownAssessment(Optional.of("Delvis tillräcklig"))).isEqualTo("delvis tillräcklig");
		assertThat(RULES.ownAssessment(Optional.of("Se bilaga"))).isEqualTo("oklar");
		assertThat(RULES.ownAssessment(Optional.empty())).isEqualTo("saknas");
	}

	@Test
	void judgesTheKommunFromTheNamndersDrafts() {
		DraftAssessment draft = DraftAssessment.of(List.of(socialnamnden(), silent("Miljönämnden")), RULES);

		assertThat(draft.kommun().verdict()).isEqualTo(Verdict.INTE);
		assertThat(draft.kommun().paragraph()).isEqualTo("Av 2 nämnder har 1 lämnat uppföljning för 2025. Utkastet "
				+ "bedömer den interna kontrollen som tillräcklig hos 0, delvis tillräcklig hos 1 och inte tillräcklig "
				+ "hos 1 nämnder. Av 8 kontroller är 6 (75 %) genomförda. 1 av 2 nämnder har lämnat en "
				+ "internkontrollplan; 1 planerad kontroll har inte återrapporterats. 1 nämnd lämnade uppföljning efter "
				+ "sista dag i tidplanen och 1 nämnd saknar en uppföljning vars sista dag har passerat. Utkast till "
				+ "bedömning: Inte tillräcklig, eftersom 50 % av nämnderna bedöms som inte tillräckliga (kriterium: "
				+ "minst 25).");
	}

	@Test
	void letsTheKommunChangeACriterionOrTurnItOffWithoutRebuilding() throws Exception {
		Files.writeString(dir.resolve("bedomning.csv"), "# Vår kommun\nandel_genomförda;< 70;Delvis tillräcklig\n"
				+ "dagar_sen;av;Delvis tillräcklig\n");

		AssessmentRules own = AssessmentRules.load(dir);

		assertThat(own.criteria(true)).extracting(Criterion::swedish)
			.contains("Andel genomförda kontroller (%): under 70 ger Delvis tillräcklig")
			.doesNotContain("Andel genomförda kontroller (%): under 90 ger Delvis tillräcklig",
					"Dagar efter sista dag som uppföljningen kom: minst 1 ger Delvis tillräcklig");
		assertThat(DraftAssessment.of(List.of(socialnamnden()), own).namnder().get(0).conclusion())
			.isEqualTo("Utkast till bedömning: Delvis tillräcklig, eftersom planerade kontroller som inte "
					+ "återrapporterats är 1 (kriterium: minst 1) och ej genomförda kontroller utan åtgärd är 1 "
					+ "(kriterium: minst 1).");
	}

	@Test
	void refusesACriterionThatCannotBeRead() throws Exception {
		Files.writeString(dir.resolve("bedomning.csv"), "andel_genomförda;under 90;Delvis tillräcklig\n");

		assertThatThrownBy(() -> AssessmentRules.load(dir)).hasMessage("bedomning.csv, andel_genomförda: 'under 90' is "
				+ "no condition; write e.g. '>= 1' or '< 90'");
	}
}
