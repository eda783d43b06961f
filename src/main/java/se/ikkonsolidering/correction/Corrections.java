package se.ikkonsolidering.correction;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import se.ikkonsolidering.register.NamndMatcher;
import se.ikkonsolidering.register.Register;
import se.ikkonsolidering.store.Correction;
import se.ikkonsolidering.store.CorrectionStore;

/**
 * Applies the economy office's corrections at the start of every export: reads its workbook when there is one, puts
 * each usable line in force (a keyed line with nothing to correct withdraws the correction of its control or file;
 * a line that cannot be used leaves the one in force as it was), sets the files' nämnd, year and period accordingly,
 * and reports what could not be used and what corrects nothing. A workbook that cannot be read changes nothing.
 */
public final class Corrections {

	private static final Logger log = LoggerFactory.getLogger(Corrections.class);

	private final CorrectionFile file;
	private final CorrectionStore store;
	private final Register register;
	private final Year thisYear;

	public Corrections(CorrectionFile file, CorrectionStore store, Register register, Year thisYear) {
		this.file = file;
		this.store = store;
		this.register = register;
		this.thisYear = thisYear;
	}

	public CorrectionRun apply() {
		Optional<String> unreadable = Optional.empty();
		List<CorrectionProblem> problems = new ArrayList<>();
		long readAt = 0;
		if (file.exists()) {
			try {
				readAt = Files.getLastModifiedTime(file.path()).toMillis();
				String sha256 = file.sha256();
				problems.addAll(take(file.lines()));
				store.fileApplied(sha256);
			}
			catch (CorrectionFileException | IOException | UncheckedIOException ex) {
				unreadable = Optional.of("Rättelsefilen kunde inte läsas: " + ex.getMessage());
				log.warn("Corrections file {} cannot be read; the corrections already in force still apply: {}",
						file.path().toAbsolutePath(), ex.getMessage());
			}
		}
		NamndMatcher namnder = new NamndMatcher(register);
		int moved = store.applyToFiles(namnd -> namnder.find(namnd).filter(namnd::equals).isPresent());
		List<Correction> inForce = store.findAll();
		List<Unmatched> unmatched = unmatched(inForce);
		problems.forEach(p -> log.warn("Corrections file {} row {}: {}", file.path().toAbsolutePath(), p.row(),
				p.message()));
		unmatched.forEach(u -> log.warn("Correction without a match (rättelse utan träff): {}: {}", u.where(), u.why()));
		log.info("Corrections: {} in force, {} without a match, {} lines not used; {} files moved to another nämnd, "
				+ "year or period by this run", inForce.size(), unmatched.size(), problems.size(), moved);
		return new CorrectionRun(file.path(), unreadable, problems, inForce, unmatched, readAt);
	}

	/**
	 * Records a workbook the job has just written as applied when it is the corrections workbook itself, so the next
	 * run does not take its own workbook for the economy office's edit.
	 */
	public void written(Path workbook) {
		if (workbook.toAbsolutePath().normalize().equals(file.path().toAbsolutePath().normalize()) && file.exists()) {
			store.fileApplied(file.sha256());
		}
	}

	/** Puts the workbook's usable lines in force; returns those that could not be used. */
	private List<CorrectionProblem> take(List<CorrectionLine> lines) {
		LineCheck check = new LineCheck(register, thisYear);
		List<CorrectionProblem> problems = new ArrayList<>();
		Map<Correction.Key, Integer> seen = new HashMap<>();
		for (CorrectionLine line : lines) {
			LineCheck.Outcome outcome = check.check(line);
			Optional<Correction.Key> key = outcome.key();
			Integer earlier = key.map(seen::get).orElse(null);
			if (earlier != null) {
				problems.add(new CorrectionProblem(line.row(), "samma kontroll eller fil som rad " + earlier + "; rad "
						+ earlier + " gäller.", Map.of()));
				continue;
			}
			key.ifPresent(k -> seen.put(k, line.row()));
			if (outcome instanceof LineCheck.Put put) {
				problems.addAll(put(put.correction(), line));
			}
			else if (outcome instanceof LineCheck.Withdraw withdraw) {
				store.remove(withdraw.row());
			}
			else if (outcome instanceof LineCheck.Problem problem) {
				problems.add(new CorrectionProblem(line.row(), problem.message(), line.cells()));
			}
		}
		return problems;
	}

	/** A file whose rows are split between several nämnder (its Nämnd column) has no one nämnd to correct. */
	private List<CorrectionProblem> put(Correction correction, CorrectionLine line) {
		if (correction.namnd().isPresent() && store.readFiles(correction.sha256()) > 1) {
			return List.of(new CorrectionProblem(line.row(), "filen har rader för flera nämnder (kolumnen Nämnd), så "
					+ "nämnden kan inte rättas för hela filen.", line.cells()));
		}
		store.put(correction);
		return List.of();
	}

	private List<Unmatched> unmatched(List<Correction> inForce) {
		List<Unmatched> unmatched = new ArrayList<>();
		for (Correction c : inForce) {
			store.miss(c).ifPresent(miss -> unmatched.add(new Unmatched(c, switch (miss.kind()) {
				case NO_FILE -> "ingen inläst fil har filens kontrollsumma (sha256); filen har bytts ut eller aldrig "
						+ "lästs in";
				case REPLACED -> "filen har ersatts av '" + miss.replacedBy() + "'; rätta i den nya filens rader";
				case NO_ROW -> "filen har ingen kontroll på flik '" + c.sheet() + "', rad " + c.row()
						+ "; raden kan ha flyttats";
			})));
		}
		return unmatched;
	}
}
