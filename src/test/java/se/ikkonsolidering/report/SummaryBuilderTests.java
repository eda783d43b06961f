package se.ikkonsolidering.report;

import static org.assertj.core.api.Assertions.assertThat;
import static se.ikkonsolidering.report.Rows.YEAR;
import static se.ikkonsolidering.report.Rows.named;
import static se.ikkonsolidering.report.Rows.controls;
import static se.ikkonsolidering.report.Rows.read;
import static se.ikkonsolidering.report.Rows.submission;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.ikkonsolidering.store.Outcome;
import se.ikkonsolidering.store.StoredControl;
import se.ikkonsolidering.store.StoredSubmission;

class SummaryBuilderTests {

	private static final List<String> REGISTER = List.of("Kommunstyrelsen", "Socialnämnden", "Kulturnämnden");

	private final StoredSubmission ksHelar = Rows.withAssessment(read(1, "Kommunstyrelsen", "HELAR"), "Tillräcklig");
	private final StoredSubmission snDelar = read(2, "Socialnämnden", "DELAR");
	private final StoredSubmission snHelar = read(3, "Socialnämnden", "HELAR");

	private Summary build(List<StoredSubmission> submissions, List<StoredControl> controls) {
		return SummaryBuilder.build(REGISTER, new YearData(YEAR, submissions, controls), Rows.nothing(YEAR - 1),
				List.of(), LocalDateTime.of(2026, 2, 1, 2, 0));
	}

	private Summary typical() {
		return build(List.of(ksHelar, snDelar, snHelar), typicalControls());
	}

	private List<StoredControl> typicalControls() {
		List<StoredControl> all = new ArrayList<>();
		all.addAll(controls(ksHelar, "GENOMFORD", "GENOMFORD", "GENOMFORD", "DELVIS"));
		all.addAll(controls(snDelar, "EJ_GENOMFORD", "SAKNAS"));
		all.addAll(controls(snHelar, "GENOMFORD", "EJ_GENOMFORD", "OKLAR"));
		all.add(named(snHelar, 4, "Attest", "GENOMFORD", "TEXT", "AVVIKELSE"));
		return all;
	}

	@Test
	void countsOnlyTheControlsOfEachNamndsChosenFile() {
		NamndFigures social = typical().namnder().get(1);

		assertThat(social.counts()).isEqualTo(new StatusCounts(2, 0, 1, 0, 1, 0));
		assertThat(social.period()).isEqualTo("Helår");
	}

	@Test
	void keyFiguresAddUpTheNamnderThatReported() {
		KeyFigures key = typical().key();

		assertThat(key).extracting(KeyFigures::reported, KeyFigures::expected, KeyFigures::deviations)
			.containsExactly(2, 3, 1);
		assertThat(key.counts()).isEqualTo(new StatusCounts(5, 1, 1, 0, 1, 0));
	}

	@Test
	void namndThatSentNothingStandsInTheTableAsNotSubmittedAndRed() {
		NamndFigures kultur = typical().namnder().get(2);

		assertThat(kultur).extracting(NamndFigures::namnd, NamndFigures::submitted, NamndFigures::period,
				NamndFigures::light)
			.containsExactly("Kulturnämnden", false, "Ej inlämnad", TrafficLight.ROD);
	}

	@Test
	void keepsTheNamndsOwnAssessment() {
		assertThat(typical().namnder().get(0).assessment()).isEqualTo("Tillräcklig");
	}

	@Test
	void namndOutsideTheRegisterComesAfterTheRegisteredOnes() {
		StoredSubmission stranger = read(4, "Överförmyndarnämnden", "HELAR");

		Summary summary = build(List.of(stranger, ksHelar), controls(stranger, "GENOMFORD"));

		assertThat(summary.namnder()).extracting(NamndFigures::namnd).containsExactly("Kommunstyrelsen",
				"Socialnämnden", "Kulturnämnden", "Överförmyndarnämnden");
	}

	@Test
	void groupsFlaggedControlsByNamndInTableOrderMostImportantFirst() {
		List<AttentionPage.Group> attention = typical().attentionPage().groups();

		assertThat(attention).extracting(AttentionPage.Group::namnd).containsExactly("Kommunstyrelsen",
				"Socialnämnden");
		assertThat(attention.get(1).shown()).extracting(FlaggedControl::statusLabel)
			.containsExactly("Ej genomförd", "Genomförd", "Oklar status");
		assertThat(attention.get(1).shown().get(1).otherFlags()).containsExactly("Avvikelse rapporterad");
	}

	@Test
	void saysWhereAFlaggedControlStandsInItsFile() {
		FlaggedControl first = typical().attentionPage().groups().get(0).shown().get(0);

		assertThat(first.source()).isEqualTo("kommunstyrelsen-1.xlsx, flik Blad1, rad 9");
	}

	@Test
	void listsAReplacedFileWithTheFileThatReplacedIt() {
		StoredSubmission replaced = submission(5, YEAR, "Kommunstyrelsen", "HELAR", Outcome.ERSATT, 1L);

		Summary summary = build(List.of(ksHelar, replaced), List.of());

		assertThat(summary.submissions()).filteredOn(l -> l.outcome().equals("Ersatt"))
			.singleElement()
			.extracting(SubmissionLine::note)
			.isEqualTo("Ersatt av kommunstyrelsen-1.xlsx.");
	}

	@Test
	void saysOfAReadFileThatDoesNotCountWhichFileDoes() {
		assertThat(typical().submissions()).filteredOn(l -> l.file().equals("socialnämnden-2.xlsx"))
			.singleElement()
			.extracting(SubmissionLine::note)
			.isEqualTo("Räknas inte: sammanställningen bygger på socialnämnden-3.xlsx (Helår).");
	}

	@Test
	void listsEveryRegisterNamndWithoutAFileLast() {
		List<SubmissionLine> lines = typical().submissions();

		assertThat(lines.get(lines.size() - 1)).extracting(SubmissionLine::namnd, SubmissionLine::outcome)
			.containsExactly("Kulturnämnden", "Ej inlämnad");
	}

	@Test
	void showsARejectedOrDuplicateFileAsRejected() {
		StoredSubmission duplicate = submission(6, YEAR, "", "", Outcome.DUBBLETT, null);

		Summary summary = SummaryBuilder.build(REGISTER, new YearData(YEAR, List.of(ksHelar), List.of()),
				Rows.nothing(YEAR - 1), List.of(duplicate), LocalDateTime.of(2026, 2, 1, 2, 0));

		assertThat(summary.submissions().get(1).outcome()).isEqualTo("Avvisad");
	}

	@Test
	void countsWhereTheCountedStatusesCameFrom() {
		assertThat(typical().method()).isEqualTo(new MethodFigures(7, 0, 1, 0, 0));
	}

	@Test
	void marksWhichControlsOfTheCurrentFilesCount() {
		List<ControlLine> lines = new ArrayList<>();
		YearData year = new YearData(YEAR, List.of(ksHelar, snDelar, snHelar), typicalControls());

		ControlRows.of(year.controls(), year.counted()).forEach(lines::add);

		assertThat(lines).hasSize(10).filteredOn(l -> !l.counted())
			.extracting(l -> l.control().submissionId())
			.containsOnly(2L)
			.hasSize(2);
	}
}
