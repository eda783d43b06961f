package se.ikkonsolidering.oversight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

import se.ikkonsolidering.oversight.ControlMatching.Candidate;
import se.ikkonsolidering.oversight.ControlMatching.How;
import se.ikkonsolidering.oversight.ControlMatching.Pair;

class ControlMatchingTests {

	private static List<Pair> pair(List<Candidate> plan, List<Candidate> followUp) {
		return ControlMatching.pair(plan, followUp, Function.identity(), Function.identity());
	}

	private static Candidate control(String id, String kontrollmoment) {
		return Candidate.of(id, kontrollmoment, "");
	}

	@Test
	void pairsByIdWhereBothHaveOneWhateverTheOrder() {
		List<Pair> pairs = pair(List.of(control("1", "Kontroll av attester"), control("2", "Hot och våld")),
				List.of(control("2.", "Hot och våld på APT"), control(" 1", "Attester enligt attestordningen")));

		assertThat(pairs).extracting(Pair::left, Pair::right, Pair::how)
			.containsExactly(tuple(0, 1, How.ID), tuple(1, 0, How.ID));
	}

	@Test
	void refusesAnIdPairWhoseTextsShareNoWordAndPairsTheRenumberedControlByText() {
		// The follow-up left out control 2 and renumbered: its 2 is the plan's 3.
		List<Pair> pairs = pair(
				List.of(control("1", "Kontroll av attester"), control("2", "Delegationsbeslut anmäls till nämnden"),
						control("3", "Registerförteckning enligt GDPR uppdateras")),
				List.of(control("1", "Kontroll av attester"), control("2", "Registerförteckning enligt GDPR uppdateras")));

		assertThat(pairs).extracting(Pair::left, Pair::right, Pair::how)
			.containsExactly(tuple(0, 0, How.ID), tuple(2, 1, How.TEXT));
	}

	@Test
	void pairsByTextWhenTheWordsAreTheSameControls() {
		List<Pair> pairs = pair(List.of(control("", "Kontroll av att genomförandeplan upprättas inom 14 dagar")),
				List.of(control("", "Kontroll att genomförandeplaner upprättas inom 14 dagar från beslut (hemtjänst)")));

		assertThat(pairs).singleElement().satisfies(p -> {
			assertThat(p.how()).isEqualTo(How.TEXT);
			assertThat(p.score()).isEqualTo(0.8);
		});
	}

	@Test
	void neverPairsTwoDifferentControlsOfOneNamndByText() {
		List<Pair> pairs = pair(
				List.of(control("", "Kontroll av att beslut om ekonomiskt bistånd är fattade enligt delegationsordning")),
				List.of(control("", "Kontroll av utbetalningar av ekonomiskt bistånd mot beslut (dubbelutbetalningar)")));

		assertThat(pairs).isEmpty();
	}

	@Test
	void pairsOneToOneBestFirst() {
		List<Pair> pairs = pair(
				List.of(control("", "Delegationsbeslut anmäls till nämnden"),
						control("", "Delegationsbeslut anmäls till nämnden vid nästkommande sammanträde")),
				List.of(control("", "Delegationsbeslut anmäls till nämnden vid nästkommande sammanträde")));

		assertThat(pairs).extracting(Pair::left, Pair::right, Pair::score).containsExactly(tuple(1, 0, 1.0));
	}

	@Test
	void ignoresAnIdThatStandsForTwoControlsOfOneList() {
		List<Pair> pairs = pair(List.of(control("1", "Kontroll av attester"), control("1", "Hot och våld")),
				List.of(control("1", "Hot och våld")));

		assertThat(pairs).extracting(Pair::left, Pair::how).containsExactly(tuple(1, How.TEXT));
	}

	@Test
	void comparesTheRisksOfControlsThatNameNoKontrollmoment() {
		List<Pair> pairs = pair(List.of(Candidate.of("", "", "Risk att enstaka klagomål inte tas tillvara")),
				List.of(Candidate.of("", "", "Risk att enstaka klagomål inte tas tillvara")));

		assertThat(pairs).singleElement().extracting(Pair::how).isEqualTo(How.TEXT);
	}
}
