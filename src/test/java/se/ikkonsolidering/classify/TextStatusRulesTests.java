package se.ikkonsolidering.classify;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TextStatusRulesTests {

	private final TextStatusRules rules = TextStatusRules.load(null);

	@ParameterizedTest(name = "{0} → {1}")
	@CsvSource(delimiter = '|', textBlock = """
			Granskning ej genomförd | EJ_GENOMFORD
			I stort sett klar | DELVIS
			Genomförd till största delen | DELVIS
			Kontrollen har inte kunnat genomföras fullt ut eftersom underlag saknas. | DELVIS
			Inte alla enheter har kontrollerats – fem av sex är klara. | DELVIS
			Rättelse: avser endast IFO, vård och omsorg har inte kontrollerats. | DELVIS
			Endast hälften av stickproven har granskats, resterande tas under hösten. | DELVIS
			Hälften av urvalet granskat, resterande klart i juni. | DELVIS
			Avstämning har gjorts för januari–juni. Hösten har inte hunnit stämmas av på grund av vakans. | DELVIS
			Hanteras av Gästrike Vatten AB från 1 maj. | UTGAR
			Cancelled by Board decision 2025-09-18; handled in the group-wide GDPR process. | UTGAR
			Behörighetslistan är uttagen, jämförelsen är klar för ca hälften av användarna. | DELVIS
			Planeras till försommaren | EJ_GENOMFORD
			Görs vid halvår. | EJ_GENOMFORD
			Görs i samband med T2. | EJ_GENOMFORD
			Stickprov på 10 fakturor gjort. En faktura saknade andra attest, rättat. | GENOMFORD
			Mätning gjord vecka 10–12 i samtliga kök. Svinnet ligger under målvärdet. | GENOMFORD
			Ingen mätning gjord under perioden. | EJ_GENOMFORD
			Loggkontrollen för maj och juni är gjord utan anmärkning. Juli och augusti görs i september. | DELVIS
			Loggkontrollen har inte kommit igång på grund av byte av verksamhetssystem. | EJ_GENOMFORD
			Hemtjänsten granskad: 14 av 20 planer upprättade i tid. Särskilt boende granskas under hösten. | DELVIS
			Enligt plan i november. | EJ_GENOMFORD
			Genomförs inför ht 2025 (juni–augusti). | EJ_GENOMFORD
			Genomförs i T2 | EJ_GENOMFORD
			Tas i tertial 2. | EJ_GENOMFORD
			Stickprov 25 livsmedelskontroller: 24 korrekt debiterade, 1 ej debiterad (rättad i juli). | GENOMFORD
			Stickprov på 40 utbetalningar under mars–maj. Samtliga hade ett beslut som stämde med beloppet. | GENOMFORD
			Granskningen av inköp januari–juni visade att tre skolor köpt läromedel utanför avtal. | GENOMFORD
			Ett arvode var felberäknat (1 850 kr för högt) och har återkrävts. Övriga korrekta. | GENOMFORD
			Av 212 inkomna anmälningar gjordes förhandsbedömning inom 14 dagar i 188 fall (89 %). | GENOMFORD
			Samtliga 17 nya ställföreträdare under perioden var kontrollerade mot kreditupplysning. | GENOMFORD
			6 av 75 inköp gjordes utanför avtal, främst livsmedel till hemkunskap. | GENOMFORD
			212 anmälningar, varav 31 anmäldes senare än fem dagar. | GENOMFORD
			Samtliga 42 brukares debiteringar stämda mot beslut. | GENOMFORD
			Samtliga 47 nyanställda under året hade uppvisat utdrag före anställning. | GENOMFORD
			Punkt 8 har vi inte hunnit få in underlag på ännu. | SAKNAS
			Punkt 8 har IT inte återkommit om, jag skickar den när jag får svar. | SAKNAS
			Kontrollen genomförd men vi har inte fått svar från leverantören. | GENOMFORD
			klart, 3 konton låg kvar, stängda nu | GENOMFORD
			Kontroll gjord, tre skolor kvar. | DELVIS
			Punkt 6 hann vi inte med i år pga bytet av diariesystem, läggs in i planen för 2026. | EJ_GENOMFORD
			Samtliga 63 kontrollerade. I fyra fall hade anställningen påbörjats innan utdraget visats upp. | GENOMFORD
			Ingen bedömning gjord för perioden | SAKNAS
			Samtliga 142 beslut under jan–okt kontrollerade. 6 beslut fattades efter tio veckor utan förlängning. | GENOMFORD
			Kontrollen är genomförd. Två beslut om bostad har inte verkställts inom tre månader. | GENOMFORD
			Kontrollen har endast kunnat göras för perioden juni–december eftersom data saknades. | DELVIS
			Det går i nuläget inte att bedöma om kontrollen har genomförts. | OKLAR
			Har gått igenom loggen. 4 beslut från 2024 ej verkställda. | GENOMFORD
			Registerförteckningen har gåtts igenom och uppdaterats i november. | GENOMFORD
			Utförd tid motsvarade 94 procent av beviljad tid. Kontrollen är genomförd utan anmärkning. | GENOMFORD
			Kontrollen genomförd, avvikelser noterade – åtgärder pågår | GENOMFORD
			Kontrollen genomförd, avvikelser har noterats – åtgärd pågår | GENOMFORD
			OK inga avvik. | GENOMFORD
			Arbetet är inte påbörjat. | EJ_GENOMFORD
			Inte hunnit | EJ_GENOMFORD
			Ej hunnit, flyttas till 2026. | EJ_GENOMFORD
			Genomförs i samband med medarbetarsamtalen under hösten. | EJ_GENOMFORD
			Vid delår pågående, nu klart. Checklistan användes vid samtliga åtta evenemang. | GENOMFORD
			Vid delårsuppföljningen hade kontrollen ännu inte påbörjats. Under hösten har kontrollen genomförts. | GENOMFORD
			Eftersom informationssäkerhetsansvarig ingått i rollen som stabsansvarig har granskningen inte genomförts. | EJ_GENOMFORD
			Under året har det inte genomförts några utbildningsinsatser om korrekta rutiner. | EJ_GENOMFORD
			Därför har kontrollen av de tidigare arbetssätten och följsamheten av rutiner inte utförts. | EJ_GENOMFORD
			Novemberprognosen uteblev efter Kommunstyrelsens beslut. | EJ_GENOMFORD
			Helår, ingen strukturerad loggkontroll har gjorts utan fokus har varit på att arbeta fram den nya rutinen. | EJ_GENOMFORD
			○ betyder att kontrollen inte har genomförts | EJ_GENOMFORD
			Kontrollen avbryts och ersätts av ny introduktionsrutin från 1 september. | UTGAR
			Kontrollen flyttad till Tekniska nämndens plan enligt beslut i nämnden. | UTGAR
			Kontrollen har efter nämndbeslut ersatts av annan kontroll. | UTGAR
			Nämnden beslutade den 15 maj 2025 (§ 41) att kontrollmomentet skulle utgå ur planen. | UTGAR
			Nämnden beslutade 2025-06-11 § 52 att kontrollmomentet ska utgå eftersom det ingår i den centrala uppföljningen. | UTGAR
			Nämnden beslutade 2025-05-21 (§ 48) att lyfta ur detta moment ur planen. Någon kontroll har därför inte gjorts. | UTGAR
			Loggkontrollen har tyvärr inte blivit av under 2025. Momentet flyttas över till planen för 2026. | EJ_GENOMFORD
			Genomgången gjordes både inför delåret och efter årets slut. | GENOMFORD
			Kontrollen ersatt av automatisk kontroll i lönesystemet, beslut SN 2025-03-18 § 22. | UTGAR
			Kontrollen har inte genomförts. Flyttas till internkontrollplan 2026. | EJ_GENOMFORD
			Redovisas i helårsuppföljningen. | SAKNAS
			Hann inte, upphandlingsenheten hade två vakanser under hösten. | EJ_GENOMFORD
			Kontrollen har inte genomförts då statistikunderlaget inte blev klart i tid. | EJ_GENOMFORD
			Sammanställningen är ännu inte klar. | EJ_GENOMFORD
			○ att den inte är påbörjad | EJ_GENOMFORD
			Utförs inte förrän det nya avtalet är tecknat (2026). | EJ_GENOMFORD
			Genomförs först under våren 2026 när systemet är på plats. | EJ_GENOMFORD
			Ej genomförd 2025, genomfördes senast 2023. | EJ_GENOMFORD
			Ej utförd. Kontrollen var planerad till kvartal 4 men sköts upp. Genomfördes senast 2023. | EJ_GENOMFORD
			Stickprovet är gjort på tio beslut, senast gjord 2022. | GENOMFORD
			Inga markanvisningar har gjorts under året; kontrollen har inte startats. | EJ_GENOMFORD
			Testing completed; no exceptions identified. | GENOMFORD
			Maintenance plan updated in June; follow-up completed, no deviations. | GENOMFORD
			✖ att den inte är genomförd | EJ_GENOMFORD
			Planeras till hösten. | EJ_GENOMFORD
			Kontrollen var planerad till T1. Stickprov 10 nyanställningar, inga avvikelser. | GENOMFORD
			Kontrollen flyttas till hösten på grund av nytt kundsystem. | EJ_GENOMFORD
			Mätning våren klar, höstmätningen flyttad | DELVIS
			Genomförs i oktober i samband med den årliga inkomstkontrollen. | EJ_GENOMFORD
			Genomförs under Q4 | EJ_GENOMFORD
			Planeras till hösten, ingen kontroll gjord ännu. | EJ_GENOMFORD
			Avbruten på grund av vakant tjänst som säkerhetssamordnare. | EJ_GENOMFORD
			Kontrollen har avbrutits genom beslut i nämnden 2025-06-11. | UTGAR
			Kontrollen ströks ur planen genom nämndens beslut i juni. | UTGAR
			Kontrollen kan inte utföras i år eller har strukits. | UTGAR
			Genomfört för kulturenheten. Fritidsenheten kvarstår. | DELVIS
			Kontrollen genomförd, bristen kvarstår. | GENOMFORD
			Q1–Q3 partially tested; the control was not performed for Q4. | DELVIS
			Genomgången visar att 78 % av anmälningarna görs inom fem dagar. | GENOMFORD
			Kontrollen är genomförd. 92 % åtgärdade inom 14 dagar, vilket uppfyller målet. | GENOMFORD
			Kontrollerat för 20 av 45 praktikplatser, inga brister hittills. | DELVIS
			20 av planerade 40 debiteringar har granskats, inga fel hittills. | DELVIS
			62 % av årets planerade kontroller utförda per 31/8. | DELVIS
			Görs i höst | EJ_GENOMFORD
			Alla prover tagna. 1 anmärkning (koliforma bakterier) – åtgärdat. | GENOMFORD
			Done in April for winter season 2024/25. No deviations. | GENOMFORD
			Avbruten genom styrelsebeslut 2025-06-10, nytt kundsystem införs 2026. | UTGAR
			Kontrollen avbryts genom beslut SBN 2025-04-02 § 31 då bilpoolen avvecklas. | UTGAR
			Stickprov genomfört för kvartal 1–2. Resterande del av kontrollen skjuts till januari 2026. | DELVIS
			Genomgång gjord på 3 av 7 grundskolor. Övriga skolor granskas under hösten. | DELVIS
			Resterande ärenden granskas i september. | DELVIS
			Oklart om kontrollen gjorts under hösten, handläggaren har slutat. | OKLAR
			Stickprovet visade att granskningen inte hade kunnat slutföras. | EJ_GENOMFORD
			Helår: IFO klart, SVO ej klart | DELVIS
			Arbetet är försenat och är framskjutet till våren 2024. | DELVIS
			Ej genomförd, lönerevisionen försenad till december. | EJ_GENOMFORD
			Kontrollen genomfördes försenat i november. | GENOMFORD
			Granskningen slutfördes i oktober. | GENOMFORD
			Kontrollen slutfördes inte på grund av personalbrist på ekonomienheten. Flyttas till 2026. | EJ_GENOMFORD
			Planerad Q3 | EJ_GENOMFORD
			Avstämningen mot tillsynsplanen är gjord för livsmedelskontrollen men inte för miljöbalkstillsynen. | DELVIS
			Uppföljning påbörjades i oktober, på grund av de nytillsatta tjänsterna. | DELVIS
			Det systematiska informationssäkerhetsarbetet pågår och förvaltningen deltar i normerande klassningar. | DELVIS
			Inventeringen är genomförd till 50% och beräknas vara klar våren 2022. | DELVIS
			Kontrollaktiviteten uppfylls helt. Bedömningen grundar sig på aktiviteterna genomförts under året. | GENOMFORD
			Kontroller har genomförts enligt plan. Inga större avvikelser noteras. | GENOMFORD
			Delår: Rutin för beställning av behörighet har upprättats. | GENOMFORD
			Rutin färdigställd. Förmedlas ut till medarbetare under november. | GENOMFORD
			Helår: Beloppskontroll och attest, görs dagligen. Inga felaktiga utbetalningar har upptäckts. | GENOMFORD
			Barnhälsoteamet har följt upp orosanmälningar i samband med BHT en gång per månad. | GENOMFORD
			Ingen lex Sarah rapport har har gjorts och rutinen har följts. | GENOMFORD
			Samtliga vakanser avseende tillsvidaretjänster och längre vikariat är tillsatta. | GENOMFORD
			Helår: Inga vakanser utifrån kompetensbrist. Samtliga vakanser avseende tillsvidaretjänster är tillsatta. | GENOMFORD
			Genomförd i augusti, inga felaktiga utbetalningar. Ingen ytterligare kontroll planerad under hösten. | GENOMFORD
			Ny rutin beslutades i oktober, kontrollen flyttas till 2026. | EJ_GENOMFORD
			Stipendierna beslutas i november, kontrollen görs därefter. | EJ_GENOMFORD
			Genomförs i november enligt plan. | EJ_GENOMFORD
			Systembyte hösten 2025. Kontrollen ersätts av behörighetsrutinen i det nya systemet. | UTGAR
			Nytt passagesystem installerat. Kontrollen ersätts 2026 av behörighetskontroll i systemet. | UTGAR
			Ej genomförda kontroller | EJ_GENOMFORD
			Ingen uppföljning rapporterad. | SAKNAS
			Planerad kontroll | SAKNAS
			Inventeringen ställdes in. Så här har kontrollen gjorts: Inventering av förråd med MAS. | EJ_GENOMFORD
			Inte genomförd under perioden. Kontrollen görs under hösten när det nya systemet har införts. | EJ_GENOMFORD
			Det här har vi gjort: | GENOMFORD
			Nämnden beslutade i juni (KFN § 61) att stryka kontrollen ur årets plan eftersom den görs av KS. | UTGAR
			Ingen återrapportering har inkommit från fritidsenheten inför denna uppföljning. | SAKNAS
			Nä inte hunnit pga personalbrist. Tas T3 | EJ_GENOMFORD
			Skjuts till 2027, inget gjort i år. | EJ_GENOMFORD
			Kollat, en konsult som slutat hade kvar behörighet – borttagen | GENOMFORD
			Rapp. för Q1 o Q2 gjord enl plan, inga avvikelsr | GENOMFORD
			Ersatt av kontroll 4 efter övergång till nytt kundsystem. | UTGAR
			Ersätts av kontrollmoment 2.3 i kommunstyrelsens plan. | UTGAR
			Genomfördes under hösten 2025. Dokumentation saknades i 2 av 12 granskade upphandlingar. | GENOMFORD
			12 av 15 granskade under våren, resten i juni. | DELVIS
			Samtliga 11 rapporter under året har utretts och vid behov anmälts till IVO inom föreskriven tid. | GENOMFORD
			Stickprov dras i november enligt plan. | EJ_GENOMFORD
			Uppföljt t.o.m. juni. Kostnaden per portion ligger 3 % över budget. | GENOMFORD
			Samtliga 38 anmälningar inkomna i tid. | GENOMFORD
			Analys av inköp jan–jun i e-handelssystemet: 87 % av inköpen gjordes hos avtalsleverantör. | GENOMFORD
			Kontrollen har skjutits upp till 2026 på grund av personalbrist. | EJ_GENOMFORD
			Kontrollen har gjorts på två av tre boenden. Kontrollen på Vretgården har skjutits till 2026. | DELVIS
			Stickprov 12 ärenden: 10 påbörjade i tid, 2 försenade. | GENOMFORD
			Rutinen är framtagen men ännu inte införd i kommunen. | DELVIS
			Inventeringen är genomförd. Fyra verk kunde inte lokaliseras; eftersökning pågår. | GENOMFORD
			Uppf.: Ej påb. | EJ_GENOMFORD
			OK, rutinen följd vid Ed-dagarna och Backafestivalen. | GENOMFORD
			I ett ärende saknades utdrag ur belastningsregistret; utdraget har begärts i efterhand. | GENOMFORD
			48 anmälningar har inkommit. I 6 fall dröjde anmälan till huvudmannen mer än en vecka. | GENOMFORD
			Uppföljning har gjorts för samtliga pågående investeringsprojekt per 30 juni. | GENOMFORD
			Extern besiktning av samtliga 14 lekplatser gjordes i maj. | GENOMFORD
			Stickprov på tio förordnanden. Samtliga hade beslut. | GENOMFORD
			Stickprov för maj–juni klart, juli–augusti kvar. | DELVIS
			Genomförd, brister kvar att åtgärda. | GENOMFORD
			""")
	void readsTheStatusFromTheSendersWords(String text, ControlStatus expected) {
		assertThat(rules.classify(text)).get().extracting(TextStatusRules.TextVerdict::status).isEqualTo(expected);
	}

	/** Round 63: the latest tertial's comment column says only "Se bilaga 2". */
	/** Round 246: a status cell's shorthand for when the control is planned, month or week without a preposition. */
	@Test
	void readsAPlannedMonthOrWeekInShorthandAsNotDone() {
		assertThat(rules.classify("Planeras okt")).get().extracting(TextStatusRules.TextVerdict::status)
			.isEqualTo(ControlStatus.EJ_GENOMFORD);
		assertThat(rules.classify("Planerad v. 44")).get().extracting(TextStatusRules.TextVerdict::status)
			.isEqualTo(ControlStatus.EJ_GENOMFORD);
	}

	@Test
	void readsALatestPeriodsPassageWithoutItsColumnsLabel() {
		assertThat(rules.classify("Tertial 1 (jan–apr) Kommentar: 12 av 12 nyanställda kontrollerade.\n"
				+ "Tertial 2 (maj–aug) Kommentar: Se bilaga 2")).get()
			.extracting(TextStatusRules.TextVerdict::status, TextStatusRules.TextVerdict::passage)
			.containsExactly(ControlStatus.OKLAR, "Tertial 2 (maj–aug) Kommentar: Se bilaga 2");
	}

	/** Round 134: last year's template reused, this year's comment column headed by its tertial and year. */
	@Test
	void readsTheLatestPeriodsPassageWhoseLabelEndsInItsYear() {
		assertThat(rules.classify("Kommentar 2025: Ej prioriterat\nKommentar T2 2026: Gjort. 4 rapporter, alla utredda"))
			.get()
			.extracting(TextStatusRules.TextVerdict::status, TextStatusRules.TextVerdict::passage)
			.containsExactly(ControlStatus.GENOMFORD, "T2 2026: Gjort. 4 rapporter, alla utredda");
	}

	/** Round 359: the period a review covers runs to a date; no work is said to go on, nor anything else. */
	@Test
	void readsAReviewedPeriodRunningToADateAsNoStatus() {
		assertThat(rules.classify("Granskningsperioden pågår till 30 juni, följs upp vid delår.")).isEmpty();
	}

	/** Round 191: a share of the cases followed up tells how far the work came, which its opening word does not. */
	@Test
	void readsAShareFollowedUpNotAsDoneByItsOpeningWord() {
		assertThat(rules.classify("Uppföljt för 9 av 15 hushåll.")).isEmpty();
	}

	/** Round 360: a review named, a colon, and nothing measured but a pointer to an appendix says nothing. */
	@Test
	void readsAReviewPointingToAnAppendixAsNoStatus() {
		assertThat(rules.classify("Analys av inköpen: se bilaga 2.")).isEmpty();
	}

	/** Round 221: a control to be done at the year's end, in a delår follow-up, is not done yet. */
	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "Genomförs inför helårsuppföljningen.", "Görs till bokslutet.",
			"Kontrolleras i samband med årsbokslutet." })
	void readsAControlToBeDoneAtTheYearsEndAsNotDone(String text) {
		assertThat(rules.classify(text)).get().extracting(TextStatusRules.TextVerdict::status)
			.isEqualTo(ControlStatus.EJ_GENOMFORD);
	}

	/** Round 235: the year a control is to be done in, not a date it was done on. */
	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "Kontrollen görs 2026.", "Genomförs under 2026 när avtalet är klart." })
	void readsAControlToBeDoneInAYearAsNotDone(String text) {
		assertThat(rules.classify(text)).get().extracting(TextStatusRules.TextVerdict::status)
			.isEqualTo(ControlStatus.EJ_GENOMFORD);
	}

	/** Round 227: all of a sample described at some length, then "har granskats". */
	@Test
	void readsAllOfALongDescribedSampleReviewedAsDone() {
		assertThat(rules.classify("Samtliga 46 barnavårdsutredningar som avslutades under perioden har granskats. 41 "
				+ "utredningar avslutades inom fyra månader.")).get()
			.extracting(TextStatusRules.TextVerdict::status).isEqualTo(ControlStatus.GENOMFORD);
	}

	/** Round 94: "Resultat (tertial 1): … Resultat (delår): …", each period named in brackets after the label. */
	@Test
	void readsTheLatestPeriodNamedInBracketsAfterItsLabel() {
		assertThat(rules.classify("Resultat (tertial 1): Ej påbörjad.\nResultat (delår): Genomförd. Samtliga 11 "
				+ "placeringar har kontrollerats utan anmärkning.")).get()
			.extracting(TextStatusRules.TextVerdict::status, TextStatusRules.TextVerdict::passage)
			.containsExactly(ControlStatus.GENOMFORD,
					"Resultat (delår): Genomförd. Samtliga 11 placeringar har kontrollerats utan anmärkning.");
	}

	/** Round 61: what the control found in its sample shows it was done, if nothing clearer is said. */
	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "Samtliga 20 fakturor enligt avtal.", "Totalt 5 av 96 ärenden överskred tidsfristen.",
			"Två fordon hade passerat servicedatum, åtgärdat i juni.", "3 av 40 ärenden saknade beslut.",
			"Stickprov av 25 fakturor visade två felaktiga attester.", "Inga fel hittades i de 15 granskade ärendena.",
			"Alla 12 avtal fanns registrerade.", "I två fall saknades underskrift.", "Kontrollerat 30 ärenden, 2 avvikelser.",
			"Samtliga 210 feriearbetare hade signerat avtal.", "Körd i maj och november.",
			"Safety round completed 14 May 2025, no remarks.",
			"Samtliga delegationsbeslut har anmälts löpande, kontrollerat av nämndsekreterare i december.",
			"30 transaktioner har granskats. Underlag saknades för fyra köp.",
			"Avtal har tecknats för samtliga nio förtidsröstningslokaler, det sista den 28 november 2025.",
			"Samtliga sju e-tjänster har granskats. För en tjänst saknades personuppgiftsbiträdesavtal.",
			"Samtliga tre återrapporteringar som förföll under perioden lämnades i tid.",
			"Uppföljningsmöten hållna med samtliga fyra studieförbund." })
	void takesWhatTheSampleShowedAsWeakEvidenceThatTheControlWasDone(String text) {
		assertThat(rules.classify(text)).get().extracting(TextStatusRules.TextVerdict::status, TextStatusRules.TextVerdict::strong)
			.containsExactly(ControlStatus.GENOMFORD, false);
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "Totalt finns aktuella förändringsplaner i 66 procent av de ärenden som bedöms vara aktuella.",
			"Jämförelse med föregående års förteckning av personuppgiftsbehandlingar.",
			"Mötet med entreprenören har inte hållits.", "Dokumentation saknades i 2 av 12 granskade upphandlingar.",
			"Stickprov på 25 fakturor.", "" })
	void saysNothingWhenTheTextDoesNotTellWhetherTheControlWasDone(String text) {
		assertThat(rules.classify(text)).isEmpty();
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "Delår: Inga rapporter om hot och våld har inkommit.\nHelår: Arbetet har inte påbörjats.",
			"VB: Arbetet har inte påbörjats.\nT2: Stickprov har genomförts.\nT1: Stickprov har genomförts." })
	void letsTheLatestPeriodDecide(String text) {
		assertThat(rules.classify(text)).get().extracting(TextStatusRules.TextVerdict::status)
			.isEqualTo(ControlStatus.EJ_GENOMFORD);
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "Delår: Arbetet pågår.\nHelår: Kontrollen är genomförd." })
	void reportsThePassageThatDecided(String text) {
		assertThat(rules.classify(text)).get().extracting(TextStatusRules.TextVerdict::passage)
			.isEqualTo("Helår: Kontrollen är genomförd.");
	}

	/** Round 237: what was not started is the finding ("… utan att ny upphandling påbörjats"), the control was done. */
	@Test
	void readsWhatAControlFoundNotStartedAsItsFindingNotItsState() {
		assertThat(rules.classify("Granskningen slutförd i december. 2 av 18 avtal hade löpt ut utan att ny upphandling "
				+ "påbörjats – återrapporterat till upphandlingsenheten.")).get()
			.extracting(TextStatusRules.TextVerdict::status).isEqualTo(ControlStatus.GENOMFORD);
	}

	/** Round 234: "kontrollen ersätts 2026." with nothing after: the control itself is struck. */
	@Test
	void readsAControlReplacedFromAYearAsStruck() {
		assertThat(rules.classify("Avbruten – nytt lånesystem upphandlas gemensamt i länet, kontrollen ersätts 2026."))
			.get().extracting(TextStatusRules.TextVerdict::status).isEqualTo(ControlStatus.UTGAR);
	}

	/** Round 373: what the control checks has happened for all of them, so it was checked. */
	@Test
	void readsAllOfWhatIsCheckedHavingHappenedAsImplyingDone() {
		assertThat(rules.classify("Samtliga delegationsbeslut har anmälts månadsvis, kontrollerat mot ärendesystemet."))
			.get()
			.extracting(TextStatusRules.TextVerdict::status, TextStatusRules.TextVerdict::strong,
					TextStatusRules.TextVerdict::phrases)
			.containsExactly(ControlStatus.GENOMFORD, false, "samtliga delegationsbeslut har anmälts");
		assertThat(rules.classify("Inte samtliga beslut har anmälts.")).isEmpty();
	}

	/** Round 238: a month after "i" is when it was done, no label opening a later period's passage. */
	@Test
	void readsAMonthAfterAPrepositionAsATimeInTheSentenceNotAPeriodLabel() {
		assertThat(rules.classify("Kontroll gjord i december: 3 av 40 beslut saknade anmälan.")).get()
			.extracting(TextStatusRules.TextVerdict::status, TextStatusRules.TextVerdict::strong,
					TextStatusRules.TextVerdict::phrases, TextStatusRules.TextVerdict::passage)
			.containsExactly(ControlStatus.GENOMFORD, true, "kontroll gjord",
					"Kontroll gjord i december: 3 av 40 beslut saknade anmälan.");
		assertThat(rules.classify("T1: klar. Under T2: ej påbörjad")).get()
			.extracting(TextStatusRules.TextVerdict::status).isEqualTo(ControlStatus.EJ_GENOMFORD);
	}

	/** Rounds 376 and 377: a control under way, half done, or stopped by a decision; a share a done control showed. */
	@ParameterizedTest(name = "{0} → {1}")
	@CsvSource(delimiter = '|', textBlock = """
			Enkät skickad i augusti, svar inkommer löpande. | DELVIS
			Inväntar svar från leverantören. | DELVIS
			Hälften av anslutningarna kontrollerade utan fel. | DELVIS
			Nämnden beslutade 2025-05-20 att avbryta kontrollen eftersom arkivet flyttas till e-arkivet. | UTGAR
			Spendanalysen för helåret är genomförd och visar 87 % avtalstrohet. | GENOMFORD
			""")
	void readsWorkUnderWayHalfDoneStoppedOrShowingAShare(String text, ControlStatus status) {
		assertThat(rules.classify(text)).get().extracting(TextStatusRules.TextVerdict::status).isEqualTo(status);
	}

	/** Round 389: results written as free text only, in the phrasings a careful reader still reads. */
	@ParameterizedTest(name = "{0} → {1}")
	@CsvSource(delimiter = '|', textBlock = """
			Kontrollerat vårterminens debiteringar – stämmer mot elevregistret. | GENOMFORD
			Av 61 avslutade utredningar under perioden överskred 9 den lagstadgade tiden. | GENOMFORD
			Oanmälda kassainventeringar gjordes i juni på biblioteket och i simhallen. | GENOMFORD
			Kontrollen är inledd men inte avslutad. | DELVIS
			Inga loggkontroller har genomförts. | EJ_GENOMFORD
			""")
	void readsFreeTextResultsOfRound389(String text, ControlStatus status) {
		assertThat(rules.classify(text)).get().extracting(TextStatusRules.TextVerdict::status).isEqualTo(status);
	}

	/** Round 330: a period of months checked for part of the sample says nothing by its opening word alone. */
	@Test
	void readsNoStatusFromAnOpeningKontrolleratBeforeAShare() {
		assertThat(rules.classify("Kontrollerat jan–mars för 18 av 31 fordon.")).isEmpty();
	}

	/**
	 * Rounds 399, 397 and 398: plural "klara" said of all of it, a control struck in the text's first word, the rest
	 * of it due later.
	 */
	@ParameterizedTest(name = "{0} → {1}")
	@CsvSource(delimiter = '|', textBlock = """
			Riskbedömningar klara på samtliga sex enheter i juni. | GENOMFORD | klara på samtliga
			Riskbedömningarna är klara. | GENOMFORD | är klara
			Riskbedömningarna är inte klara. | EJ_GENOMFORD | inte klara
			Stryks, hanteras i nytt passersystem från juni 2025. | UTGAR | stryks
			Har skett på 9 av 14. Återstående lekplatser besiktigas 2026. | DELVIS | återstående lekplatser besiktigas / har skett
			""")
	void readsPluralsAControlStruckFirstAndTheRestDueLater(String text, ControlStatus status,
			String phrases) {
		assertThat(rules.classify(text)).get()
			.extracting(TextStatusRules.TextVerdict::status, TextStatusRules.TextVerdict::phrases)
			.containsExactly(status, phrases);
	}

	/**
	 * Rounds 401, 279 and 312: a purchase or hiring under way before the control can start says nothing of the
	 * control, so an "Ej påbörjad" beside it stands.
	 */
	@Test
	void readsAPurchaseUnderWayBeforeTheControlAsNothingOfTheControl() {
		assertThat(rules.classify("Upphandling av besiktningsfirma pågår.")).isEmpty();
		assertThat(rules.classify("Kontrollen har inte genomförts. Den görs när nyrekryteringarna är klara.")).get()
			.extracting(TextStatusRules.TextVerdict::status).isEqualTo(ControlStatus.EJ_GENOMFORD);
	}

	/**
	 * Rounds 403, 404, 411 and 416: struck from a period on or by a decision, a compound check said done, checked in
	 * a month, due by the plan later, done for all but one, half of it reconciled.
	 */
	@ParameterizedTest(name = "{0} → {1}")
	@CsvSource(delimiter = '|', textBlock = """
			Utgår från T2 – ersätts av månatlig uppföljning i ekonomirapporten. | UTGAR
			Kontrollen genomförs inte efter beslut i nämnden. | UTGAR
			Loggkontroll gjord i april och juni på slumpvis valda akter. | GENOMFORD
			Kontrollerat i juni. | GENOMFORD
			Kontrollen ska enligt planen genomföras under hösten. | EJ_GENOMFORD
			OVK och hissbesiktning genomförd för samtliga objekt utom Töre skola, som besiktigas v. 38. | DELVIS
			Ungefär hälften av kontona har stämts av. Övriga stäms av under hösten. | DELVIS
			""")
	void readsStruckFromAPeriodCompoundChecksMonthsPlansAndAllButOne(String text, ControlStatus status) {
		assertThat(rules.classify(text)).get().extracting(TextStatusRules.TextVerdict::status).isEqualTo(status);
	}

	/**
	 * Rounds 445, 447 and 449: held as the plan said, in another nämnd's plan now, a sample counted with what it
	 * lacked, started but not finished.
	 */
	@ParameterizedTest(name = "{0} → {1}")
	@CsvSource(delimiter = '|', textBlock = """
			Skyddsronder har hållits på båda fritidsgårdarna enligt plan i maj och oktober. | GENOMFORD
			Hanteras centralt av HR sedan april 2025, ingår i kommunstyrelsens plan. | UTGAR
			Två fakturor attesterade av person utan behörighet. Attestlistan uppdaterad i april. | GENOMFORD
			Delår: tre direktupphandlingar granskade, en saknade dokumentation. | GENOMFORD
			Inventering av passerkort har påbörjats men är inte slutförd. | DELVIS
			""")
	void readsHeldAsPlannedInAnotherPlanCountedSamplesAndStartedButUnfinished(String text, ControlStatus status) {
		assertThat(rules.classify(text)).get().extracting(TextStatusRules.TextVerdict::status).isEqualTo(status);
	}

	/**
	 * Rounds 453 and 454: nothing of the control done, the control replaced by another's review, every decision
	 * reported.
	 */
	@ParameterizedTest(name = "{0} → {1}")
	@CsvSource(delimiter = '|', textBlock = """
			Ingen tillsyn genomförd – resursbrist. | EJ_GENOMFORD
			Inga stickprov gjorda under perioden. | EJ_GENOMFORD
			Ingen åtgärd genomförd, inga fel. | GENOMFORD
			Kontrollen genomförs inte i egen regi 2025 – den är ersatt av Inköp Västs granskning. | UTGAR
			löper på som vanligt, alla beslut t.o.m. augusti är anmälda och vi har inte hittat några fel | GENOMFORD
			""")
	void readsNothingDoneAControlReplacedAndEveryDecisionReported(String text, ControlStatus status) {
		assertThat(rules.classify(text)).get().extracting(TextStatusRules.TextVerdict::status).isEqualTo(status);
	}

	/** Round 449: a sample said not checked is no sample checked. */
	@Test
	void readsASampleSaidNotCheckedAsNoStatus() {
		assertThat(rules.classify("Två ärenden ej granskade.")).isEmpty();
	}

	/** A plan something "utgår från" is what it is based on, no control struck. */
	@Test
	void readsUtgarFranAPlanAsNoStatus() {
		assertThat(rules.classify("Kontrollen utgår från kontrollplanen.")).isEmpty();
	}

	/**
	 * Round 461: everything in order, a share of cases past a limit, a routine gone through: each says the control
	 * was made.
	 */
	@ParameterizedTest(name = "{0} → {1}")
	@CsvSource(delimiter = '|', textBlock = """
			Genomgång av alla 38 ansökningar för våren 2025. Allt var enligt riktlinjerna. | GENOMFORD
			Allt var enligt riktlinjerna. | GENOMFORD
			Utdrag begärdes in för alla 22 ledare innan start i juni. Alla ok. | GENOMFORD
			Snitt 6,2 veckor. 3 av 118 ärenden gick över 10 veckor. | GENOMFORD
			Samtliga 142 årsräkningar för 2024 är granskade per den 31 augusti. | GENOMFORD
			Rutinen gicks igenom och uppdaterades i maj. | GENOMFORD
			""")
	void readsWhatWasReviewedAsTheControlMade(String text, ControlStatus status) {
		assertThat(rules.classify(text)).get().extracting(TextStatusRules.TextVerdict::status).isEqualTo(status);
	}

	/** Round 146: what is to be gone through, reported later, says nothing of the control yet. */
	@Test
	void readsAReviewToBeReportedLaterAsNoStatus() {
		assertThat(rules.classify("Genomgång av samtliga dispenser, redovisas vid helår.")).isEmpty();
	}

	/** Round 461: "Samtliga 142 årsräkningar … är granskade" says so clearly enough to open a list item's report. */
	@Test
	void readsEveryItemOfASampleSaidReviewedAsStrong() {
		assertThat(rules.classify("Samtliga 142 årsräkningar för 2024 är granskade per den 31 augusti."))
			.get().extracting(TextStatusRules.TextVerdict::strong).isEqualTo(true);
	}

	/**
	 * Round 460: a column heading with the months after the period ("Uppföljning 2025 T2 maj–aug:") labels that
	 * period's passage; the latest period's "Se bilaga 2" is all it says.
	 */
	@Test
	void readsAPeriodLabelledWithItsMonthsAsThePeriodsPassage() {
		assertThat(rules.classifyLatest("Uppföljning 2025 T1 jan–apr: Genomförd.\nInga avvikelser.\n"
				+ "Uppföljning 2025 T2 maj–aug: Se bilaga 2.")).get()
			.extracting(TextStatusRules.TextVerdict::status).isEqualTo(ControlStatus.OKLAR);
	}

	/** Round 467: part of the period checked, the rest later, is partly done; nothing checked is not done. */
	@ParameterizedTest(name = "{0} → {1}")
	@CsvSource(delimiter = '|', textBlock = """
			Januari–april är kontrollerat, maj–augusti görs i september. | DELVIS
			Fakturorna är granskade. | GENOMFORD
			Ingen faktura är granskad. | EJ_GENOMFORD
			""")
	void readsWhatIsSaidCheckedAndWhatIsLeft(String text, ControlStatus status) {
		assertThat(rules.classify(text)).get().extracting(TextStatusRules.TextVerdict::status).isEqualTo(status);
	}

	/**
	 * Rounds 506, 430 and 525: a follow-up said made is done; the year's later part or the other units left for later
	 * are partly done.
	 */
	@ParameterizedTest(name = "{0} → {1}")
	@CsvSource(delimiter = '|', textBlock = """
			Uppföljning gjord för januari–mars. Entreprenören höll utryckningstiderna. | GENOMFORD
			Uppföljning gjord för januari–september. Fjärde kvartalet redovisas i samband med årsbokslutet. | DELVIS
			Kontroll av 15 av 42 aktivitetsstöd i våras. Höstens ansökningar kontrolleras under tertial 3. | DELVIS
			Avstämning gjord för hemtjänstgrupp Nossebro. Övriga grupper är påbörjade och slutförs i februari. | DELVIS
			""")
	void readsWhatWasMadeAndWhatIsLeftForLater(String text, ControlStatus status) {
		assertThat(rules.classify(text)).get().extracting(TextStatusRules.TextVerdict::status).isEqualTo(status);
	}

	/**
	 * Rounds 529, 531 and 530: checks said made for part of the period, a share counted in words, and a control left
	 * for the end of the term.
	 */
	@ParameterizedTest(name = "{0} → {1}")
	@CsvSource(delimiter = '|', textBlock = """
			Loggkontroller januari–juni är gjorda utan anmärkning. Juli och augusti har inte kontrollerats. | DELVIS
			Ronderna på samtliga skolor är gjorda. | GENOMFORD
			Inventering gjord på fyra av sex boenden. Differens på 340 kr på ett boende, utreds. | DELVIS
			Samtliga tolv av tolv avtal kontrollerade. | GENOMFORD
			Görs i samband med vårterminens slut (T2). | EJ_GENOMFORD
			""")
	void readsChecksMadeForPartCountsInWordsAndWorkLeftForTheTermsEnd(String text, ControlStatus status) {
		assertThat(rules.classify(text)).get().extracting(TextStatusRules.TextVerdict::status).isEqualTo(status);
	}

	/** Round 531: what a control found not done by others ("aktiviteter som inte genomförts") says nothing of it. */
	@Test
	void readsNothingOfTheControlFromWhatItFoundOthersHadNotDone() {
		assertThat(rules.classify("En förening hade redovisat aktiviteter som inte genomförts. Återkrav 12 400 kr."))
			.isEmpty();
	}

	/**
	 * Rounds 560, 567, 569, 576, 577, 583, 584, 588: a part left untried beside the rest done, the months left for
	 * later, what was only meant to be done, what all have handed in, something else under way, a control not planned
	 * for the period, and a result found with a remark.
	 */
	@ParameterizedTest(name = "{0} → {1}")
	@CsvSource(delimiter = '|', textBlock = """
			Provkörning gjord på Ljungby och Lagan vattenverk. Ryssby vattenverk är inte provkört. | DELVIS
			Genomgång gjord för januari–februari. Mars–april granskas i maj. | DELVIS
			Januari–mars granskat utan anmärkning. April granskas i samband med månadsbokslutet. | GENOMFORD
			Granskat på samtliga fyra särskilda boenden. | GENOMFORD
			Kontrollen skulle ha genomförts under hösten. Den har inte hunnit genomföras under året. | EJ_GENOMFORD
			Alla anställda har lämnat redovisning. | GENOMFORD
			Kontrollen är genomförd. Samtliga elever med hög frånvaro hade en påbörjad utredning. | GENOMFORD
			Kontroll ej planerad för tertialet | SAKNAS
			Beslutsloggen genomgången för januari–april. | GENOMFORD
			Resultat: Med anmärkning Kommentar: Avskrivningsrutin ej följd i ett ärende. | GENOMFORD
			""")
	void readsPartsLeftUndoneOrForLaterAndWhatWasOnlyMeant(String text, ControlStatus status) {
		assertThat(rules.classify(text)).get().extracting(TextStatusRules.TextVerdict::status).isEqualTo(status);
	}
}
