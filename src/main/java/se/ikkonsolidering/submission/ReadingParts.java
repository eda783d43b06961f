package se.ikkonsolidering.submission;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import se.ikkonsolidering.classify.ControlStatus;
import se.ikkonsolidering.classify.StatusSource;
import se.ikkonsolidering.layout.Field;
import se.ikkonsolidering.layout.HeaderText;
import se.ikkonsolidering.layout.SheetReading;
import se.ikkonsolidering.layout.TableLayout;

/** The parts of a {@link Reading} that are worded from a sheet's layout and a file's controls. */
final class ReadingParts {

	/** A file where at least this share of the controls has an unclear status is marked for checking. */
	private static final int UNCLEAR_PERCENT = 25;

	private ReadingParts() {
	}

	/** @param hidden the sheet's hidden columns ("C"), which are not read */
	static Reading.SheetRead sheet(SheetNaming naming, SheetReading sheet, List<String> hidden) {
		TableLayout layout = sheet.layout().orElseThrow();
		StringBuilder rows = new StringBuilder(sheet.tally().describe());
		if (sheet.layoutCount() > 1) {
			rows.append("; tabellen har ").append(sheet.layoutCount()).append(" olika rubrikrader");
		}
		if (!hidden.isEmpty()) {
			rows.append(hidden.size() == 1 ? "; dold kolumn " : "; dolda kolumner ").append(String.join(", ", hidden))
				.append(" lästes inte");
		}
		sheet.legend().ifPresent(legend -> rows.append("; teckenförklaring ")
			.append(legend.sheet().equals(sheet.sheet()) ? "" : "från " + naming.definite(legend.sheet()) + " ")
			.append(legend.describe()));
		return new Reading.SheetRead(naming.name(sheet.sheet()), layout.headerRow(), columns(layout), rows.toString());
	}

	/**
	 * Which column became which field, as the layout describes it, with a header broken inside a word shown whole:
	 * the dictionary matched "Förbättringsåtgär\nder" as "förbättringsåtgärder", so the message says that, not
	 * "Förbättringsåtgär der".
	 */
	static String columns(TableLayout layout) {
		String described = layout.describe();
		for (Map.Entry<Field, String> header : layout.headers().entrySet()) {
			String written = header.getValue();
			String shown = HeaderText.display(written);
			String whole = HeaderText.display(written.replaceAll("[-\u00AD]\\s*\\R\\s*", "").replaceAll("\\s*\\R\\s*", ""));
			if (!whole.equals(shown) && HeaderText.joined(written).equals(layout.synonyms().get(header.getKey()))) {
				described = described.replace("'" + shown + "'", "'" + whole + "'");
			}
		}
		return described;
	}

	/** "12 ur statuskolumnen, 2 ur den redovisade texten, 1 saknas (inget redovisat); 1 av dem är oklar". */
	static String statuses(List<Control> controls) {
		Map<StatusSource, Long> bySource = new EnumMap<>(StatusSource.class);
		controls.forEach(c -> bySource.merge(c.decision().source(), 1L, Long::sum));
		String counts = bySource.entrySet().stream()
			.map(e -> e.getValue() + switch (e.getKey()) {
				case KOLUMN -> " ur statuskolumnen";
				case FARG -> " ur cellens färg";
				case TEXT -> " ur den redovisade texten";
				case INGEN -> " saknas (inget redovisat)";
			})
			.collect(Collectors.joining(", "));
		long unclear = unclear(controls);
		return unclear == 0 ? counts
				: counts + "; " + unclear + " av dem " + (unclear == 1 ? "är oklar" : "är oklara")
						+ " (texten säger inte om kontrollen gjorts)";
	}

	/**
	 * Why a file's reading should be checked: what the metadata notices, many unclear statuses, and a column or status
	 * decided by the file's content or legend rather than by its headings.
	 */
	static List<String> checks(List<Notice> notices, List<SheetReading> read, List<Reading.SheetRead> sheets,
			List<Control> controls) {
		List<String> checks = new ArrayList<>(notices.stream().map(Notice::check).toList());
		long unclear = unclear(controls);
		if (unclear > 1 && unclear * 100 >= (long) UNCLEAR_PERCENT * controls.size()) {
			checks.add(unclear + " av " + controls.size() + " kontroller har oklar status");
		}
		// The layout says why a column got its role only in its description: "(kolumn D, av innehållet)".
		if (sheets.stream().anyMatch(s -> s.columns().contains(", av innehållet)"))) {
			checks.add("en kolumns innehåll fick avgöra vad den är (rubriken räckte inte)");
		}
		boolean byLegend = read.stream().anyMatch(s -> s.legend().isPresent())
				|| sheets.stream().anyMatch(s -> s.columns().contains(", av teckenförklaringen)"));
		if (byLegend) {
			checks.add("statusen lästes med filens teckenförklaring");
		}
		return checks;
	}

	private static long unclear(List<Control> controls) {
		return controls.stream().filter(c -> c.decision().status() == ControlStatus.OKLAR).count();
	}
}
