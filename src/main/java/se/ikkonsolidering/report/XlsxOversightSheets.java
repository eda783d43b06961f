package se.ikkonsolidering.report;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.dhatim.fastexcel.Workbook;

import se.ikkonsolidering.oversight.Assessment;
import se.ikkonsolidering.oversight.PlanReview;
import se.ikkonsolidering.store.PlannedControl;
import se.ikkonsolidering.store.StoredControl;

/**
 * The sheets of kommunstyrelsen's oversight: Bedömning (utkast) (the draft's text per nämnd to edit, what it rests
 * on, and the criteria), Planerat och återrapporterat (every planned control and where the
 * follow-up reports it, or that it does not, and every reported control outside the plan), Tidplan (each nämnd's
 * follow-ups against the deadlines) and Kommungemensamma kontroller (control × nämnd).
 */
final class XlsxOversightSheets {

	private static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");

	private XlsxOversightSheets() {
	}

	static void write(Workbook workbook, XlsxStyles styles, Summary s) throws IOException {
		assessment(new SheetWriter(workbook, "Bedömning (utkast)", styles, 30, 20, 100, 100), s);
		plans(new SheetWriter(workbook, "Planerat och återrapporterat", styles, 28, 22, 30, 12, 8, 10, 26, 50, 30, 10,
				16, 18), styles, s);
		deadlines(new SheetWriter(workbook, "Tidplan", styles, 30, 10, 12, 17, 34, 36), s);
		common(workbook, styles, s);
	}

	private static void common(Workbook workbook, XlsxStyles styles, Summary s) throws IOException {
		CommonSection common = s.oversight().common();
		List<String> header = new ArrayList<>(List.of("Kontroll", "Markerad som kommungemensam"));
		header.addAll(common.columns());
		int[] widths = new int[header.size()];
		Arrays.fill(widths, 18);
		widths[0] = 50;
		SheetWriter sheet = new SheetWriter(workbook, "Kommungemensamma kontroller", styles, widths);
		sheet.header(header.toArray(String[]::new));
		for (CommonSection.Row row : common.rows()) {
			sheet.newRow().text(row.name()).text(row.marked() ? "Ja" : "Nej");
			row.cells().forEach(c -> sheet.text(c.label()));
		}
		sheet.finish();
	}

	/** One row per nämnd, the kommun first, with the draft's text to edit and what each sentence rests on. */
	private static void assessment(SheetWriter sheet, Summary s) throws IOException {
		AssessmentSection a = s.oversight().assessment();
		sheet.header("Nämnd", "Utkast till bedömning", "Text (utkast att bearbeta, inte ett beslut)", "Underlag");
		for (Assessment n : concat(a.kommun(), a.namnder())) {
			sheet.newRow().text(n.subject()).text(n.verdict().swedish()).text(n.paragraph())
				.text(n.findings().stream().map(f -> f.sentence() + " [" + f.basis() + "]")
					.collect(Collectors.joining("\n")));
		}
		sheet.newRow();
		a.namndCriteria().forEach(c -> sheet.newRow().text("Kriterium, nämnd").text("").text(c));
		a.kommunCriteria().forEach(c -> sheet.newRow().text("Kriterium, kommunen").text("").text(c));
		sheet.finish();
	}

	private static List<Assessment> concat(Assessment first, List<Assessment> rest) {
		List<Assessment> all = new ArrayList<>(List.of(first));
		all.addAll(rest);
		return all;
	}

	private static void deadlines(SheetWriter sheet, Summary s) throws IOException {
		sheet.header("Nämnd", "Period", "Sista dag", "Inkom", "Fil", "Läge");
		for (DeadlineSection.Line d : s.oversight().deadlines().lines()) {
			sheet.newRow().text(d.namnd()).text(d.period()).text(d.lastDay()).text(d.received()).text(d.file())
				.text(d.state());
		}
		sheet.finish();
	}

	private static void plans(SheetWriter sheet, XlsxStyles styles, Summary s) throws IOException {
		sheet.header("Nämnd", "Läge", "Plan", "Planens flik", "Planens rad", "Kontroll-id", "Process",
				"Kontrollmoment", "Uppföljning", "Uppföljningens rad", "Status", "Ihopparad på");
		for (PlanSection.Line line : s.oversight().plans().lines()) {
			if (line.review().isEmpty()) {
				continue;
			}
			PlanReview review = line.review().get();
			for (PlanReview.Reported r : review.reported()) {
				planned(sheet, review, "Återrapporterad", r.planned());
				followUp(sheet, styles, r.control());
				sheet.text(r.byId() ? "samma ID" : String.format(SWEDISH, "text, likhet %.2f", r.similarity()));
			}
			review.notReported().forEach(p -> planned(sheet, review, "Ej återrapporterad", p));
			review.dueLater().forEach(p -> planned(sheet, review, "Återrapporteras i en senare period", p));
			for (StoredControl c : review.outsidePlan()) {
				sheet.newRow().text(review.namnd()).text("Utanför planen").text("").text("").text("")
					.text(c.controlRef()).text(c.process()).text(c.kontrollmoment());
				followUp(sheet, styles, c);
			}
		}
		sheet.finish();
	}

	private static void planned(SheetWriter sheet, PlanReview review, String state, PlannedControl p) {
		sheet.newRow().text(review.namnd()).text(state).text(p.fileName()).text(p.sheet()).number(p.sourceRow())
			.text(p.controlRef()).text(p.process()).text(p.kontrollmoment().isBlank() ? p.risk() : p.kontrollmoment());
	}

	private static void followUp(SheetWriter sheet, XlsxStyles styles, StoredControl c) {
		sheet.text(c.fileName()).number(c.sourceRow()).text(SwedishNames.status(c.status()), styles.status(c.status()));
	}
}
