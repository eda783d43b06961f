package se.ikkonsolidering.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.Optional;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import se.ikkonsolidering.classify.ControlStatus;
import se.ikkonsolidering.support.ReportDatabase;

/** What a whole-file correction does to the files: the nämnd they count under, and which file replaces which. */
@Tag("database")
class CorrectionStoreTests {

	private final ReportDatabase db = new ReportDatabase("correction-store");
	private final CorrectionStore corrections = new CorrectionStore(db.jdbc);

	private Correction namnd(StoredSubmission file, String namnd) {
		return new Correction(file.sha256(), "", 0, file.fileName(), Optional.empty(), false, Optional.of(namnd),
				Optional.empty(), Optional.empty(), "Fel mall", "AL");
	}

	private StoredSubmission file(String name) {
		return db.store.findByYear(2025).stream().filter(s -> s.fileName().equals(name)).findFirst().orElseThrow();
	}

	@Test
	void aFileMovedToAnotherNamndNoLongerReplacesTheFileItHadReplaced() {
		long first = db.read(1, "ks.xlsx", "Kommunstyrelsen", 2025, "HELAR", null);
		long second = db.read(2, "ks v2.xlsx", "Kommunstyrelsen", 2025, "HELAR", null);
		db.supersede(first, second);
		corrections.put(namnd(file("ks v2.xlsx"), "Socialnämnden"));

		assertThat(corrections.applyToFiles(name -> name.equals("Socialnämnden"))).isEqualTo(1);

		assertThat(db.store.findByYear(2025)).extracting(StoredSubmission::fileName, StoredSubmission::namnd,
				StoredSubmission::namndInRegister, StoredSubmission::outcome, StoredSubmission::supersededBy)
			.containsExactly(tuple("ks.xlsx", "Kommunstyrelsen", true, Outcome.INLAST, null),
					tuple("ks v2.xlsx", "Socialnämnden", true, Outcome.INLAST, null));
		assertThat(file("ks v2.xlsx").read().namnd()).isEqualTo("Kommunstyrelsen");
	}

	@Test
	void aFileMovedToTheNamndOfALaterFileIsReplacedByIt() {
		long unknown = db.read(1, "uppföljning.xlsx", "Okänd nämnd (uppföljning.xlsx)", 2025, "HELAR", null);
		long later = db.read(2, "sn.xlsx", "Socialnämnden", 2025, "HELAR", null);
		corrections.put(namnd(file("uppföljning.xlsx"), "Socialnämnden"));

		corrections.applyToFiles(name -> true);

		assertThat(db.store.findByYear(2025)).extracting(StoredSubmission::id, StoredSubmission::outcome,
				StoredSubmission::supersededBy)
			.containsExactly(tuple(unknown, Outcome.ERSATT, later), tuple(later, Outcome.INLAST, null));
	}

	@Test
	void withdrawingTheCorrectionPutsTheFileBackAsTheJobReadIt() {
		long first = db.read(1, "ks.xlsx", "Kommunstyrelsen", 2025, "HELAR", null);
		long second = db.read(2, "ks v2.xlsx", "Kommunstyrelsen", 2025, "HELAR", null);
		db.supersede(first, second);
		Correction moved = namnd(file("ks v2.xlsx"), "Socialnämnden");
		corrections.put(moved);
		corrections.applyToFiles(name -> true);

		assertThat(corrections.remove(moved.key())).isTrue();
		corrections.applyToFiles(name -> true);

		assertThat(db.store.findByYear(2025)).extracting(StoredSubmission::namnd, StoredSubmission::outcome,
				StoredSubmission::supersededBy)
			.containsExactly(tuple("Kommunstyrelsen", Outcome.ERSATT, second),
					tuple("Kommunstyrelsen", Outcome.INLAST, null));
	}

	@Test
	void aCorrectionIsPutOnceAndReplacedByTheNextForTheSameControl() {
		long id = db.read(1, "ks.xlsx", "Kommunstyrelsen", 2025, "HELAR", null);
		db.control(id, 1, "Attest", "Stickprov", "OKLAR", "TEXT", "OKLAR_STATUS");
		String sha = file("ks.xlsx").sha256();
		Correction done = new Correction(sha, "Uppföljning", 5, "ks.xlsx",
				Optional.of(ControlStatus.GENOMFORD), false, Optional.empty(),
				Optional.empty(), Optional.empty(), "", "AL");

		assertThat(corrections.put(done)).isTrue();
		assertThat(corrections.put(done)).isFalse();

		assertThat(db.store.findCurrentControls(2025)).extracting(c -> c.status().name(), StoredControl::statusSourceCode,
				c -> c.flags().toString(), c -> c.correction().map(ControlCorrection::readStatus).orElseThrow().name())
			.containsExactly(tuple("GENOMFORD", "MANUELL", "[]", "OKLAR"));
		assertThat(corrections.miss(done)).isEmpty();
	}
}
