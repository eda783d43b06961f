package se.ikkonsolidering.submission;

import java.nio.file.Path;

import se.ikkonsolidering.classify.ColourRules;
import se.ikkonsolidering.classify.DeviationRules;
import se.ikkonsolidering.classify.Flagger;
import se.ikkonsolidering.classify.StatusClassifier;
import se.ikkonsolidering.classify.StatusWords;
import se.ikkonsolidering.classify.TextStatusRules;
import se.ikkonsolidering.layout.HeaderDictionary;
import se.ikkonsolidering.layout.HeaderMatcher;
import se.ikkonsolidering.layout.Labels;
import se.ikkonsolidering.layout.SheetInterpreter;

/**
 * Every rule file loaded once: the built-in rules plus the kommun's additions from {@code configDir}.
 *
 * @param sheets header detection and row interpretation
 * @param classifier status rules
 * @param flagger flag rules
 * @param periods period words
 * @param labels the labels ("Nämnd:", "Samlad bedömning:") the sheets are read with, for a document's closing words
 */
public record InterpretationRules(SheetInterpreter sheets, StatusClassifier classifier, Flagger flagger,
		PeriodRules periods, Labels labels) {

	public static InterpretationRules load(Path configDir) {
		StatusWords words = StatusWords.load(configDir);
		Labels labels = Labels.load(configDir);
		return new InterpretationRules(new SheetInterpreter(new HeaderMatcher(HeaderDictionary.load(configDir)), labels),
				new StatusClassifier(words, ColourRules.load(configDir), TextStatusRules.load(configDir)),
				new Flagger(DeviationRules.load(configDir), words), PeriodRules.load(configDir), labels);
	}
}
