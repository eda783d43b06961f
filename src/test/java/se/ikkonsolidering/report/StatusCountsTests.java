package se.ikkonsolidering.report;

import static org.assertj.core.api.Assertions.assertThat;
import static se.ikkonsolidering.classify.ControlStatus.DELVIS;
import static se.ikkonsolidering.classify.ControlStatus.EJ_GENOMFORD;
import static se.ikkonsolidering.classify.ControlStatus.GENOMFORD;
import static se.ikkonsolidering.classify.ControlStatus.OKLAR;
import static se.ikkonsolidering.classify.ControlStatus.SAKNAS;

import java.util.List;

import org.junit.jupiter.api.Test;

class StatusCountsTests {

	@Test
	void countsEachStatusOnce() {
		StatusCounts counts = StatusCounts.of(List.of(GENOMFORD, GENOMFORD, DELVIS, EJ_GENOMFORD, SAKNAS, OKLAR, OKLAR));

		assertThat(counts).isEqualTo(new StatusCounts(2, 1, 1, 1, 2, 0));
		assertThat(counts.total()).isEqualTo(7);
		assertThat(counts.notDone()).isEqualTo(2);
	}

	@Test
	void shareDoneIsWholePercentRoundedDown() {
		StatusCounts counts = StatusCounts.of(List.of(GENOMFORD, GENOMFORD, DELVIS));

		assertThat(counts.percentDone()).isEqualTo(66);
	}

	@Test
	void sharesOfNoControlsAreZero() {
		assertThat(StatusCounts.NONE.percentDone()).isZero();
	}

	@Test
	void addsUpAcrossNamnder() {
		assertThat(new StatusCounts(1, 2, 3, 4, 5, 0).plus(new StatusCounts(5, 4, 3, 2, 1, 0)))
			.isEqualTo(new StatusCounts(6, 6, 6, 6, 6, 0));
	}
}
