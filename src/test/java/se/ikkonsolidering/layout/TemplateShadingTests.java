package se.ikkonsolidering.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

import org.junit.jupiter.api.Test;

/** The template's shading of the cells to fill in is no status colour. */
class TemplateShadingTests {

	private static final TableLayout LAYOUT = new TableLayout(1, Map.of(Field.KONTROLLMOMENT, 0, Field.STATUS, 1,
			Field.RESULTAT, 2), Map.of(Field.KONTROLLMOMENT, "Kontrollmoment", Field.STATUS, "Status", Field.RESULTAT,
					"Kommentar"), Map.of());

	private static final BiFunction<TableLayout, Field, String> NO_HEADING_FILL = (layout, field) -> null;

	private static ControlRow row(int row, String status, String resultFill) {
		return new ControlRow("IKP 2025", row, row, status.isEmpty()
				? Map.of(Field.KONTROLLMOMENT, "Kontroll " + row)
				: Map.of(Field.KONTROLLMOMENT, "Kontroll " + row, Field.STATUS, status), List.of(), List.of(resultFill),
				LAYOUT);
	}

	/** Round 122: every comment cell pale yellow, beside statuses that differ and one left blank. */
	@Test
	void leavesOutAFillEveryResultCellHasBesideStatusWordsThatDiffer() {
		List<ControlRow> read = TemplateShading.leftOut(List.of(row(2, "Genomförd", "FFF2CC"),
				row(3, "Påbörjad", "FFF2CC"), row(4, "", "FFF2CC")), NO_HEADING_FILL);
		assertThat(read).allSatisfy(c -> assertThat(c.resultFills()).isEmpty());
	}

	@Test
	void keepsFillsThatDifferFromControlToControl() {
		List<ControlRow> read = TemplateShading.leftOut(List.of(row(2, "Genomförd", "00B050"),
				row(3, "Påbörjad", "FFFF00"), row(4, "", "FF0000")), NO_HEADING_FILL);
		assertThat(read).extracting(ControlRow::resultFills).containsExactly(List.of("00B050"), List.of("FFFF00"),
				List.of("FF0000"));
	}

	/** Round 138: a plan's "Utfall T2 2025" column shaded yellow, its heading too, and no status column. */
	@Test
	void leavesOutTheFillOfAColumnShadedAsItsHeadingWithoutAStatusColumn() {
		List<ControlRow> read = TemplateShading.leftOut(List.of(row(2, "", "FFFF99"), row(3, "", "FFFF99"),
				row(4, "", "FFFF99")), (layout, field) -> field == Field.RESULTAT ? "FFFF99" : null);
		assertThat(read).allSatisfy(c -> assertThat(c.resultFills()).isEmpty());
	}

	@Test
	void keepsOneFillOfEveryControlWithoutAStatusColumnWhenItsHeadingIsNotShadedSo() {
		List<ControlRow> read = TemplateShading.leftOut(List.of(row(2, "", "00B050"), row(3, "", "00B050"),
				row(4, "", "00B050")), (layout, field) -> field == Field.RESULTAT ? "D9D9D9" : null);
		assertThat(read).extracting(ControlRow::resultFills).containsOnly(List.of("00B050"));
	}
}
