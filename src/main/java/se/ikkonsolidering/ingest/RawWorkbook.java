package se.ikkonsolidering.ingest;

import java.util.List;

/**
 * What a spreadsheet file holds, independent of its format.
 *
 * @param format the format the bytes turned out to be
 * @param sheets all sheets, in workbook order
 * @param notes facts about the reading worth telling the sender (encoding, separator), in Swedish
 */
public record RawWorkbook(FileFormat format, List<RawSheet> sheets, List<String> notes) {

	public RawWorkbook {
		sheets = List.copyOf(sheets);
		notes = List.copyOf(notes);
	}
}
