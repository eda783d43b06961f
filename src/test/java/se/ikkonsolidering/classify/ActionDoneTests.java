package se.ikkonsolidering.classify;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A control written as an action is reported done in the action's own participle. */
class ActionDoneTests {

	/** Round 319: "Uppdatera handlingsplan …" reported as "Handlingsplanen är uppdaterad och fastställd". */
	@Test
	void findsTheParticipleOfTheVerbTheControlOpensWith() {
		assertThat(ActionDone.participle("Uppdatera handlingsplan för hot och våld i samråd med säkerhetssamordnare",
				"Delår: Handlingsplanen är uppdaterad och fastställd av förvaltningsledningen i maj."))
			.contains("uppdaterad");
		assertThat(ActionDone.participle("Inventera nycklar och passerkort på samtliga enheter",
				"Samtliga enheter har inventerat sina nycklar.")).contains("inventerat");
	}

	@Test
	void findsNoneWhereTheActionIsNegatedOrTheControlOpensWithANoun() {
		assertThat(ActionDone.participle("Uppdatera handlingsplan för hot och våld",
				"Handlingsplanen är ännu inte uppdaterad.")).isEmpty();
		assertThat(ActionDone.participle("Attest av leverantörsfakturor enligt attestordningen",
				"Attesterad enligt rutin.")).isEmpty();
	}
}
