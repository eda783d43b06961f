package se.ikkonsolidering.classify;

import java.util.List;
import java.util.Optional;

import se.ikkonsolidering.layout.ControlRow;
import se.ikkonsolidering.layout.Field;
import se.ikkonsolidering.layout.HeaderText;

/**
 * Decides a control's status, most explicit evidence first: (a) the status column's words, (b) the
 * traffic-light fill of the status or result cell, (c) phrases in the result text. When nothing decides, the
 * control is SAKNAS if nothing was reported (or the template's status cell was left blank), OKLAR otherwise. A
 * blank status cell is never read as GENOMFORD from free text: the nämnd did not report the control as done.
 */
public final class StatusClassifier {

	private final StatusWords words;
	private final ColourRules colours;
	private final TextStatusRules text;

	public StatusClassifier(StatusWords words, ColourRules colours, TextStatusRules text) {
		this.words = words;
		this.colours = colours;
		this.text = text;
	}

	public StatusDecision classify(ControlRow control) {
		String statusCell = control.value(Field.STATUS);
		String statusHeader = HeaderText.display(control.layout().headers().getOrDefault(Field.STATUS, ""));
		if (!statusCell.isEmpty()) {
			Optional<ControlStatus> word = words.lookup(statusCell);
			if (word.isPresent() && word.get() != ControlStatus.SAKNAS) {
				return new StatusDecision(word.get(), StatusSource.KOLUMN, statusCell,
						"statuskolumnen '" + statusHeader + "'");
			}
			if (word.isEmpty()) {
				Optional<TextStatusRules.TextVerdict> verdict = text.classify(statusCell);
				if (verdict.isPresent()) {
					return fromText(verdict.get(), "texten i statuskolumnen '" + statusHeader + "'");
				}
			}
		}
		Optional<StatusDecision> colour = fromColour(control.statusFills(), "statuscellens färg")
			.or(() -> fromColour(control.resultFills(), "resultatcellens färg"));
		if (colour.isPresent()) {
			return colour.get();
		}
		// A template with a status column whose cell was left blank has not reported the status; its texts may still
		// show that the control was not (fully) done, but are never read as "done".
		boolean blankStatusCell = control.layout().has(Field.STATUS) && statusCell.isEmpty();
		for (Field field : List.of(Field.RESULTAT, Field.AVVIKELSE)) {
			Optional<TextStatusRules.TextVerdict> verdict = text.classify(control.value(field))
				.filter(v -> !blankStatusCell || v.status() != ControlStatus.GENOMFORD);
			if (verdict.isPresent()) {
				return fromText(verdict.get(), "texten i kolumnen '"
						+ HeaderText.display(control.layout().headers().getOrDefault(field, "")) + "'");
			}
		}
		if (!statusCell.isEmpty() && words.lookup(statusCell).isEmpty()) {
			return new StatusDecision(ControlStatus.OKLAR, StatusSource.KOLUMN, statusCell,
					"statuskolumnens text går inte att tolka");
		}
		boolean reported = !control.value(Field.RESULTAT).isEmpty() || !control.value(Field.AVVIKELSE).isEmpty();
		if (reported && !control.layout().has(Field.STATUS)) {
			return new StatusDecision(ControlStatus.OKLAR, StatusSource.TEXT, firstLine(control.value(Field.RESULTAT)),
					"resultattexten säger inte om kontrollen genomförts");
		}
		return new StatusDecision(ControlStatus.SAKNAS, StatusSource.INGEN, statusCell,
				control.layout().has(Field.STATUS) ? "statuscellen är tom" : "inget resultat rapporterat");
	}

	private Optional<StatusDecision> fromColour(List<String> fills, String where) {
		List<ColourRules.ColourVerdict> verdicts = fills.stream()
			.map(colours::classify)
			.flatMap(Optional::stream)
			.toList();
		if (verdicts.isEmpty()) {
			return Optional.empty();
		}
		boolean agree = verdicts.stream().map(ColourRules.ColourVerdict::status).distinct().count() == 1;
		ControlStatus status = agree ? verdicts.get(0).status() : ControlStatus.DELVIS;
		String described = String.join(", ", verdicts.stream().map(ColourRules.ColourVerdict::description).distinct().toList());
		return Optional.of(new StatusDecision(status, StatusSource.FARG, described, where));
	}

	private static StatusDecision fromText(TextStatusRules.TextVerdict verdict, String where) {
		return new StatusDecision(verdict.status(), StatusSource.TEXT, verdict.passage(),
				where + ": '" + verdict.phrases() + "'");
	}

	private static String firstLine(String text) {
		String line = text.strip().split("\\R", 2)[0];
		return line.length() > 200 ? line.substring(0, 200) + "…" : line;
	}
}
