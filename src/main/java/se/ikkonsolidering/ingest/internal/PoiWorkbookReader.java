package se.ikkonsolidering.ingest.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

import se.ikkonsolidering.ingest.CellNotes;
import se.ikkonsolidering.ingest.FileFormat;
import se.ikkonsolidering.ingest.RawSheet;
import se.ikkonsolidering.ingest.RawWorkbook;
import se.ikkonsolidering.ingest.SheetRows;

/**
 * Reads .xlsx/.xlsm/.xls with Apache POI's user model. POI's own defences stay on: its zip-bomb ratio check and
 * its XML parsers with external entities disabled.
 */
public final class PoiWorkbookReader {

	public RawWorkbook read(Path file, FileFormat format) {
		try (Workbook workbook = NativeNames.open(file, f -> WorkbookFactory.create(f, null, true))) {
			List<PoiSheetRows> rows = new ArrayList<>();
			List<SheetRows> read = new ArrayList<>();
			for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
				PoiSheetRows sheetRows = new PoiSheetRows(workbook.getSheetAt(i));
				rows.add(sheetRows);
				read.add(SheetRows.of(sheetRows.rows()));
			}
			// Only after every sheet's rows: asking an .xls for one sheet's comments changes how the fills of every
			// sheet read after it are read (its own palette's colours give way to the default palette's).
			List<RawSheet> sheets = new ArrayList<>();
			for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
				Sheet sheet = workbook.getSheetAt(i);
				boolean hidden = workbook.isSheetHidden(i) || workbook.isSheetVeryHidden(i);
				CellNotes notes = notes(sheet);
				// The comments are the sheet's boxes too, as in an .xlsx: a legend may stand in one ("G = Genomförd …").
				sheets.add(new RawSheet(sheet.getSheetName(), hidden, read.get(i), List.of(),
						rows.get(i).hiddenColumns(), notes.all(), notes));
			}
			return new RawWorkbook(format, sheets, List.of(), PoiDocumentTexts.of(workbook), () -> {
			});
		}
		catch (EncryptedDocumentException ex) {
			throw Rejections.encrypted(OfficeProgram.EXCEL);
		}
		catch (IOException | RuntimeException ex) {
			throw Rejections.unreadableWorkbook(ex);
		}
	}

	/** The sheet's cell comments by their cells. */
	private static CellNotes notes(Sheet sheet) {
		CellNotes.Builder notes = new CellNotes.Builder();
		sheet.getCellComments().forEach((address, comment) -> notes.add(address.getRow() + 1, address.getColumn(),
				comment.getString() == null ? null : NoteText.withoutAuthor(comment.getString().getString())));
		return notes.build();
	}
}
