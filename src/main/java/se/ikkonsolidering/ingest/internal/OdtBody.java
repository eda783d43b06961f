package se.ikkonsolidering.ingest.internal;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import se.ikkonsolidering.ingest.internal.DocumentSink.Cell;
import se.ikkonsolidering.ingest.internal.DocumentSink.VerticalMerge;

/**
 * Walks the {@code content.xml} of an OpenDocument text (.odt) into a {@link DocumentSink}: paragraphs and headings,
 * list items, tables with their spans and background colours. Tracked deletions, indexes, comments and
 * drawings are not text on the page and are skipped.
 */
final class OdtBody {

	private static final Set<String> SKIPPED = Set.of("tracked-changes", "table-of-content", "alphabetical-index",
			"illustration-index", "bibliography", "forms", "sequence-decls", "variable-decls", "user-field-decls",
			"annotation", "frame", "table-column", "covered-table-cell", "soft-page-break", "scripts",
			"font-face-decls");

	private final XMLStreamReader xml;
	private final DocumentSink sink;
	private final OdfStyles styles;
	/** Per open cell, how many times it repeats ({@code number-columns-repeated}; the repeats stay empty) and how
	 * many columns it spans. */
	private final Deque<Integer> repeats = new ArrayDeque<>();
	/** Covered cells right after a cell spanning columns stand in its place, which the sink has already counted. */
	private int coveredBySpan;
	/** How many list items the walk is inside: their paragraphs are list items, their headings stay headings. */
	private int listItems;

	OdtBody(XMLStreamReader xml, DocumentSink sink, OdfStyles styles) {
		this.xml = xml;
		this.sink = sink;
		this.styles = styles;
	}

	void walk() throws XMLStreamException {
		while (xml.hasNext()) {
			int event = XmlParts.next(xml);
			if (event == XMLStreamConstants.START_ELEMENT) {
				start();
			}
			else if (event == XMLStreamConstants.END_ELEMENT && OdfPackage.TABLE.equals(xml.getNamespaceURI())) {
				end(xml.getLocalName());
			}
			else if (event == XMLStreamConstants.END_ELEMENT && isListItem()) {
				listItems--;
			}
		}
	}

	private void start() throws XMLStreamException {
		String name = xml.getLocalName();
		String namespace = xml.getNamespaceURI();
		if (OdfPackage.STYLE.equals(namespace) && name.equals("style")) {
			styles.style(xml);
			return;
		}
		if (name.equals("covered-table-cell") && OdfPackage.TABLE.equals(namespace)) {
			int covered = OdfCells.repeat(xml, "number-columns-repeated");
			int counted = Math.min(covered, coveredBySpan);
			coveredBySpan -= counted;
			sink.skipColumns(covered - counted);
		}
		else {
			coveredBySpan = 0;
		}
		if (SKIPPED.contains(name)) {
			XmlParts.skipElement(xml);
			return;
		}
		if (isListItem()) {
			listItems++;
			return;
		}
		if (OdfPackage.TEXT.equals(namespace) && name.equals("p") && listItems > 0) {
			sink.listItem(paragraph(), listItems - 1);
			return;
		}
		if (OdfPackage.TEXT.equals(namespace) && (name.equals("p") || name.equals("h"))) {
			sink.paragraph(paragraph());
			return;
		}
		if (!OdfPackage.TABLE.equals(namespace)) {
			return; // lists, sections, the body: read through
		}
		switch (name) {
			case "table" -> sink.startTable();
			case "table-row" -> sink.startRow();
			case "table-cell" -> {
				repeats.push(OdfCells.repeat(xml, "number-columns-repeated"));
				repeats.push(OdfCells.repeat(xml, "number-columns-spanned"));
				sink.startCell(new Cell(OdfCells.repeat(xml, "number-columns-spanned"),
						OdfCells.repeat(xml, "number-rows-spanned"), VerticalMerge.NONE,
						styles.fill(xml.getAttributeValue(OdfPackage.TABLE, "style-name"))));
			}
			default -> {
				// Header rows, row groups: read through.
			}
		}
	}

	/** The paragraph's text, its runs in a colour of their own told to the sink ("●" in green). */
	private String paragraph() throws XMLStreamException {
		String own = styles.textColour(xml.getAttributeValue(OdfPackage.TEXT, "style-name"));
		return OdfText.paragraph(xml, own, styles::textColour, sink::textColour, styles::bold, sink::bold);
	}

	private boolean isListItem() {
		return OdfPackage.TEXT.equals(xml.getNamespaceURI()) && xml.getLocalName().equals("list-item");
	}

	private void end(String name) {
		switch (name) {
			case "table" -> sink.endTable();
			case "table-row" -> sink.endRow();
			case "table-cell" -> {
				sink.endCell();
				int spanned = repeats.pop();
				sink.skipColumns(repeats.pop() - 1);
				coveredBySpan = spanned - 1;
			}
			default -> {
				// Nothing to finish.
			}
		}
	}
}
