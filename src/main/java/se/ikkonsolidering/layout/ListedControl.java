package se.ikkonsolidering.layout;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A control written as an item of a list, its outcome after a colon: "- Kontroll av behörigheter i Wärna
 * (verksamhetssystemet): Se bifogad fil.", "• Stickprov av 25 fakturor: Genomförd, inga avvikelser." An e-mail or
 * memo reports its controls so when no template was used.
 */
record ListedControl(String kontrollmoment, String report) {

	/** A bullet or a list number, then the control, a colon and what became of it. */
	private static final Pattern ITEM = Pattern.compile("^(?:[-–•*▪·]|\\d{1,2}[.)])\\s+(.{20,300}?):\\s+(\\S.*)$",
			Pattern.DOTALL);
	/** As many words as a heading naming a control has ("Kontroll av att beslut …"). */
	private static final int MIN_WORDS = 4;

	/** The line's control and report, when the report opens with a status the vocabulary knows. */
	static Optional<ListedControl> of(String line, Vocabulary meanings, Labels labels) {
		Matcher m = ITEM.matcher(line.strip());
		if (!m.matches()) {
			return Optional.empty();
		}
		String control = m.group(1).strip();
		String report = m.group(2).strip();
		if (control.split("\\s+").length < MIN_WORDS || labels.startsWith(Labels.Kind.INSTRUKTION, control)
				|| !meanings.knows(report)) {
			return Optional.empty();
		}
		return Optional.of(new ListedControl(control, report));
	}
}
