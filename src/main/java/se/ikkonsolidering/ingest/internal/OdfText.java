package se.ikkonsolidering.ingest.internal;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The text of one OpenDocument paragraph ({@code text:p}, {@code text:h}) as shown: spans, links and fields read
 * through, {@code text:s} as spaces, tabs and line breaks kept; comments, footnotes and drawings, which are not part
 * of the line, skipped.
 */
final class OdfText {

	private static final Set<String> SKIPPED = Set.of("annotation", "annotation-end", "note", "frame", "custom-shape",
			"rect", "line", "ellipse", "bookmark-ref", "ruby-text");
	private static final int MAX_SPACES = 1_000;

	private OdfText() {
	}

	/** Reads from the paragraph's start tag to its end tag. */
	static String paragraph(XMLStreamReader xml) throws XMLStreamException {
		return paragraph(xml, null, style -> null, (rgb, run) -> {
		});
	}

	/**
	 * Reads from the paragraph's start tag to its end tag, telling {@code coloured} the colour ({@code RRGGBB}) and
	 * text of each run written in a colour: "●" in green in a span of its own.
	 * @param own the colour of the paragraph's style, or {@code null}
	 * @param colourOf a text style's colour by its name, or {@code null}
	 */
	static String paragraph(XMLStreamReader xml, String own, Function<String, String> colourOf,
			BiConsumer<String, String> coloured) throws XMLStreamException {
		return paragraph(xml, own, colourOf, coloured, style -> false, run -> {
		});
	}

	/**
	 * Reads the paragraph as {@link #paragraph(XMLStreamReader, String, Function, BiConsumer)} does, telling
	 * {@code bold} each run of text set in bold: a report's control named in bold before its result.
	 * @param boldOf whether a text style by its name sets its text in bold
	 */
	static String paragraph(XMLStreamReader xml, String own, Function<String, String> colourOf,
			BiConsumer<String, String> coloured, Predicate<String> boldOf, Consumer<String> bold)
			throws XMLStreamException {
		StringBuilder text = new StringBuilder();
		Deque<Boolean> bolds = new ArrayDeque<>();
		bolds.push(false);
		// The colour of each element open inside the paragraph: a span's own, else the one around it.
		Deque<Optional<String>> colours = new ArrayDeque<>();
		colours.push(Optional.ofNullable(own));
		int depth = 1;
		while (depth > 0) {
			int event = XmlParts.next(xml);
			if (event == XMLStreamConstants.START_ELEMENT) {
				String name = xml.getLocalName();
				if (SKIPPED.contains(name)) {
					XmlParts.skipElement(xml);
					continue;
				}
				depth++;
				String style = xml.getAttributeValue(OdfPackage.TEXT, "style-name");
				String colour = style == null ? null : colourOf.apply(style);
				colours.push(colour == null ? colours.peek() : Optional.of(colour));
				bolds.push(style != null && boldOf.test(style) || bolds.peek());
				if (OdfPackage.TEXT.equals(xml.getNamespaceURI())) {
					switch (name) {
						case "s" -> text.append(" ".repeat(Math.min(MAX_SPACES, count(xml))));
						case "tab" -> text.append('\t');
						case "line-break" -> text.append('\n');
						default -> {
							// Spans, links and fields: their text is what is shown.
						}
					}
				}
			}
			else if (event == XMLStreamConstants.END_ELEMENT) {
				depth--;
				colours.pop();
				bolds.pop();
			}
			else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
					|| event == XMLStreamConstants.SPACE) {
				// OpenDocument collapses white space in the XML; kept spaces are written as <text:s/>.
				String run = xml.getText().replaceAll("[ \\t\\r\\n]+", " ");
				text.append(run);
				if (!run.isBlank()) {
					colours.peek().ifPresent(rgb -> coloured.accept(rgb, run));
				}
				if (bolds.peek()) {
					bold.accept(run);
				}
			}
		}
		return text.toString();
	}

	private static int count(XMLStreamReader xml) {
		try {
			return Math.max(1, Integer.parseInt(String.valueOf(xml.getAttributeValue(OdfPackage.TEXT, "c"))));
		}
		catch (NumberFormatException ex) {
			return 1;
		}
	}
}
