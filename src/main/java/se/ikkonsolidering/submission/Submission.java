package se.ikkonsolidering.submission;

import java.util.List;
import java.util.Optional;

/**
 * A file that was read: a follow-up, or a nämnd's internkontrollplan.
 *
 * @param namnd the register's canonical name, or the name found in the file
 * @param namndInRegister whether the nämnd is in the register
 * @param year the year the follow-up is for
 * @param period the period, when stated
 * @param assessment the nämnd's own overall assessment ("Tillräcklig"), when stated
 * @param layout how the file was read, for the log and the database
 * @param reading how it was read, part by part, for the message and the receipt
 * @param controls the controls, in file order
 * @param kind a follow-up, or the nämnd's internkontrollplan for the year
 */
public record Submission(String namnd, boolean namndInRegister, int year, Optional<Period> period,
		Optional<String> assessment, String layout, Reading reading, List<Control> controls, SubmissionKind kind) {

	public Submission {
		controls = List.copyOf(controls);
	}

	/** The Swedish explanation for inlamningar.csv: how the file was read, and any warnings. */
	public String message() {
		return reading.message();
	}
}
