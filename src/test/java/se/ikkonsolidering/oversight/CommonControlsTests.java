package se.ikkonsolidering.oversight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import se.ikkonsolidering.classify.ControlStatus;

class CommonControlsTests {

	private final CommonControls finder = CommonControls.load(null);

	private static ControlEntry entry(String namnd, String id, String process, String kontrollmoment,
			ControlStatus status) {
		return new ControlEntry(namnd, id, process, "", kontrollmoment, Optional.of(status),
				ControlEntry.State.REPORTED);
	}

	@Test
	void groupsTheSameLetteredIdAcrossNamnderButNotANamndsOwnNumber() {
		List<CommonControls.CommonControl> common = finder.find(List.of(
				entry("Socialnämnden", "KG1", "", "Attestkontroll", ControlStatus.GENOMFORD),
				entry("Kulturnämnden", "kg 1", "", "Kontroll av attester enligt attestordningen", ControlStatus.DELVIS),
				entry("Socialnämnden", "3", "", "Hot och våld", ControlStatus.GENOMFORD),
				entry("Kulturnämnden", "3", "", "Inventering av konst", ControlStatus.GENOMFORD)));

		assertThat(common).singleElement().satisfies(c -> {
			assertThat(c.name()).isEqualTo("KG1 Attestkontroll");
			assertThat(c.byNamnd()).containsOnlyKeys("Socialnämnden", "Kulturnämnden");
		});
	}

	@Test
	void groupsNearIdenticalTextAcrossNamnderButNotDifferentControlsOnTheSameTopic() {
		List<CommonControls.CommonControl> common = finder.find(List.of(
				entry("Socialnämnden", "", "", "Delegationsbeslut anmäls till nämnden", ControlStatus.GENOMFORD),
				entry("Samhällsbyggnadsnämnden", "", "", "Att delegationsbeslut anmäls till nämnden",
						ControlStatus.EJ_GENOMFORD),
				entry("Socialnämnden", "", "", "Kontroll av att kränkningsanmälningar utreds inom 14 dagar",
						ControlStatus.GENOMFORD),
				entry("Barn- och utbildningsnämnden", "", "",
						"Kontroll av att kränkningsanmälningar anmäls till huvudman inom fem dagar", ControlStatus.DELVIS)));

		assertThat(common).singleElement()
			.satisfies(c -> assertThat(c.byNamnd().values()).extracting(ControlEntry::namnd, e -> e.status().orElseThrow())
				.containsExactly(tuple("Socialnämnden", ControlStatus.GENOMFORD),
						tuple("Samhällsbyggnadsnämnden", ControlStatus.EJ_GENOMFORD)));
	}

	@Test
	void showsAControlMarkedAsSharedEvenWhereOnlyOneNamndHasIt() {
		List<CommonControls.CommonControl> common = finder.find(List.of(
				entry("Socialnämnden", "", "Kommungemensam kontroll", "Registerförteckning enligt GDPR uppdateras",
						ControlStatus.GENOMFORD),
				entry("Kulturnämnden", "", "Ekonomi", "Kontroll av attester", ControlStatus.GENOMFORD)));

		assertThat(common).singleElement().satisfies(c -> {
			assertThat(c.marked()).isTrue();
			assertThat(c.byNamnd()).containsOnlyKeys("Socialnämnden");
		});
	}

	@Test
	void takesAMarkedControlAsSharedAtThePlanMatchsThreshold() {
		List<CommonControls.CommonControl> common = finder.find(List.of(
				entry("Socialnämnden", "", "Kommungemensam", "Kontroll av att genomförandeplan upprättas inom 14 dagar",
						ControlStatus.GENOMFORD),
				entry("Vård- och omsorgsnämnden", "", "", "Kontroll att genomförandeplaner upprättas inom 14 dagar från "
						+ "beslut (hemtjänst)", ControlStatus.DELVIS)));

		assertThat(common).singleElement().extracting(c -> c.byNamnd().size()).isEqualTo(2);
	}

	@Test
	void givesEachNamndAtMostOneEntryOfASharedControl() {
		List<CommonControls.CommonControl> common = finder.find(List.of(
				entry("Socialnämnden", "", "", "Delegationsbeslut anmäls till nämnden", ControlStatus.GENOMFORD),
				entry("Socialnämnden", "", "", "Delegationsbeslut anmäls till nämnden", ControlStatus.DELVIS),
				entry("Kulturnämnden", "", "", "Delegationsbeslut anmäls till nämnden", ControlStatus.GENOMFORD)));

		assertThat(common).singleElement().satisfies(c -> assertThat(c.byNamnd().values())
			.extracting(e -> e.status().orElseThrow()).containsExactly(ControlStatus.GENOMFORD, ControlStatus.GENOMFORD));
	}
}
