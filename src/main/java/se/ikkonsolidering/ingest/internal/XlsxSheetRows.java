package se.ikkonsolidering.ingest.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.TreeMap;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.apache.poi.ss.util.CellRangeAddress;

import se.ikkonsolidering.ingest.CellWords;
import se.ikkonsolidering.ingest.DocumentText;
import se.ikkonsolidering.ingest.RawCell;
import se.ikkonsolidering.ingest.RawRow;
import se.ikkonsolidering.ingest.SheetRows;

/**
 * One .xlsx sheet read with StAX, row by row, each time it is walked. Merged regions are listed after the cell data
 * in the file, so opening the sheet reads it once to learn them (and to check the XML); each walk then spreads a
 * region's value over its cells as it goes, holding only the rows a region still reaches into.
 */
final class XlsxSheetRows implements SheetRows {

	/** Excel's limits: a cell beyond them cannot exist in a workbook Excel wrote, so it is not a control either. */
	static final int MAX_ROWS = 1_048_576;
	static final int MAX_COLUMNS = 16_384;

	interface Part {

		InputStream open() throws IOException;
	}

	private final Part part;
	private final CellStyles styles;
	private final XlsxSheetOutline outline;
	private final ConditionalFills conditional;
	private final XlsxCellValues values;

	private XlsxSheetRows(Part part, SharedStringTable strings, CellStyles styles, boolean date1904,
			XlsxSheetOutline outline) {
		this.part = part;
		this.styles = styles;
		this.outline = outline;
		this.conditional = new ConditionalFills(outline.rules());
		this.values = new XlsxCellValues(strings, styles, date1904);
	}

	/**
	 * Reads the sheet once for its merged regions, its print header and footer, and counts the cells beyond Excel's
	 * limits, which no walk returns.
	 * @return the sheet's rows, or {@code null} when its rows are not in ascending order (never written so by Excel;
	 * such a sheet needs the in-memory reader, which sorts them)
	 */
	static XlsxSheetRows open(Part part, SharedStringTable strings, CellStyles styles, boolean date1904)
			throws IOException, XMLStreamException {
		XlsxSheetOutline outline = XlsxSheetOutline.read(part, styles);
		return outline == null ? null : new XlsxSheetRows(part, strings, styles, date1904, outline);
	}

	/** Cells beyond Excel's limits (row 1,048,576, column XFD), which no walk returns. */
	/** Rows the sender hid outside any group of rows and without a filter, left out of the reading. */
	int removedRows() {
		return outline.removedRows().size();
	}

	int cellsOutsideLimits() {
		return outline.outside();
	}

	/** The 0-based columns the sheet hides. */
	Set<Integer> hiddenColumns() {
		return outline.hiddenColumns();
	}

	/** The texts of the sheet's print header and footer, Excel's codes removed. */
	List<DocumentText> headerAndFooter() {
		return outline.texts();
	}

	@Override
	public Iterator<RawRow> iterator() {
		try {
			return new Walk(part.open());
		}
		catch (IOException | XMLStreamException ex) {
			throw Rejections.unreadableWorkbook(ex);
		}
	}

	private final class Walk implements Iterator<RawRow> {

		private final InputStream in;
		private final XMLStreamReader xml;
		private final Deque<RawRow> ready = new ArrayDeque<>();
		/** Cells a merged region spreads into rows not read yet, by 0-based row. */
		private final TreeMap<Integer, List<RawCell>> spread = new TreeMap<>();
		private final List<CellRangeAddress> active = new ArrayList<>();
		private int nextRegion;
		private int lastRow = -1;
		private boolean done;

		Walk(InputStream in) throws XMLStreamException {
			this.in = in;
			this.xml = XmlParts.open(in);
		}

		@Override
		public boolean hasNext() {
			try {
				while (ready.isEmpty() && !done) {
					step();
				}
			}
			catch (XMLStreamException | RuntimeException ex) {
				finish();
				throw Rejections.unreadableWorkbook(ex);
			}
			return !ready.isEmpty();
		}

		@Override
		public RawRow next() {
			if (!hasNext()) {
				throw new NoSuchElementException();
			}
			return ready.poll();
		}

		private void step() throws XMLStreamException {
			while (xml.hasNext()) {
				int event = XmlParts.next(xml);
				if (event == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("row")) {
					int row = CellRefs.rowIndex(xml.getAttributeValue(null, "r"), lastRow + 1);
					lastRow = row;
					if (row >= MAX_ROWS || outline.removedRows().contains(row)) {
						XmlParts.skipElement(xml);
						continue;
					}
					release(row);
					row(row);
					return;
				}
				if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("sheetData")) {
					break;
				}
			}
			release(Integer.MAX_VALUE);
			finish();
		}

		private void finish() {
			done = true;
			XmlParts.close(xml);
			try {
				in.close();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

		/** Rows before {@code row} that hold only cells spread from a merged region above. */
		private void release(int row) {
			while (!spread.isEmpty() && spread.firstKey() < row) {
				Map.Entry<Integer, List<RawCell>> entry = spread.pollFirstEntry();
				ready.add(rawRow(entry.getKey(), entry.getValue()));
			}
		}

		private void row(int row) throws XMLStreamException {
			activate(row);
			List<RawCell> cells = new ArrayList<>();
			int column = -1;
			while (true) {
				int event = XmlParts.next(xml);
				if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("row")) {
					break;
				}
				if (event == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("c")) {
					column = CellRefs.columnIndex(xml.getAttributeValue(null, "r"), column + 1);
					if (column >= MAX_COLUMNS) {
						XmlParts.skipElement(xml);
						continue;
					}
					cell(row, column, cells);
				}
			}
			List<RawCell> fromAbove = spread.remove(row);
			if (fromAbove != null) {
				cells.addAll(fromAbove);
			}
			if (!cells.isEmpty()) {
				ready.add(rawRow(row, conditional.applyTo(row, cells)));
			}
		}

		private void activate(int row) {
			active.removeIf(region -> region.getLastRow() < row);
			List<CellRangeAddress> regions = outline.regions();
			while (nextRegion < regions.size() && regions.get(nextRegion).getFirstRow() <= row) {
				CellRangeAddress region = regions.get(nextRegion++);
				if (region.getLastRow() >= row) {
					active.add(region);
				}
			}
		}

		private void cell(int row, int column, List<RawCell> cells) throws XMLStreamException {
			String type = xml.getAttributeValue(null, "t");
			String style = xml.getAttributeValue(null, "s");
			String value = null;
			String inline = null;
			boolean formula = false;
			int depth = 1;
			while (depth > 0) {
				int event = XmlParts.next(xml);
				if (event == XMLStreamConstants.START_ELEMENT) {
					String name = xml.getLocalName();
					if (depth == 1 && name.equals("v")) {
						value = xml.getElementText();
					}
					else if (depth == 1 && name.equals("is")) {
						inline = XmlParts.richText(xml);
					}
					else {
						formula |= depth == 1 && name.equals("f");
						depth++;
					}
				}
				else if (event == XMLStreamConstants.END_ELEMENT) {
					depth--;
				}
			}
			CellRangeAddress region = regionAt(row, column);
			if (region != null && (region.getFirstRow() != row || region.getFirstColumn() != column)) {
				return; // filled in from the region's top-left cell
			}
			boolean error = "e".equals(type);
			String text = values.text(type == null ? "n" : type, value, inline, formula, style);
			// "●" written in green under a legend of coloured dots: its colour is what the cell says.
			String fill = CellWords.isColouredSign(text) ? CellWords.shownColour(text, styles.fill(style),
					styles.fontColour(style)) : styles.fill(style);
			if (text.isBlank() && fill == null) {
				return;
			}
			boolean across = region != null && region.getLastColumn() > region.getFirstColumn();
			RawCell origin = new RawCell(column, text, fill, false, across, error,
					text.isBlank() ? null : CellText.ink(styles.fontColour(style)));
			cells.add(origin);
			if (region != null) {
				spreadOver(region, origin, cells);
			}
		}

		private CellRangeAddress regionAt(int row, int column) {
			for (CellRangeAddress region : active) {
				if (region.isInRange(row, column)) {
					return region;
				}
			}
			return null;
		}

		private void spreadOver(CellRangeAddress region, RawCell origin, List<RawCell> cells) {
			MergedCells.spread(region, origin, (r, copy) -> {
				if (r == region.getFirstRow()) {
					cells.add(copy);
				}
				else {
					spread.computeIfAbsent(r, k -> new ArrayList<>()).add(copy);
				}
			});
		}
	}

	private static RawRow rawRow(int row, List<RawCell> cells) {
		cells.sort(Comparator.comparingInt(RawCell::column));
		return new RawRow(row + 1, cells);
	}
}
