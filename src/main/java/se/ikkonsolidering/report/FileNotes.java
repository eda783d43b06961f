package se.ikkonsolidering.report;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import se.ikkonsolidering.correction.CorrectionRun;
import se.ikkonsolidering.correction.Unmatched;
import se.ikkonsolidering.store.Correction;
import se.ikkonsolidering.store.StoredSubmission;

/**
 * What the exports say of a file beyond how it was read: that it should be checked (<em>kontrollera</em>) and why,
 * with its receipt, and what the economy office corrected in it.
 */
final class FileNotes {

	/** No file to check, no receipts, no corrections. */
	static final FileNotes NONE = new FileNotes(Map.of(), Map.of(), List.of(), List.of());

	private final Map<Long, List<String>> checks;
	private final Map<Long, String> receipts;
	private final Map<String, Correction> fileCorrections;
	private final Map<String, Long> correctedControls;

	/**
	 * @param checks why each file should be checked, by submission
	 * @param receipts each read file's receipt name ({@link ReceiptNames})
	 */
	FileNotes(Map<Long, List<String>> checks, Map<Long, String> receipts, CorrectionRun corrections) {
		this(checks, receipts, corrections.inForce(),
				corrections.unmatched().stream().map(Unmatched::correction).toList());
	}

	private FileNotes(Map<Long, List<String>> checks, Map<Long, String> receipts, List<Correction> inForce,
			List<Correction> unmatched) {
		this.checks = Map.copyOf(checks);
		this.receipts = Map.copyOf(receipts);
		List<Correction> matched = inForce.stream().filter(c -> !unmatched.contains(c)).toList();
		this.fileCorrections = matched.stream()
			.filter(Correction::wholeFile)
			.collect(Collectors.toMap(Correction::sha256, Function.identity()));
		this.correctedControls = matched.stream()
			.filter(c -> !c.wholeFile())
			.collect(Collectors.groupingBy(Correction::sha256, Collectors.counting()));
	}

	/** The file's receipt name without its extension ({@link ReceiptNames}); {@code null} for a file never read. */
	String receiptName(StoredSubmission s) {
		return receipts.get(s.id());
	}

	/** Every read file's receipt name. */
	Collection<String> receiptNames() {
		return receipts.values();
	}

	/** The whole-file correction in force on the file, if any. */
	Optional<Correction> fileCorrection(StoredSubmission s) {
		return Optional.ofNullable(s.sha256()).map(fileCorrections::get);
	}

	/** Why the file should be checked; empty when nothing calls for it. */
	List<String> checks(StoredSubmission s) {
		return checks.getOrDefault(s.id(), List.of());
	}

	/** The receipt's address relative to the output folder ("kvitton/Socialn%C3%A4mnden%20-%20…html"); else empty. */
	String receipt(StoredSubmission s) {
		String name = receipts.get(s.id());
		if (name == null) {
			return "";
		}
		try {
			return new URI(null, null, ReceiptReport.FOLDER + "/" + name + ".html", null).toASCIIString();
		}
		catch (URISyntaxException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** "Manuellt rättad: nämnd Barn- och utbildningsnämnden (inläst: Gymnasienämnden). Kommentar: … Signatur: …" */
	Optional<String> correction(StoredSubmission s) {
		List<String> parts = new ArrayList<>();
		if (s.corrected()) {
			if (!s.read().namnd().equals(s.namnd())) {
				parts.add("nämnd " + s.namnd() + " (inläst: " + s.read().namnd() + ")");
			}
			if (!Objects.equals(s.read().year(), s.year())) {
				parts.add("år " + s.year() + " (inläst: " + s.read().year() + ")");
			}
			if (!s.read().period().equals(s.period())) {
				parts.add("period " + SwedishNames.period(s.period()) + " (inläst: " + SwedishNames.period(s.read().period())
						+ ")");
			}
		}
		long controls = s.sha256() == null ? 0 : correctedControls.getOrDefault(s.sha256(), 0L);
		if (controls > 0) {
			parts.add(controls + (controls == 1 ? " kontroll" : " kontroller") + " i rattelser.xlsx");
		}
		if (parts.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of("Manuellt rättad: " + String.join(", ", parts) + "."
				+ fileCorrection(s).map(FileNotes::signed).orElse(""));
	}

	/** The message of inlamningar.csv: KONTROLLERA first when it should be checked, then how it was read, then corrections. */
	String message(StoredSubmission s) {
		List<String> why = checks(s);
		String check = why.isEmpty() ? ""
				: "KONTROLLERA: " + String.join("; ", why) + ". Se kvittot " + receipts.get(s.id()) + ".html i mappen "
						+ ReceiptReport.FOLDER + ". ";
		return check + s.message() + correction(s).map(c -> " " + c).orElse("");
	}

	/** " Kommentar: … Signatur: …", each when given. */
	static String signed(Correction c) {
		return signed(c.comment(), c.signature());
	}

	static String signed(String comment, String signature) {
		return (comment.isEmpty() ? "" : " Kommentar: " + sentence(comment))
				+ (signature.isEmpty() ? "" : " Signatur: " + sentence(signature));
	}

	/** The text with a full stop at its end unless it ends a sentence already. */
	private static String sentence(String text) {
		return text.matches("(?s).*[.!?]$") ? text : text + ".";
	}
}
