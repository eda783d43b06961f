package se.ikkonsolidering.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SourcePlaceTests {

	@Test
	void namesASpreadsheetsTab() {
		assertThat(SourcePlace.of("KS helår 2025.xlsx", "Uppföljning", 9))
			.isEqualTo("KS helår 2025.xlsx, flik Uppföljning, rad 9");
	}

	@Test
	void givesOnlyTheRowOfACsvOrTextExportWhichHasNoTabs() {
		assertThat(SourcePlace.of("Samhällsbyggnadsnämnden IK 2025.csv", "Samhällsbyggnadsnämnden IK 2025", 5))
			.isEqualTo("Samhällsbyggnadsnämnden IK 2025.csv, rad 5");
		assertThat(SourcePlace.of("Fritidsnämnden IK T2 2025.txt", "Fritidsnämnden IK T2 2025", 4))
			.isEqualTo("Fritidsnämnden IK T2 2025.txt, rad 4");
	}

	@Test
	void namesADocumentsTable() {
		assertThat(SourcePlace.of("Helårsuppföljning 2025.docx", "Tabell 3.1", 4))
			.isEqualTo("Helårsuppföljning 2025.docx, tabell 3.1, rad 4");
		assertThat(SourcePlace.of("Uppföljning.odt", "Tabell 2", 7)).isEqualTo("Uppföljning.odt, tabell 2, rad 7");
	}

	@Test
	void keepsTheTabOfAWorkbookWhoseTabIsCalledTabell() {
		assertThat(SourcePlace.of("Plan.xlsx", "Tabell 1", 3)).isEqualTo("Plan.xlsx, flik Tabell 1, rad 3");
	}
}
