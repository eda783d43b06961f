package se.ikkonsolidering.submission;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import se.ikkonsolidering.classify.StatusDecision;
import se.ikkonsolidering.classify.StatusSource;
import se.ikkonsolidering.ingest.FileRejectedException;
import se.ikkonsolidering.ingest.RawSheet;
import se.ikkonsolidering.ingest.RawWorkbook;
import se.ikkonsolidering.ingest.WorkbookReader;
import se.ikkonsolidering.layout.ControlRow;
import se.ikkonsolidering.layout.Field;
import se.ikkonsolidering.layout.SheetReading;
import se.ikkonsolidering.layout.TableLayout;
import se.ikkonsolidering.register.NamndMatcher;
import se.ikkonsolidering.register.Register;

/**
 * Turns one inbox file into a {@link Submission}: reads every sheet, skips those without a control table,
 * classifies each control and works out nämnd, year and period. Throws {@link FileRejectedException} with a
 * Swedish explanation when the file holds no readable control table.
 */
public final class SubmissionInterpreter {

	private final InterpretationRules rules;
	private final MetadataResolver metadata;
	private final WorkbookReader reader = new WorkbookReader();

	public SubmissionInterpreter(InterpretationRules rules, Register register) {
		this.rules = rules;
		this.metadata = new MetadataResolver(new NamndMatcher(register), rules.periods(), rules.labels());
	}

	/** Nämnd and year from the file name alone, for a file that cannot be read. */
	public FileNameFacts factsFromName(String fileName) {
		return metadata.fromFileName(fileName);
	}

	/**
	 * @param file the file to read
	 * @param fileName the name the sender gave it
	 * @param fallbackYear the year to assume when the file states none (its modification year)
	 */
	public Submission interpret(Path file, String fileName, int fallbackYear) {
		RawWorkbook workbook = reader.read(file);
		SheetNaming naming = SheetNaming.of(workbook.format());
		List<SheetReading> read = new ArrayList<>();
		List<SheetReading> examined = new ArrayList<>();
		List<String> skipped = new ArrayList<>();
		try (workbook) {
			for (RawSheet sheet : workbook.sheets()) {
				if (sheet.hidden()) {
					skipped.add(naming.skipped(sheet.name(), "dold flik"));
					continue;
				}
				SheetReading reading = rules.sheets().read(sheet);
				examined.add(reading);
				if (!reading.hasControlTable()) {
					skipped.add(naming.skipped(sheet.name(), "ingen kontrolltabell"));
				}
				else if (reading.controls().isEmpty()) {
					skipped.add(naming.skipped(sheet.name(), "kontrolltabell utan kontroller, rubrikrad "
							+ reading.layout().get().headerRow()));
				}
				else {
					read.add(reading);
				}
			}
		}
		if (read.isEmpty()) {
			throw noControlTable(naming, skipped);
		}
		// A document states nämnd, year and period in a table of its own ("Nämnd: | …") and its assessment in a
		// closing one: tables without controls, which are still the document's own words.
		Metadata meta = metadata.resolve(fileName, naming == SheetNaming.DOCUMENT ? examined : read, workbook.texts());
		List<String> warnings = new ArrayList<>(meta.warnings());
		int year = meta.year().orElse(fallbackYear);
		if (meta.year().isEmpty()) {
			warnings.add("VARNING: inget år angavs i filen; antog " + fallbackYear
					+ " (filens ändringsdatum). Skriv året i rubriken, t.ex. 'År: " + fallbackYear + "'.");
		}
		List<Control> controls = new ArrayList<>();
		for (SheetReading sheet : read) {
			for (ControlRow row : sheet.controls()) {
				controls.add(toControl(row));
			}
		}
		String layout = read.stream().map(r -> describeLayout(naming, r)).collect(Collectors.joining(" | "));
		String message = message(workbook, naming, read, skipped, meta, controls, warnings);
		return new Submission(meta.namnd(), meta.namndInRegister(), year, meta.period(), meta.assessment(), layout,
				message, controls);
	}

	private Control toControl(ControlRow row) {
		StatusDecision decision = rules.classifier().classify(row);
		return new Control(row.sheet(), row.row(), cap(row, Field.ID), cap(row, Field.PROCESS), cap(row, Field.RISK),
				cap(row, Field.RISKVARDE), cap(row, Field.KONTROLLMOMENT), cap(row, Field.RESULTAT),
				cap(row, Field.AVVIKELSE), cap(row, Field.ATGARD), cap(row, Field.ANSVARIG), cap(row, Field.STARTDATUM),
				cap(row, Field.SLUTDATUM), cap(row, Field.ATERREDOVISAS),
				new StatusDecision(decision.status(), decision.source(), TextLimit.cap(decision.rawText()),
						decision.evidence()),
				rules.flagger().flags(row, decision));
	}

	private static String cap(ControlRow row, Field field) {
		return TextLimit.cap(row.value(field));
	}

	private static String describeLayout(SheetNaming naming, SheetReading sheet) {
		TableLayout layout = sheet.layout().orElseThrow();
		return naming.name(sheet.sheet()) + ", rubrikrad " + layout.headerRow() + ": " + layout.describe();
	}

	private static String message(RawWorkbook workbook, SheetNaming naming, List<SheetReading> read,
			List<String> skipped, Metadata meta, List<Control> controls, List<String> warnings) {
		StringBuilder s = new StringBuilder();
		for (SheetReading sheet : read) {
			s.append("Läste ").append(describeLayout(naming, sheet)).append(". Raderna: ")
				.append(sheet.tally().describe());
			if (sheet.layoutCount() > 1) {
				s.append("; tabellen har ").append(sheet.layoutCount()).append(" olika rubrikrader");
			}
			s.append(". ");
		}
		if (!skipped.isEmpty()) {
			s.append(naming.skippedSentence(skipped));
		}
		workbook.notes().forEach(n -> s.append("Filen: ").append(n).append(". "));
		s.append("Nämnd från ").append(meta.namndSource());
		if (meta.year().isPresent()) {
			s.append(", år från ").append(meta.yearSource());
		}
		s.append(meta.period().map(p -> ", period " + p.swedish() + " från " + meta.periodSource())
			.orElse(", ingen period angiven"));
		s.append(". Status: ").append(sourceCounts(controls)).append('.');
		warnings.forEach(w -> s.append(' ').append(w));
		return s.toString();
	}

	private static String sourceCounts(List<Control> controls) {
		Map<StatusSource, Long> bySource = new EnumMap<>(StatusSource.class);
		controls.forEach(c -> bySource.merge(c.decision().source(), 1L, Long::sum));
		return bySource.entrySet().stream()
			.map(e -> e.getValue() + " från " + switch (e.getKey()) {
				case KOLUMN -> "statuskolumn";
				case FARG -> "cellfärg";
				case TEXT -> "fritext";
				case INGEN -> "ingenting (saknas)";
			})
			.collect(Collectors.joining(", "));
	}

	private static FileRejectedException noControlTable(SheetNaming naming, List<String> skipped) {
		return new FileRejectedException("Ingen tabell med kontroller hittades. " + naming.examined(skipped)
				+ " En kontrolltabell behöver en rubrikrad med t.ex. 'Kontrollmoment' eller 'Risk' samt 'Status' "
				+ "eller 'Resultat'.", naming.advice());
	}
}
