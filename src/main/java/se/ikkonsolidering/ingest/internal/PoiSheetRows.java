package se.ikkonsolidering.ingest.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.apache.poi.ss.formula.ConditionalFormattingEvaluator;
import org.apache.poi.ss.formula.EvaluationConditionalFormatRule;
import org.apache.poi.ss.formula.WorkbookEvaluatorProvider;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.PatternFormatting;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

import se.ikkonsolidering.ingest.CellWords;
import se.ikkonsolidering.ingest.RawCell;
import se.ikkonsolidering.ingest.RawRow;

/** Turns one POI sheet into raw rows: cached formula values, ISO dates, fill colours, merged regions spread out. */
final class PoiSheetRows {

	private final Sheet sheet;
	private final Map<Long, CellRangeAddress> mergedByCell = new HashMap<>();
	private final ConditionalFormattingEvaluator conditional;

	PoiSheetRows(Sheet sheet) {
		this.sheet = sheet;
		// Excel shows a conditional format's fill over the cell's own: POI evaluates the rules as Excel does.
		this.conditional = new ConditionalFormattingEvaluator(sheet.getWorkbook(),
				(WorkbookEvaluatorProvider) sheet.getWorkbook().getCreationHelper().createFormulaEvaluator());
		for (CellRangeAddress region : sheet.getMergedRegions()) {
			// Guard against absurd regions (a whole column merged) blowing up the map.
			if (!CellText.isSpreadable(region)) {
				continue;
			}
			for (int r = region.getFirstRow(); r <= region.getLastRow(); r++) {
				for (int c = region.getFirstColumn(); c <= region.getLastColumn(); c++) {
					mergedByCell.put(key(r, c), region);
				}
			}
		}
	}

	/** The 0-based columns the sheet hides, among those its rows use. */
	Set<Integer> hiddenColumns() {
		int last = 0;
		for (Row row : sheet) {
			last = Math.max(last, row.getLastCellNum());
		}
		Set<Integer> hidden = new TreeSet<>();
		for (int column = 0; column < last; column++) {
			if (sheet.isColumnHidden(column)) {
				hidden.add(column);
			}
		}
		return hidden;
	}

	List<RawRow> rows() {
		Map<Integer, List<RawCell>> byRow = new TreeMap<>();
		for (Row row : sheet) {
			for (Cell cell : row) {
				RawCell raw = toRaw(cell);
				if (raw != null) {
					byRow.computeIfAbsent(row.getRowNum(), k -> new ArrayList<>()).add(raw);
				}
			}
		}
		addMergedContinuations(byRow);
		List<RawRow> rows = new ArrayList<>(byRow.size());
		byRow.forEach((index, cells) -> {
			cells.sort(Comparator.comparingInt(RawCell::column));
			rows.add(new RawRow(index + 1, cells));
		});
		return rows;
	}

	private RawCell toRaw(Cell cell) {
		CellRangeAddress region = mergedByCell.get(key(cell.getRowIndex(), cell.getColumnIndex()));
		if (region != null && (region.getFirstRow() != cell.getRowIndex()
				|| region.getFirstColumn() != cell.getColumnIndex())) {
			return null; // filled in from the region's top-left cell
		}
		CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
		String text = switch (type) {
			case STRING -> cell.getStringCellValue();
			case NUMERIC -> numeric(cell);
			case BOOLEAN -> CellText.bool(cell.getBooleanCellValue());
			case ERROR -> FormulaError.forInt(cell.getErrorCellValue()).getString();
			default -> "";
		};
		String fill = conditionalFill(cell);
		if (fill == null) {
			fill = CellText.fill(cell.getCellStyle());
		}
		if (CellWords.isColouredSign(text)) {
			// "●" written in green under a legend of coloured dots: its colour is what the cell says.
			fill = CellWords.shownColour(text, fill, CellText.fontColour(cell));
		}
		if (text.isBlank() && fill == null) {
			return null;
		}
		boolean across = region != null && region.getLastColumn() > region.getFirstColumn();
		return new RawCell(cell.getColumnIndex(), text, fill, false, across, type == CellType.ERROR,
				text.isBlank() ? null : CellText.ink(CellText.fontColour(cell)));
	}

	private String conditionalFill(Cell cell) {
		try {
			for (EvaluationConditionalFormatRule rule : conditional.getConditionalFormattingForCell(cell)) {
				PatternFormatting pattern = rule.getRule().getPatternFormatting();
				String fill = pattern == null ? null : CellText.colour(pattern.getFillBackgroundColorColor());
				if (fill != null) {
					return fill;
				}
			}
		}
		catch (RuntimeException ex) {
			// A rule POI cannot evaluate shows no colour; the cell keeps its own fill.
		}
		return null;
	}

	/** Copies each merged region's top-left value into the region's other cells, flagged as merged. */
	private void addMergedContinuations(Map<Integer, List<RawCell>> byRow) {
		for (CellRangeAddress region : sheet.getMergedRegions()) {
			if (!mergedByCell.containsKey(key(region.getFirstRow(), region.getFirstColumn()))) {
				continue;
			}
			RawCell origin = byRow.getOrDefault(region.getFirstRow(), List.of()).stream()
				.filter(c -> c.column() == region.getFirstColumn())
				.findFirst()
				.orElse(null);
			if (origin == null) {
				continue;
			}
			MergedCells.spread(region, origin, (r, copy) -> byRow.computeIfAbsent(r, k -> new ArrayList<>()).add(copy));
		}
	}

	private static String numeric(Cell cell) {
		double value = cell.getNumericCellValue();
		if (CellText.isPercentFormat(cell.getCellStyle().getDataFormatString())) {
			return CellText.percent(value);
		}
		boolean date = DateUtil.isCellDateFormatted(cell) && DateUtil.isValidExcelDate(value);
		return CellText.number(value, date ? cell.getLocalDateTimeCellValue() : null);
	}

	private static long key(int row, int column) {
		return ((long) row << 16) | column;
	}
}
