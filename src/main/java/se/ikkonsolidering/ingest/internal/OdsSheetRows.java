package se.ikkonsolidering.ingest.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import se.ikkonsolidering.ingest.RawRow;
import se.ikkonsolidering.ingest.SheetRows;

/**
 * One sheet of an OpenDocument spreadsheet, streamed from {@code content.xml} row by row on each walk, as an .xlsx
 * sheet is. Repeated rows and cells are expanded only where they hold text: LibreOffice closes every sheet with a row
 * repeated up to its millionth, which is skipped at once. Spans are spread as merged regions are.
 */
final class OdsSheetRows implements SheetRows {

	private final OdfPackage pkg;
	private final int index;
	private final OdfStyles styles;

	OdsSheetRows(OdfPackage pkg, int index, OdfStyles styles) {
		this.pkg = pkg;
		this.index = index;
		this.styles = styles;
	}

	@Override
	public Iterator<RawRow> iterator() {
		try {
			return new Walk(pkg.open("content.xml"));
		}
		catch (IOException | XMLStreamException ex) {
			throw Rejections.unreadable(ex, OfficeProgram.OPENDOCUMENT);
		}
	}

	private record ColumnStyle(int first, int count, String style) {
	}

	private final class Walk implements Iterator<RawRow> {

		private final InputStream in;
		private final XMLStreamReader xml;
		private final Deque<RawRow> ready = new ArrayDeque<>();
		private final TableGrid grid = new TableGrid();
		private final List<ColumnStyle> columns = new ArrayList<>();
		private int nextColumn;
		private int tablesBefore;
		private int rows;
		private int depth;
		private boolean inTable;
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
				throw Rejections.unreadable(ex, OfficeProgram.OPENDOCUMENT);
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

		/** Reads up to the next row of this sheet, or to its end. */
		private void step() throws XMLStreamException {
			while (xml.hasNext()) {
				int event = XmlParts.next(xml);
				if (event == XMLStreamConstants.START_ELEMENT && !inTable && isTable("table")) {
					if (tablesBefore++ < index) {
						XmlParts.skipElement(xml);
					}
					else {
						inTable = true;
					}
				}
				else if (event == XMLStreamConstants.START_ELEMENT && inTable) {
					depth++;
					if (isTable("table-column")) {
						column();
					}
					else if (isTable("table-row")) {
						row();
						return;
					}
					else if (isTable("table") || isTable("shapes") || xml.getLocalName().equals("forms")) {
						XmlParts.skipElement(xml);
						depth--;
					}
				}
				else if (event == XMLStreamConstants.END_ELEMENT && inTable && depth-- == 0) {
					break; // the sheet's end tag
				}
			}
			ready.addAll(grid.skipRows(0));
			finish();
		}

		private boolean isTable(String name) {
			return OdfPackage.TABLE.equals(xml.getNamespaceURI()) && xml.getLocalName().equals(name);
		}

		private void column() {
			int count = OdfCells.repeat(xml, "number-columns-repeated");
			String style = xml.getAttributeValue(OdfPackage.TABLE, "default-cell-style-name");
			if (style != null) {
				columns.add(new ColumnStyle(nextColumn, count, style));
			}
			nextColumn = (int) Math.min(XlsxSheetRows.MAX_COLUMNS, (long) nextColumn + count);
		}

		private String columnStyle(int column) {
			for (ColumnStyle run : columns) {
				if (column >= run.first() && column < run.first() + run.count()) {
					return run.style();
				}
			}
			return null;
		}

		/** Reads one row element, repeated as often as it says, and queues the rows that hold anything. */
		private void row() throws XMLStreamException {
			int repeat = Math.min(OdfCells.repeat(xml, "number-rows-repeated"), XlsxSheetRows.MAX_ROWS - rows);
			String rowStyle = xml.getAttributeValue(OdfPackage.TABLE, "default-cell-style-name");
			List<OdsCell> cells = new ArrayList<>();
			int column = 0;
			int level = 1;
			while (level > 0) {
				int event = XmlParts.next(xml);
				if (event == XMLStreamConstants.START_ELEMENT && isTable("table-cell")) {
					OdsCell cell = OdsCell.read(xml, column, rowStyle != null ? rowStyle : columnStyle(column), styles);
					cells.add(cell);
					column = (int) Math.min(XlsxSheetRows.MAX_COLUMNS, (long) column + cell.repeat());
				}
				else if (event == XMLStreamConstants.START_ELEMENT && isTable("covered-table-cell")) {
					column = (int) Math.min(XlsxSheetRows.MAX_COLUMNS,
							(long) column + OdfCells.repeat(xml, "number-columns-repeated"));
					XmlParts.skipElement(xml);
				}
				else if (event == XMLStreamConstants.START_ELEMENT) {
					level++;
				}
				else if (event == XMLStreamConstants.END_ELEMENT) {
					level--;
				}
			}
			depth--;
			if (repeat <= 0) {
				return;
			}
			rows += repeat;
			if (cells.stream().noneMatch(OdsCell::hasText)) {
				ready.addAll(grid.skipRows(repeat));
				return;
			}
			for (int i = 0; i < repeat; i++) {
				emit(cells);
			}
		}

		private void emit(List<OdsCell> cells) {
			grid.startRow();
			for (OdsCell cell : cells) {
				for (int k = 0; k < cell.repeat() && cell.column() + k < XlsxSheetRows.MAX_COLUMNS; k++) {
					grid.cell(cell.column() + k, cell.columns(), cell.rows(), cell.text(), cell.fill(), cell.error());
				}
			}
			RawRow row = grid.endRow();
			if (row != null) {
				ready.add(row);
			}
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
	}
}
