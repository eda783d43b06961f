package se.ikkonsolidering.correction;

import se.ikkonsolidering.store.Correction;

/**
 * A correction in force that corrects nothing (a rättelse utan träff): it stays, in the database and the workbook,
 * until the economy office empties its line, and is listed in the log and the summary until then.
 *
 * @param why in Swedish: "ingen inläst fil har den kontrollsumman", "filen har ersatts av 'SN helår v2.xlsx'" …
 */
public record Unmatched(Correction correction, String why) {

	/** "'SN helår.xlsx', flik 'Uppföljning', rad 12" or "'SN helår.xlsx' (hela filen)". */
	public String where() {
		Correction c = correction;
		return "'" + c.fileName() + "'" + (c.wholeFile() ? " (hela filen)" : ", flik '" + c.sheet() + "', rad " + c.row());
	}
}
