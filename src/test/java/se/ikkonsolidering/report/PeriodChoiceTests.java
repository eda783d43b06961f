package se.ikkonsolidering.report;

import static org.assertj.core.api.Assertions.assertThat;
import static se.ikkonsolidering.report.Rows.read;
import static se.ikkonsolidering.report.Rows.submission;

import java.util.List;

import org.junit.jupiter.api.Test;

import se.ikkonsolidering.store.Outcome;
import se.ikkonsolidering.store.StoredSubmission;

class PeriodChoiceTests {

	@Test
	void helarWinsOverDelarWhereBothExist() {
		StoredSubmission delar = read(1, "Socialnämnden", "DELAR");
		StoredSubmission helar = read(2, "Socialnämnden", "HELAR");

		assertThat(PeriodChoice.perNamnd(List.of(delar, helar))).containsEntry("Socialnämnden", helar).hasSize(1);
	}

	@Test
	void laterPeriodWinsWhateverOrderTheFilesCameIn() {
		StoredSubmission helar = read(1, "Socialnämnden", "HELAR");
		StoredSubmission t2 = read(2, "Socialnämnden", "T2");

		assertThat(PeriodChoice.perNamnd(List.of(helar, t2))).containsEntry("Socialnämnden", helar);
	}

	@Test
	void replacedFileNeverCountsEvenForALaterPeriod() {
		StoredSubmission delar = read(1, "Socialnämnden", "DELAR");
		StoredSubmission replaced = submission(2, Rows.YEAR, "Socialnämnden", "HELAR", Outcome.ERSATT, 3L);

		assertThat(PeriodChoice.perNamnd(List.of(delar, replaced))).containsEntry("Socialnämnden", delar);
	}

	@Test
	void laterFileWinsBetweenTwoCurrentFilesOfTheSamePeriod() {
		StoredSubmission first = read(1, "Socialnämnden", "HELAR");
		StoredSubmission second = read(2, "Socialnämnden", "HELAR");

		assertThat(PeriodChoice.perNamnd(List.of(second, first))).containsEntry("Socialnämnden", second);
	}

	@Test
	void fileWithoutPeriodLosesToOneWithAPeriod() {
		StoredSubmission t1 = read(1, "Socialnämnden", "T1");
		StoredSubmission undated = read(2, "Socialnämnden", "");

		assertThat(PeriodChoice.perNamnd(List.of(t1, undated))).containsEntry("Socialnämnden", t1);
	}

	@Test
	void rejectedAndDuplicateFilesAreNeverChosen() {
		StoredSubmission rejected = submission(1, Rows.YEAR, "Socialnämnden", "HELAR", Outcome.AVVISAD, null);
		StoredSubmission duplicate = submission(2, Rows.YEAR, "Kulturnämnden", "HELAR", Outcome.DUBBLETT, null);

		assertThat(PeriodChoice.perNamnd(List.of(rejected, duplicate))).isEmpty();
	}

	@Test
	void choosesForEachNamndOnItsOwn() {
		StoredSubmission social = read(1, "Socialnämnden", "DELAR");
		StoredSubmission kultur = read(2, "Kulturnämnden", "HELAR");

		assertThat(PeriodChoice.perNamnd(List.of(social, kultur))).containsOnlyKeys("Socialnämnden", "Kulturnämnden");
	}
}
