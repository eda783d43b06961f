package se.ikkonsolidering.submission;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import se.ikkonsolidering.register.NamndMatcher;

/**
 * An export from a governance system holds the rows of several nämnder, told apart by a Nämnd, Förvaltning or Enhet
 * column. When that column names two or more of the register's nämnder, the file is one submission per nämnd, so
 * none of them is reported as not having sent anything. Rows whose value names no register nämnd stay with the
 * nämnd the file as a whole belongs to.
 */
final class SendersInFile {

	private final NamndMatcher namnder;
	private final Map<Control, String> senders = new IdentityHashMap<>();

	SendersInFile(NamndMatcher namnder) {
		this.namnder = namnder;
	}

	/** Notes the Nämnd column's value of a control's row. */
	void note(Control control, String namndCell) {
		if (!namndCell.isBlank()) {
			senders.put(control, namndCell);
		}
	}

	/** The controls by register nämnd, in file order; a single entry (the file's nämnd) when the file has one sender. */
	Map<String, List<Control>> split(List<Control> controls, String fileNamnd) {
		Map<String, List<Control>> byNamnd = new LinkedHashMap<>();
		for (Control control : controls) {
			Optional<String> sender = Optional.ofNullable(senders.get(control)).flatMap(namnder::find);
			byNamnd.computeIfAbsent(sender.orElse(fileNamnd), k -> new ArrayList<>()).add(control);
		}
		long registerNamnder = byNamnd.keySet().stream().filter(n -> namnder.find(n).isPresent()).count();
		if (registerNamnder < 2) {
			return Map.of(fileNamnd, controls);
		}
		return byNamnd;
	}
}
