package se.ikkonsolidering.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** What a status cell's text means by a file's legend. */
class LegendTests {

	private final Legend legend = new Legend(Map.of("g", "Genomförd", "p", "Påbörjad/pågår", "e", "Ej påbörjad"),
			Map.of(), Set.of(), "IK 2025");

	@Test
	void readsACodeByTheLegend() {
		assertThat(legend.meaning("G")).contains("Genomförd");
	}

	/** Round 140: "/A = avvikelse noterad (anges efter koden, t.ex. G/A)". */
	@Test
	void readsACodeWithAMarkAfterASlashThatIsNoCodeAsTheCode() {
		assertThat(legend.meaning("G/A")).contains("Genomförd");
	}

	@Test
	void readsTwoCodesAsNeither() {
		assertThat(legend.meaning("G/P")).isEmpty();
	}

	@Test
	void readsNotApplicableAsNoMarkedCode() {
		Legend yesNo = new Legend(Map.of("j", "Ja", "n", "Nej"), Map.of(), Set.of(), "IK 2025");
		assertThat(yesNo.meaning("N/A")).isEmpty();
	}
}
