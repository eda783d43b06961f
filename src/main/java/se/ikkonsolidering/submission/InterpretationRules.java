package se.ikkonsolidering.submission;

import java.nio.file.Path;

import se.ikkonsolidering.classify.ColourRules;
import se.ikkonsolidering.classify.DeviationRules;
import se.ikkonsolidering.classify.Flagger;
import se.ikkonsolidering.classify.StatusClassifier;
import se.ikkonsolidering.classify.StatusWords;
import se.ikkonsolidering.classify.TextStatusRules;
import se.ikkonsolidering.layout.HeaderDictionary;
import se.ikkonsolidering.layout.ColumnTyper;
import se.ikkonsolidering.layout.Labels;
import se.ikkonsolidering.layout.SheetReader;
import se.ikkonsolidering.layout.Vocabulary;

/**
 * Every rule file loaded once: the built-in rules plus the kommun's additions from {@code configDir}.
 *
 * @param sheets header detection and row interpretation
 * @param classifier status rules
 * @param flagger flag rules
 * @param periods period words
 * @param labels the labels ("Nämnd:", "Samlad bedömning:") the sheets are read with, for a document's closing words
 * @param plans how a plan is told from a follow-up
 */
public record InterpretationRules(SheetReader sheets, StatusClassifier classifier, Flagger flagger,
		PeriodRules periods, Labels labels, PlanRecognition plans) {

	public static InterpretationRules load(Path configDir) {
		StatusWords words = StatusWords.load(configDir);
		Labels labels = Labels.load(configDir);
		HeaderDictionary dictionary = HeaderDictionary.load(configDir);
		TextStatusRules phrases = TextStatusRules.load(configDir);
		Vocabulary vocabulary = text -> words.lookup(text).isPresent();
		DeviationRules deviations = DeviationRules.load(configDir);
		// A legend explains its codes in sentences too: "✓ = kontrollen utförd utan anmärkning".
		Vocabulary meanings = text -> words.lookup(text).isPresent()
				|| phrases.classify(text).filter(TextStatusRules.TextVerdict::strong).isPresent();
		return new InterpretationRules(
				new SheetReader(new ColumnTyper(dictionary, labels, vocabulary), dictionary, labels, meanings),
				new StatusClassifier(words, ColourRules.load(configDir), phrases, deviations),
				new Flagger(deviations, words), PeriodRules.load(configDir), labels,
				PlanRecognition.load(configDir));
	}

	/** These rules, with the kommun's nämnder known to the column typer. */
	InterpretationRules knowingSenders(Vocabulary senders) {
		return new InterpretationRules(sheets.knowingSenders(senders), classifier, flagger, periods, labels, plans);
	}
}
