package se.ikkonsolidering.classify;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ColourRulesTests {

	private final ColourRules colours = ColourRules.load(null);

	@ParameterizedTest(name = "{0} → {1}")
	@CsvSource({ "92D050, GENOMFORD", "00B050, GENOMFORD", "C6EFCE, GENOMFORD", "FFFF00, DELVIS", "FFC000, DELVIS",
			"FFEB9C, DELVIS", "FF0000, EJ_GENOMFORD", "FFC7CE, EJ_GENOMFORD", "F00000, EJ_GENOMFORD", "C00000, EJ_GENOMFORD" })
	void readsTrafficLightFills(String rgb, ControlStatus expected) {
		assertThat(colours.classify(rgb)).get().extracting(ColourRules.ColourVerdict::status).isEqualTo(expected);
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "FFFFFF", "D9D9D9", "BDD7EE", "4472C4", "000000" })
	void ignoresFillsThatAreNoTrafficLight(String rgb) {
		assertThat(colours.classify(rgb)).isEmpty();
	}
}
