package se.ikkonsolidering.ingest.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.usermodel.DefaultIndexedColorMap;

/**
 * The facts the reader needs of each cell style in {@code styles.xml}: its solid fill colour, its font's colour, and
 * whether its number format is a date or a percentage. Colours resolve as POI's {@code XSSFColor} does: an explicit RGB, or a theme colour from
 * {@code theme1.xml}, with the tint applied; otherwise a legacy palette (indexed) colour.
 */
final class StyleSheet {

	/** Theme colour references are keys, not positions in the theme's colour scheme (ECMA-376 and POI's order). */
	private static final List<String> THEME_KEYS = List.of("lt1", "dk1", "lt2", "dk2", "accent1", "accent2",
			"accent3", "accent4", "accent5", "accent6", "hlink", "folHlink");
	private static final int AUTOMATIC = 64;

	/** @param fontColour the text's colour as {@code RRGGBB}, or {@code null} for black or automatic */
	record Style(String fill, boolean date, boolean percent, String fontColour) {
	}

	private record Colour(byte[] rgb, int theme, int indexed, double tint) {
	}

	private record Fill(String pattern, Colour foreground) {
	}

	private record Xf(int numFmtId, int fillId, boolean applyFill, int fontId) {
	}

	static final Style PLAIN = new Style(null, false, false, null);
	private static final String BLACK = "000000";

	private final Map<Integer, String> numberFormats = new HashMap<>();
	private final List<Fill> fills = new ArrayList<>();
	/** Each font's colour, {@code null} where it sets none. */
	private final List<Colour> fontColours = new ArrayList<>();
	/** Conditional formats' fill colours by dxf index; {@code null} for a format that sets no fill. */
	private final List<Colour> dxfFills = new ArrayList<>();
	private final List<Xf> xfs = new ArrayList<>();
	private final List<byte[]> palette = new ArrayList<>();
	private final Map<Integer, byte[]> themeColours = new HashMap<>();

	private StyleSheet() {
	}

	/** Reads {@code styles.xml} and the theme; a workbook without them has only plain cells. */
	static StyleSheet read(OoxmlPackage pkg) throws IOException, XMLStreamException {
		StyleSheet sheet = new StyleSheet();
		String styles = pkg.partOfType("styles");
		if (pkg.has(styles)) {
			try (InputStream in = pkg.open(styles)) {
				sheet.readStyles(in);
			}
		}
		String theme = pkg.partOfType("theme");
		if (pkg.has(theme)) {
			try (InputStream in = pkg.open(theme)) {
				sheet.readTheme(in);
			}
		}
		return sheet;
	}

	Style style(int index) {
		if (index < 0 || index >= xfs.size()) {
			return PLAIN;
		}
		Xf xf = xfs.get(index);
		String format = numberFormats.getOrDefault(xf.numFmtId(), BuiltinFormats.getBuiltinFormat(xf.numFmtId()));
		return new Style(xf.applyFill() ? fill(xf.fillId()) : null, DateUtil.isADateFormat(xf.numFmtId(), format),
				CellText.isPercentFormat(format), fontColour(xf.fontId()));
	}

	private String fontColour(int fontId) {
		if (fontId < 0 || fontId >= fontColours.size() || fontColours.get(fontId) == null) {
			return null;
		}
		String colour = resolve(fontColours.get(fontId));
		return BLACK.equals(colour) ? null : colour;
	}

	private String fill(int fillId) {
		if (fillId < 0 || fillId >= fills.size()) {
			return null;
		}
		Fill fill = fills.get(fillId);
		if (fill.pattern() == null || fill.pattern().equals("none") || fill.foreground() == null) {
			return null;
		}
		return resolve(fill.foreground());
	}

	/**
	 * The fill a conditional-formatting rule shows ({@code <dxf>}: Excel keeps a rule's solid fill in its background
	 * colour), or {@code null}.
	 */
	String conditionalFill(int dxfId) {
		if (dxfId < 0 || dxfId >= dxfFills.size() || dxfFills.get(dxfId) == null) {
			return null;
		}
		return resolve(dxfFills.get(dxfId));
	}

	private String resolve(Colour colour) {
		// Without a theme part, a theme reference falls back to the colour's own RGB, as in POI.
		byte[] rgb = colour.theme() >= 0 && !themeColours.isEmpty() ? themeColours.get(colour.theme()) : colour.rgb();
		if (rgb != null) {
			return hex(rgb, colour.tint());
		}
		if (colour.indexed() > 0 && colour.indexed() != AUTOMATIC) {
			byte[] indexed = palette.isEmpty() ? DefaultIndexedColorMap.getDefaultRGB(colour.indexed())
					: colour.indexed() < palette.size() ? palette.get(colour.indexed()) : null;
			return indexed == null ? null : hex(indexed, 0);
		}
		return null;
	}

	/** {@code RRGGBB} of the last three bytes (an alpha byte first is dropped), tinted as Excel does. */
	private static String hex(byte[] rgb, double tint) {
		StringBuilder s = new StringBuilder(6);
		for (int i = rgb.length - 3; i < rgb.length; i++) {
			s.append(String.format("%02X", tint(rgb[i] & 0xFF, tint) & 0xFF));
		}
		return s.toString();
	}

	private static byte tint(int lum, double tint) {
		if (tint > 0) {
			return (byte) (lum * (1.0 - tint) + (255 - 255 * (1.0 - tint)));
		}
		return tint < 0 ? (byte) (lum * (1 + tint)) : (byte) lum;
	}

	private void readStyles(InputStream in) throws XMLStreamException {
		XMLStreamReader xml = XmlParts.open(in);
		try {
			String section = "";
			String pattern = null;
			boolean inFill = false;
			boolean inFont = false;
			Colour fontColour = null;
			Colour foreground = null;
			Colour dxfColour = null;
			while (xml.hasNext()) {
				int event = XmlParts.next(xml);
				if (event == XMLStreamConstants.END_ELEMENT) {
					String name = xml.getLocalName();
					if (name.equals(section)) {
						section = "";
					}
					else if (name.equals("fill") && section.equals("fills")) {
						fills.add(new Fill(pattern, foreground));
						inFill = false;
					}
					else if (name.equals("dxf") && section.equals("dxfs")) {
						dxfFills.add(dxfColour);
					}
					else if (name.equals("font") && section.equals("fonts")) {
						fontColours.add(fontColour);
						inFont = false;
					}
					continue;
				}
				if (event != XMLStreamConstants.START_ELEMENT) {
					continue;
				}
				String name = xml.getLocalName();
				switch (name) {
					case "numFmts", "fills", "fonts", "cellXfs", "indexedColors", "dxfs" -> section = name;
					case "font" -> {
						if (section.equals("fonts")) {
							inFont = true;
							fontColour = null;
						}
					}
					case "color" -> {
						if (inFont) {
							fontColour = colour(xml);
						}
					}
					case "dxf" -> dxfColour = null;
					case "bgColor" -> {
						if (section.equals("dxfs")) {
							dxfColour = colour(xml);
						}
					}
					case "numFmt" -> {
						if (section.equals("numFmts")) {
							numberFormats.put(integer(xml, "numFmtId", 0), xml.getAttributeValue(null, "formatCode"));
						}
					}
					case "fill" -> {
						if (section.equals("fills")) {
							inFill = true;
							pattern = null;
							foreground = null;
						}
					}
					case "patternFill" -> {
						if (inFill) {
							pattern = xml.getAttributeValue(null, "patternType");
						}
					}
					case "fgColor" -> {
						if (inFill) {
							foreground = colour(xml);
						}
						else if (section.equals("dxfs") && dxfColour == null) {
							dxfColour = colour(xml);
						}
					}
					case "xf" -> {
						if (section.equals("cellXfs")) {
							String apply = xml.getAttributeValue(null, "applyFill");
							xfs.add(new Xf(integer(xml, "numFmtId", 0), integer(xml, "fillId", 0),
									apply == null || apply.equals("1") || apply.equalsIgnoreCase("true"),
									integer(xml, "fontId", 0)));
						}
					}
					case "rgbColor" -> {
						if (section.equals("indexedColors")) {
							palette.add(bytes(xml.getAttributeValue(null, "rgb")));
						}
					}
					default -> {
					}
				}
			}
		}
		finally {
			XmlParts.close(xml);
		}
	}

	private void readTheme(InputStream in) throws XMLStreamException {
		XMLStreamReader xml = XmlParts.open(in);
		try {
			int key = -1;
			boolean inScheme = false;
			while (xml.hasNext()) {
				int event = XmlParts.next(xml);
				if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("clrScheme")) {
					return; // only the first (the workbook's) colour scheme counts
				}
				if (event != XMLStreamConstants.START_ELEMENT) {
					continue;
				}
				String name = xml.getLocalName();
				if (name.equals("clrScheme")) {
					inScheme = true;
				}
				else if (inScheme && THEME_KEYS.contains(name)) {
					key = THEME_KEYS.indexOf(name);
				}
				else if (inScheme && key >= 0 && name.equals("srgbClr")) {
					themeColours.putIfAbsent(key, bytes(xml.getAttributeValue(null, "val")));
				}
				else if (inScheme && key >= 0 && name.equals("sysClr")) {
					themeColours.putIfAbsent(key, bytes(xml.getAttributeValue(null, "lastClr")));
				}
			}
		}
		finally {
			XmlParts.close(xml);
		}
	}

	private static Colour colour(XMLStreamReader xml) {
		String tint = xml.getAttributeValue(null, "tint");
		double tintValue = 0;
		try {
			tintValue = tint == null ? 0 : Double.parseDouble(tint);
		}
		catch (NumberFormatException ex) {
			tintValue = 0;
		}
		return new Colour(bytes(xml.getAttributeValue(null, "rgb")), integer(xml, "theme", -1),
				integer(xml, "indexed", -1), tintValue);
	}

	private static int integer(XMLStreamReader xml, String attribute, int otherwise) {
		String value = xml.getAttributeValue(null, attribute);
		try {
			return value == null ? otherwise : Integer.parseInt(value.strip());
		}
		catch (NumberFormatException ex) {
			return otherwise;
		}
	}

	/** Hex colour bytes ({@code FFC6EFCE} or {@code C6EFCE}), or {@code null} when absent or malformed. */
	private static byte[] bytes(String hex) {
		if (hex == null || (hex.length() != 6 && hex.length() != 8)) {
			return null;
		}
		try {
			byte[] bytes = new byte[hex.length() / 2];
			for (int i = 0; i < bytes.length; i++) {
				bytes[i] = (byte) Integer.parseInt(hex.substring(2 * i, 2 * i + 2), 16);
			}
			return bytes;
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}
}
