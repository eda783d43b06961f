package se.ikkonsolidering.store;

import java.util.Objects;
import java.util.Optional;

import se.ikkonsolidering.classify.ControlStatus;
import se.ikkonsolidering.submission.Period;

/**
 * A correction of the economy office, as read from its workbook: for one control (its file's SHA-256, sheet and the
 * row it starts on) the status that counts, or that the row is no control; or for a whole file (no sheet, row 0) the
 * nämnd, year or period that count. Keyed by the file's content, so it holds for the same file read again.
 *
 * @param fileName the file's name as the workbook gives it, for messages
 * @param comment the economy office's reason, shown beside the correction
 * @param signature who made it
 */
public record Correction(String sha256, String sheet, int row, String fileName, Optional<ControlStatus> status,
		boolean notAControl, Optional<String> namnd, Optional<Integer> year, Optional<Period> period, String comment,
		String signature) {

	public Correction {
		Objects.requireNonNull(sha256);
		Objects.requireNonNull(sheet);
		if ((row == 0) != sheet.isEmpty()) {
			throw new IllegalArgumentException("a control's correction has a sheet and a row, a file's neither");
		}
		if (status.isPresent() && notAControl) {
			throw new IllegalArgumentException("a row is either no control or has a status");
		}
	}

	/** A whole file's nämnd, year or period, rather than one control. */
	public boolean wholeFile() {
		return row == 0;
	}

	public Key key() {
		return new Key(sha256, sheet, row);
	}

	/** What a correction is of: a control of a file ({@code sha256}, sheet, row), or a whole file (no sheet, row 0). */
	public record Key(String sha256, String sheet, int row) {
	}
}
