package se.ikkonsolidering.submission;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import se.ikkonsolidering.layout.RuleFile;

/**
 * Recognises the period in a title, label value, file name or sheet name ({@code perioder.csv}); public for the
 * oversight, which reads the tidplan's periods and a plan's "Återrapporteras" with the same words.
 */
public final class PeriodRules {

	private static final Pattern YEAR = Pattern.compile("\\b(19|20)\\d{2}\\b");
	private static final Pattern PARENTHESES = Pattern.compile("\\([^()]*\\)");
	/** What a rule's match is overwritten with: no letter or digit a later rule could match. */
	private static final char MASK = '#';
	/** A rule's name for words about periods that say which period the text is not: masked, naming none. */
	private static final String NONE = "INGEN";
	/** A form's boxes: the ticked one says which of the periods after the boxes is meant. */
	private static final char UNTICKED = '☐';
	private static final Pattern TICKED = Pattern.compile("[☒☑]");
	private static final Pattern BOX = Pattern.compile("[☐☒☑]");

	private final List<Rule> rules;

	PeriodRules(List<Rule> rules) {
		this.rules = List.copyOf(rules);
	}

	public static PeriodRules load(Path configDir) {
		List<Rule> rules = new ArrayList<>();
		for (String[] row : RuleFile.read("perioder.csv", 2, configDir)) {
			rules.add(new Rule(row[0].equals(NONE) ? Optional.empty() : Optional.of(Period.valueOf(row[0])),
					Pattern.compile(row[1], Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)));
		}
		return new PeriodRules(rules);
	}

	public Optional<Period> find(String text) {
		if (text == null) {
			return Optional.empty();
		}
		String spaced = ticked(text.replace('_', ' '));
		List<Period> named = periodsIn(spaced);
		// "Delår 31 aug (T1 fylldes i i april)": a remark in parentheses names another period than the text does;
		// "per 31 augusti (T2)" names the tertial that ends with the delår, which it is; "Delår 1 (januari–augusti)"
		// says which period "delår 1" is where the word is used of the tertials too.
		List<Period> outside = spaced.indexOf('(') < 0 ? named : periodsIn(PARENTHESES.matcher(spaced)
			.replaceAll(m -> isPeriodOnly(m.group()) ? Matcher.quoteReplacement(m.group()) : " "));
		boolean tertialOfTheDelar = outside.equals(List.of(Period.DELAR)) && named.contains(Period.T2);
		if (!outside.isEmpty() && !tertialOfTheDelar) {
			named = outside;
		}
		// "Uppföljning per 31 augusti (delår) och per 31 december (helår)" describes a template, not which report
		// this is: a text naming the year's end and a part of it states no period, nor one naming two parts ("Tom
		// ruta i T1/Delår = …"), unless they are the delår and the tertial it ends.
		boolean several = named.size() > 1 && !Set.copyOf(named).equals(Set.of(Period.DELAR, Period.T2));
		return several ? Optional.empty() : named.stream().findFirst();
	}

	/**
	 * "Uppföljningstillfälle: ☒ T1 (jan–apr) ☐ Delår (jan–aug) ☐ Helår (jan–dec)": a form's choice of period, the text
	 * without the choices left unticked; any other text as it is.
	 */
	private static String ticked(String text) {
		if (text.indexOf(UNTICKED) < 0 || !TICKED.matcher(text).find()) {
			return text;
		}
		StringBuilder kept = new StringBuilder();
		Matcher box = BOX.matcher(text);
		int from = 0;
		boolean keep = true;
		while (box.find()) {
			if (keep) {
				kept.append(text, from, box.start());
			}
			keep = box.group().charAt(0) != UNTICKED;
			from = box.end();
		}
		return keep ? kept.append(text.substring(from)).toString() : kept.toString();
	}

	/**
	 * "(januari–augusti 2025)" after "Delår 1": brackets holding nothing but a period say which one the text names, no
	 * remark about another.
	 */
	private boolean isPeriodOnly(String brackets) {
		StringBuilder masked = new StringBuilder(brackets);
		return !periodsIn(masked).isEmpty() && masked.chars().noneMatch(Character::isLetter);
	}

	/** The periods the text names, in rule order; a rule's match is masked, so "delår 1" is not the delår too. */
	private List<Period> periodsIn(String text) {
		return periodsIn(new StringBuilder(text));
	}

	private List<Period> periodsIn(StringBuilder masked) {
		List<Period> named = new ArrayList<>();
		for (Rule rule : rules) {
			Matcher m = rule.pattern().matcher(masked);
			boolean found = false;
			while (m.find()) {
				found = true;
				for (int i = m.start(); i < m.end(); i++) {
					masked.setCharAt(i, MASK);
				}
			}
			if (found) {
				rule.period().filter(p -> !named.contains(p)).ifPresent(named::add);
			}
		}
		return named;
	}

	/**
	 * Where a period value stands in time, the year first and then the period within it: "2024 T3" before "2025 T1"
	 * before "2025 T2"; a value without a year ranks by its period alone. -1 when the text names no period.
	 */
	int chronological(String text) {
		Optional<Period> period = text == null || text.isBlank() ? Optional.empty() : find(text);
		if (period.isEmpty()) {
			return -1;
		}
		Matcher year = YEAR.matcher(text);
		return (year.find() ? Integer.parseInt(year.group()) : 0) * 10 + period.get().rank();
	}

	/** The year of a {@link #chronological} rank; 0 when the value named none. */
	static int yearOf(int chronological) {
		return chronological / 10;
	}

	/**
	 * The earliest period a text names: "Delår och helår" is first due at delår. For when a plan says a control is
	 * reported back.
	 */
	public Optional<Period> earliest(String text) {
		if (text == null) {
			return Optional.empty();
		}
		String spaced = text.replace('_', ' ');
		return rules.stream()
			.filter(r -> r.pattern().matcher(spaced).find())
			.flatMap(r -> r.period().stream())
			.min(Comparator.comparingInt(Period::rank));
	}

	record Rule(Optional<Period> period, Pattern pattern) {
	}
}
