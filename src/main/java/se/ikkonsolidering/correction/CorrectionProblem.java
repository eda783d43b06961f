package se.ikkonsolidering.correction;

import java.util.EnumMap;
import java.util.Map;

/**
 * A line of the corrections workbook that could not be used, in Swedish; the correction in force for its control or
 * file, if any, stays. Its cells are kept, so the workbook the job writes next shows the line as the economy office
 * left it, to be put right there.
 *
 * @param row the row's number in the workbook
 * @param cells the line's cells as written; empty when there is nothing to keep (a second line for the same control)
 */
public record CorrectionProblem(int row, String message, Map<CorrectionColumn, String> cells) {

	public CorrectionProblem {
		cells = cells.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(cells));
	}

	/** "Rad 12: 'Klar' i Rätt status är ingen status; …". */
	public String text() {
		return "Rad " + row + ": " + message;
	}
}
