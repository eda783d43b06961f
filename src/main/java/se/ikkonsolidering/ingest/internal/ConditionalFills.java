package se.ikkonsolidering.ingest.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import se.ikkonsolidering.ingest.RawCell;

/**
 * The fill a cell shows once its sheet's conditional formatting is applied, as Excel shows it: rules in priority
 * order, the first that holds and sets a fill wins over the cell's own fill. A traffic light given only by a rule
 * ("Klar" turns green, a 3 turns red) is then a colour the status can be read from.
 */
final class ConditionalFills {

	static final ConditionalFills NONE = new ConditionalFills(List.of());

	private final List<ConditionalRule> rules;

	ConditionalFills(List<ConditionalRule> rules) {
		this.rules = rules.stream().sorted(Comparator.comparingInt(ConditionalRule::priority)).toList();
	}

	boolean isEmpty() {
		return rules.isEmpty();
	}

	/** The row's cells with the fills their rules show; the same list when the sheet has no rules. */
	List<RawCell> applyTo(int row, List<RawCell> cells) {
		if (rules.isEmpty()) {
			return cells;
		}
		Map<Integer, String> values = new HashMap<>();
		cells.forEach(c -> values.putIfAbsent(c.column(), c.text()));
		List<RawCell> shown = new ArrayList<>(cells.size());
		for (RawCell cell : cells) {
			String fill = cell.mergedFromAbove() ? null : fill(row, cell.column(), values);
			shown.add(fill == null ? cell
					: new RawCell(cell.column(), cell.text(), fill, cell.mergedFromAbove(), cell.mergedAcross(), cell.error()));
		}
		return shown;
	}

	/**
	 * @param row 0-based row
	 * @param column 0-based column
	 * @param values the row's cell texts by 0-based column, for rules that look at another cell of the row
	 * @return the rule's fill, or {@code null} when no rule with a fill holds
	 */
	String fill(int row, int column, Map<Integer, String> values) {
		String value = values.getOrDefault(column, "");
		for (ConditionalRule rule : rules) {
			if (!rule.appliesTo(row, column)) {
				continue;
			}
			boolean holds = holds(rule, row, column, value, values);
			if (holds && rule.fill() != null) {
				return rule.fill();
			}
			if (holds && rule.stopIfTrue()) {
				return null;
			}
		}
		return null;
	}

	private static boolean holds(ConditionalRule rule, int row, int column, String value, Map<Integer, String> values) {
		String lower = value.strip().toLowerCase(Locale.ROOT);
		String text = rule.text() == null ? "" : rule.text().toLowerCase(Locale.ROOT);
		return switch (rule.type()) {
			case "cellIs" -> cellIs(rule, row, column, value, values);
			case "containsText" -> !text.isEmpty() && lower.contains(text);
			case "notContainsText" -> !text.isEmpty() && !lower.contains(text);
			case "beginsWith" -> !text.isEmpty() && lower.startsWith(text);
			case "endsWith" -> !text.isEmpty() && lower.endsWith(text);
			case "containsBlanks" -> value.isBlank();
			case "notContainsBlanks" -> !value.isBlank();
			case "expression" -> !rule.formulas().isEmpty()
					&& CfFormula.isTrue(rule.formulas().get(0), rule.anchor(), row, column, values);
			default -> false;
		};
	}

	private static boolean cellIs(ConditionalRule rule, int row, int column, String value, Map<Integer, String> values) {
		if (rule.formulas().isEmpty() || value.isBlank()) {
			return false;
		}
		Object cell = CfFormula.valueOf(value);
		Object first = CfFormula.operand(rule.formulas().get(0), rule.anchor(), row, column, values);
		Object second = rule.formulas().size() > 1 ? CfFormula.operand(rule.formulas().get(1), rule.anchor(), row, column, values)
				: null;
		if (first == null) {
			return false;
		}
		return switch (rule.operator() == null ? "equal" : rule.operator()) {
			case "equal" -> CfFormula.compare(cell, first) == 0;
			case "notEqual" -> CfFormula.compare(cell, first) != 0;
			case "greaterThan" -> CfFormula.compare(cell, first) > 0;
			case "greaterThanOrEqual" -> CfFormula.compare(cell, first) >= 0;
			case "lessThan" -> CfFormula.compare(cell, first) < 0;
			case "lessThanOrEqual" -> CfFormula.compare(cell, first) <= 0;
			case "between" -> second != null && CfFormula.compare(cell, first) >= 0 && CfFormula.compare(cell, second) <= 0;
			case "notBetween" -> second != null && (CfFormula.compare(cell, first) < 0 || CfFormula.compare(cell, second) > 0);
			default -> false;
		};
	}
}
