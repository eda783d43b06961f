package se.ikkonsolidering.ingest.internal;

/** Row and column numbers of the sheet XML's cell references ({@code r="12"}, {@code r="AB12"}). */
final class CellRefs {

	private CellRefs() {
	}

	/** 0-based row from {@code r="12"}, or {@code next} when the file leaves it out. */
	static int rowIndex(String ref, int next) {
		if (ref == null) {
			return next;
		}
		try {
			int row = Integer.parseInt(ref.strip());
			return row >= 1 ? row - 1 : next;
		}
		catch (NumberFormatException ex) {
			return next;
		}
	}

	/** 0-based column from a reference such as {@code AB12}, or {@code next} when the file leaves it out. */
	static int columnIndex(String ref, int next) {
		if (ref == null || ref.isEmpty()) {
			return next;
		}
		int column = 0;
		int i = 0;
		while (i < ref.length() && Character.isLetter(ref.charAt(i))) {
			column = column * 26 + (Character.toUpperCase(ref.charAt(i)) - 'A' + 1);
			i++;
		}
		return i == 0 ? next : column - 1;
	}
}
