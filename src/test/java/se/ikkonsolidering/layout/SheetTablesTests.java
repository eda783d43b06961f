package se.ikkonsolidering.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;

import se.ikkonsolidering.ingest.RawRow;
import se.ikkonsolidering.ingest.RawSheet;

class SheetTablesTests {

	private static final Predicate<String> NAMES_A_PERIOD = t -> t.toLowerCase().matches(".*(delår|helår).*");

	private final SheetReader reader = StatusWordsForTests.reader();

	@Test
	void readsTablesSideBySideAsSheetsOfTheirOwnColumns() {
		List<RawSheet> tables = reader.tables(Rows.sheet()
			.row("Socialnämnden 2025")
			.row("Individ- och familjeomsorg", null, null, null, "Vård och omsorg")
			.row("Kontrollmoment", "Status", "Kommentar", null, "Kontrollmoment", "Status", "Kommentar")
			.row("Utredningar av orosanmälningar inleds inom 14 dagar", "G", null, null,
					"Beslut enligt LSS verkställs inom tre månader", "E", "Fyra beslut väntar")
			.row()
			.row("Förklaring: G = Genomförd, E = Ej genomförd")
			.build(), NAMES_A_PERIOD);
		assertThat(tables).extracting(RawSheet::name)
			.containsExactly("Uppföljning (kolumn A–C)", "Uppföljning (kolumn E–G)");
		assertThat(texts(tables.get(1))).containsExactly(List.of("Socialnämnden 2025"), List.of("Vård och omsorg"),
				List.of("Kontrollmoment", "Status", "Kommentar"),
				List.of("Beslut enligt LSS verkställs inom tre månader", "E", "Fyra beslut väntar"), List.of(),
				List.of("Förklaring: G = Genomförd, E = Ej genomförd"));
	}

	/** Round 72: last year's follow-up kept beside this year's, each under a title naming its year. */
	@Test
	void readsOnlyTheLatestYearsTableOfTablesSideBySideTitledByYear() {
		List<RawSheet> tables = reader.tables(Rows.sheet()
			.row("Kultur- och fritidsnämnden – uppföljning av intern kontroll")
			.row()
			.row("HELÅR 2024 (redovisad för nämnden 2025-02-19)", null, null, null, "HELÅR 2025")
			.row("Kontrollmoment", "Status", "Kommentar", null, "Kontrollmoment", "Status", "Kommentar")
			.row("Kontroll av kassahantering i biblioteket", "Genomförd", "Inga differenser.", null,
					"Kontroll av kassahantering i biblioteket", "Genomförd", "Differens 120 kr, utrett.")
			.row("Kontroll av entréintäkter mot kassasystemet", "Genomförd", null, null,
					"Kontroll av entréintäkter mot kassasystemet", "Ej genomförd", "Kassasystemet byttes i maj.")
			.build(), NAMES_A_PERIOD);
		assertThat(tables).extracting(RawSheet::name).containsExactly("Uppföljning (kolumn E–G)");
	}

	/**
	 * Round 175: last year's status and comment hidden between the control and this year's leave one table, though a
	 * generated text column right of this year's could pass for a table's controls.
	 */
	@Test
	void keepsOneTableAcrossHiddenColumns() {
		RawSheet written = Rows.sheet()
			.row("Nr", "Kontrollmoment", "Status 2024", "Kommentar 2024", "Status helår 2025",
					"Resultat / kommentar helår 2025", "Rapporttext (genereras)")
			.row("1.1", "Attest av leverantörsfakturor sker enligt gällande attestordning", "Genomförd", "Inga avvikelser.",
					"Genomförd", "Stickprov 40 fakturor, 2 attesterade av person utan behörighet.",
					"1.1 Attest av leverantörsfakturor sker enligt gällande attestordning – Genomförd")
			.row("1.2", "Statsbidrag söks och redovisas inom angivna tidsramar", "–", "Ny kontroll 2025", "Delvis genomförd",
					"Nio av elva ansökningar inlämnade i tid.",
					"1.2 Statsbidrag söks och redovisas inom angivna tidsramar – Delvis genomförd")
			.build();
		RawSheet sheet = new RawSheet(written.name(), false, written.rows(), List.of(), Set.of(2, 3));
		assertThat(reader.tables(sheet, NAMES_A_PERIOD)).extracting(RawSheet::name).containsExactly("Uppföljning");
	}

	/** Round 47: a row with last year's comment left blank is no second header beside the table. */
	@Test
	void keepsOneTableWhoseRowHasABlankCellBetweenTwoRunsOfShortTexts() {
		RawSheet sheet = Rows.sheet()
			.row("Process", "Risk", "Kontrollmoment", "Frekvens", "Status 2024", "Kommentar 2024", "Status 2025",
					"Kommentar 2025")
			.row("Ekonomi", "Felaktiga fakturor", "Kontroll av att skolskjutsfakturor stämmer mot avtalade turer",
					"2 ggr/år", "Genomförd", "Inga avvikelser", "Genomförd", "En faktura krediterades")
			.row("Säkerhet", "Brister i brandskydd", "Systematiskt brandskyddsarbete", "1 ggr/år", "Ej genomförd", null,
					"Påbörjad", "Klart på 4 av 7 enheter")
			.row("Personal", "Obehöriga lärare anställs", "Behörighet för lärare – kontroll att legitimation finns",
					"Löpande", "Genomförd", null, "Genomföd", "Samtliga 9 nyanställda hade legitimation")
			.row("Skolskjuts", "Beslut fattas utan delegation", "Skolskjuts – kontroll att beslut är fattade enligt "
					+ "delegationsordningen", "1 ggr/år", "Genomförd", null, "Utgår", "Flyttad till KS tekniska enhet")
			.build();
		assertThat(reader.tables(sheet, NAMES_A_PERIOD)).extracting(RawSheet::name).containsExactly("Uppföljning");
	}

	@Test
	void keepsBlocksOfOneTablesPeriodsWithoutAKontrollmomentOfTheirOwnAsOneTable() {
		RawSheet sheet = Rows.sheet()
			.row(null, "Delår", null, null, null, "Helår")
			.row("Kontrollmoment", "Status", "Kommentar", "Åtgärd", null, "Status", "Kommentar", "Åtgärd")
			.row("Attest av leverantörsfakturor sker enligt delegationsordningen", "Pågår", null, null, null, "Klar")
			.build();
		assertThat(reader.tables(sheet, NAMES_A_PERIOD)).extracting(RawSheet::name).containsExactly("Uppföljning");
	}

	@Test
	void readsCopiesOfATableStackedUnderTitlesNamingTheirPeriodsAsSheetsOfTheirOwnRows() {
		List<RawSheet> tables = reader.tables(Rows.sheet()
			.row("Kommunledningskontoret")
			.row("DELÅR (per 31/8)")
			.row("Kontroll", "Status", "Kommentar")
			.row("Attest av leverantörsfakturor sker enligt delegationsordningen", "påbörjad")
			.row()
			.row("HELÅR 2025")
			.row("Kontroll", "Status", "Kommentar")
			.row("Attest av leverantörsfakturor sker enligt delegationsordningen", "Klar")
			.row("Sammanställt av ekonomienheten 2026-01-13")
			.build(), NAMES_A_PERIOD);
		assertThat(tables).extracting(RawSheet::name)
			.containsExactly("Uppföljning (rad 1–5)", "Uppföljning (rad 6–9)");
		assertThat(tables.get(1).rows().readAll()).filteredOn(r -> !r.isBlank()).extracting(RawRow::number)
			.containsExactly(6, 7, 8, 9);
	}

	@Test
	void keepsAHeaderRepeatedUnderEachProcessAsOneTable() {
		RawSheet sheet = Rows.sheet()
			.row("Process: Inköp")
			.row("Kontroll", "Status", "Kommentar")
			.row("Attest av leverantörsfakturor sker enligt delegationsordningen", "Klar")
			.row("Process: Löner")
			.row("Kontroll", "Status", "Kommentar")
			.row("Löneutbetalningar kontrolleras mot beslutade löner", "Klar")
			.build();
		assertThat(reader.tables(sheet, NAMES_A_PERIOD)).extracting(RawSheet::name).containsExactly("Uppföljning");
	}

	private static List<List<String>> texts(RawSheet sheet) {
		return sheet.rows().readAll().stream()
			.map(r -> r.nonBlankCells().stream().map(c -> c.text()).toList())
			.toList();
	}
}
