package se.ikkonsolidering.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.ikkonsolidering.classify.ControlStatus;
import se.ikkonsolidering.correction.CorrectionColumn;
import se.ikkonsolidering.correction.CorrectionFile;
import se.ikkonsolidering.correction.CorrectionRun;
import se.ikkonsolidering.correction.Corrections;
import se.ikkonsolidering.oversight.Oversight;
import se.ikkonsolidering.register.Register;
import se.ikkonsolidering.store.Correction;
import se.ikkonsolidering.store.CorrectionStore;
import se.ikkonsolidering.store.Outcome;
import se.ikkonsolidering.store.StoredSubmission;
import se.ikkonsolidering.support.ReportDatabase;

/**
 * A forced export with nothing new leaves the files as they were written; anything they are made from writes them:
 * the data and the corrections in force, the register, the tidplan, the kommun's rule files, the run's date, a
 * corrections workbook kept elsewhere, and a written file (a receipt, the corrections workbook) changed or removed.
 */
@Tag("database")
class YearExportTests {

	private final ReportDatabase db = new ReportDatabase("year-export");
	private final CorrectionStore corrections = new CorrectionStore(db.jdbc);

	@TempDir
	Path out;

	@TempDir
	Path elsewhere;

	private Oversight oversight = KommunYear.OVERSIGHT;
	private Path correctionsFile;

	@BeforeEach
	void fill() {
		KommunYear.fill(db);
		correctionsFile = out.resolve("rattelser.xlsx");
	}

	/** As the export step does it: the corrections workbook applied first. */
	private void export(Register register) {
		CorrectionRun run = new Corrections(new CorrectionFile(correctionsFile), corrections, register, Year.of(2026))
			.apply();
		new YearExport(db.store, register, new ExportSettings(out, KommunYear.YEAR, Path.of("templates"), true),
				oversight)
			.write(List.of(), run);
	}

	private void export() {
		export(KommunYear.REGISTER);
	}

	/** Every file in the output folder by its modification time, the fingerprint's record left out. */
	private Map<String, FileTime> written() throws IOException {
		return times(out);
	}

	private Map<String, FileTime> receipts() throws IOException {
		return times(out.resolve(ReceiptReport.FOLDER));
	}

	private static Map<String, FileTime> times(Path folder) throws IOException {
		Map<String, FileTime> times = new LinkedHashMap<>();
		try (Stream<Path> files = Files.list(folder)) {
			for (Path file : files.filter(Files::isRegularFile)
				.filter(f -> !f.getFileName().toString().equals(ExportFingerprint.FILE))
				.sorted()
				.toList()) {
				times.put(file.getFileName().toString(), Files.getLastModifiedTime(file));
			}
		}
		return times;
	}

	private String page() throws IOException {
		return Files.readString(out.resolve("ks-sammanstallning-2025.html"), StandardCharsets.UTF_8);
	}

	@Test
	void leavesTheExportsAsTheyAreWhenNothingTheyAreMadeFromChanged() throws IOException {
		export();
		Map<String, FileTime> first = written();
		Map<String, FileTime> firstReceipts = receipts();

		export();

		assertThat(first).containsOnlyKeys("kontroller.csv", "inlamningar.csv", "ks-sammanstallning-2025.html",
				"ks-sammanstallning-2025.pdf", "ks-sammanstallning-2025.xlsx", "rattelser.xlsx");
		assertThat(written()).isEqualTo(first);
		assertThat(firstReceipts).isNotEmpty();
		assertThat(receipts()).isEqualTo(firstReceipts);
	}

	@Test
	void writesThemAgainWhenOneWasRemoved() throws IOException {
		export();
		Files.delete(out.resolve("ks-sammanstallning-2025.pdf"));

		export();

		assertThat(out.resolve("ks-sammanstallning-2025.pdf")).isNotEmptyFile();
	}

	@Test
	void writesThemAgainWhenOneWasChangedSince() throws IOException {
		export();
		Files.writeString(out.resolve("kontroller.csv"), "opened and saved in Excel");

		export();

		assertThat(Files.readString(out.resolve("kontroller.csv"))).contains("nämnd;år;period");
	}

	@Test
	void writesThemAgainWhenTheDatabaseChanged() throws IOException {
		export();
		Map<String, FileTime> first = written();

		db.unread(99, "trasig igen.xlsx", Outcome.AVVISAD, "Filen är skadad.");
		export();

		assertThat(written()).allSatisfy((name, time) -> assertThat(time).isNotEqualTo(first.get(name)));
	}

	@Test
	void writesThemAgainWhenTheRegisterChanged() throws IOException {
		export();

		List<Register.Namnd> more = new ArrayList<>(KommunYear.REGISTER.namnder());
		more.add(new Register.Namnd("Valnämnden", List.of()));
		export(new Register(more));

		assertThat(Files.readString(out.resolve("inlamningar.csv"))).contains("Valnämnden");
	}

	@Test
	void writesThemAgainWhenACorrectionWasPutInForce() throws IOException {
		correctionsFile = elsewhere.resolve("inga rättelser.xlsx");
		export();

		StoredSubmission ks = db.store.findByYear(KommunYear.YEAR).get(0);
		corrections.put(new Correction(ks.sha256(), "Uppföljning", 5, ks.fileName(), Optional.of(ControlStatus.DELVIS),
				false, Optional.empty(), Optional.empty(), Optional.empty(), "Bara hälften", "AL"));
		export();

		assertThat(Files.readString(out.resolve("kontroller.csv"))).contains(";DELVIS;MANUELL;");
	}

	@Test
	void writesTheReceiptAgainWhenOneWasRemoved() throws IOException {
		export();
		Path receipt = out.resolve(ReceiptReport.FOLDER).resolve(receipts().keySet().iterator().next());
		Files.delete(receipt);

		export();

		assertThat(receipt).isNotEmptyFile();
	}

	@Test
	void writesTheCorrectionsWorkbookAgainWhenItWasRemoved() throws IOException {
		export();
		Files.delete(out.resolve("rattelser.xlsx"));

		export();

		assertThat(out.resolve("rattelser.xlsx")).isNotEmptyFile();
	}

	@Test
	void writesThemAgainWhenACorrectionsWorkbookKeptElsewhereChanged() throws IOException {
		correctionsFile = elsewhere.resolve("rattelser.xlsx");
		export();
		assertThat(page()).doesNotContain("Halvklar");

		statusOfTheFirstControl(out.resolve("rattelser.xlsx"), "Halvklar", correctionsFile);
		export();

		assertThat(page()).contains("Halvklar");
	}

	@Test
	void writesThemAgainWhenTheTidplanChanged() throws IOException {
		Path tidplan = elsewhere.resolve("tidplan.csv");
		Files.writeString(tidplan, KommunYear.TIDPLAN);
		oversight = Oversight.load(null, tidplan, KommunYear.REGISTER, SummaryReportTests.NIGHT);
		export();
		String before = Files.readString(out.resolve("inlamningar.csv"));

		Files.writeString(tidplan, KommunYear.TIDPLAN.replace("2026-01-13", "2026-01-02"));
		oversight = Oversight.load(null, tidplan, KommunYear.REGISTER, SummaryReportTests.NIGHT);
		export();

		assertThat(Files.readString(out.resolve("inlamningar.csv"))).isNotEqualTo(before);
	}

	@Test
	void writesThemAgainOnAnotherDay() throws IOException {
		export();
		String before = page();

		oversight = Oversight.load(null, Clock.offset(SummaryReportTests.NIGHT, Duration.ofDays(1)));
		export();

		assertThat(page()).isNotEqualTo(before);
	}

	@Test
	void writesThemAgainWhenTheKommunsRuleFilesChanged() throws IOException {
		Path configDir = Files.createDirectory(elsewhere.resolve("regler"));
		oversight = Oversight.load(configDir, SummaryReportTests.NIGHT);
		export();
		Map<String, FileTime> first = written();

		Files.writeString(configDir.resolve("kommungemensam.csv"), "kommunövergripande\n");
		oversight = Oversight.load(configDir, SummaryReportTests.NIGHT);
		export();

		assertThat(written()).allSatisfy((name, time) -> assertThat(time).isNotEqualTo(first.get(name)));
	}

	/** Saves a copy of the corrections workbook with "Rätt status" of its first control's row filled in, with POI. */
	private static void statusOfTheFirstControl(Path workbook, String status, Path copy) throws IOException {
		try (InputStream in = Files.newInputStream(workbook); XSSFWorkbook book = new XSSFWorkbook(in)) {
			Sheet sheet = book.getSheet(CorrectionColumn.SHEET);
			for (Row row : sheet) {
				if (row.getRowNum() > 0 && row.getCell(CorrectionColumn.RAD.ordinal()) != null) {
					row.createCell(CorrectionColumn.RATT_STATUS.ordinal()).setCellValue(status);
					break;
				}
			}
			try (OutputStream stream = Files.newOutputStream(copy)) {
				book.write(stream);
			}
		}
	}
}
