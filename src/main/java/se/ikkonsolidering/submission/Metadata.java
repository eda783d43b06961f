package se.ikkonsolidering.submission;

import java.util.List;
import java.util.Optional;

/**
 * What a file says about itself, and where each fact came from (for the message).
 *
 * @param namnd canonical register name, or the name found
 * @param namndInRegister whether it matched the register
 * @param namndSource where the nämnd was found ("cellen 'Nämnd/enhet:'", "titeln", "filnamnet")
 * @param year the year, when found
 * @param yearSource where the year was found
 * @param period the period, when found
 * @param periodSource where the period was found
 * @param assessment the nämnd's own assessment, when stated
 * @param warnings Swedish warnings for the message
 */
record Metadata(String namnd, boolean namndInRegister, String namndSource, Optional<Integer> year, String yearSource,
		Optional<Period> period, String periodSource, Optional<String> assessment, List<String> warnings) {

	Metadata {
		warnings = List.copyOf(warnings);
	}

	/** The file's rows for one of several nämnder in it: that nämnd, and the file's warnings about its nämnd dropped. */
	Metadata withNamnd(String newNamnd, boolean inRegister, String source) {
		List<String> rest = warnings.stream().filter(w -> !w.contains("nämnd")).toList();
		return new Metadata(newNamnd, inRegister, source, year, yearSource, period, periodSource, assessment, rest);
	}

	/** A plan is for the whole year: a period word in it says when a control is reported back, not what it is. */
	Metadata withoutPeriod() {
		return new Metadata(namnd, namndInRegister, namndSource, year, yearSource, Optional.empty(), "", assessment,
				warnings);
	}

	Metadata withPeriod(Period newPeriod, String source) {
		return new Metadata(namnd, namndInRegister, namndSource, year, yearSource, Optional.of(newPeriod), source,
				assessment, warnings);
	}
}
