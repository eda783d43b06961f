package se.ikkonsolidering.classify;

import java.util.EnumSet;
import java.util.Set;

import se.ikkonsolidering.layout.ControlRow;
import se.ikkonsolidering.layout.Field;

/** The flags of a classified control: its status flag, a reported deviation, and "Följer plan: Nej". */
public final class Flagger {

	private static final String FOLLOWS_PLAN = "följer plan";

	private final DeviationRules deviations;
	private final StatusWords words;

	public Flagger(DeviationRules deviations, StatusWords words) {
		this.deviations = deviations;
		this.words = words;
	}

	public Set<Flag> flags(ControlRow control, StatusDecision decision) {
		Set<Flag> flags = EnumSet.noneOf(Flag.class);
		decision.status().flag().ifPresent(flags::add);
		if (decision.contradicted()) {
			flags.add(Flag.MOTSAGELSE);
		}
		// Without a deviation column, a deviation is reported in the result text, if anywhere.
		String deviation = control.layout().has(Field.AVVIKELSE) ? control.value(Field.AVVIKELSE)
				: control.value(Field.RESULTAT);
		if (decision.deviationInStatus() || deviations.reportsDeviation(deviation)) {
			flags.add(Flag.AVVIKELSE);
		}
		if (FOLLOWS_PLAN.equals(control.layout().synonyms().get(Field.STATUS))
				&& words.lookup(control.value(Field.STATUS)).filter(s -> s == ControlStatus.EJ_GENOMFORD).isPresent()) {
			flags.add(Flag.FOLJER_EJ_PLAN);
		}
		return flags;
	}
}
