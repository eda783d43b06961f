package se.ikkonsolidering.report;

import org.dhatim.fastexcel.StyleSetter;
import org.dhatim.fastexcel.Worksheet;

import se.ikkonsolidering.classify.ControlStatus;

/**
 * The workbook's few cell looks. The writer keeps one style per distinct look, so however many cells carry a look,
 * the file holds it once (Excel limits how many styles a file may hold).
 */
final class XlsxStyles {

	private static final Look HEADER = new Look("17324D", "FFFFFF", true, 0, true);
	private static final Look TITLE = new Look(null, null, true, 14, false);

	/** The workbook's default look: no style is set on the cell. */
	Look plain() {
		return null;
	}

	Look header() {
		return HEADER;
	}

	Look title() {
		return TITLE;
	}

	/** The traffic-light tint of a status. */
	Look status(ControlStatus status) {
		return fill(Palette.of(status).light());
	}

	Look light(TrafficLight light) {
		return fill(Palette.light(light));
	}

	private static Look fill(String rgb) {
		return new Look(rgb, null, false, 0, false);
	}

	/**
	 * @param fill the fill's RGB hex, or {@code null}
	 * @param fontColour the font's RGB hex, or {@code null}
	 * @param fontSize points, or 0 for the default
	 */
	record Look(String fill, String fontColour, boolean bold, int fontSize, boolean wrap) {

		void apply(Worksheet sheet, int row, int column) {
			StyleSetter style = sheet.style(row, column);
			if (fill != null) {
				style.fillColor(fill);
			}
			if (fontColour != null) {
				style.fontColor(fontColour);
			}
			if (bold) {
				style.bold();
			}
			if (fontSize > 0) {
				style.fontSize(fontSize);
			}
			if (wrap) {
				style.wrapText(true);
			}
			style.set();
		}
	}
}
