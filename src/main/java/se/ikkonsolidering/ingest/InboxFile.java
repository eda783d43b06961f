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
 */
public record InboxFile(Path path, String name, long size, Instant lastModified) {
}
