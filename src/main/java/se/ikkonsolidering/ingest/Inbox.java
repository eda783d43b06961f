package se.ikkonsolidering.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import se.ikkonsolidering.ingest.internal.NativeNames;

/**
 * The folder the economy office drops files into. Lists the files to take, oldest first (so a later file for the
 * same nämnd and period wins), and leaves alone, with a logged reason, what is not a follow-up: the lock files Excel,
 * Word and LibreOffice leave beside an open file ({@code ~$…}, {@code .~lock.…#}), temporary files, operating-system
 * files (.DS_Store, ._*, Thumbs.db), folders, symbolic links, and the register itself, and files that were changed
 * too recently to be complete. Files in its {@value #PLAN_FOLDER}/ folder are listed too, as plans.
 */
public final class Inbox {

	private static final Logger log = LoggerFactory.getLogger(Inbox.class);
	/** The inbox's folder for the nämnders' internkontrollplaner: its files are read as plans whatever they say. */
	public static final String PLAN_FOLDER = "planer";

	/** Files the operating system leaves in shared folders; other names starting with a dot are read as usual. */
	private static final List<String> SYSTEM_FILES = List.of(".ds_store", "thumbs.db", "desktop.ini");

	private final Path folder;
	private final List<Path> excluded;
	private final Duration stableFor;

	/**
	 * @param folder the inbox
	 * @param excluded files in the inbox that are not follow-ups (the register)
	 * @param stableFor how long a file must have been left unchanged before it is taken, so a file still being
	 *        copied in is not read half-written
	 */
	public Inbox(Path folder, List<Path> excluded, Duration stableFor) {
		this.folder = folder;
		this.excluded = excluded.stream().map(Inbox::real).toList();
		this.stableFor = stableFor;
	}

	public Path folder() {
		return folder;
	}

	/** The files to take now, in processing order; files changed within the stable time are left for later. */
	public List<InboxFile> files() {
		Instant settledBefore = Instant.now().minus(stableFor);
		List<InboxFile> ready = new ArrayList<>();
		for (InboxFile file : allFiles()) {
			if (file.lastModified().isAfter(settledBefore)) {
				log.info("Leaving {} in the inbox for the next run: changed {} ago, less than {} s", file.name(),
						Duration.between(file.lastModified(), Instant.now()).toSeconds() + " s", stableFor.toSeconds());
			}
			else {
				ready.add(file);
			}
		}
		return ready;
	}

	/** How long until every file now in the inbox has been unchanged for the stable time (zero if none is settling). */
	public Duration untilSettled() {
		Instant now = Instant.now();
		return allFiles().stream()
			.map(f -> Duration.between(now, f.lastModified().plus(stableFor)))
			.filter(d -> !d.isNegative())
			.max(Duration::compareTo)
			.orElse(Duration.ZERO);
	}

	private List<InboxFile> allFiles() {
		if (!Files.isDirectory(folder)) {
			throw new IllegalStateException("Inbox folder does not exist: " + folder.toAbsolutePath());
		}
		List<InboxFile> files = new ArrayList<>();
		for (Path path : list(folder)) {
			if (isPlanFolder(path)) {
				list(path).forEach(file -> take(file, true, files));
			}
			else {
				take(path, false, files);
			}
		}
		files.sort(Comparator.comparing(InboxFile::lastModified).thenComparing(InboxFile::name));
		return FileVersions.laterVersionsLast(files);
	}

	private void take(Path path, boolean plan, List<InboxFile> files) {
		ignoreReason(path).ifPresentOrElse(
				reason -> log.info("Ignoring {} in the inbox: {}", path.getFileName(), reason),
				() -> toInboxFile(path, plan).ifPresent(files::add));
	}

	private static List<Path> list(Path folder) {
		try (Stream<Path> entries = Files.list(folder)) {
			return entries.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot list inbox " + folder, ex);
		}
	}

	private static boolean isPlanFolder(Path path) {
		return path.getFileName().toString().equalsIgnoreCase(PLAN_FOLDER)
				&& Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS);
	}

	/** Why a path in the inbox is not taken, or empty if it is. */
	Optional<String> ignoreReason(Path path) {
		String name = path.getFileName().toString();
		String lower = name.toLowerCase(Locale.ROOT);
		if (Files.isSymbolicLink(path)) {
			return Optional.of("symbolic link, not followed");
		}
		if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
			return Optional.of("folder");
		}
		if (!Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)) {
			return Optional.of("not a regular file");
		}
		if (name.startsWith("~$") || lower.startsWith(".~lock.")) {
			return Optional.of("lock file of a workbook or document open in Excel, Word or LibreOffice");
		}
		if (SYSTEM_FILES.contains(lower) || name.startsWith("._")) {
			return Optional.of("operating system file");
		}
		if (lower.endsWith(".tmp") || lower.endsWith(".part") || lower.endsWith(".crdownload") || name.endsWith("~")
				|| lower.endsWith(".fel.txt")) {
			return Optional.of("temporary file");
		}
		if (excluded.contains(real(path))) {
			return Optional.of("the nämnd register");
		}
		return Optional.empty();
	}

	/** The file, or empty when it vanished (or cannot even be looked at) between listing and now: logged, not fatal. */
	private static Optional<InboxFile> toInboxFile(Path path, boolean plan) {
		try {
			BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class,
					LinkOption.NOFOLLOW_LINKS);
			return Optional.of(new InboxFile(path, NativeNames.displayName(path), attributes.size(),
					attributes.lastModifiedTime().toInstant(), plan));
		}
		catch (IOException ex) {
			log.warn("Leaving {} in the inbox: its size and date cannot be read ({})", path.getFileName(),
					ex.toString());
			return Optional.empty();
		}
	}

	private static Path real(Path path) {
		try {
			return path.toRealPath();
		}
		catch (IOException ex) {
			return path.toAbsolutePath().normalize();
		}
	}
}
