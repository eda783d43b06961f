package se.ikkonsolidering.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import se.ikkonsolidering.correction.CorrectionProblem;
import se.ikkonsolidering.correction.CorrectionRun;
import se.ikkonsolidering.correction.CorrectionWords;
import se.ikkonsolidering.correction.Unmatched;
import se.ikkonsolidering.store.Correction;
import se.ikkonsolidering.store.StoredControl;
import se.ikkonsolidering.store.StoredSubmission;

/**
 * The summary's account of the economy office's corrections: those in force on the year's files (what the job read,
 * what counts instead, the comment and the signature), those that correct nothing (rättelser utan träff), and lines of
 * the corrections workbook that could not be used.
 *
 * @param unreadable why the corrections workbook could not be read; empty when it could
 */
record CorrectionSection(List<Corrected> files, List<Corrected> controls, List<Unmatched> unmatched,
		List<String> problems, String unreadable) {

	static final CorrectionSection NONE = new CorrectionSection(List.of(), List.of(), List.of(), List.of(), "");

	CorrectionSection {
		files = List.copyOf(files);
		controls = List.copyOf(controls);
		unmatched = List.copyOf(unmatched);
		problems = List.copyOf(problems);
	}

	/**
	 * One correction in force.
	 *
	 * @param where "SN helår.xlsx, flik 'Uppföljning', rad 12" or "SN helår.xlsx (hela filen)"
	 * @param change "Genomförd → Delvis genomförd", "Inte en kontroll", "nämnd Gymnasienämnden → Socialnämnden"
	 */
	record Corrected(String where, String kontrollmoment, String change, String comment, String signature) {
	}

	/**
	 * @param submissions the year's files
	 * @param controls the year's current controls and the rows marked as no control
	 */
	static CorrectionSection of(List<StoredSubmission> submissions, List<StoredControl> controls, CorrectionRun run) {
		Map<String, Correction> byFile = run.inForce().stream()
			.filter(Correction::wholeFile)
			.collect(Collectors.toMap(Correction::sha256, Function.identity()));
		List<Corrected> files = new ArrayList<>();
		for (StoredSubmission s : submissions) {
			if (s.corrected()) {
				Optional<Correction> c = Optional.ofNullable(byFile.get(s.sha256()));
				files.add(new Corrected(s.fileName() + " (hela filen)", "", change(s),
						c.map(Correction::comment).orElse(""), c.map(Correction::signature).orElse("")));
			}
		}
		List<Corrected> corrected = controls.stream()
			.filter(c -> c.correction().isPresent())
			.map(c -> new Corrected(c.fileName() + ", flik '" + c.sheet() + "', rad " + c.sourceRow(),
					c.kontrollmoment(), c.manual()
							? SwedishNames.status(c.correction().get().readStatus()) + " → " + SwedishNames.status(c.status())
							: "Inte en kontroll",
					c.correction().get().comment(), c.correction().get().signature()))
			.toList();
		return new CorrectionSection(files, corrected, run.unmatched(),
				run.problems().stream().map(CorrectionProblem::text).toList(), run.unreadable().orElse(""));
	}

	private static String change(StoredSubmission s) {
		List<String> parts = new ArrayList<>();
		if (!s.read().namnd().equals(s.namnd())) {
			parts.add("nämnd " + s.read().namnd() + " → " + s.namnd());
		}
		if (!Objects.equals(s.read().year(), s.year())) {
			parts.add("år " + s.read().year() + " → " + s.year());
		}
		if (!s.read().period().equals(s.period())) {
			parts.add("period " + SwedishNames.period(s.read().period()) + " → " + SwedishNames.period(s.period()));
		}
		return String.join(", ", parts);
	}

	/** The file corrections, then the control corrections: the page's table of corrections in force. */
	public List<Corrected> all() {
		List<Corrected> all = new ArrayList<>(files);
		all.addAll(controls);
		return all;
	}

	/** "Manuellt rättade: 1 fil och 2 kontroller", the caption of the table of corrections in force. */
	public String caption() {
		return "Manuellt rättade: " + files.size() + (files.size() == 1 ? " fil" : " filer") + " och " + controls.size()
				+ (controls.size() == 1 ? " kontroll" : " kontroller");
	}

	/** Whether there is anything to show. */
	public boolean isEmpty() {
		return files.isEmpty() && controls.isEmpty() && unmatched.isEmpty() && problems.isEmpty() && unreadable.isEmpty();
	}

	/** The choices of "Rätt status", as the page explains them. */
	public String choices() {
		return String.join(", ", CorrectionWords.statusChoices());
	}
}
