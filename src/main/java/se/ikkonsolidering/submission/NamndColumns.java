package se.ikkonsolidering.submission;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import se.ikkonsolidering.layout.ControlRow;
import se.ikkonsolidering.layout.Field;
import se.ikkonsolidering.layout.HeadedLine;
import se.ikkonsolidering.layout.TableLayout;
import se.ikkonsolidering.register.NamndMatcher;

/**
 * The economy office's matrix of kommungemensamma kontroller, a status column per nämnd ("KS | BUN | SN | TN"): each
 * row is a control of every nämnd it has a column for, with that column's status. The layout reads such columns as a
 * status per unit ("KS: G", "BUN: GA" on lines of their own); when every unit is a different nämnd of the register,
 * the row is split into one control per nämnd. A comment line led by a nämnd ("SN: 3 av 20 fakturor …") goes with
 * that nämnd's control only.
 */
final class NamndColumns {

	/** "Barn- och utbildningsnämnden", "KS": a nämnd's column is headed by its name or a short form of it. */
	private static final int MAX_NAMND_HEADING = 40;
	private static final Pattern FIRST_WORD = Pattern.compile("(\\S+)\\s.*", Pattern.DOTALL);

	private final NamndMatcher namnder;

	NamndColumns(NamndMatcher namnder) {
		this.namnder = namnder;
	}

	/** The rows, each row of a matrix of nämnder split into one row per nämnd, in the columns' order. */
	List<ControlRow> split(List<ControlRow> rows) {
		List<ControlRow> split = new ArrayList<>();
		for (ControlRow row : rows) {
			split.addAll(perNamnd(row));
		}
		return split;
	}

	private List<ControlRow> perNamnd(ControlRow row) {
		// "KS: G", "MBN: " (nothing reported): a unit's heading and its cell, as the layout writes them.
		List<HeadedLine> lines = HeadedLine.all(row.value(Field.STATUS));
		if (lines.isEmpty() || !row.value(Field.NAMND).isBlank()) {
			return List.of(row);
		}
		Map<String, String[]> byNamnd = new LinkedHashMap<>();
		for (HeadedLine line : lines) {
			String heading = line.heading().strip();
			Optional<String> namnd = heading.length() <= MAX_NAMND_HEADING ? namnder.find(heading) : Optional.empty();
			if (namnd.isEmpty() || byNamnd.containsKey(namnd.get())) {
				return List.of(row);
			}
			byNamnd.put(namnd.get(), new String[] { heading, line.text().strip() });
		}
		List<Integer> columns = row.layout().statusColumns();
		boolean byColumn = columns.size() == byNamnd.size();
		boolean fillEach = row.statusFills().size() == byNamnd.size();
		List<ControlRow> split = new ArrayList<>();
		int i = 0;
		for (Map.Entry<String, String[]> cell : byNamnd.entrySet()) {
			Map<Field, String> values = new EnumMap<>(Field.class);
			values.putAll(row.values());
			values.put(Field.NAMND, cell.getValue()[0]);
			values.put(Field.STATUS, cell.getValue()[1]);
			values.put(Field.RESULTAT, resultOf(row.value(Field.RESULTAT), cell.getKey()));
			// Each nämnd's status is traced to its own column.
			TableLayout layout = byColumn ? row.layout().withStatusIn(columns.get(i), cell.getValue()[0])
					: row.layout();
			split.add(new ControlRow(row.sheet(), row.row(), row.lastRow(), values,
					fillEach ? List.of(row.statusFills().get(i)) : row.statusFills(), row.resultFills(), layout,
					row.group()));
			i++;
		}
		return split;
	}

	/** The comment's lines for the nämnd: those led by its name, and those led by no nämnd's. */
	private String resultOf(String result, String namnd) {
		List<String> kept = new ArrayList<>();
		for (String line : result.split("\n")) {
			Optional<String> owner = ownerOf(line);
			if (owner.isEmpty() || owner.get().equals(namnd)) {
				kept.add(line);
			}
		}
		return String.join("\n", kept).strip();
	}

	private Optional<String> ownerOf(String line) {
		Optional<String> named = HeadedLine.single(line).map(l -> l.heading().strip())
			.filter(heading -> heading.length() <= MAX_NAMND_HEADING).flatMap(namnder::find);
		if (named.isPresent()) {
			return named;
		}
		Matcher first = FIRST_WORD.matcher(line.strip());
		return first.matches() ? namnder.find(first.group(1)) : Optional.empty();
	}
}
