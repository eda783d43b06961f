package se.ikkonsolidering.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PercentTests {

	@Test
	void sharesOfAWholeAddUpToAHundredWhereRoundingDownLeftNinetyEight() {
		// 14, 1, 1, 2, 1 of 19 rounded down: 73 + 5 + 5 + 10 + 5 = 98.
		assertThat(Percent.largestRemainder(14, 1, 1, 2, 1)).containsExactly(74, 5, 5, 11, 5);
	}

	@Test
	void givesTheMissingPointsToThePartsThatLostMostByRounding() {
		// 1/3 each: equal remainders, so the earlier parts take the missing point.
		assertThat(Percent.largestRemainder(1, 1, 1)).containsExactly(34, 33, 33);
		assertThat(Percent.largestRemainder(2, 1, 0)).containsExactly(67, 33, 0);
	}

	@Test
	void leavesAnAbsentPartAtZero() {
		assertThat(Percent.largestRemainder(0, 3, 0, 0, 4)).containsExactly(0, 43, 0, 0, 57);
	}

	@Test
	void sharesOfNothingAreAllZero() {
		assertThat(Percent.largestRemainder(0, 0, 0)).containsExactly(0, 0, 0);
	}

	@Test
	void aShareJudgedAgainstAThresholdIsRoundedDown() {
		assertThat(Percent.floor(896, 1000)).isEqualTo(89);
	}
}
