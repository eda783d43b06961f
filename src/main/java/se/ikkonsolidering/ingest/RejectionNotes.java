package se.ikkonsolidering.ingest;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * The Swedish a sender reads about a file that was not read, beside {@link FileRejectedException}: the
 * {@code .fel.txt} the file is moved with, and the reasons that come from outside the file's content (a duplicate,
 * the disk, a fault of our own), and why a file is left in the inbox.
 */
public final class RejectionNotes {

	/** Why a file listed in the inbox was gone when its turn came; nothing to move. */
	public static final String VANISHED_BEFORE_READ = "Filen försvann ur inkorgen innan den hann läsas.";

	/** Why a file is left in the inbox: what was read may not be the file as it is now. */
	public static final String CHANGED_WHILE_READ = "Filen ändrades medan den lästes. Den ligger kvar i inkorgen och "
			+ "läses vid nästa körning.";

	public static final String VANISHED_WHILE_READ = "Filen försvann ur inkorgen medan den lästes.";

	private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private RejectionNotes() {
	}

	/** What is stored and listed in inlamningar.csv: the problem, then what to do. */
	public static String message(FileRejectedException reason) {
		return reason.getMessage() + " " + reason.advice();
	}

	/**
	 * The {@code <name>.fel.txt} beside a file moved to the rejected folder, with Windows line ends for Notepad.
	 * @param sha256 the content's checksum, or {@code null} when the file could not be read at all
	 */
	public static String fileText(String fileName, FileRejectedException reason, String sha256, LocalDateTime movedAt) {
		return "Filen \"" + fileName + "\" lästes inte in i sammanställningen av internkontrollen.\r\n\r\n"
				+ "Vad är fel?\r\n" + reason.getMessage() + "\r\n\r\n" + "Vad kan du göra?\r\n" + reason.advice()
				+ "\r\n\r\n" + "Filen flyttades hit " + MINUTE.format(movedAt) + "."
				+ (reason instanceof Duplicate ? "" : " När filen är rättad lägger du den i inkorgen igen.") + "\r\n"
				+ (sha256 == null ? "" : "Kontrollsumma (SHA-256): " + sha256 + "\r\n");
	}

	/** A file with the same content as one read before: nothing to correct, so the note asks for no new file. */
	public static FileRejectedException duplicateOf(String originalName, LocalDateTime readAt) {
		return new Duplicate("Filen har redan lästs in: den har samma innehåll som '" + originalName + "', inläst "
				+ MINUTE.format(readAt) + ". Den lästes inte in igen.",
				"Ingen åtgärd behövs om det är samma uppföljning. Har du ändrat i uppföljningen, kontrollera att du "
						+ "skickat den nya versionen.");
	}

	/** A file the job may not open, or whose bytes the disk would not give. */
	public static FileRejectedException unreadableFromDisk(IOException ex) {
		if (ex instanceof AccessDeniedException) {
			return new FileRejectedException("Sammanställningen har inte behörighet att läsa filen.",
					"Be IT-driften ge tjänstekontot som kör sammanställningen läsrätt till inkorgens filer och lägg "
							+ "sedan filen i inkorgen igen.",
					ex);
		}
		return new FileRejectedException("Filen kunde inte läsas från disken (" + ex.getMessage() + ").",
				"Kontakta IT-driften. Filen kan läggas i inkorgen igen när felet är åtgärdat.", ex);
	}

	/** A failure of the job's own while reading the file: not the sender's to fix. */
	public static FileRejectedException unexpected(Throwable ex) {
		return new FileRejectedException("Ett oväntat fel i sammanställningen stoppade läsningen av filen; felet "
				+ "ligger inte i filen.",
				"Kontakta IT-driften och bifoga filen. Filen kan läggas i inkorgen igen när felet är åtgärdat.", ex);
	}

	/** The same content as a file already read. */
	private static final class Duplicate extends FileRejectedException {

		Duplicate(String problem, String advice) {
			super(problem, advice);
		}
	}
}
