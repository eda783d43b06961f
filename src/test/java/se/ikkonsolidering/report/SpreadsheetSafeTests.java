package se.ikkonsolidering.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SpreadsheetSafeTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
			=SUM(A1:A2)   | '=SUM(A1:A2)
			+46 8 123 45  | '+46 8 123 45
			-2+3          | '-2+3
			-A1           | '-A1
			@cmd          | '@cmd
			-             | -
			- Rutinen är uppdaterad. | - Rutinen är uppdaterad.
			Genomförd     | Genomförd
			""")
	void neutralisesOnlyWhatASpreadsheetWouldRunAsAFormula(String cell, String exported) {
		assertThat(SpreadsheetSafe.text(cell)).isEqualTo(exported);
	}
}
