package se.ikkonsolidering.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/** Copies an .xlsx, rewriting one part of the zip: how hostile workbooks are made for tests. */
public final class ZipRewriter {

	private ZipRewriter() {
	}

	public static Path rewrite(Path source, Path target, String part, UnaryOperator<byte[]> change) throws IOException {
		try (ZipInputStream in = new ZipInputStream(Files.newInputStream(source));
				ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(target))) {
			for (ZipEntry entry; (entry = in.getNextEntry()) != null;) {
				byte[] bytes = in.readAllBytes();
				out.putNextEntry(new ZipEntry(entry.getName()));
				out.write(entry.getName().equals(part) ? change.apply(bytes) : bytes);
				out.closeEntry();
			}
		}
		return target;
	}

	static byte[] read(Path xlsx, String part) throws IOException {
		try (InputStream raw = Files.newInputStream(xlsx); ZipInputStream in = new ZipInputStream(raw)) {
			for (ZipEntry entry; (entry = in.getNextEntry()) != null;) {
				if (entry.getName().equals(part)) {
					return in.readAllBytes();
				}
			}
		}
		throw new IOException(part + " not in " + xlsx);
	}

	static void write(OutputStream out, byte[] bytes) throws IOException {
		out.write(bytes);
	}
}
