package se.ikkonsolidering.report;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import se.ikkonsolidering.classify.ControlStatus;

/** The workbook's few cell styles, made once per workbook (Excel limits how many a file may hold). */
final class XlsxStyles {

	private final XSSFWorkbook workbook;
	private final CellStyle plain;
	private final CellStyle header;
	private final CellStyle title;
	private final Map<ControlStatus, CellStyle> statuses = new EnumMap<>(ControlStatus.class);
	private final Map<String, CellStyle> fills = new HashMap<>();

	XlsxStyles(XSSFWorkbook workbook) {
		this.workbook = workbook;
		this.plain = workbook.getCellStyleAt(0);
		XSSFFont white = workbook.createFont();
		white.setBold(true);
		white.setColor(colour("FFFFFF"));
		XSSFCellStyle headerStyle = filled("17324D");
		headerStyle.setFont(white);
		headerStyle.setWrapText(true);
		this.header = headerStyle;
		XSSFFont large = workbook.createFont();
		large.setBold(true);
		large.setFontHeightInPoints((short) 14);
		XSSFCellStyle titleStyle = workbook.createCellStyle();
		titleStyle.setFont(large);
		this.title = titleStyle;
		for (ControlStatus status : ControlStatus.values()) {
			statuses.put(status, fill(Palette.of(status).light()));
		}
	}

	/**
	 * The workbook's default style, set on a cell explicitly: for a cell without a style the streaming workbook
	 * looks up its column's style in the sheet's XML, which took a tenth of the time of a large sheet.
	 */
	CellStyle plain() {
		return plain;
	}

	CellStyle header() {
		return header;
	}

	CellStyle title() {
		return title;
	}

	/** The traffic-light tint of a status. */
	CellStyle status(ControlStatus status) {
		return statuses.get(status);
	}

	CellStyle light(TrafficLight light) {
		return fill(Palette.light(light));
	}

	private CellStyle fill(String rgb) {
		return fills.computeIfAbsent(rgb, this::filled);
	}

	private XSSFCellStyle filled(String rgb) {
		XSSFCellStyle style = workbook.createCellStyle();
		style.setFillForegroundColor(colour(rgb));
		style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
		return style;
	}

	private static XSSFColor colour(String rgb) {
		return new XSSFColor(HexFormat.of().parseHex(rgb), null);
	}
}
