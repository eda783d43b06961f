package se.ikkonsolidering.report;

import java.util.List;

import se.ikkonsolidering.store.StoredSubmission;

/**
 * What the summary's Inlämningar section marks a file with: <em>kontrollera</em> and why, a link to its receipt, and
 * what the economy office corrected in it.
 *
 * @param checks why the file's reading should be checked; empty when nothing calls for it
 * @param receipt the receipt's address relative to the summary; empty for a file that was not read
 * @param correction "Manuellt rättad: …" when the economy office corrected the file; else empty
 */
record FileMarks(List<String> checks, String receipt, String correction) {

	static final FileMarks NONE = new FileMarks(List.of(), "", "");

	FileMarks {
		checks = List.copyOf(checks);
	}

	static FileMarks of(FileNotes notes, StoredSubmission s) {
		return new FileMarks(notes.checks(s), notes.receipt(s), notes.correction(s).orElse(""));
	}

	/** "nämnden finns inte i nämndregistret; statusen lästes med filens teckenförklaring". */
	public String checkText() {
		return String.join("; ", checks);
	}
}
