package se.ikkonsolidering.ingest.internal;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import se.ikkonsolidering.ingest.internal.CsvSheetReader.DecodedText;

/**
 * Decides a text file's encoding: a byte-order mark wins; then UTF-16 by its byte pattern (Excel's "Unicode text" and
 * some exports leave the mark out); otherwise strict UTF-8 if the bytes are valid UTF-8, else Windows-1252 (what Excel
 * writes on Swedish Windows). Valid UTF-8 by accident is vanishingly rare for Swedish Windows-1252 text, since å, ä, ö
 * are single high bytes that never form valid UTF-8 sequences alone.
 */
public final class TextDecoder {

	private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
	/** "Ã¥", "Ã¤", "Ã¶", "Ã…", "Ã„", "Ã–", "Ã©": å, ä, ö, Å, Ä, Ö, é encoded twice. */
	private static final Pattern DOUBLED = Pattern.compile("Ã[¥¤¶…„–©]");
	private static final Pattern SWEDISH = Pattern.compile("[åäöÅÄÖ]");
	/** A line and the break that ends it, if any. */
	private static final Pattern LINE = Pattern.compile("([^\\r\\n]*)(\\r\\n|\\r|\\n|$)");
	/** Enough pairs to see the pattern, few enough to decide fast. */
	private static final int PATTERN_SAMPLE = 4096;

	private TextDecoder() {
	}

	/** The text of a file's bytes, by the rules above. */
	public static String text(byte[] bytes) {
		return decode(bytes).text();
	}

	static DecodedText decode(byte[] bytes) {
		if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
			return decoded(bytes, 3, StandardCharsets.UTF_8, "UTF-8 med BOM");
		}
		if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
			return decoded(bytes, 2, StandardCharsets.UTF_16LE, "UTF-16LE med BOM");
		}
		if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
			return decoded(bytes, 2, StandardCharsets.UTF_16BE, "UTF-16BE med BOM");
		}
		Charset utf16 = utf16ByPattern(bytes);
		if (utf16 != null) {
			return decoded(bytes, 0, utf16, utf16.name() + " utan BOM");
		}
		try {
			String text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes))
				.toString();
			return utf8(text, "UTF-8");
		}
		catch (CharacterCodingException ex) {
			return new DecodedText(new String(bytes, WINDOWS_1252), WINDOWS_1252, "Windows-1252");
		}
	}

	/**
	 * UTF-8 text that was decoded as Windows-1252 and encoded as UTF-8 again, as an export run through two programs
	 * leaves it ("GenomfÃ¶rd", "NÃ¤mnd"): the Swedish letters' two bytes each became two letters. Undone when the
	 * text's only Swedish letters are such pairs and all of it encodes back to valid UTF-8; any other text is returned
	 * as it is (the same instance).
	 */
	static String undoubled(String text) {
		if (!DOUBLED.matcher(text).find() || SWEDISH.matcher(text).find()) {
			return text;
		}
		try {
			ByteBuffer bytes = WINDOWS_1252.newEncoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.encode(CharBuffer.wrap(text));
			return StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(bytes)
				.toString();
		}
		catch (CharacterCodingException ex) {
			return text;
		}
	}

	/**
	 * Some lines encoded twice among lines written right, as when rows were pasted in from a broken export: each line
	 * is undone by itself, by the rule above.
	 */
	static LinesUndoubled undoubledLines(String text) {
		if (!DOUBLED.matcher(text).find()) {
			return new LinesUndoubled(text, 0);
		}
		StringBuilder out = new StringBuilder(text.length());
		int count = 0;
		Matcher line = LINE.matcher(text);
		while (line.find()) {
			String written = line.group(1);
			String undone = undoubled(written);
			count += undone == written ? 0 : 1;
			out.append(undone).append(line.group(2));
		}
		return new LinesUndoubled(out.toString(), count);
	}

	/** The text with its lines encoded twice undone, and how many there were. */
	record LinesUndoubled(String text, int count) {
	}

	/**
	 * Whether the bytes are text: once decoded, almost no control characters other than tab, CR, LF, and no more than
	 * a stray NUL or two (binary formats are full of them; a CSV exported by a buggy tool may carry one).
	 */
	static boolean isText(byte[] head) {
		String text = decode(head).text();
		int control = 0;
		int nul = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == 0) {
				nul++;
			}
			else if (c < 0x20 && c != '\t' && c != '\r' && c != '\n' && c != 0x0C) {
				control++;
			}
		}
		return !text.isEmpty() && control * 100 <= text.length() && nul <= Math.max(2, text.length() / 100);
	}

	/**
	 * UTF-16 without a byte-order mark: text in Latin letters (å, ä, ö included) has a zero in every other byte, the
	 * high byte of each character, and almost never in the bytes between.
	 */
	private static Charset utf16ByPattern(byte[] bytes) {
		int pairs = Math.min(bytes.length, PATTERN_SAMPLE) / 2;
		if (pairs < 4) {
			return null;
		}
		int zeroEven = 0;
		int zeroOdd = 0;
		for (int i = 0; i < pairs * 2; i += 2) {
			zeroEven += bytes[i] == 0 ? 1 : 0;
			zeroOdd += bytes[i + 1] == 0 ? 1 : 0;
		}
		if (zeroOdd * 10 >= pairs * 7 && zeroEven * 10 <= pairs) {
			return StandardCharsets.UTF_16LE;
		}
		if (zeroEven * 10 >= pairs * 7 && zeroOdd * 10 <= pairs) {
			return StandardCharsets.UTF_16BE;
		}
		return null;
	}

	private static DecodedText decoded(byte[] bytes, int skip, Charset charset, String label) {
		String text = new String(bytes, skip, bytes.length - skip, charset);
		return charset == StandardCharsets.UTF_8 ? utf8(text, label) : new DecodedText(text, charset, label);
	}

	/** UTF-8 text as it was meant, with what was encoded twice undone, in all of it or in some of its lines. */
	private static DecodedText utf8(String text, String label) {
		String repaired = undoubled(text);
		if (repaired != text) {
			return new DecodedText(repaired, StandardCharsets.UTF_8, label + " kodad två gånger (rättad: 'Ã¶' läses 'ö')");
		}
		LinesUndoubled lines = undoubledLines(text);
		return lines.count() == 0 ? new DecodedText(text, StandardCharsets.UTF_8, label)
				: new DecodedText(lines.text(), StandardCharsets.UTF_8, label + ", " + lines.count()
						+ (lines.count() == 1 ? " rad" : " rader") + " kodade två gånger (rättade: 'Ã¶' läses 'ö')");
	}
}
