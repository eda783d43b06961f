package se.ikkonsolidering.ingest.internal;

import java.util.regex.Pattern;

/** A cell note's text as the sender wrote it, without the "Maria Lind:" line Excel opens a note with. */
final class NoteText {

	private static final Pattern AUTHOR_LINE = Pattern.compile("^[^\\n:]{1,40}:\\s*\\n");

	private NoteText() {
	}

	static String withoutAuthor(String text) {
		return AUTHOR_LINE.matcher(text.strip()).replaceFirst("").strip();
	}
}
