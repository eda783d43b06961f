package se.ikkonsolidering.ingest.internal;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import se.ikkonsolidering.ingest.internal.CsvSheetReader.DecodedText;

/**
 * Decides a text file's encoding: a byte-order mark wins; otherwise strict UTF-8 if the bytes are valid UTF-8,
 * else Windows-1252 (what Excel writes on Swedish Windows). Valid UTF-8 by accident is vanishingly rare for
 * Swedish Windows-1252 text, since å, ä, ö are single high bytes that never form valid UTF-8 sequences alone.
 */
final class TextDecoder {

	private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

	private TextDecoder() {
	}

	static DecodedText decode(byte[] bytes) {
		if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
			return new DecodedText(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8),
					StandardCharsets.UTF_8, "UTF-8 med BOM");
		}
		if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
			return new DecodedText(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE),
					StandardCharsets.UTF_16LE, "UTF-16");
		}
		if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
			return new DecodedText(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE),
					StandardCharsets.UTF_16BE, "UTF-16");
		}
		try {
			String text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes))
				.toString();
			return new DecodedText(text, StandardCharsets.UTF_8, "UTF-8");
		}
		catch (CharacterCodingException ex) {
			return new DecodedText(new String(bytes, WINDOWS_1252), WINDOWS_1252, "Windows-1252");
		}
	}
}
