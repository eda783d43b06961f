package se.ikkonsolidering.report;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import se.ikkonsolidering.classify.ControlStatus;
import se.ikkonsolidering.classify.Flag;
import se.ikkonsolidering.store.StoredControl;

/**
 * A control kommunstyrelsen should look at, with what the nämnd wrote and where it stands in the file.
 *
 * @param flags why it is flagged
 * @param manual how the economy office corrected its status, when it did; else empty
 */
record FlaggedControl(String process, ShortText kontrollmoment, ControlStatus status, Set<Flag> flags,
		ShortText result, ShortText deviation, ShortText action, String file, String sheet, int row, String manual) {

	static FlaggedControl of(StoredControl c) {
		return new FlaggedControl(c.process(), ShortText.of(c.kontrollmoment()), c.status(), c.flags(),
				ShortText.of(c.result()), ShortText.of(c.deviation()), ShortText.of(c.action()), c.fileName(),
				c.sheet(), c.sourceRow(), manual(c));
	}

	/** "Manuellt rättad (inläst: Genomförd). Kommentar: … Signatur: …" for a corrected status; else empty. */
	static String manual(StoredControl c) {
		return c.manual() ? "Manuellt rättad (inläst: " + SwedishNames.status(c.correction().get().readStatus()) + ")."
				+ FileNotes.signed(c.correction().get().comment(), c.correction().get().signature()) : "";
	}

	/** The flags besides the one its status raises, which the status already shows, in Swedish. */
	public List<String> otherFlags() {
		return SwedishNames.flags(flags.stream().filter(f -> status.flag().filter(f::equals).isEmpty()).toList());
	}

	public String statusLabel() {
		return SwedishNames.status(status);
	}

	/** Lower case status code for the page's CSS classes. */
	public String statusCss() {
		return status.name().toLowerCase(Locale.ROOT);
	}

	/** Where to find the control: file, sheet (or table) and the 1-based row it starts on. */
	public String source() {
		return SourcePlace.of(file, sheet, row);
	}

	/**
	 * A nämnd's flagged controls as stored, in file order: all of them go to the workbook; the page prints the most
	 * important ({@link AttentionPage}), and only those are made into {@link FlaggedControl}s, so a year with
	 * hundreds of thousands of flagged controls holds no second copy of their texts.
	 */
	record Group(String namnd, List<StoredControl> controls) {

		Group {
			controls = List.copyOf(controls);
		}
	}
}
