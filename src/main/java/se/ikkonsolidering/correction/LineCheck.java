package se.ikkonsolidering.correction;

import static se.ikkonsolidering.correction.CorrectionColumn.FIL;
import static se.ikkonsolidering.correction.CorrectionColumn.FLIK;
import static se.ikkonsolidering.correction.CorrectionColumn.INTE_EN_KONTROLL;
import static se.ikkonsolidering.correction.CorrectionColumn.KOMMENTAR;
import static se.ikkonsolidering.correction.CorrectionColumn.RAD;
import static se.ikkonsolidering.correction.CorrectionColumn.RATT_AR;
import static se.ikkonsolidering.correction.CorrectionColumn.RATT_NAMND;
import static se.ikkonsolidering.correction.CorrectionColumn.RATT_PERIOD;
import static se.ikkonsolidering.correction.CorrectionColumn.RATT_STATUS;
import static se.ikkonsolidering.correction.CorrectionColumn.SHA256;
import static se.ikkonsolidering.correction.CorrectionColumn.SIGNATUR;

import java.time.Year;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import se.ikkonsolidering.classify.ControlStatus;
import se.ikkonsolidering.register.NamndMatcher;
import se.ikkonsolidering.register.Register;
import se.ikkonsolidering.store.Correction;
import se.ikkonsolidering.submission.Period;

/**
 * Turns a row of the corrections workbook into what it asks for: a correction to put in force, the withdrawal of the
 * one for its control or file (a keyed row whose "Rätt" columns are all empty), or a problem saying in Swedish what is
 * wrong with it. No database here.
 */
final class LineCheck {

	/** The first year a correction may set, as the job exports no earlier one. */
	private static final int FIRST_YEAR = 2000;
	private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-f]{64}");
	private static final Pattern ROW = Pattern.compile("\\d{1,7}");
	private static final List<CorrectionColumn> CORRECTING = List.of(RATT_STATUS, RATT_NAMND, RATT_AR, RATT_PERIOD,
			INTE_EN_KONTROLL);

	private final NamndMatcher namnder;
	private final boolean anyRegister;
	private final int lastYear;

	LineCheck(Register register, Year thisYear) {
		this.namnder = new NamndMatcher(register);
		this.anyRegister = !register.namnder().isEmpty();
		this.lastYear = thisYear.getValue() + 1;
	}

	/** What a row asks for. */
	sealed interface Outcome {

		/** The control or file the row is about, when it names one. */
		default Optional<Correction.Key> key() {
			return Optional.empty();
		}
	}

	record Put(Correction correction) implements Outcome {

		@Override
		public Optional<Correction.Key> key() {
			return Optional.of(correction.key());
		}
	}

	record Withdraw(Correction.Key row) implements Outcome {

		@Override
		public Optional<Correction.Key> key() {
			return Optional.of(row);
		}
	}

	record Problem(String message) implements Outcome {
	}

	/** A row that names no file and corrects nothing: a blank or a note of the economy office's own. */
	record Nothing() implements Outcome {
	}

	Outcome check(CorrectionLine line) {
		boolean corrects = CORRECTING.stream().anyMatch(line::has);
		String sha256 = line.get(SHA256).toLowerCase(Locale.ROOT);
		if (sha256.isEmpty()) {
			return corrects ? new Problem("kolumnen sha256 är tom, så rättelsen kan inte knytas till en fil. Kopiera "
					+ "raden ur rattelser.xlsx som jobbet skrev, med dess sha256.") : new Nothing();
		}
		if (!SHA256_HEX.matcher(sha256).matches()) {
			return new Problem("'" + line.get(SHA256) + "' i kolumnen sha256 är ingen kontrollsumma (64 tecken 0–9 "
					+ "och a–f).");
		}
		if (line.has(FLIK) != line.has(RAD)) {
			return new Problem("ange både flik och rad för en kontroll, eller ingetdera för hela filen.");
		}
		if (line.has(RAD) && !ROW.matcher(line.get(RAD)).matches() || line.get(RAD).matches("0+")) {
			return new Problem("'" + line.get(RAD) + "' i kolumnen rad är inget radnummer.");
		}
		int row = line.has(RAD) ? Integer.parseInt(line.get(RAD)) : 0;
		Correction.Key key = new Correction.Key(sha256, line.get(FLIK), row);
		if (!corrects) {
			return new Withdraw(key);
		}
		return row == 0 ? wholeFile(line, key) : control(line, key);
	}

	private Outcome control(CorrectionLine line, Correction.Key key) {
		if (line.has(RATT_NAMND) || line.has(RATT_AR) || line.has(RATT_PERIOD)) {
			return new Problem("Rätt nämnd, Rätt år och Rätt period gäller hela filen: skriv dem på filens rad, den "
					+ "utan flik och rad.");
		}
		boolean notAControl = line.has(INTE_EN_KONTROLL);
		if (notAControl && !CorrectionWords.isMark(line.get(INTE_EN_KONTROLL))) {
			return new Problem("'" + line.get(INTE_EN_KONTROLL) + "' i Inte en kontroll: skriv x om raden inte är en "
					+ "kontroll, annars lämna cellen tom.");
		}
		if (notAControl && line.has(RATT_STATUS)) {
			return new Problem("en rad kan inte både få en rätt status och vara 'Inte en kontroll'; välj det ena.");
		}
		Optional<ControlStatus> status = Optional.empty();
		if (line.has(RATT_STATUS)) {
			String word = line.get(RATT_STATUS);
			if (CorrectionWords.isMissing(word)) {
				return new Problem("'" + word + "' kan inte väljas som rätt status: saknas betyder att nämnden inte "
						+ "redovisat något. Välj Oklar status, eller skriv x i Inte en kontroll om raden inte är en "
						+ "kontroll.");
			}
			status = CorrectionWords.parseStatus(word);
			if (status.isEmpty()) {
				return new Problem("'" + word + "' i Rätt status är ingen status; välj "
						+ String.join(", ", CorrectionWords.statusChoices()) + ".");
			}
		}
		return new Put(new Correction(key.sha256(), key.sheet(), key.row(), line.get(FIL), status, notAControl,
				Optional.empty(), Optional.empty(), Optional.empty(), line.get(KOMMENTAR), line.get(SIGNATUR)));
	}

	private Outcome wholeFile(CorrectionLine line, Correction.Key key) {
		if (line.has(RATT_STATUS) || line.has(INTE_EN_KONTROLL)) {
			return new Problem("Rätt status och Inte en kontroll gäller en kontroll: skriv dem på kontrollens rad, den "
					+ "med flik och rad.");
		}
		Optional<String> namnd = Optional.empty();
		if (line.has(RATT_NAMND)) {
			namnd = anyRegister ? namnder.find(line.get(RATT_NAMND)) : Optional.of(line.get(RATT_NAMND));
			if (namnd.isEmpty()) {
				return new Problem("'" + line.get(RATT_NAMND) + "' i Rätt nämnd finns inte i nämndregistret; skriv "
						+ "nämndens namn som det står i registret, eller lägg till nämnden där.");
			}
		}
		Optional<Integer> year = Optional.empty();
		if (line.has(RATT_AR)) {
			String text = line.get(RATT_AR);
			year = text.matches("\\d{4}") ? Optional.of(Integer.parseInt(text)) : Optional.empty();
			if (year.filter(y -> y >= FIRST_YEAR && y <= lastYear).isEmpty()) {
				return new Problem("'" + text + "' i Rätt år är inget år att rätta till; skriv ett år från " + FIRST_YEAR
						+ " till " + lastYear + ".");
			}
		}
		Optional<Period> period = Optional.empty();
		if (line.has(RATT_PERIOD)) {
			period = CorrectionWords.parsePeriod(line.get(RATT_PERIOD));
			if (period.isEmpty()) {
				return new Problem("'" + line.get(RATT_PERIOD) + "' i Rätt period är ingen period; skriv T1, Delår, "
						+ "T2 eller Helår.");
			}
		}
		return new Put(new Correction(key.sha256(), "", 0, line.get(FIL), Optional.empty(), false, namnd, year,
				period, line.get(KOMMENTAR), line.get(SIGNATUR)));
	}
}
