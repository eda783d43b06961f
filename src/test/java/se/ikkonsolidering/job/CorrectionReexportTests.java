package se.ikkonsolidering.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.ss.usermodel.Row;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import se.ikkonsolidering.support.JobFolders;
import se.ikkonsolidering.support.TestDatabase;

/**
 * The economy office keeps its corrections in a workbook of its own ({@code --corrections}), and the year's exports
 * are written again from the database ({@code --force-report}): the corrections hold, also once the workbook is gone.
 */
@SpringBootTest(properties = "ik.force-report=true")
@Tag("database")
class CorrectionReexportTests {

	private static final Path ROOT = JobFolders.temporaryRoot("corrections-reexport");
	private static final Path INBOX = ROOT.resolve("inkorg");
	private static final Path OUT = ROOT.resolve("ut");
	private static final Path OWN = ROOT.resolve("ekonomikontoret").resolve("rättelser 2025.xlsx");

	@Autowired
	JobRunner runner;

	@Autowired
	JdbcClient jdbc;

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		JobFolders.register(registry, ROOT, null, "corrections-reexport");
		registry.add("ik.corrections", OWN::toString);
	}

	@Test
	void correctionsFromTheOfficesOwnWorkbookHoldAtEveryReexportEvenWithTheWorkbookGone() throws IOException {
		TestDatabase.empty(jdbc);
		Files.createDirectories(INBOX);
		Files.createDirectories(OWN.getParent());
		Files.writeString(INBOX.resolve("ks.csv"), "Uppföljning internkontrollplan helår 2025\nNämnd/enhet: "
				+ "Kommunstyrelsen\n\nID;Kontrollmoment;Konstaterad avvikelse;Status\n1;Prognoser;;Granskning genomförd\n"
				+ "2;IT-säkerhet;;Se bilaga\n", StandardCharsets.UTF_8);
		runner.run(false);
		Files.copy(OUT.resolve("rattelser.xlsx"), OWN);
		CorrectionsWorkbook workbook = CorrectionsWorkbook.open(OWN);
		Row row = workbook.control("ks.csv", 6);
		workbook.set(row, "Inte en kontroll", "x").set(row, "Kommentar", "Rubrik, ingen kontroll").save();

		assertThat(runner.run(false)).isZero();
		assertThat(Files.readAllLines(OUT.resolve("kontroller.csv"), StandardCharsets.UTF_8)).hasSize(2)
			.noneMatch(l -> l.contains(";ks.csv;ks;6;"));
		assertThat(Files.readAllLines(OUT.resolve("inlamningar.csv"), StandardCharsets.UTF_8))
			.anySatisfy(l -> assertThat(l).startsWith("ks.csv;Kommunstyrelsen;2025;Helår;INLAST;1;"));

		Files.delete(OWN);
		assertThat(runner.run(false)).isZero();
		assertThat(Files.readAllLines(OUT.resolve("kontroller.csv"), StandardCharsets.UTF_8)).hasSize(2);
		CorrectionsWorkbook written = CorrectionsWorkbook.open(OUT.resolve("rattelser.xlsx"));
		assertThat(written.get(written.control("ks.csv", 6), "Inte en kontroll")).isEqualTo("x");
	}
}
