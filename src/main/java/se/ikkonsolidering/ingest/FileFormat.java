package se.ikkonsolidering.ingest;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Spreadsheet formats we read, recognised from the first bytes rather than the file name, because senders
 * rename files (a CSV saved as .xlsx, an .xlsx renamed .xls).
 */
public enum FileFormat {

	/** Office Open XML (a zip container): .xlsx, .xlsm. */
	OOXML,
	/** OLE2 compound document: legacy .xls, or an encrypted .xlsx. */
	OLE2,
	/** Plain text, read as CSV. */
	TEXT,
	/** Anything else: PDF, images, executables, empty files. */
	UNKNOWN;

	private static final byte[] ZIP = { 0x50, 0x4B, 0x03, 0x04 };
	private static final byte[] OLE = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
			(byte) 0xE1 };
	private static final List<String> OTHER_DOCUMENTS = List.of(".pdf", ".doc", ".docx", ".docm", ".odt", ".rtf",
			".ppt", ".pptx", ".msg", ".eml", ".htm", ".html", ".xml", ".json", ".zip", ".png", ".jpg", ".jpeg");

	/** Recognises the format from the file's first bytes (at least 8 when available). */
	public static FileFormat sniff(byte[] head) {
		if (startsWith(head, ZIP)) {
			return OOXML;
		}
		if (startsWith(head, OLE)) {
			return OLE2;
		}
		if (head.length > 0 && looksLikeText(head)) {
			return TEXT;
		}
		return UNKNOWN;
	}

	/**
	 * Whether the name says it is a document of another kind (Word, PDF, PowerPoint, an e-mail), whose bytes may
	 * still look like a zip, an OLE2 file or text.
	 */
	public static boolean isOtherDocument(String fileName) {
		String lower = fileName.toLowerCase(Locale.ROOT);
		return OTHER_DOCUMENTS.stream().anyMatch(lower::endsWith);
	}

	private static boolean startsWith(byte[] data, byte[] prefix) {
		return data.length >= prefix.length && Arrays.equals(data, 0, prefix.length, prefix, 0, prefix.length);
	}

	/**
	 * Text if almost no control bytes other than tab, CR, LF, and no more than a stray NUL or two (binary formats
	 * are full of NULs; a CSV exported by a buggy tool may carry one).
	 */
	private static boolean looksLikeText(byte[] head) {
		int control = 0;
		int nul = 0;
		for (byte b : head) {
			int v = b & 0xFF;
			if (v == 0) {
				nul++;
			}
			else if (v < 0x20 && v != '\t' && v != '\r' && v != '\n' && v != 0x0C) {
				control++;
			}
		}
		return control * 100 <= head.length && nul <= Math.max(2, head.length / 100);
	}
}
