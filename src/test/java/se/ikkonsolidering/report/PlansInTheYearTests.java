package se.ikkonsolidering.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.ikkonsolidering.classify.Flag;
import se.ikkonsolidering.oversight.Tidplan;
import se.ikkonsolidering.support.ReportDatabase;

/**
 * Socialnämnden's adopted plan in the small kommun's year: four planned controls its follow-up reports by ID, one
 * it leaves out, one due at helår only, and a reported control the plan does not have.
 */
@Tag("database")
class PlansInTheYearTests {

	private static final String PLAN = "Internkontrollplan 2025 Socialnämnden.xlsx";

	private final ReportDatabase db = new ReportDatabase("plans-in-the-year");

	@TempDir
	Path out;

	@BeforeEach
	void fill() {
		KommunYear.fill(db);
		long plan = db.plan(1, PLAN, "Socialnämnden", KommunYear.YEAR);
		db.planned(plan, 1, "1", "Kontroll av attester", "Helår");
		db.planned(plan, 2, "2", "Hot och våld", "Helår");
		db.planned(plan, 3, "3", "Delegationsbeslut", "Helår");
		db.planned(plan, 4, "4", "Förtroendekänsliga poster", "Helår");
		db.planned(plan, 5, "6", "Registerförteckning enligt GDPR", "Delår och helår");
		long kulturPlan = db.plan(1, "Kulturnämndens plan 2025.xlsx", "Kulturnämnden", KommunYear.YEAR);
		db.planned(kulturPlan, 1, "1", "Inventering", "Helår");
	}

	private YearData year() {
		return KommunYear.year(db);
	}

	private List<CSVRecord> controls() throws IOException {
		YearData year = year();
		CsvExport.writeControls(out.resolve("kontroller.csv"), ControlRows.stored(db.store, year), year.plans());
		return read(out.resolve("kontroller.csv"));
	}

	@Test
	void writesAPlannedControlTheFollowUpLeavesOutAsARowSourcedFromThePlan() throws IOException {
		List<CSVRecord> socialnamnden = controls().stream().filter(r -> r.get("nämnd").equals("Socialnämnden")).toList();

		assertThat(socialnamnden).hasSize(6);
		CSVRecord missing = socialnamnden.get(5);
		assertThat(List.of("fil", "flik", "rad", "kontroll_id", "kontrollmoment", "period", "status", "statuskälla",
				"flaggor", "plan").stream().map(missing::get).toList())
			.containsExactly(PLAN, "Plan", "8", "6", "Registerförteckning enligt GDPR", "Helår", "SAKNAS", "INGEN",
					"EJ_ATERRAPPORTERAD|SAKNAS", "ej återrapporterad");
	}

	@Test
	void streamsThePlannedControlsNotReportedWhereTheYearHoldsThem() {
		YearData year = year();
		List<ControlLine> streamed = new ArrayList<>();

		ControlRows.stored(db.store, year).forEach(streamed::add);

		assertThat(streamed).extracting(ControlLine::control).isEqualTo(year.controls())
			.anyMatch(c -> c.flags().contains(Flag.EJ_ATERRAPPORTERAD));
	}

	@Test
	void marksEachReportedControlInThePlanOrOutsideIt() throws IOException {
		assertThat(controls()).filteredOn(r -> r.get("nämnd").equals("Socialnämnden"))
			.extracting(r -> r.get("kontrollmoment"), r -> r.get("plan"))
			.startsWith(tuple("Kontroll av attester", "i planen, rad 4 (samma ID)"),
					tuple("Hot och våld", "i planen, rad 5 (samma ID)"))
			.contains(tuple("Kontroll av fakturor", "utanför planen"));
		assertThat(controls()).filteredOn(r -> r.get("nämnd").equals("Kommunstyrelsen"))
			.extracting(r -> r.get("plan"))
			.containsOnly("");
	}

	@Test
	void countsThePlansRowsOfKontrollerCsvAndSaysHowThePlanCompares() throws IOException {
		YearData year = year();
		CsvExport.writeSubmissions(out.resolve("inlamningar.csv"), year.submissions(), FileNotes.NONE, Map.of(),
				KommunYear.YEAR,
				year.plans(), new TidplanColumn(Tidplan.NONE, KommunYear.YEAR, year.submissions(), LocalDate.of(2026, 2, 2)));

		assertThat(read(out.resolve("inlamningar.csv"))).filteredOn(r -> r.get("fil").equals(PLAN))
			.singleElement()
			.satisfies(r -> {
				assertThat(r.get("utfall")).isEqualTo("INLAST");
				assertThat(r.get("antal_kontroller")).isEqualTo("1");
				assertThat(r.get("meddelande")).isEqualTo("Lästes som internkontrollplan. Jämförd med uppföljningen "
						+ "'Socialnämnden helår 2025 rättad.xlsx' (Helår): 4 av 5 planerade kontroller är återrapporterade "
						+ "och 1 är det inte; den står i kontroller.csv med flaggan EJ_ATERRAPPORTERAD och planens fil, "
						+ "flik och rad som källa, och bara den räknas i antal_kontroller. 1 kontroll i uppföljningen står "
						+ "inte i planen (utanför planen).");
			});
	}

	@Test
	void countsThePlannedControlNeverReportedAsMissingInTheNamndsFigures() {
		Summary summary = SummaryBuilder.build(KommunYear.REGISTER.names(), year(), Rows.nothing(2024), List.of(),
				LocalDateTime.of(2026, 2, 2, 2, 0));

		assertThat(summary.namnder()).filteredOn(n -> n.namnd().equals("Socialnämnden"))
			.singleElement()
			.satisfies(n -> {
				assertThat(n.counts().total()).isEqualTo(6);
				assertThat(n.counts().saknas()).isEqualTo(1);
				assertThat(n.light()).isEqualTo(TrafficLight.ROD);
			});
	}

	@Test
	void showsPlannedReportedAndMissingPerNamndAndSaysWhichNamndHasNoPlan() {
		Summary summary = SummaryBuilder.build(KommunYear.REGISTER.names(), year(), Rows.nothing(2024), List.of(),
				LocalDateTime.of(2026, 2, 2, 2, 0));
		PlanSection plans = summary.oversight().plans();

		assertThat(plans.lines()).extracting(PlanSection.Line::namnd, PlanSection.Line::hasPlan,
				PlanSection.Line::followedUp, PlanSection.Line::planned, PlanSection.Line::reported,
				PlanSection.Line::notReported, PlanSection.Line::outsidePlan)
			.containsExactly(tuple("Kommunstyrelsen", false, false, 0, 0, 0, 0),
					tuple("Socialnämnden", true, true, 5, 4, 1, 1), tuple("Kulturnämnden", true, false, 1, 0, 0, 0),
					tuple("Barn- och utbildningsnämnden", false, false, 0, 0, 0, 0));
		assertThat(plans.notReported()).singleElement()
			.extracting(PlanSection.Listed::namnd, l -> l.kontrollmoment().full(), PlanSection.Listed::source)
			.containsExactly("Socialnämnden", "Registerförteckning enligt GDPR", PLAN + ", flik Plan, rad 8");
	}

	@Test
	void leavesANamndWithoutAPlanAsItWas() {
		YearData withPlans = year();
		db.empty();
		KommunYear.fill(db);
		YearData without = year();

		assertThat(withPlans.controls()).filteredOn(c -> c.namnd().equals("Kommunstyrelsen"))
			.usingRecursiveFieldByFieldElementComparatorIgnoringFields("submissionId")
			.isEqualTo(without.controls().stream().filter(c -> c.namnd().equals("Kommunstyrelsen")).toList())
			.hasSize(10);
	}

	private static List<CSVRecord> read(Path csv) throws IOException {
		try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
			in.skip(1);
			return CSVFormat.DEFAULT.builder().setDelimiter(';').setHeader().setSkipHeaderRecord(true).get().parse(in)
				.getRecords();
		}
	}
}
