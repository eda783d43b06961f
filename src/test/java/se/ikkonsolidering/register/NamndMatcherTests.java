package se.ikkonsolidering.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NamndMatcherTests {

	private final NamndMatcher matcher = new NamndMatcher(new Register(List.of(
			new Register.Namnd("Kommunstyrelsen", List.of("Kommunledningskontoret", "KS")),
			new Register.Namnd("Socialnämnden", List.of("SN", "Socialförvaltningen")),
			new Register.Namnd("Barn- och utbildningsnämnden", List.of("BUN")),
			new Register.Namnd("Vård- och omsorgsnämnden", List.of()),
			new Register.Namnd("Bygg- och miljönämnden", List.of("Bygg- och miljöförvaltningen")))));

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			Helårsuppföljning av kritiska risker i Socialnämndens Internkontrollplan 2023 | Socialnämnden
			Kommunledningskontoret | Kommunstyrelsen
			Kommunledningskontoret_IK_2021.xlsx | Kommunstyrelsen
			Vard-_och_omsorgsnamnden uppfoljning 2025.xls | Vård- och omsorgsnämnden
			Uppföljning Barn- och utbildningsnämnden (BUN) | Barn- och utbildningsnämnden
			IK SN 2025.xlsx | Socialnämnden
			Förvaltning: Miljö- och byggförvaltningen | Bygg- och miljönämnden
			Omsorgs- och vårdnämnden | Vård- och omsorgsnämnden
			Uppföljning internkontroll Vård- o omsorgsnämnden | Vård- och omsorgsnämnden
			Barn- & utbildningsnämnden | Barn- och utbildningsnämnden
			""")
	void findsTheNamndByNameGenitiveAliasOrFileName(String text, String expected) {
		assertThat(matcher.find(text)).contains(expected);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			Uppföljning av internkontrollplanen
			Risker i KSAB-projektet
			Kommungemensamma kontrollmoment (KS-beslut 2024-11-20 § 187)
			""")
	void findsNothingWhenNoNamndIsNamed(String text) {
		assertThat(matcher.find(text)).isEmpty();
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			Kommungemensamma kontrollmoment (KS-beslut 2024-11-20 § 187)
			Gemensamma kontroller, KS beslut § 187
			Kontrollområden beslutade av kommunstyrelsen
			""")
	void doesNotTakeTheNamndWhoseDecisionAHeadingCitesForItsSubject(String heading) {
		assertThat(matcher.findSubject(heading)).isEmpty();
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			Socialnämndens internkontrollplan 2025 (SN 2024-12-18 § 151) | Socialnämnden
			Kommunstyrelsens beslut om internkontrollplan 2025 | Kommunstyrelsen
			""")
	void takesTheNamndAHeadingIsAboutForItsSubject(String heading, String expected) {
		assertThat(matcher.findSubject(heading)).contains(expected);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			Uppföljning av Tekniska nämndens internkontroll 2025 | Tekniska nämnden
			Kulturnämnden IK 2025 | Kulturnämnden
			""")
	void guessesANamndThatIsNotInTheRegister(String text, String expected) {
		assertThat(NamndMatcher.guessUnregistered(text)).contains(expected);
	}
}
