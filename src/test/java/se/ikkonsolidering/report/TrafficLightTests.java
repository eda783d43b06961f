package se.ikkonsolidering.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TrafficLightTests {

	@Test
	void isGreenAtNinetyPercentDoneWithNothingNotDoneOrMissing() {
		assertThat(TrafficLight.judge(new StatusCounts(9, 1, 0, 0, 0, 0))).isEqualTo(TrafficLight.GRON);
	}

	@Test
	void isYellowJustBelowNinetyPercentEvenWhenTheRoundedShareLooksLikeNinety() {
		assertThat(TrafficLight.judge(new StatusCounts(179, 21, 0, 0, 0, 0))).isEqualTo(TrafficLight.GUL);
	}

	@Test
	void isYellowWhenOneControlIsNotDoneHoweverManyAreDone() {
		assertThat(TrafficLight.judge(new StatusCounts(99, 0, 1, 0, 0, 0))).isEqualTo(TrafficLight.GUL);
	}

	@Test
	void isYellowWhenStatusesAreUnclear() {
		assertThat(TrafficLight.judge(new StatusCounts(5, 0, 0, 0, 5, 0))).isEqualTo(TrafficLight.GUL);
	}

	@Test
	void isRedFromAQuarterNotDoneOrMissing() {
		assertThat(TrafficLight.judge(new StatusCounts(3, 0, 0, 1, 0, 0))).isEqualTo(TrafficLight.ROD);
		assertThat(TrafficLight.judge(new StatusCounts(6, 0, 1, 1, 0, 0))).isEqualTo(TrafficLight.ROD);
	}

	@Test
	void isYellowJustBelowAQuarterNotDone() {
		assertThat(TrafficLight.judge(new StatusCounts(76, 0, 24, 0, 0, 0))).isEqualTo(TrafficLight.GUL);
	}

	@Test
	void isRedForAFileWithoutControls() {
		assertThat(TrafficLight.judge(StatusCounts.NONE)).isEqualTo(TrafficLight.ROD);
	}

	@Test
	void isRedForANamndThatSentNothing() {
		assertThat(NamndFigures.notSubmitted("Kulturnämnden", true).light()).isEqualTo(TrafficLight.ROD);
	}

	@Test
	void statesItsThresholdsOnThePage() {
		assertThat(TrafficLight.RULE).contains("minst 90 %").contains("minst 25 %").startsWith("Grön:");
	}
}
