package se.ikkonsolidering.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Moves a file out of the inbox once its fate is committed: to the archive with a timestamp in its name, or to
 * the rejected folder with a Swedish {@code .fel.txt} beside it. Never overwrites; target names are built from
 * the file name alone, so no name can point outside the target folder.
 */
public final class FileMover {

	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
	private static final int MAX_NAME_LENGTH = 200;

	private final Path archive;
	private final Path rejected;

	public FileMover(Path archive, Path rejected) {
		this.archive = archive;
		this.rejected = rejected;
	}

	/** Moves a read file to the archive as {@code name_yyyyMMdd-HHmmss.ext}. */
	public Path archive(InboxFile file, LocalDateTime when) {
		return move(file.path(), archive, stamped(file.name(), when));
	}

	/** Moves a file to the rejected folder and writes the explanation beside it. */
	public Path reject(InboxFile file, LocalDateTime when, String explanation) {
		Path target = move(file.path(), rejected, safe(file.name()));
		try {
			Files.writeString(target.resolveSibling(target.getFileName() + ".fel.txt"), "\uFEFF" + explanation,
					StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write explanation for " + target, ex);
		}
		return target;
	}

	private static Path move(Path source, Path folder, String name) {
		try {
			Files.createDirectories(folder);
			for (int attempt = 1;; attempt++) {
				Path target = folder.resolve(attempt == 1 ? name : withSuffix(name, "-" + attempt));
				if (!target.normalize().getParent().equals(folder.normalize())) {
					throw new IllegalStateException("Refusing to move outside " + folder + ": " + name);
				}
				// Checked first: on Linux an atomic rename silently replaces an existing target.
				if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
					continue;
				}
				try {
					return Files.move(source, target, StandardCopyOption.ATOMIC_MOVE);
				}
				catch (AtomicMoveNotSupportedException ex) {
					return Files.move(source, target);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot move " + source + " to " + folder, ex);
		}
	}

	private static String stamped(String name, LocalDateTime when) {
		return withSuffix(safe(name), "_" + STAMP.format(when));
	}

	private static String withSuffix(String name, String suffix) {
		int dot = name.lastIndexOf('.');
		return dot > 0 ? name.substring(0, dot) + suffix + name.substring(dot) : name + suffix;
	}

	/** A single, harmless path element: no separators, no leading dots, not absurdly long. */
	static String safe(String name) {
		String s = name.replace('/', '_').replace('\\', '_').replaceAll("\\p{Cntrl}", "_");
		s = s.replaceFirst("^\\.+", "_");
		if (s.length() > MAX_NAME_LENGTH) {
			int dot = s.lastIndexOf('.');
			String ext = dot > 0 && s.length() - dot <= 10 ? s.substring(dot) : "";
			s = s.substring(0, MAX_NAME_LENGTH - ext.length()) + ext;
		}
		return s.isEmpty() ? "_" : s;
	}
}
