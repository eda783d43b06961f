package se.ikkonsolidering.submission;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds where a text names a nämnd as the one a report goes to rather than the one that sends it: "Rapport till
 * kommunstyrelsen", "Till: KS", "Kopia: Ekonomienheten, Kommunledningskontoret", "… redovisas för kommunstyrelsen i februari". A report from the socialnämnd is very
 * often addressed to the kommunstyrelse, so such a name must not be taken for the sender while another is there.
 */
final class Recipients {

	/** A nämnd-like name (up to the word naming the body) or, for an alias such as "KS", a single word. */
	private static final String NAME = "(?:[\\p{L}-]+\\s+){0,4}?[\\p{L}-]*(?:nämnd|styrelse|kontor|förvaltning|utskott"
			+ "|fullmäktige)\\p{L}*|[\\p{L}-]+";
	private static final Pattern RECIPIENT = Pattern.compile("(?iu)(?:\\btill:?|\\b(?:redovisa|rapportera|presentera"
			+ "|föredra|anmäl|lämna|överlämna|återrapportera|återredovisa|delge|skicka|översänd)\\p{L}*"
			+ "(?:\\s+\\p{L}+){0,3}?\\s+(?:för|till))\\s+(" + NAME + ")");

	/**
	 * An addressee line of a letter or memo: "Till: Ekonomienheten, Kommunledningsförvaltningen", "Kopia: …", or a
	 * line opening with "Till" ("Till styrelsen samt för kännedom till kommunens koncernekonomi (Stadshus AB)."). Every
	 * name on it is a recipient, however many it lists.
	 */
	private static final Pattern ADDRESSEE_LINE = Pattern.compile(
			"(?imu)^(\\s*(?:(?:till|kopia(?:\\s+till)?|mottagare|sändlista)\\s*:|till\\s(?!och\\s+med\\b)))[^\\n]*");

	private Recipients() {
	}

	/** The text with every name it gives as a recipient blanked out. */
	static String withoutRecipients(String text) {
		text = ADDRESSEE_LINE.matcher(text).replaceAll("$1 …");
		Matcher m = RECIPIENT.matcher(text);
		StringBuilder s = new StringBuilder();
		while (m.find()) {
			m.appendReplacement(s, Matcher.quoteReplacement(text.substring(m.start(), m.start(1)) + "…"));
		}
		m.appendTail(s);
		return s.toString();
	}
}
