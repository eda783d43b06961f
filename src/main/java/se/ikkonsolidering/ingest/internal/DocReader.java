package se.ikkonsolidering.ingest.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.poi.hpsf.SummaryInformation;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.model.Colorref;
import org.apache.poi.hwpf.usermodel.CharacterRun;
import org.apache.poi.hwpf.usermodel.HeaderStories;
import org.apache.poi.hwpf.usermodel.Paragraph;
import org.apache.poi.hwpf.usermodel.Range;
import org.apache.poi.hwpf.usermodel.ShadingDescriptor;
import org.apache.poi.hwpf.usermodel.Table;
import org.apache.poi.hwpf.usermodel.TableCell;
import org.apache.poi.hwpf.usermodel.TableRow;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

import se.ikkonsolidering.ingest.DocumentText;
import se.ikkonsolidering.ingest.FileFormat;
import se.ikkonsolidering.ingest.RawWorkbook;

/**
 * Reads a Word 97–2003 document (.doc) as a .docx is read: its tables as sheets, with its properties, page headers
 * and footers and first paragraphs as texts. POI's HWPF gives each cell its left edge and width, so a cell merged across
 * columns spans the grid columns its edges cover, the Word vertical merges and tables inside cells. One thing the
 * format keeps from HWPF: cell shading saved by LibreOffice, so a status given only by colour is not seen (the job
 * says so instead of guessing). Text a reviewer deleted with tracked changes is left
 * out; field codes are read as their results.
 */
public final class DocReader {

	/** Cells whose edges lie this close (in twips, 1/20 point) start the same grid column. */
	private static final int EDGE_TOLERANCE = 30;
	/** COLORREF's high byte set: "automatic", no colour of its own. */
	private static final int AUTO = 0xFF000000;

	public RawWorkbook read(Path file) {
		try (POIFSFileSystem fs = NativeNames.open(file, f -> new POIFSFileSystem(f, true));
				HWPFDocument doc = new HWPFDocument(fs.getRoot())) {
			DocumentTables tables = new DocumentTables();
			walk(doc.getRange(), tables);
			List<DocumentText> texts = new ArrayList<>(properties(doc.getSummaryInformation()));
			HeaderStories stories = new HeaderStories(doc);
			texts.addAll(lines(DocumentText.Kind.HEADER, stories.getFirstHeader(), stories.getOddHeader(),
					stories.getEvenHeader()));
			texts.addAll(lines(DocumentText.Kind.FOOTER, stories.getFirstFooter(), stories.getOddFooter(),
					stories.getEvenFooter()));
			tables.firstParagraphs().forEach(p -> texts.add(new DocumentText(DocumentText.Kind.PARAGRAPH, p)));
			tables.closingParagraphs().forEach(p -> texts.add(new DocumentText(DocumentText.Kind.CLOSING, p)));
			return new RawWorkbook(FileFormat.DOC, tables.sheets(), List.of(), texts, () -> {
			});
		}
		catch (IOException | RuntimeException ex) {
			throw Rejections.unreadable(ex, OfficeProgram.WORD);
		}
	}

	private static void walk(Range body, DocumentSink sink) {
		for (int i = 0; i < body.numParagraphs(); i++) {
			Paragraph paragraph = body.getParagraph(i);
			if (paragraph.isInTable()) {
				Table table = body.getTable(paragraph);
				table(table, sink);
				i += Math.max(1, table.numParagraphs()) - 1;
			}
			else if (paragraph.isInList()) {
				sink.listItem(text(paragraph, sink));
			}
			else {
				sink.paragraph(text(paragraph, sink));
			}
		}
	}

	private static void table(Table table, DocumentSink sink) {
		List<Integer> grid = grid(table);
		sink.startTable();
		for (int r = 0; r < table.numRows(); r++) {
			TableRow row = table.getRow(r);
			sink.startRow();
			for (int c = 0; c < row.numCells(); c++) {
				TableCell cell = row.getCell(c);
				int first = column(grid, cell.getLeftEdge());
				if (c == 0 && first > 0) {
					sink.skipColumns(first);
				}
				int span = Math.max(1, column(grid, cell.getLeftEdge() + cell.getWidth()) - first);
				DocumentSink.VerticalMerge merge = cell.isFirstVerticallyMerged() ? DocumentSink.VerticalMerge.RESTART
						: cell.isVerticallyMerged() ? DocumentSink.VerticalMerge.CONTINUE : DocumentSink.VerticalMerge.NONE;
				sink.startCell(new DocumentSink.Cell(span, 1, merge, fill(cell)));
				for (int p = 0; p < cell.numParagraphs(); p++) {
					Paragraph paragraph = cell.getParagraph(p);
					if (paragraph.getTableLevel() > table.getTableLevel()) {
						// A table inside the cell: a sheet of its own, as in a .docx.
						Table inner = cell.getTable(paragraph);
						table(inner, sink);
						p += Math.max(1, inner.numParagraphs()) - 1;
					}
					else {
						sink.paragraph(text(paragraph, sink));
					}
				}
				sink.endCell();
			}
			sink.endRow();
		}
		sink.endTable();
	}

	/** The table's column boundaries: every cell edge of every row, edges a few twips apart taken as one. */
	private static List<Integer> grid(Table table) {
		Set<Integer> edges = new TreeSet<>();
		for (int r = 0; r < table.numRows(); r++) {
			TableRow row = table.getRow(r);
			for (int c = 0; c < row.numCells(); c++) {
				TableCell cell = row.getCell(c);
				edges.add(cell.getLeftEdge());
				edges.add(cell.getLeftEdge() + cell.getWidth());
			}
		}
		List<Integer> grid = new ArrayList<>();
		for (int edge : edges) {
			if (grid.isEmpty() || edge - grid.get(grid.size() - 1) > EDGE_TOLERANCE) {
				grid.add(edge);
			}
		}
		return grid;
	}

	/** The grid column starting at the edge: how many boundaries lie before it. */
	private static int column(List<Integer> grid, int edge) {
		int column = 0;
		while (column < grid.size() && grid.get(column) < edge - EDGE_TOLERANCE) {
			column++;
		}
		return column;
	}

	private static String fill(TableCell cell) {
		ShadingDescriptor shading = cell.getDescriptor().getShd();
		if (shading == null || shading.isEmpty()) {
			return null;
		}
		Colorref back = shading.getCvBack();
		return back == null || back.isEmpty() ? null : colour(back.getValue());
	}

	/**
	 * The paragraph's text as the reader sees it: without deleted revisions or hidden text (a template's instructions,
	 * a draft's notes), fields as their results. The colours its runs are written in go to the sink as a .docx's do.
	 */
	private static String text(Paragraph paragraph, DocumentSink sink) {
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < paragraph.numCharacterRuns(); i++) {
			CharacterRun run = paragraph.getCharacterRun(i);
			if (!run.isMarkedDeleted() && !run.isVanished()) {
				text.append(run.text());
				String colour = colour(run.getIco24());
				String shown = clean(run.text());
				if (colour != null && !shown.isBlank()) {
					sink.textColour(colour, shown);
				}
			}
		}
		return clean(Range.stripFields(text.toString()));
	}

	/** A COLORREF ({@code 0x00BBGGRR}) as {@code RRGGBB}; {@code null} for automatic (its high byte set, as -1 has). */
	private static String colour(int bgr) {
		if ((bgr & AUTO) == AUTO) {
			return null;
		}
		return String.format("%02X%02X%02X", bgr & 0xFF, (bgr >> 8) & 0xFF, (bgr >> 16) & 0xFF);
	}

	/** Word's control characters: line breaks as line breaks, cell and paragraph marks and objects as nothing. */
	private static String clean(String text) {
		StringBuilder clean = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char ch = text.charAt(i);
			switch (ch) {
				case '\u000B' -> clean.append('\n');
				case '\u001E' -> clean.append('-');
				case '\u00A0' -> clean.append(' ');
				case '\t' -> clean.append(' ');
				case '\u001F' -> {
				}
				default -> {
					if (ch >= ' ' || ch == '\n') {
						clean.append(ch);
					}
				}
			}
		}
		return clean.toString().strip();
	}

	private static List<DocumentText> properties(SummaryInformation info) {
		List<DocumentText> texts = new ArrayList<>();
		if (info != null) {
			if (info.getTitle() != null && !info.getTitle().isBlank()) {
				texts.add(new DocumentText(DocumentText.Kind.TITLE, info.getTitle().strip()));
			}
			if (info.getSubject() != null && !info.getSubject().isBlank()) {
				texts.add(new DocumentText(DocumentText.Kind.SUBJECT, info.getSubject().strip()));
			}
		}
		return texts;
	}

	/** The non-blank lines of the stories, each once (the first page's header often repeats the others'). */
	private static List<DocumentText> lines(DocumentText.Kind kind, String... stories) {
		Set<String> lines = new LinkedHashSet<>();
		for (String story : stories) {
			if (story != null) {
				for (String line : Range.stripFields(story).split("[\\r\\n\\u000B\\u0007]+")) {
					String text = clean(line);
					if (!text.isEmpty()) {
						lines.add(text);
					}
				}
			}
		}
		return lines.stream().map(t -> new DocumentText(kind, t)).toList();
	}
}
