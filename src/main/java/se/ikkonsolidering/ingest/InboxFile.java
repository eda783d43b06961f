package se.ikkonsolidering.ingest;

import java.nio.file.Path;
import java.time.Instant;

/**
 * A file found in the inbox.
 *
 * @param path where it is now
 * @param name its file name as the sender gave it
 * @param size bytes
 * @param lastModified modification time
 * @param filedAsPlan it lies in the inbox's {@value Inbox#PLAN_FOLDER}/ folder, where the economy office puts the
 *        nämnders' internkontrollplaner
 */
public record InboxFile(Path path, String name, long size, Instant lastModified, boolean filedAsPlan) {

	/** A file in the inbox itself. */
	public InboxFile(Path path, String name, long size, Instant lastModified) {
		this(path, name, size, lastModified, false);
	}
}
