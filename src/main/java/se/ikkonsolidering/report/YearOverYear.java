package se.ikkonsolidering.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import se.ikkonsolidering.classify.ControlStatus;
import se.ikkonsolidering.store.StoredControl;
import se.ikkonsolidering.store.StoredSubmission;

/**
 * Compares each nämnd's chosen file with its chosen file of the previous year (by the same {@link PeriodChoice}).
 * A control counts as the same when its kontrollmoment reads the same once case, white space and closing
 * punctuation are ignored: nämnder retype their plans, but a changed wording is a changed control.
 */
final class YearOverYear {

	private static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");
	private static final Pattern SPACE = Pattern.compile("\\s+");

	private YearOverYear() {
	}

	static Comparison compare(List<NamndFigures> namnder, YearData current, YearData previous) {
		Map<String, StoredSubmission> before = previous.chosen();
		Map<Long, List<StoredControl>> controlsNow = current.controlsBySubmission();
		Map<Long, List<StoredControl>> controlsBefore = previous.controlsBySubmission();
		List<Comparison.YearChange> changes = new ArrayList<>();
		List<Comparison.RepeatedMiss> repeated = new ArrayList<>();
		for (NamndFigures now : namnder) {
			StoredSubmission then = before.get(now.namnd());
			if (now.source().isEmpty() || then == null) {
				continue;
			}
			List<StoredControl> previousControls = controlsBefore.getOrDefault(then.id(), List.of());
			NamndFigures old = NamndFigures.of(now.namnd(), now.inRegister(), then, previousControls);
			changes.add(new Comparison.YearChange(now.namnd(), statedPeriod(old), old.counts().percentDone(),
					statedPeriod(now), now.counts().percentDone()));
			Set<String> missedBefore = previousControls.stream()
				.filter(c -> c.status() == ControlStatus.EJ_GENOMFORD)
				.map(c -> key(c.kontrollmoment()))
				.filter(k -> !k.isEmpty())
				.collect(Collectors.toSet());
			controlsNow.getOrDefault(now.source().get().id(), List.of())
				.stream()
				.filter(c -> c.status() == ControlStatus.EJ_GENOMFORD && missedBefore.contains(key(c.kontrollmoment())))
				.forEach(c -> repeated.add(new Comparison.RepeatedMiss(now.namnd(), c.process(), c.kontrollmoment())));
		}
		return new Comparison(previous.year(), changes, repeated);
	}

	/** The period's name, or empty: the page says nothing of a period the file does not state. */
	private static String statedPeriod(NamndFigures n) {
		return n.periodStated() ? n.period() : "";
	}

	static String key(String kontrollmoment) {
		String s = kontrollmoment == null ? "" : kontrollmoment.replace("\u00AD", "").replace('\u00A0', ' ');
		return SPACE.matcher(s.toLowerCase(SWEDISH)).replaceAll(" ").strip().replaceAll("[.:;,!]+$", "");
	}
}
