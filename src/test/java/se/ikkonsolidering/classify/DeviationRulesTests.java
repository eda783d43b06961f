package se.ikkonsolidering.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DeviationRulesTests {

	private final DeviationRules rules = DeviationRules.load(null);

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "Rapportering sker enligt beslut, ingen identifierad avvikelse.", "Genomförd. Avvikelse: Nej.",
			"Ingen identifierad avvikelse men här finns en risk för framtida avvikelser.", "Inga avvikelser noterade",
			"Nej", "-", "", "inga fel", "Stickprov på 20 akter, inga brister." })
	void doesNotCountTextsSayingThereWasNoDeviation(String text) {
		assertThat(rules.reportsDeviation(text)).isFalse();
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "SBN har inte utfört någon risk- och väsentlighetsanalys med hänvisning till Corona.",
			"Arbetet med inventering av kommunens 158 system är genomfört till 50%. Flertalet brister är konstaterade.",
			"80 ärenden granskade. 3 felaktiga belopp upptäckta och återkrävda.", "Inga avvikelser. 2 ärenden saknade debitering.",
			"I två fall hade bidrag betalats ut innan föreningen lämnat in verksamhetsberättelse.", "J",
			"Två fakturor attesterade av person utan behörighet." })
	void countsATextThatReportsSomethingFoundWrongAsADeviation(String text) {
		assertThat(rules.reportsDeviation(text)).isTrue();
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "2019 genomförde revisionsbyrån PWC en granskning av säkerheten.",
			"Granskningen har inte genomförts.", "Rapportering har skett samtliga kvartal.", "N",
			"Kontrollen genomfördes inte i tid." })
	void doesNotCountATextThatOnlyTellsWhatWasOrWasNotDone(String text) {
		assertThat(rules.reportsDeviation(text)).isFalse();
	}

	@Test
	void countsAWholeValueTheKommunAddsToItsYesValuesAsADeviation(@TempDir Path configDir) throws IOException {
		Files.writeString(configDir.resolve("ja-varden.csv"),
				"# Vår mall svarar Förekommer/Förekommer ej.\nförekommer\n");

		assertThat(rules.reportsDeviation("Förekommer")).isFalse();
		assertThat(DeviationRules.load(configDir).reportsDeviation("Förekommer")).isTrue();
	}

	/** Rounds 571 and 590: what the control found was not done in time, or not kept up to date. */
	@Test
	void countsSomethingNotDoneInTimeOrNotUpdatedAsADeviation() {
		assertThat(rules.reportsDeviation("Två ärenden skickades inte till inkasso i tid.")).isTrue();
		assertThat(rules.reportsDeviation("Två av dem hade inte uppdaterats sedan 2023.")).isTrue();
	}

	@Test
	void tellsATextSayingNothingWasFoundWrong() {
		assertThat(rules.saysNoDeviation("Januari–mars granskat utan anmärkning.")).isTrue();
		assertThat(rules.saysNoDeviation("Januari–mars granskat.")).isFalse();
	}
}
