package se.ikkonsolidering.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a run prints, read from a real process: its own dated lines, and warnings only for what someone has to act
 * on; none of the libraries' chatter about CSS or fonts, which looks like a fault and is none.
 */
@Tag("slow")
class RunLogTests {

	@TempDir
	Path dir;

	@BeforeEach
	void register() throws Exception {
		Files.createDirectories(dir.resolve("inkorg"));
		Files.writeString(dir.resolve("namnder.csv"), "nämnd;alias\nKommunstyrelsen;KS\n");
	}

	private List<String> run(String fileName, String content) throws Exception {
		Files.writeString(dir.resolve("inkorg").resolve(fileName), content);
		Path log = dir.resolve("run.log");
		Process run = ChildRun.start(dir, log, "ik.register=" + dir.resolve("namnder.csv"));
		assertThat(run.waitFor(120, TimeUnit.SECONDS)).isTrue();
		assertThat(run.exitValue()).as(Files.readString(log)).isZero();
		assertThat(dir.resolve("ut").resolve("ks-sammanstallning-2025.pdf")).exists();
		return Files.readAllLines(log);
	}

	@Test
	void printsOnlyItsOwnLinesAndNoWarningWhenNothingNeedsAction() throws Exception {
		List<String> log = run("ks.csv", "Nämnd: KS 2025\nKontrollmoment;Status\nAttest;Ja\n");

		assertThat(log).allMatch(line -> line.matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d INFO  .*"),
				"a dated INFO line");
	}

	@Test
	void warnsAboutAFileWhoseNamndIsNotInTheRegister() throws Exception {
		List<String> log = run("tn.csv",
				"Uppföljning internkontroll 2025\nNämnd: Tekniska nämnden\nKontrollmoment;Status\nAttest;Ja\n");

		assertThat(log).filteredOn(line -> line.contains(" WARN ")).singleElement().asString()
			.endsWith("WARN  ExportTasklet - tn.csv: the nämnd 'Tekniska nämnden' is not in the register; the file "
					+ "was read all the same. If it is one of the kommun's nämnder, add it (or the name it goes by) to "
					+ "the register " + dir.resolve("namnder.csv"));
	}
}
