package se.ikkonsolidering.report;

import java.util.List;

import se.ikkonsolidering.register.Register;
import se.ikkonsolidering.store.Outcome;
import se.ikkonsolidering.support.ReportDatabase;

/**
 * A small kommun's year in the database: four nämnder in the register, one green, one yellow with a replaced file
 * and a delår, one red, one that sent nothing, a rejected file, and the previous year for Socialnämnden.
 */
final class KommunYear {

	static final int YEAR = 2025;

	static final Register REGISTER = new Register(List.of(new Register.Namnd("Kommunstyrelsen", List.of("KS")),
			new Register.Namnd("Socialnämnden", List.of()), new Register.Namnd("Kulturnämnden", List.of()),
			new Register.Namnd("Barn- och utbildningsnämnden", List.of("BUN"))));

	private KommunYear() {
	}

	/** What the export step reads for the year from the filled database. */
	static YearData year(ReportDatabase db) {
		return new SummaryQueries(db.store).year(YEAR);
	}

	static void fill(ReportDatabase db) {
		long before = db.read(1, "sn-vb-2024.xlsx", "Socialnämnden", YEAR - 1, "HELAR", null);
		db.control(before, 1, "Kontroll av attester", "Ingen kontroll gjordes.", "EJ_GENOMFORD", "KOLUMN",
				"EJ_GENOMFORD");
		db.control(before, 2, "Hot och våld", "Genomförd.", "GENOMFORD", "KOLUMN");

		long ks = db.read(2, "KS uppföljning helår 2025.xlsx", "Kommunstyrelsen", YEAR, "HELAR", "Tillräcklig");
		for (int seq = 1; seq <= 9; seq++) {
			db.control(ks, seq, "Kontrollmoment " + seq, "Granskning genomförd utan anmärkning.", "GENOMFORD", "KOLUMN");
		}
		db.control(ks, 10, "Uppföljning av avtalstrohet", "Påbörjad, slutförs under våren.", "DELVIS", "TEXT",
				"DELVIS");

		long snDelar = db.read(2, "Socialnämnden delår 2025.xlsx", "Socialnämnden", YEAR, "DELAR", null);
		db.control(snDelar, 1, "Kontroll av attester", "Ej påbörjad.", "EJ_GENOMFORD", "TEXT", "EJ_GENOMFORD");
		long snFirst = db.read(3, "Socialnämnden helår 2025.xlsx", "Socialnämnden", YEAR, "HELAR", "Ej tillräcklig");
		db.control(snFirst, 1, "Kontroll av attester", "Utkast.", "OKLAR", "TEXT", "OKLAR_STATUS");
		long sn = db.read(4, "Socialnämnden helår 2025 rättad.xlsx", "Socialnämnden", YEAR, "HELAR",
				"Ej tillräcklig");
		db.supersede(snFirst, sn);
		db.control(sn, 1, "Kontroll av attester", "Kontrollen har inte genomförts på grund av vakanser.",
				"EJ_GENOMFORD", "KOLUMN", "EJ_GENOMFORD");
		db.control(sn, 2, "Hot och våld", "Utbildning genomförd för alla enheter.", "GENOMFORD", "FARG");
		db.control(sn, 3, "Delegationsbeslut", "Stickprov visade att ett fåtal beslut inte anmälts. ".repeat(6),
				"GENOMFORD", "FARG", "AVVIKELSE");
		db.control(sn, 4, "Förtroendekänsliga poster",
				"Kontroller av representation\n\nArbete pågår med nya rutiner för representation.", "OKLAR", "TEXT",
				"OKLAR_STATUS");
		db.control(sn, 5, "Kontroll av fakturor", "Genomförd enligt plan.", "GENOMFORD", "KOLUMN");

		long bun = db.read(4, "BUN T2 2025.csv", "Barn- och utbildningsnämnden", YEAR, "T2", null);
		db.control(bun, 1, "Klagomålshantering i förskolan", "Genomförd.", "GENOMFORD", "KOLUMN");
		db.control(bun, 2, "Skolskjuts", "Genomförd.", "GENOMFORD", "KOLUMN");
		db.control(bun, 3, "Inköp via e-handel", "", "SAKNAS", "INGEN", "SAKNAS");
		db.control(bun, 4, "Informationssäkerhet", "", "SAKNAS", "INGEN", "SAKNAS");

		db.unread(4, "trasig.xlsx", Outcome.AVVISAD,
				"Filen är skadad eller ofullständig. Vad kan du göra? Spara filen på nytt och skicka den igen.");
	}
}
