package se.ikkonsolidering.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import se.ikkonsolidering.classify.ControlStatus;
import se.ikkonsolidering.classify.Flag;
import se.ikkonsolidering.classify.StatusSource;
import se.ikkonsolidering.submission.Period;

class SwedishNamesTests {

	@Test
	void namesThePeriodInSwedish() {
		assertThat(List.of(SwedishNames.period(Optional.of(Period.HELAR)), SwedishNames.period(Optional.of(Period.DELAR)),
				SwedishNames.period(Optional.empty())))
			.containsExactly("Helår", "Delår", "Ej angiven");
	}

	@Test
	void namesEveryStatusFlagAndSource() {
		assertThat(ControlStatus.values()).allSatisfy(s -> assertThat(SwedishNames.status(s)).isNotBlank());
		assertThat(StatusSource.values()).allSatisfy(s -> assertThat(SwedishNames.source(s)).isNotBlank());
		assertThat(Flag.values()).allSatisfy(f -> assertThat(SwedishNames.flag(f)).isNotBlank());
	}

	@Test
	void namesAFlagAStatusRaisesAsThatStatus() {
		assertThat(SwedishNames.flag(Flag.OKLAR_STATUS)).isEqualTo(SwedishNames.status(ControlStatus.OKLAR))
			.isEqualTo("Oklar status");
		assertThat(SwedishNames.flag(Flag.MOTSAGELSE)).isEqualTo("Status och text säger emot varandra");
	}
}
