package se.ikkonsolidering.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.ikkonsolidering.classify.ControlStatus;
import se.ikkonsolidering.ingest.FileRejectedException;
import se.ikkonsolidering.register.Register;

/** A nämnd's internkontrollplan told from a follow-up by what the file says about itself. */
class PlanRecognitionTests {

	private static final String PLAN_TABLE = """
			Process;Risk;Kontrollmoment;Ansvarig;Återrapporteras
			Ekonomi;Felaktiga utbetalningar;Kontroll av attester;Ekonomichef;Helår
			Delegation;Beslut anmäls inte;Delegationsbeslut anmäls till nämnden;Nämndsekreterare;Delår
			""";

	private final SubmissionInterpreter interpreter = new SubmissionInterpreter(InterpretationRules.load(null),
			new Register(List.of(new Register.Namnd("Socialnämnden", List.of("SN")))));

	@TempDir
	Path dir;

	private Submission read(String name, String content, boolean filedAsPlan) throws Exception {
		Path file = Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
		return interpreter.interpret(file, name, 2020, filedAsPlan).get(0);
	}

	@Test
	void readsAFileTitledAPlanWithoutStatusOrResultAsThePlanForTheYear() throws Exception {
		Submission s = read("sn.csv", "Internkontrollplan 2025 Socialnämnden;;;;\n" + PLAN_TABLE, false);

		assertThat(s.kind()).isEqualTo(SubmissionKind.PLAN);
		assertThat(s.year()).isEqualTo(2025);
		assertThat(s.period()).isEmpty();
		assertThat(s.controls()).hasSize(2);
		assertThat(s.message()).contains(" Filen: lästes som internkontrollplan (rubriken 'Internkontrollplan 2025 "
				+ "Socialnämnden' och ingen kolumn för status eller resultat); planens kontroller räknas inte som "
				+ "uppföljda utan jämförs med nämndens uppföljning. ")
			.endsWith(" Period: ingen angiven. Status: inga (2 planerade kontroller).");
	}

	/** Round 171: an adopted plan marks with an x the tertials its controls are due in; none of them is done. */
	@Test
	void reportsNothingDoneForAPlansMarksOfWhenEachControlIsDue() throws Exception {
		Submission s = read("Internkontrollplan 2026 SN antagen.csv", """
				Socialnämnden;;;;;
				Internkontrollplan 2026;;;;;
				Process;Kontrollmoment;Ansvarig;T1;T2;T3
				Ekonomi;Kontroll av attester;Ekonomichef;X;X;X
				Delegation;Delegationsbeslut anmäls till nämnden;Nämndsekreterare;X;;X
				Avgifter;Debitering av avgifter stämmer med beslut och taxa;Avgiftshandläggare;;X;
				""", false);

		assertThat(s.kind()).isEqualTo(SubmissionKind.PLAN);
		assertThat(s.controls()).extracting(c -> c.decision().status()).containsOnly(ControlStatus.SAKNAS);
		assertThat(s.controls().get(0).decision().evidence())
			.isEqualTo("planerad kontroll i en internkontrollplan; planens markering ('X') anger inte utfört arbete");
	}

	@Test
	void takesTheFileNameAsATitle() throws Exception {
		Submission s = read("IK-plan SN 2025.csv", PLAN_TABLE, false);

		assertThat(s.kind()).isEqualTo(SubmissionKind.PLAN);
		assertThat(s.message()).contains("Filen: lästes som internkontrollplan (rubriken 'IK-plan SN 2025.csv' och");
	}

	@Test
	void readsAPlanTitleBesideAStatusColumnAsAFollowUpAndSaysSo() throws Exception {
		Submission s = read("sn.csv", """
				Internkontrollplan 2025 Socialnämnden;;
				Kontrollmoment;Status;Kommentar
				Kontroll av attester;Genomförd;Stickprov utan anmärkning.
				""", false);

		assertThat(s.kind()).isEqualTo(SubmissionKind.FOLLOW_UP);
		assertThat(s.message()).endsWith(" Rubriken nämner en internkontrollplan, men tabellen har status eller "
				+ "resultat, så filen lästes som uppföljning.");
	}

	/** Round 435: next year's adopted plan with its status and comment columns made ready and left empty. */
	@Test
	void readsAPlanTitleOverStatusAndCommentColumnsLeftEmptyAsThePlan() throws Exception {
		Submission s = read("KFN Internkontrollplan 2026 antagen.csv", """
				Internkontrollplan 2026 Socialnämnden;;;;
				Kontrollmoment;Ansvarig;Status T1;Status helår;Kommentar
				Kontroll av attester;Ekonomichef;;;
				Delegationsbeslut anmäls till nämnden;Nämndsekreterare;;;
				""", false);

		assertThat(s.kind()).isEqualTo(SubmissionKind.PLAN);
		assertThat(s.message()).contains("Filen: lästes som internkontrollplan (rubriken 'Internkontrollplan 2026 "
				+ "Socialnämnden' och inget ifyllt i kolumnerna för status och resultat)");
	}

	@Test
	void readsAFollowUpOfThePlanAsAFollowUpThoughItHasNoResultsYet() throws Exception {
		Submission s = read("sn.csv", "Uppföljning av internkontrollplan 2025, Socialnämnden;;;;\n" + PLAN_TABLE, false);

		assertThat(s.kind()).isEqualTo(SubmissionKind.FOLLOW_UP);
		assertThat(s.message()).endsWith(" Tabellen har varken status- eller resultatkolumn. Är filen nämndens "
				+ "internkontrollplan, lägg den i mappen planer/ i inkorgen.");
	}

	@Test
	void readsAFileFromThePlanFolderAsAPlanWhateverItSays() throws Exception {
		Submission s = read("Socialnämnden 2025.csv", PLAN_TABLE, true);

		assertThat(s.kind()).isEqualTo(SubmissionKind.PLAN);
		assertThat(s.message()).contains("Filen: lästes som internkontrollplan (filen låg i mappen planer/ i inkorgen); ");
	}

	@Test
	void leavesATableWithoutStatusAndWithoutAPlanTitleAFollowUp() throws Exception {
		Submission s = read("Socialnämnden 2025.csv", PLAN_TABLE, false);

		assertThat(s.kind()).isEqualTo(SubmissionKind.FOLLOW_UP);
	}

	/**
	 * Every follow-up the reader was measured on: the blind rounds and the unseen templates, none of them a plan but the
	 * plans rounds 15 and 91 sent by mistake, the plan round 70's nämnd sent instead of a follow-up and the adopted
	 * plans that came with round 95's, round 110's, round 117's and round 135's follow-ups, one of round 135's from a
	 * nämnd that sent only its plan, the adopted plan round 152's nämnd sent instead of its T1 follow-up, next
	 * year's plan round 154's nämnd sent instead of a follow-up, the adopted plans rounds 171, 176 and 188 had from
	 * a nämnd at T1, and the two adopted plans round 198's nämnder sent beside their follow-ups (and those of later
	 * rounds, 320 and 343 among them).
	 */
	@Test
	void takesNoFollowUpOfTheBlindRoundsOrTheUnseenTemplatesForAPlanButTheirPlans() throws Exception {
		List<String> plans = new ArrayList<>();
		int read = 0;
		try (Stream<Path> files = Files.walk(Path.of("src/test/resources"))) {
			for (Path file : files.filter(Files::isRegularFile)
				.filter(f -> f.toString().contains("/blind/round") || f.toString().contains("/fixtures/unseen/"))
				.filter(f -> !f.getFileName().toString().matches("(expected|files|namnder|levels)\\.csv|README\\.md|.*\\.py"))
				.sorted()
				.toList()) {
				try {
					for (Submission s : interpreter.interpret(file, file.getFileName().toString(), 2025)) {
						read++;
						if (s.kind() == SubmissionKind.PLAN) {
							plans.add(file.getFileName().toString());
						}
					}
				}
				catch (FileRejectedException ex) {
					// A PDF, a picture, a broken file: refused, so no plan either.
				}
			}
		}
		assertThat(read).isEqualTo(4453);
		assertThat(plans).containsExactlyInAnyOrder("AMN Internkontrollplan 2026.ods", "AFN IKP 2025.xlsx",
				"ÖFN internkontroll 2025.xlsx", "KFN Internkontrollplan 2026 antagen.xlsx", "Internkontrollplan 2026 KFN.xlsx",
				"Internkontrollplan 2025 Omsorgsnämnden (antagen).xlsx", "BUN Internkontrollplan 2026 (antagen 2025-12-16).docx",
				"VON Internkontrollplan 2026.odt", "AMN internkontrollplan 2025 (antagen).ods",
				"Internkontrollplan 2026 AMN antagen.xlsx", "Internkontrollplan 2026 VON antagen.ods",
				"KFN_Internkontrollplan_2026_antagen.odt", "Internkontrollplan 2026 Miljö- och hälsoskyddsnämnden.odt",
				"SN internkontrollplan 2026 antagen.ods", "KS Internkontrollplan 2025 antagen.docx",
				"TN Internkontrollplan 2025.odt", "MBN Internkontrollplan 2026 antagen.docx",
				"BUN Internkontrollplan 2025 antagen.docx", "SN Internkontrollplan 2025 (faststalld 2024-12-12).xlsx",
				"BUN Internkontrollplan 2025 antagen.docx", "SN Internkontrollplan 2025 beslutad 2024-12-18.xlsx",
				"Internkontrollplan_2026_Kommunstyrelsen.docx", "KFN Internkontrollplan 2026 antagen.xlsx",
				"VON Internkontrollplan 2025 (antagen).xlsx", "KFN Internkontrollplan 2025 antagen.odt",
				"KFN Internkontrollplan 2025 antagen.xls", "IK-plan 2025 antagen.doc", "KFN Internkontrollplan 2025.xls",
				"SBN Internkontrollplan 2025 antagen.xlsx", "Internkontrollplan 2025 Kultur- och fritidsnämnden.docx",
				"KFN Internkontrollplan 2025 (antagen 2025-02-19).doc", "Internkontrollplan_2026_BUN.ods",
				"BUN Internkontrollplan 2026.docx", "Internkontrollplan 2025 Överförmyndarnämnden.odt",
				"Internkontrollplan 2026 Socialnämnden (antagen SN 2025-11-19 § 118).docx", "KFN internkontrollplan 2026.xlsx",
				"Internkontrollplan 2026 Kommunstyrelsen - antagen KS 2025-12-09.xlsx", "SN Internkontrollplan 2026 antagen.docx",
				"Internkontrollplan 2026 KFN antagen.docx", "IK-plan 2025 BUN antagen.xlsx",
				"Internkontrollplan 2025 Tekniska nämnden beslutad 2025-02-19.xlsx");
	}
}
