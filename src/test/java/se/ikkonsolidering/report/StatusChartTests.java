package se.ikkonsolidering.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class StatusChartTests {

	private static NamndFigures reported(StatusCounts counts) {
		return new NamndFigures("Socialnämnden", true, Optional.of(Rows.read(1, "Socialnämnden", "HELAR")),
				counts, 0, TrafficLight.judge(counts));
	}

	private static StatusChart.Bar onlyBar(NamndFigures namnd) {
		return StatusChart.of(List.of(namnd)).parts().get(0).bars().get(0);
	}

	@Test
	void stacksTheStatusesInTrafficLightOrderAcrossTheWholeBar() {
		StatusChart.Bar bar = onlyBar(reported(new StatusCounts(2, 1, 0, 0, 1, 0)));

		assertThat(bar.segments()).extracting(StatusChart.Segment::count).containsExactly(2, 1, 1);
		assertThat(bar.segments().stream().mapToDouble(StatusChart.Segment::width).sum())
			.isCloseTo(StatusChart.BAR_WIDTH, within(0.05));
		assertThat(bar.end()).isEqualTo("4 st");
	}

	@Test
	void saysWhenANamndSentNothing() {
		StatusChart.Bar bar = onlyBar(NamndFigures.notSubmitted("Kulturnämnden", true));

		assertThat(bar.segments()).isEmpty();
		assertThat(bar.end()).isEqualTo("Ej inlämnad");
	}

	@Test
	void describesEachPartsBarsInWordsForThoseWhoCannotSeeThem() {
		StatusChart chart = StatusChart.of(List.of(reported(new StatusCounts(2, 1, 0, 0, 1, 0)),
				NamndFigures.notSubmitted("Kulturnämnden", true)));

		assertThat(chart.parts().get(0).description()).isEqualTo("Stapeldiagram, status per nämnd: Socialnämnden, "
				+ "4 kontroller: genomförd 2, delvis genomförd 1, oklar status 1; Kulturnämnden: ej inlämnad.");
	}

	@Test
	void shortensALongNameButKeepsItWhole() {
		NamndFigures longName = NamndFigures.notSubmitted("Stadsbyggnads- och miljöförvaltningens myndighetsnämnd",
				true);

		StatusChart.Bar bar = onlyBar(longName);

		assertThat(bar.label()).hasSize(StatusChart.LABEL_CHARS).endsWith("…");
		assertThat(bar.namnd()).isEqualTo(longName.namnd());
	}

	@Test
	void drawsOnlyTheThirtyNamnderWithTheLowestShareDoneWhenThereAreMore() {
		List<NamndFigures> namnder = new java.util.ArrayList<>(IntStream.rangeClosed(1, 40)
			.mapToObj(i -> new NamndFigures("Nämnd " + i, true, Optional.of(Rows.read(i, "Nämnd " + i, "HELAR")),
					new StatusCounts(i, 40 - i, 0, 0, 0, 0), 0, TrafficLight.GUL))
			.toList());
		namnder.add(NamndFigures.notSubmitted("Kulturnämnden", true));

		StatusChart chart = StatusChart.of(namnder);

		assertThat(chart.drawn()).isEqualTo(StatusChart.MAX_BARS);
		assertThat(chart.omitted()).isEqualTo(11);
		assertThat(chart.parts().get(0).bars()).extracting(StatusChart.Bar::namnd).startsWith("Nämnd 1", "Nämnd 2");
		assertThat(chart.parts().get(2).bars()).extracting(StatusChart.Bar::namnd).endsWith("Nämnd 30");
	}

	@Test
	void drawsAChartOfManyNamnderInPartsThatEachStartAtTheTop() {
		List<NamndFigures> namnder = IntStream.rangeClosed(1, 25)
			.mapToObj(i -> NamndFigures.notSubmitted("Nämnd " + i, true))
			.toList();

		StatusChart chart = StatusChart.of(namnder);

		assertThat(chart.parts()).extracting(p -> p.bars().size()).containsExactly(10, 10, 5);
		assertThat(chart.parts()).allSatisfy(p -> assertThat(p.bars().get(0).y()).isEqualTo(4));
		assertThat(chart.parts().get(2).height()).isEqualTo(5 * StatusChart.ROW);
		assertThat(chart.parts().get(0).bars()).extracting(StatusChart.Bar::namnd).startsWith("Nämnd 1", "Nämnd 2");
		assertThat(chart.parts().get(2).bars()).extracting(StatusChart.Bar::namnd).endsWith("Nämnd 25");
	}
}
