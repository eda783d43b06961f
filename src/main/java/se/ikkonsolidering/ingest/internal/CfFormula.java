package se.ikkonsolidering.ingest.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;

/**
 * The small part of Excel's formula language that conditional-formatting rules on a status column use:
 * {@code D4="Klar"}, {@code OR($D4="Ej påbörjad",$D4="Avbruten")}, {@code AND(D4>=1,D4<3)},
 * {@code ISNUMBER(SEARCH("klar",D4))}, with references relative to the rule's first cell. A reference to another
 * row, or anything else it does not know, makes the rule not hold: a colour is never invented.
 */
final class CfFormula {

	private static final Pattern REFERENCE = Pattern.compile("\\$?[A-Za-z]{1,3}\\$?\\d+");

	private final String text;
	private final CellRangeAddress anchor;
	private final int row;
	private final int column;
	private final Map<Integer, String> values;
	private int at;

	private CfFormula(String text, CellRangeAddress anchor, int row, int column, Map<Integer, String> values) {
		this.text = text.strip().startsWith("=") ? text.strip().substring(1) : text.strip();
		this.anchor = anchor;
		this.row = row;
		this.column = column;
		this.values = values;
	}

	static boolean isTrue(String formula, CellRangeAddress anchor, int row, int column, Map<Integer, String> values) {
		try {
			Object result = new CfFormula(formula, anchor, row, column, values).parseAll();
			return Boolean.TRUE.equals(result) || (result instanceof Double d && d != 0);
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	/** A {@code cellIs} rule's operand: a literal, or the value of a cell of the same row. */
	static Object operand(String formula, CellRangeAddress anchor, int row, int column, Map<Integer, String> values) {
		try {
			return new CfFormula(formula, anchor, row, column, values).parseAll();
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	/** A cell's text as Excel compares it: a number when it is one. */
	static Object valueOf(String cellText) {
		String s = cellText.strip();
		try {
			return s.isEmpty() ? "" : Double.valueOf(s.replace(',', '.'));
		}
		catch (NumberFormatException ex) {
			return s;
		}
	}

	static int compare(Object a, Object b) {
		if (a instanceof Double x && b instanceof Double y) {
			return Double.compare(x, y);
		}
		if (a instanceof Boolean || b instanceof Boolean) {
			return String.valueOf(a).compareToIgnoreCase(String.valueOf(b));
		}
		// Excel orders numbers before text and compares text without regard to case.
		if (a instanceof Double) {
			return -1;
		}
		if (b instanceof Double) {
			return 1;
		}
		return String.valueOf(a).toLowerCase(Locale.ROOT).compareTo(String.valueOf(b).toLowerCase(Locale.ROOT));
	}

	private Object parseAll() {
		Object value = comparison();
		skipSpace();
		if (at != text.length()) {
			throw new IllegalArgumentException("unexpected " + text.substring(at));
		}
		return value;
	}

	private Object comparison() {
		Object left = concatenation();
		skipSpace();
		for (String op : List.of("<>", "<=", ">=", "=", "<", ">")) {
			if (text.startsWith(op, at)) {
				at += op.length();
				int c = compare(left, concatenation());
				return switch (op) {
					case "<>" -> c != 0;
					case "<=" -> c <= 0;
					case ">=" -> c >= 0;
					case "=" -> c == 0;
					case "<" -> c < 0;
					default -> c > 0;
				};
			}
		}
		return left;
	}

	private Object concatenation() {
		Object left = term();
		skipSpace();
		while (at < text.length() && text.charAt(at) == '&') {
			at++;
			left = string(left) + string(term());
			skipSpace();
		}
		return left;
	}

	private Object term() {
		skipSpace();
		if (at >= text.length()) {
			throw new IllegalArgumentException("end of formula");
		}
		char c = text.charAt(at);
		if (c == '"') {
			return stringLiteral();
		}
		if (c == '(') {
			at++;
			Object inner = comparison();
			expect(')');
			return inner;
		}
		if (Character.isDigit(c) || c == '-' || c == '.') {
			return number();
		}
		Matcher reference = REFERENCE.matcher(text).region(at, text.length());
		if (reference.lookingAt() && !text.startsWith("(", reference.end())) {
			at = reference.end();
			return cell(reference.group());
		}
		return function();
	}

	private Object function() {
		int start = at;
		while (at < text.length() && (Character.isLetter(text.charAt(at)) || text.charAt(at) == '.')) {
			at++;
		}
		String name = text.substring(start, at).toUpperCase(Locale.ROOT);
		if (name.equals("TRUE") || name.equals("FALSE")) {
			return name.equals("TRUE");
		}
		expect('(');
		List<Object> args = new ArrayList<>();
		skipSpace();
		if (!text.startsWith(")", at)) {
			do {
				args.add(comparison());
				skipSpace();
			}
			while (at < text.length() && text.charAt(at++) == ',');
			at--;
		}
		expect(')');
		return apply(name, args);
	}

	private static Object apply(String name, List<Object> args) {
		return switch (name) {
			case "OR" -> args.stream().anyMatch(Boolean.TRUE::equals);
			case "AND" -> !args.isEmpty() && args.stream().allMatch(Boolean.TRUE::equals);
			case "NOT" -> !Boolean.TRUE.equals(args.get(0));
			case "ISBLANK" -> string(args.get(0)).isEmpty();
			case "ISNUMBER" -> args.get(0) instanceof Double;
			case "SEARCH", "FIND" -> {
				String needle = string(args.get(0));
				String hay = string(args.get(1));
				int i = name.equals("SEARCH") ? hay.toLowerCase(Locale.ROOT).indexOf(needle.toLowerCase(Locale.ROOT))
						: hay.indexOf(needle);
				yield i < 0 ? "#VALUE!" : (Object) (double) (i + 1);
			}
			case "LEFT" -> prefix(string(args.get(0)), args.size() > 1 ? (Double) args.get(1) : 1.0);
			case "RIGHT" -> {
				String s = string(args.get(0));
				int n = (int) Math.min(s.length(), args.size() > 1 ? (Double) args.get(1) : 1.0);
				yield s.substring(s.length() - n);
			}
			case "LEN" -> (double) string(args.get(0)).length();
			case "TRIM" -> string(args.get(0)).strip();
			case "UPPER" -> string(args.get(0)).toUpperCase(Locale.ROOT);
			case "LOWER" -> string(args.get(0)).toLowerCase(Locale.ROOT);
			case "EXACT" -> string(args.get(0)).equals(string(args.get(1)));
			case "VALUE" -> valueOf(string(args.get(0)));
			default -> throw new IllegalArgumentException("unknown function " + name);
		};
	}

	private static String prefix(String s, double n) {
		return s.substring(0, (int) Math.min(s.length(), n));
	}

	/** A reference moved from the rule's first cell to the cell being judged; only the same row is known. */
	private Object cell(String reference) {
		CellReference ref = new CellReference(reference);
		int targetRow = ref.isRowAbsolute() ? ref.getRow() : ref.getRow() + (row - anchor.getFirstRow());
		if (targetRow != row) {
			throw new IllegalArgumentException("another row");
		}
		int targetColumn = ref.isColAbsolute() ? ref.getCol() : ref.getCol() + (column - anchor.getFirstColumn());
		return valueOf(values.getOrDefault(targetColumn, ""));
	}

	private Object stringLiteral() {
		StringBuilder s = new StringBuilder();
		at++;
		while (at < text.length()) {
			char c = text.charAt(at++);
			if (c == '"') {
				if (at < text.length() && text.charAt(at) == '"') {
					s.append('"');
					at++;
					continue;
				}
				return s.toString();
			}
			s.append(c);
		}
		throw new IllegalArgumentException("unclosed string");
	}

	private Object number() {
		int start = at;
		at++;
		while (at < text.length() && (Character.isDigit(text.charAt(at)) || text.charAt(at) == '.')) {
			at++;
		}
		return Double.valueOf(text.substring(start, at));
	}

	private static String string(Object value) {
		if (value instanceof Double d) {
			return d == Math.rint(d) ? String.valueOf(d.longValue()) : String.valueOf(d);
		}
		return String.valueOf(value);
	}

	private void expect(char c) {
		skipSpace();
		if (at >= text.length() || text.charAt(at) != c) {
			throw new IllegalArgumentException("expected " + c);
		}
		at++;
	}

	private void skipSpace() {
		while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
			at++;
		}
	}
}
