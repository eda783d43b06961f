package se.ikkonsolidering.submission;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import se.ikkonsolidering.register.NamndMatcher;

/**
 * An export from a governance system holds the rows of several nämnder, told apart by a Nämnd, Förvaltning or Enhet
 * column. When that column names two or more of the register's nämnder, the file is one submission per nämnd, so
 * none of them is reported as not having sent anything. Rows whose value names no register nämnd stay with the
 * nämnd the file as a whole belongs to; a row naming several nämnder ("BN, MN") is a control of each.
 */
final class SendersInFile {

	/** "BN, MN", "BN/MN", "BN & MN", "BN och MN": nämnder listed in one cell. */
	private static final Pattern LIST = Pattern.compile("\\s*(,|/|&|\\+|\\s(och|samt)\\s)\\s*");

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

	/**
	 * The register's nämnder a cell names: one, or several listed ("BN, MN", "BN/MN", "BN och MN") for a control they
	 * share, which is then each one's control; none when it names none.
	 */
	private List<String> namndsOf(String cell) {
		String[] parts = LIST.split(cell.strip());
		if (parts.length >= 2) {
			List<String> each = new ArrayList<>();
			for (String part : parts) {
				Optional<String> namnd = namnder.find(part);
				if (namnd.isEmpty() || each.contains(namnd.get())) {
					return namnder.find(cell).map(List::of).orElse(List.of());
				}
				each.add(namnd.get());
			}
			return each;
		}
		return namnder.find(cell).map(List::of).orElse(List.of());
	}

	/** The one register nämnd the rows name, when they name exactly one. */
	Optional<String> onlyNamnd() {
		List<String> named = senders.values().stream().flatMap(cell -> namndsOf(cell).stream()).distinct().toList();
		return named.size() == 1 ? Optional.of(named.get(0)) : Optional.empty();
	}

	/** The controls by register nämnd, in file order; a single entry (the file's nämnd) when the file has one sender. */
	Map<String, List<Control>> split(List<Control> controls, String fileNamnd) {
		Map<String, List<Control>> byNamnd = new LinkedHashMap<>();
		for (Control control : controls) {
			List<String> named = Optional.ofNullable(senders.get(control)).map(this::namndsOf).orElse(List.of());
			for (String sender : named.isEmpty() ? List.of(fileNamnd) : named) {
				byNamnd.computeIfAbsent(sender, k -> new ArrayList<>()).add(control);
			}
		}
		long registerNamnder = byNamnd.keySet().stream().filter(n -> namnder.find(n).isPresent()).count();
		if (registerNamnder < 2) {
			return Map.of(fileNamnd, controls);
		}
		return byNamnd;
	}
}
