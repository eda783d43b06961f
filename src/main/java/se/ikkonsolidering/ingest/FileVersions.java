package se.ikkonsolidering.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A follow-up sent again as a corrected version ("… T2 2025 - korrigerad version.xlsx", "… v2.xlsx") replaces the
 * one its name is made from. Files that reach the inbox together get their times from how they were copied, so the
 * original may look newer; read after it, the corrected version stands, as its sender meant.
 */
final class FileVersions {

	/** A version's mark closing the name: "korrigerad version", "(rättad)", "reviderad", "v2", "version 3". */
	private static final Pattern MARK = Pattern.compile("(?iu)(?:[\\s_\\-–]+[(\\[]?|[(\\[])\\s*"
			+ "(?:(?:korrigerad|korr|rättad|reviderad|rev|uppdaterad|ny|ändrad|kompletterad)(?:[\\s_]+version)?"
			+ "(?:[\\s_]*(\\d{1,2}))?"
			+ "|(?:v|ver|version)[\\s_.]*(\\d{1,2}))\\s*[)\\]]?$");
	private static final Pattern EXTENSION = Pattern.compile("\\.[\\p{L}\\d]{1,5}$");

	private FileVersions() {
	}

	/** The files in their order, each marked version moved after the earlier versions of its name. */
	static List<InboxFile> laterVersionsLast(List<InboxFile> files) {
		// Each name read once: its base and the version it says.
		Map<InboxFile, String> bases = new HashMap<>();
		Map<InboxFile, Integer> versions = new HashMap<>();
		files.forEach(f -> {
			bases.put(f, base(f.name()));
			versions.put(f, version(f.name()));
		});
		List<InboxFile> ordered = new ArrayList<>(files);
		for (InboxFile file : files) {
			int version = versions.get(file);
			if (version == 0) {
				continue;
			}
			int at = ordered.indexOf(file);
			int last = at;
			for (int i = at + 1; i < ordered.size(); i++) {
				InboxFile other = ordered.get(i);
				if (bases.get(other).equals(bases.get(file)) && versions.get(other) < version) {
					last = i;
				}
			}
			if (last > at) {
				ordered.remove(at);
				ordered.add(last, file);
			}
		}
		return ordered;
	}

	/** 0 for a name without a version's mark, else the version it says (a correction without a number is 2). */
	static int version(String name) {
		Matcher m = MARK.matcher(withoutExtension(name));
		if (!m.find() || m.start() == 0) {
			return 0;
		}
		String number = m.group(1) != null ? m.group(1) : m.group(2);
		return number != null ? Integer.parseInt(number) : 2;
	}

	private static String base(String name) {
		String stem = withoutExtension(name);
		Matcher m = MARK.matcher(stem);
		return (m.find() && m.start() > 0 ? stem.substring(0, m.start()) : stem).strip().toLowerCase(Locale.ROOT);
	}

	private static String withoutExtension(String name) {
		return EXTENSION.matcher(name).replaceFirst("");
	}
}
