package se.ikkonsolidering.correction;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import se.ikkonsolidering.store.Correction;

/**
 * What a run made of the corrections: those in force, those that correct nothing, the workbook's lines that could
 * not be used, or why the workbook could not be read at all.
 *
 * @param file the corrections workbook
 * @param unreadable why the workbook could not be read, in Swedish; empty when it was read or is not there
 * @param problems the workbook's lines that could not be used
 * @param inForce every correction in force after this run
 * @param unmatched those of them that correct nothing
 * @param readAt when the workbook was last modified as it was read ({@link Files#getLastModifiedTime}), in
 *        milliseconds; 0 when it was not read
 */
public record CorrectionRun(Path file, Optional<String> unreadable, List<CorrectionProblem> problems,
		List<Correction> inForce, List<Unmatched> unmatched, long readAt) {

	public CorrectionRun {
		problems = List.copyOf(problems);
		inForce = List.copyOf(inForce);
		unmatched = List.copyOf(unmatched);
	}

	/**
	 * Whether a new workbook may be written to {@code target}: always, unless it is the corrections workbook and
	 * could not be read, or was saved again since it was read (the economy office's edits would be lost).
	 */
	public boolean mayOverwrite(Path target) {
		if (!target.toAbsolutePath().normalize().equals(file.toAbsolutePath().normalize()) || !Files.exists(file)) {
			return true;
		}
		try {
			return unreadable.isEmpty() && Files.getLastModifiedTime(file).toMillis() == readAt;
		}
		catch (IOException ex) {
			return false;
		}
	}
}
