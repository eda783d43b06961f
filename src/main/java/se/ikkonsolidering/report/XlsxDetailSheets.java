package se.ikkonsolidering.report;

import java.io.IOException;

import org.dhatim.fastexcel.Workbook;

import se.ikkonsolidering.store.StoredControl;

/**
 * The sheets a controller filters: Kontroller (every control of the year's current files, as in kontroller.csv, with
 * whether it counts), Att uppmärksamma (flagged controls in full) and Inlämningar (every file and its fate).
 */
final class XlsxDetailSheets {

	private XlsxDetailSheets() {
	}

	static void write(Workbook workbook, XlsxStyles styles, Summary s, ControlRows rows) throws IOException {
		controls(new SheetWriter(workbook, "Kontroller", styles, 28, 6, 10, 12, 26, 14, 6, 10, 26, 26, 9, 44, 44, 30, 30,
				16, 16, 14, 24, 28), styles, rows);
		attention(new SheetWriter(workbook, "Att uppmärksamma", styles, 28, 26, 44, 16, 28, 50, 36, 36, 26, 14, 6), styles,
				s);
		submissions(new SheetWriter(workbook, "Inlämningar", styles, 30, 28, 10, 12, 10, 17, 50, 80), s);
	}

	private static void controls(SheetWriter sheet, XlsxStyles styles, ControlRows rows) throws IOException {
		sheet.header("Nämnd", "År", "Period", "Räknas i sammanställningen", "Fil", "Flik", "Rad", "Kontroll-id",
				"Process", "Risk", "Riskvärde", "Kontrollmoment", "Resultat", "Avvikelse", "Åtgärd", "Ansvarig",
				"Status", "Statuskälla", "Statustext", "Flaggor");
		rows.forEach(line -> {
			StoredControl c = line.control();
			sheet.newRow().text(c.namnd()).number(c.year()).text(SwedishNames.period(c.period()))
				.text(line.counted() ? "Ja" : "Nej").text(c.fileName()).text(c.sheet()).number(c.sourceRow())
				.text(c.controlRef()).text(c.process()).text(c.risk()).text(c.riskValue()).text(c.kontrollmoment())
				.text(c.result()).text(c.deviation()).text(c.action()).text(c.responsible())
				.text(SwedishNames.status(c.status()), styles.status(c.status()))
				.text(c.manual() ? FlaggedControl.manual(c) : SwedishNames.source(c.statusSource())).text(c.statusText())
				.text(String.join(", ", SwedishNames.flags(c.flags())));
		});
		sheet.finish();
	}

	private static void attention(SheetWriter sheet, XlsxStyles styles, Summary s) throws IOException {
		sheet.header("Nämnd", "Process", "Kontrollmoment", "Status", "Flaggor", "Resultat", "Avvikelse", "Åtgärd",
				"Fil", "Flik", "Rad");
		for (FlaggedControl.Group group : s.attention()) {
			for (StoredControl c : group.controls()) {
				sheet.newRow().text(group.namnd()).text(c.process()).text(c.kontrollmoment())
					.text(SwedishNames.status(c.status()), styles.status(c.status()))
					.text(String.join(", ", SwedishNames.flags(c.flags()))).text(c.result()).text(c.deviation())
					.text(c.action()).text(c.fileName()).text(c.sheet()).number(c.sourceRow());
			}
		}
		sheet.finish();
	}

	private static void submissions(SheetWriter sheet, Summary s) throws IOException {
		sheet.header("Fil", "Nämnd", "Period", "Utfall", "Antal kontroller", "Mottagen", "Kommentar", "Meddelande");
		for (SubmissionLine f : s.submissions()) {
			sheet.newRow().text(f.file()).text(f.namnd()).text(f.period()).text(f.outcome()).number(f.controls())
				.text(f.received()).text(f.note()).text(f.message());
		}
		sheet.finish();
	}
}
