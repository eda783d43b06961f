package se.ikkonsolidering.ingest;

import java.util.List;

import org.slf4j.LoggerFactory;

/**
 * What a spreadsheet or document file holds, independent of its format. Close it when done: a streamed workbook keeps
 * its file open so its sheets can be read row by row.
 *
 * @param format the format the bytes turned out to be
 * @param sheets all sheets (a document's tables), in workbook (document) order
 * @param notes facts about the reading worth telling the sender (encoding, separator), in Swedish
 * @param texts the file's texts outside its tables (properties, page headers and footers, first paragraphs)
 * @param resource what to release on {@link #close()}
 */
public record RawWorkbook(FileFormat format, List<RawSheet> sheets, List<String> notes, List<DocumentText> texts,
		AutoCloseable resource) implements AutoCloseable {

	public RawWorkbook {
		sheets = List.copyOf(sheets);
		notes = List.copyOf(notes);
		texts = List.copyOf(texts);
	}

	public RawWorkbook(FileFormat format, List<RawSheet> sheets, List<String> notes, AutoCloseable resource) {
		this(format, sheets, notes, List.of(), resource);
	}

	/** A workbook held entirely in memory. */
	public RawWorkbook(FileFormat format, List<RawSheet> sheets, List<String> notes) {
		this(format, sheets, notes, () -> {
		});
	}

	@Override
	public void close() {
		try {
			resource.close();
		}
		catch (Exception ex) {
			// Only a read-only file handle is released here; there is nothing to save or undo.
			LoggerFactory.getLogger(RawWorkbook.class).debug("Closing a workbook failed", ex);
		}
	}
}
