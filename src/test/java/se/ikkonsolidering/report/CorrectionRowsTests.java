package se.ikkonsolidering.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static se.ikkonsolidering.correction.CorrectionColumn.ANMARKNING;
import static se.ikkonsolidering.correction.CorrectionColumn.FIL;
import static se.ikkonsolidering.correction.CorrectionColumn.FLIK;
import static se.ikkonsolidering.correction.CorrectionColumn.RAD;
import static se.ikkonsolidering.correction.CorrectionColumn.RATT_STATUS;
import static se.ikkonsolidering.correction.CorrectionColumn.SHA256;
import static se.ikkonsolidering.correction.CorrectionColumn.STATUS;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import se.ikkonsolidering.correction.CorrectionProblem;
import se.ikkonsolidering.correction.CorrectionRun;
import se.ikkonsolidering.store.StoredSubmission;

/** The order the economy office meets the corrections workbook's rows in, and a line it left unusable. */
class CorrectionRowsTests {

	private final StoredSubmission social = Rows.read(1, "Socialnämnden", "HELAR");
	private final StoredSubmission ks = Rows.read(2, "Kommunstyrelsen", "HELAR");

	@Test
	void listsLinesNotUsedFirstThenWhatToCheckThenTheRestByNamndFileAndRow() {
		CorrectionProblem halvklar = new CorrectionProblem(7, "'Halvklar' i Rätt status är ingen status",
				Map.of(FIL, social.fileName(), FLIK, "Blad1", RAD, "6", SHA256, "SHA1", RATT_STATUS, "Halvklar"));
		CorrectionRun run = new CorrectionRun(Path.of("rattelser.xlsx"), Optional.empty(), List.of(halvklar), List.of(),
				List.of(), 0);
		FileNotes notes = new FileNotes(Map.of(ks.id(), List.of("nämnden lästes ur filnamnet")), Map.of(), run);

		List<CorrectionRows.Row> rows = CorrectionRows.build(List.of(social, ks),
				List.of(Rows.control(social, 1, "GENOMFORD"), Rows.control(social, 2, "OKLAR", "OKLAR_STATUS"),
						Rows.control(ks, 1, "GENOMFORD")),
				run, notes);

		assertThat(rows).extracting(r -> r.get(FIL), r -> r.get(RAD), r -> r.get(STATUS), r -> r.get(RATT_STATUS))
			.containsExactly(tuple(social.fileName(), "6", "GENOMFORD", "Halvklar"), tuple(ks.fileName(), "", "", ""),
					tuple(ks.fileName(), "6", "GENOMFORD", ""), tuple(social.fileName(), "7", "OKLAR", ""),
					tuple(social.fileName(), "", "", ""));
		assertThat(rows.get(0).get(ANMARKNING)).startsWith("Kunde inte användas (Rad 7: 'Halvklar'");
		assertThat(rows.get(3).get(ANMARKNING)).isEqualTo("Oklar status");
	}
}
