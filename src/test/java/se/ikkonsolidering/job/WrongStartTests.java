package se.ikkonsolidering.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Year;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every wrong start, run as cron would run it: exit code 2 and one line saying what is wrong and how to put it right,
 * before the database is opened or files are waited for (the output folder, where the database would be, is never
 * made).
 */
@Tag("slow")
class WrongStartTests {

	@TempDir
	Path dir;

	@ParameterizedTest(name = "[{0}]")
	@CsvSource(delimiterString = " -> ", quoteCharacter = '`', textBlock = """
			--register, missing.csv -> --register: no file {dir}/missing.csv; give the kommun's nämnd register, a CSV file with the header 'nämnd;alias'
			--register, namnder.csv -> Register {dir}/namnder.csv: the first line is 'namn;kortnamn', but it must be the header 'nämnd;alias' (then one nämnd per line, its aliases separated by |)
			--inbox, nosuchdir -> --inbox: no folder {dir}/nosuchdir; create it, or give the folder the follow-ups are dropped in
			--schedule, --cron, bad cron -> --cron: 'bad cron' is not a cron expression; write six fields, second minute hour day month weekday, e.g. '0 0 2 * * *'
			--stable-for, abc -> --stable-for: 'abc' is not a duration; write e.g. 30s, 2m or 0s
			--year, 1899 -> --year: 1899 is not a year to export; give a year from 2000 to {next}
			--inbox -> --inbox needs a value (DIR); scripts/run --help lists every option
			--in, inkorg -> unknown option --in; scripts/run --help lists every option
			--tidplan, tidplan.csv -> Tidplan {dir}/tidplan.csv: line 2 ('Helår;31/1;'): '31/1' is not a date; write it as yyyy-mm-dd, e.g. 2026-01-31
			--today, 2026-13-01 -> --today: '2026-13-01' is not a date; write it as yyyy-mm-dd, e.g. 2026-02-12, or leave the option out for the real date
			""")
	void refusesAWrongStartWithOneLineAndExitCode2(String args, String line) throws Exception {
		Files.createDirectories(dir.resolve("inkorg"));
		Files.writeString(dir.resolve("inkorg").resolve("ks.csv"), "Nämnd: KS 2025\nKontrollmoment;Status\nAttest;Ja\n");
		Files.writeString(dir.resolve("namnder.csv"), "namn;kortnamn\nKommunstyrelsen;KS\n");
		Files.writeString(dir.resolve("tidplan.csv"), "period;sista_dag;nämnd\nHelår;31/1;\n");
		Path log = dir.resolve("start.log");

		Process start = ChildRun.withArguments(dir, log, args.split(", "));

		assertThat(start.waitFor(60, TimeUnit.SECONDS)).isTrue();
		assertThat(Files.readAllLines(log)).containsExactly("ik-konsolidering: "
				+ line.replace("{dir}", dir.toString()).replace("{next}", String.valueOf(Year.now().getValue() + 1)));
		assertThat(start.exitValue()).isEqualTo(RunOptions.USAGE_ERROR);
		assertThat(dir.resolve("output")).doesNotExist();
	}
}
