package se.ikkonsolidering.classify;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A plan whose controls are actions ("Uppdatera handlingsplanen för hot och våld", "Inventera nycklar") is followed up
 * by saying the action is done, in the verb's own participle: "Handlingsplanen är uppdaterad och fastställd". No
 * status phrase says so, but the sender's own verb does.
 */
final class ActionDone {

	/** "Uppdatera", "Inventera", "Revidera": a verb in the infinitive opening the control, a word after it. */
	private static final Pattern LEADING_VERB = Pattern.compile("\\s*(\\p{Lu}\\p{Ll}{3,}a)\\s+\\p{Ll}");
	/**
	 * The participle's endings: first conjugation ("uppdatera": uppdaterad, -at, -ats, -ade, -ades) and second
	 * ("genomföra": genomförd, -t, -ts, -des).
	 */
	private static final Set<String> ENDINGS = Set.of("ad", "at", "ats", "ade", "ades", "d", "t", "ts", "des");
	private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}_]+");
	/** A participle negated or still to come: "inte uppdaterad", "ännu ej inventerat". */
	private static final Pattern NEGATION = Pattern.compile("(?iu)\\b(inte|ej|icke|aldrig)\\s+(\\p{L}+\\s+)?$");

	private ActionDone() {
	}

	/** The participle of the control's verb in the text, not negated: "uppdaterad" for "Uppdatera …". */
	static Optional<String> participle(String control, String text) {
		Matcher verb = LEADING_VERB.matcher(control);
		if (!verb.lookingAt()) {
			return Optional.empty();
		}
		String word = verb.group(1).toLowerCase(Locale.ROOT);
		String stem = word.substring(0, word.length() - 1);
		// A word of the text that is the stem and a participle's ending, read word by word rather than by a pattern
		// made for each control.
		Matcher words = WORD.matcher(text);
		while (words.find()) {
			String found = words.group().toLowerCase(Locale.ROOT);
			if (found.startsWith(stem) && ENDINGS.contains(found.substring(stem.length()))
					&& !NEGATION.matcher(text.substring(0, words.start())).find()) {
				return Optional.of(words.group());
			}
		}
		return Optional.empty();
	}
}
