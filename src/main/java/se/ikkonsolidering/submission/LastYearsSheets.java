package se.ikkonsolidering.submission;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import se.ikkonsolidering.layout.ControlRow;
import se.ikkonsolidering.layout.SheetReading;

/**
 * Last year's follow-up left on a sheet of its own beside this year's sheets per process ("Helår 2024" beside "IFO"
 * and "LSS" in "…_delar_2025.xls"): its name or title names a year before the file name's, and sheets that name no
 * year report its controls again. Its title would otherwise date the whole file, as no other sheet names a year;
 * beside a sheet naming this year ("Helår 2024" beside "Helår 2025"), the sheets are periods of one another.
 */
final class LastYearsSheets {

	private LastYearsSheets() {
	}

	/** The tables read that are last year's, by index, with the year each names. */
	static Map<Integer, Integer> of(String fileName, List<SheetReading> read) {
		Map<Integer, Integer> lastYears = new LinkedHashMap<>();
		int fileYear = MetadataResolver.bareYear(fileName).orElse(0);
		if (fileYear == 0 || read.size() < 2) {
			return lastYears;
		}
		for (int i = 0; i < read.size(); i++) {
			int year = SheetPeriods.year(read.get(i));
			if (year == 0 || year >= fileYear) {
				continue;
			}
			Set<String> thisYears = new HashSet<>();
			for (int j = 0; j < read.size(); j++) {
				if (j != i && SheetPeriods.year(read.get(j)) == 0
						&& read.get(j).controls().stream().anyMatch(ControlRow::reportsAnything)) {
					read.get(j).controls().forEach(c -> thisYears.add(SubmissionInterpreter.controlKey(c)));
				}
			}
			List<String> own = read.get(i).controls().stream().map(SubmissionInterpreter::controlKey)
				.filter(k -> !k.isEmpty())
				.toList();
			long again = own.stream().filter(thisYears::contains).count();
			if (!own.isEmpty() && again * 2 > own.size()) {
				lastYears.put(i, year);
			}
		}
		return lastYears;
	}
}
