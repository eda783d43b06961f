package se.ikkonsolidering.report;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import se.ikkonsolidering.store.ControlCorrection;
import se.ikkonsolidering.store.Correction;
import se.ikkonsolidering.store.ExplainedControl;
import se.ikkonsolidering.store.StoredControl;
import se.ikkonsolidering.store.StoredSubmission;
import se.ikkonsolidering.submission.Reading;

/** Builds a file's {@link Receipt} from what the database holds of it; no database or Spring here. */
final class ReceiptBuilder {

	private ReceiptBuilder() {
	}

	/**
	 * @param reading how the file was read, part by part; empty for a file read before readings were kept
	 * @param controls the controls read from the file, in file order: every one, or the first of a huge file
	 * @param total how many controls the file has
	 * @param correction the economy office's correction of the file's nämnd, year or period, if any
	 */
	static Receipt build(StoredSubmission file, Optional<Reading> reading, List<ExplainedControl> controls, int total,
			Optional<Correction> correction) {
		boolean document = reading.map(Reading::document).orElse(false);
		String signed = correction.map(FileNotes::signed).orElse("");
		List<Receipt.Fact> facts = List.of(
				fact("Nämnd", file.namnd(), file.read().namnd(), reading.map(r -> r.namnd().where()), signed),
				fact("År", year(file.year()), year(file.read().year()), reading.map(r -> r.year().where()), signed),
				fact("Period", SwedishNames.period(file.period()), SwedishNames.period(file.read().period()),
						reading.map(r -> r.period().where()), signed));
		return new Receipt(file.fileName(), facts, SubmissionList.RECEIVED.format(file.receivedAt()), file.sha256(),
				reading.map(Reading::sheets).orElse(List.of()), reading.map(Reading::skipped).orElse(List.of()),
				reading.map(Reading::notes).orElse(List.of()), reading.map(Reading::statuses).orElse(""),
				reading.map(Reading::warnings).orElse(List.of()), reading.map(Reading::checks).orElse(List.of()),
				reading.isPresent() ? "" : file.message(),
				controls.stream().map(c -> line(c, document)).toList(), total);
	}

	private static String year(Integer year) {
		return year == null ? "" : String.valueOf(year);
	}

	/** What counts, where the job read it, and, when the economy office corrected it, what the job had read. */
	private static Receipt.Fact fact(String label, String value, String read, Optional<String> where, String signed) {
		String correction = Objects.equals(value, read) ? "" : "Manuellt rättad (inläst: " + read + ")." + signed;
		return new Receipt.Fact(label, value, where.orElse(""), correction);
	}

	private static Receipt.Line line(ExplainedControl explained, boolean document) {
		StoredControl c = explained.control();
		String where = (document ? c.sheet().replaceFirst("^Tabell ", "tabell ") : "flik '" + c.sheet() + "'") + ", rad "
				+ c.sourceRow();
		String source = SwedishNames.source(c.statusSource())
				+ (explained.evidence().contains("teckenförklaring") ? " enligt teckenförklaringen" : "");
		String kontrollmoment = c.kontrollmoment().isEmpty() ? c.risk() : c.kontrollmoment();
		return new Receipt.Line(where, kontrollmoment, SwedishNames.status(c.status()),
				c.status().name().toLowerCase(Locale.ROOT), source, c.statusText(), explained.evidence(),
				c.correction().map(ReceiptBuilder::correction).orElse(""));
	}

	/** "Manuellt rättad (inläst: Genomförd). Kommentar: … Signatur: …" or "Inte en kontroll (manuellt rättad). …". */
	private static String correction(ControlCorrection k) {
		String what = k.notAControl() ? "Inte en kontroll (manuellt rättad): räknas inte."
				: "Manuellt rättad (inläst: " + SwedishNames.status(k.readStatus()) + ").";
		return what + FileNotes.signed(k.comment(), k.signature());
	}
}
