package se.ikkonsolidering.report;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import se.ikkonsolidering.classify.Flag;
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
			"statustext", "flaggor" };

	static final String[] SUBMISSION_HEADER = { "fil", "nämnd", "år", "period", "utfall", "antal_kontroller",
			"meddelande" };

	private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
		.setDelimiter(';')
		.setRecordSeparator("\r\n")
		.get();

	private CsvExport() {
	}

	/**
	 * Writes the controls that count: those of each nämnd's chosen file for the year ({@link PeriodChoice}), so a
	 * pivot on the file sums each nämnd once. Outranked files' rows stay in the database and in the summary
	 * workbook, marked as not counted.
	 * @param submissions the year's files, from which the counting file per nämnd is chosen
	 * @param controls the year's current controls
	 */
	static void writeControls(Path file, List<StoredSubmission> submissions, List<StoredControl> controls) {
		Predicate<StoredControl> counted = PeriodChoice.counted(submissions);
		write(file, CONTROL_HEADER, printer -> {
			for (StoredControl c : controls) {
				if (!counted.test(c)) {
					continue;
				}
				printer.printRecord(safe(c.namnd()), c.year(), period(c.period()), safe(c.fileName()), safe(c.sheet()),
						c.sourceRow(), safe(c.controlRef()), safe(c.process()), safe(c.risk()), safe(c.riskValue()),
						safe(c.kontrollmoment()), safe(c.result()), safe(c.deviation()), safe(c.action()), c.status().name(),
						c.statusSourceCode(), safe(c.statusText()), codes(c.flags()));
			}
		});
	}

	/**
	 * @param submissions the files to list, in order
	 * @param notes what to say of a file beyond how it was read: that it should be checked, what was corrected
	 * @param missing register nämnder with no read file for the year, and why, in Swedish
	 */
	static void writeSubmissions(Path file, List<StoredSubmission> submissions, FileNotes notes,
			Map<String, String> missing, int year) {
		write(file, SUBMISSION_HEADER, printer -> {
			for (StoredSubmission s : submissions) {
				printer.printRecord(safe(s.fileName()), safe(s.namnd()), s.year() == null ? "" : s.year(),
						period(s.period()), s.outcome().reportValue(), s.controlCount(), safe(notes.message(s)));
			}
			for (Map.Entry<String, String> namnd : missing.entrySet()) {
				printer.printRecord("", safe(namnd.getKey()), year, "", "EJ_INLAMNAD", 0, safe(namnd.getValue()));
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
