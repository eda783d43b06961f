package se.ikkonsolidering.submission;

import java.util.List;
import java.util.Optional;

import se.ikkonsolidering.classify.ControlStatus;
import se.ikkonsolidering.ingest.FileFormat;
import se.ikkonsolidering.ingest.FileRejectedException;

/**
 * A Word 97–2003 document keeps its cell shading from the reader when LibreOffice saved it, so a status given only by
 * colour would read as nothing reported. Said in the message when some controls have no status, and the file sent
 * back when none has: a misread status must not go unnoticed.
 */
final class WordNinetySeven {

	private static final String ADVICE = "Öppna filen i Word, välj Arkiv > Spara som > Word-dokument (*.docx) och skicka "
			+ "den nya filen.";

	private WordNinetySeven() {
	}

	/** Refuses a .doc follow-up none of whose controls has a status in words, ticks or text. */
	static void refuseIfNothingInWords(FileFormat format, List<Control> controls) {
		if (format == FileFormat.DOC && !controls.isEmpty() && blank(controls) == controls.size()) {
			throw new FileRejectedException("Word-dokumentet i det gamla formatet (.doc, Word 97–2003) redovisar ingen "
					+ "status i text eller kryss, och cellfärger går inte att läsa säkert ur det formatet.", ADVICE);
		}
	}

	/** The warning for a .doc follow-up some of whose controls have no status. */
	static Optional<String> note(FileFormat format, List<Control> controls) {
		long blank = blank(controls);
		return format != FileFormat.DOC || blank == 0 ? Optional.empty()
				: Optional.of("Word 97–2003 (.doc): cellfärger går inte att läsa säkert ur formatet; " + blank
						+ (blank == 1 ? " kontroll saknar" : " kontroller saknar")
						+ " status, och anges status med färg behövs filen som .docx");
	}

	private static long blank(List<Control> controls) {
		return controls.stream().filter(c -> c.decision().status() == ControlStatus.SAKNAS).count();
	}
}
