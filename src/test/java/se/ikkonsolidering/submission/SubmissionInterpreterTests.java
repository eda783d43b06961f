package se.ikkonsolidering.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.ikkonsolidering.classify.ControlStatus;
import se.ikkonsolidering.classify.Flag;
import se.ikkonsolidering.ingest.FileRejectedException;
import se.ikkonsolidering.register.Register;
import org.assertj.core.groups.Tuple;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.hssf.usermodel.HSSFCellStyle;
import org.apache.poi.hssf.usermodel.HSSFFont;
import org.apache.poi.hssf.usermodel.HSSFSheet;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.usermodel.SheetConditionalFormatting;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.ConditionalFormattingRule;
import org.apache.poi.ss.usermodel.ComparisonOperator;
import java.io.OutputStream;

/** Templates the job has not been tuned for, read end to end from a file. */
class SubmissionInterpreterTests {

	private final SubmissionInterpreter interpreter = new SubmissionInterpreter(InterpretationRules.load(null),
			new Register(List.of(new Register.Namnd("Tekniska nämnden", List.of("Tekniska förvaltningen")),
					new Register.Namnd("Kommunstyrelsen", List.of("KS")))));

	@TempDir
	Path dir;

	private Submission read(String name, String content) throws Exception {
		Path file = Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
		return interpreter.interpret(file, name, 2020).get(0);
	}

	/** A workbook of one sheet of text cells, written to the test's folder. */
	private Path workbook(String name, String sheet, String[][] rows) throws Exception {
		Path file = dir.resolve(name);
		try (XSSFWorkbook workbook = new XSSFWorkbook();
				OutputStream out = Files.newOutputStream(file)) {
			sheet(workbook, sheet, rows);
			workbook.write(out);
		}
		return file;
	}

	/** A workbook of sheets of text cells, in the order given, written to the test's folder. */
	private Path workbook(String name, java.util.LinkedHashMap<String, String[][]> sheets) throws Exception {
		Path file = dir.resolve(name);
		try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
			sheets.forEach((title, rows) -> sheet(workbook, title, rows));
			workbook.write(out);
		}
		return file;
	}

	/** A sheet of text cells, row by row from the first. */
	private static XSSFSheet sheet(XSSFWorkbook workbook, String name, String[][] rows) {
		XSSFSheet sheet = workbook.createSheet(name);
		for (int r = 0; r < rows.length; r++) {
			Row row = sheet.createRow(r);
			for (int c = 0; c < rows[r].length; c++) {
				row.createCell(c).setCellValue(rows[r][c]);
			}
		}
		return sheet;
	}

	private static List<String> kontrollmoment(Submission submission) {
		return submission.controls().stream().map(Control::kontrollmoment).toList();
	}

	private static List<ControlStatus> statuses(Submission submission) {
		return submission.controls().stream().map(c -> c.decision().status()).toList();
	}

	@Test
	void readsATrafficLightWordTemplateWithTheHeaderOnTheFirstRow() throws Exception {
		Submission s = read("KS_IK_T2_2025.csv", """
				Nr;Kontroll/aktivitet;Ansvarig;Status (grön/gul/röd);Kommentar
				1;Attest av leverantörsfakturor;Ekonomichef;Grön;Stickprov på 25 fakturor.
				2;Behörigheter i ekonomisystemet;Systemförvaltare;Gul;Halva översynen klar.
				3;Representation;Kanslichef;Röd;Ej hunnits med.
				4;Delegationsbeslut;Nämndsekreterare;;
				""");
		assertThat(statuses(s)).containsExactly(ControlStatus.GENOMFORD, ControlStatus.DELVIS, ControlStatus.EJ_GENOMFORD,
				ControlStatus.SAKNAS);
		assertThat(s.namnd()).isEqualTo("Kommunstyrelsen");
		assertThat(s.year()).isEqualTo(2025);
		assertThat(s.period()).contains(Period.T2);
		assertThat(s.controls().get(0).controlRef()).isEqualTo("1");
	}

	/** Round 155: an export names its nämnd and period only in a footer line under the legend. */
	@Test
	void readsThePeriodFromAnExportsFooterLineWhenNothingElseNamesIt() throws Exception {
		Submission s = read("TN_IK_export_20250909.csv", """
				Verksamhet,Kontrollområde,Kontrollmoment,Utfall,Status,Kommentar
				Gata,Ekonomi,Attest av leverantörsfakturor enligt attestordningen,Stickprov 25 fakturor.,G,
				Park,Säkerhet,Lekplatsbesiktning enligt besiktningsplan,,E,Planeras i oktober.

				"Statusförklaring: G = Genomförd, E = Ej genomförd"
				"Tekniska nämnden, internkontroll 2025 – uppföljning tertial 2 (jan–aug)"
				""");
		assertThat(s.period()).contains(Period.T2);
		assertThat(s.year()).isEqualTo(2025);
		assertThat(s.message()).contains("År: 2025, från raden under tabellen 'Tekniska nämnden, internkontroll 2025 – "
				+ "uppföljning tertial 2 (jan–aug)'. Period: T2, från raden under tabellen");
		assertThat(statuses(s)).containsExactly(ControlStatus.GENOMFORD, ControlStatus.EJ_GENOMFORD);
	}

	@Test
	void readsAYesNoColumnAndObservationsAsDeviations() throws Exception {
		Submission s = read("uppfoljning.csv", """
				Tekniska nämndens uppföljning av intern kontroll, delår 2025
				;;;;;
				Process;Risk;Sannolikhet;Kontrollmoment;Genomförd (ja/nej);Iakttagelser;Åtgärd
				Fakturering;Felaktiga avgifter;3;Stickprov på VA-fakturor;Ja;Två fakturor hade fel taxa.;Rättas
				;Utebliven fakturering;2;Avstämning mot kundregister;Nej;;Görs i höst
				Fordon;Olovlig användning;2;Kontroll av körjournaler;Delvis;Inga avvikelser.;
				""");
		assertThat(statuses(s)).containsExactly(ControlStatus.GENOMFORD, ControlStatus.EJ_GENOMFORD, ControlStatus.DELVIS);
		assertThat(s.controls().get(0).flags()).contains(Flag.AVVIKELSE);
		assertThat(s.controls().get(2).flags()).doesNotContain(Flag.AVVIKELSE);
		assertThat(s.controls().get(1).process()).isEqualTo("Fakturering");
		assertThat(s.namnd()).isEqualTo("Tekniska nämnden");
		assertThat(s.period()).contains(Period.DELAR);
	}

	@Test
	void readsStatusFromFreeTextWhenThereIsNoStatusColumn() throws Exception {
		Submission s = read("Tekniska förvaltningen helår 2025.csv", """
				Område;Kontrollmoment;Resultat T1;Resultat T2;Resultat VB
				Inköp;Avtalstrohet;Påbörjad;Pågår;Kontrollen är genomförd utan anmärkning.
				Personal;Sjukfrånvarorapportering;Inte påbörjad;Inte påbörjad;Kontrollen har inte genomförts.
				""");
		assertThat(statuses(s)).containsExactly(ControlStatus.GENOMFORD, ControlStatus.EJ_GENOMFORD);
		assertThat(s.controls().get(0).decision().rawText()).isEqualTo("VB: Kontrollen är genomförd utan anmärkning.");
		assertThat(s.namnd()).isEqualTo("Tekniska nämnden");
		assertThat(s.period()).contains(Period.HELAR);
	}

	@Test
	void readsStatusFromTickedColumns() throws Exception {
		Submission s = read("KS 2025.csv", """
				Kontrollmoment;Genomförd;Delvis;Ej genomförd;Kommentar
				Attest av fakturor;x;;;Stickprov gjort.
				Behörigheter;;X;;Halva översynen klar.
				Representation;;;x;
				Delegationsbeslut;;;;
				""");
		assertThat(statuses(s)).containsExactly(ControlStatus.GENOMFORD, ControlStatus.DELVIS, ControlStatus.EJ_GENOMFORD,
				ControlStatus.SAKNAS);
		assertThat(s.controls().get(2).decision().rawText()).isEqualTo("Ej genomförd");
		assertThat(s.controls().get(2).decision().source().name()).isEqualTo("KOLUMN");
	}

	/**
	 * Round 231: an export named by the day it was made early the next year, its rows up to Helår: the year before's
	 * follow-up; one made in the autumn is of its own year.
	 */
	@Test
	void takesAWholeYearsExportDatedEarlyTheNextYearForTheYearBefore() throws Exception {
		String rows = """
				Organisation;Kontrollmoment;Period;Status
				Tekniska nämnden;Kontroll av körjournaler för kommunens fordon;T2;Pågående
				Tekniska nämnden;Kontroll av körjournaler för kommunens fordon;Helår;Genomförd
				""";
		Submission february = read("Stratsys_export_internkontroll_2026-02-06.csv", rows);
		Submission september = read("Stratsys_export_internkontroll_2025-09-06.csv", rows.replace("Helår", "T3"));
		assertThat(february.year()).isEqualTo(2025);
		assertThat(february.message()).contains("År: 2025, från filnamnet, daterad 2026-02-06 efter årets slut.");
		assertThat(september.year()).isEqualTo(2025);
	}

	@Test
	void splitsAnExportGroupedByNamndByItsGroupHeadings() throws Exception {
		Path file = Files.writeString(dir.resolve("Rapport internkontroll helår 2025.csv"), """
				Nämnd / Process;Kontrollmoment;Status
				Kommunstyrelsen (2);;
				Delegering;Kontroll att delegationsbeslut anmäls;Genomförd
				Upphandling;Kontroll av direktupphandlingar över 100 tkr;Ej påbörjad
				Antal kontrollmoment: 2;;
				Tekniska nämnden (1);;
				Fordon;Kontroll av körjournaler för kommunens fordon;Genomförd
				""", StandardCharsets.UTF_8);
		List<Submission> read = interpreter.interpret(file, file.getFileName().toString(), 2025);
		assertThat(read).extracting(Submission::namnd, s -> s.controls().size())
			.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("Kommunstyrelsen", 2),
					org.assertj.core.groups.Tuple.tuple("Tekniska nämnden", 1));
		assertThat(read.get(0).message()).contains("från rubriken för nämndens rader i tabellen (filen har rader för 2 "
				+ "nämnder)");
	}

	@Test
	void givesEachNamndOfAnExportThePeriodItsOwnRowsReachAndKeepsTheYearsLatestFilledRow() throws Exception {
		Path file = Files.writeString(dir.resolve("export_internkontroll_2025.csv"), """
				Förvaltning;Kontrollmoment;Period;Status
				KS;Kontroll att delegationsbeslut anmäls;Delår 2025;Pågående
				KS;Kontroll att delegationsbeslut anmäls;Helår 2025;Genomförd
				KS;Kontroll av lex Sarah-utredningar;Delår 2025;Genomförd
				KS;Kontroll av lex Sarah-utredningar;Helår 2025;
				Tekniska förvaltningen;Kontroll av körjournaler för kommunens fordon;Helår 2024;Genomförd
				Tekniska förvaltningen;Kontroll av körjournaler för kommunens fordon;Delår 2025;Pågående
				""", StandardCharsets.UTF_8);
		List<Submission> read = interpreter.interpret(file, file.getFileName().toString(), 2025);
		assertThat(read).extracting(Submission::namnd, s -> s.period().orElseThrow(), s -> statuses(s))
			.containsExactlyInAnyOrder(
					Tuple.tuple("Kommunstyrelsen", Period.HELAR, List.of(ControlStatus.GENOMFORD, ControlStatus.GENOMFORD)),
					Tuple.tuple("Tekniska nämnden", Period.DELAR, List.of(ControlStatus.DELVIS)));
		assertThat(read).filteredOn(s -> s.namnd().equals("Tekniska nämnden")).singleElement()
			.extracting(Submission::message).asString()
			.contains("Period: Delår, från kolumnen 'Period', 'Delår 2025', den senaste för nämndens rader");
	}

	/**
	 * Round 544: "Delår 2 2025" on every nämnd's rows of an export whose title says "Delår 2 2025 (januari–augusti)":
	 * the delår by the title's months, for each nämnd, not the second tertial the words alone would name.
	 */
	@Test
	void keepsTheDelarTheTitleNamesForEachNamndWhoseRowsCallItDelarTwo() throws Exception {
		Path file = Files.writeString(dir.resolve("Stratsys_export_2025.csv"), """
				Rapport: Internkontrollplan 2025 - uppföljning
				Period: Delår 2 2025 (januari–augusti)
				Nämnd;Kontrollmoment;Period;Status
				Kommunstyrelsen;Kontroll att delegationsbeslut anmäls till nämnden;Delår 2 2025;Slutförd
				Tekniska nämnden;Kontroll av körjournaler för kommunens fordon;Delår 2 2025;Pågår
				""", StandardCharsets.UTF_8);
		List<Submission> read = interpreter.interpret(file, file.getFileName().toString(), 2025);
		assertThat(read).extracting(Submission::namnd, s -> s.period().orElseThrow())
			.containsExactlyInAnyOrder(Tuple.tuple("Kommunstyrelsen", Period.DELAR),
					Tuple.tuple("Tekniska nämnden", Period.DELAR));
	}

	/**
	 * Round 555: a report tool's levels down one column; an "Uppföljning" row names the period it reports where the
	 * control's text stands, and the latest period's row decides.
	 */
	@Test
	void readsTheFollowUpRowsOfAColumnOfLevelsAsTheControlsReportPerPeriod() throws Exception {
		Path file = Path.of("src/test/resources/blind/round555/Hypergene_rapport_IK_VON_2025-08.xls");
		Submission s = interpreter.interpret(file, file.getFileName().toString(), 2025).get(0);
		assertThat(kontrollmoment(s)).hasSize(9).doesNotContain("Delår 2025", "Tertial 1 2025")
			.startsWith("Attest av leverantörsfakturor enligt attestordningen",
					"Kontroll av avgiftsbeslut inom hemtjänst och särskilt boende (maxtaxa)");
		assertThat(statuses(s)).startsWith(ControlStatus.GENOMFORD, ControlStatus.DELVIS);
		assertThat(s.period()).contains(Period.DELAR);
	}

	@Test
	void readsAColumnThatListsSeveralPeriodsInACellAsThePlansScheduleNotAsTheRowsPeriod() throws Exception {
		Path file = Files.writeString(dir.resolve("export_internkontroll_2025.csv"), """
				Rapport: Internkontroll – uppföljning delår 2025
				Organisation;Kontrollmoment;Redovisas;Status (delår)
				Tekniska nämnden;Kontroll av att entreprenadarbeten besiktigas innan slutbetalning;Delår, helår;Pågående
				Tekniska nämnden;Kontroll av att lagerinventering i förrådet stämmer mot bokfört värde;Helår;Ej påbörjad
				KS;Kontroll av att lokalbokningar faktureras;Delår, helår;Slutförd
				""", StandardCharsets.UTF_8);
		List<Submission> read = interpreter.interpret(file, file.getFileName().toString(), 2025);
		assertThat(read).extracting(Submission::namnd, s -> s.period().orElseThrow())
			.containsExactlyInAnyOrder(Tuple.tuple("Tekniska nämnden", Period.DELAR),
					Tuple.tuple("Kommunstyrelsen", Period.DELAR));
	}

	@Test
	void readsAWholeYearNamedOnlyInItsColumnsAndExportedInJanuaryAsTheYearBefore() throws Exception {
		Submission s = read("Stratsys_Internkontroll_export_2026-01-15.csv", """
				Organisation;Kontrollmoment;Status T2;Status Helår
				Tekniska förvaltningen;Kontroll av körjournaler för kommunens fordon;Pågår;Klar
				""");
		assertThat(s.year()).isEqualTo(2025);
		assertThat(s.period()).contains(Period.HELAR);
		assertThat(s.message()).contains("År: 2025, från filnamnet, daterad 2026-01-15 efter årets slut.");
	}

	@Test
	void readsTheShareDoneBesideAStatusColumnWhereNoStatusWordIsWritten() throws Exception {
		Submission s = read("KS uppföljning T2 2025.csv", """
				Kontrollmoment;Status;Andel klart;Kommentar
				Attest av leverantörsfakturor enligt attestordningen;Klar;100%;30 fakturor granskade.
				Kontroll av fordonsjournaler och drivmedelskort;;60%;Tre av fem enheter kontrollerade.
				Debitering av VA-avgifter stämmer mot taxa;;100%;
				Inventering av konst och inventarier;Utgår;;Avbruten genom beslut.
				""");
		assertThat(statuses(s)).containsExactly(ControlStatus.GENOMFORD, ControlStatus.DELVIS, ControlStatus.GENOMFORD,
				ControlStatus.UTGAR);
		assertThat(s.controls().get(2).decision().evidence()).isEqualTo("kolumnen 'Andel klart' (statuscellen är tom)");
		assertThat(s.message()).contains("andel klart ← 'Andel klart' (kolumn C)");
	}

	@Test
	void takesAColumnOfSharesUnderAHeadingItDoesNotKnowForTheShareDone() throws Exception {
		Submission s = read("KS uppföljning T2 2025.csv", """
				Kontrollmoment;Status;Hur långt har ni kommit;Kommentar
				Attest av leverantörsfakturor enligt attestordningen;Genomförd;100 %;
				Inköp följer gällande ramavtal (avtalstrohet);;25 %;Endast maj analyserad.
				Direktupphandlingar över 100 tkr dokumenteras enligt riktlinje;;0 %;
				""");
		assertThat(statuses(s)).containsExactly(ControlStatus.GENOMFORD, ControlStatus.DELVIS,
				ControlStatus.EJ_GENOMFORD);
		assertThat(s.message()).contains("andel klart ← 'Hur långt har ni kommit' (kolumn C, av innehållet)");
	}

	@Test
	void takesAGroupOfTasksWithTheShareOfThemDoneRolledUpForAHeading() throws Exception {
		Submission s = read("TN Internkontroll 2025 helår.csv", """
				Primary Column;Status;% Complete;Assigned To
				Fastighet;;50 %;
				Kontroll av att OVK utförts i kommunens lokaler;Complete;100 %;per.sundin@example.se
				Kontroll av att SBA dokumenteras;Not Started;0 %;per.sundin@example.se
				""");
		assertThat(s.controls()).extracting(Control::kontrollmoment)
			.containsExactly("Kontroll av att OVK utförts i kommunens lokaler", "Kontroll av att SBA dokumenteras");
	}

	@Test
	void readsCountsDoneOfPlannedAsTheShareDoneWhereNoColumnGivesTheStatus() throws Exception {
		Submission s = read("KS uppföljning delår 2025.csv", """
				Nr;Kontrollmoment;Ansvarig;Genomförda kontroller;Resultat / kommentar
				1;Närvarorapportering i grundskolan sker dagligen;Controller;2/4;Brister på en skola.
				2;Handläggning av ansökningar om skolskjuts inom fyra veckor;Samordnare;4/4;Samtliga ärenden i tid.
				3;Anmälan om kränkande behandling till huvudman;Kvalitetsstrateg;3 av 4 stickprov;En anmälan sent.
				4;Inköp av läromedel sker från avtalad leverantör;Ekonom;0/2;
				""");
		assertThat(statuses(s)).containsExactly(ControlStatus.DELVIS, ControlStatus.GENOMFORD, ControlStatus.DELVIS,
				ControlStatus.EJ_GENOMFORD);
		assertThat(s.message()).contains("status ← 'Genomförda kontroller' (kolumn D, av innehållet)");
	}

	@Test
	void takesNoColumnOfDaysWrittenAsFractionsForTheShareDone() throws Exception {
		Submission s = read("KS uppföljning delår 2025.csv", """
				Kontrollmoment;Utfört;Kommentar
				Attest av leverantörsfakturor enligt attestordningen;2/4;Stickprov i april.
				Avstämning av balanskonton per tertial;3/5;Stämt av.
				""");
		assertThat(s.message()).doesNotContain("andel klart");
	}

	@Test
	void readsAnActionOnARowOfItsOwnUnderItsControlAsTheControlsActionWhateverItsStatus() throws Exception {
		Submission s = read("KS uppföljning helår 2025.csv", """
				Nr;Kontrollmoment;Ansvarig;Status;Kommentar
				1;Kontroll av att representation redovisas med syfte och deltagare;Controller;Genomförd med avvikelse;4 av 20 saknade deltagarlista.
				;Åtgärd: Påminnelse om regler för representation skickas till samtliga chefer;Controller;Genomförd;Utskick gjort.
				2;Uppföljning av hyresavtal för inhyrda lokaler;Fastighetsstrateg;;
				;Åtgärd (från 2024): Register över samtliga hyresavtal upprättas;Fastighetsstrateg;Genomförd;Finns i avtalsdatabasen.
				""");
		assertThat(s.controls()).extracting(Control::kontrollmoment).containsExactly(
				"Kontroll av att representation redovisas med syfte och deltagare",
				"Uppföljning av hyresavtal för inhyrda lokaler");
		assertThat(statuses(s)).containsExactly(ControlStatus.GENOMFORD, ControlStatus.SAKNAS);
	}

	@Test
	void readsAControlRepeatedOnARowPerActionOnce() throws Exception {
		Submission s = read("Stratsys export T2 2025.csv", """
				Organisation;Kontrollmoment;Status T2;Kommentar kontroll;Åtgärd;Status åtgärd
				Kommunstyrelsen;Kontroll av att beslut fattas enligt delegationsordningen;Genomförd med avvikelse;2 av 25 fel.;Genomgång på APT;Påbörjad
				Kommunstyrelsen;Kontroll av att beslut fattas enligt delegationsordningen;Genomförd med avvikelse;2 av 25 fel.;Behörighetsstyrning i systemet;Ej påbörjad
				Kommunstyrelsen;Utbetalning av försörjningsstöd kontrolleras mot underlag;Genomförd;Inga avvikelser.;;
				""");
		assertThat(s.controls()).extracting(Control::kontrollmoment).containsExactly(
				"Kontroll av att beslut fattas enligt delegationsordningen",
				"Utbetalning av försörjningsstöd kontrolleras mot underlag");
		assertThat(s.message()).contains("2 kontrollrader, 1 fortsättningsrad");
	}

	@Test
	void readsTheControlsStatusNotItsActionsBesideIt() throws Exception {
		Submission s = read("KFN uppföljning T1 2025.csv", """
				Nr;Kontrollmoment;Utfall T1;Kommentar;Åtgärd;Status åtgärd
				1;Föreningsbidrag betalas ut enligt riktlinjer;Genomförd;Två saknade verksamhetsberättelse.;Komplettering begärs;Pågår
				2;Inventering av kommunens konstsamling;Ej genomförd;Planeras till hösten.;Ny inventarieförteckning;Genomförd
				3;Dagskassor i simhallen stäms av mot kassasystemet;Genomförd;Inga differenser.;;
				""");
		assertThat(statuses(s)).containsExactly(ControlStatus.GENOMFORD, ControlStatus.EJ_GENOMFORD,
				ControlStatus.GENOMFORD);
		assertThat(s.message()).doesNotContain("'Status åtgärd'");
	}

	@Test
	void leavesTheActionsListedUnderTheControlsOfASheetOut() throws Exception {
		Submission s = read("MHN IKP 2025 delår.csv", """
				Nr;Kontrollmoment;Ansvarig;Status delår;Kommentar
				1;Tillsynsavgifter debiteras enligt taxa och beslut;Miljöchef;Genomförd;Inga avvikelser.
				2;Handläggning av klagomål påbörjas inom två veckor;Enhetschef;Genomförd;3 av 52 för sent.

				Åtgärder beslutade efter avvikelser
				Nr;Åtgärd;Avser kontroll nr;Ansvarig;Status delår;Kommentar
				Å1;Ny rutin för fördelning av klagomålsärenden;2;Enhetschef;Genomförd;Rutin införd juni.
				Å2;Rekrytering av ytterligare livsmedelsinspektör;3;Miljöchef;Pågår;Tillträder 1 oktober.
				""");
		assertThat(s.controls()).extracting(Control::kontrollmoment).containsExactly(
				"Tillsynsavgifter debiteras enligt taxa och beslut", "Handläggning av klagomål påbörjas inom två veckor");
		assertThat(s.message()).contains("(3 rader i en åtgärdslista under kontrollerna)");
	}

	@Test
	void leavesAListOfActionsLedByTheActionBesideTheFollowUpOut() throws Exception {
		Path file = dir.resolve("SBN IK helår 2025.xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
			sheet(workbook, "Kontroller", new String[][] { { "Kontrollmoment", "Ansvarig", "Status", "Kommentar" },
					{ "Debitering av bygglovsavgifter enligt taxa", "Bygglovschef", "Genomförd", "Två fel rättade." },
					{ "Fakturering av gatukostnadsersättning", "Exploateringsingenjör", "Ej genomförd", "" },
					{ "Delegationsbeslut anmäls till nämnden", "Nämndsekreterare", "Genomförd", "" } });
			sheet(workbook, "Åtgärdsplan", new String[][] { { "Nr", "Åtgärd", "Kopplad till kontrollmoment", "Ansvarig",
					"Klart senast", "Status" },
					{ "1", "Rättelse av felaktiga debiteringar och kreditering av berörda sökande",
							"Debitering av bygglovsavgifter enligt taxa", "Bygglovschef", "2026-02-28", "Pågår" },
					{ "2", "Rutin för fakturering av gatukostnadsersättning tas fram",
							"Fakturering av gatukostnadsersättning", "Exploateringsingenjör", "2026-06-30",
							"Ej påbörjad" } });
			workbook.write(out);
		}
		Submission s = interpreter.interpret(file, file.getFileName().toString(), 2025).get(0);
		assertThat(s.controls()).extracting(Control::kontrollmoment).containsExactly(
				"Debitering av bygglovsavgifter enligt taxa", "Fakturering av gatukostnadsersättning",
				"Delegationsbeslut anmäls till nämnden");
		assertThat(s.message()).contains("åtgärdsplan för avvikelserna; kontrollerna följs upp i fliken 'Kontroller'");
	}

	/**
	 * Round 296: an export whose fields kept a program's names ("Fält1", "Attribut 3"), a row per control and period,
	 * the nämnd in a column of its own: read by what the columns hold, each nämnd's controls at the latest period.
	 */
	@Test
	void readsAnExportWithAProgramsColumnNamesByWhatItsColumnsHold() throws Exception {
		Path file = Files.writeString(dir.resolve("ik_export_20260112.csv"), """
				Fält1;Fält2;Fält3;Attribut 3;Attribut 4;Fält6
				Tekniska nämnden;TN-01;Kontroll av att entreprenadfakturor stämmer mot avtal;Delår 2025;Pågående;Halva urvalet granskat.
				Tekniska nämnden;TN-01;Kontroll av att entreprenadfakturor stämmer mot avtal;Helår 2025;Klar;Inga avvikelser.
				Tekniska nämnden;TN-02;Kontroll av fordonsbränsle mot körjournalerna;Delår 2025;Ej påbörjad;
				Tekniska nämnden;TN-02;Kontroll av fordonsbränsle mot körjournalerna;Helår 2025;Pågående;Slutförs i januari.
				Kommunstyrelsen;KS-01;Attest av leverantörsfakturor enligt attestordningen;Delår 2025;Klar;Stickprov 20 st.
				Kommunstyrelsen;KS-01;Attest av leverantörsfakturor enligt attestordningen;Helår 2025;Klar;Inga avvikelser.
				""", StandardCharsets.UTF_8);
		List<Submission> read = interpreter.interpret(file, "ik_export_20260112.csv", 2020);
		assertThat(read).extracting(Submission::namnd).containsExactly("Tekniska nämnden", "Kommunstyrelsen");
		assertThat(read.get(0).controls()).extracting(Control::kontrollmoment, c -> c.decision().status()).containsExactly(
				Tuple.tuple("Kontroll av att entreprenadfakturor stämmer mot avtal", ControlStatus.GENOMFORD),
				Tuple.tuple("Kontroll av fordonsbränsle mot körjournalerna", ControlStatus.DELVIS));
		assertThat(statuses(read.get(1))).containsExactly(ControlStatus.GENOMFORD);
	}

	/**
	 * Round 296: columns headed only by their numbers, the file's symbols in two of them, which the lines below say
	 * are T2 and helår: the controls read by what the columns hold, the later column filled deciding.
	 */
	@Test
	void readsColumnsHeadedByTheirNumbersByWhatTheyHold() throws Exception {
		Path file = workbook("MBN IK 2025 helar.xlsx", "Blad1", new String[][] {
				{ "Kommunstyrelsen" }, { "Intern kontroll 2025 – uppföljning T2 och helår" }, {},
				{ "1", "2", "3", "4", "5", "6" },
				{ "1", "Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "✔", "✔", "Inga avvikelser." },
				{ "2", "Ekonomi", "Kontroll av att avgifter debiteras enligt taxa", "◑", "✔", "" },
				{ "3", "Inköp", "Uppföljning av avtalstrohet vid inköp av livsmedel", "◑", "◑", "Hälften granskad." },
				{ "4", "Inköp", "Kontroll av representation mot riktlinjerna", "✘", "", "" }, {},
				{ "Teckenförklaring: ✔ = genomförd   ◑ = delvis genomförd   ✘ = ej genomförd" } });
		Submission s = interpreter.interpret(file, file.getFileName().toString(), 2020).get(0);
		assertThat(statuses(s)).containsExactly(ControlStatus.GENOMFORD, ControlStatus.GENOMFORD, ControlStatus.DELVIS,
				ControlStatus.EJ_GENOMFORD);
	}

	/** Round 299: "Klart" over the day each control was finished: a date there says it was done. */
	@Test
	void readsADateUnderKlartAsDone() throws Exception {
		Submission s = read("Tekniska nämnden IK helår 2025.csv", """
				Nr;Kontrollmoment;Planerat klart;Klart;Resultat / kommentar
				1;Lagstadgade besiktningar av lekplatser genomförs;2025-08-31;2025-08-29;
				2;Avtalstrohet vid inköp av entreprenadtjänster;2025-10-31;pågår;Analysen pågår.
				3;Nyckel- och passerkortshantering i kommunens fastigheter;2025-12-15;;
				""");
		assertThat(statuses(s)).containsExactly(ControlStatus.GENOMFORD, ControlStatus.DELVIS, ControlStatus.SAKNAS);
		assertThat(s.controls().get(0).decision().evidence())
			.isEqualTo("statuskolumnen 'Klart' har datumet då kontrollen gjordes");
	}

	/** Round 479: a date under "Genomförd (datum)" beside "Planerad till hösten" is the day it is planned for. */
	@Test
	void readsADateOfTheControlDoneBesideATextSayingItIsPlannedAsNotDone() throws Exception {
		Submission s = read("Tekniska nämnden IK T1 2025.csv", """
				Nr;Kontrollmoment;Ansvarig;Genomförd (datum);Kommentar
				1;Attest av leverantörsfakturor;Ekonom;2025-04-30;Inga avvikelser
				2;VA-debitering mot mätarställning;VA-chef;2025-04-15;3 abonnenter felaktigt debiterade, rättat
				3;Besiktning av lekplatser;Parkchef;2025-09-30;Planerad till hösten
				""");
		assertThat(statuses(s)).containsExactly(ControlStatus.GENOMFORD, ControlStatus.GENOMFORD,
				ControlStatus.EJ_GENOMFORD);
		assertThat(s.controls().get(2).decision().evidence()).isEqualTo("texten (statuskolumnen 'Genomförd (datum)' "
				+ "har ett datum, men inte det då kontrollen gjordes): 'planerad till hösten'");
	}

	/** Round 479: "genomförd" pasted from a Mac, its "ö" an "o" and a combining diaeresis, is the word typed here. */
	@Test
	void readsAStatusWordWithDecomposedLettersAsTheWord() throws Exception {
		Submission s = read("Tekniska nämnden IK T1 2025.csv", """
				Nr;Kontrollmoment;Status;Kommentar
				1;Attest av leverantörsfakturor;Genomfo\u0308rd;Inga avvikelser
				2;Besiktning av lekplatser;Pa\u030agår;
				""");
		assertThat(statuses(s)).containsExactly(ControlStatus.GENOMFORD, ControlStatus.DELVIS);
	}

	@Test
	void readsTwoMarksOfTheLegendThatSayDifferentThingsBeforeAResultAsUnclear() throws Exception {
		Submission s = read("KS uppföljning T2 2025.csv", """
				Kontrollmoment;Uppföljning T2
				Delegationsbeslut anmäls till kommunstyrelsen;✔ Samtliga beslut anmälda
				Sanktionsavgifter beslutas och verkställs enligt beslut;✔ ✖ 2 beslut kontrollerade
				Klagomål besvaras inom fem arbetsdagar;✔ – inga avvikelser

				Teckenförklaring: ✔ = Genomförd, ✖ = Ej genomförd, – = Utgår
				""");
		assertThat(statuses(s)).containsExactly(ControlStatus.GENOMFORD, ControlStatus.OKLAR, ControlStatus.GENOMFORD);
		assertThat(s.controls().get(1).decision().evidence())
			.isEqualTo("symbolerna som inleder texten i kolumnen 'Uppföljning T2' säger olika saker: '✔ ✖'");
	}

	@Test
	void readsTheStatusWrittenAfterTheControlInItsCellBeforeTheDateBesideIt() throws Exception {
		Submission s = read("KS uppföljning delår 2025.csv", """
				Nr;Kontrollmoment och uppföljning;Ansvarig;Datum
				1;Attest av fakturor enligt attestordningen – Genomförd utan anmärkning;Ekonom;2025-05-30
				2;Inventering av konstsamlingen (stickprov 50 verk) – Pågår, 31 av 50 verk lokaliserade;Kulturchef;2025-08-28
				3;Lönerapportering för timanställda inom fritidsgårdar – Utgår (ingår i KS kontroll);Fritidschef;
				""");
		assertThat(s.controls()).extracting(Control::kontrollmoment).containsExactly(
				"Attest av fakturor enligt attestordningen", "Inventering av konstsamlingen (stickprov 50 verk)",
				"Lönerapportering för timanställda inom fritidsgårdar");
		assertThat(statuses(s)).containsExactly(ControlStatus.GENOMFORD, ControlStatus.DELVIS, ControlStatus.UTGAR);
	}

	@Test
	void readsAShortHeadingOpeningLikeAControlsTextAsAControlNotAsALabel() throws Exception {
		Path file = dir.resolve("KS uppföljning T2 2025.docx");
		try (XWPFDocument document = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
			for (String line : List.of("Kommunstyrelsen", "Uppföljning av intern kontroll, tertial 2 2025",
					"Kontroll av att föreningsbidrag betalas ut enligt beslut", "Frekvens: årligen.",
					"Utfall: Kontrollen genomfördes i april.", "Kontroll av entréintäkter mot kassarapporter",
					"Frekvens: månadsvis.", "Utfall: Se bilaga 3.", "Avtalstrohet vid inköp av förbrukningsmaterial",
					"Frekvens: två gånger per år.", "Utfall: Kontrollen utgår efter beslut i nämnden.")) {
				document.createParagraph().createRun().setText(line);
			}
			document.write(out);
		}
		Submission s = interpreter.interpret(file, file.getFileName().toString(), 2025).get(0);
		assertThat(s.controls()).extracting(Control::kontrollmoment).containsExactly(
				"Kontroll av att föreningsbidrag betalas ut enligt beslut", "Kontroll av entréintäkter mot kassarapporter",
				"Avtalstrohet vid inköp av förbrukningsmaterial");
		assertThat(statuses(s)).containsExactly(ControlStatus.GENOMFORD, ControlStatus.OKLAR, ControlStatus.UTGAR);
	}

	@Test
	void readsNoControlFromTheActionsListedUnderAHeadingOfTheirOwn() throws Exception {
		Path file = dir.resolve("ÖFN uppföljning helår 2025.docx");
		try (XWPFDocument document = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
			for (String line : List.of("Kommunstyrelsen", "Uppföljning av intern kontroll 2025 – helår",
					"Kontrollmoment 1: Arvode till ställföreträdare beslutas enligt riktlinjerna",
					"Resultat: Stickprov på 15 arvodesbeslut, samtliga enligt riktlinjerna.", "Bedömning: Genomförd",
					"Kontrollmoment 2: Årsräkningar granskas senast 30 juni",
					"Resultat: 13 % granskades efter 30 juni.", "Bedömning: Genomförd med avvikelse",
					"Uppföljning av åtgärder från 2024",
					"Åtgärd: Ny checklista för granskning av förteckningar – Status: Genomförd.",
					"Åtgärd: Utbildning för nya ställföreträdare två gånger per år – Status: Pågår.")) {
				document.createParagraph().createRun().setText(line);
			}
			document.write(out);
		}
		Submission s = interpreter.interpret(file, file.getFileName().toString(), 2025).get(0);
		assertThat(s.controls()).extracting(Control::kontrollmoment).containsExactly(
				"Arvode till ställföreträdare beslutas enligt riktlinjerna", "Årsräkningar granskas senast 30 juni");
		assertThat(s.message()).contains("(2 rader åtgärder, ingen kontroll)");
	}

	@Test
	void readsALineNamingAColumnAndTheValuesToChooseFromAsAnExplanationNotAControl() throws Exception {
		Submission s = read("KS uppföljning T2 2025.csv", """
				Kontrollmoment;Bedömning T2;Kommentar
				Attest av leverantörsfakturor enligt attestordningen;Enligt plan;
				Kontroll av att delegationsbeslut anmäls till nämnden;Ej genomförd;Flyttas till hösten.

				Bedömning T2: Enligt plan / Delvis / Avvikelse / Ej genomförd
				""");
		assertThat(s.controls()).extracting(Control::kontrollmoment).containsExactly(
				"Attest av leverantörsfakturor enligt attestordningen",
				"Kontroll av att delegationsbeslut anmäls till nämnden");
		assertThat(s.message()).contains("1 rad med teckenförklaring");
	}

	@Test
	void readsATemplatesLabelLeftWithNothingAfterItAsNothingReported() throws Exception {
		Submission s = read("KS uppföljning T2 2025.csv", """
				Kontrollmoment;Uppföljning T2 2025
				Attest av leverantörsfakturor enligt attestordningen;Status: Genomförd. Kommentar: 20 fakturor granskade.
				Kontroll av att modersmålsundervisning faktureras korrekt;Status:
				Kontroll av att representation redovisas med syfte;Status: Kommentar:
				""");
		assertThat(statuses(s)).containsExactly(ControlStatus.GENOMFORD, ControlStatus.SAKNAS, ControlStatus.SAKNAS);
	}

	@Test
	void readsAFillTheLegendSaysMeansNothingPlannedAsNothingReported() throws Exception {
		Path file = dir.resolve("SN uppföljning helår 2025.xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
			XSSFSheet sheet = sheet(workbook, "Helår 2025", new String[][] { { "Färgförklaring" },
					{ "", "Genomförd" }, { "", "Ej genomförd" }, { "", "Ingen kontroll planerad under perioden" }, {},
					{ "Kontrollmoment", "Status", "Kommentar" },
					{ "Utredningar inom barn och unga avslutas inom fyra månader", "", "" },
					{ "Läkemedelshantering – avvikelser rapporteras", "", "" },
					{ "Avgifter inom äldreomsorgen debiteras korrekt", "", "" } });
			fill(workbook, sheet, 1, 0, "00B050");
			fill(workbook, sheet, 2, 0, "FF0000");
			fill(workbook, sheet, 3, 0, "BFBFBF");
			fill(workbook, sheet, 6, 1, "00B050");
			fill(workbook, sheet, 7, 1, "FF0000");
			fill(workbook, sheet, 8, 1, "BFBFBF");
			workbook.write(out);
		}
		Submission s = interpreter.interpret(file, file.getFileName().toString(), 2025).get(0);
		assertThat(statuses(s)).containsExactly(ControlStatus.GENOMFORD, ControlStatus.EJ_GENOMFORD,
				ControlStatus.SAKNAS);
	}

	@Test
	void keepsAFileOfANamndOutsideTheRegisterWithAWarning() throws Exception {
		Submission s = read("ik.csv", """
				Överförmyndarnämnden uppföljning 2025
				Kontrollmoment;Status
				Granskning av årsräkningar;Genomförd
				""");
		assertThat(s.namnd()).isEqualTo("Överförmyndarnämnden");
		assertThat(s.namndInRegister()).isFalse();
		assertThat(s.message()).contains("Nämnd: Överförmyndarnämnden, från rubriken 'Överförmyndarnämnden uppföljning "
				+ "2025' ovanför tabellen.", "finns inte i nämndregistret");
		assertThat(s.reading().checks()).containsExactly("nämnden 'Överförmyndarnämnden' finns inte i nämndregistret");
	}

	@Test
	void assumesTheFilesYearWhenItStatesNoneAndSaysSo() throws Exception {
		Submission s = read("KS.csv", "Kontrollmoment;Status\nAttest;Ja\n");
		assertThat(s.year()).isEqualTo(2020);
		assertThat(s.message()).contains("År: 2020, från filens ändringsdatum (inget år står i filen).",
				"inget år angavs i filen; antog 2020");
		assertThat(s.reading().checks()).containsExactly("året är antaget från filens ändringsdatum");
	}

	@Test
	void tellsTheSenderHowTheFileWasRead() throws Exception {
		Submission s = read("KS 2025.csv", "Kontrollmoment;Status\nAttest;Ja\n\n;;;x;anteckning\n");
		assertThat(s.message()).startsWith("Läste flik 'KS 2025', rubrikrad 1: kontrollmoment ← 'Kontrollmoment' "
				+ "(kolumn A), status ← 'Status' (kolumn B). Raderna: 1 rubrikrad, 1 kontrollrad, 1 överhoppad rad")
			.endsWith("Nämnd: Kommunstyrelsen, från filnamnet. År: 2025, från filnamnet. Period: ingen angiven. "
					+ "Status: 1 ur statuskolumnen.");
		assertThat(s.reading().checks()).isEmpty();
	}

	@Test
	void saysWhatItReadAndInWhichCellInPlainSwedish() throws Exception {
		Submission s = read("uppföljning.csv", """
				Uppföljning av intern kontroll
				Nämnd/enhet: Tekniska förvaltningen
				År:;2025
				Kontrollmoment;Status;"Förbättringsåtgär
				der"
				Attest av fakturor;Genomförd;Inga
				Behörigheter;;
				""");
		assertThat(s.message()).isEqualTo("Läste flik 'uppföljning', rubrikrad 4: kontrollmoment ← 'Kontrollmoment' "
				+ "(kolumn A), åtgärd ← 'Förbättringsåtgärder' (kolumn C), status ← 'Status' (kolumn B). Raderna: 3 rader "
				+ "ovanför tabellen, 1 rubrikrad, 2 kontrollrader. Filen: teckenkodning UTF-8, avgränsare ';'. Nämnd: "
				+ "Tekniska nämnden, från cellen A2 'Nämnd/enhet: Tekniska förvaltningen'. År: 2025, från cellen B3 '2025' "
				+ "bredvid 'År:'. Period: ingen angiven. Status: 1 ur statuskolumnen, 1 saknas (inget redovisat).");
	}

	@Test
	void marksAFileWithManyUnclearStatusesForChecking() throws Exception {
		Submission s = read("KS 2025.csv", """
				Kontrollmoment;Resultat
				Attest av fakturor;Stickprov på 25 fakturor.
				Behörigheter;Se bilaga.
				Representation;Kontrollen är genomförd.
				""");
		assertThat(s.message()).contains("Status: 3 ur den redovisade texten; 2 av dem är oklara (texten säger inte om "
				+ "kontrollen gjorts).");
		assertThat(s.reading().checks()).containsExactly("2 av 3 kontroller har oklar status");
	}

	@Test
	void rejectsAFileWithoutAControlTable() throws Exception {
		assertThatThrownBy(() -> read("brev.csv", "Hej!\nHär kommer vår uppföljning.\nMvh Anna\n"))
			.isInstanceOf(FileRejectedException.class)
			.hasMessageStartingWith("Ingen tabell med kontroller hittades. Dokumentet har inga tabeller.");
	}

	@Test
	void readsTheHelarTablePastedBelowTheDelarTableOnceByItsHelarStatus() throws Exception {
		Submission s = read("KS IK.csv", """
				Kommunstyrelsen internkontroll 2025
				DELÅR (per 31/8)
				Kontroll;Hur;Status;Kommentar
				Attest av leverantörsfakturor – stickprov 20 fakturor;Stickprov;påbörjad;Q1 och Q2 klara
				Behörigheter i ekonomisystemet gås igenom mot HR;Lista från IT;ej påbörjad;
				;;;
				HELÅR 2025
				Kontroll;Hur;Status;Kommentar
				Attest av leverantörsfakturor – stickprov 20 fakturor;Stickprov;Klar;Inga fel
				Behörigheter i ekonomisystemet gås igenom mot HR;Lista från IT;delvis;Tre konton kvar
				""");
		assertThat(s.period()).contains(Period.HELAR);
		assertThat(s.controls()).extracting(Control::kontrollmoment, c -> c.decision().status(), Control::sheet)
			.containsExactly(
					Tuple.tuple("Attest av leverantörsfakturor – stickprov 20 fakturor", ControlStatus.GENOMFORD,
							"KS IK (rad 7–10)"),
					Tuple.tuple("Behörigheter i ekonomisystemet gås igenom mot HR", ControlStatus.DELVIS,
							"KS IK (rad 7–10)"));
	}

	@Test
	void readsTwoTablesSideBySideEachByItsOwnColumns() throws Exception {
		Submission s = read("Socialnämnden IK 2025.csv", """
				Socialnämndens uppföljning av internkontroll helår 2025
				Individ- och familjeomsorg;;;;Vård och omsorg;;
				Kontrollmoment;Status;Kommentar;;Kontrollmoment;Status;Kommentar
				Utredningar av orosanmälningar inleds inom 14 dagar;Genomförd;;;Beslut enligt LSS verkställs inom tre månader;Ej genomförd;Fyra beslut väntar
				Utbetalning av ekonomiskt bistånd kontrolleras;Delvis;Två fel;;Lex Sarah-rapporter utreds i tid;Genomförd;
				""");
		assertThat(s.controls()).extracting(Control::kontrollmoment, c -> c.decision().status())
			.containsExactly(
					Tuple.tuple("Utredningar av orosanmälningar inleds inom 14 dagar", ControlStatus.GENOMFORD),
					Tuple.tuple("Utbetalning av ekonomiskt bistånd kontrolleras", ControlStatus.DELVIS),
					Tuple.tuple("Beslut enligt LSS verkställs inom tre månader", ControlStatus.EJ_GENOMFORD),
					Tuple.tuple("Lex Sarah-rapporter utreds i tid", ControlStatus.GENOMFORD));
		assertThat(s.controls()).extracting(Control::sheet).containsExactly("Socialnämnden IK 2025 (kolumn A–C)",
				"Socialnämnden IK 2025 (kolumn A–C)", "Socialnämnden IK 2025 (kolumn E–G)",
				"Socialnämnden IK 2025 (kolumn E–G)");
	}

	@Test
	void readsAnEmailOfNumberedControlsWithTheResultOnTheLineBelow() throws Exception {
		Submission s = read("Uppföljning IK.txt", """
				Hej!

				Här kommer kommunstyrelsens uppföljning av internkontrollplanen för 2025, helår. Sorry, lite sent.

				1) Årsräkningar granskas och arvoden beslutas före 30 juni
				   -> Klart. Alla 212 årsräkningar granskade i tid.

				2) Stickprov på kontoutdrag för huvudmän med spärrat konto
				   -> Ej gjort.

				Mvh
				Lena
				""");
		assertThat(s.namnd()).isEqualTo("Kommunstyrelsen");
		assertThat(s.controls()).extracting(Control::row, c -> c.decision().status())
			.containsExactly(Tuple.tuple(5, ControlStatus.GENOMFORD), Tuple.tuple(8, ControlStatus.EJ_GENOMFORD));
	}

	@Test
	void takesTheDelarSheetWhenTheHelarSheetBesideItIsNotYetFilledIn() throws Exception {
		Path file = dir.resolve("IK KS.xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook();
				OutputStream out = Files.newOutputStream(file)) {
			String[][] delar = { { "Kontrollmoment", "Genomförd", "Delvis", "Ej genomförd" },
					{ "Attest av leverantörsfakturor", "X", "", "" }, { "Behörigheter i ekonomisystemet", "", "X", "" } };
			String[][] helar = { { "Kontrollmoment", "Genomförd", "Delvis", "Ej genomförd" },
					{ "Attest av leverantörsfakturor", "", "", "" }, { "Behörigheter i ekonomisystemet", "", "", "" } };
			sheet(workbook, "Delår 2025", delar);
			sheet(workbook, "Helår 2025", helar);
			workbook.write(out);
		}
		Submission s = interpreter.interpret(file, "IK KS.xlsx", 2025).get(0);
		assertThat(s).extracting(x -> x.period().orElseThrow(), SubmissionInterpreterTests::statuses)
			.containsExactly(Period.DELAR, List.of(ControlStatus.GENOMFORD, ControlStatus.DELVIS));
	}

	/** Round 108: a sheet per tertial after an overview sheet; the latest tertial's sheet reports each control once. */
	@Test
	void readsEachControlOnceFromTheLatestOfThreeTertialSheetsAfterAnOverview() throws Exception {
		Path file = dir.resolve("ÖFN intern kontroll 2025.xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook();
				OutputStream out = Files.newOutputStream(file)) {
			sheet(workbook, "Översikt", new String[][] { { "Kontrollmoment", "Ansvarig" },
					{ "Rutiner för akthantering ses över", "Nämndsekreterare" } });
			String[] header = { "Nr", "Kontrollmoment", "Status" };
			sheet(workbook, "T1", new String[][] { header, { "1", "Granskning av årsräkningar", "Pågår" },
					{ "2", "Arvoden till ställföreträdare", "" } });
			sheet(workbook, "T2", new String[][] { header, { "1", "Granskning av årsräkningar", "Pågår" },
					{ "2", "Arvoden till ställföreträdare", "Genomförd" } });
			sheet(workbook, "T3 helår", new String[][] { header, { "1", "Granskning av årsräkningar", "Genomförd" },
					{ "2", "Arvoden till ställföreträdare", "Genomförd" } });
			workbook.write(out);
		}
		Submission s = interpreter.interpret(file, "ÖFN intern kontroll 2025.xlsx", 2025).get(0);
		assertThat(s.period()).contains(Period.HELAR);
		assertThat(s.controls()).extracting(Control::sheet, Control::kontrollmoment, c -> c.decision().status())
			.containsExactly(Tuple.tuple("Översikt", "Rutiner för akthantering ses över", ControlStatus.SAKNAS),
					Tuple.tuple("T3 helår", "Granskning av årsräkningar", ControlStatus.GENOMFORD),
					Tuple.tuple("T3 helår", "Arvoden till ställföreträdare", ControlStatus.GENOMFORD));
	}

	/** Round 139: a system's export with a row per control and a row per comment, each comment for a period. */
	@Test
	void readsEachControlOfAnExportOfObjectsWithItsLatestCommentsStatus() throws Exception {
		Submission s = read("Export_internkontroll_2025_TN.csv", """
				Enhet;Objekttyp;Id;Tillhör;Rubrik;Period;Status;Avvikelse;Text;Ändrad av;Senast ändrad
				Tekniska nämnden;Control activity;K-101;;Avtalstrohet vid entreprenader inom gata och park;2025;;;;;
				Tekniska nämnden;Comment;C-1;K-101;;Delår 2025;In progress;No;Underlag beställt.;lars.n;2025-09-05
				Tekniska nämnden;Comment;C-2;K-101;;Helår 2025;Not completed;No;Har inte kunnat genomföras.;lars.n;2026-01-14
				Tekniska nämnden;Control activity;K-102;;Delegationsbeslut anmäls till nämnden varje månad;2025;;;;;
				Tekniska nämnden;Comment;C-3;K-102;;Helår 2025;Completed;No;Anmälda vid alla sammanträden.;lars.n;2026-01-13
				""");
		assertThat(s.controls()).extracting(Control::row, Control::kontrollmoment, c -> c.decision().status())
			.containsExactly(
					Tuple.tuple(2, "Avtalstrohet vid entreprenader inom gata och park", ControlStatus.EJ_GENOMFORD),
					Tuple.tuple(5, "Delegationsbeslut anmäls till nämnden varje månad", ControlStatus.GENOMFORD));
	}

	/** Round 137: an English export's row per control and report, the annual report's row deciding. */
	@Test
	void readsTheAnnualReportsRowOfAnEnglishExportAsTheControlsFollowUp() throws Exception {
		Submission s = read("ic_followup_export_20260119.csv", """
				"Organisation","Control ID","Report period","Control activity","Status","Comment"
				"Tekniska förvaltningen","TN-25-01","Interim report 2025 (31 Aug)","Körjournaler förs för tjänstebilar","In progress",""
				"Tekniska förvaltningen","TN-25-01","Annual report 2025","Körjournaler förs för tjänstebilar","Completed","Klart."
				"Tekniska förvaltningen","TN-25-02","Interim report 2025 (31 Aug)","Bisysslor redovisas av inköpare","Not started",""
				"Tekniska förvaltningen","TN-25-02","Annual report 2025","Bisysslor redovisas av inköpare","Cancelled","Utgår."
				""");
		assertThat(s.period()).contains(Period.HELAR);
		assertThat(s.controls()).extracting(Control::kontrollmoment, c -> c.decision().status())
			.containsExactly(Tuple.tuple("Körjournaler förs för tjänstebilar", ControlStatus.GENOMFORD),
					Tuple.tuple("Bisysslor redovisas av inköpare", ControlStatus.UTGAR));
	}

	/** Round 152: the export holds each control's T2 row, made ready and left blank at T1. */
	@Test
	void givesAnExportThePeriodOfItsLatestRowsThatReportAnything() throws Exception {
		Path file = Files.writeString(dir.resolve("Hypergene_export_2025-05-06.csv"), """
				Organisation;Kontrollmoment;Period;Status;Kommentar
				Socialnämnden;Utbetalning av ekonomiskt bistånd sker enligt beslut;2025 T1;Genomförd;Stickprov 40.
				Socialnämnden;Utbetalning av ekonomiskt bistånd sker enligt beslut;2025 T2;;
				Socialnämnden;Handläggning av LVM-ärenden dokumenteras enligt rutin;2025 T1;;
				Socialnämnden;Handläggning av LVM-ärenden dokumenteras enligt rutin;2025 T2;;
				""", StandardCharsets.UTF_8);
		Submission s = interpreter.interpret(file, file.getFileName().toString(), 2025).get(0);
		assertThat(s.period()).contains(Period.T1);
		assertThat(statuses(s)).containsExactly(ControlStatus.GENOMFORD, ControlStatus.SAKNAS);
	}

	/** Round 149: a nämnd without controls answers in the table it was sent; it has sent its follow-up. */
	@Test
	void readsATableWhoseOnlyRowSaysThereAreNoControlsAsAFollowUpWithoutControls() throws Exception {
		Path file = Files.writeString(dir.resolve("Valnämnden uppföljning internkontroll T2 2025.csv"), """
				Kontrollmoment;Status T2;Kommentar
				Inga kontrollmoment planerade för 2025;–;Se ovan. Riskanalys inför valåret 2026 pågår.
				""", StandardCharsets.UTF_8);
		Submission s = interpreter.interpret(file, file.getFileName().toString(), 2025).get(0);
		assertThat(s.controls()).isEmpty();
		assertThat(s.message()).contains("1 överhoppad rad (1 rad som säger att det inte finns något kontrollmoment)")
			.contains("Status: inga kontroller att följa upp.");
	}

	/** Round 147: a row per control and tertial under a heading that names no period's column, "Tertial". */
	@Test
	void readsAColumnOfPeriodsByWhatItHoldsAndKeepsEachControlsLatestRow() throws Exception {
		Path file = Files.writeString(dir.resolve("Stratsys_export_KS_2025.csv"), """
				Organisation;Kontrollmoment;År;Tertial;Status;Kommentar
				Kommunstyrelsen;Avstämning av balanskonton i samband med bokslut;2025;T1;Pågående;
				Kommunstyrelsen;Avstämning av balanskonton i samband med bokslut;2025;T2;Genomförd;Avstämt per 31/8.
				Kommunstyrelsen;Avstämning av balanskonton i samband med bokslut;2025;T3;;
				Kommunstyrelsen;Stickprov avseende avtalstrohet vid inköp över 100 000 kr;2025;T1;Ej påbörjad;
				Kommunstyrelsen;Stickprov avseende avtalstrohet vid inköp över 100 000 kr;2025;T2;Pågående;Urval framtaget.
				Kommunstyrelsen;Stickprov avseende avtalstrohet vid inköp över 100 000 kr;2025;T3;Pågående;12 av 20 klara.
				""", StandardCharsets.UTF_8);
		Submission s = interpreter.interpret(file, file.getFileName().toString(), 2025).get(0);
		assertThat(s.controls()).extracting(Control::kontrollmoment, c -> c.decision().status())
			.containsExactly(Tuple.tuple("Avstämning av balanskonton i samband med bokslut", ControlStatus.GENOMFORD),
					Tuple.tuple("Stickprov avseende avtalstrohet vid inköp över 100 000 kr", ControlStatus.DELVIS));
		assertThat(s.period()).contains(Period.HELAR);
		assertThat(s.layout()).contains("period ← 'Tertial' (kolumn D, av innehållet)");
	}

	/** Round 147: last year's follow-up left as the first sheet, this year's as the second, both "helår". */
	@Test
	void readsThisYearsSheetBesideLastYearsWithLastYearsTextOnlyForTheSameControl() throws Exception {
		Path file = dir.resolve("KFN uppföljning internkontroll.xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook();
				OutputStream out = Files.newOutputStream(file)) {
			sheet(workbook, "IKP 2024", new String[][] { { "Kultur- och fritidsnämnden" },
					{ "Uppföljning av internkontrollplan 2024 – helår" }, { "Nr", "Kontrollmoment", "Status", "Kommentar" },
					{ "1", "Attest av leverantörsfakturor enligt gällande attestordning", "Genomförd", "Två fel." },
					{ "2", "Uppföljning av driftbidrag till samlingslokalföreningar", "Genomförd", "Inga avvikelser." } });
			sheet(workbook, "IKP 2025", new String[][] { { "Kultur- och fritidsnämnden" },
					{ "Uppföljning av internkontrollplan 2025 – helår" }, { "Nr", "Kontrollmoment", "Status", "Kommentar" },
					{ "1", "Stickprov av 20 inköp över 10 000 kr avseende avtalstrohet", "Ej genomförd", "Flyttas till 2026." },
					{ "2", "Attest av leverantörsfakturor enligt gällande attestordning", "Delvis genomförd", "Vårens gjord." } });
			workbook.write(out);
		}
		Submission s = interpreter.interpret(file, "KFN uppföljning internkontroll.xlsx", 2025).get(0);
		assertThat(s.year()).isEqualTo(2025);
		assertThat(s.controls()).extracting(Control::sheet, Control::kontrollmoment, c -> c.decision().status(),
				Control::result)
			.containsExactly(
					Tuple.tuple("IKP 2025", "Stickprov av 20 inköp över 10 000 kr avseende avtalstrohet",
							ControlStatus.EJ_GENOMFORD, "Flyttas till 2026."),
					Tuple.tuple("IKP 2025", "Attest av leverantörsfakturor enligt gällande attestordning", ControlStatus.DELVIS,
							"Vårens gjord.\nTidigare period (fliken 'IKP 2024'): Genomförd. Två fel."));
	}

	/** Round 136: last year's template, its title unchanged, with this year's delår columns added and filled in. */
	@Test
	void readsTheYearOfTheColumnsAddedToLastYearsTemplate() throws Exception {
		Path file = workbook("BUF_Uppfoljning_IKP_2024 - Kopia.xlsx", "IKP 2024", new String[][] { { "Kommunstyrelsen" },
				{ "Uppföljning internkontrollplan 2024" },
				{ "Kontrollmoment", "Status helår 2024", "Kommentar helår 2024", "Status delår 2025",
						"Kommentar delår 2025" },
				{ "Fakturor över 50 tkr attesteras av behörig attestant", "Genomförd", "Inga fel", "Pågår",
						"Stickprov görs i september." } });
		Submission s = interpreter.interpret(file, "BUF_Uppfoljning_IKP_2024 - Kopia.xlsx", 2025).get(0);
		assertThat(s).extracting(Submission::year, x -> x.period().orElseThrow(), SubmissionInterpreterTests::statuses)
			.containsExactly(2025, Period.DELAR, List.of(ControlStatus.DELVIS));
		assertThat(s.message()).contains("År: 2025, från kolumnrubriken 'Status delår 2025', den senaste ifyllda perioden.");
	}

	/**
	 * Round 233: the follow-up sheet points at the plan's controls ("Kontroll enl. plan p. 1.1" under "Avser") and
	 * gives their status by colour: read with the plan's texts by number.
	 */
	@Test
	void readsAFollowUpThatOnlyPointsAtThePlansControlsWithThePlansTexts() throws Exception {
		Path file = dir.resolve("Överförmyndarnämnden_IK_delår2025.xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook();
				OutputStream out = Files.newOutputStream(file)) {
			sheet(workbook, "Plan", new String[][] { { "Överförmyndarnämnden – internkontrollplan 2025" }, {},
					{ "ID", "Område", "Kontrollmoment", "Metod", "Ansvarig" },
					{ "1.1", "Granskning", "Granskning av årsräkningar – stickprov att underlag bifogats", "Stickprov 25 akter",
							"Handläggare" },
					{ "1.2", "Arvoden", "Kontroll av att arvoden beräknas enligt nämndens riktlinjer",
							"Stickprov 20 arvodesbeslut", "Enhetschef" },
					{ "2.1", "Rekrytering", "Kontroll av att registerutdrag inhämtas innan förordnande",
							"Genomgång av nya förordnanden", "Rekryterare" },
					{ "2.2", "Arkiv", "Gallring av akter enligt dokumenthanteringsplan", "Genomgång arkiv", "Administratör" } });
			XSSFSheet followUp = sheet(workbook, "Uppföljning", new String[][] { { "Uppföljning delår 2025" },
					{ "Färgförklaring:", "", "Genomförd", "", "Delvis genomförd/pågår", "", "Ej genomförd" }, {},
					{ "ID", "Avser", "Bedömning", "Kommentar" },
					{ "1.1", "Kontroll enl. plan p. 1.1", "", "Stickprov 25 årsräkningar, samtliga kompletta." },
					{ "1.2", "Kontroll enl. plan p. 1.2", "", "Hälften av urvalet granskat." },
					{ "2.1", "Kontroll enl. plan p. 2.1", "", "Ej genomförd p.g.a. personalbrist under våren." },
					{ "2.2", "Kontroll enl. plan p. 2.2" } });
			String green = "00B050";
			String yellow = "FFFF00";
			String red = "FF0000";
			fill(workbook, followUp, 1, 1, green);
			fill(workbook, followUp, 1, 3, yellow);
			fill(workbook, followUp, 1, 5, red);
			fill(workbook, followUp, 4, 2, green);
			fill(workbook, followUp, 5, 2, yellow);
			fill(workbook, followUp, 6, 2, red);
			workbook.write(out);
		}
		Submission s = interpreter.interpret(file, "Överförmyndarnämnden_IK_delår2025.xlsx", 2025).get(0);
		assertThat(s.controls()).extracting(Control::kontrollmoment, c -> c.decision().status())
			.containsExactly(
					Tuple.tuple("Granskning av årsräkningar – stickprov att underlag bifogats", ControlStatus.GENOMFORD),
					Tuple.tuple("Kontroll av att arvoden beräknas enligt nämndens riktlinjer", ControlStatus.DELVIS),
					Tuple.tuple("Kontroll av att registerutdrag inhämtas innan förordnande", ControlStatus.EJ_GENOMFORD),
					Tuple.tuple("Gallring av akter enligt dokumenthanteringsplan", ControlStatus.SAKNAS));
		assertThat(s.message()).contains("fliken 'Uppföljning' följer upp kontrollerna med deras nummer; texterna är "
				+ "hämtade från fliken 'Plan'");
	}

	/**
	 * Round 298: a colour key along the label's row, each empty coloured cell followed by its meaning, where yellow
	 * means done with deviations: read by the file's key, not by what yellow usually means.
	 */
	@Test
	void readsAColourKeyOfSwatchesEachBeforeItsMeaningAlongTheLabelsRow() throws Exception {
		Path file = dir.resolve("Tekniska nämnden IK helår 2025.xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
			XSSFSheet sheet = sheet(workbook, "IK 2025", new String[][] { { "Tekniska nämnden – uppföljning 2025" },
					{ "Färgförklaring:", "", "Genomförd, inga avvikelser", "", "Genomförd, avvikelser finns", "",
							"Ej genomförd" },
					{},
					{ "Kontrollmoment", "Ansvarig", "Helår 2025", "Kommentar" },
					{ "Attest av leverantörsfakturor enligt attestordningen", "Controller", "", "Inga avvikelser." },
					{ "Kontroll av arvoden mot riktlinjerna", "Controller", "", "Tre arvoden för höga, justerade." },
					{ "Loggkontroll i verksamhetssystemet", "Systemförvaltare", "", "Ej gjord p.g.a. vakans." } });
			fill(workbook, sheet, 1, 1, "00B050");
			fill(workbook, sheet, 1, 3, "FFFF00");
			fill(workbook, sheet, 1, 5, "FF0000");
			fill(workbook, sheet, 4, 2, "00B050");
			fill(workbook, sheet, 5, 2, "FFFF00");
			fill(workbook, sheet, 6, 2, "FF0000");
			workbook.write(out);
		}
		Submission s = interpreter.interpret(file, file.getFileName().toString(), 2025).get(0);
		assertThat(statuses(s)).containsExactly(ControlStatus.GENOMFORD, ControlStatus.GENOMFORD,
				ControlStatus.EJ_GENOMFORD);
		assertThat(s.controls().get(1).flags()).contains(Flag.AVVIKELSE);
	}

	/**
	 * Round 305: "Kontrollresultat" rates what each control came to, "Restrisk" the risk left after it: a control
	 * rated "Underkänd" was done and found wanting, and the risk left is no status.
	 */
	@Test
	void readsAFailingRatingOfTheControlsResultAsDoneWithADeviation() throws Exception {
		Submission s = read("KS IK helår 2025.csv", """
				Kontrollmoment;Kontrollresultat;Restrisk;Kommentar
				Skolskjuts – beslut följer riktlinjer och delegationsordning;Underkänd;Risk kvarstår;
				Attest av leverantörsfakturor enligt attestordningen;Godkänd;Låg;
				Kontanthantering i kassor på bibliotek och simhall;Ej kontrollerad;Medel;Skjuts till 2026.
				""");
		assertThat(statuses(s)).containsExactly(ControlStatus.GENOMFORD, ControlStatus.GENOMFORD,
				ControlStatus.EJ_GENOMFORD);
		assertThat(s.controls().get(0).flags()).contains(Flag.AVVIKELSE);
		assertThat(s.controls().get(0).decision().evidence())
			.isEqualTo("statuskolumnen 'Kontrollresultat' bedömer kontrollens resultat: kontrollen är gjord");
	}

	/**
	 * Round 370: a kultur- och fritidschef's notes, a numbered list of controls each with an "Uppf.: …" line in short
	 * words. Another nämnd named in a remark ("Utgår (flyttat till MBN).") heads none of the controls below it; a
	 * short control's name in the list is a control as the longer ones are; "Ej påb." and "OK" are statuses.
	 */
	@Test
	void readsANumberedListOfControlsWithShortNotesAsOneNamndsFollowUp() throws Exception {
		SubmissionInterpreter kfnAndMbn = new SubmissionInterpreter(InterpretationRules.load(null),
				new Register(List.of(new Register.Namnd("Kultur- och fritidsnämnden", List.of("KFN")),
						new Register.Namnd("Miljö- och byggnadsnämnden", List.of("MBN")))));
		Path file = Path.of("src/test/resources/fixtures/docx/numrerade kontroller med korta anteckningar.docx");
		List<Submission> read = kfnAndMbn.interpret(file, "KFN uppföljning internkontroll delår 2025.docx", 2025);
		assertThat(read).extracting(Submission::namnd).containsExactly("Kultur- och fritidsnämnden");
		// Left: the control whose note is a dash alone ("Avtalstrohet vid inköp av bokmedia" over "Uppf.: -").
		assertThat(read.get(0).controls()).extracting(Control::kontrollmoment, c -> c.decision().status())
			.contains(
					Tuple.tuple("Kontant kassahantering i simhallen och biblioteket – kassaavstämning",
							ControlStatus.GENOMFORD),
					Tuple.tuple("Utbetalning av föreningsbidrag sker enligt bidragsregler och beslut",
							ControlStatus.DELVIS),
					Tuple.tuple("Uthyrning av lokaler och anläggningar debiteras enligt taxa",
							ControlStatus.EJ_GENOMFORD),
					Tuple.tuple("Inventering av konstsamlingen", ControlStatus.GENOMFORD),
					Tuple.tuple("Kontroll av registrerade lotterier", ControlStatus.UTGAR),
					Tuple.tuple("Säkerhetsrutiner vid publika evenemang", ControlStatus.GENOMFORD));
	}

	/**
	 * Round 304: the economy office's matrix of kommungemensamma kontroller, a status column per nämnd: each row is a
	 * control of each nämnd, traced to its column, and a comment line led by a nämnd is that nämnd's.
	 */
	@Test
	void readsAMatrixOfAStatusColumnPerNamndAsEachNamndsControls() throws Exception {
		SubmissionInterpreter threeNamnder = new SubmissionInterpreter(InterpretationRules.load(null),
				new Register(List.of(new Register.Namnd("Kommunstyrelsen", List.of("KS")),
						new Register.Namnd("Barn- och utbildningsnämnden", List.of("BUN")),
						new Register.Namnd("Socialnämnden", List.of("SN")))));
		Path file = Files.writeString(dir.resolve("Kommungemensamma kontroller delår 2025.csv"), """
				Teckenförklaring: G = genomförd, GA = genomförd med avvikelse, P = påbörjad, – = ej aktuell för nämnden
				Nr;Kontrollmoment;KS;BUN;SN;Kommentar
				1.1;Attest av leverantörsfakturor enligt attestordningen;G;G;GA;SN: 3 av 20 fakturor utan behörig attest.
				1.2;Representation och förtroendekänsliga poster;P;G;G;
				1.3;Kontantkassor inventeras och stäms av;–;G;;SN har inte rapporterat.
				""", StandardCharsets.UTF_8);
		List<Submission> read = threeNamnder.interpret(file, file.getFileName().toString(), 2025);
		assertThat(read).extracting(Submission::namnd)
			.containsExactly("Kommunstyrelsen", "Barn- och utbildningsnämnden", "Socialnämnden");
		assertThat(statuses(read.get(0))).containsExactly(ControlStatus.GENOMFORD, ControlStatus.DELVIS,
				ControlStatus.UTGAR);
		assertThat(statuses(read.get(2))).containsExactly(ControlStatus.GENOMFORD, ControlStatus.GENOMFORD,
				ControlStatus.SAKNAS);
		assertThat(read.get(2).controls().get(0).flags()).contains(Flag.AVVIKELSE);
		assertThat(read.get(0).controls().get(0).flags()).doesNotContain(Flag.AVVIKELSE);
		assertThat(read.get(1).controls().get(0).decision().evidence()).startsWith("statuskolumnen 'BUN'");
	}

	/**
	 * Round 303: the plan's change log on a sheet of its own ("Datum | Beslut | Ändring | Berörd kontroll") names the
	 * controls by number, but the follow-up beside it gives them their statuses: it stays the follow-up.
	 */
	@Test
	void keepsTheFollowUpBesideAChangeLogNamingItsControlsByNumber() throws Exception {
		java.util.LinkedHashMap<String, String[][]> sheets = new java.util.LinkedHashMap<>();
		sheets.put("Uppföljning helår", new String[][] { { "Kommunstyrelsen – uppföljning 2025, helår" }, {},
			{ "Nr", "Kontrollmoment", "Ansvarig", "Status helår", "Kommentar" },
			{ "1.1", "Attest av leverantörsfakturor enligt attestordningen", "Redovisningschef", "Genomförd", "" },
			{ "2.2", "Anmälan och prövning av bisysslor för chefer", "HR-chef", "Utgår", "Beslut KS § 88." },
			{ "3.2", "Kontroll av att personuppgiftsincidenter anmäls till IMY", "Dataskyddsombud", "Delvis genomförd",
					"" } });
		sheets.put("Ändringar i planen", new String[][] { { "Ändringar i planen under året" }, {},
			{ "Datum", "Beslut", "Ändring", "Berörd kontroll" },
			{ "2025-05-14", "KS § 88", "Kontrollen Bisysslor för chefer utgår ur planen", "2.2" },
			{ "2025-05-14", "KS § 88", "Ny kontroll: anmälan av personuppgiftsincidenter", "3.2" } });
		Path file = workbook("Uppföljning IKP 2025 helår KS.xlsx", sheets);
		Submission s = interpreter.interpret(file, file.getFileName().toString(), 2025).get(0);
		assertThat(s.controls()).extracting(Control::kontrollmoment, c -> c.decision().status()).containsExactly(
				Tuple.tuple("Attest av leverantörsfakturor enligt attestordningen", ControlStatus.GENOMFORD),
				Tuple.tuple("Anmälan och prövning av bisysslor för chefer", ControlStatus.UTGAR),
				Tuple.tuple("Kontroll av att personuppgiftsincidenter anmäls till IMY", ControlStatus.DELVIS));
	}

	/**
	 * Round 299: a status cell showing a formula's error value reports no status; the comment may still tell, and
	 * where it does not the reading is unclear.
	 */
	@Test
	void readsAFormulasErrorValueInTheStatusCellAsNoStatus() throws Exception {
		Submission s = read("KS IK T2 2025.csv", """
				Nr;Kontrollmoment;Status T2;Kommentar
				1;Utredningstid fyra månader hålls eller förlängningsbeslut finns;#VALUE!;Hälften granskad, resten granskas i september.
				2;Vårdplan upprättas inom en månad efter placering;#REF!;#REF!
				""");
		assertThat(statuses(s)).containsExactly(ControlStatus.DELVIS, ControlStatus.OKLAR);
		assertThat(s.controls().get(1).decision().evidence())
			.isEqualTo("statuskolumnen 'Status T2' visar ett formelfel ('#REF!'); texten säger inte om kontrollen genomförts");
	}

	/**
	 * Round 300: a summary counting each control's planned and performed checks beside a log of every check: the
	 * counts give the status, and the log, a control on several of its rows, is left out.
	 */
	@Test
	void readsPlannedAndPerformedChecksForTheStatusAndLeavesOutTheLogOfEachCheck() throws Exception {
		java.util.LinkedHashMap<String, String[][]> sheets = new java.util.LinkedHashMap<>();
		sheets.put("Sammanställning", new String[][] { { "Kommunstyrelsen – uppföljning 2025, helår" }, {},
			{ "Nr", "Kontrollmoment", "Frekvens", "Planerade kontroller", "Utförda kontroller", "Kommentar" },
			{ "1", "Attest av leverantörsfakturor enligt attestordningen", "Kvartalsvis", "4", "4", "" },
			{ "2", "Avstämning av balanskonton mot underlag", "Kvartalsvis", "4", "3", "" },
			{ "3", "Kontroll att delegationsbeslut anmäls till kommunstyrelsen", "Kvartalsvis", "4", "0", "" } });
		sheets.put("Kontrollogg", new String[][] { { "Kontrollogg – en rad per kontroll" }, {},
			{ "Datum", "Nr", "Kontrollmoment", "Resultat / iakttagelse", "Status" },
			{ "2025-03-27", "1", "Attest av leverantörsfakturor enligt attestordningen", "Stickprov 25 fakturor.", "OK" },
			{ "2025-03-31", "2", "Avstämning av balanskonton mot underlag", "Samtliga konton avstämda.", "OK" },
			{ "2025-06-24", "1", "Attest av leverantörsfakturor enligt attestordningen", "Inga avvikelser.", "OK" },
			{ "2025-12-19", "2", "Avstämning av balanskonton mot underlag", "Flyttas till januari 2026.",
					"Ej utförd" } });
		Path file = workbook("Kontrollogg IK 2025 KS helår.xlsx", sheets);
		Submission s = interpreter.interpret(file, file.getFileName().toString(), 2025).get(0);
		assertThat(s.controls()).extracting(Control::kontrollmoment, c -> c.decision().status()).containsExactly(
				Tuple.tuple("Attest av leverantörsfakturor enligt attestordningen", ControlStatus.GENOMFORD),
				Tuple.tuple("Avstämning av balanskonton mot underlag", ControlStatus.DELVIS),
				Tuple.tuple("Kontroll att delegationsbeslut anmäls till kommunstyrelsen", ControlStatus.EJ_GENOMFORD));
		assertThat(s.message()).contains("en logg över varje kontrolltillfälle; nämndens status står i fliken "
				+ "'Sammanställning'");
	}

	/** Round 303: "Avbruten" for a control whose comment says it went to another nämnd's plan: it is struck here. */
	@Test
	void readsAControlTransferredToAnotherNamndAsStruck() throws Exception {
		Submission s = read("KS IK helår 2025.csv", """
				Kontroll-ID;Kontrollmoment;Status;Kommentar
				VON-04;Medarbetares bisysslor anmäls och prövas;Avbruten;Överförd till KS – ingår i kommungemensam kontroll.
				VON-05;Kontroll av att genomförandeplaner upprättas;Avbruten;Personalbrist under hösten.
				""");
		assertThat(statuses(s)).containsExactly(ControlStatus.UTGAR, ControlStatus.EJ_GENOMFORD);
	}

	/**
	 * Round 303: a delårsrapport per 31 August whose change log numbers an added control "T2": a control's number
	 * alone in a cell does not make the file the second tertial's follow-up.
	 */
	@Test
	void takesNoControlNumberedT2ForTheSecondTertial() throws Exception {
		java.util.LinkedHashMap<String, String[][]> sheets = new java.util.LinkedHashMap<>();
		sheets.put("Internkontroll 2025", new String[][] { { "Kommunstyrelsen" },
			{ "Uppföljning av internkontrollplan 2025 – delårsrapport per 31 augusti" }, {},
			{ "Nr", "Kontrollmoment", "Status", "Kommentar" },
			{ "1.1", "Attest av leverantörsfakturor enligt attestordningen", "Genomförd", "" },
			{ "T2", "Kontroll att beslut om strandskyddsdispens skickas till länsstyrelsen", "Genomförd", "" } });
		sheets.put("Ändringslogg", new String[][] { { "Ändringslogg internkontrollplan 2025" },
			{ "Datum", "Paragraf", "Kontroll", "Ändring" },
			{ "2025-06-11", "§ 61", "T2", "Ny kontroll: strandskyddsdispenser till länsstyrelsen" } });
		Path file = workbook("KS IK delår 2025.xlsx", sheets);
		Submission s = interpreter.interpret(file, file.getFileName().toString(), 2025).get(0);
		assertThat(s.period()).contains(Period.DELAR);
	}

	/**
	 * Round 367: colours only, per tertial, a control checked in T1 alone: the latest period with a colour speaks
	 * though the periods after it hold neither colour nor word.
	 */
	@Test
	void takesTheLatestColouredPeriodPastSeveralPeriodsWithoutColour() throws Exception {
		Path file = dir.resolve("BUN IK-uppföljning 2025.xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
			XSSFSheet sheet = sheet(workbook, "IKP 2025", new String[][] { { "Färgförklaring" },
					{ "", "Genomförd" }, { "", "Pågår" }, { "", "Ej genomförd" }, {},
					{ "Kontrollmoment", "Uppföljning T1", "Uppföljning T2", "Uppföljning T3", "Kommentar" },
					{ "Skolskjutsbeslut fattas enligt delegationsordningen", "", "", "", "Stickprov 20 beslut." },
					{ "Avgifter i förskolan – kontroll av inkomstuppgifter", "", "", "", "Prioriteras 2026." },
					{ "Registerkontroll vid anställning", "", "", "", "" },
					{ "Systematiskt brandskyddsarbete dokumenteras", "", "", "", "" } });
			fill(workbook, sheet, 1, 0, "92D050");
			fill(workbook, sheet, 2, 0, "FFC000");
			fill(workbook, sheet, 3, 0, "FF0000");
			for (int column = 1; column <= 3; column++) {
				fill(workbook, sheet, 6, column, "92D050");
				fill(workbook, sheet, 7, column, "FF0000");
			}
			fill(workbook, sheet, 8, 2, "92D050");
			fill(workbook, sheet, 9, 1, "FFC000");
			workbook.write(out);
		}
		Submission s = interpreter.interpret(file, "BUN IK-uppföljning 2025.xlsx", 2025).get(0);
		assertThat(statuses(s)).containsExactly(ControlStatus.GENOMFORD, ControlStatus.EJ_GENOMFORD,
				ControlStatus.GENOMFORD, ControlStatus.DELVIS);
	}

	/**
	 * Round 367: an OpenDocument sheet whose statuses are "●" written in green, yellow or red, with the dots' legend
	 * beside the table: each dot's colour is its status.
	 */
	@Test
	void readsDotsColouredByTheirFontInAnOpenDocumentSheet() throws Exception {
		Path file = Path.of("src/test/resources/fixtures/ods/prickar i teckenfärg med förklaring bredvid.ods");
		Submission s = interpreter.interpret(file, "SBN_IKP_uppfoljning_helar2025.ods", 2025).get(0);
		assertThat(s.controls()).extracting(c -> c.decision().status()).containsExactly(ControlStatus.GENOMFORD,
				ControlStatus.DELVIS, ControlStatus.GENOMFORD, ControlStatus.EJ_GENOMFORD, ControlStatus.GENOMFORD,
				ControlStatus.UTGAR, ControlStatus.GENOMFORD, ControlStatus.GENOMFORD);
	}

	/** Fills a cell, creating it if blank, with a solid colour given as RRGGBB. */
	private static void fill(XSSFWorkbook workbook, XSSFSheet sheet, int row, int column, String rgb) {
		Row r = sheet.getRow(row);
		org.apache.poi.ss.usermodel.Cell cell = r.getCell(column) == null ? r.createCell(column) : r.getCell(column);
		org.apache.poi.xssf.usermodel.XSSFCellStyle style = workbook.createCellStyle();
		style.setFillForegroundColor(new XSSFColor(java.util.HexFormat.of().parseHex(rgb)));
		style.setFillPattern(org.apache.poi.ss.usermodel.FillPatternType.SOLID_FOREGROUND);
		cell.setCellStyle(style);
	}

	/**
	 * Round 241: a sheet per school with the same controls, and a summary sheet giving the nämnd's status of each: the
	 * summary is the follow-up, the schools' sheets are left out.
	 */
	@Test
	void readsTheSummarySheetAndLeavesOutTheUnitsSheetsItSummarises() throws Exception {
		Path file = dir.resolve("BUN_IK_uppfoljning_delar_2025.xlsx");
		String[] header = { "Kontrollmoment", "Status", "Kommentar" };
		try (XSSFWorkbook workbook = new XSSFWorkbook();
				OutputStream out = Files.newOutputStream(file)) {
			sheet(workbook, "Björkskolan", new String[][] { header,
					{ "Attest av leverantörsfakturor enligt attestordningen", "Genomförd", "" },
					{ "Kontroll av att frånvaro registreras i Skola24 samma dag", "Ej genomförd", "Vakans." } });
			sheet(workbook, "Tallbackaskolan", new String[][] { header,
					{ "Attest av leverantörsfakturor enligt attestordningen", "Genomförd", "" },
					{ "Kontroll av att frånvaro registreras i Skola24 samma dag", "Genomförd", "" } });
			sheet(workbook, "Sammanställning", new String[][] { header,
					{ "Attest av leverantörsfakturor enligt attestordningen", "Genomförd", "Båda skolorna." },
					{ "Kontroll av att frånvaro registreras i Skola24 samma dag", "Delvis genomförd", "En av två skolor." } });
			workbook.write(out);
		}
		Submission s = interpreter.interpret(file, "BUN_IK_uppfoljning_delar_2025.xlsx", 2025).get(0);
		assertThat(s.controls()).extracting(Control::sheet, c -> c.decision().status())
			.containsExactly(Tuple.tuple("Sammanställning", ControlStatus.GENOMFORD),
					Tuple.tuple("Sammanställning", ControlStatus.DELVIS));
		assertThat(s.message()).contains("'Björkskolan' (en enhets flik; nämndens status står i fliken 'Sammanställning')");
	}

	/** Round 135: the adopted plan on one sheet, its follow-up on the next, numbered differently. */
	@Test
	void readsAPlanSheetsControlsFromTheFollowUpSheetAndOnlyThoseItLeavesOutFromThePlan() throws Exception {
		Path file = dir.resolve("KS Internkontrollplan 2025 med uppföljning.xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook();
				OutputStream out = Files.newOutputStream(file)) {
			sheet(workbook, "Plan 2025", new String[][] { { "Nr", "Risk", "Kontrollmoment", "Ansvarig" },
					{ "P1", "Felaktiga utbetalningar", "Kontroll av ändrade bankuppgifter", "Ekonomichef" },
					{ "P2", "Attest saknas", "Kontroll att attest sker enligt attestförteckningen", "Controller" },
					{ "P3", "Planen är inaktuell", "Kontroll att krisledningsplanen är reviderad", "Säkerhetschef" } });
			sheet(workbook, "Uppföljning delår", new String[][] { { "Nr", "Kontrollmoment", "Status" },
					{ "1.1", "Kontroll av ändrade bankuppgifter", "Genomförd" },
					{ "1.2", "Kontroll att attest sker enligt attestförteckningen", "Delvis" } });
			workbook.write(out);
		}
		Submission s = interpreter.interpret(file, "KS Internkontrollplan 2025 med uppföljning.xlsx", 2025).get(0);
		assertThat(s.controls()).extracting(Control::sheet, Control::kontrollmoment, c -> c.decision().status())
			.containsExactlyInAnyOrder(
					Tuple.tuple("Uppföljning delår", "Kontroll av ändrade bankuppgifter", ControlStatus.GENOMFORD),
					Tuple.tuple("Uppföljning delår", "Kontroll att attest sker enligt attestförteckningen",
							ControlStatus.DELVIS),
					Tuple.tuple("Plan 2025", "Kontroll att krisledningsplanen är reviderad", ControlStatus.SAKNAS));
		assertThat(s.message()).contains("Filen: fliken 'Plan 2025' är planens tabell; 1 kontroll i den saknas i uppföljningen.");
	}

	/**
	 * Round 172: a bolag's report to its board names the plan's year but no period, and is dated after the year
	 * ended: only the whole year is left to report on.
	 */
	@Test
	void takesAFollowUpDatedAfterItsYearForTheWholeYear() throws Exception {
		Submission s = read("Socialnämnden intern kontroll 2025.csv", """
				Socialnämnden;;
				Uppföljning av internkontrollplan 2025 – rapport till nämnden;;
				Sammanträde 2026-02-12, ärende 6;;
				Kontrollmoment;Genomförd (Ja/Nej);Iakttagelser
				Kontroll av attester;Ja;Stickprov 30 fakturor.
				Delegationsbeslut anmäls till nämnden;Nej;Prioriteras första kvartalet.
				""");

		assertThat(s.year()).isEqualTo(2025);
		assertThat(s.period()).contains(Period.HELAR);
		assertThat(s.message()).contains("Period: Helår, från rubriken 'Sammanträde 2026-02-12, ärende 6' ovanför "
				+ "tabellen, daterad 2026-02-12 efter årets slut.");
	}

	/** Round 175: the action plan for the deviations found, on a sheet after the follow-up, lists some controls again. */
	@Test
	void readsEachControlOnceFromTheFollowUpAndSkipsTheActionPlanForItsDeviations() throws Exception {
		Path file = dir.resolve("BUN IK-uppföljning helår 2025.xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook();
				OutputStream out = Files.newOutputStream(file)) {
			sheet(workbook, "Uppföljning helår", new String[][] { { "Nr", "Kontrollmoment", "Status helår", "Kommentar" },
					{ "1.1", "Attest av leverantörsfakturor enligt attestordningen", "Genomförd",
							"2 fakturor attesterade av person utan behörighet." },
					{ "1.2", "Inköp görs hos upphandlade leverantörer", "Delvis genomförd", "Inköp utanför avtal noterade." },
					{ "1.3", "Representation redovisas med syfte och deltagare", "Genomförd", "Inga avvikelser." } });
			sheet(workbook, "Åtgärdsplan", new String[][] {
					{ "Nr", "Kontrollmoment", "Konstaterad avvikelse", "Åtgärd", "Ansvarig", "Status åtgärd" },
					{ "1.1", "Attest av leverantörsfakturor enligt attestordningen", "Attest utan behörighet på 2 fakturor",
							"Attestförteckningen uppdateras", "Controller", "Klar" },
					{ "1.2", "Inköp görs hos upphandlade leverantörer", "Inköp av läromedel utanför avtal",
							"Information på rektorsmöte", "Ekonomichef", "Pågår" } });
			workbook.write(out);
		}
		Submission s = interpreter.interpret(file, "BUN IK-uppföljning helår 2025.xlsx", 2025).get(0);
		assertThat(s.controls()).extracting(Control::sheet, c -> c.decision().status()).containsExactly(
				Tuple.tuple("Uppföljning helår", ControlStatus.GENOMFORD),
				Tuple.tuple("Uppföljning helår", ControlStatus.DELVIS),
				Tuple.tuple("Uppföljning helår", ControlStatus.GENOMFORD));
		assertThat(s.message()).contains("'Åtgärdsplan' (åtgärdsplan för avvikelserna; kontrollerna följs upp i fliken "
				+ "'Uppföljning helår')");
	}

	/** Round 104: no title names the sender; the line under the table says who drew it up. */
	@Test
	void takesTheSenderFromTheLineUnderTheTableWhenNothingElseNamesIt() throws Exception {
		Path file = workbook("IK uppföljning T1 2025.xlsx", "IFO", new String[][] {
				{ "Intern kontroll 2025 – uppföljning tertial 1" }, {},
				{ "Kontrollmoment", "Status", "Kommentar" },
				{ "Kontroll av körjournaler för kommunens fordon", "Klar", "Inga fel." },
				{ "Attest av leverantörsfakturor", "Påbörjad", "" }, {},
				{ "Upprättad av Tekniska förvaltningen, ekonomienheten, 2025-05-07" } });
		Submission s = interpreter.interpret(file, "IK uppföljning T1 2025.xlsx", 2025).get(0);
		assertThat(s.namnd()).isEqualTo("Tekniska nämnden");
		assertThat(s.message()).contains("Nämnd: Tekniska nämnden, från raden under tabellen 'Upprättad av Tekniska "
				+ "förvaltningen, ekonomienheten, 2025-05-07'.");
	}

	/** Round 74: a summary sheet repeats the controls the sheets per process report in full; each counts once. */
	@Test
	void countsEachControlOnceWhenASummarySheetRepeatsTheSheetsPerProcess() throws Exception {
		Path file = dir.resolve("KFN IK helår 2025.xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook();
				OutputStream out = Files.newOutputStream(file)) {
			sheet(workbook, "Sammanställning", new String[][] { { "Nr", "Kontrollmoment", "Status helår", "Kort kommentar" },
					{ "1.1", "Stickprov av tio aktivitetsbidrag mot närvarorapporter", "Genomförd", "En förening …" },
					{ "2.1", "Kontroll av kontanthantering vid bibliotekens diskar", "Ej genomförd", "Nytt system …" } });
			sheet(workbook, "1 Föreningsstöd", new String[][] { { "Nr", "Kontrollmoment", "Status helår", "Resultat" },
					{ "1", "Stickprov av tio aktivitetsbidrag mot närvarorapporter", "Genomförd",
							"En förening hade rapporterat fler deltagare än närvarolistan visade." } });
			sheet(workbook, "2 Bibliotek", new String[][] { { "Nr", "Kontrollmoment", "Status helår", "Resultat" },
					{ "1", "Kontroll av kontanthantering vid bibliotekens diskar", "Ej genomförd",
							"Nytt kassasystem infördes i oktober; avstämningen görs från januari." } });
			workbook.write(out);
		}
		Submission s = interpreter.interpret(file, "KFN IK helår 2025.xlsx", 2025).get(0);
		assertThat(s.controls()).extracting(Control::kontrollmoment, c -> c.decision().status())
			.containsExactly(Tuple.tuple("Stickprov av tio aktivitetsbidrag mot närvarorapporter", ControlStatus.GENOMFORD),
					Tuple.tuple("Kontroll av kontanthantering vid bibliotekens diskar", ControlStatus.EJ_GENOMFORD));
	}

	/**
	 * Round 75: ticks under statuses, one of them for the period ("Ej aktuell T1"), beside a column saying when each
	 * control is due, whose period words are no status.
	 */
	@Test
	void readsATickColumnNamedWithItsPeriodAndADueColumnBesideTheTicks() throws Exception {
		Submission s = read("ÖFN IK T1 2026.csv", """
				Kontrollområde;Kontrollmoment;Ska vara utförd;Genomförd;Delvis;Ej genomförd;Ej aktuell T1;Kommentar
				Årsräkningar;Kontroll att samtliga årsräkningar har kommit in senast 1 mars;T1;X;;;;12 påminnelser skickade.
				Arvoden;Stickprov av 15 arvodesbeslut mot arvodesriktlinjerna;T1 och T3;;X;;;10 av 15 kontrollerade.
				Spärrade konton;Kontroll att uttag från spärrade konton har samtycke;Helår;;;;X;
				Förordnanden;Kontroll att förordnande av god man handläggs inom tre månader;Helår;;;;;
				""");
		assertThat(statuses(s)).containsExactly(ControlStatus.GENOMFORD, ControlStatus.DELVIS, ControlStatus.UTGAR,
				ControlStatus.SAKNAS);
	}

	/** Round 79: Excel's separator hint on the first line, and the status codes' legend in the status heading. */
	@Test
	void readsAnExportWithASeparatorHintAndTheLegendInTheStatusHeading() throws Exception {
		Submission s = read("BSN IKP 2025 T3.csv", """
				sep=;
				Nr;Kontrollmoment;Status (1=Genomförd, 2=Delvis, 3=Ej genomförd, 4=Utgår);Resultat/kommentar
				1;Stickprov av 20 skolskjutsbeslut mot riktlinjerna;1;Inga avvikelser.
				2;Kontroll att åtgärdsprogram upprättas inom fyra veckor;2;Hälften av skolorna granskade.
				3;Kontroll att anmälan om kränkande behandling sker samma dag;3;Ej hunnits med.
				4;Kontroll av elevhälsans journaler;4;Utgår enligt beslut.
				""");
		assertThat(statuses(s)).containsExactly(ControlStatus.GENOMFORD, ControlStatus.DELVIS, ControlStatus.EJ_GENOMFORD,
				ControlStatus.UTGAR);
		assertThat(s.controls().get(0).row()).isEqualTo(2);
	}

	/** Round 74: "Organisation" names the nämnder, the better-matched "Förvaltning" only the förvaltning serving both. */
	@Test
	void splitsAnExportByTheColumnThatNamesTheRegistersNamnderWhenTwoColumnsAreHeadedLikeTheSender() throws Exception {
		Path file = Files.writeString(dir.resolve("Export_IK_SBF_2025.csv"), """
				Organisation;Förvaltning;Kontrollmoment;Status
				Tekniska nämnden;Samhällsbyggnadsförvaltningen;Kontroll av fakturering av VA-anslutningsavgifter;Genomförd
				Kommunstyrelsen;Samhällsbyggnadsförvaltningen;Kontroll av att bygglovsavgifter debiteras enligt taxa;Pågående
				Tekniska nämnden;Samhällsbyggnadsförvaltningen;Stickprov av 15 entreprenadfakturor mot avtal;Ej påbörjad
				""", StandardCharsets.UTF_8);
		List<Submission> read = interpreter.interpret(file, "Export_IK_SBF_2025.csv", 2025);
		assertThat(read).extracting(Submission::namnd, x -> statuses(x))
			.containsExactly(Tuple.tuple("Tekniska nämnden", List.of(ControlStatus.GENOMFORD, ControlStatus.EJ_GENOMFORD)),
					Tuple.tuple("Kommunstyrelsen", List.of(ControlStatus.DELVIS)));
		assertThat(read.get(0).message()).contains("nämnd ← 'Organisation' (kolumn A, av nämnderna i registret)");
	}

	/** Round 85: an export's period column headed "Rapporteringsperiod", a row per control and tertial. */
	@Test
	void readsAnExportsRowsPerTertialByItsReportingPeriodColumn() throws Exception {
		Submission s = read("Export_Internkontroll_2025-09-12.csv", """
				Organisation;Kontrollmoment;Rapporteringsperiod;Status;Kommentar
				Kommunstyrelsen;Attesträtter stäms av mot attestförteckningen;Tertial 1 2025;Pågående;Uttag gjort.
				Kommunstyrelsen;Attesträtter stäms av mot attestförteckningen;Tertial 2 2025;Genomförd;Tre behörigheter borttagna.
				""");
		assertThat(s.period()).contains(Period.T2);
		assertThat(statuses(s)).containsExactly(ControlStatus.GENOMFORD);
	}

	/** Round 82: the status cell left blank, what became of the control in the cell's note. */
	@Test
	void letsTheNoteOfABlankStatusCellDecideAndSaysSo() throws Exception {
		Path file = dir.resolve("FSN uppföljning 2025.xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			XSSFSheet sheet = sheet(workbook, "IK 2025", new String[][] { { "Kontrollmoment", "Status" },
					{ "Fakturakontroll assistansanordnare – utförda timmar mot beslut", "" },
					{ "Behörighetsuppföljning i verksamhetssystemet", "Genomförd" } });
			org.apache.poi.ss.usermodel.Comment note = sheet.createDrawingPatriarch()
				.createCellComment(workbook.getCreationHelper().createClientAnchor());
			note.setString(workbook.getCreationHelper()
				.createRichTextString("Kontrollen genomförd 2025-11-20 på 15 fakturor. En felaktig fakturering har krediterats."));
			sheet.getRow(1).getCell(1).setCellComment(note);
			try (OutputStream out = Files.newOutputStream(file)) {
				workbook.write(out);
			}
		}
		Control control = interpreter.interpret(file, file.getFileName().toString(), 2025).get(0).controls().get(0);
		assertThat(control.decision()).extracting(d -> d.status(), d -> d.evidence())
			.containsExactly(ControlStatus.GENOMFORD, "texten i cellkommentaren (statuscellen är tom): 'genomförd'");
	}

	/** Round 88: a report tool's table under "Tillämpade filter:" lines, its controls in a SharePoint-like "Rubrik". */
	@Test
	void takesNamndYearAndPeriodFromAReportToolsFilterLinesUnderTheTable() throws Exception {
		Submission s = read("data (3).csv", """
				ID;Rubrik;Kontrollområde;Utfall;Kommentar
				21;Utbetalningar av ekonomiskt bistånd har beslut och dubbelattest;Ekonomi;Genomförd;
				22;Förhandsbedömning av orosanmälan inom 14 dagar;Barn och unga;Pågår;Mätningen för okt–dec återstår.
				Totalt;;;;
				Tillämpade filter:;;;;
				Nämnd är Kommunstyrelsen;;;;
				År är 2025;;;;
				Period är Helår;;;;
				""");
		assertThat(s.namnd()).isEqualTo("Kommunstyrelsen");
		assertThat(s.year()).isEqualTo(2025);
		assertThat(s.period()).contains(Period.HELAR);
		assertThat(s.controls()).extracting(Control::kontrollmoment).containsExactly(
				"Utbetalningar av ekonomiskt bistånd har beslut och dubbelattest",
				"Förhandsbedömning av orosanmälan inom 14 dagar");
	}

	/** Round 112: last year's template, its title's year left, its period line filled in for this year. */
	@Test
	void takesTheYearOfThePeriodsLastDayOverAnOldTitlesYear() throws Exception {
		Submission s = read("TN_uppfoljning_2024.csv", """
				Uppföljning av internkontrollplan 2024 – Tekniska nämnden;;
				Avser: delårsuppföljning, perioden 1 januari – 31 augusti 2025;;
				;;
				Kontrollmoment;Status;Kommentar
				Kontroll att timavgift för tillsyn debiteras enligt taxa;Genomförd;Stickprov 10 ärenden.
				Delegationsbeslut återrapporteras till nämnden;Pågår;
				""");
		assertThat(s.year()).isEqualTo(2025);
		assertThat(s.period()).contains(Period.DELAR);
	}

	/** Round 116: the codes explained only in the page footer, printed under every page. */
	@Test
	void readsTheCodesByALegendInThePageFooter() throws Exception {
		Path file = dir.resolve("MBN uppföljning IK 2025.xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
			XSSFSheet sheet = sheet(workbook, "MBN", new String[][] {
				{ "Kommunstyrelsen – uppföljning av internkontrollplan 2025" },
				{ "Kontrollmoment", "Kontrollansvarig", "Bedömn.", "Kommentar" },
				{ "Tillsynsavgifter debiteras enligt taxa", "Miljöchef", "G", "" },
				{ "Jävsdeklarationer är undertecknade av samtliga handläggare", "Förvaltningschef", "D", "Bygglov klart." },
				{ "Gallring i ärendesystemet enligt dokumenthanteringsplan", "Registrator", "U", "" } });
			sheet.getFooter().setCenter("Bedömning: G = Genomförd, D = Delvis genomförd, E = Ej genomförd, U = Utgår");
			workbook.write(out);
		}
		Submission s = interpreter.interpret(file, file.getFileName().toString(), 2025).get(0);
		assertThat(statuses(s)).containsExactly(ControlStatus.GENOMFORD, ControlStatus.DELVIS, ControlStatus.UTGAR);
		assertThat(s.controls().get(0).decision().evidence())
			.isEqualTo("statuskolumnen 'Bedömn.' enligt teckenförklaringen ('G' = Genomförd)");
	}

	/** Round 595: a mail's numbered point left without a result, and a paragraph after the list on what became of it. */
	@Test
	void readsAParagraphAfterAMailsListAboutAPointByItsNumberAsThatPointsResult() throws Exception {
		Submission s = read("SV Uppföljning internkontroll helår 2025 - KoF.txt", """
				Hej!

				Här kommer kultur och fritids uppföljning av internkontrollplanen för helåret 2025.

				1. Kontanthantering i simhallens kassa – Genomförd. Två differenser under 50 kr, förklarade.
				2. Kontroll av att föreningsbidrag betalas ut enligt beslut och regler – genomförd, inga avvik.
				3. Bibliotekets hantering av förlorade och ej återlämnade medier –

				Punkt 3 har vi inte hunnit titta på än, den är inte gjord. Vi tar den först i plan 2026.

				Mvh
				Lena
				""");
		assertThat(s.controls()).extracting(c -> c.decision().status())
			.containsExactly(ControlStatus.GENOMFORD, ControlStatus.GENOMFORD, ControlStatus.EJ_GENOMFORD);
		assertThat(s.controls().get(2).result())
			.isEqualTo("Punkt 3 har vi inte hunnit titta på än, den är inte gjord. Vi tar den först i plan 2026.");
	}

	/** Round 595: "Ej genomf., omprioritering …" in a cell of status and comment: the status cut short, then why. */
	@Test
	void readsAStatusCutShortBeforeACommaAsTheStatusOpeningTheComment() throws Exception {
		Submission s = interpreter.interpret(workbook("MBN IKP uppfoljning 2025.xlsx", "IK 2025", new String[][] {
				{ "Kontrollmoment", "Ansvarig", "Uppföljning helår (status + kommentar)" },
				{ "Kontroll av att livsmedelskontroller utförs enligt kontrollplanen", "Enhetschef",
						"Ej genomf., omprioritering efter Livsmedelsverkets revision" },
				{ "Kontroll av expediering av beslut till sakägare", "Nämndsekreterare", "Genomf – inga avvikelser" } }),
				"MBN IKP uppfoljning 2025.xlsx", 2025).get(0);
		assertThat(s.controls()).extracting(c -> c.decision().status())
			.containsExactly(ControlStatus.EJ_GENOMFORD, ControlStatus.GENOMFORD);
		assertThat(s.controls().get(0).decision().rawText()).isEqualTo("Ej genomf");
	}

	/** Round 612: "Planerad till T2 resp. T3" in the instruction names no period; the file name's T1 tells it. */
	@Test
	void readsNoPeriodFromAnInstructionsAbbreviatedList() throws Exception {
		Submission s = interpreter.interpret(workbook("IK-uppföljning T1 2025 Kommunstyrelsen.xlsx", "IKP 2025",
				new String[][] {
					{ "Internkontrollplan 2025 – Kommunstyrelsen" },
					{ "Uppföljning per tertial. Ange status för aktuellt tertial: Genomförd / Påbörjad / Planerad till T2 "
							+ "resp. T3. Beskriv avvikelser i kommentarsfältet." },
					{ "Nr", "Kontrollmoment", "Ansvarig", "Status T1", "Status T2", "Status T3", "Kommentar" },
					{ "1.1", "Attest av leverantörsfakturor enligt attestordningen", "Ekonomichef", "Genomförd", "", "",
							"Stickprov 30 fakturor." },
					{ "1.2", "Kontroll av inköp mot ramavtal", "Upphandlingschef", "Planerad till T2", "", "", "" } }),
				"IK-uppföljning T1 2025 Kommunstyrelsen.xlsx", 2025).get(0);
		assertThat(s.year()).isEqualTo(2025);
		assertThat(s.period()).contains(Period.T1);
	}

	/** Round 603: "☑ = ja, ☐ = nej" above "Utförd | Ej utförd": the legend tells a ticked box from an empty one. */
	@Test
	void readsBoxesALegendCallsYesAndNoAsTicksUnderTheirColumnsHeadings() throws Exception {
		Submission s = interpreter.interpret(workbook("KS_Uppföljning internkontrollplan 2025_helår.xlsx",
				"Uppföljning helår", new String[][] {
					{ "Vellinge kommun – Kommunstyrelsen" },
					{ "Markering: ☑ = ja, ☐ = nej." },
					{ "Nr", "Kontrollmoment", "Ansvarig", "Utförd", "Ej utförd", "Kommentar" },
					{ "1", "Attest av leverantörsfakturor enligt attestordningen", "Redovisningschef", "☑", "☐",
							"Stickprov på 90 fakturor." },
					{ "2", "Direktupphandlingar över 100 tkr dokumenteras", "Upphandlingschef", "☐", "☑",
							"Flyttas till 2026." },
					{ "3", "Skyddsronder genomförs enligt plan", "HR-chef", "☑", "☐", "" } }),
				"KS_Uppföljning internkontrollplan 2025_helår.xlsx", 2025).get(0);
		assertThat(s.controls()).extracting(c -> c.decision().status(), c -> c.decision().evidence())
			.containsExactly(tuple(ControlStatus.GENOMFORD, "kryss i kolumnen 'Utförd'"),
					tuple(ControlStatus.EJ_GENOMFORD, "kryss i kolumnen 'Ej utförd'"),
					tuple(ControlStatus.GENOMFORD, "kryss i kolumnen 'Utförd'"));
	}

	/**
	 * Round 603: a control's parts lettered under its number, the letter in the number column ("3" over "a)", "b)")
	 * or opening the part's text ("11" over "a) Ekonomisystemet"): each part reports, the numbered row heads them.
	 */
	@Test
	void readsTheLetteredPartsUnderANumberedControlAsTheControlsNotTheRowHeadingThem() throws Exception {
		Submission s = interpreter.interpret(workbook("IK KS helår 2025.xlsx", "Uppföljning helår", new String[][] {
				{ "Nr", "Kontrollmoment", "Kontrollmetod", "Ansvarig", "Status", "Kommentar" },
				{ "3", "Avtalstrohet vid inköp", "", "Upphandlingschef", "", "" },
				{ "a)", "Inköp av konsulttjänster sker mot gällande ramavtal", "Spendanalys", "Upphandlingschef",
						"Genomförd", "" },
				{ "b)", "Direktupphandlingar över 100 tkr dokumenteras", "Genomgång", "Upphandlingschef", "Ej genomförd",
						"" },
				{ "4", "Avstämning av balanskonton vid månadsbokslut", "Avstämningsunderlag", "Redovisningschef",
						"Genomförd", "" },
				{ "11", "Behörigheter i verksamhetssystem motsvarar befattning", "", "IT-chef", "", "" },
				{ "", "a) Ekonomisystemet", "Behörighetslista mot HR-systemet", "IT-chef", "Genomförd", "" },
				{ "", "b) Personal- och lönesystemet", "Behörighetslista mot HR-systemet", "IT-chef", "Delvis", "" } }),
				"IK KS helår 2025.xlsx", 2025).get(0);
		assertThat(s.controls()).extracting(Control::kontrollmoment, c -> c.decision().status()).containsExactly(
				tuple("Inköp av konsulttjänster sker mot gällande ramavtal", ControlStatus.GENOMFORD),
				tuple("Direktupphandlingar över 100 tkr dokumenteras", ControlStatus.EJ_GENOMFORD),
				tuple("Avstämning av balanskonton vid månadsbokslut", ControlStatus.GENOMFORD),
				tuple("a) Ekonomisystemet", ControlStatus.GENOMFORD),
				tuple("b) Personal- och lönesystemet", ControlStatus.DELVIS));
		assertThat(s.controls().get(0).process()).isEqualTo("Avtalstrohet vid inköp");
	}

	/** Round 602: a SharePoint list's export names its columns by their internal names ("Status0", "N_x00e4_mnd"). */
	@Test
	void readsASharePointListsInternalColumnNames() throws Exception {
		Submission s = read("Internkontroll TN 2025.csv", """
				"ID","Title","Process0","N_x00e4_mnd","Status0","Kommentar_x0020_hel_x00e5_r","Created","Modified"
				"31","Attest enligt attestordningen","Ekonomi","Tekniska nämnden","Genomförd","Inga fel.","2025-01-20","2026"
				"32","Delegationsbeslut anmäls till nämnd","Kansli","Tekniska nämnden","Pågår","Hälften.","2025-01-21","2026"
				""");
		assertThat(s.namnd()).isEqualTo("Tekniska nämnden");
		assertThat(s.controls()).extracting(Control::kontrollmoment, c -> c.decision().status()).containsExactly(
				tuple("Attest enligt attestordningen", ControlStatus.GENOMFORD),
				tuple("Delegationsbeslut anmäls till nämnd", ControlStatus.DELVIS));
		assertThat(s.message()).contains("status ← 'Status0'");
	}

	/** Round 118: a mail listing its controls line under line, each with a dash before what became of it. */
	@Test
	void readsAMailsLinesOfControlAndStatusWithoutBullets() throws Exception {
		Submission s = read("SV Uppföljning internkontroll T2 Kommunstyrelsen.txt", """
				Hej!

				Jag skriver uppföljningen för T2 direkt här i mejlet, hoppas det går bra.

				Granskning årsräkningar, stickprov 10 st - gjort. 2 st skickades tillbaka för komplettering.
				Arvoden till gode män enl. riktlinje - gjort, inga avvikelser
				Kontroll att förvaltarskap omprövas årligen - ej gjort pga sjukskrivning, tas T3

				Nämnden antog planen den 2025-02-19 § 14. Planen omfattar tre kontrollmoment - se bilaga.

				Vänliga hälsningar
				Lena
				""");
		assertThat(s.controls()).extracting(Control::kontrollmoment, c -> c.decision().status()).containsExactly(
				Tuple.tuple("Granskning årsräkningar, stickprov 10 st", ControlStatus.GENOMFORD),
				Tuple.tuple("Arvoden till gode män enl. riktlinje", ControlStatus.GENOMFORD),
				Tuple.tuple("Kontroll att förvaltarskap omprövas årligen", ControlStatus.EJ_GENOMFORD));
	}

	/**
	 * Round 143: a mail numbering each nämnd's controls under the nämnd's name, a code from the mail's own legend
	 * after each dash, and one item whose report was left out.
	 */
	@Test
	void readsAMailsNumberedLinesWithTheMailsCodesUnderEachNamndsName() throws Exception {
		Path file = Files.writeString(dir.resolve("SV Uppföljning internkontroll T2 2025.txt"), """
				Hej!

				Här kommer uppföljningen för T2. G = genomförd, D = delvis, E = ej genomförd.

				Kommunstyrelsen
				1. Attest av leverantörsfakturor enligt attestordningen - G. Stickprov 25 fakturor.
				2. Avtalstrohet vid inköp (stickprov 20 inköp) - D, 12 av 20 klara
				3. Informationssäkerhet, loggkontroll i HR-systemet -

				Tekniska nämnden (vi på kansliet sköter den)
				1. Egenkontroll av dricksvatten vid vattenverket - E, planeras till våren
				2. Besiktning av lekplatser enligt besiktningsprogrammet - G

				Mvh
				Lena
				""", StandardCharsets.UTF_8);
		List<Submission> read = interpreter.interpret(file, file.getFileName().toString(), 2025);
		assertThat(read).extracting(Submission::namnd).containsExactly("Kommunstyrelsen", "Tekniska nämnden");
		assertThat(read.get(0).controls()).extracting(Control::kontrollmoment, c -> c.decision().status())
			.containsExactly(Tuple.tuple("1. Attest av leverantörsfakturor enligt attestordningen", ControlStatus.GENOMFORD),
					Tuple.tuple("2. Avtalstrohet vid inköp (stickprov 20 inköp)", ControlStatus.DELVIS),
					Tuple.tuple("3. Informationssäkerhet, loggkontroll i HR-systemet", ControlStatus.SAKNAS));
		assertThat(read.get(1).controls()).extracting(Control::kontrollmoment, c -> c.decision().status())
			.containsExactly(Tuple.tuple("1. Egenkontroll av dricksvatten vid vattenverket", ControlStatus.EJ_GENOMFORD),
					Tuple.tuple("2. Besiktning av lekplatser enligt besiktningsprogrammet", ControlStatus.GENOMFORD));
	}

	/** Round 140: last year's template filled in unchanged, named for the year its rows date their work in. */
	@Test
	void readsLastYearsTemplateAsTheFollowUpOfTheYearItsFileNameAndRowsGive() throws Exception {
		Submission s = lastYearsTemplate("TN uppföljning IK helår 2025.xlsx", "Fakturerat i december 2025.");
		assertThat(s.year()).isEqualTo(2025);
		assertThat(s.message()).contains("År: 2025, från filnamnet; rubrikens år 2024 står kvar från förra årets mall "
				+ "(kontrollernas text daterar arbetet 2025).");
	}

	@Test
	void keepsTheTitlesYearWhenARowDatesTheWorkInIt() throws Exception {
		Submission s = lastYearsTemplate("TN uppföljning IK helår 2025.xlsx", "Fakturerat i december 2024.");
		assertThat(s.year()).isEqualTo(2024);
	}

	/** Round 443: last year's template, its one status column headed with this year's period. */
	@Test
	void takesTheYearOfTheOneStatusColumnsHeadingAfterTheTitlesYear() throws Exception {
		Path file = workbook("BUN_IK-uppföljning_helår.xlsx", "IK 2024", new String[][] {
			{ "Barn- och utbildningsnämnden – uppföljning av internkontrollplan 2024" },
			{ "Kontrollmoment", "Helår 2025 – status", "Resultat och åtgärder" },
			{ "Kontroll av att kränkande behandling anmäls till huvudmannen", "Genomförd", "Inga avvikelser." },
			{ "Uppföljning av elevers frånvaro enligt rutin", "Delvis genomförd", "Höstterminen återstår." } });
		Submission s = interpreter.interpret(file, "BUN_IK-uppföljning_helår.xlsx", 2020).get(0);
		assertThat(s.year()).isEqualTo(2025);
		assertThat(s.period()).contains(Period.HELAR);
	}

	private Submission lastYearsTemplate(String name, String firstComment) throws Exception {
		Path file = dir.resolve(name);
		try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
			sheet(workbook, "IK 2024", new String[][] {
				{ "Uppföljning av internkontrollplan 2024" },
				{ "Nämnd:", "Tekniska nämnden" },
				{ "Kontrollmoment", "Helår (status)", "Kommentar" },
				{ "Kontroll av att VA-anslutningsavgifter debiteras vid nyanslutning", "Genomförd", firstComment },
				{ "Stickprov på vinterväghållningens fakturor mot entreprenadavtal", "Genomförd",
					"Stickprov jan–mars samt nov–dec 2025. Inga avvikelser." },
				{ "Kontroll av mätaravläsningar mot debiteringen", "Genomförd", "Kontrollerat i september 2025." } });
			workbook.write(out);
		}
		return interpreter.interpret(file, name, 2020).get(0);
	}

	/** Round 145: the period said only in the mail's opening paragraph, before its numbered controls. */
	@Test
	void takesThePeriodAMailsOpeningParagraphNames() throws Exception {
		Submission s = read("SV Uppföljning intern kontroll 2025 - KS.txt", """
				Ämne: SV: Uppföljning intern kontroll 2025

				Hej! Vi har inte hunnit göra någon egen rapport i år, så här kommer kommunstyrelsens \
				helårsuppföljning av internkontrollplanen 2025 direkt i mejlet. Styrelsen tar upp den på \
				sammanträdet den 18 februari.

				1. Utbetalning av föreningsbidrag sker enligt riktlinjerna – genomförd, 25 ansökningar granskade.
				2. Kontanthantering i simhallens kassa – genomförd utan anmärkning.

				Hälsningar
				Maria
				""");
		assertThat(s.period()).contains(Period.HELAR);
		assertThat(s.controls()).hasSize(2);
	}

	/** Round 117: the plan on one sheet, the statuses on a summary keyed by the controls' numbers. */
	@Test
	void readsASummaryKeyedByNumberWithThePlanSheetsTexts() throws Exception {
		Path file = dir.resolve("Kommunstyrelsen IKP 2025 bokslut.xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
			sheet(workbook, "Kontrollplan 2025", new String[][] {
				{ "Kommunstyrelsen – Internkontrollplan 2025" },
				{ "ID", "Process", "Risk", "Kontrollmoment", "Ansvarig" },
				{ "KS-01", "Ekonomi", "Felaktiga utbetalningar", "Stickprov av 20 leverantörsutbetalningar mot faktura",
					"Controller" },
				{ "KS-02", "Delegation", "Beslut av fel delegat", "Kontroll att delegationsbeslut anmäls till styrelsen",
					"Nämndsekreterare" },
				{ "KS-03", "IT", "Otillåten åtkomst", "Loggkontroll i ekonomisystemet avseende behörigheter",
					"Systemförvaltare" } });
			sheet(workbook, "Sammanställning", new String[][] {
				{ "Uppföljning helår 2025 – sammanställning" },
				{ "Kontroll-ID", "Status T2", "Status helår", "Kommentar" },
				{ "KS-02", "Delvis genomförd", "Genomförd", "Två beslut anmäldes sent." },
				{ "KS-01", "Genomförd", "Genomförd", "Inga avvikelser vid stickproven." } });
			workbook.write(out);
		}
		Submission s = interpreter.interpret(file, file.getFileName().toString(), 2025).get(0);
		assertThat(s.controls()).extracting(Control::kontrollmoment, c -> c.decision().status()).containsExactly(
				Tuple.tuple("Kontroll att delegationsbeslut anmäls till styrelsen", ControlStatus.GENOMFORD),
				Tuple.tuple("Stickprov av 20 leverantörsutbetalningar mot faktura", ControlStatus.GENOMFORD),
				Tuple.tuple("Loggkontroll i ekonomisystemet avseende behörigheter", ControlStatus.SAKNAS));
	}

	/** Round 88: a colour word and a sentence in the last two columns of some controls' rows are no legend block. */
	@Test
	void readsNoLegendFromAColourAndACommentInTheLastColumnsOfControlsRows() throws Exception {
		Submission s = read("Hypergene_IK_2025_T3.csv", """
				Id;Kontrollmoment;2024 T3;2025 T1;2025 T2;2025 T3;Kommentar senaste period
				TN-02;Delegationsbeslut anmäls till nämnden;Grön;Grön;Grön;Grön;Inga avvikelser.
				TN-03;Internhyror debiteras enligt beslutade hyresavtal;Gul;;;Röd;Ej genomförd 2025, prioriteras i början av 2026.
				TN-04;Uppföljning av markupplåtelseavtal;Grön;;;Grå;Ej aktuell 2025 – inga nya avtal har tecknats.
				TN-05;Avtalstrohet vid avrop av entreprenader;Röd;Grön;Grön;Grön;Stickprov 15 avrop, 1 avrop utanför ramavtal.
				TN-06;Skyddsronder genomförda på samtliga arbetsplatser;Röd;;;Grön;Genomförda i oktober.
				""");
		assertThat(statuses(s)).containsExactly(ControlStatus.GENOMFORD, ControlStatus.EJ_GENOMFORD, ControlStatus.UTGAR,
				ControlStatus.GENOMFORD, ControlStatus.GENOMFORD);
	}

	/** Round 92: a controller pasted each nämnd's answer under a heading naming it, each in its own columns. */
	@Test
	void readsTablesPastedOneUnderTheOtherUnderHeadingsNamingTheirNamnderAsOneSubmissionEach() throws Exception {
		Path file = dir.resolve("Sammanställning IK helår 2025 - inkomna svar.xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			sheet(workbook, "Inkommet", new String[][] { { "Nämndernas svar inklistrade i den form de inkom" },
					{ "KOMMUNSTYRELSEN (inkom 2026-01-16 via mejl från kanslichefen)" },
					{ "Nr", "Kontrollmoment", "Status helår", "Kommentar" },
					{ "1", "Attest av leverantörsfakturor enligt attestordningen", "Genomförd", "Inga avvikelser." },
					{ "2", "Delegationsbeslut anmäls till kommunstyrelsen", "Delvis genomförd", "Vårens beslut klara." },
					{ "" },
					{ "Tekniska förvaltningen – svar för Tekniska nämnden (mejl 2026-01-20)" },
					{ "Kontrollområde", "Kontroll", "Ansvarig", "Delår 31/8", "Helår", "Åtgärd/kommentar" },
					{ "Gata", "Vinterväghållning faktureras enligt avtalade priser", "Gatuchef", "Pågår", "Klar",
							"Stickprov 20 fakturor." } });
			try (OutputStream out = Files.newOutputStream(file)) {
				workbook.write(out);
			}
		}
		List<Submission> read = interpreter.interpret(file, file.getFileName().toString(), 2025);
		assertThat(read).extracting(Submission::namnd, x -> x.controls().size())
			.containsExactly(Tuple.tuple("Kommunstyrelsen", 2), Tuple.tuple("Tekniska nämnden", 1));
	}

	/** Round 80: a system's column names written as one word each. */
	@Test
	void readsColumnNamesWrittenInCamelCase() throws Exception {
		Submission s = read("IC_export_20260115.csv", """
				"OrgUnit","ProcessName","ControlActivity","Year","Period","Status","Result","DeviationFound"
				"Tekniska förvaltningen","Tillsyn","Kontroll av att tillsynsavgifter debiteras enligt taxa","2025","T3","Genomförd","Inga avvikelser.",""
				"Tekniska förvaltningen","Diarium","Kontroll av att klagomål diarieförs inom två dagar","2025","T3","Pågående","Halva stickprovet klart.",""
				""");
		assertThat(s.controls()).extracting(Control::kontrollmoment, c -> c.decision().status())
			.containsExactly(Tuple.tuple("Kontroll av att tillsynsavgifter debiteras enligt taxa", ControlStatus.GENOMFORD),
					Tuple.tuple("Kontroll av att klagomål diarieförs inom två dagar", ControlStatus.DELVIS));
	}

	/** Round 77: "Utfört? (1=ja)" answered with 1 and 0. */
	@Test
	void readsOneAndZeroUnderAQuestionWhoseHeadingSaysOneMeansYes() throws Exception {
		Submission s = read("KFN IK 2025.csv", """
				Nr;Kontrollmoment;Utfört? (1=ja);Resultat/kommentar
				1;Kontroll av kassaavstämning i entré- och kioskkassor;1;Kassadifferens utredd.
				2;Kontroll av att föreningar lämnat redovisning;0;Görs efter 30/9.
				3;Kontroll av bibliotekens medieinköp;;
				""");
		assertThat(statuses(s)).containsExactly(ControlStatus.GENOMFORD, ControlStatus.EJ_GENOMFORD, ControlStatus.SAKNAS);
	}

	/** Round 76: each control in one cell as labelled lines. */
	@Test
	void readsAControlWrittenInOneCellAsLabelledLines() throws Exception {
		Submission s = read("BUN IK helår 2025.csv", """
				Process;Risk;Uppföljning (kontroll, status och kommentar)
				Skolskjuts;Fel skjuts;"Kontroll: Stickprov av 20 skolskjutsbeslut mot körningen
				Status: Genomförd
				Kommentar: 19 av 20 korrekta."
				Inköp;Inköp utanför avtal;"Kontroll: Stickprov av 15 inköp på skolenheterna
				Status:
				Kommentar: Har inte genomförts under året på grund av vakans."
				Elevakter;Akter saknas;"Kontroll: Kontroll av att elevakter överlämnas vid skolbyte
				Status:
				Kommentar:"
				""");
		assertThat(s.controls()).extracting(Control::kontrollmoment, c -> c.decision().status())
			.containsExactly(Tuple.tuple("Stickprov av 20 skolskjutsbeslut mot körningen", ControlStatus.GENOMFORD),
					Tuple.tuple("Stickprov av 15 inköp på skolenheterna", ControlStatus.EJ_GENOMFORD),
					Tuple.tuple("Kontroll av att elevakter överlämnas vid skolbyte", ControlStatus.SAKNAS));
	}

	/** Round 76: a governance system's export names the control "Title" and has a review workflow's status beside. */
	@Test
	void readsTheTitleOfAnExportAsTheControlAndItsReviewStatusAsNoStatus() throws Exception {
		Submission s = read("Export IK KS 2025.csv", """
				ID;Title;Kontrollmetod;Owner;Year;Period;Status;Status comment;Reviewer;Review status
				KS-01;Kontroll av att representation redovisas med syfte och deltagare;Stickprov 20 fakturor;Anna;2025;Helår 2025;Genomförd;Inga avvikelser.;Sara;Ej granskad
				KS-02;Kontroll av behörigheter i ekonomisystemet;Uttag ur systemet;Per;2025;Helår 2025;Pågår;Översynen av konton pågår.;Sara;Granskad
				KS-03;Kontroll av att delegationsbeslut anmäls;Genomgång av protokoll;Eva;2025;Helår 2025;Ej påbörjad;;Sara;Ej granskad
				""");
		assertThat(s.controls()).extracting(Control::kontrollmoment, c -> c.decision().status())
			.containsExactly(Tuple.tuple("Kontroll av att representation redovisas med syfte och deltagare",
					ControlStatus.GENOMFORD), Tuple.tuple("Kontroll av behörigheter i ekonomisystemet", ControlStatus.DELVIS),
					Tuple.tuple("Kontroll av att delegationsbeslut anmäls", ControlStatus.EJ_GENOMFORD));
	}

	@Test
	void keepsTheDelarStatusWhenOnlyTheDelarCommentIsFilledInUnderAHeaderOfTwoRows() throws Exception {
		Path file = dir.resolve("IK KS 2025.xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook();
				OutputStream out = Files.newOutputStream(file)) {
			String[][] rows = { { "Kontrollmoment", "Delår 2025", "Delår 2025", "Helår 2025", "Helår 2025", "Avvikelse" },
					{ "", "Status", "Kommentar", "Status", "Kommentar", "(Ja/Nej)" },
					{ "Delegationsbeslut anmäls inom föreskriven tid", "Delvis", "Kontroll gjord för januari–april.", "",
							"", "Nej" },
					{ "Diarieföring sker inom två arbetsdagar", "Genomförd", "Kontrollen är inte gjord i registraturen.", "",
							"", "Nej" } };
			XSSFSheet sheet = sheet(workbook, "Uppföljning", rows);
			sheet.addMergedRegion(CellRangeAddress.valueOf("B1:C1"));
			sheet.addMergedRegion(CellRangeAddress.valueOf("D1:E1"));
			workbook.write(out);
		}
		Submission s = interpreter.interpret(file, "IK KS 2025.xlsx", 2025).get(0);
		assertThat(statuses(s)).containsExactly(ControlStatus.DELVIS, ControlStatus.GENOMFORD);
		assertThat(s.controls().get(0).decision().evidence())
			.isEqualTo("statuskolumnen 'Delår 2025 Status'");
		assertThat(s.message()).contains("avvikelse ← 'Avvikelse (Ja/Nej)'");
	}

	@Test
	void takesThisYearsDelarSheetOverLastYearsHelarSheet() throws Exception {
		Path file = dir.resolve("IK KS.xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook();
				OutputStream out = Files.newOutputStream(file)) {
			String[][] lastYear = { { "Nr", "Kontrollmoment", "Status" }, { "E1", "Attest av leverantörsfakturor", "Genomförd" },
					{ "E2", "Behörigheter i ekonomisystemet", "Genomförd" } };
			String[][] thisYear = { { "Nr", "Kontrollmoment", "Status" }, { "E1", "Attest av leverantörsfakturor", "Pågår" },
					{ "E2", "Behörigheter i ekonomisystemet", "" } };
			sheet(workbook, "Helår 2024", lastYear);
			sheet(workbook, "Delår 2025", thisYear);
			workbook.write(out);
		}
		Submission s = interpreter.interpret(file, "IK KS.xlsx", 2025).get(0);
		assertThat(s).extracting(Submission::year, x -> x.period().orElseThrow(), SubmissionInterpreterTests::statuses)
			.containsExactly(2025, Period.DELAR, List.of(ControlStatus.DELVIS, ControlStatus.SAKNAS));
	}

	/**
	 * Round 378: last year's follow-up kept on a sheet beside this year's plan with its columns per period, neither
	 * sheet named by a period: the controls last year's sheet shares with this year's are history, read once.
	 */
	@Test
	void leavesOutLastYearsSheetWhoseControlsThisYearsSheetReportsAgain() throws Exception {
		java.util.LinkedHashMap<String, String[][]> sheets = new java.util.LinkedHashMap<>();
		sheets.put("IK 2025", new String[][] { { "Internkontrollplan 2025 med uppföljning" },
				{ "Kontrollmoment", "Status T1", "Status delår", "Status helår" },
				{ "Attest av leverantörsfakturor", "Genomförd", "Genomförd", "" },
				{ "Kontroll av arbetstidsuttag", "Påbörjad", "", "" } });
		sheets.put("IK 2024 (helår)", new String[][] { { "Uppföljning internkontrollplan 2024" },
				{ "Kontrollmoment", "Status helår" }, { "Attest av leverantörsfakturor", "Genomförd" },
				{ "Kontroll av arbetstidsuttag", "Ej genomförd" } });
		Path file = workbook("Räddningstjänsten IK-plan med uppföljning 2025.xlsx", sheets);
		Submission s = interpreter.interpret(file, "Räddningstjänsten IK-plan med uppföljning 2025.xlsx", 2025).get(0);
		assertThat(s.controls()).extracting(Control::sheet, Control::kontrollmoment, c -> c.decision().status())
			.containsExactly(Tuple.tuple("IK 2025", "Attest av leverantörsfakturor", ControlStatus.GENOMFORD),
					Tuple.tuple("IK 2025", "Kontroll av arbetstidsuttag", ControlStatus.DELVIS));
	}

	/**
	 * Round 375: "Uppföljning T1" of short words read as the status, "Uppföljning delår" of sentences as the result:
	 * the later period's text says what became of the control.
	 */
	@Test
	void readsTheResultOfALaterPeriodThanTheStatusColumnAsTheLatestReport() throws Exception {
		Path file = workbook("BUN Delårsuppföljning internkontroll 2025.xlsx", "Uppföljning", new String[][] {
				{ "Kontrollmoment", "Ansvarig", "Uppföljning T1", "Uppföljning delår" },
				{ "Rutin för uppföljning av elevers frånvaro", "Rektorer", "Pågår",
						"Genomförd. 7 av 8 skolor följer rutinen." },
				{ "Kontroll av inkomstuppgifter för avgift i förskola", "Avgiftshandläggare", "Genomförd",
						"Se bilaga 3" },
				{ "Kontroll av utdrag ur belastningsregistret", "HR-konsult", "Ej påbörjad",
						"Ej genomförd, flyttas till tertial 3 på grund av vakans." },
				{ "Kontroll att beslut om skolskjuts fattas enligt delegationsordningen", "Samordnare", "Genomförd",
						"" } });
		Submission s = interpreter.interpret(file, "BUN Delårsuppföljning internkontroll 2025.xlsx", 2025).get(0);
		assertThat(s.controls()).extracting(c -> c.decision().status(), c -> c.decision().evidence())
			.containsExactly(
					Tuple.tuple(ControlStatus.GENOMFORD,
							"statusordet som inleder texten i kolumnen 'Uppföljning delår'; "
									+ "en senare period än statuskolumnen 'Uppföljning T1'"),
					Tuple.tuple(ControlStatus.OKLAR, "texten i kolumnen 'Uppföljning delår', en senare period än "
							+ "statuskolumnen 'Uppföljning T1': 'se bilaga 3'"),
					Tuple.tuple(ControlStatus.EJ_GENOMFORD,
							"texten i kolumnen 'Uppföljning delår', en senare period än "
									+ "statuskolumnen 'Uppföljning T1': 'ej genomförd / flyttas'"),
					Tuple.tuple(ControlStatus.GENOMFORD, "statuskolumnen 'Uppföljning T1'"));
	}

	/**
	 * Round 382: tick columns per period, the first tertial's ticked and the later ones left empty: the comment, newer
	 * than the tick, says the control was struck.
	 */
	@Test
	void readsWhatTheCommentSaysClearlyWhenOnlyAnEarlierPeriodIsTicked() throws Exception {
		Path file = workbook("SBF_IKP2025_uppf.xlsx", "Blad1", new String[][] {
				{ "Kontrollmoment", "T1 2025 Utförd", "T1 2025 Ej utförd", "T2 2025 Utförd", "T2 2025 Ej utförd",
						"Kommentar" },
				{ "Snöröjningsentreprenad – kontroll av tidrapporter", "X", "", "", "",
						"Utgår – entreprenaden avslutad." },
				{ "Bygglovsavgifter debiteras enligt taxa", "X", "", "X", "", "Stickprov 20 ärenden, inga fel." },
				{ "Lantmäteriförrättningar följs upp", "", "X", "", "X", "Ej påbörjad." } });
		Submission s = interpreter.interpret(file, "SBF_IKP2025_uppf.xlsx", 2025).get(0);
		assertThat(s.controls()).extracting(c -> c.decision().status(), c -> c.decision().evidence())
			.containsExactly(
					Tuple.tuple(ControlStatus.UTGAR,
							"texten (kryss bara för en tidigare period: 'T1 2025 Utförd'): 'utgår'"),
					Tuple.tuple(ControlStatus.GENOMFORD, "kryss i kolumnen 'T2 2025 Utförd'"),
					Tuple.tuple(ControlStatus.EJ_GENOMFORD, "kryss i kolumnen 'T2 2025 Ej utförd'"));
	}

	/**
	 * Round 378: a bolag's report of "Kontrollpunkt 1: Hyresdebitering" headings, each over "Kontrollmoment: …" and
	 * "Resultat: …": the numbered heading names the area, the Kontrollmoment line the control.
	 */
	@Test
	void readsTheKontrollmomentLineUnderANumberedKontrollpunktAsTheControl() throws Exception {
		Submission s = read("Bostäder rapport intern kontroll aug 2025.txt", """
				Tekniska nämnden
				Rapport intern kontroll – delår 2025

				Kontrollpunkt 1: Hyresdebitering
				Kontrollmoment: Avstämning av hyresdebitering mot hyreskontrakt för nya hyresgäster.
				Resultat: Kontrollen är genomförd för 25 nya kontrakt. Inga avvikelser noterades.

				Kontrollpunkt 2: Kundfordringar
				Kontrollmoment: Kontroll av att hyresfordringar äldre än 60 dagar överlämnas till inkasso.
				Resultat: Delvis genomförd – andra kvartalet pågår.
				""");
		assertThat(s.controls()).extracting(Control::process, Control::kontrollmoment, c -> c.decision().status())
			.containsExactly(
					Tuple.tuple("Hyresdebitering",
							"Avstämning av hyresdebitering mot hyreskontrakt för nya hyresgäster.",
							ControlStatus.GENOMFORD),
					Tuple.tuple("Kundfordringar",
							"Kontroll av att hyresfordringar äldre än 60 dagar överlämnas till inkasso.",
							ControlStatus.DELVIS));
	}

	@Test
	void readsAStatusCodeByTheTrafficLightItsConditionalFormatShows() throws Exception {
		Path file = dir.resolve("KS 2025.xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook();
				OutputStream out = Files.newOutputStream(file)) {
			XSSFSheet sheet = workbook.createSheet("IK");
			String[][] rows = { { "Kontrollmoment", "Status" }, { "Attest av fakturor", "1" }, { "Behörigheter", "3" } };
			for (int r = 0; r < rows.length; r++) {
				Row row = sheet.createRow(r);
				row.createCell(0).setCellValue(rows[r][0]);
				if (r == 0) {
					row.createCell(1).setCellValue(rows[r][1]);
				}
				else {
					row.createCell(1).setCellValue(Double.parseDouble(rows[r][1]));
				}
			}
			SheetConditionalFormatting cf = sheet.getSheetConditionalFormatting();
			ConditionalFormattingRule green = cf.createConditionalFormattingRule(
					ComparisonOperator.EQUAL, "1");
			green.createPatternFormatting().setFillBackgroundColor(
					new XSSFColor(new byte[] { 0, (byte) 0xB0, 0x50 }));
			ConditionalFormattingRule red = cf.createConditionalFormattingRule(
					ComparisonOperator.EQUAL, "3");
			red.createPatternFormatting().setFillBackgroundColor(
					new XSSFColor(new byte[] { (byte) 0xFF, 0, 0 }));
			cf.addConditionalFormatting(new CellRangeAddress[] {
					CellRangeAddress.valueOf("B2:B3") },
					new ConditionalFormattingRule[] { green, red });
			workbook.write(out);
		}

		Submission s = interpreter.interpret(file, "KS 2025.xlsx", 2025).get(0);

		assertThat(s.controls()).extracting(c -> c.decision().status(), c -> c.decision().source().name())
			.containsExactly(Tuple.tuple(ControlStatus.GENOMFORD, "FARG"),
					Tuple.tuple(ControlStatus.EJ_GENOMFORD, "FARG"));
	}

	/** Writes the rows to a one-sheet workbook, each row's cells from the given column on. */
	private Path workbook(String name, int firstColumn, String[][] rows) throws Exception {
		Path file = dir.resolve(name);
		try (XSSFWorkbook workbook = new XSSFWorkbook();
				OutputStream out = Files.newOutputStream(file)) {
			XSSFSheet sheet = workbook.createSheet("Blad1");
			for (int r = 0; r < rows.length; r++) {
				Row row = sheet.createRow(r);
				for (int c = 0; c < rows[r].length; c++) {
					if (!rows[r][c].isEmpty()) {
						row.createCell(firstColumn + c).setCellValue(rows[r][c]);
					}
				}
			}
			workbook.write(out);
		}
		return file;
	}

	/** Round 248: a text with tabs pasted into Excel keeps each line in one cell of the first column. */
	@Test
	void readsATablePastedWithTabsIntoTheFirstColumnOfASheet() throws Exception {
		Path file = workbook("TN IK T2 2025.xlsx", 0, new String[][] { { "Uppföljning intern kontroll T2 2025" }, { "" },
				{ "Nr\tKontrollmoment\tStatus\tKommentar" },
				{ "1\tAttest av leverantörsfakturor enligt attestordningen\tGenomförd\tInga fel." },
				{ "2\tBehörigheter i ekonomisystemet ses över\tDelvis\tHalva översynen klar." }, { "" },
				{ "Rapporterat av Lena Sjöberg 2025-09-08" } });
		Submission s = interpreter.interpret(file, "TN IK T2 2025.xlsx", 2025).get(0);
		assertThat(s.controls()).extracting(Control::kontrollmoment, c -> c.decision().status())
			.containsExactly(Tuple.tuple("Attest av leverantörsfakturor enligt attestordningen", ControlStatus.GENOMFORD),
					Tuple.tuple("Behörigheter i ekonomisystemet ses över", ControlStatus.DELVIS));
	}

	/**
	 * Round 248: a mail's table lined up with spaces, pasted into Excel a line a cell: cut where its headings start, the
	 * greeting under it ("Med vänlig hälsning") one text.
	 */
	@Test
	void readsATableLinedUpWithSpacesInTheFirstColumnOfASheet() throws Exception {
		Path file = workbook("TN IK T2 2025.xlsx", 0, new String[][] { { "Hej! Här kommer uppföljningen." }, { "" },
				{ "Nr  Kontrollmoment                          Status       Kommentar" },
				{ "1   Attest av leverantörsfakturor           Genomförd    Inga fel." },
				{ "2   Behörigheter i ekonomisystemet          Delvis       Halva översynen" },
				{ "                                                         klar." },
				{ "3   Inventering av kassor                   Ej påbörjad  Startar i september." }, { "" },
				{ "Med vänlig hälsning" }, { "Karin Ek" } });
		Submission s = interpreter.interpret(file, "TN IK T2 2025.xlsx", 2025).get(0);
		assertThat(s.controls()).extracting(Control::kontrollmoment, c -> c.decision().status())
			.containsExactly(Tuple.tuple("Attest av leverantörsfakturor", ControlStatus.GENOMFORD),
					Tuple.tuple("Behörigheter i ekonomisystemet", ControlStatus.DELVIS),
					Tuple.tuple("Inventering av kassor", ControlStatus.EJ_GENOMFORD));
	}

	/**
	 * Round 248: a sheet pasted into Word with an empty spacer column between the control's number and text and the
	 * rest: one table, not a table of numbers and texts beside a table of methods.
	 */
	@Test
	void readsAControlsNumberAndTextAcrossAnEmptyColumnFromTheRestAsOneTable() throws Exception {
		Path file = workbook("TN IK delår 2025.xlsx", 0, new String[][] {
				{ "Nr", "Kontrollmoment", "", "Kontrollmetod", "Frekvens", "T1", "Delår", "Kommentar" },
				{ "1", "Bygglov handläggs inom lagstadgad tid", "", "Uttag ur Castor", "Tertialvis", "G", "G", "Inga fel." },
				{ "2", "Debitering av bygglovsavgifter enligt taxa", "", "Stickprov 20", "Tertialvis", "D", "E", "" },
				{ "" }, { "Teckenförklaring: G = Genomförd, D = Delvis genomförd, E = Ej genomförd" } });
		Submission s = interpreter.interpret(file, "TN IK delår 2025.xlsx", 2025).get(0);
		assertThat(s.controls()).extracting(Control::kontrollmoment, c -> c.decision().status())
			.containsExactly(Tuple.tuple("Bygglov handläggs inom lagstadgad tid", ControlStatus.GENOMFORD),
					Tuple.tuple("Debitering av bygglovsavgifter enligt taxa", ControlStatus.EJ_GENOMFORD));
	}

	/**
	 * Round 248: a PDF turned into Excel, its second page one column to the right: "Kommunstyrelsen" alone in the
	 * number column heads that nämnd's rows, as on the first page.
	 */
	@Test
	void takesANameAloneInTheNumberColumnAsTheHeadingOfItsNamndsRows() throws Exception {
		Path file = workbook("IK delår 2025 från pdf.xlsx", 1, new String[][] {
				{ "Uppföljning intern kontroll delår 2025" }, { "" },
				{ "Id", "Process", "Kontrollmoment", "Status" }, { "Tekniska nämnden" },
				{ "TN1", "Ekonomi", "Attest av leverantörsfakturor", "Genomförd" }, { "Kommunstyrelsen" },
				{ "KS1", "Val", "Rekrytering av röstmottagare", "Delvis" } });
		List<Submission> read = interpreter.interpret(file, "IK delår 2025 från pdf.xlsx", 2025);
		assertThat(read).extracting(Submission::namnd, x -> x.controls().get(0).kontrollmoment())
			.containsExactlyInAnyOrder(Tuple.tuple("Tekniska nämnden", "Attest av leverantörsfakturor"),
					Tuple.tuple("Kommunstyrelsen", "Rekrytering av röstmottagare"));
	}

	/** Round 248: a governance system's mark under its page is no control. */
	@Test
	void readsACopyrightLineUnderTheTableAsNoControl() throws Exception {
		Submission s = read("TN IK delår 2025.csv", """
				Kontrollmoment;Status;Kommentar
				Attest av leverantörsfakturor;Klar;Inga fel.
				Teckenförklaring: Klar, Pågående, Ej startad;;

				© Stratsys AB;;
				""");
		assertThat(s.controls()).extracting(Control::kontrollmoment).containsExactly("Attest av leverantörsfakturor");
	}

	/** Round 248: "✕ Avbruten" beside "Avbruten genom beslut …": taken out of the plan, not left undone. */
	@Test
	void readsAnAbortedControlAsStruckWhenItsCommentNamesTheDecision() throws Exception {
		Submission s = read("TN IK delår 2025.csv", """
				Kontrollmoment;Status;Kommentar
				Uppföljning av avfallsentreprenörens avvikelserapporter;✕ Avbruten;Avbruten genom beslut TN 2025-05-14 § 52, ny entreprenör från 1 juli.
				Kontroll av schaktanmälningar;✕ Avbruten;Hanns inte med.
				""");
		assertThat(statuses(s)).containsExactly(ControlStatus.UTGAR, ControlStatus.EJ_GENOMFORD);
	}

	/** Round 246: "Utförd" over dates and weeks: a date says when the control was done. */
	@Test
	void readsADateUnderAStatusColumnHeadedDoneAsDone() throws Exception {
		Submission s = read("TN IK helår 2025.csv", """
				Kontrollmoment;Utförd;Kommentar
				Avstämning av hyresreskontra mot huvudbok;2025-02-14;Inga fel.
				Kontroll av att vakanta lägenheter förmedlas enligt policyn;v. 14;
				Kontroll av attest av fakturor över 100 tkr;ej utförd;Hanns inte.
				""");
		assertThat(statuses(s)).containsExactly(ControlStatus.GENOMFORD, ControlStatus.GENOMFORD,
				ControlStatus.EJ_GENOMFORD);
	}

	/**
	 * Round 246: columns headed only by their periods, holding a status word and when ("Klar v. 22"), plans and
	 * bare dates: each the status of its period, the latest filled in decides.
	 */
	@Test
	void readsPeriodColumnsOfStatusWordsWithDatesAsTheStatusPerPeriod() throws Exception {
		Submission s = read("TN IK 2025.csv", """
				Kontrollmoment;Ansvarig;T1 (jan–apr);T2 (maj–aug);Helår;Kommentar
				Kontroll av entreprenadfakturor mot kontrakt;Projektchef;Planeras maj;Klar v. 22;;Inga avvikelser
				Kontroll av drivmedelskort mot körjournal;Fordonssamordnare;;Planeras okt;Klar v. 43;2 kort saknade körjournal
				Egenkontroll vid vattenverket;VA-chef;Utförd 2025-03-12;Utförd 2025-07-01;Utförd 2025-11-18;
				Tidrapporter för snöröjning attesteras;Gatuchef;pågår;pågår;delv;
				Besiktning av lekplatser;Parkchef;;;Flyttas till 2026;Budget saknades
				Kontroll av nyckelregister;Fastighetschef;;;2025-12-10;
				Skyddsronder på samtliga enheter;Teknisk chef;ej påbörj.;ej påbörj.;Ej aktuell;
				""");
		assertThat(s.period()).contains(Period.HELAR);
		assertThat(statuses(s)).containsExactly(ControlStatus.GENOMFORD, ControlStatus.GENOMFORD,
				ControlStatus.GENOMFORD, ControlStatus.DELVIS, ControlStatus.EJ_GENOMFORD, ControlStatus.OKLAR,
				ControlStatus.UTGAR);
	}

	/** Round 246: "Rapporterat till tekniska nämnden 2026-01-27" under the table says when, it is no control. */
	@Test
	void readsALineSayingWhomTheFollowUpWasReportedToAsNoControl() throws Exception {
		Submission s = read("TN IK helår 2025.csv", """
				Kontrollmoment;Status;Kommentar
				Attest av leverantörsfakturor;Genomförd;Inga fel.

				Rapporterat till tekniska nämnden 2026-01-27;;
				""");
		assertThat(s.controls()).extracting(Control::kontrollmoment).containsExactly("Attest av leverantörsfakturor");
	}

	/** Round 246: the economy office's list of when each nämnd handed in holds no controls, whatever its words. */
	@Test
	void refusesATableWhoseRowsAreTheRegistersNamnder() {
		SubmissionInterpreter withEveryNamnd = new SubmissionInterpreter(InterpretationRules.load(null), new Register(
				Stream.of("Kommunstyrelsen", "Barn- och utbildningsnämnden", "Socialnämnden",
						"Vård- och omsorgsnämnden", "Samhällsbyggnadsnämnden", "Miljö- och hälsoskyddsnämnden",
						"Tekniska nämnden", "Kultur- och fritidsnämnden", "Överförmyndarnämnden", "Lervikens Bostäder AB")
					.map(n -> new Register.Namnd(n, List.<String>of())).toList()));
		Path file = Path.of("src/test/resources/fixtures/xlsx/tidplan för inlämning per nämnd.xlsx");
		assertThatThrownBy(() -> withEveryNamnd.interpret(file, "tidplan för inlämning per nämnd.xlsx", 2025))
			.isInstanceOf(FileRejectedException.class);
	}

	/**
	 * Rounds 338 and 345: "Ingen färg = kontrollen ska rapporteras vid senare tillfälle" under a colour legend, in the
	 * controls' column, says what a cell without colour means: a line of the legend, no control.
	 */
	@Test
	void takesALineSayingWhatNoColourMeansForALegendLineNotAControl() throws Exception {
		Path file = Path.of("src/test/resources/fixtures/xls/färgförklaring med raden ingen färg.xls");
		Submission s = interpreter.interpret(file, "BUN IK uppföljning T1 2025.xls", 2025).get(0);
		assertThat(s.controls()).hasSize(9).noneMatch(c -> c.kontrollmoment().startsWith("Ingen färg"));
	}

	/** Round 251: controls listed under band rows naming their status, with no status column of their own. */
	@Test
	void readsTheStatusOfARowGroupsHeadingForTheControlsUnderIt() throws Exception {
		Submission s = read("TN IK helår 2025.csv", """
				Område;Kontrollmoment;Resultat och kommentar
				GENOMFÖRDA (2);;
				Ekonomi;Attest av leverantörsfakturor enligt attestordningen;Inga avvikelser.
				IT;Behörigheter i ekonomisystemet;Två konton spärrade.
				EJ GENOMFÖRDA (1);;
				Avgifter;Avstämning av avgifter mot kassaregister;
				UTGÅR (1);;
				Bostad;Kontroll av andrahandskontrakt;Verksamheten överförd till bostadsbolaget.
				""");
		assertThat(s.controls()).extracting(Control::kontrollmoment, c -> c.decision().status())
			.containsExactly(Tuple.tuple("Attest av leverantörsfakturor enligt attestordningen", ControlStatus.GENOMFORD),
					Tuple.tuple("Behörigheter i ekonomisystemet", ControlStatus.GENOMFORD),
					Tuple.tuple("Avstämning av avgifter mot kassaregister", ControlStatus.EJ_GENOMFORD),
					Tuple.tuple("Kontroll av andrahandskontrakt", ControlStatus.UTGAR));
	}

	/** Round 251: a workbook with a sheet per status, "Klara" and "Ej klara": each sheet's name is its rows' status. */
	@Test
	void readsTheStatusOfASheetNamedByItForTheControlsOnIt() throws Exception {
		Path file = dir.resolve("TN IK helår 2025.xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook();
				OutputStream out = Files.newOutputStream(file)) {
			String[] header = { "Id", "Kontrollmoment", "Kommentar" };
			sheet(workbook, "Klara", new String[][] { header,
					{ "TN-01", "Kontroll av att entreprenörens fakturor stämmer mot körjournaler", "En felaktig debitering." },
					{ "TN-02", "Kontroll av att VA-avgifter debiteras enligt taxa", "Taxan korrekt inlagd." } });
			sheet(workbook, "Ej klara", new String[][] { header,
					{ "TN-06", "Granskning av att direktupphandlingar dokumenteras", "Påbörjad – 3 av 5 enheter granskade." },
					{ "TN-08", "Kontroll av att schakttillstånd finns", "" } });
			workbook.write(out);
		}
		Submission s = interpreter.interpret(file, "TN IK helår 2025.xlsx", 2025).get(0);
		assertThat(statuses(s)).containsExactly(ControlStatus.GENOMFORD, ControlStatus.GENOMFORD, ControlStatus.DELVIS,
				ControlStatus.EJ_GENOMFORD);
	}

	/**
	 * Round 249: a system's export with a column naming each row's kind, most kinds fields ("Kontrollmoment",
	 * "Åtgärd"), some not ("Stickprov", "Sammanfattning"): those rows report on the control above, and its summary
	 * line gives the status its own cell leaves out.
	 */
	@Test
	void readsRowsOfAKindNoFieldNamesAsTheReportOfTheControlAbove() throws Exception {
		Submission s = read("Stratsys IK export 2025.csv", """
				Organisation;Typ;Id;Namn;Status helår;Kommentar
				Tekniska nämnden;Kontrollmoment;TN-01;Föreningsbidrag betalas ut enligt bidragsregler;Genomförd;Inga avvikelser.
				Tekniska nämnden;Stickprov;TN-01.1;Stickprov 1: Hjortmarks IF – OK;OK;
				Tekniska nämnden;Stickprov;TN-01.2;Stickprov 2: Ådalens Ryttarförening – OK;OK;
				Tekniska nämnden;Kontrollmoment;TN-02;Dagskassor stäms av mot kassasystemet;;
				Tekniska nämnden;Stickprov;TN-02.1;Stickprov 1: vecka 12 – OK;OK;
				Tekniska nämnden;Stickprov;TN-02.2;Stickprov 2: vecka 41 – differens 450 kr;Avvikelse;
				Tekniska nämnden;Åtgärd;TN-02.3;Åtgärd: dubbelkontroll vid kassaavslut;;
				Tekniska nämnden;Sammanfattning;TN-02.4;Sammantaget: delvis genomförd – hösten ej granskad;;
				Tekniska nämnden;Kontrollmoment;TN-03;Inventarieförteckning uppdateras;Ej påbörjad;
				""");
		assertThat(s.controls()).extracting(Control::kontrollmoment, c -> c.decision().status())
			.containsExactly(Tuple.tuple("Föreningsbidrag betalas ut enligt bidragsregler", ControlStatus.GENOMFORD),
					Tuple.tuple("Dagskassor stäms av mot kassasystemet", ControlStatus.DELVIS),
					Tuple.tuple("Inventarieförteckning uppdateras", ControlStatus.EJ_GENOMFORD));
	}

	/**
	 * Round 245: "Nämnd" and "Process" merged down over a two-row header whose upper row groups the rest ("Kontroll"
	 * over "Kontrollmoment | Ansvarig"): the nämnd column stays a column, and each nämnd's rows its own.
	 */
	@Test
	void keepsAHeadingMergedDownOverATwoRowHeaderUnderGroupHeadings() throws Exception {
		Path file = dir.resolve("Export IK delår 2025.xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook();
				OutputStream out = Files.newOutputStream(file)) {
			XSSFSheet sheet = sheet(workbook, "Rapport", new String[][] { { "Internkontroll 2025" }, { "" },
					{ "Nämnd", "Process", "Kontroll", "", "Delår 2025", "" },
					{ "", "", "Kontrollmoment", "Ansvarig", "Status", "Kommentar" },
					{ "Tekniska nämnden", "Gata", "Kontroll av entreprenörens fakturor", "Gatuchef", "Klar", "Inga fel." },
					{ "", "", "Vinterväghållning följs upp mot avtal", "Gatuchef", "Pågående", "" },
					{ "Kommunstyrelsen", "Ekonomi", "Attest av leverantörsfakturor", "Ekonomichef", "Klar", "" },
					{ "", "", "Behörigheter i ekonomisystemet", "Systemförvaltare", "Ej startad", "" } });
			sheet.addMergedRegion(new CellRangeAddress(2, 3, 0, 0));
			sheet.addMergedRegion(new CellRangeAddress(2, 3, 1, 1));
			sheet.addMergedRegion(new CellRangeAddress(2, 2, 2, 3));
			sheet.addMergedRegion(new CellRangeAddress(2, 2, 4, 5));
			sheet.addMergedRegion(new CellRangeAddress(4, 5, 0, 0));
			sheet.addMergedRegion(new CellRangeAddress(6, 7, 0, 0));
			workbook.write(out);
		}
		List<Submission> read = interpreter.interpret(file, "Export IK delår 2025.xlsx", 2025);
		assertThat(read).extracting(Submission::namnd, x -> x.controls().size())
			.containsExactlyInAnyOrder(Tuple.tuple("Tekniska nämnden", 2), Tuple.tuple("Kommunstyrelsen", 2));
	}

	/**
	 * Round 244: "Genomförd / Delvis / Ej genomförd" left in the status cell as the template offered it reports
	 * nothing, so the comment decides; two answers are still the sender's doubt.
	 */
	@Test
	void readsAStatusCellStillListingEveryAnswerAsNothingChosen() throws Exception {
		Submission s = read("TN IK helår 2025.csv", """
				Kontrollmoment;Status;Kommentar
				Lönerapportering för timanställda;Genomförd / Delvis / Ej genomförd;Kontrollen genomförd i oktober.
				Avtal med extern arrangör följs upp;Genomförd / Delvis / Ej genomförd;
				Inventering av konstsamlingen;Genomförd / Ej genomförd;
				""");
		assertThat(statuses(s)).containsExactly(ControlStatus.GENOMFORD, ControlStatus.SAKNAS, ControlStatus.OKLAR);
	}

	/**
	 * Round 252: a planning tool's export names its columns in words of its own ("Task Name | Progress"); the column
	 * of repeated status words beside a column of statements makes the row above them the header.
	 */
	@Test
	void findsAHeaderInWordsOfItsOwnByTheStatusWordsAndStatementsUnderIt() throws Exception {
		Submission s = read("Internkontroll SBN 2025.csv", """
				Task ID;Task Name;Bucket Name;Progress;Priority;Description
				a1;Bygglov handläggs inom lagstadgad tid;Myndighetsutövning;Completed;Important;Stickprov 40 ärenden.
				a2;Avgifter för bygglov debiteras enligt taxa;Myndighetsutövning;Completed;Medium;Inga fel.
				a3;Delegationsbeslut anmäls till nämnden;Myndighetsutövning;In progress;Medium;Maj–augusti återstår.
				a4;Kontroll av ersättning till förtroendevalda;Ekonomi;Not started;Low;
				""");
		assertThat(s.controls()).extracting(Control::kontrollmoment).containsExactly(
				"Bygglov handläggs inom lagstadgad tid", "Avgifter för bygglov debiteras enligt taxa",
				"Delegationsbeslut anmäls till nämnden", "Kontroll av ersättning till förtroendevalda");
		assertThat(statuses(s)).containsExactly(ControlStatus.GENOMFORD, ControlStatus.GENOMFORD, ControlStatus.DELVIS,
				ControlStatus.EJ_GENOMFORD);
	}

	/**
	 * Round 255: a corrected version's sheet "Ändringslogg" lists the controls whose status changed; they stand in the
	 * follow-up's table already, and the log is left out with why.
	 */
	@Test
	void leavesOutASheetLoggingTheChangesMadeToTheFollowUp() throws Exception {
		Path file = dir.resolve("SN IK T2 2025 v2.xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook();
				OutputStream out = Files.newOutputStream(file)) {
			sheet(workbook, "T2 2025", new String[][] { { "Kontrollmoment", "Status T2", "Kommentar" },
					{ "Attest av leverantörsfakturor", "Genomförd", "Inga fel." },
					{ "Hantering av privata medel", "Genomförd", "Kvitton saknades i ett fall." },
					{ "Loggkontroll i Treserva", "Delvis", "" } });
			sheet(workbook, "Ändringslogg", new String[][] { { "Datum", "Kontrollmoment", "Tidigare status", "Ny status" },
					{ "2025-09-18", "Hantering av privata medel", "Delvis", "Genomförd" },
					{ "2025-09-19", "Loggkontroll i Treserva", "", "Delvis" } });
			workbook.write(out);
		}
		Submission s = interpreter.interpret(file, "SN IK T2 2025 v2.xlsx", 2025).get(0);
		assertThat(s.controls()).extracting(Control::kontrollmoment).containsExactly("Attest av leverantörsfakturor",
				"Hantering av privata medel", "Loggkontroll i Treserva");
		assertThat(s.message()).contains(
				"'Ändringslogg' (en logg över ändringar; kontrollerna står i uppföljningens tabell)");
	}

	/**
	 * Round 258: a row per process lists its controls in one cell, each with its status after a dash, a colon or in
	 * brackets; an item without one has nothing reported.
	 */
	@Test
	void readsEachControlListedInOneCellWithTheStatusWrittenAfterIt() throws Exception {
		Submission s = read("BUN delår 2025.csv", """
				Process;Kontrollmoment och status;Kommentar
				Ekonomi;"• Avstämning av kundreskontra – klar
				• Stickprov av representation (ej gjord)
				• Granskning av inköp med inköpskort";Representationen granskas i höst.
				Elevhälsa;"Kontroll av att kränkande behandling anmäls: delvis genomförd
				Uppföljning av frånvarorutinen – utgår, ersatt av Skolinspektionens granskning";
				""");
		assertThat(s.controls()).extracting(Control::kontrollmoment).containsExactly("Avstämning av kundreskontra",
				"Stickprov av representation", "Granskning av inköp med inköpskort",
				"Kontroll av att kränkande behandling anmäls", "Uppföljning av frånvarorutinen");
		assertThat(statuses(s)).containsExactly(ControlStatus.GENOMFORD, ControlStatus.EJ_GENOMFORD, ControlStatus.SAKNAS,
				ControlStatus.DELVIS, ControlStatus.UTGAR);
		assertThat(s.controls().get(0).decision().evidence())
			.startsWith("kontrollmomentets cell, efter kontrollen ('Kontrollmoment och status')");
	}

	/** Round 258: an export's multi-valued fields list a row's controls and their statuses in the same order. */
	@Test
	void readsControlsAndTheirStatusesSeparatedInTheSameFieldsOfAnExport() throws Exception {
		Submission s = read("HTB IK T2 2025.csv", """
				Område;Kontrollpunkter;Utfall
				Hyror;"Kontroll av hyresavisering mot hyresavtal; Avstämning av hyresreskontra";"OK; Ej utförd"
				Inköp;Kontroll av att beställningar görs av behörig person | Uppföljning av ramavtal för underhåll;Pågår | Ej aktuell
				""");
		assertThat(s.controls()).extracting(Control::kontrollmoment).containsExactly(
				"Kontroll av hyresavisering mot hyresavtal", "Avstämning av hyresreskontra",
				"Kontroll av att beställningar görs av behörig person", "Uppföljning av ramavtal för underhåll");
		assertThat(statuses(s)).containsExactly(ControlStatus.GENOMFORD, ControlStatus.EJ_GENOMFORD, ControlStatus.DELVIS,
				ControlStatus.UTGAR);
	}

	/**
	 * A table without a status column whose controls end in their status after a dash ("… – genomförd", "… -delvis"):
	 * the status is split off the control's text, a dash inside it ("avtalstrohet – e-handel") stays.
	 */
	@Test
	void takesAStatusWordAfterADashInTheControlsTextOfATableWithoutStatusColumn() throws Exception {
		Submission s = read("TN IK T2 2025.csv", """
				Kontroll;Kommentar
				Kontroll av avtalstrohet – e-handel – genomförd;
				Kontroll av körjournaler för kommunens fordon -delvis;Körjournal saknas för två av 31 fordon.
				""");
		assertThat(s.controls()).extracting(Control::kontrollmoment).containsExactly(
				"Kontroll av avtalstrohet – e-handel", "Kontroll av körjournaler för kommunens fordon");
		assertThat(statuses(s)).containsExactly(ControlStatus.GENOMFORD, ControlStatus.DELVIS);
	}

	/**
	 * Round 259: a title naming the year followed up and the plan proposed for the next ("uppföljning helår 2025 och
	 * förslag till plan 2026") is the follow-up of its year, not the plan's.
	 */
	@Test
	void takesTheYearFollowedUpNotTheYearOfThePlanProposedBesideIt() throws Exception {
		Path file = workbook("Socialnämnden IK helår.xlsx", "IKP", new String[][] {
				{ "Socialnämnden – intern kontroll: uppföljning helår 2025 och förslag till plan 2026" }, { "" },
				{ "Kontrollmoment", "Status", "Kommentar" },
				{ "Kontroll av utbetalning av ekonomiskt bistånd", "Genomförd", "30 ärenden granskade." } });
		Submission s = interpreter.interpret(file, "Socialnämnden IK helår.xlsx", 2026).get(0);
		assertThat(s.year()).isEqualTo(2025);
	}

	/**
	 * Round 261: a spreadsheet's check boxes, read as SANT and FALSKT: a ticked "Genomförd" is done, a ticked
	 * "Avvikelse" a deviation; an unticked "Genomförd" lets the comment say how far the work came, and a row of
	 * unticked boxes and nothing else reports nothing.
	 */
	@Test
	void readsASpreadsheetsCheckBoxesAsDoneAndDeviation() throws Exception {
		Path file = workbook("KS IK-uppföljning helår 2025.xlsx", "Uppföljning", new String[][] {
				{ "Kontrollmoment", "Genomförd", "Avvikelse", "Kommentar helår" },
				{ "Avstämning av kundreskontra mot huvudbok", "SANT", "SANT", "Differens 14 tkr i oktober, rättad." },
				{ "Kontroll av förtroendekänsliga poster", "SANT", "FALSKT" },
				{ "Kontroll av ändringar i leverantörsregistret", "FALSKT", "FALSKT", "Påbörjad i december." },
				{ "Kontroll av att bisysslor redovisas", "FALSKT", "FALSKT" } });
		Submission s = interpreter.interpret(file, "KS IK-uppföljning helår 2025.xlsx", 2025).get(0);
		assertThat(statuses(s)).containsExactly(ControlStatus.GENOMFORD, ControlStatus.GENOMFORD, ControlStatus.DELVIS,
				ControlStatus.EJ_GENOMFORD);
		assertThat(s.controls()).extracting(c -> c.flags().contains(Flag.AVVIKELSE))
			.containsExactly(true, false, false, false);
	}

	/**
	 * Round 261: an export whose deviation column is a check box ("Yes"/"No", "SANT"/"FALSKT"): "No" alone, status and
	 * result blank, is the box's default and reports nothing.
	 */
	@Test
	void takesALoneNoInTheDeviationColumnForNothingReported() throws Exception {
		Path file = workbook("Internkontroll ÖFN 2025.xlsx", "Export", new String[][] {
				{ "Kontrollmoment", "Status", "Resultat", "Avvikelse" },
				{ "Kontroll av att arvoden beräknas enligt riktlinjerna", "Done", "20 beslut granskade.", "No" },
				{ "Kontroll av gallring av akter enligt dokumenthanteringsplanen", "", "", "No" },
				{ "Kontroll av att spärr finns på huvudmäns konton", "", "", "FALSKT" } });
		Submission s = interpreter.interpret(file, "Internkontroll ÖFN 2025.xlsx", 2025).get(0);
		assertThat(statuses(s)).containsExactly(ControlStatus.GENOMFORD, ControlStatus.SAKNAS, ControlStatus.SAKNAS);
	}

	/**
	 * Round 265: a förvaltning's sheet of two nämnder, the second's rows under a heading across the table after a gap,
	 * its name before a dash and the title after it: each nämnd its own follow-up.
	 */
	@Test
	void readsTheRowsUnderAHeadingAcrossTheTableNamingANamndBeforeADashAsThatNamndsFollowUp() throws Exception {
		Path file = dir.resolve("Tekniska förvaltningen IKP T2 2025.xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook();
				OutputStream out = Files.newOutputStream(file)) {
			String[][] rows = { { "Tekniska nämndens internkontrollplan 2025 – uppföljning tertial 2" }, { "" },
					{ "Område", "Kontrollmoment", "Status", "Kommentar" },
					{ "Gata", "Besiktning av lekplatser enligt SS-EN 1176", "Klar", "Alla 31 besiktigade." },
					{ "" },
					{ "Kommunstyrelsen – internkontrollplan 2025, uppföljning tertial 2", "", "", "" },
					{ "Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Pågår", "Hälften granskad." } };
			XSSFSheet sheet = sheet(workbook, "Tertial 2", rows);
			sheet.addMergedRegion(CellRangeAddress.valueOf("A6:D6"));
			workbook.write(out);
		}
		List<Submission> read = interpreter.interpret(file, "Tekniska förvaltningen IKP T2 2025.xlsx", 2025);
		assertThat(read).extracting(Submission::namnd, x -> x.controls().size())
			.containsExactly(Tuple.tuple("Tekniska nämnden", 1), Tuple.tuple("Kommunstyrelsen", 1));
	}

	/** Round 265: a förvaltning's export whose Nämnd column lists two nämnder for a control they share. */
	@Test
	void readsAControlWhoseNamndCellListsTwoNamnderAsEachOnesControl() throws Exception {
		Path file = workbook("Förvaltningens IK T1 2025.xlsx", "Uppföljning T1", new String[][] {
				{ "Nämnd", "Kontrollmoment", "Status" },
				{ "Tekniska nämnden", "Besiktning av lekplatser enligt SS-EN 1176", "Genomförd" },
				{ "KS", "Delegationsbeslut anmäls till styrelsen", "Pågår" },
				{ "Tekniska nämnden, KS", "Attest av leverantörsfakturor enligt attestordningen", "Genomförd" } });
		List<Submission> read = interpreter.interpret(file, "Förvaltningens IK T1 2025.xlsx", 2025);
		assertThat(read).extracting(Submission::namnd, x -> x.controls().stream().map(Control::row).toList())
			.containsExactly(Tuple.tuple("Tekniska nämnden", List.of(2, 4)), Tuple.tuple("Kommunstyrelsen", List.of(3, 4)));
	}

	/** Round 259: "samt inriktning 2026" names next year's plan beside the year followed up. */
	@Test
	void takesTheYearFollowedUpNotTheYearOfTheDirectionSetBesideIt() throws Exception {
		Path file = workbook("TN internkontroll.xlsx", "Internkontroll", new String[][] {
				{ "Internkontroll 2025 – årsuppföljning (tertial 3) samt inriktning 2026" }, { "" },
				{ "Kontrollmoment", "Status", "Kommentar" },
				{ "Kontroll av att fakturering av VA-avgifter sker enligt taxa", "Genomförd", "25 abonnenter." } });
		Submission s = interpreter.interpret(file, "TN internkontroll.xlsx", 2026).get(0);
		assertThat(s.year()).isEqualTo(2025);
	}

	/**
	 * Round 259: a system export of both years' plans ("Plan = Internkontrollplan 2025, Internkontrollplan 2026"),
	 * every 2026 row "Ej påbörjad": the follow-up of 2025, next year's plan left out.
	 */
	@Test
	void readsAnExportOfThisYearsFollowUpAndNextYearsPlanAsThisYearsFollowUp() throws Exception {
		Path file = workbook("Export_Stratsys.xlsx", "Kontrollmoment", new String[][] {
				{ "Urval: Organisation = Överförmyndarnämnden; Plan = Internkontrollplan 2025, Internkontrollplan 2026" },
				{ "Organisation", "Kontrollmoment", "Period", "Status", "Kommentar" },
				{ "Överförmyndarnämnden", "Granskning av årsräkningar inom lagstadgad tid", "Helår 2025", "Slutförd",
						"95 % granskade inom sex månader." },
				{ "Överförmyndarnämnden", "Kontroll av att registerutdrag finns för nya gode män", "Helår 2025",
						"Ej startad", "Flyttas till 2026." },
				{ "Överförmyndarnämnden", "Granskning av årsräkningar inom lagstadgad tid", "Helår 2026", "Ej påbörjad" },
				{ "Överförmyndarnämnden", "Kontroll av att beslut om entledigande expedieras", "Helår 2026",
						"Ej påbörjad" } });
		Submission s = interpreter.interpret(file, "Export_Stratsys.xlsx", 2026).get(0);
		assertThat(s.year()).isEqualTo(2025);
		assertThat(s.controls()).extracting(Control::row, c -> c.decision().status()).containsExactly(
				Tuple.tuple(3, ControlStatus.GENOMFORD), Tuple.tuple(4, ControlStatus.EJ_GENOMFORD));
		assertThat(s.message()).contains("2 rader är planen för 2026 (samma status på alla, inget rapporterat) och "
				+ "räknas inte; uppföljningen gäller 2025");
	}

	/**
	 * Round 252: a survey tool's answers, a row per nämnd and a column per control headed by its text, each beside a
	 * comment column: read a control per nämnd and column, the comment with it, each nämnd its own follow-up.
	 */
	@Test
	void readsAFormsAnswersWithAColumnPerControlAndARowPerNamnd() throws Exception {
		Path file = workbook("Helårsuppföljning kommungemensamma kontroller(1-2).xlsx", "Sheet1", new String[][] {
				{ "ID", "Email", "Vilken nämnd svarar du för?", "Attest av leverantörsfakturor enligt attestordningen",
						"Kommentar – attest", "Delegationsbeslut anmäls till nämnden", "Kommentar – delegationsbeslut",
						"Övriga synpunkter" },
				{ "1", "karin.lund@kommun.se", "Kommunstyrelsen", "Genomförd med avvikelse", "3 av 25 fel.",
						"Delvis genomförd", "Nov–dec återstår.", "Bra formulär!" },
				{ "2", "per.olsson@kommun.se", "Tekniska nämnden", "Genomförd utan avvikelse", "", "", "", "" } });
		List<Submission> read = interpreter.interpret(file, "Helårsuppföljning 2025 kommungemensamma kontroller(1-2).xlsx",
				2025);
		assertThat(read).extracting(Submission::namnd, x -> x.controls().stream().map(c -> c.decision().status()).toList())
			.containsExactly(
					Tuple.tuple("Kommunstyrelsen", List.of(ControlStatus.GENOMFORD, ControlStatus.DELVIS)),
					Tuple.tuple("Tekniska nämnden", List.of(ControlStatus.GENOMFORD, ControlStatus.SAKNAS)));
		assertThat(read.get(0).controls()).extracting(Control::kontrollmoment).containsExactly(
				"Attest av leverantörsfakturor enligt attestordningen", "Delegationsbeslut anmäls till nämnden");
		assertThat(read.get(0).controls().get(0).result()).isEqualTo("3 av 25 fel.");
	}

	/**
	 * Round 362: an old .xls whose statuses are "●" written in green, yellow or red, explained by a legend of the same
	 * dots beside the title, top right, where "○" is not applicable: each dot's colour is its status.
	 */
	@Test
	void readsDotsColouredByTheirFontInAnOldWorkbookByTheLegendBesideTheTitle() throws Exception {
		Path file = dir.resolve("SBN IKP 2025 uppföljning T2.xls");
		try (HSSFWorkbook workbook = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
			HSSFSheet sheet = workbook.createSheet("Uppföljning");
			String[][] rows = { { "Internkontrollplan 2025 – uppföljning", "", "", "Teckenförklaring" },
					{ "", "", "", "●", "Genomförd" }, { "", "", "", "●", "Delvis genomförd / pågår" },
					{ "", "", "", "●", "Ej genomförd" }, { "", "", "", "○", "Ej aktuell" }, {},
					{ "Kontrollmoment", "T2", "Kommentar" },
					{ "Bygglov handläggs inom lagstadgad tid", "●", "Överskreds i 9 ärenden." },
					{ "Tillsyn av ovårdade tomter", "●", "Vakans." },
					{ "Planavgift tas ut enligt planavtal", "○", "" },
					{ "Attest av leverantörsfakturor", "●", "" } };
			short green = IndexedColors.GREEN.getIndex();
			short gold = IndexedColors.GOLD.getIndex();
			short red = IndexedColors.RED.getIndex();
			short grey = IndexedColors.GREY_50_PERCENT.getIndex();
			short[] colours = { 0, green, gold, red, grey, 0, 0, gold, red, grey, green };
			for (int r = 0; r < rows.length; r++) {
				Row row = sheet.createRow(r);
				for (int c = 0; c < rows[r].length; c++) {
					Cell cell = row.createCell(c);
					cell.setCellValue(rows[r][c]);
					if (colours[r] != 0 && rows[r][c].matches("[●○]")) {
						HSSFFont font = workbook.createFont();
						font.setColor(colours[r]);
						HSSFCellStyle style = workbook.createCellStyle();
						style.setFont(font);
						cell.setCellStyle(style);
					}
				}
			}
			workbook.write(out);
		}
		Submission s = interpreter.interpret(file, "SBN IKP 2025 uppföljning T2.xls", 2025).get(0);
		assertThat(s.controls()).extracting(c -> c.decision().status(), c -> c.decision().source().name())
			.containsExactly(Tuple.tuple(ControlStatus.DELVIS, "FARG"), Tuple.tuple(ControlStatus.EJ_GENOMFORD, "FARG"),
					Tuple.tuple(ControlStatus.UTGAR, "KOLUMN"), Tuple.tuple(ControlStatus.GENOMFORD, "FARG"));
	}

	/**
	 * Round 501: "Enhet" merged over a column per unit ("Förskola | Grundskola | Gymnasiet"), each unit's code under
	 * it: the units' statuses, no column naming the nämnd.
	 */
	@Test
	void readsACodePerUnitUnderAMergedUnitHeading() throws Exception {
		Path file = dir.resolve("BBN IK per enhet helår 2025.xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
			String[][] rows = { { "Uppföljning intern kontroll 2025 – helår, per enhet" },
					{ "Markera per enhet: X = genomförd, P = påbörjad/pågår, – = ej genomförd, E = ej aktuellt" }, {},
					{ "Nr", "Kontrollmoment", "Enhet", "", "", "Kommentar" },
					{ "", "", "Förskola", "Grundskola", "Gymnasiet", "" },
					{ "1", "Attest av leverantörsfakturor", "X", "X", "X", "" },
					{ "2", "Anmälan av kränkande behandling", "X", "P", "X", "Sammanställning pågår." },
					{ "3", "Behörigheter i lärplattformen", "–", "–", "–", "Skjuts till 2026." },
					{ "4", "Avstämning av barnomsorgsavgifter", "X", "E", "E", "" } };
			XSSFSheet sheet = sheet(workbook, "Helår", rows);
			sheet.addMergedRegion(new CellRangeAddress(3, 3, 2, 4));
			sheet.addMergedRegion(new CellRangeAddress(3, 4, 0, 0));
			sheet.addMergedRegion(new CellRangeAddress(3, 4, 1, 1));
			sheet.addMergedRegion(new CellRangeAddress(3, 4, 5, 5));
			workbook.write(out);
		}
		Submission s = interpreter.interpret(file, "BBN IK per enhet helår 2025.xlsx", 2025).get(0);
		assertThat(s.controls()).extracting(c -> c.decision().status()).containsExactly(ControlStatus.GENOMFORD,
				ControlStatus.DELVIS, ControlStatus.EJ_GENOMFORD, ControlStatus.GENOMFORD);
	}

	/**
	 * Round 481: the word "Status" in every status cell, written in the colour its legend explains ("Status" in green
	 * beside "Genomförd").
	 */
	@Test
	void readsAStatusWordColouredByItsFontByTheLegendOfFontColours() throws Exception {
		Path file = dir.resolve("KS internkontroll uppföljning delår 2025.xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
			String[][] rows = { { "Uppföljning internkontrollplan delår 2025", "", "", "Färgförklaring" },
					{ "", "", "", "Status", "Genomförd" }, { "", "", "", "Status", "Påbörjad / delvis genomförd" },
					{ "", "", "", "Status", "Ej genomförd" }, {},
					{ "Kontrollmoment", "Ansvarig", "Frekvens", "Status", "Kommentar" },
					{ "Attest av leverantörsfakturor", "Ekonomichef", "2 ggr/år", "Status", "Inga avvikelser." },
					{ "Avtalstrohet vid inköp", "Upphandlare", "2 ggr/år", "Status", "3 av 40 köp utanför avtal." },
					{ "Delegationsbeslut anmäls", "Kanslichef", "1 gång/år", "Status", "Vakans." } };
			String[] colours = { null, "00B050", "FF9900", "FF0000", null, null, "00B050", "FF9900", "FF0000" };
			XSSFSheet sheet = sheet(workbook, "Uppföljning", rows);
			for (int r = 0; r < rows.length; r++) {
				if (colours[r] != null) {
					XSSFFont font = workbook.createFont();
					font.setColor(new XSSFColor(HexFormat.of().parseHex(colours[r]), null));
					CellStyle style = workbook.createCellStyle();
					style.setFont(font);
					sheet.getRow(r).getCell(3).setCellStyle(style);
				}
			}
			workbook.write(out);
		}
		Submission s = interpreter.interpret(file, "KS internkontroll uppföljning delår 2025.xlsx", 2025).get(0);
		assertThat(s.controls()).extracting(c -> c.decision().status(), c -> c.decision().source().name())
			.containsExactly(Tuple.tuple(ControlStatus.GENOMFORD, "FARG"), Tuple.tuple(ControlStatus.DELVIS, "FARG"),
					Tuple.tuple(ControlStatus.EJ_GENOMFORD, "FARG"));
	}

	/**
	 * Round 359: a summary sheet counting the controls per colour under its title ("Grön | 3", "Totalt | 8") beside
	 * the sheet of controls reports no control of its own.
	 */
	@Test
	void readsNoControlFromASummarySheetsCountsPerColour() throws Exception {
		java.util.LinkedHashMap<String, String[][]> sheets = new java.util.LinkedHashMap<>();
		sheets.put("Sammanfattning", new String[][] { { "Internkontroll 2025 – sammanfattning" }, {},
				{ "Bedömning", "Antal T1 2025" }, { "Grön", "3" }, { "Gul", "1" }, { "Ej bedömd", "2" },
				{ "Totalt", "6" } });
		sheets.put("Kontroller", new String[][] { { "Kontrollmoment", "Status T1 2025", "Kommentar" },
				{ "Bygglov handläggs inom lagstadgad tid", "Genomförd", "Inga avvikelser." },
				{ "Tillsyn enligt tillsynsplan", "Pågår", "" } });
		Path file = workbook("Stratsys_SBN_uppfoljning.xlsx", sheets);
		Submission s = interpreter.interpret(file, "Stratsys_SBN_uppfoljning.xlsx", 2025).get(0);
		assertThat(s.controls()).extracting(Control::kontrollmoment)
			.containsExactly("Bygglov handläggs inom lagstadgad tid", "Tillsyn enligt tillsynsplan");
	}

	/**
	 * Round 514: a sheet per year ("2023 | 2024 | 2025"), each year's plan its own: the earlier years' sheets are kept
	 * for reference, and the follow-up is the latest year's, whatever the first sheet's title says.
	 */
	@Test
	void readsOnlyTheLatestYearsSheetOfASheetPerYear() throws Exception {
		java.util.LinkedHashMap<String, String[][]> sheets = new java.util.LinkedHashMap<>();
		sheets.put("2024", new String[][] { { "Helårsuppföljning internkontroll 2024" }, {},
				{ "Kontrollmoment", "Status", "Kommentar" },
				{ "Kontanthantering i biblioteken", "Klar", "Inga differenser." },
				{ "Hyresbidrag stäms av mot hyresavtal", "Ej klar", "Skjuts till 2025." } });
		sheets.put("2025", new String[][] { { "Helårsuppföljning internkontroll 2025" }, {},
				{ "Kontrollmoment", "Status", "Kommentar" },
				{ "Föreningsbidrag betalas ut enligt bidragsreglerna", "Klar", "Inga avvikelser." },
				{ "Säkerhetsbesiktning av badplatser inför säsong", "Ej klar", "Görs i maj." } });
		Path file = workbook("KFN internkontroll 2024-2025.xlsx", sheets);
		Submission s = interpreter.interpret(file, "KFN internkontroll 2024-2025.xlsx", 2025).get(0);
		assertThat(s.year()).isEqualTo(2025);
		assertThat(s.controls()).extracting(Control::kontrollmoment).containsExactly(
				"Föreningsbidrag betalas ut enligt bidragsreglerna", "Säkerhetsbesiktning av badplatser inför säsong");
	}

	/**
	 * Round 348: in a text laid out with spaces, a status broken at its hyphen ("Ej genom-" over "förd") goes on with
	 * its control, whose text is broken between syllables too.
	 */
	@Test
	void joinsAStatusAndAControlBrokenAtTheirHyphensInASpacedOutText() throws Exception {
		Path file = Path.of("src/test/resources/fixtures/txt/skannad uppföljning med avstavad status.txt");
		Submission s = interpreter.interpret(file, "KFN_IK_delar2025_skannad.txt", 2025).get(0);
		assertThat(s.controls()).extracting(Control::row, Control::kontrollmoment, c -> c.decision().status())
			.contains(Tuple.tuple(21, "4. Registerutdrag finns för\nledare i sommarverksamheten",
					ControlStatus.EJ_GENOMFORD))
			.hasSize(7);
	}

	/** Round 348: a printed page's header kept in one cell of a text laid out with spaces is no control. */
	@Test
	void takesAPageHeaderInOneCellOfASpacedOutTextForNoControl() throws Exception {
		Submission s = read("KFN IK delår 2025.csv", """
				Kontrollmoment;Ansvarig;Status;Kommentar
				Kontantkassor på bibliotek och simhall inventeras;Bibl.chef;Genomförd;Inventering av 4 kassor.
				Kvarnby kommun                                              Sida 2 (2);;;
				Inventarieförteckning för konstsamlingen uppdateras;Kulturchef;Utgår;Beslut KFN 2025-02-13 § 18.
				""");
		assertThat(s.controls()).extracting(Control::kontrollmoment).containsExactly(
				"Kontantkassor på bibliotek och simhall inventeras",
				"Inventarieförteckning för konstsamlingen uppdateras");
	}

	/**
	 * Round 355: the nämnd's overall assessment under the table, its label in the first column ending in a colon and
	 * its word in the status column, is the assessment, not a control.
	 */
	@Test
	void takesALabelNamingTheOverallAssessmentAndItsWordUnderTheTableForTheAssessment() throws Exception {
		Submission s = read("KS_IK_uppfoljning_helar_2025.csv", """
				Nr;Kontrollmoment;Ansvarig;Status;Kommentar
				1;Kontroll av kontanthantering och handkassor;Controller;Genomförd;Kassorna stämde.
				;;;;
				Kommunstyrelsens samlade bedömning av den interna kontrollen 2025:;;;Tillräcklig med brister;
				""");
		assertThat(s.controls()).extracting(Control::kontrollmoment)
			.containsExactly("Kontroll av kontanthantering och handkassor");
		assertThat(s.assessment()).contains("Tillräcklig med brister");
	}

	/**
	 * Rounds 257, 259 and 347: who signed, on a line under the table with their title or unit and no date ("Jonas Vik,
	 * räddningschef", "Överförmyndarenheten, Karin Brännström", "Ordförande: Per-Olof Nyström"), is no control.
	 */
	@Test
	void takesANameWithATitleOrUnitUnderTheTableForWhoSigned() throws Exception {
		Submission s = read("RTRV IK 2025.csv", """
				Kontrollmoment;Status;Kommentar
				Kontroll av att tillsynsavgifter faktureras;Genomförd;Samtliga fakturerade.
				Kontroll av att övningstid registreras;Pågår;
				;;
				Jonas Vik, räddningschef;;
				Överförmyndarenheten, Karin Brännström;;
				Ordförande: Per-Olof Nyström;;
				""");
		assertThat(s.controls()).extracting(Control::kontrollmoment).containsExactly(
				"Kontroll av att tillsynsavgifter faktureras", "Kontroll av att övningstid registreras");
	}

	/**
	 * Round 253: a line telling how to fill in the template ("Tertial 3 fylls i vid helårsuppföljningen") names a period
	 * the template has, not the one reported: the latest period filled in tells it.
	 */
	@Test
	void takesNoPeriodFromASentenceTellingHowToFillInTheTemplate() throws Exception {
		Path file = workbook("Tekniska nämnden IK 2025.xlsx", "IK 2025", new String[][] { { "Tekniska nämnden – internkontrollplan 2025 med uppföljning" },
				{ "Uppföljning per tertial. Fyll i bedömning för aktuell period. Tertial 3 fylls i vid helårsuppföljningen." },
				{ "Kontrollpunkt", "T1", "T2", "T3", "Noteringar" },
				{ "Kontroll av entreprenörens fakturor", "Avklarat", "Avklarat", "", "" },
				{ "Vinterväghållning följs upp mot avtal", "Pågående arbete", "Klart", "", "" } });
		Submission s = interpreter.interpret(file, "Tekniska nämnden IK 2025.xlsx", 2025).get(0);
		assertThat(s.period()).contains(Period.T2);
	}

	/**
	 * Round 335: a file named for the first tertial whose delår column most controls have a status in reports the
	 * delår; a later period's column with one row's note does not (round 95), nor a quarter's (round 201).
	 */
	@Test
	void takesTheLatestPeriodMostControlsHaveAStatusForOverAnEarlierOneTheNameSays() throws Exception {
		Submission s = read("VON_IKP2025_uppf_T1_delar.csv", """
				Kontrollmoment;Status T1;Status delår;Status helår;Kommentar
				Genomförandeplan upprättas inom 14 dagar;G;G;;
				Läkemedelshantering kontrolleras;P;G;;
				Privata medel på gruppbostäder;;E;;Ej påbörjad.
				""");
		assertThat(s.period()).contains(Period.DELAR);
		assertThat(s.reading().period().where()).isEqualTo("kolumnrubriken 'Status delår', den senaste perioden som "
				+ "de flesta kontroller har en status för (filnamnet säger T1)");
		Submission noted = read("BUN IK 2025 uppföljning T1.csv", """
				Kontrollmoment;Status T1;Status helår;Kommentar
				Attest av leverantörsfakturor;Genomförd;;
				Skolskjutsbeslut enligt riktlinjer;Pågår;Planeras okt;
				Registerutdrag vid anställning;Genomförd;;
				""");
		assertThat(noted.period()).contains(Period.T1);
		Submission quarters = read("KFN IK tertial 1 2025.csv", """
				Kontrollmoment;Kv 1;Kv 2;Kommentar
				Kassainventering;Genomförd;Genomförd;
				Föreningsbidrag;Genomförd;Genomförd;
				""");
		assertThat(quarters.period()).contains(Period.T1);
	}

	/** Round 291: "Helårsbedömning" is the status of the whole year, after T3. */
	@Test
	void readsAPeriodJoinedToTheHeadingsWordAsThatPeriodsStatus() throws Exception {
		Submission s = read("KS_IK_helar_2025.csv", """
				Kontrollmoment;T1;T2;T3;Helårsbedömning;Kommentar
				Kontroll av att utredningar avslutas inom fyra månader;Pågår;Pågår;Pågår;Genomförd utan anmärkning;
				Avstämning av fakturerade avgifter;Genomförd;Genomförd;Genomförd;Ej genomförd;Flyttas till plan 2026.
				""");
		assertThat(statuses(s)).containsExactly(ControlStatus.GENOMFORD, ControlStatus.EJ_GENOMFORD);
	}

	/**
	 * Round 291: a later period's dash, or "Se T1" pointing back, reports nothing of its own: the period that reported
	 * the control stands.
	 */
	@Test
	void letsAnEarlierPeriodStandForALaterDashOrPointerToIt() throws Exception {
		Submission s = read("KS_IK_helar_2025.csv", """
				Kontrollmoment;T1;T2;T3;Kommentar
				Nyckelkvittenser finns för samtliga nycklar;Genomförd;–;–;
				Beslut om försörjningsstöd fattas enligt delegationsordningen;Genomförd;–;Se T1;Kontrollen görs en gång per år.
				Avstämning av fakturerade avgifter;Genomförd;Genomförd;Ej genomförd;Byte av verksamhetssystem i december.
				""");
		assertThat(s.controls()).extracting(c -> c.decision().status(), c -> c.decision().evidence()).containsExactly(
				Tuple.tuple(ControlStatus.GENOMFORD, "statuskolumnen 'T1' (senast med något redovisat; 'T3': '–')"),
				Tuple.tuple(ControlStatus.GENOMFORD, "statuskolumnen 'T1' (senast med något redovisat; 'T3': 'Se T1')"),
				Tuple.tuple(ControlStatus.EJ_GENOMFORD, "statuskolumnen 'T3'"));
	}

	/** Round 287: a template written without Swedish letters signs as it writes ("Upprattad av"). */
	@Test
	void takesASignatureWrittenWithoutSwedishLettersForNoControl() throws Exception {
		Submission s = read("KFN ik-uppf delar 2025.csv", """
				Kontrollmoment;Status;Kommentar
				Dagliga kassaavstamningar i simhallen;Genomford;Inga kassadifferenser.
				Tillstand och kontroll av lotterier;Utgar;Ny spellag.
				;;
				Upprattad av Per Sund 2025-09-05;;
				""");
		assertThat(s.controls()).extracting(Control::kontrollmoment, c -> c.decision().status()).containsExactly(
				Tuple.tuple("Dagliga kassaavstamningar i simhallen", ControlStatus.GENOMFORD),
				Tuple.tuple("Tillstand och kontroll av lotterier", ControlStatus.UTGAR));
	}

	/** Round 286: a template's own words telling where to write, in a wording of its own, are no answer. */
	@Test
	void readsATemplatesWordsTellingWhereToWriteAsNothingWritten() throws Exception {
		Submission s = read("BUN IK T2 2025.csv", """
				Kontrollmoment;Status;Kommentar
				Kontroll av interkommunala ersättningar;;Klicka eller tryck här för att skriva text.
				Avgifter för fritidshem debiteras enligt taxa;;Beskriv resultatet här.
				Skolskjutsar följer riktlinjerna;Genomförd;Skriv här vilka som kontrollerats: alla 12 linjer.
				""");
		assertThat(s.controls()).extracting(c -> c.decision().status(), Control::result).containsExactly(
				Tuple.tuple(ControlStatus.SAKNAS, ""), Tuple.tuple(ControlStatus.SAKNAS, ""),
				Tuple.tuple(ControlStatus.GENOMFORD, "Skriv här vilka som kontrollerats: alla 12 linjer."));
	}

	/** Round 292: a table of key figures above the controls measures the verksamhet; its rows are no controls. */
	@Test
	void readsNoControlsFromATableOfKeyFiguresAboveTheControls() throws Exception {
		Path file = workbook("Socialnämnden tertialuppföljning 1 2025.xlsx", "T1 2025", new String[][] {
				{ "Socialnämnden – Tertialuppföljning 1, 2025" },
				{ "Nyckeltal", "Utfall T1 2024", "Utfall T1 2025", "Mål 2025" },
				{ "Antal hushåll med ekonomiskt bistånd (snitt/månad)", "412", "398", "400" },
				{ "Väntetid till första besök försörjningsstöd (dagar)", "11", "9", "10" },
				{},
				{ "Uppföljning av intern kontroll" },
				{ "Kontrollmoment", "Status", "Kommentar" },
				{ "Beslut om ekonomiskt bistånd fattas enligt delegationsordningen", "Genomförd", "Inga avvikelser." },
				{ "Sekretessförbindelse har undertecknats vid nyanställning", "Pågår", "" } });
		Submission s = interpreter.interpret(file, "Socialnämnden tertialuppföljning 1 2025.xlsx", 2025).get(0);
		assertThat(s.controls()).extracting(Control::kontrollmoment).containsExactly(
				"Beslut om ekonomiskt bistånd fattas enligt delegationsordningen",
				"Sekretessförbindelse har undertecknats vid nyanställning");
	}

	/**
	 * Round 295: when the control was last done or actually done, as a date, says it was done; who signed for it
	 * ("Sign.") is no traffic light's signal.
	 */
	@Test
	void readsTheDayAControlWasLastOrActuallyDoneAsDoneAndTheSignatureAsWhoDidIt() throws Exception {
		Submission s = read("SBN IK helar 2025.csv", """
				Kontrollmoment;Planerat datum;Faktiskt datum;Sign.;Kommentar
				Kontroll av att VA-anslutningsavgifter debiteras enligt taxa;2025-06-30;2025-06-17;PW;Två fel rättade.
				Kontroll av att arrendeavtal är indexuppräknade;2025-11-30;;;
				""");
		assertThat(s.controls()).extracting(c -> c.decision().status(), Control::responsible).containsExactly(
				Tuple.tuple(ControlStatus.GENOMFORD, "PW"), Tuple.tuple(ControlStatus.SAKNAS, ""));
		Submission last = read("MBN IK helar 2025.csv", """
				Kontrollmoment;Kontrollfrekvens;Senast kontrollerad;Kontrollerad av;Kommentar
				Kontroll av att bygglov handläggs inom lagstadgad tid;Kvartalsvis;2025-12-08;SH;6 av 212 ärenden för sent.
				Kontroll av att delegationsbeslut anmäls till nämnden;Månadsvis;;;
				""");
		assertThat(statuses(last)).containsExactly(ControlStatus.GENOMFORD, ControlStatus.SAKNAS);
	}

	/**
	 * Round 294: symbols before their words, two spaces apart, in a legend line that also explains a blank cell with
	 * "=" ("Tom ruta = ingen kontroll planerad").
	 */
	@Test
	void readsALegendOfSymbolsBeforeTheirWordsBesideACodeExplainedWithAnEqualsSign() throws Exception {
		Path file = workbook("KS uppföljning intern kontroll 2025.xlsx", "Uppföljning 2025", new String[][] {
				{ "Kommunstyrelsen – uppföljning av intern kontroll 2025, helår" },
				{ "Teckenförklaring: ● genomförd utan anmärkning  ◐ genomförd med anmärkning  ◔ påbörjad  ○ ej genomförd  "
						+ "– utgår. Tom ruta = ingen kontroll planerad/rapporterad för tertialet." },
				{},
				{ "Nr", "Kontrollmoment", "T1", "T2", "T3", "Kommentar" },
				{ "1.1.1", "Kontroll av att balanskonton är avstämda", "●", "●", "●", "" },
				{ "1.1.2", "Kontroll av att periodiseringar görs enligt redovisningsprinciperna", "●", "●", "◐", "En felaktig periodisering." },
				{ "1.1.3", "Kontroll av att anläggningsregistret stämmer mot huvudboken", "", "◔", "", "" } });
		Submission s = interpreter.interpret(file, "KS uppföljning intern kontroll 2025.xlsx", 2025).get(0);
		assertThat(statuses(s)).containsExactly(ControlStatus.GENOMFORD, ControlStatus.GENOMFORD, ControlStatus.DELVIS);
	}

	/** Round 292: a total counting so many of so many ("Summa genomförda | 4 av 6") is no control. */
	@Test
	void takesATotalOfSoManyOfSoManyForNoControl() throws Exception {
		Submission s = read("KFN VB 2025.csv", """
				Kontrollmoment;Genomförd (Ja/Nej/Delvis);Avvikelse
				Föreningsbidrag betalas ut enligt regelverket;Ja;Nej
				Inventering av konst mot konstregistret;Delvis;Nej
				Summa genomförda;4 av 6;
				""");
		assertThat(s.controls()).extracting(Control::kontrollmoment).containsExactly(
				"Föreningsbidrag betalas ut enligt regelverket", "Inventering av konst mot konstregistret");
	}

	/**
	 * Round 311: an export with a row per point of each control ("Kontrollmoment | Kontrollpunkt | Svar"), the
	 * control's text, status and comment said again on each: one control each, its status its own or, left blank, told
	 * by the points' answers.
	 */
	@Test
	void readsAControlOnARowPerPointAsOneControlToldByTheAnswersWhenItHasNoStatus() throws Exception {
		Submission s = read("TN IK delår 2025.csv", """
				Kontrollmoment;Kontrollpunkt;Svar;Status kontrollmoment;Kommentar
				Attest av leverantörsfakturor;Är fakturan attesterad?;Ja;Klar med avvikelse;Två fakturor saknade attest.
				Attest av leverantörsfakturor;Finns underlag som styrker fakturan?;Nej;Klar med avvikelse;Två fakturor saknade attest.
				Debitering av VA-avgifter enligt taxa;Brukningsavgift enligt gällande taxa;Ja;;
				Debitering av VA-avgifter enligt taxa;Anläggningsavgift vid ny anslutning;Ja;;
				Diarieföring av inkommande handlingar;Diarieförd inom två arbetsdagar;Ja;;
				Diarieföring av inkommande handlingar;Kopplad till rätt ärende;;;
				""");
		assertThat(s.controls()).extracting(Control::kontrollmoment).containsExactly("Attest av leverantörsfakturor",
				"Debitering av VA-avgifter enligt taxa", "Diarieföring av inkommande handlingar");
		assertThat(statuses(s)).containsExactly(ControlStatus.GENOMFORD, ControlStatus.GENOMFORD, ControlStatus.DELVIS);
		assertThat(s.controls().get(0).decision().rawText()).isEqualTo("Klar med avvikelse");
		assertThat(s.controls().get(0).result()).isEqualTo("Två fakturor saknade attest.");
		assertThat(s.controls().get(2).decision().evidence()).isEqualTo("svaren i kolumnen 'Svar': 1 av 2 "
				+ "kontrollpunkter besvarade, 1 med ja; kontrollen är inte gjord för alla punkter; statuscellen är tom");
	}

	/** Round 311: every point answered, "Nej" among them, is a control carried out that found a deviation. */
	@Test
	void takesEveryPointAnsweredForAControlCarriedOutWithADeviationWhereOneIsNo() throws Exception {
		Submission s = read("BUN IK delår 2025.csv", """
				Nr;Kontrollmoment / kontrollpunkt;Svar;Samlad status;Kommentar
				1;Attest av leverantörsfakturor enligt attestordningen;;Genomförd;
				1.1;Är fakturan attesterad av behörig attestant?;Ja;;
				1.2;Finns underlag som styrker fakturan?;Delvis;;2 av 25 fakturor saknade beställning.
				2;Uppföljning av elever med hög frånvaro;;;
				2.1;Finns rutin för anmälan till elevhälsan?;Ja;;
				2.2;Har kontakt med vårdnadshavare dokumenterats?;Nej;;
				3;Hantering av kontanta medel och handkassor;;;
				3.1;Stäms handkassan av månadsvis?;;;
				""");
		assertThat(s.controls()).extracting(Control::kontrollmoment).containsExactly(
				"Attest av leverantörsfakturor enligt attestordningen", "Uppföljning av elever med hög frånvaro",
				"Hantering av kontanta medel och handkassor");
		assertThat(statuses(s)).containsExactly(ControlStatus.GENOMFORD, ControlStatus.GENOMFORD, ControlStatus.SAKNAS);
		assertThat(s.controls().get(1).decision().deviationInStatus()).isTrue();
	}

	/** Round 311: steps of a control, each with a status for the period: some done is the control partly done. */
	@Test
	void readsAControlOfStepsEachWithItsStatusAsDoneOnlyWhenEveryStepIs() throws Exception {
		Path file = workbook("KFN IK 2025.xlsx", "IK 2025", new String[][] {
				{ "Kontrollmoment", "Kontrollsteg", "Utfört T1", "Utfört delår", "Kommentar" },
				{ "Föreningsbidrag enligt bidragsreglerna", "Ansökan är komplett", "Delvis", "Ja", "" },
				{ "Föreningsbidrag enligt bidragsreglerna", "Beslut av behörig delegat", "Ja", "Ja", "" },
				{ "Kassahantering i simhallen", "Dagsavstämning av kassan", "Ja", "Ja", "" },
				{ "Kassahantering i simhallen", "Kassan stäms av mot banken", "Nej", "Nej", "Differens 300 kr." },
				{ "Inventering av konstsamlingen", "Inventering på plats", "Ja", "", "Klar i april." },
				{ "Inventering av konstsamlingen", "Förteckningen uppdaterad", "Ja", "", "" } });
		Submission s = interpreter.interpret(file, "KFN IK 2025.xlsx", 2025).get(0);
		assertThat(s.controls()).hasSize(3);
		assertThat(statuses(s)).containsExactly(ControlStatus.GENOMFORD, ControlStatus.DELVIS, ControlStatus.GENOMFORD);
	}

	/**
	 * Round 311: a sheet listing each control's points by the control's number ("V1 | Kp 1 | …"), beside the sheet
	 * that reports on V1, V2 …: no controls of its own.
	 */
	@Test
	void leavesOutASheetOfTheControlsPointsListedByTheirNumbers() throws Exception {
		java.util.LinkedHashMap<String, String[][]> sheets = new java.util.LinkedHashMap<>();
		sheets.put("Uppföljning", new String[][] {
				{ "ID", "Kontrollmoment", "Status", "Kommentar" },
				{ "V1", "Läkemedelshantering – signeringslistor kontrolleras", "Genomförd", "" },
				{ "V2", "Avgifter inom hemtjänst debiteras enligt beslut", "Delvis", "" } });
		sheets.put("Kontrollpunkter", new String[][] {
				{ "ID", "Kp", "Kontrollpunkt" },
				{ "V1", "Kp 1", "Signeringslista finns för varje brukare" },
				{ "V1", "Kp 2", "Samtliga administrerade doser är signerade" },
				{ "V2", "Kp 1", "Avgiftsbeslut finns" },
				{ "V2", "Kp 2", "Debiterad tid motsvarar registrerad tid" } });
		Path file = workbook("VON IK delår 2025.xlsx", sheets);
		Submission s = interpreter.interpret(file, "VON IK delår 2025.xlsx", 2025).get(0);
		assertThat(statuses(s)).containsExactly(ControlStatus.GENOMFORD, ControlStatus.DELVIS);
		assertThat(s.message()).contains("Hoppade över fliken 'Kontrollpunkter' (delarna av kontrollerna i fliken "
				+ "'Uppföljning', med kontrollernas nummer).");
	}

	/**
	 * Round 310: an export of last year's and this year's rows, a control carried over marked so this year ("Besiktning
	 * av lekplatser (från 2024)"): one control, this year's row.
	 */
	@Test
	void readsAControlCarriedOverFromLastYearAsTheSameControlAsLastYearsRow() throws Exception {
		Submission s = read("TN export helår 2025.csv", """
				Period;Kontrollmoment;Status;Kommentar
				Helår 2024;Besiktning av lekplatser genomförs enligt plan;Klar;
				Helår 2024;Kontroll av att fakturering av VA-avgifter sker enligt taxa;Klar;Inga fel.
				Helår 2025;Kontroll av att fakturering av VA-avgifter sker enligt taxa;Klar;Stickprov 50 abonnenter.
				Helår 2025;Besiktning av lekplatser genomförs enligt plan (från 2024);Klar med avvikelse;3 lekplatser sent.
				""");
		assertThat(s.controls()).extracting(Control::kontrollmoment).containsExactly(
				"Kontroll av att fakturering av VA-avgifter sker enligt taxa",
				"Besiktning av lekplatser genomförs enligt plan (från 2024)");
		assertThat(statuses(s)).containsExactly(ControlStatus.GENOMFORD, ControlStatus.GENOMFORD);
	}

	/**
	 * Round 310: last year's file reused, its title left ("Internkontrollplan 2024") above the line naming the period
	 * and the year reported on ("Uppföljning helår 2025 – rapporterad till styrelsen 2026-02-10").
	 */
	@Test
	void takesTheYearOfTheLineNamingThePeriodOverAStaleTitleAboveIt() throws Exception {
		Path file = workbook("Solbacka Bostäder AB - intern kontroll.xlsx", "Internkontroll", new String[][] {
				{ "Solbacka Bostäder AB – Internkontrollplan 2024" },
				{ "Uppföljning helår 2025 – rapporterad till styrelsen 2026-02-10" },
				{},
				{ "Kontrollpunkt", "Ansvarig", "Bedömning 2024", "Bedömning 2025", "Kommentar" },
				{ "Hyresavier överensstämmer med gällande hyresavtal", "Ekonomichef", "Genomförd", "Genomförd", "" },
				{ "Hyresfordringar – påminnelse och inkasso enligt rutin", "Ekonomichef", "Delvis", "Genomförd", "" } });
		Submission s = interpreter.interpret(file, "Solbacka Bostäder AB - intern kontroll.xlsx", 2026).get(0);
		assertThat(s.year()).isEqualTo(2025);
		assertThat(s.period()).contains(Period.HELAR);
	}

	/**
	 * Round 315: a spreadsheet's checkboxes saved as text ("TRUE" / "FALSE") under a status column's own heading are a
	 * control ticked as done or not.
	 */
	@Test
	void readsTrueAndFalseUnderAStatusHeadingAsACheckboxTickedOrNot() throws Exception {
		Submission s = read("Bostäder AB IK T2 2025.csv", """
				Område,Kontrollmoment,Ansvarig,Kontroll utförd,Avvikelse,Kommentar
				Hyresadministration,Hyresavier enligt förhandlingsöverenskommelsen,Ekonomiansvarig,TRUE,FALSE,Stickprov 25 kontrakt
				Fastighetsförvaltning,Systematiskt brandskyddsarbete dokumenteras,Förvaltare,FALSE,FALSE,
				""");
		assertThat(statuses(s)).containsExactly(ControlStatus.GENOMFORD, ControlStatus.EJ_GENOMFORD);
	}

	/** Round 313: a range of quarters ("utfall kvartal 1–4", "Q1-Q4") is followed up as its last quarter. */
	@Test
	void takesARangeOfQuartersForItsLastQuarter() throws Exception {
		Path file = workbook("SEAB Internkontrollprogram 2025 Q1-Q4.xlsx", "IK 2025", new String[][] {
				{ "Storbäcken Energi AB" },
				{ "Internkontrollprogram 2025 – utfall kvartal 1–4" },
				{},
				{ "Kontrollaktivitet", "Q1", "Q2", "Q3", "Q4", "Notering" },
				{ "Avläsning av fjärrvärmemätare stäms av mot fakturering", "✓", "✓", "✓", "✓", "" },
				{ "Behörigheter i kundsystemet ses över", "–", "✓", "–", "✗", "" } });
		Submission s = interpreter.interpret(file, "SEAB Internkontrollprogram 2025 Q1-Q4.xlsx", 2026).get(0);
		assertThat(s.period()).contains(Period.HELAR);
	}

	/** Round 315: a change log's line ("T1 ifylld") says when the file was worked on, not the period it reports. */
	@Test
	void takesNoPeriodFromAChangeLogSheet() throws Exception {
		java.util.LinkedHashMap<String, String[][]> sheets = new java.util.LinkedHashMap<>();
		sheets.put("Plan & uppföljning", new String[][] {
				{ "Internkontrollplan 2025 Barn- och utbildningsnämnden – uppföljning" },
				{},
				{ "Kontrollmoment", "Status T1", "Status T2", "Kommentar T2" },
				{ "Attest av leverantörsfakturor enligt attestordningen", "Genomförd", "Genomförd", "" },
				{ "Registerkontroll vid nyanställning", "Pågår", "Genomförd", "" } });
		sheets.put("Ändringslogg", new String[][] {
				{ "Datum", "Ändring", "Av" },
				{ "2025-05-12", "T1 ifylld", "Controller" },
				{ "2025-09-08", "Kommentarer uppdaterade", "Controller" } });
		Path file = workbook("Internkontrollplan 2025 BUN – uppföljning.xlsx", sheets);
		Submission s = interpreter.interpret(file, "Internkontrollplan 2025 BUN – uppföljning.xlsx", 2025).get(0);
		assertThat(s.period()).contains(Period.T2);
	}

	/**
	 * Round 446: a text export in sections, each under "Nämnd:" and the nämnd's name in the next column, with the
	 * header again: each section is its nämnd's follow-up.
	 */
	@Test
	void readsEachNamndSectionOfATextExportAsThatNamndsFollowUp() throws Exception {
		String export = String.join("\r\n", "Rapport:\tUppföljning internkontroll",
				"Period:\t2025-01-01 – 2025-08-31 (delår)", "", "Nämnd:\tTekniska nämnden (TN)",
				"ID\tKontrollmoment\tAnsvarig\tStatus\tKommentar",
				"TN-01\tFakturor för entreprenader stäms av mot avtalade á-priser\tProjektledare\tGenomförd\tInga fel.",
				"TN-02\tBesiktning av lekplatser enligt SS-EN 1176\tParkingenjör\tPågår\tHälften klara.",
				"Antal kontrollmoment:\t2", "", "Nämnd:\tKommunstyrelsen (KS)",
				"ID\tKontrollmoment\tAnsvarig\tStatus\tKommentar",
				"KS-01\tAttest av leverantörsfakturor enligt attestordningen\tEkonomichef\tGenomförd\tInga fel.",
				"KS-02\tDelegationsbeslut anmäls till nämnden\tNämndsekreterare\tEj påbörjad\t", "Antal kontrollmoment:\t2");
		Path file = Files.writeString(dir.resolve("LEDA_IK_2025-08.txt"), export, StandardCharsets.UTF_8);
		assertThat(interpreter.interpret(file, "LEDA_IK_2025-08.txt", 2025))
			.extracting(Submission::namnd, SubmissionInterpreterTests::kontrollmoment)
			.containsExactly(
					Tuple.tuple("Tekniska nämnden", List.of("Fakturor för entreprenader stäms av mot avtalade á-priser",
							"Besiktning av lekplatser enligt SS-EN 1176")),
					Tuple.tuple("Kommunstyrelsen", List.of("Attest av leverantörsfakturor enligt attestordningen",
							"Delegationsbeslut anmäls till nämnden")));
	}

	/**
	 * Round 451: a tree export whose row types name processes, controls, their checkpoints and a summary, the
	 * organisation repeated on every row: only the controls are controls.
	 */
	@Test
	void readsOnlyTheControlRowsOfATreeExportWithCheckpointsAndSummaries() throws Exception {
		Submission s = read("Stratsys_IK_delar2025_export.csv", String.join("\n",
				"Organisation;Typ;Id;Namn;Period;Status;Kommentar;Ansvarig",
				"Tekniska nämnden;Process;P1;Bygglovshantering;Delår 2025 (jan–aug);;;",
				"Tekniska nämnden;Kontrollmoment;K1.1;Handläggningstid för bygglov håller tio veckor;Delår 2025 (jan–aug);"
						+ "Klar;20 av 20 stickprov inom tidsfristen.;Bygglovschef",
				"Tekniska nämnden;Kontrollpunkt;K1.1.1;Stickprov 1–10 (jan–apr);Delår 2025 (jan–aug);Klar;Utan anmärkning;",
				"Tekniska nämnden;Kontrollpunkt;K1.1.2;Stickprov 11–20 (maj–aug);Delår 2025 (jan–aug);Klar;;",
				"Tekniska nämnden;Kontrollmoment;K1.2;Delegationsbeslut anmäls till nämnden;Delår 2025 (jan–aug);Pågående;"
						+ "Januari–april kontrollerat.;Nämndsekreterare",
				"Tekniska nämnden;Kontrollpunkt;K1.2.1;Delegationslistor jan–apr;Delår 2025 (jan–aug);Klar;;",
				"Tekniska nämnden;Summering;;Summering Bygglovshantering;Delår 2025 (jan–aug);;1 av 2 kontrollmoment klara;"));
		assertThat(s.controls()).extracting(Control::kontrollmoment, c -> c.decision().status()).containsExactly(
				Tuple.tuple("Handläggningstid för bygglov håller tio veckor", ControlStatus.GENOMFORD),
				Tuple.tuple("Delegationsbeslut anmäls till nämnden", ControlStatus.DELVIS));
	}

	/** Round 446: a tree export's "Plan" row above its first process is the plan's name, no control. */
	@Test
	void readsAPlanRowAboveATreeExportsFirstProcessAsNoControl() throws Exception {
		Submission s = read("Stratsys_export_IK_Kommunstyrelsen_delar2025.csv", String.join("\n",
				"Organisation;Typ;Namn;Ansvarig;Status;Statuskommentar",
				"Kommunstyrelsen;Plan;Internkontrollplan 2025;Kommundirektör;;",
				"Kommunstyrelsen;Process;Ekonomi;;;",
				"Kommunstyrelsen;Kontrollmoment;Attest av leverantörsfakturor enligt attestordningen;Ekonomichef;"
						+ "Genomförd;Stickprov 25 fakturor.",
				"Kommunstyrelsen;Kontrollmoment;Representation följer riktlinjen;Redovisningsansvarig;Pågår;Hälften klar.",
				"Kommunstyrelsen;Process;Personal;;;",
				"Kommunstyrelsen;Kontrollmoment;Löneutbetalningar till nyanställda;HR-chef;Ej påbörjad;"));
		assertThat(s.controls()).extracting(Control::kontrollmoment).containsExactly(
				"Attest av leverantörsfakturor enligt attestordningen", "Representation följer riktlinjen",
				"Löneutbetalningar till nyanställda");
	}

	/**
	 * Round 434: an export's tertial as "2" under "Tertial", its year under "Ar": the period is the second tertial,
	 * the year the column's.
	 */
	@Test
	void readsATertialsNumberUnderItsHeadingAndTheYearInAColumnOfItsOwn() throws Exception {
		Submission s = read("tblIK_Uppfoljning_KFN.csv", String.join("\n",
				"\"ID\",\"Kontrollmoment\",\"Ar\",\"Tertial\",\"StatusText\",\"Kommentar\"",
				"\"1\",\"Kontroll av att föreningsbidrag betalas ut enligt beslut\",\"2025\",\"2\",\"Klar\",\"Inga fel.\"",
				"\"2\",\"Kassahantering i simhallens reception\",\"2025\",\"2\",\"Klar\",\"Inga differenser.\"",
				"\"3\",\"Uthyrning av lokaler faktureras enligt taxa\",\"2025\",\"2\",\"Pågående\",\"Jan–apr klart.\""));
		assertThat(s.year()).isEqualTo(2025);
		assertThat(s.period()).contains(Period.T2);
		assertThat(s.message()).contains("period ← 'Tertial' (kolumn D, av innehållet), år ← 'Ar' (kolumn C, av innehållet)")
			.contains("År: 2025, från kolumnen 'Ar', '2025' på rad 2. Period: T2, från kolumnen 'Tertial', 'Tertial 2' på rad 2.");
	}

	/**
	 * Round 444: "Period T1" and "Period T2" merged over their Status and Kommentar columns: each pair is its tertial's
	 * status and comment, no column of periods.
	 */
	@Test
	void readsStatusAndCommentColumnsUnderAMergedPeriodHeadingAsThatPeriods() throws Exception {
		Path file = dir.resolve("Uppföljning IK T2 2025 Teknik.xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
			String[][] rows = { { "Uppföljning internkontroll 2025" }, {},
					{ "ID", "Kontrollmoment", "Period T1", "", "Period T2", "" },
					{ "", "", "Status", "Kommentar", "Status", "Kommentar" },
					{ "TN-1", "Attest av leverantörsfakturor enligt attestordningen", "Slutförd", "Inga avvikelser.",
							"Slutförd", "Inga avvikelser." },
					{ "TN-2", "Drivmedelskort används endast för kommunens fordon", "Slutförd", "Inga fel.", "Pågående",
							"Juli–augusti pågår." },
					{ "TN-3", "Garantibesiktningar i investeringsprojekt bevakas", "Ej påbörjad", "", "", "" } };
			XSSFSheet sheet = sheet(workbook, "Tekniska nämnden", rows);
			sheet.addMergedRegion(CellRangeAddress.valueOf("C3:D3"));
			sheet.addMergedRegion(CellRangeAddress.valueOf("E3:F3"));
			workbook.write(out);
		}
		Submission s = interpreter.interpret(file, "Uppföljning IK T2 2025 Teknik.xlsx", 2025).get(0);
		assertThat(statuses(s)).containsExactly(ControlStatus.GENOMFORD, ControlStatus.DELVIS,
				ControlStatus.EJ_GENOMFORD);
		assertThat(s.message()).doesNotContain("period ←");
	}

	/**
	 * Round 448: the plan's columns under a group heading naming the plan at length, "Delår 2025 (jan–aug)" and
	 * "Helår 2025" over their Status and Kommentar: the latest filled period is the follow-up's.
	 */
	@Test
	void readsPeriodsFromGroupHeadingsBesideALongHeadingOverThePlansColumns() throws Exception {
		Path file = dir.resolve("BUN IKP 2025 delår och helår.xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
			String[][] rows = { { "Tekniska nämnden" }, { "Uppföljning av internkontrollplan 2025" }, {},
					{ "Internkontrollplan (antagen TN 2024-12-10 § 88)", "", "", "Delår 2025 (jan–aug)", "", "Helår 2025",
							"" },
					{ "Område", "Kontrollmoment", "Ansvarig", "Status", "Kommentar", "Status", "Kommentar" },
					{ "Ekonomi", "Attest av fakturor för skolskjuts enligt attestordningen", "Ekonom", "Genomförd",
							"Inga fel.", "Genomförd", "Stickprov 30 fakturor, inga fel." },
					{ "Ekonomi", "Kontroll av barnomsorgsavgifter mot inkomstuppgifter", "Handläggare", "Ej påbörjad",
							"Påbörjas under hösten.", "Pågår", "Inkomstkontrollen pågår." } };
			XSSFSheet sheet = sheet(workbook, "Uppföljning", rows);
			sheet.addMergedRegion(CellRangeAddress.valueOf("A4:C4"));
			sheet.addMergedRegion(CellRangeAddress.valueOf("D4:E4"));
			sheet.addMergedRegion(CellRangeAddress.valueOf("F4:G4"));
			workbook.write(out);
		}
		Submission s = interpreter.interpret(file, "BUN IKP 2025 delår och helår.xlsx", 2025).get(0);
		assertThat(s.period()).contains(Period.HELAR);
		assertThat(statuses(s)).containsExactly(ControlStatus.GENOMFORD, ControlStatus.DELVIS);
	}

	/**
	 * Round 396: a system's export with an "Organisation: …" row over each nämnd's rows: each such row heads the rows
	 * under it, so the file is a follow-up per nämnd, not all of it the first one's.
	 */
	@Test
	void readsEachOrganisationRowOfAnExportAsHeadingItsNamndsRows() throws Exception {
		Path file = workbook("Stratsys_export_2025-09-08.xlsx", "Rapport", new String[][] {
				{ "Rapport: Delårsuppföljning internkontroll 2025" }, { "Period: Augusti 2025" }, {},
				{ "Process", "Kontrollmoment", "Ansvarig", "Status", "Kommentar" },
				{ "Organisation: Tekniska nämnden" },
				{ "Gata/park", "Fakturor för vinterväghållning stäms av mot avtal", "Gatuchef", "Slutförd", "" },
				{ "VA", "Provtagning av dricksvatten enligt kontrollprogram", "VA-chef", "Pågående", "" },
				{ "Organisation: Kommunstyrelsen" },
				{ "Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Ekonomichef", "Slutförd", "" },
				{ "Personal", "Löneutbetalningar stäms av mot anställningsavtal", "HR-chef", "Ej påbörjad", "" } });
		List<Submission> read = interpreter.interpret(file, "Stratsys_export_2025-09-08.xlsx", 2025);
		assertThat(read).extracting(Submission::namnd, SubmissionInterpreterTests::kontrollmoment)
			.containsExactly(
					Tuple.tuple("Tekniska nämnden", List.of("Fakturor för vinterväghållning stäms av mot avtal",
							"Provtagning av dricksvatten enligt kontrollprogram")),
					Tuple.tuple("Kommunstyrelsen", List.of("Attest av leverantörsfakturor enligt attestordningen",
							"Löneutbetalningar stäms av mot anställningsavtal")));
	}

	/**
	 * Round 418: a förbund's sheet in parts, each under "2. Räddningsinsats" and a "Process: …" row with the header
	 * again, titled "per 31 augusti" over a "Status T2" column: the numbered names head the parts, no controls; the
	 * follow-up is the second tertial's, which ends on the day the delår does.
	 */
	@Test
	void readsNumberedPartHeadingsAsNoControlsAndAStatusT2ColumnUnderTheDelarsDayAsT2() throws Exception {
		String[] header = { "Kontrollmoment", "Metod", "Ansvarig", "Status T2", "Kommentar" };
		Path file = workbook("RTJ IK-uppföljning 2025.xls", "Uppföljning", new String[][] {
				{ "Tekniska förvaltningen" }, { "Uppföljning av internkontrollplan 2025 – per 31 augusti" }, {},
				{ "1. Ekonomi" }, { "Process: Inköp och fakturahantering" }, header,
				{ "Attest av leverantörsfakturor enligt attestordningen", "Stickprov", "Ekonom", "Genomförd", "" }, {},
				{ "2. Räddningsinsats" }, { "Process: Beredskap och utbildning" }, header,
				{ "Kontroll av rökdykarnas årliga fysiska test", "Registergenomgång", "Övningsansvarig", "Ej genomförd",
						"" } });
		Submission s = interpreter.interpret(file, "RTJ IK-uppföljning 2025.xls", 2025).get(0);
		assertThat(s.controls()).extracting(Control::kontrollmoment).containsExactly(
				"Attest av leverantörsfakturor enligt attestordningen", "Kontroll av rökdykarnas årliga fysiska test");
		assertThat(s.period()).contains(Period.T2);
	}

	/**
	 * Round 458: a tree export, a row per level named in its "Typ" column, its nämnd only on the tree's top row and
	 * its status column called "Uppföljningsstatus": the controls are the Kontrollmoment rows, the nämnd the top row's.
	 */
	@Test
	void readsATreeExportsNamndFromItsTopRow() throws Exception {
		Submission s = read("Tradexport_IK_2025_delar.csv", """
				Export: Internkontrollplan 2025 - Delårsuppföljning jan-aug,,,,
				Nivå,Typ,Rubrik,Uppföljningsstatus,Kommentar
				1,Nämnd,Tekniska nämnden,,
				2,Process,  Fakturahantering,,
				3,Risk,    Felaktiga betalningar,,
				4,Kontrollmoment,      Attest av leverantörsfakturor enligt attestordningen,Genomförd,Inga avvikelser.
				2,Process,  Fordon,,
				3,Risk,    Felaktig användning av fordon,,
				4,Kontrollmoment,      Kontroll av körjournaler för kommunens fordon,Pågår,Hälften granskad.
				""");
		assertThat(s.namnd()).isEqualTo("Tekniska nämnden");
		assertThat(s.controls()).extracting(Control::kontrollmoment, c -> c.decision().status()).containsExactly(
				tuple("Attest av leverantörsfakturor enligt attestordningen", ControlStatus.GENOMFORD),
				tuple("Kontroll av körjournaler för kommunens fordon", ControlStatus.DELVIS));
	}

	/**
	 * Round 460: "Tertial 1 | | Tertial 2 |" unmerged over "Status | Kommentar | Status | Kommentar", as a CSV has it:
	 * each tertial heads its columns, so the latest tertial's status counts, not a status per unit.
	 */
	@Test
	void readsUnmergedGroupHeadingsOverRepeatedColumnsAsPeriods() throws Exception {
		Submission s = read("Tekniska nämnden IK 2025 export.csv", """
				Tekniska nämnden – Internkontrollplan 2025;;;;;;
				Uppföljning per 2025-08-31 (tertial 2);;;;;;
				Plan;;;Tertial 1;;Tertial 2;
				Process;Kontrollmoment;Ansvarig;Status;Kommentar;Status;Kommentar
				Styrning;Beslut verkställs;Chef;Klar;;Avbruten;Avbruten genom beslut 2025-06-12 § 34.
				Ekonomi;Hyresavier stäms av mot hyresavtal;Ekonom;Pågår;Hälften avstämd.;Klar;Inga avvikelser.
				""");
		assertThat(s.controls()).extracting(c -> c.decision().status(), c -> c.decision().evidence()).containsExactly(
				tuple(ControlStatus.UTGAR, "statuskolumnen 'Tertial 2 Status' säger 'Avbruten', texten preciserar: "
						+ "'avbruten genom beslut'"),
				tuple(ControlStatus.GENOMFORD, "statuskolumnen 'Tertial 2 Status'"));
	}

	/**
	 * Round 460: the legend's code for done beside the latest period's comment opening "Ej genomförd", the earlier
	 * period's comment first in the text: the two say opposite things, and the reading says so.
	 */
	@Test
	void readsACodeForDoneBesideTheLatestPeriodsCommentOpeningNotDoneAsUnclear() throws Exception {
		Submission s = read("Tekniska nämnden IK T2 2025.csv", """
				Process;Kontrollmoment;T1 Status;T1 Kommentar;T2 Status;T2 Kommentar
				IT;Loggkontroll i journalsystemet;EG;Ej levererat.;G;Ej genomförd, loggverktyget saknas fortfarande.
				Ekonomi;Attest av leverantörsfakturor;G;;G;Inga avvikelser.
				;;;;;
				Statusförklaring;;;;;
				G = Genomförd utan avvikelse;;;;;
				EG = Ej genomförd;;;;;
				""");
		assertThat(s.controls()).extracting(c -> c.decision().status())
			.containsExactly(ControlStatus.OKLAR, ControlStatus.GENOMFORD);
	}

	/**
	 * Round 465: "Avvikelse: J = avvikelse konstaterad, N = ingen avvikelse" under the status's key explains the
	 * deviation column's codes; the status's "N = Nej, kontrollen är inte genomförd" stands.
	 */
	@Test
	void readsTheDeviationColumnsKeyUnderTheStatusKeyForNoStatusCode() throws Exception {
		Submission s = read("Tekniska nämnden IK helår 2025.csv", """
				Nr;Kontrollmoment;Status helår;Avvikelse (J/N);Kommentar helår
				1;Behörighetsgenomgång i ekonomisystemet;N;;Flyttas till 2026.
				2;Attest av leverantörsfakturor enligt attestordningen;J;N;Stickprov 40 fakturor.
				;;;;
				Teckenförklaring:;;;;
				J = Ja, kontrollen är genomförd;;;;
				N = Nej, kontrollen är inte genomförd;;;;
				Avvikelse: J = avvikelse konstaterad, N = ingen avvikelse;;;;
				""");
		assertThat(s.controls()).extracting(c -> c.decision().status())
			.containsExactly(ControlStatus.EJ_GENOMFORD, ControlStatus.GENOMFORD);
	}

	/**
	 * Round 464: last year's follow-up left on a sheet of its own, "Helår 2024", beside this year's sheets per process
	 * of "…_delar_2025.xls", which name no year: its title dates no part of the file, and its controls are not read.
	 */
	@Test
	void leavesOutLastYearsSheetBesideSheetsNamingNoYearOfAFileNamedForThisYear() throws Exception {
		java.util.LinkedHashMap<String, String[][]> sheets = new java.util.LinkedHashMap<>();
		sheets.put("IFO", new String[][] {
				{ "Id", "Kontrollmoment", "Status", "Resultat delår" },
				{ "1", "Kontroll av att utbetalningar av ekonomiskt bistånd är attesterade", "Genomförd", "Inga fel." },
				{ "2", "Kontroll av att förhandsbedömning inleds inom 14 dagar", "Pågår", "" } });
		sheets.put("Helår 2024", new String[][] {
				{ "Tekniska nämnden – uppföljning helår 2024" },
				{ "Id", "Kontrollmoment", "Status", "Resultat helår" },
				{ "1", "Kontroll av att utbetalningar av ekonomiskt bistånd är attesterade", "Ej genomförd", "" },
				{ "2", "Kontroll av att förhandsbedömning inleds inom 14 dagar", "Genomförd", "" } });
		Path file = workbook("Tekniska_IK_uppfoljning_delar_2025.xlsx", sheets);
		Submission s = interpreter.interpret(file, "Tekniska_IK_uppfoljning_delar_2025.xlsx", 2026).get(0);
		assertThat(s.year()).isEqualTo(2025);
		assertThat(s.period()).contains(Period.DELAR);
		assertThat(s.controls()).extracting(Control::sheet, c -> c.decision().status()).containsExactly(
				tuple("IFO", ControlStatus.GENOMFORD), tuple("IFO", ControlStatus.DELVIS));
	}

	/** Round 477: a control's row exported twice, cell for cell, is one control; the copy is told in the reading. */
	@Test
	void readsARowRepeatedCellForCellRightUnderItOnce() throws Exception {
		Submission s = read("Stratsys_KS_delar_2025.csv", """
				Nivå;Namn;Status;Senaste kommentar
				Kontrollmoment;Attest av leverantörsfakturor;Genomförd;Stickprov 40 fakturor.
				Kontrollmoment;Kontroll av ändrade bankgironummer;Genomförd;Samtliga 14 ändringar verifierade.
				Kontrollmoment;Kontroll av ändrade bankgironummer;Genomförd;Samtliga 14 ändringar verifierade.
				Kontrollmoment;Kontroll av ändrade bankgironummer;Pågår;Hälften verifierade.
				""");
		assertThat(kontrollmoment(s)).containsExactly("Attest av leverantörsfakturor",
				"Kontroll av ändrade bankgironummer", "Kontroll av ändrade bankgironummer");
		assertThat(s.message()).contains("1 överhoppad rad (1 rad som upprepar raden ovanför cell för cell)");
	}

	/** Round 468: "Rapportör: …" under the table and its legend names who reported, no control. */
	@Test
	void readsTheReportersLineUnderTheLegendAsNoControl() throws Exception {
		Submission s = read("KFN IK T1 2025.csv", """
				Nr;Kontrollmoment;Ansvarig;T1;Kommentar
				1;Kassahantering i simhallen stäms av mot kassasystemet;Badmästare;G;Inga differenser.
				2;Föreningsbidrag betalas ut enligt riktlinjerna;Fritidskonsulent;P;
				;;;;
				;Teckenförklaring statuskoder:;;;
				;G = Genomförd;;;
				;P = Pågår;;;
				;;;;
				;Rapportör: Lena Bergström, kultur- och fritidschef;;;
				""");
		assertThat(kontrollmoment(s)).containsExactly("Kassahantering i simhallen stäms av mot kassasystemet",
				"Föreningsbidrag betalas ut enligt riktlinjerna");
	}

	/**
	 * Round 484: the controls' sentences in a column left without a heading, "Kontrollmetod" over "Stickprov 10
	 * fakturor" beside it: a heading naming the control only loosely, over shorter texts, loses to the sentences.
	 */
	@Test
	void readsTheSentencesOfAnUnheadedColumnAsTheControlsBesideALooseHeadingOverShortTexts() throws Exception {
		Submission s = read("Tekniska nämnden IK delår 2025.csv", """
				Nr;;Kontrollmetod;Ansvarig;Utfall;Kommentar/åtgärd
				1;Kontroll att fakturor för entreprenader stäms av mot avtal;Stickprov 10 fakturor;Ekonom;Genomförd;
				2;Kontroll av behörigheter i fastighetssystemet Vitec;Genomgång av behörighetslista;Ekonom;Delvis;
				3;Kontroll av att egenkontroller av lekplatser dokumenteras;Genomgång av protokoll;Chef;Ej genomförd;
				""");
		assertThat(kontrollmoment(s)).containsExactly("Kontroll att fakturor för entreprenader stäms av mot avtal",
				"Kontroll av behörigheter i fastighetssystemet Vitec",
				"Kontroll av att egenkontroller av lekplatser dokumenteras");
	}

	/**
	 * Round 484: an export of answers a row per question ("Genomförd?", "Avvikelse?", "Kommentar") under "Fråga",
	 * each answer under "Svar": a control's rows are one control, each question a column of it.
	 */
	@Test
	void readsAnExportOfAnswersARowPerQuestionAsOneControlPerControl() throws Exception {
		Submission s = read("Hypergene_IK_svar_export_20250905.csv", """
				Organisation;Period;Kontroll-ID;Kontrollmoment;Fråga;Svar;Senast ändrad
				Tekniska nämnden;Delår 2025;TN-01;Attest av leverantörsfakturor;Genomförd?;Ja;2025-09-02
				Tekniska nämnden;Delår 2025;TN-01;Attest av leverantörsfakturor;Avvikelse?;Nej;2025-09-03
				Tekniska nämnden;Delår 2025;TN-01;Attest av leverantörsfakturor;Kommentar;25 fakturor.;2025-09-03
				Tekniska nämnden;Delår 2025;TN-02;Loggkontroll i ekonomisystemet;Genomförd?;Nej;2025-09-04
				Tekniska nämnden;Delår 2025;TN-02;Loggkontroll i ekonomisystemet;Avvikelse?;;2025-09-04
				Tekniska nämnden;Delår 2025;TN-02;Loggkontroll i ekonomisystemet;Kommentar;Görs under T3.;2025-09-04
				Tekniska nämnden;Delår 2025;TN-03;Inventering av inventarier;Genomförd?;Delvis;2025-09-01
				Tekniska nämnden;Delår 2025;TN-03;Inventering av inventarier;Avvikelse?;Ja;2025-09-01
				Tekniska nämnden;Delår 2025;TN-03;Inventering av inventarier;Kommentar;Två datorer saknas.;2025-09-01
				""");
		assertThat(s.controls()).extracting(Control::kontrollmoment, c -> c.decision().status()).containsExactly(
				tuple("Attest av leverantörsfakturor", ControlStatus.GENOMFORD),
				tuple("Loggkontroll i ekonomisystemet", ControlStatus.EJ_GENOMFORD),
				tuple("Inventering av inventarier", ControlStatus.DELVIS));
		assertThat(s.controls()).extracting(Control::row).containsExactly(2, 5, 8);
	}

	/**
	 * Round 482: the same control's text on its rows per period ("Jäv – kontroll av att …" for T1 and T2) is no
	 * legend explaining a code "Jäv"; the control is read.
	 */
	@Test
	void readsAControlWhoseTextOpensWithAWordAndADashOnItsRowsPerPeriod() throws Exception {
		Submission s = read("Stratsys_Rapport_Internkontroll_2025-09-12.csv", """
				Organisation;Process;Kontrollmoment;Period;Status;Kommentar
				Tekniska nämnden;Taxor;Debitering av årlig tillsynsavgift enligt taxa;2025 T1;Slutförd;Inga fel.
				Tekniska nämnden;Taxor;Debitering av årlig tillsynsavgift enligt taxa;2025 T2;Slutförd;Inga fel.
				Tekniska nämnden;Myndighet;Jäv – kontroll av att jävsförklaringar finns för handläggare;2025 T1;;
				Tekniska nämnden;Myndighet;Jäv – kontroll av att jävsförklaringar finns för handläggare;2025 T2;;
				""");
		assertThat(kontrollmoment(s)).containsExactly("Debitering av årlig tillsynsavgift enligt taxa",
				"Jäv – kontroll av att jävsförklaringar finns för handläggare");
	}

	/**
	 * Round 481: a summary above the table counting each status ("Genomförd | 2", "Ej genomförd | 1"): no header and
	 * no controls; the table below is read by its own header.
	 */
	@Test
	void readsNoHeaderNorControlsInASummaryOfStatusCountsAboveTheTable() throws Exception {
		Submission s = read("Kultur och fritid IK delår 2025.csv", """
				Kultur- och fritidsnämnden – uppföljning internkontroll, delår 2025;;;;
				;;;;
				Sammanställning;;;;
				Genomförd;4;;;
				Delvis genomförd;2;;;
				Ej genomförd;1;;;
				Ej aktuell;1;;;
				Totalt antal kontrollmoment;8;;;
				Status väljs bland: Genomförd, Delvis genomförd, Ej genomförd, Ej aktuell;;;;
				;;;;
				Kontrollområde;Kontrollmoment;Ansvarig;Status;Kommentar
				Föreningsstöd;Föreningsbidrag – bidrag betalas ut enligt riktlinjerna;Handläggare;Genomförd;Inga fel.
				Kassa;Kontanthantering i simhallens kassa – dagliga kassaavstämningar;Badmästare;Genomförd;
				Bibliotek;Biblioteket – kontroll av förseningsavgifter;Bibliotekschef;Delvis genomförd;
				Tillstånd;Lotteritillstånd – kontroll av redovisning från föreningar;Handläggare;Ej genomförd;
				""");
		assertThat(kontrollmoment(s)).containsExactly("Föreningsbidrag – bidrag betalas ut enligt riktlinjerna",
				"Kontanthantering i simhallens kassa – dagliga kassaavstämningar",
				"Biblioteket – kontroll av förseningsavgifter",
				"Lotteritillstånd – kontroll av redovisning från föreningar");
	}

	/**
	 * Round 482: a process's sheet beside the summary of all controls, each of its rows with a result and an action
	 * on a deviation, and the control's risk: the plan followed up, no action plan; its controls are read from it.
	 */
	@Test
	void readsAProcessSheetWithRisksAndActionsBesideTheSummaryAsTheFollowUp() throws Exception {
		java.util.LinkedHashMap<String, String[][]> sheets = new java.util.LinkedHashMap<>();
		sheets.put("Sammanställning", new String[][] {
				{ "Tekniska nämnden – uppföljning av internkontrollplan 2025, tertial 2" }, {},
				{ "Nr", "Process", "Kontrollmoment", "Status T2" },
				{ "1.1", "Myndighet", "Utredningstid inom barn- och ungdomsvården följs upp", "Pågår" },
				{ "1.2", "Myndighet", "Skyddsbedömning dokumenteras inom 24 timmar", "" },
				{ "2.1", "Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Genomförd" } });
		sheets.put("Myndighet", new String[][] {
				{ "Process: Myndighet" }, {},
				{ "Nr", "Kontrollmoment", "Risk", "Status", "Resultat och kommentar", "Åtgärd vid avvikelse" },
				{ "1.1", "Utredningstid inom barn- och ungdomsvården följs upp", "Barn får inte stöd i tid", "Pågår",
						"Hälften av utredningarna granskade.", "Veckovis bevakning." },
				{ "1.2", "Skyddsbedömning dokumenteras inom 24 timmar", "Barn i akut behov uppmärksammas inte", "",
						"Kontrollen genomförd i juni utan anmärkning.", "Ingen." } });
		sheets.put("Ekonomi", new String[][] {
				{ "Process: Ekonomi" }, {},
				{ "Nr", "Kontrollmoment", "Risk", "Status", "Resultat och kommentar", "Åtgärd vid avvikelse" },
				{ "2.1", "Attest av leverantörsfakturor enligt attestordningen", "Fel attestant", "Genomförd",
						"40 fakturor granskade.", "–" } });
		Path file = workbook("Tekniska nämnden IK T2 2025.xlsx", sheets);
		Submission s = interpreter.interpret(file, "Tekniska nämnden IK T2 2025.xlsx", 2025).get(0);
		assertThat(s.controls()).extracting(Control::sheet, c -> c.decision().status()).containsExactly(
				tuple("Myndighet", ControlStatus.DELVIS), tuple("Myndighet", ControlStatus.GENOMFORD),
				tuple("Ekonomi", ControlStatus.GENOMFORD));
	}

	/**
	 * Round 487: "Genomförd" heading the status column beside "Kontrollmoment", over Genomförd | Delvis | Utgår: a
	 * header, though its word is a status its rows repeat.
	 */
	@Test
	void readsGenomfordAsTheStatusColumnsHeadingBesideTheControlsHeading() throws Exception {
		Submission s = read("ABEH internkontroll 2025.csv", """
				Område;Kontrollmoment;Genomförd;Resultat
				Hyror;Hyresdebitering stämmer med hyresavtalen;Genomförd;Stickprov 30 avtal.
				Ekonomi;Attest av leverantörsfakturor;Genomförd;Inga avvikelser.
				Inköp;Fakturerade priser stämmer med avtalade priser;Delvis;Bygg återstår.
				Fastighet;Energideklarationer är aktuella;Utgår;Inga förfaller 2025.
				""");
		assertThat(s.controls()).extracting(Control::kontrollmoment, c -> c.decision().status()).containsExactly(
				tuple("Hyresdebitering stämmer med hyresavtalen", ControlStatus.GENOMFORD),
				tuple("Attest av leverantörsfakturor", ControlStatus.GENOMFORD),
				tuple("Fakturerade priser stämmer med avtalade priser", ControlStatus.DELVIS),
				tuple("Energideklarationer är aktuella", ControlStatus.UTGAR));
	}

	/**
	 * Round 490: "1 | Ekonomiskt bistånd" merged across the rest of the row, over "1.1", "1.2" and their status per
	 * period: a numbered process heading, no control, though its text spreads into the status columns.
	 */
	@Test
	void readsANumberMergedBesideItsProcessAcrossTheRowAsAHeading() throws Exception {
		Path file = Path.of("src/test/resources/blind/round490/Socialnämnden IKP 2025 uppföljning delår.xlsx");
		Submission s = interpreter.interpret(file, file.getFileName().toString(), 2025).get(0);
		assertThat(s.controls()).extracting(Control::row, Control::process).containsExactly(
				tuple(8, "Ekonomiskt bistånd"), tuple(9, "Ekonomiskt bistånd"), tuple(10, "Ekonomiskt bistånd"),
				tuple(12, "Barn och unga"), tuple(13, "Barn och unga"),
				tuple(15, "Dokumentation och informationssäkerhet"), tuple(16, "Dokumentation och informationssäkerhet"),
				tuple(18, "Uppdragstagare"), tuple(19, "Uppdragstagare"));
	}
}
