package se.ikkonsolidering.ingest.internal;

import java.io.IOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * What an OpenDocument file's cell and table styles say that matters to a reader: a cell's background colour (a
 * status given by colour, LibreOffice's "Good"/"Bad" styles included) and whether a sheet is hidden. Named styles
 * come from {@code styles.xml}, automatic ones from {@code content.xml}; a style without a colour of its own takes its
 * parent's.
 */
final class OdfStyles {

	/** How deep a chain of parent styles is followed; a longer one is a loop. */
	private static final int MAX_PARENTS = 20;

	private final Map<String, String> backgrounds = new HashMap<>();
	/** The colour a style writes its text in ({@code fo:color}), as {@code RRGGBB}. */
	private final Map<String, String> textColours = new HashMap<>();
	/** A text style's weight ({@code fo:font-weight}): "bold", or "" for any other, which no parent's overrides. */
	private final Map<String, String> weights = new HashMap<>();
	private final Map<String, String> parents = new HashMap<>();
	private final Set<String> hiddenTables = new HashSet<>();

	/** The named styles of {@code styles.xml}, when the file has one. */
	static OdfStyles read(OdfPackage pkg) throws IOException, XMLStreamException {
		OdfStyles styles = new OdfStyles();
		if (pkg.has("styles.xml")) {
			pkg.read("styles.xml", xml -> {
				while (xml.hasNext()) {
					if (XmlParts.next(xml) == XMLStreamConstants.START_ELEMENT) {
						styles.style(xml);
					}
				}
			});
		}
		return styles;
	}

	/** Takes in a style element ({@code style:style}) at the reader's position, or ignores any other element. */
	void style(XMLStreamReader xml) throws XMLStreamException {
		if (!OdfPackage.STYLE.equals(xml.getNamespaceURI()) || !xml.getLocalName().equals("style")) {
			return;
		}
		String name = xml.getAttributeValue(OdfPackage.STYLE, "name");
		String parent = xml.getAttributeValue(OdfPackage.STYLE, "parent-style-name");
		if (name == null) {
			return;
		}
		if (parent != null) {
			parents.put(name, parent);
		}
		int depth = 1;
		while (depth > 0) {
			int event = XmlParts.next(xml);
			if (event == XMLStreamConstants.START_ELEMENT) {
				depth++;
				String background = xml.getAttributeValue(OdfPackage.FO, "background-color");
				if (xml.getLocalName().equals("table-cell-properties") && background != null) {
					backgrounds.put(name, colour(background));
				}
				String text = xml.getAttributeValue(OdfPackage.FO, "color");
				if (xml.getLocalName().equals("text-properties") && text != null) {
					textColours.put(name, colour(text));
				}
				String weight = xml.getAttributeValue(OdfPackage.FO, "font-weight");
				if (xml.getLocalName().equals("text-properties") && weight != null) {
					weights.put(name, weight.equals("bold") ? "bold" : "");
				}
				if (xml.getLocalName().equals("table-properties")
						&& "false".equals(xml.getAttributeValue(OdfPackage.TABLE, "display"))) {
					hiddenTables.add(name);
				}
			}
			else if (event == XMLStreamConstants.END_ELEMENT) {
				depth--;
			}
		}
	}

	/** The background of a cell style as {@code RRGGBB}, or {@code null} for none (or "transparent"). */
	String fill(String style) {
		return inherited(backgrounds, style);
	}

	/** The colour a cell or text style writes its text in as {@code RRGGBB}, or {@code null} for automatic. */
	String textColour(String style) {
		return inherited(textColours, style);
	}

	/** Whether a text style sets its text in bold. */
	boolean bold(String style) {
		return inherited(weights, style) != null;
	}

	/** The style's own colour of the kind, or its nearest parent's; an empty one ("transparent") is none. */
	private String inherited(Map<String, String> colours, String style) {
		String current = style;
		for (int i = 0; current != null && i < MAX_PARENTS; i++) {
			if (colours.containsKey(current)) {
				String colour = colours.get(current);
				return colour.isEmpty() ? null : colour;
			}
			current = parents.get(current);
		}
		return null;
	}

	boolean isHiddenTable(String style) {
		return style != null && hiddenTables.contains(style);
	}

	/** "#ccffcc" as "CCFFCC"; "transparent" (no colour, overriding a parent's) as "". */
	private static String colour(String value) {
		String hex = value.startsWith("#") ? value.substring(1) : value;
		return hex.matches("[0-9A-Fa-f]{6}") ? hex.toUpperCase(Locale.ROOT) : "";
	}
}
