package se.ikkonsolidering.correction;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The columns of the workbook's sheet {@value #SHEET}, in order: the job's reading of each control (a contract other
 * tools read: {@code fil}, {@code flik}, {@code rad}, {@code nämnd}, {@code kontrollmoment}, {@code status}), the
 * columns the economy office fills in, and the job's facts that key and explain a row.
 */
public enum CorrectionColumn {

	FIL("fil"), FLIK("flik"), RAD("rad"), NAMND("nämnd"), KONTROLLMOMENT("kontrollmoment"), STATUS("status"),
	RATT_STATUS("Rätt status"), RATT_NAMND("Rätt nämnd"), RATT_AR("Rätt år"), RATT_PERIOD("Rätt period"),
	INTE_EN_KONTROLL("Inte en kontroll"), KOMMENTAR("Kommentar"), SIGNATUR("Signatur"),
	SHA256("sha256"), AR("år"), PERIOD("period"), STATUSKALLA("statuskälla"), STATUSTEXT("statustext"),
	ANMARKNING("anmärkning");

	/** The sheet the corrections are read from and written to. */
	public static final String SHEET = "Rättelser";

	private final String header;

	CorrectionColumn(String header) {
		this.header = header;
	}

	public String header() {
		return header;
	}

	/** Whether the economy office fills the column in (a correction), rather than the job. */
	public boolean edited() {
		return compareTo(RATT_STATUS) >= 0 && compareTo(SIGNATUR) <= 0;
	}

	/** The column a header names, whatever its case and surrounding spaces. */
	static Optional<CorrectionColumn> of(String header) {
		String wanted = header.strip().toLowerCase(Locale.ROOT);
		return Arrays.stream(values()).filter(c -> c.header.toLowerCase(Locale.ROOT).equals(wanted)).findFirst();
	}
}
