package se.ikkonsolidering.submission;

/**
 * Something about a file's reading that someone should look at: the warning the message gives, and the short reason
 * the file is marked <em>kontrollera</em> for.
 *
 * @param warning the whole warning, "VARNING: …", with what to do
 * @param check why the reading should be checked, in a few words ("nämnden finns inte i nämndregistret")
 */
record Notice(String warning, String check) {

	/** Whether the notice is about the file's nämnd, which a file split by its Nämnd column states per row instead. */
	boolean aboutNamnd() {
		return check.contains("nämnd");
	}
}
