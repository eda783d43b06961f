package se.ikkonsolidering.ingest.internal;

import java.math.BigDecimal;
import java.time.LocalDateTime;

import org.apache.poi.hssf.usermodel.HSSFCellStyle;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.hssf.util.HSSFColor;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;

/** How a cell's value and fill become text, the same for the in-memory and the streaming reader. */
final class CellText {

	/** Larger merged regions (a whole column merged) are ignored rather than spread over thousands of cells. */
	private static final long MAX_MERGED_CELLS = 10_000;

	private static final short AUTOMATIC = HSSFColor.HSSFColorPredefined.AUTOMATIC.getIndex();

	private CellText() {
	}

	/** A date as ISO ({@code 2025-03-31}, with the time only when there is one); other numbers without exponent. */
	static String number(double value, LocalDateTime dateOrNull) {
		if (dateOrNull != null) {
			return dateOrNull.toLocalTime().toSecondOfDay() == 0 ? dateOrNull.toLocalDate().toString()
					: dateOrNull.toString().replace('T', ' ');
		}
		if (Double.isNaN(value) || Double.isInfinite(value)) {
			return "";
		}
		return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
	}

	/**
	 * A fraction shown as a percentage, as Excel shows it: 0.75 as "75 %". A follow-up that gives its status as
	 * "andel genomfört" means 75 %, not 0.75; the space is the Swedish way of writing it.
	 */
	static String percent(double fraction) {
		if (Double.isNaN(fraction) || Double.isInfinite(fraction)) {
			return "";
		}
		return BigDecimal.valueOf(fraction).movePointRight(2).stripTrailingZeros().toPlainString() + " %";
	}

	/** Whether a number format shows a percentage: a {@code %} outside quoted text and escapes. */
	static boolean isPercentFormat(String format) {
		if (format == null) {
			return false;
		}
		String unquoted = format.replaceAll("\"[^\"]*\"", "").replaceAll("\\\\.", "");
		return unquoted.contains("%");
	}

	/** Whether a merged region is small enough to spread its value over; counted in long, as a sheet-wide merge
	 * overflows an int. */
	static boolean isSpreadable(CellRangeAddress region) {
		return isSpreadable((long) (region.getLastRow() - region.getFirstRow() + 1)
				* (region.getLastColumn() - region.getFirstColumn() + 1));
	}

	/** Whether a merged region of so many cells is small enough to spread its value over. */
	static boolean isSpreadable(long cells) {
		return cells <= MAX_MERGED_CELLS;
	}

	static String bool(boolean value) {
		return value ? "SANT" : "FALSKT";
	}

	/** The solid fill colour as {@code RRGGBB}, tint applied, or {@code null} for no fill. */
	static String fill(CellStyle style) {
		if (style == null || style.getFillPattern() == FillPatternType.NO_FILL) {
			return null;
		}
		if (style instanceof XSSFCellStyle xssf) {
			XSSFColor color = xssf.getFillForegroundColorColor();
			byte[] rgb = color == null ? null : color.getRGBWithTint();
			if (rgb == null && color != null && color.getIndex() != AUTOMATIC) {
				rgb = color.getRGB(); // a legacy palette colour (indexed) carries no RGB of its own
			}
			return rgb == null ? null : hex(rgb[rgb.length - 3], rgb[rgb.length - 2], rgb[rgb.length - 1]);
		}
		if (style instanceof HSSFCellStyle hssf) {
			HSSFColor color = paletteColour(hssf);
			if (color == null || color.getIndex() == AUTOMATIC) {
				return null;
			}
			short[] t = color.getTriplet();
			return hex((byte) t[0], (byte) t[1], (byte) t[2]);
		}
		return null;
	}

	/**
	 * The fill's colour from the workbook's palette, or from the default palette when the workbook has none of its
	 * own: POI cannot add one to a file that lacks it where it expects it (as xlwt writes a workbook), and fails.
	 */
	private static HSSFColor paletteColour(HSSFCellStyle style) {
		try {
			return style.getFillForegroundColorColor();
		}
		catch (IllegalStateException ex) {
			return HSSFColor.getIndexHash().get((int) style.getFillForegroundColor());
		}
	}

	/** A text colour that may say something: none for automatic, black or white (on a dark fill). */
	static String ink(String colour) {
		return colour == null || colour.equalsIgnoreCase("000000") || colour.equalsIgnoreCase("FFFFFF") ? null : colour;
	}

	/** The colour of a cell's text as {@code RRGGBB}, or {@code null} for automatic. */
	static String fontColour(Cell cell) {
		CellStyle style = cell.getCellStyle();
		if (style instanceof XSSFCellStyle xssf) {
			return colour(xssf.getFont().getXSSFColor());
		}
		if (style instanceof HSSFCellStyle hssf) {
			HSSFWorkbook workbook = (HSSFWorkbook) cell.getSheet().getWorkbook();
			return colour(paletteColour(workbook, hssf.getFont(workbook).getColor()));
		}
		return null;
	}

	/** A palette index's colour: the workbook's own, or the default palette's, as for fills (see above). */
	private static HSSFColor paletteColour(HSSFWorkbook workbook, short index) {
		try {
			HSSFColor own = workbook.getCustomPalette().getColor(index);
			if (own != null) {
				return own;
			}
		}
		catch (IllegalStateException ex) {
			// No palette of its own to read (as xlwt writes a workbook).
		}
		return HSSFColor.getIndexHash().get((int) index);
	}

	/** A conditional format's fill colour as {@code RRGGBB}, or {@code null}. */
	static String colour(org.apache.poi.ss.usermodel.Color color) {
		if (color instanceof XSSFColor xssf) {
			byte[] rgb = xssf.getRGBWithTint() != null ? xssf.getRGBWithTint() : xssf.getRGB();
			return rgb == null ? null : hex(rgb[rgb.length - 3], rgb[rgb.length - 2], rgb[rgb.length - 1]);
		}
		if (color instanceof HSSFColor hssf && hssf.getIndex() != AUTOMATIC) {
			short[] t = hssf.getTriplet();
			return hex((byte) t[0], (byte) t[1], (byte) t[2]);
		}
		return null;
	}

	private static String hex(byte r, byte g, byte b) {
		return String.format("%02X%02X%02X", r & 0xFF, g & 0xFF, b & 0xFF);
	}
}
