package se.ikkonsolidering.oversight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.ikkonsolidering.register.Register;
import se.ikkonsolidering.submission.Period;
import se.ikkonsolidering.submission.PeriodRules;

/** The kommun's tidplan as the economy office keeps it, and every line it refuses with the line at fault. */
class TidplanTests {

	private static final Register REGISTER = new Register(List.of(new Register.Namnd("Socialnämnden", List.of("SN")),
			new Register.Namnd("Kulturnämnden", List.of())));

	@TempDir
	Path dir;

	private Tidplan load(String content) throws Exception {
		Path file = Files.writeString(dir.resolve("tidplan.csv"), content, StandardCharsets.UTF_8);
		return Tidplan.load(file, PeriodRules.load(null), REGISTER);
	}

	private String refusal(String content) {
		return assertThatThrownBy(() -> load(content)).isInstanceOf(TidplanException.class)
			.actual()
			.getMessage()
			.replace(dir.toAbsolutePath() + "/", "");
	}

	@Test
	void readsEachPeriodsLastDayForAllNamnderOrForOne() throws Exception {
		Tidplan tidplan = load("""
				\uFEFFPeriod;Sista_dag;Nämnd
				# T1 och delår lämnas till ekonomikontoret
				T1;2025-05-15;
				Delår;2025-09-15;;
				Helår;2026-01-31;
				Helår;2026-01-25;SN
				""");

		assertThat(tidplan.deadlines("Socialnämnden", 2025))
			.extracting(Deadline::period, Deadline::lastDay, Deadline::namnd)
			.containsExactly(tuple(Period.T1, LocalDate.of(2025, 5, 15), ""),
					tuple(Period.DELAR, LocalDate.of(2025, 9, 15), ""),
					tuple(Period.HELAR, LocalDate.of(2026, 1, 25), "Socialnämnden"));
		assertThat(tidplan.deadlines("Kulturnämnden", 2025)).last().extracting(Deadline::lastDay)
			.isEqualTo(LocalDate.of(2026, 1, 31));
	}

	@Test
	void takesAHelarDeadlineInTheFirstHalfYearForThePreviousYearUnlessThePeriodNamesItsYear() throws Exception {
		Tidplan tidplan = load("""
				period;sista_dag;nämnd
				Helår;2025-01-31;
				Helår 2025;2025-12-15;Kulturnämnden
				T2;2025-10-01;
				""");

		assertThat(tidplan.all()).extracting(Deadline::period, Deadline::year)
			.containsExactly(tuple(Period.HELAR, 2024), tuple(Period.HELAR, 2025), tuple(Period.T2, 2025));
	}

	@Test
	void readsTheWindows1252ThatExcelSavesOnSwedishWindows() throws Exception {
		Path file = Files.write(dir.resolve("tidplan.csv"),
				"period;sista_dag;nämnd\r\nHelår;2026-01-31;Kulturnämnden\r\n".getBytes(Charset.forName("windows-1252")));

		assertThat(Tidplan.load(file, PeriodRules.load(null), REGISTER).all()).extracting(Deadline::namnd)
			.containsExactly("Kulturnämnden");
	}

	@Test
	void refusesAnotherHeader() {
		assertThat(refusal("period;datum\nHelår;2026-01-31\n")).isEqualTo("Tidplan tidplan.csv: the first line is "
				+ "'period;datum', but it must be the header 'period;sista_dag;nämnd' (then one period a line, e.g. "
				+ "'Helår;2026-01-31;', the nämnd empty for all)");
	}

	@Test
	void refusesADateThatIsNotYyyyMmDd() {
		assertThat(refusal("period;sista_dag;nämnd\nHelår;31/1 2026;\n")).isEqualTo("Tidplan tidplan.csv: line 2 "
				+ "('Helår;31/1 2026;'): '31/1 2026' is not a date; write it as yyyy-mm-dd, e.g. 2026-01-31");
	}

	@Test
	void refusesAWordThatIsNoPeriod() {
		assertThat(refusal("period;sista_dag;nämnd\nVecka 40;2025-10-01;\n")).isEqualTo("Tidplan tidplan.csv: line 2 "
				+ "('Vecka 40;2025-10-01;'): 'Vecka 40' is not a period; write e.g. T1, Delår, T2 or Helår");
	}

	@Test
	void refusesANamndTheRegisterDoesNotKnow() {
		assertThat(refusal("period;sista_dag;nämnd\nHelår;2026-01-31;Fritidsnämnden\n")).isEqualTo("Tidplan "
				+ "tidplan.csv: line 2 ('Helår;2026-01-31;Fritidsnämnden'): 'Fritidsnämnden' is not a nämnd of the "
				+ "register; write its name or an alias, or leave the column empty for all nämnder");
	}

	@Test
	void refusesAPeriodGivenTwice() {
		assertThat(refusal("period;sista_dag;nämnd\nHelår;2026-01-31;SN\nVB;2026-02-15;Socialnämnden\n"))
			.isEqualTo("Tidplan tidplan.csv: line 3 ('VB;2026-02-15;Socialnämnden') gives Helår 2025 for "
					+ "Socialnämnden a second time; give each period one last day");
	}

	@Test
	void refusesAnEmptyFile() {
		assertThat(refusal("\n# bara en kommentar\n")).isEqualTo("Tidplan tidplan.csv: the file is empty, but it must "
				+ "start with the header 'period;sista_dag;nämnd' (then one period a line, e.g. 'Helår;2026-01-31;', "
				+ "the nämnd empty for all)");
	}
}
