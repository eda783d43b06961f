package se.ikkonsolidering.report;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import se.ikkonsolidering.classify.Flag;
import se.ikkonsolidering.oversight.PlanReview;
import se.ikkonsolidering.store.StoredControl;
import se.ikkonsolidering.store.StoredSubmission;
import se.ikkonsolidering.submission.Period;

/**
 * Writes {@code kontroller.csv} and {@code inlamningar.csv}: {@code ;}-separated UTF-8 with BOM (so Excel on
 * Swedish Windows opens it with åäö intact), headers fixed by the output contract. A status the economy office
 * corrected has the statuskälla MANUELL. Files are written to a
 * temporary name and moved into place, so a reader never sees half a file.
 */
final class CsvExport {

	static final String[] CONTROL_HEADER = { "nämnd", "år", "period", "fil", "flik", "rad", "kontroll_id", "process",
			"risk", "riskvärde", "kontrollmoment", "resultat", "avvikelse", "åtgärd", "status", "statuskälla",
			"statustext", "flaggor", "plan" };

	static final String[] SUBMISSION_HEADER = { "fil", "nämnd", "år", "period", "utfall", "antal_kontroller",
			"meddelande", "tidplan" };

	private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
		.setDelimiter(';')
		.setRecordSeparator("\r\n")
		.get();

	private CsvExport() {
	}

	/**
	 * Writes the controls that count: those of each nämnd's chosen file for the year ({@link PeriodChoice}), so a
	 * pivot on the file sums each nämnd once. Outranked files' rows stay in the database and in the summary
	 * workbook, marked as not counted. The added column {@code plan} says how each control stands to its nämnd's
	 * internkontrollplan, empty when the nämnd has none.
	 * @param controls the year's current controls, with the planned controls the counted follow-ups leave out, each
	 *        with whether it counts
	 * @param plans the year's plans held against the counted follow-ups
	 */
	static void writeControls(Path file, ControlRows controls, List<PlanReview> plans) {
		PlanMarks marks = new PlanMarks(plans);
		write(file, CONTROL_HEADER, printer -> controls.forEach(line -> {
			if (line.counted()) {
				print(printer, line.control(), marks);
			}
		}));
	}

	private static void print(CSVPrinter printer, StoredControl c, PlanMarks marks) {
		try {
			printer.printRecord(safe(c.namnd()), c.year(), period(c.period()), safe(c.fileName()), safe(c.sheet()),
					c.sourceRow(), safe(c.controlRef()), safe(c.process()), safe(c.risk()), safe(c.riskValue()),
					safe(c.kontrollmoment()), safe(c.result()), safe(c.deviation()), safe(c.action()), c.status().name(),
					c.statusSourceCode(), safe(c.statusText()), codes(c.flags()), marks.of(c));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * A current plan's line counts only its planned controls that are rows of kontroller.csv (those its nämnd's
	 * follow-up leaves out), and its message says how the plan compares with the follow-up.
	 * @param submissions the files to list, in order
	 * @param notes what to say of a file beyond how it was read: that it should be checked, what was corrected
	 * @param missing register nämnder with no read file for the year, and why, in Swedish
	 * @param plans the year's plans held against the counted follow-ups
	 * @param tidplan the added column {@code tidplan}: each file and each missing nämnd against the deadlines
	 */
	static void writeSubmissions(Path file, List<StoredSubmission> submissions, FileNotes notes,
			Map<String, String> missing, int year, List<PlanReview> plans, TidplanColumn tidplan) {
		Map<Long, PlanReview> byPlan = plans.stream().collect(Collectors.toMap(p -> p.plan().id(), p -> p));
		write(file, SUBMISSION_HEADER, printer -> {
			for (StoredSubmission s : submissions) {
				PlanReview plan = byPlan.get(s.id());
				printer.printRecord(safe(s.fileName()), safe(s.namnd()), s.year() == null ? "" : s.year(),
						period(s.period()), s.outcome().reportValue(),
						plan == null ? s.controlCount() : plan.notReportedRows().size(),
						safe(plan == null ? notes.message(s) : notes.message(s) + " " + plan.describe()), tidplan.file(s));
			}
			for (Map.Entry<String, String> namnd : missing.entrySet()) {
				printer.printRecord("", safe(namnd.getKey()), year, "", "EJ_INLAMNAD", 0, safe(namnd.getValue()),
						tidplan.missing(namnd.getKey()));
			}
		});
	}

	/** The contract's period: its Swedish name, or empty when the file states none. */
	private static String period(Optional<Period> period) {
		return period.map(Period::swedish).orElse("");
	}

	private static String codes(Set<Flag> flags) {
		return flags.stream().map(Flag::name).collect(Collectors.joining("|"));
	}

	private static String safe(String value) {
		return SpreadsheetSafe.text(value);
	}

	private static void write(Path file, String[] header, Rows rows) {
		OutputFile.write(file, stream -> {
			Writer out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
			CSVPrinter printer = new CSVPrinter(out, FORMAT);
			out.write('\uFEFF');
			printer.printRecord((Object[]) header);
			rows.print(printer);
			printer.flush();
		});
	}

	@FunctionalInterface
	private interface Rows {

		void print(CSVPrinter printer) throws IOException;
	}
}
