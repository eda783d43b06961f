package se.ikkonsolidering.layout;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A control written as a list item with its outcome after a colon, as an e-mail reports it. */
class ListedControlTests {

	/** The job's vocabulary knows a status opening a sentence; here exactly that one. */
	private final Vocabulary meanings = text -> text.startsWith("Genomförd");
	private final Labels labels = Labels.load(null);

	@Test
	void takesTheTextBeforeTheColonForTheControlAndTheRestForItsReport() {
		assertThat(ListedControl.of("- Kontroll av att ställföreträdare som fått arvode har lämnat in årsräkning innan "
				+ "utbetalning: Genomförd, inga avvikelser.", meanings, labels))
			.contains(new ListedControl("Kontroll av att ställföreträdare som fått arvode har lämnat in årsräkning innan "
					+ "utbetalning", "Genomförd, inga avvikelser."));
	}

	/** Round 227: under "Pågående kontroller", an item whose report opens with the share done. */
	@Test
	void endsAnItemsControlAtTheSentenceBeforeTheShareDone() {
		assertThat(ListedControl.ofListItem("Informationssäkerhet – personuppgiftsbiträdesavtal finns för samtliga "
				+ "IT-leverantörer. 12 av 31 leverantörsavtal är genomgångna. Två leverantörer saknar biträdesavtal.", true,
				true, meanings, labels))
			.contains(new ListedControl("Informationssäkerhet – personuppgiftsbiträdesavtal finns för samtliga "
					+ "IT-leverantörer", "12 av 31 leverantörsavtal är genomgångna. Två leverantörer saknar biträdesavtal."));
	}

	/** Round 423: a lead-in ending in a colon names the control, though a later sentence opens with the status. */
	@Test
	void endsAnItemsControlAtItsColonThoughALaterSentenceOpensWithAStatus() {
		assertThat(ListedControl.ofListItem("Kontroll av att årsräkningar för 2024 är granskade senast 30 juni "
				+ "2025: Samtliga 187 årsräkningar granskades före den 30 juni. Genomförd utan avvikelser.", true,
				false, meanings, labels))
			.contains(new ListedControl("Kontroll av att årsräkningar för 2024 är granskade senast 30 juni 2025",
					"Samtliga 187 årsräkningar granskades före den 30 juni. Genomförd utan avvikelser."));
	}

	/** Round 430: under a heading grouping the controls, an item's control on its first line, its report below. */
	@Test
	void endsAnItemsControlAtItsLineBreak() {
		assertThat(ListedControl.ofListItem("Kreditkontroll av nya företagskunder\nSamtliga 14 nya företagskunder "
				+ "kreditprövades före avtal. Inga avvikelser.", true, true, meanings, labels))
			.contains(new ListedControl("Kreditkontroll av nya företagskunder",
					"Samtliga 14 nya företagskunder kreditprövades före avtal. Inga avvikelser."));
	}

	/** Round 442: "Kontroll – status – kommentar" typed in a mail, the status left out between its dashes. */
	@Test
	void endsAnItemsControlBeforeTheDashesOfAStatusLeftOut() {
		assertThat(ListedControl.ofListItem("Beslut enligt LSS verkställs inom tre månader –  – Genomförd enligt "
				+ "bilaga.", true, false, meanings, labels))
			.contains(new ListedControl("Beslut enligt LSS verkställs inom tre månader", "Genomförd enligt bilaga."));
	}

	@Test
	void takesNoItemWhoseReportOpensWithNoStatus() {
		assertThat(ListedControl.of("- Kontroll av behörigheter i Wärna (verksamhetssystemet): Anna tar den i vår",
				meanings, labels)).isEmpty();
	}

	@Test
	void takesNoLabelledLineWithoutABulletAndNoShortItem() {
		assertThat(ListedControl.of("Kontroll av behörigheter i verksamhetssystemet Wärna: Genomförd", meanings, labels))
			.isEmpty();
		assertThat(ListedControl.of("• Status för Wärna-kontrollen: Genomförd", meanings, labels)).isEmpty();
	}

	/** Round 57: a letter's paragraph per control, the status as its first sentence. */
	@Test
	void takesTheSecondSentenceForTheControlWhenTheFirstIsItsStatus() {
		assertThat(ListedControl.ofParagraph("Genomförd med anmärkning. Kontroll av att avgiftsbeslut inom äldreomsorgen "
				+ "är korrekt beräknade. Av 20 granskade avgiftsbeslut var tre felaktiga.", meanings, false))
			.contains(new ListedControl("Kontroll av att avgiftsbeslut inom äldreomsorgen är korrekt beräknade",
					"Genomförd med anmärkning. Av 20 granskade avgiftsbeslut var tre felaktiga."));
	}

	@Test
	void takesAParagraphNamingAControlWithoutStatusOnlyRightAfterSuchAParagraph() {
		String paragraph = "Avstämning av utbetalt ekonomiskt bistånd mot beslut. Kontrollen har inte hunnits med.";
		assertThat(ListedControl.ofParagraph(paragraph, meanings, true)).contains(
				new ListedControl("Avstämning av utbetalt ekonomiskt bistånd mot beslut", "Kontrollen har inte hunnits med."));
		assertThat(ListedControl.ofParagraph(paragraph, meanings, false)).isEmpty();
	}

	/** Round 423: in a run of such paragraphs, a lead-in ending in a colon names the control; its report follows. */
	@Test
	void takesTheLeadInBeforeTheColonForTheControlOfAParagraphInARun() {
		assertThat(ListedControl.ofParagraph("Kontroll av att lämplighetsprövning görs innan ny ställföreträdare "
				+ "förordnas: Stickprov på tio förordnanden. I ett ärende saknades utdrag ur belastningsregistret.",
				meanings, true))
			.contains(new ListedControl(
					"Kontroll av att lämplighetsprövning görs innan ny ställföreträdare förordnas",
					"Stickprov på tio förordnanden. I ett ärende saknades utdrag ur belastningsregistret."));
	}

	@Test
	void takesNoResultOpeningWithASentenceAboutTheControlForAControl() {
		assertThat(ListedControl.ofParagraph("Kontrollen är genomförd. Handläggarna har fått en checklista som ska "
				+ "användas före varje utbetalning.", text -> true, false)).isEmpty();
	}

	/**
	 * Round 467: "7. Genomförd IT-säkerhetsutbildning för nyanställda – Utgår." names a control after what it checks,
	 * opening with a status's word; a status explained ("Genomförd – kontrollen …") is a few words only.
	 */
	@Test
	void takesAnItemWhoseControlOpensWithAStatusWordForAControl() {
		Vocabulary words = text -> text.startsWith("Genomförd") || text.startsWith("Utgår");
		assertThat(ListedControl.ofListItem("Genomförd IT-säkerhetsutbildning för nyanställda – Utgår. Ersätts av "
				+ "kommungemensam e-utbildning.", true, false, words, labels))
			.contains(new ListedControl("Genomförd IT-säkerhetsutbildning för nyanställda",
					"Utgår. Ersätts av kommungemensam e-utbildning."));
		assertThat(ListedControl.ofListItem("Genomförd – kontrollen är gjord under perioden.", true, false, words,
				labels)).isEmpty();
	}
}
