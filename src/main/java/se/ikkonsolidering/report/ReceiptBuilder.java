package se.ikkonsolidering.report;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

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
	 * @param controls every control read from the file, in file order
	 */
	static Receipt build(StoredSubmission file, Optional<Reading> reading, List<ExplainedControl> controls) {
		boolean document = reading.map(Reading::document).orElse(false);
		List<Receipt.Fact> facts = List.of(
				fact("Nämnd", file.namnd(), reading.map(r -> r.namnd().where())),
				fact("År", file.year() == null ? "" : String.valueOf(file.year()), reading.map(r -> r.year().where())),
				fact("Period", SwedishNames.period(file.period()), reading.map(r -> r.period().where())));
		return new Receipt(file.fileName(), facts, SubmissionList.RECEIVED.format(file.receivedAt()), file.sha256(),
				reading.map(Reading::sheets).orElse(List.of()), reading.map(Reading::skipped).orElse(List.of()),
				reading.map(Reading::notes).orElse(List.of()), reading.map(Reading::statuses).orElse(""),
				reading.map(Reading::warnings).orElse(List.of()), reading.map(Reading::checks).orElse(List.of()),
				reading.isPresent() ? "" : file.message(),
				controls.stream().map(c -> line(c, document)).toList());
	}

	private static Receipt.Fact fact(String label, String value, Optional<String> where) {
		return new Receipt.Fact(label, value, where.orElse(""), "");
	}

	private static Receipt.Line line(ExplainedControl explained, boolean document) {
		StoredControl c = explained.control();
		String where = (document ? c.sheet().replaceFirst("^Tabell ", "tabell ") : "flik '" + c.sheet() + "'") + ", rad "
				+ c.sourceRow();
		String source = SwedishNames.source(c.statusSource())
				+ (explained.evidence().contains("teckenförklaring") ? " enligt teckenförklaringen" : "");
		String kontrollmoment = c.kontrollmoment().isEmpty() ? c.risk() : c.kontrollmoment();
		return new Receipt.Line(where, kontrollmoment, SwedishNames.status(c.status()),
				c.status().name().toLowerCase(Locale.ROOT), source, c.statusText(), explained.evidence(), "");
	}
}
