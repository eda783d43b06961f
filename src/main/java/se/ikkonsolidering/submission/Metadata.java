package se.ikkonsolidering.submission;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a file says about itself, and where each fact was read (for the message and the receipt).
 *
 * @param namnd canonical register name, or the name found
 * @param namndInRegister whether it matched the register
 * @param namndSource where the nämnd was read, with the text read: "cellen B2 'Nämnd/enhet: SN'", "filnamnet"
 * @param year the year, when found
 * @param yearSource where the year was read
 * @param period the period, when found
 * @param periodSource where the period was read
 * @param assessment the nämnd's own assessment, when stated
 * @param notices what someone should look at
 */
record Metadata(String namnd, boolean namndInRegister, String namndSource, Optional<Integer> year, String yearSource,
		Optional<Period> period, String periodSource, Optional<String> assessment, List<Notice> notices) {

	Metadata {
		notices = List.copyOf(notices);
	}

	/** The file's rows for one of several nämnder in it: that nämnd, and the file's notices about its nämnd dropped. */
	Metadata withNamnd(String newNamnd, boolean inRegister, String source) {
		List<Notice> rest = notices.stream().filter(n -> !n.aboutNamnd()).toList();
		return new Metadata(newNamnd, inRegister, source, year, yearSource, period, periodSource, assessment, rest);
	}

	/** A plan is for the whole year: a period word in it says when a control is reported back, not what it is. */
	Metadata withoutPeriod() {
		return new Metadata(namnd, namndInRegister, namndSource, year, yearSource, Optional.empty(), "", assessment,
				notices);
	}

	Metadata withNotice(Notice notice) {
		List<Notice> more = new ArrayList<>(notices);
		more.add(notice);
		return new Metadata(namnd, namndInRegister, namndSource, year, yearSource, period, periodSource, assessment,
				more);
	}

	Metadata withPeriod(Period newPeriod, String source) {
		return new Metadata(namnd, namndInRegister, namndSource, year, yearSource, Optional.of(newPeriod), source,
				assessment, notices);
	}
}
