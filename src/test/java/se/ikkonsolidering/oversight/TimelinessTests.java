package se.ikkonsolidering.oversight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static se.ikkonsolidering.oversight.Stored.followUp;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import se.ikkonsolidering.store.Outcome;
import se.ikkonsolidering.store.StoredSubmission;
import se.ikkonsolidering.submission.Period;
import se.ikkonsolidering.submission.SubmissionKind;

class TimelinessTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 2, 12);

	private static final Tidplan TIDPLAN = new Tidplan(List.of(new Deadline(Period.T2, 2025, LocalDate.of(2025, 9, 30),
			"", 2), new Deadline(Period.HELAR, 2025, LocalDate.of(2026, 1, 31), "", 3),
			new Deadline(Period.HELAR, 2025, LocalDate.of(2026, 2, 20), "Kulturnämnden", 4)));

	private static StoredSubmission at(long id, String namnd, String period, int month, int day) {
		return followUp(id, namnd, period, LocalDateTime.of(month > 6 ? 2025 : 2026, month, day, 2, 0));
	}

	private static List<String> judge(String namnd, List<StoredSubmission> files) {
		return Timeliness.of(namnd, 2025, TIDPLAN, files, TODAY).stream().map(Timeliness::withDeadline).toList();
	}

	@Test
	void saysOnTimeLateOrMissingPerPeriod() {
		assertThat(judge("Socialnämnden", List.of(at(1, "Socialnämnden", "T2", 9, 30),
				at(2, "Socialnämnden", "HELAR", 2, 3))))
			.containsExactly("i tid (T2, sista dag 2025-09-30)", "3 dagar sen (Helår, sista dag 2026-01-31)");
		assertThat(judge("Tekniska nämnden", List.of()))
			.containsExactly("saknas, 135 dagar efter sista dag (T2, sista dag 2025-09-30)",
					"saknas, 12 dagar efter sista dag (Helår, sista dag 2026-01-31)");
	}

	@Test
	void judgesByTheNamndsOwnLastDayWhereTheTidplanGivesOne() {
		assertThat(judge("Kulturnämnden", List.of(at(1, "Kulturnämnden", "HELAR", 2, 10))))
			.containsExactly("saknas, 135 dagar efter sista dag (T2, sista dag 2025-09-30)",
					"i tid (Helår, sista dag 2026-02-20)");
		assertThat(judge("Kulturnämnden", List.of())).last().isEqualTo("Helår: sista dag 2026-02-20 har inte passerat");
	}

	@Test
	void judgesThePeriodByTheFirstFileSeenNotByALateCorrection() {
		StoredSubmission first = at(1, "Socialnämnden", "HELAR", 1, 30);
		StoredSubmission replaced = new StoredSubmission(first.id(), 1L, first.fileName(), "sha1", 100, first.namnd(),
				true, 2025, first.period(), null, "", Outcome.ERSATT, "", 0, first.receivedAt(), 2L, null, first.read(),
				first.kind());
		StoredSubmission correction = at(2, "Socialnämnden", "HELAR", 2, 10);

		assertThat(Timeliness.of("Socialnämnden", 2025, TIDPLAN, List.of(replaced, correction), TODAY))
			.filteredOn(t -> t.deadline().period() == Period.HELAR)
			.extracting(Timeliness::state, t -> t.first().map(StoredSubmission::id))
			.containsExactly(tuple(Timeliness.State.ON_TIME, Optional.of(1L)));
		assertThat(Timeliness.ofFile(correction, TIDPLAN)).isEqualTo("10 dagar sen (Helår, sista dag 2026-01-31)");
	}

	@Test
	void takesAFileWithoutPeriodForTheOnlyPeriodOfTheTidplan() {
		Tidplan helarOnly = new Tidplan(List.of(new Deadline(Period.HELAR, 2025, LocalDate.of(2026, 1, 31), "", 2)));
		StoredSubmission noPeriod = at(1, "Socialnämnden", "", 1, 31);

		assertThat(Timeliness.ofFile(noPeriod, helarOnly)).isEqualTo("i tid (Helår, sista dag 2026-01-31)");
		assertThat(Timeliness.ofFile(noPeriod, TIDPLAN))
			.isEqualTo("filen anger ingen period och tidplanen har flera; jämförs inte");
		assertThat(judge("Socialnämnden", List.of(noPeriod))).containsExactly(
				"T2: uppföljningen anger ingen period och kan inte jämföras med sista dag 2025-09-30",
				"Helår: uppföljningen anger ingen period och kan inte jämföras med sista dag 2026-01-31");
		assertThat(Reminders.due(TIDPLAN, List.of("Socialnämnden"), year -> List.of(noPeriod), TODAY)).isEmpty();
	}

	@Test
	void saysWhenTheTidplanHasNoLastDayForTheFilesPeriod() {
		assertThat(Timeliness.ofFile(at(1, "Socialnämnden", "DELAR", 9, 1), TIDPLAN))
			.isEqualTo("ingen sista dag för Delår 2025 i tidplanen");
		assertThat(Timeliness.ofFile(at(1, "Socialnämnden", "DELAR", 9, 1), Tidplan.NONE)).isEmpty();
		StoredSubmission lastYear = new StoredSubmission(3, 1L, "ks 2024.xlsx", "sha3", 1, "Kommunstyrelsen", true,
				2024, Optional.empty(), null, "", Outcome.INLAST, "", 1, LocalDateTime.of(2025, 1, 20, 2, 0), null, null,
				new StoredSubmission.ReadAs("Kommunstyrelsen", 2024, Optional.empty()), SubmissionKind.FOLLOW_UP);
		assertThat(Timeliness.ofFile(lastYear, TIDPLAN)).isEqualTo("ingen sista dag för 2024 i tidplanen");
	}

	@Test
	void remindsOfTheNamnderWhoseLastDayHasPassedWithoutAFollowUp() {
		List<Reminders.Reminder> due = Reminders.due(TIDPLAN, List.of("Socialnämnden", "Kulturnämnden"),
				year -> List.of(at(1, "Socialnämnden", "T2", 9, 1), at(2, "Socialnämnden", "HELAR", 1, 20)), TODAY);

		assertThat(due).extracting(Reminders.Reminder::namnd, r -> r.deadline().period(), Reminders.Reminder::days)
			.containsExactly(tuple("Kulturnämnden", Period.T2, 135L));
	}

	@Test
	void remindsOfNoPeriodALaterFollowUpHasCovered() {
		List<Reminders.Reminder> due = Reminders.due(TIDPLAN, List.of("Socialnämnden"),
				year -> List.of(at(1, "Socialnämnden", "HELAR", 1, 20)), TODAY);

		assertThat(due).isEmpty();
		assertThat(judge("Socialnämnden", List.of(at(1, "Socialnämnden", "HELAR", 1, 20))))
			.first().isEqualTo("saknas, 135 dagar efter sista dag (T2, sista dag 2025-09-30)");
	}

	@Test
	void remindsOnlyOfTheYearOfTheLatestLastDayThatHasPassed() {
		Tidplan twoYears = new Tidplan(List.of(new Deadline(Period.HELAR, 2025, LocalDate.of(2026, 1, 31), "", 2),
				new Deadline(Period.T1, 2026, LocalDate.of(2026, 5, 15), "", 3)));

		assertThat(Reminders.due(twoYears, List.of("Socialnämnden"), year -> List.of(), LocalDate.of(2026, 5, 20)))
			.extracting(r -> r.deadline().year(), r -> r.deadline().period()).containsExactly(tuple(2026, Period.T1));
	}
}
