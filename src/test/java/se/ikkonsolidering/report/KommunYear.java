package se.ikkonsolidering.report;

import java.util.List;

import se.ikkonsolidering.oversight.Oversight;
import se.ikkonsolidering.register.Register;
import se.ikkonsolidering.store.Outcome;
import se.ikkonsolidering.support.ReportDatabase;

/**
 * A small kommun's year in the database: four nämnder in the register, one green, one yellow with a replaced file
 * and a delår, one red, one that sent nothing, a rejected file, and the previous year for Socialnämnden.
 */
final class KommunYear {

	static final int YEAR = 2025;

	/** The built-in rules, no tidplan, the summary made the night of {@link SummaryReportTests#NIGHT}. */
	static final Oversight OVERSIGHT = Oversight.load(null, SummaryReportTests.NIGHT);

	static final Register REGISTER = new Register(List.of(new Register.Namnd("Kommunstyrelsen", List.of("KS")),
			new Register.Namnd("Socialnämnden", List.of()), new Register.Namnd("Kulturnämnden", List.of()),
			new Register.Namnd("Barn- och utbildningsnämnden", List.of("BUN"))));

	private KommunYear() {
	}

	/** What the export step reads for the year from the filled database. */
	static YearData year(ReportDatabase db) {
		return new SummaryQueries(db.store, KommunYear.OVERSIGHT).year(YEAR);
	}

	/**
	 * Socialnämnden's adopted plan, whose marked kommungemensam control its follow-up leaves out, and Kulturnämnden's,
	 * which has no follow-up to compare with yet.
	 */
	static void fillPlans(ReportDatabase db) {
		long plan = db.plan(1, "Internkontrollplan 2025 Socialnämnden.xlsx", "Socialnämnden", YEAR);
		db.planned(plan, 1, "1", "Kontroll av attester", "Helår");
		db.planned(plan, 2, "2", "Hot och våld", "Helår");
		db.planned(plan, 3, "3", "Delegationsbeslut", "Helår");
		db.planned(plan, 4, "4", "Förtroendekänsliga poster", "Helår");
		db.planned(plan, 5, "KG1", "Kommungemensam: registerförteckning enligt GDPR uppdateras", "Helår");
		long kultur = db.plan(1, "Kulturnämndens internkontrollplan 2025.docx", "Kulturnämnden", YEAR);
		db.planned(kultur, 1, "KG1", "Kommungemensam: registerförteckning enligt GDPR uppdateras", "Helår");
	}

	/** Helår by 13 January 2026, Socialnämnden by the 12th; T2 by 30 September 2025. */
	static final String TIDPLAN = "period;sista_dag;nämnd\nHelår;2026-01-13;\nHelår;2026-01-12;Socialnämnden\n"
			+ "T2;2025-09-30;\n";

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
