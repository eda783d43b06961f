package se.ikkonsolidering.submission;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import se.ikkonsolidering.layout.SheetReading;
import se.ikkonsolidering.layout.Labels;
import se.ikkonsolidering.register.NamndMatcher;

/**
 * A file with a sheet or table per nämnd: a workbook whose sheets are each named after a different register nämnd
 * ("TN", "MBN"), or a document of a förvaltning with a section per nämnd, each section's heading naming its nämnd
 * and its tables following it ("Nämnden för funktionsstöd", then a small table per control). Each sheet's or
 * table's controls are then that nämnd's.
 */
final class SheetOwners {

	private final NamndMatcher namnder;
	private final Labels labels;

	SheetOwners(NamndMatcher namnder, Labels labels) {
		this.namnder = namnder;
		this.labels = labels;
	}

	/**
	 * The nämnd of each sheet or table read, in order; empty when the file is not one per nämnd.
	 * @param document a document's tables follow the heading above them until the next heading that names a nämnd
	 */
	List<String> of(List<SheetReading> read, boolean document) {
		List<Optional<String>> named = read.stream().map(this::named).toList();
		if (read.size() < 2) {
			return List.of();
		}
		if (!document) {
			boolean eachItsOwn = named.stream().allMatch(Optional::isPresent)
					&& named.stream().map(Optional::get).distinct().count() == read.size();
			return eachItsOwn ? named.stream().map(Optional::get).toList() : List.of();
		}
		List<String> owners = new ArrayList<>();
		for (Optional<String> namnd : named) {
			if (namnd.isEmpty() && owners.isEmpty()) {
				return List.of();
			}
			owners.add(namnd.orElse(owners.isEmpty() ? null : owners.get(owners.size() - 1)));
		}
		return owners.stream().distinct().count() >= 2 ? owners : List.of();
	}

	/** Where a sheet or table names the nämnd: its name or the title above it. */
	String whereNamed(String namnd, List<SheetReading> read) {
		for (SheetReading sheet : read) {
			if (namnder.find(sheet.sheet()).filter(namnd::equals).isPresent()) {
				return "fliknamnet '" + sheet.sheet() + "'";
			}
			if (named(sheet).filter(namnd::equals).isPresent()) {
				return "rubriken ovanför " + sheet.sheet().toLowerCase(Locale.ROOT);
			}
		}
		return "fliknamnet";
	}

	/**
	 * The nämnd a sheet or table names: its sheet's name ("TN"), else the nearest title above it that names one (a
	 * document with a table per nämnd, each under a heading "Räddningsnämnden").
	 */
	private Optional<String> named(SheetReading sheet) {
		Optional<String> byName = namnder.find(sheet.sheet());
		if (byName.isPresent()) {
			return byName;
		}
		List<String> titles = sheet.titles();
		for (int i = titles.size() - 1; i >= 0; i--) {
			// "Gemensamma kontrollmoment för BN och MN": the controls of a section shared by the nämnder it names are
			// each one's, named in one owner as a Nämnd cell would name them ("Byggnadsnämnden, Miljönämnden").
			List<String> sharing = namnder.findSubjects(titles.get(i));
			if (sharing.size() >= 2 && labels.mentions(Labels.Kind.GEMENSAM, titles.get(i))) {
				return Optional.of(String.join(", ", sharing));
			}
			// "Kommungemensamma kontroller (beslutade av kommunstyrelsen)": the nämnd that decided heads no table.
			Optional<String> named = namnder.findSubject(titles.get(i));
			if (named.isPresent()) {
				return named;
			}
		}
		return Optional.empty();
	}
}
