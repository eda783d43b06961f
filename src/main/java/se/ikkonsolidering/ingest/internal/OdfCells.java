package se.ikkonsolidering.ingest.internal;

import javax.xml.stream.XMLStreamReader;

/** Reading an OpenDocument table element's counts: repeats and spans, 1 when absent or nonsense. */
final class OdfCells {

	private OdfCells() {
	}

	/** A count attribute of the table namespace ({@code number-rows-repeated}, {@code number-columns-spanned} …). */
	static int repeat(XMLStreamReader xml, String attribute) {
		String value = xml.getAttributeValue(OdfPackage.TABLE, attribute);
		if (value == null) {
			return 1;
		}
		try {
			return Math.max(1, Integer.parseInt(value.strip()));
		}
		catch (NumberFormatException ex) {
			return 1;
		}
	}
}
