package se.ikkonsolidering.correction;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Year;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import se.ikkonsolidering.classify.ControlStatus;
import se.ikkonsolidering.register.Register;
import se.ikkonsolidering.store.Correction;
import se.ikkonsolidering.submission.Period;

/** What a row of the corrections workbook asks for, and what the economy office reads when it cannot be used. */
class LineCheckTests {

	private static final String SHA = "ab".repeat(32);

	private final LineCheck check = new LineCheck(new Register(List.of(
			new Register.Namnd("Kulturnämnden", List.of("KN")), new Register.Namnd("Socialnämnden", List.of("SN")))),
			Year.of(2026));

	private static CorrectionLine line(String flik, String rad, CorrectionColumn column, String value) {
		Map<CorrectionColumn, String> cells = new EnumMap<>(CorrectionColumn.class);
		cells.put(CorrectionColumn.FIL, "sn.xlsx");
		cells.put(CorrectionColumn.SHA256, SHA);
		cells.put(CorrectionColumn.FLIK, flik);
		cells.put(CorrectionColumn.RAD, rad);
		cells.put(column, value);
		cells.values().removeIf(String::isEmpty);
		return new CorrectionLine(12, cells);
	}

	@Test
	void takesAStatusFromTheDropdownOrAsKontrollerCsvWritesIt() {
		assertThat(check.check(line("Blad1", "7", CorrectionColumn.RATT_STATUS, "Delvis genomförd")))
			.isEqualTo(new LineCheck.Put(new Correction(SHA, "Blad1", 7, "sn.xlsx", Optional.of(ControlStatus.DELVIS),
					false, Optional.empty(), Optional.empty(), Optional.empty(), "", "")));
		assertThat(check.check(line("Blad1", "7", CorrectionColumn.RATT_STATUS, "EJ_GENOMFORD")))
			.extracting(o -> ((LineCheck.Put) o).correction().status())
			.isEqualTo(Optional.of(ControlStatus.EJ_GENOMFORD));
	}

	@Test
	void takesAWholeFilesNamndByTheRegistersNameForIt() {
		assertThat(check.check(line("", "", CorrectionColumn.RATT_NAMND, "KN")))
			.extracting(o -> ((LineCheck.Put) o).correction())
			.isEqualTo(new Correction(SHA, "", 0, "sn.xlsx", Optional.empty(), false, Optional.of("Kulturnämnden"),
					Optional.empty(), Optional.empty(), "", ""));
		assertThat(check.check(line("", "", CorrectionColumn.RATT_PERIOD, "helår")))
			.extracting(o -> ((LineCheck.Put) o).correction().period())
			.isEqualTo(Optional.of(Period.HELAR));
	}

	@Test
	void aKeyedRowWithNothingToCorrectWithdrawsTheCorrectionOfItsControl() {
		assertThat(check.check(line("Blad1", "7", CorrectionColumn.KOMMENTAR, "Kollat, stämmer")))
			.isEqualTo(new LineCheck.Withdraw(new Correction.Key(SHA, "Blad1", 7)));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
			Blad1 | 7 | RATT_STATUS      | Klar     | 'Klar' i Rätt status är ingen status; välj Genomförd, Delvis genomförd, Ej genomförd, Oklar status, Utgår.
			Blad1 | 7 | RATT_STATUS      | Saknas   | 'Saknas' kan inte väljas som rätt status: saknas betyder att nämnden inte redovisat något. Välj Oklar status, eller skriv x i Inte en kontroll om raden inte är en kontroll.
			Blad1 | 7 | INTE_EN_KONTROLL | nej      | 'nej' i Inte en kontroll: skriv x om raden inte är en kontroll, annars lämna cellen tom.
			Blad1 | 7 | RATT_AR          | 2025     | Rätt nämnd, Rätt år och Rätt period gäller hela filen: skriv dem på filens rad, den utan flik och rad.
			Blad1 | x7 | RATT_STATUS     | Utgår    | 'x7' i kolumnen rad är inget radnummer.
			Blad1 |   | RATT_STATUS      | Utgår    | ange både flik och rad för en kontroll, eller ingetdera för hela filen.
			``    |   | RATT_AR          | 20255    | '20255' i Rätt år är inget år att rätta till; skriv ett år från 2000 till 2027.
			``    |   | RATT_AR          | 1999     | '1999' i Rätt år är inget år att rätta till; skriv ett år från 2000 till 2027.
			``    |   | RATT_PERIOD      | Q3       | 'Q3' i Rätt period är ingen period; skriv T1, Delår, T2 eller Helår.
			``    |   | RATT_NAMND       | Socialnämden | 'Socialnämden' i Rätt nämnd finns inte i nämndregistret; skriv nämndens namn som det står i registret, eller lägg till nämnden där.
			``    |   | RATT_STATUS      | Genomförd | Rätt status och Inte en kontroll gäller en kontroll: skriv dem på kontrollens rad, den med flik och rad.
			""")
	void saysWhatIsWrongWithALineThatCannotBeUsed(String flik, String rad, CorrectionColumn column, String value,
			String message) {
		assertThat(check.check(line(flik == null ? "" : flik, rad == null ? "" : rad, column, value)))
			.isEqualTo(new LineCheck.Problem(message));
	}

	@Test
	void aLineWithoutAChecksumCannotBeTiedToAFile() {
		CorrectionLine line = new CorrectionLine(12, Map.of(CorrectionColumn.FIL, "sn.xlsx", CorrectionColumn.RATT_STATUS,
				"Genomförd"));
		assertThat(check.check(line)).isEqualTo(new LineCheck.Problem("kolumnen sha256 är tom, så rättelsen kan inte "
				+ "knytas till en fil. Kopiera raden ur rattelser.xlsx som jobbet skrev, med dess sha256."));
		assertThat(check.check(new CorrectionLine(13, Map.of(CorrectionColumn.KOMMENTAR, "egen anteckning"))))
			.isEqualTo(new LineCheck.Nothing());
	}
}
