package se.ikkonsolidering.classify;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StatusWordsTests {

	private final StatusWords words = StatusWords.load(null);

	@ParameterizedTest(name = "{0} → {1}")
	@CsvSource(delimiter = '|', textBlock = """
			Granskning genomförd | GENOMFORD
			'Granskning \nej \ngenomförd' | EJ_GENOMFORD
			Granskning delvis genomförd | DELVIS
			Ja | GENOMFORD
			Nej | EJ_GENOMFORD
			Ja. Utvecklingsarbetet färdigt. | GENOMFORD
			GRÖN | GENOMFORD
			Gul | DELVIS
			Röd | EJ_GENOMFORD
			#REF! | OKLAR
			Completed with remarks | GENOMFORD
			Not started | EJ_GENOMFORD
			Höst | EJ_GENOMFORD
			Brister | GENOMFORD
			Cancelled | UTGAR
			Godkänd med anmärkning | GENOMFORD
			Done with remarks | GENOMFORD
			Delvis genomförd med brister i dokumentationen | DELVIS
			genomf | GENOMFORD
			Delv. | DELVIS
			Ej genomf. | EJ_GENOMFORD
			Genomf. m anm. | GENOMFORD
			genomörd m avvikelse | GENOMFORD
			Nej – utgår enligt beslut KS 2025-03-12 § 45 | UTGAR
			'Nej, ej aktuell' | UTGAR
			'Ja, men bara för vårterminen' | DELVIS
			'Ja, men med avvikelse' | GENOMFORD
			Till största delen genomförd | DELVIS
			Välj status | SAKNAS
			Åtgärd pågår | DELVIS
			Följer plan: Nej | EJ_GENOMFORD
			Följer plan: Ja | GENOMFORD
			'Ja, delvis' | DELVIS
			""")
	void knowsTheWordsOfStatusColumns(String cell, ControlStatus expected) {
		assertThat(words.lookup(cell.replace("\\n", "\n"))).contains(expected);
	}

	@ParameterizedTest(name = "{0} → {1}")
	@CsvSource(delimiter = '|', textBlock = """
			100 % | GENOMFORD
			100% | GENOMFORD
			75 % | DELVIS
			0,5 % | DELVIS
			0 % | EJ_GENOMFORD
			12 av 12 | GENOMFORD
			14 av 31 | DELVIS
			0 av 5 | EJ_GENOMFORD
			4 av 5 enheter | DELVIS
			1 av 1 enhet | GENOMFORD
			■■■■■ | GENOMFORD
			■■■□□ | DELVIS
			□□□□□ | EJ_GENOMFORD
			● ● ○ ○ | DELVIS
			███░░ | DELVIS
			""")
	void readsAShareDoneByTheBandsOfAndelar(String cell, ControlStatus expected) {
		assertThat(words.lookup(cell)).contains(expected);
	}

	/** Round 118: statuses written casually, the qualifier abbreviated. */
	@Test
	void readsCasualStatusWords() {
		assertThat(words.lookup("gjort")).contains(ControlStatus.GENOMFORD);
		assertThat(words.lookup("inte än")).contains(ControlStatus.EJ_GENOMFORD);
		assertThat(words.lookup("klar m. anm.")).contains(ControlStatus.GENOMFORD);
		assertThat(words.lookup("påbörj.")).contains(ControlStatus.DELVIS);
	}

	/** Round 155: a scale of remarks alone ("Utan anmärkning | Med anmärkning | Pågår"). */
	@Test
	void aControlWithOrWithoutRemarksWasDone() {
		assertThat(words.lookup("Med anmärkning")).contains(ControlStatus.GENOMFORD);
		assertThat(words.lookup("Utan anmärkning")).contains(ControlStatus.GENOMFORD);
	}

	/** Round 220: what the control found, none or some deviations, says it was done. */
	@Test
	void aDeviationFoundOrNotSaysTheControlWasDone() {
		assertThat(words.lookup("Ingen avvikelse")).contains(ControlStatus.GENOMFORD);
		assertThat(words.lookup("Mindre avvikelse")).contains(ControlStatus.GENOMFORD);
		assertThat(words.lookup("Väsentliga avvikelser")).contains(ControlStatus.GENOMFORD);
	}

	/** Round 224: an export's "Executed (Y/N)" answered Y, N or N/A. */
	@Test
	void readsAnEnglishExportsYesNoAnswers() {
		assertThat(words.lookup("Y")).contains(ControlStatus.GENOMFORD);
		assertThat(words.lookup("N")).contains(ControlStatus.EJ_GENOMFORD);
		assertThat(words.lookup("N/A")).contains(ControlStatus.UTGAR);
	}

	/** Round 158: half way, and not started cut short in a narrow column. */
	@Test
	void readsHalfWayAndNotStartedCutShort() {
		assertThat(words.lookup("Halvvägs")).contains(ControlStatus.DELVIS);
		assertThat(words.lookup("ej påb.")).contains(ControlStatus.EJ_GENOMFORD);
	}

	/** Round 124: a control cancelled from the plan. */
	@Test
	void aCancelledControlIsNoLongerPartOfThePlan() {
		assertThat(words.lookup("Makulerad")).contains(ControlStatus.UTGAR);
	}

	/** Rounds 113 and 118: the sender is not sure of the status either. */
	@Test
	void aStatusWordWithAQuestionMarkIsUnclear() {
		assertThat(words.lookup("genomförd?")).contains(ControlStatus.OKLAR);
		assertThat(words.lookup("Klar?")).contains(ControlStatus.OKLAR);
		assertThat(words.lookup("Varför?")).isEmpty();
	}

	/** Round 196: a count of what was found wrong is no share done. */
	@Test
	void aCountOfFaultsIsNoShareDone() {
		assertThat(words.lookup("2 av 20 fel")).isEmpty();
		assertThat(words.lookup("3 av 25 avvikelser")).isEmpty();
	}

	@Test
	void aShareAboveAllBandsIsNoStatus() {
		assertThat(words.lookup("120 %")).isEmpty();
	}

	@Test
	void doesNotGuessAtCodesTooShortToBeAWordCutShort() {
		assertThat(words.lookup("gen")).isEmpty();
		assertThat(words.lookup("Del")).isEmpty();
	}

	/** Round 287: a full stop marks a word cut to three letters, where a code has none. */
	@Test
	void readsAWordCutToThreeLettersWithAFullStop() {
		assertThat(words.lookup("Påb.")).contains(ControlStatus.DELVIS);
		assertThat(words.lookup("Utg.")).contains(ControlStatus.UTGAR);
		assertThat(words.lookup("Påb")).isEmpty();
	}

	/** Round 287: a system without Swedish letters, a keyboard set to English. */
	@Test
	void readsStatusWordsWrittenWithoutSwedishLetters() {
		assertThat(words.lookup("Utgar")).contains(ControlStatus.UTGAR);
		assertThat(words.lookup("paborjad")).contains(ControlStatus.DELVIS);
		assertThat(words.lookup("EJ PABORJAD")).contains(ControlStatus.EJ_GENOMFORD);
	}

	@ParameterizedTest(name = "{0} → {1}")
	@CsvSource(delimiter = '|', textBlock = """
			Gneomförd | GENOMFORD
			påbörjd | DELVIS
			Ej gneomförd | EJ_GENOMFORD
			""")
	void readsAStatusWordTypedWithOneSlip(String cell, ControlStatus expected) {
		assertThat(words.lookup(cell)).contains(expected);
	}

	/** Round 199: "Genomförs" alone in a status column, the work going on. */
	@Test
	void aControlBeingCarriedOutIsPartlyDone() {
		assertThat(words.lookup("Genomförs")).contains(ControlStatus.DELVIS);
		assertThat(words.lookup("Utförs")).contains(ControlStatus.DELVIS);
	}

	/** Round 199: a word only a whole cell says is no word a cut or a slip is taken for. */
	@Test
	void aWordCutShortOrMisspeltIsStillDone() {
		assertThat(words.lookup("Genomf")).contains(ControlStatus.GENOMFORD);
		assertThat(words.lookup("Genomför")).contains(ControlStatus.GENOMFORD);
	}

	/** Round 199: "Genom-⏎förd", "Delvis genom-⏎förd" in narrow status columns. */
	@Test
	void readsAStatusWordBrokenOverTwoLinesWithAHyphen() {
		assertThat(words.lookup("Genom-\nförd")).contains(ControlStatus.GENOMFORD);
		assertThat(words.lookup("Delvis genom-\nförd")).contains(ControlStatus.DELVIS);
	}

	/** Round 201: "Markera utförd kontroll med ✓ och datum", the day written beside the sign or word. */
	@ParameterizedTest(name = "{0} → {1}")
	@CsvSource(delimiter = '|', textBlock = """
			✓ 2025-03-18 | GENOMFORD
			Klar 18/3 | GENOMFORD
			'Ja, 18.3.2025' | GENOMFORD
			2025-04-22 ✓ | GENOMFORD
			Påbörjad den 2025-04-02 | DELVIS
			Ej utförd 2025-04-30 | EJ_GENOMFORD
			""")
	void readsAStatusWithTheDayItWasDone(String cell, ControlStatus expected) {
		assertThat(words.lookup(cell)).contains(expected);
	}

	@Test
	void aDayAloneOrAfterASentenceIsNoStatus() {
		assertThat(words.lookup("2025-03-18")).isEmpty();
		assertThat(words.lookup("Stickprov taget 2025-03-18")).isEmpty();
	}

	@Test
	void readsNoSlipInShortWords() {
		assertThat(words.lookup("Klat")).isEmpty();
		assertThat(words.lookup("Nje")).isEmpty();
	}

	/** Round 522: "Ska ej genomföras" on a scale beside "Ej påbörjad" is decided against, not only not done. */
	@Test
	void readsAControlNotToBeDoneAsStruck() {
		assertThat(words.lookup("Ska ej genomföras")).contains(ControlStatus.UTGAR);
	}

	@Test
	void doesNotGuessAtSentences() {
		assertThat(words.lookup("Kontrollen gjordes i mars av två handläggare")).isEmpty();
	}

	/**
	 * Round 237: "Avslutad - ej aktuell" closes a control as struck, not as done; round 54's legend "Ej genomförd –
	 * Utgår" stays not done.
	 */
	@ParameterizedTest(name = "{0} → {1}")
	@CsvSource(delimiter = '|', textBlock = """
			Avslutad - ej aktuell | UTGAR
			Klar – utgår | UTGAR
			Ej genomförd – Utgår | EJ_GENOMFORD
			Avslutad - inga fel | GENOMFORD
			""")
	void readsAControlClosedAsNoLongerApplicableAsStruck(String cell, ControlStatus expected) {
		assertThat(words.lookup(cell)).contains(expected);
	}
}
