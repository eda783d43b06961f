package se.ikkonsolidering.ingest;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/** Writes small Word documents for tests with POI's XWPF, as Word lays them out: merges, shading, nested tables. */
public final class WordDocument {

	private static final String LIST_STYLE = "ListBullet";

	private final XWPFDocument document = new XWPFDocument();

	public WordDocument paragraph(String text) {
		document.createParagraph().createRun().setText(text);
		return this;
	}

	/** A paragraph broken into lines ({@code <w:br/>} between them), as Shift+Enter breaks it in Word. */
	public WordDocument brokenParagraph(String... lines) {
		XWPFRun run = document.createParagraph().createRun();
		for (int i = 0; i < lines.length; i++) {
			if (i > 0) {
				run.addBreak();
			}
			run.setText(lines[i], i);
		}
		return this;
	}

	/** A paragraph opening with words in bold, going on in plain text: "**Attest av fakturor** Genomförd …". */
	public WordDocument boldLead(String bold, String text) {
		XWPFParagraph paragraph = document.createParagraph();
		XWPFRun lead = paragraph.createRun();
		lead.setText(bold);
		lead.setBold(true);
		paragraph.createRun().setText(" " + text);
		return this;
	}

	/** A paragraph whose cells are set apart by tab stops ({@code <w:tab/>}), as a table laid out without one. */
	public WordDocument tabbed(String... cells) {
		XWPFParagraph paragraph = document.createParagraph();
		for (int i = 0; i < cells.length; i++) {
			if (i > 0) {
				paragraph.createRun().addTab();
			}
			paragraph.createRun().setText(cells[i]);
		}
		return this;
	}

	/** A paragraph numbered or bulleted by a list of its own ({@code numPr} on the paragraph). */
	public WordDocument listItem(String text) {
		XWPFParagraph paragraph = document.createParagraph();
		paragraph.setNumID(BigInteger.ONE);
		paragraph.createRun().setText(text);
		return this;
	}

	/** A list item at a level of the list ({@code ilvl}), 0 the outermost. */
	public WordDocument listItem(String text, int level) {
		XWPFParagraph paragraph = document.createParagraph();
		paragraph.setNumID(BigInteger.ONE);
		paragraph.setNumILvl(BigInteger.valueOf(level));
		paragraph.createRun().setText(text);
		return this;
	}

	/**
	 * A paragraph in a list by its style, as Word's "List Bullet" sets it: the numbering is the style's, not the
	 * paragraph's.
	 */
	public WordDocument styledListItem(String text) {
		if (document.getStyles() == null || document.getStyles().getStyle(LIST_STYLE) == null) {
			CTStyle style = CTStyle.Factory.newInstance();
			style.setStyleId(LIST_STYLE);
			style.setType(STStyleType.PARAGRAPH);
			style.addNewName().setVal("List Bullet");
			style.addNewPPr().addNewNumPr().addNewNumId().setVal(BigInteger.TWO);
			document.createStyles().addStyle(new XWPFStyle(style));
		}
		XWPFParagraph paragraph = document.createParagraph();
		paragraph.setStyle(LIST_STYLE);
		paragraph.createRun().setText(text);
		return this;
	}

	/** A table with one row per array; null leaves a cell empty. Cells with line breaks become paragraphs. */
	public XWPFTable table(String[]... rows) {
		XWPFTable table = document.createTable(rows.length, rows[0].length);
		for (int r = 0; r < rows.length; r++) {
			for (int c = 0; c < rows[r].length; c++) {
				write(table.getRow(r).getCell(c), rows[r][c]);
			}
		}
		return table;
	}

	public WordDocument header(String text) {
		document.createHeader(HeaderFooterType.DEFAULT).createParagraph().createRun().setText(text);
		return this;
	}

	public WordDocument footer(String text) {
		document.createFooter(HeaderFooterType.DEFAULT).createParagraph().createRun().setText(text);
		return this;
	}

	public WordDocument title(String text) {
		document.getProperties().getCoreProperties().setTitle(text);
		return this;
	}

	public WordDocument company(String text) {
		document.getProperties().getExtendedProperties().getUnderlyingProperties().setCompany(text);
		return this;
	}

	public Path save(Path file) throws IOException {
		try (document; OutputStream out = Files.newOutputStream(file)) {
			document.write(out);
		}
		return file;
	}

	/** Merges a row's cells from {@code column} over {@code span} grid columns, as Word stores it: one wider cell. */
	public static void mergeAcross(XWPFTable table, int row, int column, int span) {
		XWPFTableRow cells = table.getRow(row);
		properties(cells.getCell(column)).addNewGridSpan().setVal(BigInteger.valueOf(span));
		for (int i = 1; i < span; i++) {
			cells.removeCell(column + 1);
		}
	}

	/** Merges a column's cells from row {@code first} to {@code last}: the first restarts, the others continue. */
	public static void mergeDown(XWPFTable table, int column, int first, int last) {
		properties(table.getRow(first).getCell(column)).addNewVMerge().setVal(STMerge.RESTART);
		for (int r = first + 1; r <= last; r++) {
			properties(table.getRow(r).getCell(column)).addNewVMerge();
		}
	}

	public static void shade(XWPFTableCell cell, String fill) {
		properties(cell).addNewShd().setFill(fill);
	}

	/** A table inside the cell, after the cell's own paragraphs. */
	public static XWPFTable nest(XWPFTableCell cell, String[]... rows) {
		XWPFTable inner = new XWPFTable(cell.getCTTc().addNewTbl(), cell, rows.length, rows[0].length);
		cell.insertTable(cell.getTables().size(), inner);
		for (int r = 0; r < rows.length; r++) {
			for (int c = 0; c < rows[r].length; c++) {
				write(inner.getRow(r).getCell(c), rows[r][c]);
			}
		}
		cell.getCTTc().addNewP(); // Word ends every cell with a paragraph
		return inner;
	}

	private static void write(XWPFTableCell cell, String text) {
		if (text == null) {
			return;
		}
		String[] paragraphs = text.split("\n", -1);
		cell.getParagraphs().get(0).createRun().setText(paragraphs[0]);
		for (int i = 1; i < paragraphs.length; i++) {
			cell.addParagraph().createRun().setText(paragraphs[i]);
		}
	}

	private static CTTcPr properties(XWPFTableCell cell) {
		return cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
	}
}
