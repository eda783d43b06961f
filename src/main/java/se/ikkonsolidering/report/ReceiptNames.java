package se.ikkonsolidering.report;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import se.ikkonsolidering.store.StoredSubmission;

/**
 * The file names of the receipts in {@code <out>/kvitton/}: the nämnd and the file, so a receipt can be attached to
 * an e-mail to the nämnd as it is ("Socialnämnden - SN helår 2025.xlsx.html"). Two files of one nämnd with the same
 * name (a new version sent under the old name) are told apart by a number, given in the order the files came, so a
 * receipt keeps its name from run to run.
 */
final class ReceiptNames {

	/** Windows refuses longer paths, and the name must survive being a mail attachment. */
	private static final int MAX = 150;

	private ReceiptNames() {
	}

	/**
	 * @param read every file that was read, of every year, in the order they came
	 * @return each file's receipt name without its extension, by submission id
	 */
	static Map<Long, String> of(List<StoredSubmission> read) {
		Map<Long, String> names = new LinkedHashMap<>();
		Set<String> taken = new HashSet<>();
		for (StoredSubmission s : read) {
			String base = safe(s.namnd() + " - " + s.fileName());
			String name = base;
			for (int n = 2; !taken.add(name.toLowerCase(Locale.ROOT)); n++) {
				name = base + " (" + n + ")";
			}
			names.put(s.id(), name);
		}
		return names;
	}

	/** Without the characters Windows and mail programs refuse in a file name, and not too long. */
	static String safe(String name) {
		String safe = name.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").replaceAll("\\s+", " ").strip();
		safe = safe.replaceAll("^\\.+", "_");
		return safe.length() <= MAX ? safe : safe.substring(0, MAX).strip();
	}
}
