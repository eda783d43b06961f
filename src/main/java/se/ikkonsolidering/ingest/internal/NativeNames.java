package se.ikkonsolidering.ingest.internal;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;

import se.ikkonsolidering.ingest.Printable;

/**
 * File names whose bytes are not valid in the platform's encoding: Latin-1 names from an old Windows share on a
 * UTF-8 system. Java keeps such a name's bytes inside the {@link Path} it lists, but its string form replaces the bad
 * bytes, so a {@link File} or a path rebuilt from that string no longer finds the file, and logs show "Socialn�mnden".
 */
public final class NativeNames {

	private NativeNames() {
	}

	/**
	 * The name as the sender meant it, printable: strict UTF-8 where the bytes are UTF-8, else Windows-1252; control
	 * characters escaped, so the name can be quoted in a log line or an explanation.
	 */
	public static String displayName(Path file) {
		Path name = file.getFileName();
		if (roundTrips(name)) {
			return Printable.escape(name.toString());
		}
		String raw = name.toUri().getRawPath();
		raw = raw.substring(raw.lastIndexOf('/') + 1);
		return Printable.escape(TextDecoder.decode(percentDecoded(raw)).text());
	}

	/**
	 * Opens a file with a library that only takes a {@link File}. A name that {@code File} cannot hold is opened through
	 * a symbolic link with a plain name, removed again as soon as the library has the file open.
	 */
	static <T> T open(Path file, Opener<T> opener) throws IOException {
		if (roundTrips(file)) {
			return opener.open(file.toFile());
		}
		Path folder = Files.createTempDirectory("ik-namn");
		Path link = folder.resolve("fil" + extension(displayName(file)));
		try {
			Files.createSymbolicLink(link, file.toAbsolutePath());
			return opener.open(link.toFile());
		}
		finally {
			Files.deleteIfExists(link);
			Files.deleteIfExists(folder);
		}
	}

	private static boolean roundTrips(Path path) {
		return Path.of(path.toString()).equals(path);
	}

	private static byte[] percentDecoded(String raw) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		for (int i = 0; i < raw.length(); i++) {
			char c = raw.charAt(i);
			if (c == '%' && i + 2 < raw.length()) {
				bytes.write(HexFormat.fromHexDigits(raw, i + 1, i + 3));
				i += 2;
			}
			else {
				bytes.write(c);
			}
		}
		return bytes.toByteArray();
	}

	private static String extension(String name) {
		int dot = name.lastIndexOf('.');
		return dot > 0 && name.length() - dot <= 6 ? name.substring(dot).replaceAll("[^A-Za-z0-9.]", "") : "";
	}

	@FunctionalInterface
	interface Opener<T> {

		T open(File file) throws IOException;
	}
}
