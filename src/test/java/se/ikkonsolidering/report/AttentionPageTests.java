package se.ikkonsolidering.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import se.ikkonsolidering.store.StoredControl;
import se.ikkonsolidering.store.StoredSubmission;

class AttentionPageTests {

	private static FlaggedControl.Group namnd(int number, String... statuses) {
		StoredSubmission file = Rows.read(number, "Nämnd " + number, "HELAR");
		return new FlaggedControl.Group(file.namnd(), Rows.controls(file, statuses));
	}

	private static String[] times(int count, String status) {
		return IntStream.range(0, count).mapToObj(i -> status).toArray(String[]::new);
	}

	@Test
	void putsWhatWasNotDoneFirstThenDeviationsThenContradictionsThenMissingThenPartlyDone() {
		StoredSubmission file = Rows.read(1, "Socialnämnden", "HELAR");
		List<StoredControl> controls = List.of(Rows.control(file, 1, "DELVIS", "DELVIS"),
				Rows.control(file, 2, "SAKNAS", "SAKNAS"), Rows.control(file, 3, "GENOMFORD", "MOTSAGELSE"),
				Rows.control(file, 4, "GENOMFORD", "AVVIKELSE"), Rows.control(file, 5, "EJ_GENOMFORD", "EJ_GENOMFORD"),
				Rows.control(file, 6, "OKLAR", "OKLAR_STATUS"), Rows.control(file, 7, "GENOMFORD", "FOLJER_EJ_PLAN"));

		AttentionPage page = AttentionPage.of(List.of(new FlaggedControl.Group("Socialnämnden", controls)), List.of());

		assertThat(page.groups().get(0).shown()).extracting(FlaggedControl::source)
			.extracting(source -> source.substring(source.lastIndexOf(' ') + 1))
			.containsExactly("10", "12", "9", "8", "7", "11", "6");
	}

	@Test
	void showsAtMostTenOfANamnd() {
		AttentionPage page = AttentionPage.of(List.of(namnd(1, times(25, "DELVIS"))), List.of());

		assertThat(page.groups().get(0)).extracting(g -> g.shown().size(), AttentionPage.Group::flagged,
				AttentionPage.Group::omitted)
			.containsExactly(10, 25, 15);
	}

	@Test
	void showsAtMostFiftyInAllEachNamndsWorstBeforeAnyNamndsSecond() {
		List<FlaggedControl.Group> groups = new ArrayList<>();
		for (int n = 1; n <= 150; n++) {
			groups.add(n % 2 == 0 ? namnd(n, "DELVIS", "DELVIS") : namnd(n, "EJ_GENOMFORD", "DELVIS"));
		}

		AttentionPage page = AttentionPage.of(groups, List.of());

		// The not-done controls of the 75 odd nämnder come first; the first 50 of them in the table get the room.
		assertThat(page.groups()).hasSize(50).allSatisfy(g -> assertThat(g.shown()).hasSize(1));
		assertThat(page.groups()).extracting(AttentionPage.Group::namnd)
			.startsWith("Nämnd 1", "Nämnd 3")
			.endsWith("Nämnd 99");
		assertThat(page.omittedNamnder()).isEqualTo(100);
		assertThat(page.omittedControls()).isEqualTo(200);
	}

	@Test
	void givesRoomFirstToTheNamnderWithTheLowestShareDone() {
		List<FlaggedControl.Group> groups = new ArrayList<>();
		List<NamndFigures> namnder = new ArrayList<>();
		// In the table the nämnd with the highest share done comes first.
		for (int n = 120; n >= 1; n--) {
			groups.add(namnd(n, "EJ_GENOMFORD"));
			namnder.add(new NamndFigures("Nämnd " + n, true, java.util.Optional.of(Rows.read(n, "Nämnd " + n, "HELAR")),
					new StatusCounts(n, 1, 1, 0, 0, 0), 0, TrafficLight.GUL));
		}

		AttentionPage page = AttentionPage.of(groups, namnder);

		assertThat(page.groups()).extracting(AttentionPage.Group::namnd).startsWith("Nämnd 50").endsWith("Nämnd 1");
		assertThat(page.omittedNamnder()).isEqualTo(70);
	}

	@Test
	void showsEveryFlaggedControlOfAFewNamnder() {
		AttentionPage page = AttentionPage.of(List.of(namnd(1, "EJ_GENOMFORD", "SAKNAS"), namnd(2, "OKLAR")), List.of());

		assertThat(page.groups()).extracting(AttentionPage.Group::omitted).containsExactly(0, 0);
		assertThat(page.omittedNamnder()).isZero();
	}
}
