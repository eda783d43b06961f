package se.ikkonsolidering.layout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import se.ikkonsolidering.ingest.CellWords;
import se.ikkonsolidering.ingest.RawCell;
import se.ikkonsolidering.ingest.RawRow;

/**
 * Decides whether a row is a control table's header and which column is which field, from the heading words and
 * from what the columns hold below it. A heading match that the content contradicts loses ("Utfall" over long
 * sentences is a result, not a status); a column without a known heading gets a role from its content alone (a
 * column of codes from the legend, or of traffic-light fills, is the status; the column of long distinct texts the
 * kontrollmoment). Columns are assigned greedily, best score first, so "Metod" beside "Kontrollpunkt" takes
 * kontrollmoment and leaves kontrollpunkt to become the process.
 */
public final class ColumnTyper {

	/** By heading alone, a header needs a key column (kontrollmoment or risk) matched at least this well. */
	private static final double KEY_THRESHOLD = 0.8;
	/** "Kontrollmoment", "Kontrollaktivitet": a heading naming the control as surely as its own name does. */
	private static final double SURE_HEADING = 0.95;
	/** "Kontrollmoment", "Vad kontrolleras": a heading naming the control itself and nothing else. */
	private static final double CONTROL_HEADING = 1.0;
	/** "Kontrollpunkt", "Kontrollsteg (ange om utfört)": a heading naming a control's points, exactly or first. */
	private static final double POINTS_HEADING = 0.55;
	/** A status word, not a code or mark ("X", "A"), heading a column of the same statuses is a data row's. */
	private static final int MIN_STATUS_HEADING = 4;
	/** ... and this share of its non-empty cells must look like header words, which prose and data rows never do. */
	private static final double MIN_HEADER_SHARE = 0.6;
	/** A header typed by its content alone has a few headings, each a name of some words, over a few controls. */
	private static final int MIN_CONTENT_HEADINGS = 3;
	private static final int MIN_CONTENT_ROWS = 3;
	/** Above a process's short repeated texts: the register's names are known for what they are. */
	private static final double SENDERS_BY_CONTENT = 0.9;
	/** "Inga avvikelser." is a heading's length; "Genomfört i 5 av 9 kök." a data row's sentence. */
	private static final int MIN_SENTENCE_WORDS = 4;
	private static final int MAX_CONTENT_HEADING = 60;
	private static final Pattern LETTER = Pattern.compile("\\p{L}{2,}");
	private static final Pattern STATUS_WORD = Pattern.compile("\\p{L}{4,}");
	private static final Pattern COLUMN_NUMBER = Pattern.compile("\\d{1,2}|[A-Z]");
	/** The name a program gives a column nobody named: Excel's "Kolumn1", a database's "Fält3", or its number. */
	private static final Pattern PLACEHOLDER_HEADING = Pattern
		.compile("(?iu)(?:(?:kolumn|fält|column|field|attribut)\\s*)?\\d{1,2}|[A-Z]");
	/** What lists periods in a cell: "Delår, helår", "T1 och T3". */
	private static final Pattern PERIOD_LIST = Pattern.compile("(?iu)[\\s,;/&+]|\\b(och|samt)\\b");
	/** "J", "F", "M" … "D", "Jan", "Feb": a month named by its initial or first letters. */
	private static final Pattern MONTH_INITIAL = Pattern.compile(
			"(?iu)[JFMASOND]|jan|feb|mar|apr|maj|jun|jul|aug|sep|okt|nov|dec");
	/** "Kv 1", "Helår 2025", "Delår (aug)": a period heading is short; a title naming the period is not one. */
	static final int MAX_PERIOD_HEADING = 20;

	/** Fields that may have several columns, e.g. one result or status column per period. */
	/** How well a heading listing the column's answers ("Ja/Nej/Delvis") names a status column. */
	private static final double STATUS_LIST_HEADING = 0.9;
	/** Columns that say what was done or found. */
	private static final Set<Field> REPORTED = Set.of(Field.RESULTAT, Field.AVVIKELSE, Field.STATUS,
			Field.STATUSMARKERING);
	private static final Set<Field> EXTRA_FIELDS = Set.of(Field.RESULTAT, Field.AVVIKELSE, Field.ATGARD, Field.STATUS,
			Field.GRANSKADE);
	private static final double EXTRA_THRESHOLD = 0.75;
	/** How far a column naming the register's nämnder goes before a better-matched heading over other names. */
	private static final double SENDER_MARGIN = 0.01;

	private final HeaderDictionary dictionary;
	private final Labels labels;
	private final Vocabulary vocabulary;
	private final RowTypeColumn rowTypes;
	private final ContentRoles contentRoles;
	private final Vocabulary senders;

	public ColumnTyper(HeaderDictionary dictionary, Labels labels, Vocabulary vocabulary) {
		this(dictionary, labels, vocabulary, text -> false);
	}

	private ColumnTyper(HeaderDictionary dictionary, Labels labels, Vocabulary vocabulary, Vocabulary senders) {
		this.dictionary = dictionary;
		this.labels = labels;
		this.vocabulary = vocabulary;
		this.rowTypes = new RowTypeColumn(dictionary, labels);
		this.contentRoles = new ContentRoles(dictionary);
		this.senders = senders;
	}

	/** The status words a column of statuses holds ("Klar", "Ej påbörjad"), not the phrases a text says it in. */
	Vocabulary statusWords() {
		return vocabulary;
	}

	/** The register's nämnder, by their names and aliases; none when no register is known. */
	Vocabulary senders() {
		return senders;
	}

	/** This typer, telling a column of the kommun's nämnder from another column headed like one. */
	public ColumnTyper knowingSenders(Vocabulary senders) {
		return new ColumnTyper(dictionary, labels, vocabulary, senders);
	}

	/**
	 * "Nr | Åtgärd | Avser kontroll nr | Ansvarig | Status T1": the header of the actions decided on the controls above,
	 * in the same sheet; led by the action, it names no control of its own before it, and the actions' status after.
	 */
	public boolean headsActions(RawRow row) {
		boolean action = false;
		boolean status = false;
		for (RawCell cell : row.nonBlankCells()) {
			Optional<HeaderDictionary.FieldScore> best = dictionary.score(cell.text()).stream()
				.filter(s -> s.score() >= KEY_THRESHOLD)
				.max(Comparator.comparingDouble(HeaderDictionary.FieldScore::score));
			Field field = best.map(HeaderDictionary.FieldScore::field).orElse(Field.IGNORERAS);
			if (field == Field.KONTROLLMOMENT && !action) {
				return false;
			}
			action |= field == Field.ATGARD;
			status |= action && field == Field.STATUS;
		}
		return status;
	}

	/**
	 * "Nämnd", "Process", "Risk", "Kontrollmoment" going down one column from this row: the row is a level of a tree
	 * export, named in a column of row kinds, not a header, whatever headings its words match.
	 */
	boolean namesItsKind(RawRow row, List<RawRow> following) {
		return rowTypes.namesItsKind(row, following);
	}

	/** The row's layout by its heading words alone, if it is a header row. */
	public Optional<TableLayout> match(RawRow row) {
		return match(row, List.of(), Legend.NONE);
	}

	/**
	 * The row's layout if it is a header row, typed by its heading words and by the content of the rows below it.
	 * @param below data rows under the header (a sample); empty to judge by heading words alone
	 * @param legend the file's legend, whose codes make a column a status column and name tick columns
	 */
	public Optional<TableLayout> match(RawRow row, List<RawRow> below, Legend legend) {
		return match(row, Map.of(), below, legend);
	}

	/**
	 * The row names the control and what became of it in words no data row uses ("Kontrollmoment (control)", "Status",
	 * "Findings"): a header even when most of its other headings are unknown ("Test performed", "Management response").
	 */
	private static boolean namesTheKeys(List<RoleCandidate> candidates) {
		Set<Field> strong = new HashSet<>();
		Set<Integer> columns = new HashSet<>();
		for (RoleCandidate c : candidates) {
			if (c.score() >= KEY_THRESHOLD) {
				strong.add(c.field());
				columns.add(c.column());
			}
		}
		return columns.size() >= 3 && strong.contains(Field.KONTROLLMOMENT)
				&& (strong.contains(Field.STATUS) || strong.contains(Field.STATUSMARKERING)) && strong.contains(Field.RESULTAT);
	}

	/**
	 * A two-row header's layout: each column under a group heading merged across columns is typed by the group and
	 * its own heading together ("Uppföljning 2025 Helår"), and is a tick column when its own heading is a status
	 * ("Status helår" over "Genomförd | Delvis | Ej genomförd").
	 * @param subHeaders 0-based column to the second header row's text
	 */
	Optional<TableLayout> match(RawRow header, Map<Integer, String> subHeaders, List<RawRow> below, Legend legend) {
		return match(header, subHeaders, below, legend, false);
	}

	/**
	 * The row's layout if the rows below it make it a control table's header, whatever its headings say: a column of
	 * status words ("Completed | In progress | Not started", "Gjort | Halvvägs | Stryks") beside a column of
	 * statements, under a row of distinct short headings none of which is a status ("Task Name | Progress", "Moment i
	 * rutinen | Hur gick det?"). For a sheet where no heading we know names a table: an export of another system, a
	 * template in words of its own.
	 */
	/**
	 * Beside the status words stand two cells at least, one naming the kontrollmoment's column outright
	 * ("Kontrollmoment"), as no data row's text does.
	 */
	private boolean besideSureHeadings(List<RawCell> cells, Vocabulary known) {
		List<RawCell> others = cells.stream().filter(c -> !known.knows(c.text())).toList();
		return others.size() >= 2 && others.stream().anyMatch(c -> dictionary.score(c.text()).stream()
			.anyMatch(s -> s.field() == Field.KONTROLLMOMENT && s.score() >= SURE_HEADING));
	}

	public Optional<TableLayout> matchByContent(RawRow row, List<RawRow> below, Legend legend) {
		return match(row, Map.of(), below, legend, true);
	}

	private Optional<TableLayout> match(RawRow header, Map<Integer, String> subHeaders, List<RawRow> below,
			Legend legend, boolean byContent) {
		RawRow row = subHeaders.isEmpty() ? header : combined(header, subHeaders);
		List<RawCell> cells = row.nonBlankCells().stream().filter(c -> !c.mergedFromAbove()).toList();
		long shortCells = cells.stream().filter(c -> c.text().length() <= HeaderDictionary.MAX_HEADER_LENGTH).count();
		// Cheap test first: most data rows have long texts and can never reach the header share.
		if (shortCells < 2 || shortCells < MIN_HEADER_SHARE * cells.size() || isTitle(cells) || labelsItsValues(cells)) {
			return Optional.empty();
		}
		Vocabulary known = text -> vocabulary.knows(text) || legend.meaning(text).isPresent();
		if (byContent && !headingsOfAControlTable(cells, known, below)) {
			// Every row of a sheet without a header is looked at so: its headings first, before what the rows hold.
			return Optional.empty();
		}
		Map<Integer, ColumnContent> content = content(cells, below, known, legend);
		List<RawCell> repeatedStatuses = cells.stream()
			.filter(c -> c.text().strip().length() >= MIN_STATUS_HEADING && repeatedBelow(c, below)
					&& known.knows(c.text()))
			.toList();
		if (!repeatedStatuses.isEmpty() && !(besideSureHeadings(cells, known)
				&& repeatedStatuses.stream().allMatch(c -> content.get(c.column()).isStatusLike()))) {
			// "… | Uppfyllt" over "… | Uppfyllt | Delvis uppfyllt": a status the rows below repeat is a data row's, not
			// a heading ("Genomförd" over Ja / Nej or over ticks is one, and so is "Genomförd" over Genomförd | Delvis
			// beside "Kontrollmoment | Resultat"; "Klart" over dates and one "Klart" is not).
			return Optional.empty();
		}
		if (!below.isEmpty() && isADataRow(cells, content, known)) {
			return Optional.empty();
		}
		if (!below.isEmpty()) {
			cells = withoutHeadingsBeside(cells, content);
		}
		List<RoleCandidate> candidates = new ArrayList<>();
		Set<Integer> headerLike = new HashSet<>();
		for (RawCell cell : cells) {
			if (headsALegendBeside(cell, content)) {
				// "Förklaring status" over colour swatches to the right of the table: the legend's heading, no column.
				continue;
			}
			for (HeaderDictionary.FieldScore score : dictionary.score(cell.text())) {
				candidates.add(new RoleCandidate(cell.column(), cell.text(), score.field(), score.score(), score.synonym(),
						ColumnEvidence.RUBRIK));
				headerLike.add(cell.column());
			}
		}
		candidates = pointsBesideTheControl(candidates);
		for (RawCell cell : cells) {
			if (namesItsStatuses(cell.text())) {
				candidates.add(new RoleCandidate(cell.column(), cell.text(), Field.STATUS, STATUS_LIST_HEADING, "",
						ColumnEvidence.RUBRIK));
				headerLike.add(cell.column());
			}
		}
		for (RawCell cell : tickHeaders(cells, subHeaders, content, legend, below.size())) {
			String name = subHeaders.getOrDefault(cell.column(), cell.text());
			// Under a group heading the tick column keeps it ("2024 Genomförd"): ticks per year or period are told apart.
			candidates.add(new RoleCandidate(cell.column(), cell.text(), Field.STATUSMARKERING, 1.0, "",
					legend.meaning(name).isPresent() ? ColumnEvidence.FORKLARING : ColumnEvidence.RUBRIK));
			headerLike.add(cell.column());
		}
		// "Kv 1 | Kv 2", "T1 | Helår": headings of a column per period, typed by what they hold; merged across a group
		// of columns ("2024" over Genomförd | Delvis | Ej genomförd), the heading of the group.
		cells.stream()
			.filter(c -> c.text().strip().length() <= MAX_PERIOD_HEADING && dictionary.namesPeriod(c.text()))
			.forEach(c -> headerLike.add(c.column()));
		// "Ugglan | Björkgården | Centrum" over the legend's codes (G / GA / D): a heading per unit or place, each over a
		// column of statuses.
		cells.stream()
			.filter(c -> content.get(c.column()) != null && content.get(c.column()).isCodes() && !known.knows(c.text()))
			.forEach(c -> headerLike.add(c.column()));
		// Columns of fills without words: a traffic light's.
		Set<Integer> colours = new HashSet<>();
		content.forEach((column, c) -> {
			if (c.filled() == 0 && c.fillsWithoutText() >= 2) {
				colours.add(column);
			}
		});
		// "Gata/Park | VA | Fastighet" over cells coloured only: a traffic light per unit or place.
		cells.stream().filter(c -> colours.contains(c.column()) && !known.knows(c.text()))
			.forEach(c -> headerLike.add(c.column()));
		if (byContent ? !headingsOfAControlTable(cells, known, below)
				|| !holdsAControlTable(cells, content, below, legend)
				: headerLike.size() < 2 || (headerLike.size() < MIN_HEADER_SHARE * cells.size() && !namesTheKeys(candidates))) {
			return Optional.empty();
		}
		if (!below.isEmpty()) {
			// A column is named by its heading unless the heading names a report and the column holds nothing but
			// status words or codes where the heading matched only in part, or a result's heading stands over nothing
			// but short codes and symbols: "Uppföljning 2025 T1" over G/P/E and "Resultat" over ● ◐ ○ are typed by
			// what they hold, while "Konsekvens" over 1–3 stays a risk's consequence. A deviation's column holds
			// "Ja | Nej", words statuses use too, under whatever group heading ("Helår 2025 Avvikelse (Ja/Nej)").
			// "Uppföljning T1" over "Genomförd | Planeras T2 | – | Pågår", where no other column gives the status by its
			// heading or its fills: the period's status, written, a few cells saying when instead; over cells coloured
			// only, a traffic light.
			boolean statusElsewhere = !colours.isEmpty() || candidates.stream().anyMatch(c -> c.field() == Field.STATUS);
			Set<Integer> named = new HashSet<>();
			candidates.stream()
				.filter(c -> !REPORTED.contains(c.field()) || c.field() == Field.STATUS || c.field() == Field.AVVIKELSE
						|| !holdsStatuses(c, content.get(c.column()), statusElsewhere) && !colours.contains(c.column())
						|| (c.score() >= KEY_THRESHOLD
								&& (c.field() != Field.RESULTAT || !content.get(c.column()).isShortStatusWords())))
				.forEach(c -> named.add(c.column()));
			candidates = ContentRoles.weighed(candidates, content);
			// A heading its content contradicts in every role ("Utförare" over J | D | N) names nothing: the column
			// is typed by what it holds.
			Set<Integer> survived = new HashSet<>();
			candidates.forEach(c -> survived.add(c.column()));
			named.retainAll(survived);
			candidates.addAll(contentRoles.of(row, content, legend, named));
			// "Kultur- och fritidsnämnden | 2025-09-05 | Inlämnad …": rows naming the register's nämnder are about them
			// (when each handed in), not controls.
			candidates.removeIf(c -> c.field() == Field.KONTROLLMOMENT && c.evidence() == ColumnEvidence.INNEHALL
					&& namesSenders(c.column(), below));
			// "Fält1" over "Barn- och utbildningsnämnden | Kultur- och fritidsnämnden": unnamed, a column of the
			// register's nämnder says whose each row is.
			for (RawCell cell : cells) {
				if (!named.contains(cell.column()) && onlyNamesSenders(cell.column(), below)) {
					candidates.add(new RoleCandidate(cell.column(), cell.text(), Field.NAMND, SENDERS_BY_CONTENT, "",
							ColumnEvidence.REGISTER));
				}
			}
			rowTypes.find(cells, below, named).ifPresent(candidates::add);
			candidates = bySenders(candidates, below);
			candidates = periodsAlike(candidates);
		}
		// "Genomförande" over "Stickprov 20 ärenden": a share done is a column of shares, whatever its heading says.
		candidates.removeIf(c -> c.field() == Field.ANDEL
				&& (content.get(c.column()) == null || !content.get(c.column()).isShares()));
		// A lone "Genomförd" column holds Ja/Nej and is the status column; tick columns come at least in pairs.
		if (markColumns(candidates) < 2) {
			candidates.removeIf(c -> c.field() == Field.STATUSMARKERING);
		}
		// Columns with nothing under them, neither word nor colour.
		Set<Integer> unused = new HashSet<>();
		content.forEach((column, c) -> {
			if (!below.isEmpty() && c.filled() == 0 && c.fillsWithoutText() == 0) {
				unused.add(column);
			}
		});
		return assign(row, candidates, !below.isEmpty(), colours, unused).map(layout -> coloursOfTheControls(layout,
				content));
	}

	/**
	 * "Färgförklaring (kontrollmomentets cell)" over a table without a status column, each control's sentence on one
	 * of the legend's colours: the colour of the control's own cell is its status.
	 */
	private static TableLayout coloursOfTheControls(TableLayout layout, Map<Integer, ColumnContent> content) {
		Optional<Integer> column = layout.column(Field.KONTROLLMOMENT);
		if (layout.has(Field.STATUS) || layout.has(Field.STATUSFARG) || column.isEmpty()
				|| content.get(column.get()) == null || !content.get(column.get()).isProseOnColours()) {
			return layout;
		}
		return layout.withStatusColourIn(column.get(), layout.headers().get(Field.KONTROLLMOMENT));
	}

	/**
	 * Distinct short headings, none a status, a date or a number, over at least three rows: what a control table's
	 * header looks like to a reader who knows none of its headings.
	 */
	private static boolean headingsOfAControlTable(List<RawCell> cells, Vocabulary known, List<RawRow> below) {
		return cells.size() >= MIN_CONTENT_HEADINGS && below.stream().filter(r -> !r.isBlank()).count() >= MIN_CONTENT_ROWS
				&& cells.stream().map(c -> c.text().strip().toLowerCase(Locale.ROOT)).distinct().count() == cells.size()
				&& cells.stream().noneMatch(c -> c.text().strip().length() > MAX_CONTENT_HEADING || known.knows(c.text())
						|| CellWords.isDate(c.text().strip())
						|| !LETTER.matcher(c.text()).find() && !numbersColumns(cells));
	}

	/** "1 | 2 | 3 | 4", "A | B | C": the columns numbered or lettered in order, headings that name no column's role. */
	private static boolean numbersColumns(List<RawCell> cells) {
		String previous = null;
		for (RawCell cell : cells) {
			String text = cell.text().strip();
			if (!COLUMN_NUMBER.matcher(text).matches() || previous != null && !follows(previous, text)) {
				return false;
			}
			previous = text;
		}
		return true;
	}

	private static boolean follows(String previous, String text) {
		boolean digits = Character.isDigit(text.charAt(0));
		if (digits != Character.isDigit(previous.charAt(0))) {
			return false;
		}
		return digits ? Integer.parseInt(text) == Integer.parseInt(previous) + 1
				: text.charAt(0) == previous.charAt(0) + 1;
	}

	/**
	 * Under such headings, one headed column holding a few status words, repeated (not ticks: a tick column needs its
	 * heading to say what it means), and another statements: a control table's body.
	 */
	private static boolean holdsAControlTable(List<RawCell> cells, Map<Integer, ColumnContent> content,
			List<RawRow> below, Legend legend) {
		List<ColumnContent> headed = cells.stream().map(c -> content.get(c.column())).filter(c -> c != null).toList();
		// A vocabulary repeats: shares that differ row by row ("96 % | 91 % | 78 %") are a survey's figures. It says
		// what became of the work in a word, or in the file's own codes ("✔ | ◑ | ✘" under "✔ = genomförd"):
		// "Ja | Nej" answers any question ("Målvärde uppnått").
		boolean statuses = headed.stream().anyMatch(c -> c.isStatusLike() && !c.isMarks()
				&& c.statusWords() + c.statusLed() >= MIN_CONTENT_ROWS && c.distinct() < c.filled()
				&& below.stream().map(r -> r.text(c.column()).strip())
					.anyMatch(t -> STATUS_WORD.matcher(t).find() || legend.meaning(t).isPresent()));
		return statuses && headed.stream().anyMatch(ColumnContent::isProse);
	}

	/**
	 * What a report's column holds are statuses: nothing but status words or codes, texts on the legend's colours, or,
	 * under a heading naming a period that matched only in part, mostly status words where no other column has them.
	 */
	private boolean holdsStatuses(RoleCandidate c, ColumnContent col, boolean statusElsewhere) {
		return col.isOnlyStatusWords() || col.isColouredStatuses() || !statusElsewhere && c.score() < KEY_THRESHOLD
				&& col.isMostlyStatusWords() && dictionary.namesPeriod(c.heading());
	}

	/**
	 * Headings past an empty column, over columns empty in every row looked at: the heading of a box beside the
	 * table ("Utfall" over a legend of codes and colours), not one of its columns.
	 */
	private static List<RawCell> withoutHeadingsBeside(List<RawCell> cells, Map<Integer, ColumnContent> content) {
		List<RawCell> kept = new ArrayList<>();
		boolean beside = false;
		for (RawCell cell : cells) {
			int previous = kept.isEmpty() ? cell.column() - 1 : kept.get(kept.size() - 1).column();
			boolean gap = !kept.isEmpty() && cell.column() > previous + 1 && IntStream.range(previous + 1, cell.column())
				.allMatch(c -> content.get(c) == null || content.get(c).isEmpty());
			beside |= gap;
			ColumnContent below = content.get(cell.column());
			if (!(beside && (below == null || below.isEmpty()))) {
				kept.add(cell);
			}
		}
		return kept;
	}

	/**
	 * "Uppföljning av egenkontroll i kommunens tillagningskök | Delvis | Genomfört i 5 av 9 kök.": a row of a table
	 * without a header row, each cell of a kind with its column (a sentence over sentences, a status word over
	 * status words), whatever heading word a sentence of it opens with.
	 */
	private boolean isADataRow(List<RawCell> cells, Map<Integer, ColumnContent> content, Vocabulary known) {
		boolean sentence = false;
		for (RawCell cell : cells) {
			ColumnContent col = content.get(cell.column());
			String text = cell.text().strip();
			if (col == null) {
				return false;
			}
			boolean prose = col.isProse() && (text.length() >= ColumnContent.PROSE_LENGTH
					|| text.endsWith(".") && text.split("\\s+").length >= MIN_SENTENCE_WORDS)
					&& dictionary.score(text).stream().allMatch(f -> f.score() < KEY_THRESHOLD);
			if (!prose && !(known.knows(text) && col.isStatusLike())) {
				return false;
			}
			sentence |= prose;
		}
		return sentence && cells.size() >= 2;
	}

	private static boolean repeatedBelow(RawCell heading, List<RawRow> below) {
		String text = heading.text().strip();
		// A heading merged down over a two-row header ("Åtgärd" in J5:J6) is not repeated by a row of its own.
		return below.stream().map(r -> r.cell(heading.column()).filter(c -> !c.mergedFromAbove()))
			.flatMap(Optional::stream)
			.anyMatch(c -> c.text().strip().equalsIgnoreCase(text));
	}

	/**
	 * "Period: | Helår 2025", "Ifylld av: | Ola Svensson | Datum: | 2026-01-20": labels with their values beside them, a
	 * title block's line above the table, unless the row also heads a kontrollmoment column.
	 */
	private boolean labelsItsValues(List<RawCell> cells) {
		boolean labelled = false;
		for (int i = 0; i + 1 < cells.size(); i++) {
			labelled |= cells.get(i).text().strip().endsWith(":") && cells.get(i + 1).column() == cells.get(i).column() + 1
					&& !cells.get(i + 1).text().strip().endsWith(":");
		}
		return labelled && cells.stream().noneMatch(c -> dictionary.score(c.text()).stream()
			.anyMatch(s -> s.field() == Field.KONTROLLMOMENT && s.score() >= KEY_THRESHOLD));
	}

	/**
	 * One text merged across the row from its first column: the sheet's title, however many cells it spans. A group
	 * heading over some columns ("Utförd kontroll per månad" over Jan–Dec) may head a two-row header.
	 */
	private static boolean isTitle(List<RawCell> cells) {
		return cells.get(0).column() == 0 && cells.stream().map(c -> c.text().strip()).distinct().count() == 1;
	}

	private Map<Integer, ColumnContent> content(List<RawCell> headerCells, List<RawRow> below, Vocabulary known,
			Legend legend) {
		Set<Integer> columns = new TreeSet<>();
		headerCells.forEach(c -> columns.add(c.column()));
		below.forEach(r -> r.cells().forEach(c -> columns.add(c.column())));
		Set<String> legendFills = legend.colours().keySet().stream().map(f -> f.toUpperCase(Locale.ROOT))
			.collect(Collectors.toSet());
		Map<Integer, ColumnContent> content = new HashMap<>();
		Map<Integer, String> headings = new HashMap<>();
		headerCells.forEach(c -> headings.put(c.column(), c.text().strip()));
		for (int column : columns) {
			String heading = headings.getOrDefault(column, "");
			content.put(column, ColumnContent.of(column, below, known, labels,
					// "2" under "Tertial", read as "Tertial 2": the heading names the kind of period, the cell which.
					text -> onlyAPeriod(text) || ControlRow.PERIOD_NUMBER.matcher(text).matches()
							&& dictionary.namesAKindOfPeriod(heading) && onlyAPeriod(heading + " " + text),
					fill -> legendFills.contains(fill.toUpperCase(Locale.ROOT)),
					// "☑ = ja, ☐ = nej": a legend telling a ticked box from an empty one leaves the box a tick.
					text -> legend.meaning(text).filter(meaning -> !labels.isMark(meaning)).isPresent()));
		}
		return content;
	}

	/** "T2", "Helår 2025", "Delår, helår": periods and what lists them, nothing else. */
	private boolean onlyAPeriod(String text) {
		return dictionary.namesPeriod(text)
				&& PERIOD_LIST.matcher(dictionary.withoutPeriods(text)).replaceAll("").isEmpty();
	}

	/**
	 * Short headings that are status words or legend codes ("G | D | EG", "Genomförd | Delvis") over columns of
	 * ticks: at least two, and ticks under at least one of them in the rows looked at (a column may have none yet).
	 */
	private List<RawCell> tickHeaders(List<RawCell> cells, Map<Integer, String> subHeaders,
			Map<Integer, ColumnContent> content, Legend legend, int rows) {
		List<RawCell> heads = new ArrayList<>();
		boolean ticked = false;
		for (RawCell cell : cells) {
			ColumnContent col = content.get(cell.column());
			String name = subHeaders.getOrDefault(cell.column(), cell.text()).strip();
			// "Ej aktuell T1" beside "Genomförd | Delvis": a status with the period it is ticked for; "Planerad T1 | T2 |
			// T3" are the plan's, when each control is to be done.
			String status = dictionary.withoutPeriods(name);
			boolean named = name.length() <= 25 && (legend.meaning(name).isPresent() || vocabulary.knows(name)
					|| (dictionary.namesPeriod(name) && !status.isEmpty() && vocabulary.knows(status)
							&& !namesNoReport(status)));
			if (named && col != null && (col.isMarks() || col.filled() == 0) && !asksForDeviations(cell, subHeaders)) {
				heads.add(cell);
				ticked |= col.isMarks();
			}
		}
		return ticked && heads.size() >= 2 && rows > 0 ? heads : List.of();
	}

	/**
	 * The layout with its tick columns under a group heading that asks for deviations ("Avvikelse" over "Ja | Nej",
	 * folded in after the header was typed alone) as the deviation's columns, not the status's.
	 */
	TableLayout withDeviationTicks(TableLayout layout) {
		Set<Integer> ticks = new HashSet<>();
		layout.extra().forEach((column, e) -> {
			String heading = HeaderText.display(e.header()).strip();
			int space = heading.lastIndexOf(' ');
			if (e.field() == Field.STATUSMARKERING && space > 0 && dictionary.score(heading.substring(0, space))
				.stream().findFirst().filter(s -> s.field() == Field.AVVIKELSE).isPresent()) {
				ticks.add(column);
			}
		});
		return ticks.size() < 2 ? layout : layout.withTicksAsDeviation(ticks);
	}

	/**
	 * "Upptäcktes brister?" over "Ja | Nej" beside "Har kontrollen genomförts?" over "Ja | Nej | Delvis": the ticks
	 * answer whether something was found wrong, not whether the control was done.
	 */
	private boolean asksForDeviations(RawCell cell, Map<Integer, String> subHeaders) {
		String sub = subHeaders.get(cell.column());
		if (sub == null || !cell.text().endsWith(sub.strip())) {
			return false;
		}
		String group = cell.text().substring(0, cell.text().length() - sub.strip().length());
		return dictionary.score(group).stream().findFirst().filter(s -> s.field() == Field.AVVIKELSE).isPresent();
	}

	/**
	 * A header under group headings that name no reported field, over headings that are only periods ("Kontroll
	 * planerad" over "T1 | T2 | T3", x where the control is to be done): the period says when, the group what, so the
	 * two are typed together, and the other group headings folded in as usual. Empty when there is no such group.
	 * @param groups 0-based column to the group heading above it
	 */
	Optional<TableLayout> matchUnderGroups(RawRow row, Map<Integer, String> groups, List<RawRow> below, Legend legend) {
		List<RawCell> cells = new ArrayList<>();
		Map<Integer, String> others = new HashMap<>(groups);
		for (RawCell cell : row.cells()) {
			String group = groups.get(cell.column());
			// "Planerad kontroll (månad)" over "J | F | M …": a month's initial is the plan's period too.
			boolean period = group != null && !cell.text().isBlank()
					&& (dictionary.namesPeriod(cell.text()) && dictionary.withoutPeriods(cell.text()).isEmpty()
							|| MONTH_INITIAL.matcher(cell.text().strip()).matches())
					&& namesNoReport(group);
			if (period) {
				others.remove(cell.column());
			}
			cells.add(period ? new RawCell(cell.column(), group + " " + cell.text().strip(), cell.fill(),
					cell.mergedFromAbove(), cell.mergedAcross(), cell.error()) : cell);
		}
		return others.size() == groups.size() ? Optional.empty()
				: match(new RawRow(row.number(), cells), below, legend).map(l -> l.withGroupHeadings(others));
	}

	/** A heading the dictionary knows, as something other than what became of a control ("Kontroll planerad"). */
	private boolean namesNoReport(String heading) {
		return dictionary.score(heading).stream().max(Comparator.comparingDouble(HeaderDictionary.FieldScore::score))
			.filter(best -> !REPORTED.contains(best.field()) && best.field() != Field.STATUSMARKERING)
			.isPresent();
	}

	/** The header row with each column's second-row heading after its group's: "Status helår Genomförd". */
	private static RawRow combined(RawRow header, Map<Integer, String> subHeaders) {
		List<RawCell> cells = new ArrayList<>();
		for (RawCell cell : header.cells()) {
			String sub = subHeaders.get(cell.column());
			cells.add(sub == null ? cell : new RawCell(cell.column(), HeaderText.display(cell.text()) + " " + sub.strip(),
					cell.fill(), false, cell.mergedAcross(), cell.error()));
		}
		return new RawRow(header.number(), cells);
	}

	private boolean headsALegendBeside(RawCell cell, Map<Integer, ColumnContent> content) {
		ColumnContent below = content.get(cell.column());
		return below != null && below.filled() == 0 && labels.isLabel(Labels.Kind.FORKLARING, cell.text());
	}

	/**
	 * @param colours the columns holding fills and no words
	 * @param unused the columns holding nothing
	 */
	private Optional<TableLayout> assign(RawRow row, List<RoleCandidate> candidates, boolean typedByContent,
			Set<Integer> colours, Set<Integer> unused) {
		candidates.sort(Comparator.comparingDouble(RoleCandidate::score)
			.thenComparingInt(c -> c.synonym().length())
			.reversed());
		Map<Field, Integer> columns = new EnumMap<>(Field.class);
		Map<Field, String> headers = new EnumMap<>(Field.class);
		Map<Field, String> synonyms = new EnumMap<>(Field.class);
		Map<Field, ColumnEvidence> evidence = new EnumMap<>(Field.class);
		Set<Integer> taken = new HashSet<>();
		Map<Integer, TableLayout.ExtraColumn> extra = new TreeMap<>();
		boolean key = false;
		Set<Integer> units = unitColumns(candidates);
		for (RoleCandidate c : candidates) {
			Field field = c.field();
			if (taken.contains(c.column())) {
				continue;
			}
			if (field == Field.STATUSMARKERING) {
				extra.put(c.column(), new TableLayout.ExtraColumn(field, c.heading()));
				taken.add(c.column());
				continue;
			}
			if (field == Field.STATUS && columns.containsKey(field) && colours.contains(c.column())
					&& !colours.contains(columns.get(field)) && !columns.containsKey(Field.STATUSFARG)
					&& !dictionary.namesPeriod(c.heading()) && !dictionary.namesPeriod(headers.get(field))) {
				// "Status | Bedömning (färg)": the words in one column, their colour in the next.
				columns.put(Field.STATUSFARG, c.column());
				headers.put(Field.STATUSFARG, c.heading());
				synonyms.put(Field.STATUSFARG, c.synonym());
				evidence.put(Field.STATUSFARG, c.evidence());
				taken.add(c.column());
				continue;
			}
			if (field != Field.IGNORERAS && columns.containsKey(field)) {
				if (isExtra(c, synonyms.get(field)) || isPeriodColumn(c, headers.get(field))
						|| isStatusOfAnotherPeriod(c, headers.get(field))
						|| isCommentOfAnotherYear(c, headers.get(field))
						|| isUnnamedStatusBeside(c, headers.get(field), evidence.get(field))
						|| field == Field.STATUS && units.contains(c.column()) && units.contains(columns.get(field))) {
					extra.put(c.column(), new TableLayout.ExtraColumn(field, c.heading()));
					taken.add(c.column());
				}
				continue;
			}
			taken.add(c.column());
			if (field == Field.IGNORERAS) {
				continue;
			}
			columns.put(field, c.column());
			headers.put(field, c.heading());
			synonyms.put(field, c.synonym());
			evidence.put(field, c.evidence());
			boolean isKey = field == Field.KONTROLLMOMENT || field == Field.RISK;
			key |= isKey && (c.score() >= KEY_THRESHOLD || (typedByContent && c.evidence() != ColumnEvidence.RUBRIK));
		}
		if (!key || isRiskAnalysis(columns, extra)) {
			return Optional.empty();
		}
		leftmostFirst(columns, headers, extra);
		withoutPeriodsToCome(columns, extra, unused);
		return Optional.of(new TableLayout(row.number(), columns, headers, synonyms, extra, evidence));
	}

	/**
	 * "Status T1 | Status T2 | Status T3" with nothing under T3 in any row, a tertial report: the later periods'
	 * columns wait for reports to come, and no control was left blank in them. The last period anyone filled in is the
	 * latest.
	 */
	private static void withoutPeriodsToCome(Map<Field, Integer> columns, Map<Integer, TableLayout.ExtraColumn> extra,
			Set<Integer> unused) {
		Integer main = columns.get(Field.STATUS);
		if (main == null || unused.contains(main)) {
			return;
		}
		List<Integer> later = extra.entrySet().stream().filter(e -> e.getValue().field() == Field.STATUS)
			.map(Map.Entry::getKey).sorted(Comparator.reverseOrder()).toList();
		for (int column : later) {
			if (!unused.contains(column)) {
				return;
			}
			extra.remove(column);
		}
	}

	/**
	 * "Kontrollmoment | Kontrollpunkt | Svar": beside a column headed as the control itself, the column headed as its
	 * points holds them, however much its sentences read like controls; "Kontrollmoment / kontrollpunkt" holds both,
	 * a row each. Without a control to belong to, "Kontrollpunkter" is the control, and "Svar" no point's answer.
	 */
	private List<RoleCandidate> pointsBesideTheControl(List<RoleCandidate> candidates) {
		// Headed as points, exactly or first ("Kontrollpunkt"); or naming them among other words.
		Set<Integer> points = new HashSet<>();
		Set<Integer> namingPoints = new HashSet<>();
		candidates.stream().filter(c -> c.field() == Field.KONTROLLPUNKT).forEach(c -> {
			namingPoints.add(c.column());
			if (c.score() >= POINTS_HEADING) {
				points.add(c.column());
			}
		});
		boolean controlNamed = candidates.stream().anyMatch(c -> c.field() == Field.KONTROLLMOMENT
				&& c.score() >= CONTROL_HEADING && !points.contains(c.column()));
		// "Kontrollmoment / kontrollpunkt": the control's heading, by a word for the control, names the points too.
		boolean bothInOne = candidates.stream().anyMatch(c -> c.field() == Field.KONTROLLMOMENT
				&& namingPoints.contains(c.column()) && dictionary.score(c.synonym()).stream()
					.noneMatch(s -> s.field() == Field.KONTROLLPUNKT && s.score() >= POINTS_HEADING));
		List<RoleCandidate> kept = new ArrayList<>(candidates);
		if (controlNamed) {
			kept.removeIf(c -> c.field() == Field.KONTROLLMOMENT && points.contains(c.column()));
		}
		else {
			kept.removeIf(c -> c.field() == Field.KONTROLLPUNKT);
		}
		if (!(controlNamed && !points.isEmpty()) && !bothInOne) {
			kept.removeIf(c -> c.field() == Field.SVAR);
		}
		return kept;
	}

	/**
	 * Two columns headed like the sender's ("Organisation | Förvaltning"): the one whose cells name the register's
	 * nämnder is it, whichever heading matched better, so that an export's rows go to the nämnder they name.
	 */
	private List<RoleCandidate> bySenders(List<RoleCandidate> candidates, List<RawRow> below) {
		List<RoleCandidate> heads = candidates.stream().filter(c -> c.field() == Field.NAMND).toList();
		if (heads.stream().map(RoleCandidate::column).distinct().count() < 2) {
			return candidates;
		}
		Set<Integer> naming = new HashSet<>();
		heads.stream().filter(c -> namesSenders(c.column(), below)).forEach(c -> naming.add(c.column()));
		if (naming.isEmpty() || naming.size() == heads.size()) {
			return candidates;
		}
		double best = heads.stream().mapToDouble(RoleCandidate::score).max().orElseThrow();
		List<RoleCandidate> weighed = new ArrayList<>();
		for (RoleCandidate c : candidates) {
			weighed.add(c.field() == Field.NAMND && naming.contains(c.column())
					? c.rescored(best + SENDER_MARGIN, ColumnEvidence.REGISTER) : c);
		}
		return weighed;
	}

	/**
	 * Columns headed only by their periods ("T1 (jan–apr) | Delår (maj–aug) | Helår (sep–dec)") hold the same thing
	 * for each period: when one of them holds statuses, the others' longer texts are statuses too, written out
	 * ("Genomförd – 1 felaktig utbetalning"), not comments beside them.
	 */
	private List<RoleCandidate> periodsAlike(List<RoleCandidate> candidates) {
		Map<Integer, RoleCandidate> best = new HashMap<>();
		for (RoleCandidate c : candidates) {
			if (c.evidence() == ColumnEvidence.INNEHALL && (c.field() == Field.STATUS || c.field() == Field.RESULTAT)
					&& dictionary.namesPeriod(c.heading()) && dictionary.score(dictionary.withoutPeriods(c.heading())).isEmpty()) {
				best.merge(c.column(), c, (a, b) -> a.score() >= b.score() ? a : b);
			}
		}
		boolean anyStatus = best.values().stream().anyMatch(c -> c.field() == Field.STATUS);
		if (best.size() < 2 || !anyStatus || best.values().stream().allMatch(c -> c.field() == Field.STATUS)) {
			return candidates;
		}
		List<RoleCandidate> alike = new ArrayList<>();
		for (RoleCandidate c : candidates) {
			alike.add(best.get(c.column()) == c && c.field() == Field.RESULTAT ? c.as(Field.STATUS) : c);
		}
		return alike;
	}

	/** Most of the column's distinct values are nämnder of the register. */
	private boolean namesSenders(int column, List<RawRow> below) {
		Set<String> values = new HashSet<>();
		below.forEach(r -> r.cell(column).map(c -> c.text().strip()).filter(t -> !t.isEmpty()).ifPresent(values::add));
		return !values.isEmpty() && values.stream().filter(senders::knows).count() * 2 >= values.size();
	}

	/** Every row looked at names one of the register's nämnder, by a name and nothing more. */
	private boolean onlyNamesSenders(int column, List<RawRow> below) {
		List<String> values = below.stream().map(r -> r.text(column).strip()).filter(t -> !t.isEmpty()).toList();
		return values.size() >= MIN_CONTENT_ROWS && values.size() * 2 >= below.size()
				&& values.stream().allMatch(t -> t.length() <= MAX_CONTENT_HEADING && senders.knows(t));
	}

	/** A heading that lists the answers the column takes ("Ja/Nej/Delvis", "Genomförd / Ej genomförd"): its status. */
	private boolean namesItsStatuses(String heading) {
		String[] parts = heading.strip().split("\\s*/\\s*");
		return parts.length >= 2 && java.util.Arrays.stream(parts).allMatch(p -> !p.isBlank() && vocabulary.knows(p));
	}

	/**
	 * Risks with their likelihood and consequence, and nothing done or found: a risk analysis beside the follow-up
	 * (its own sheet, "Riskbedömning"), not a list of controls.
	 */
	private static boolean isRiskAnalysis(Map<Field, Integer> columns, Map<Integer, TableLayout.ExtraColumn> extra) {
		Set<Field> fields = EnumSet.noneOf(Field.class);
		fields.addAll(columns.keySet());
		extra.values().forEach(e -> fields.add(e.field()));
		return !fields.contains(Field.KONTROLLMOMENT) && fields.stream().noneMatch(REPORTED::contains);
	}

	/**
	 * A further column of a field already assigned: another result or comment column ("Resultat T1 | Resultat VB"),
	 * or a status column per period or year, whose heading matched through the same word ("Status 2024 | Status
	 * 2025"), not a second word for status beside the first ("Status | Utfall").
	 */
	private static boolean isExtra(RoleCandidate c, String firstSynonym) {
		if (!EXTRA_FIELDS.contains(c.field()) || c.evidence() == ColumnEvidence.INNEHALL) {
			return false;
		}
		boolean sameWord = !c.synonym().isEmpty() && c.synonym().equals(firstSynonym);
		return sameWord || (c.field() != Field.STATUS && c.words() >= EXTRA_THRESHOLD);
	}

	/**
	 * A field's columns are read left to right, which is period order ("Resultat T1 | T2 | VB"): its main column is the
	 * leftmost, whichever matched best.
	 */
	private static void leftmostFirst(Map<Field, Integer> columns, Map<Field, String> headers,
			Map<Integer, TableLayout.ExtraColumn> extra) {
		for (Map.Entry<Integer, TableLayout.ExtraColumn> e : new TreeMap<>(extra).entrySet()) {
			Field field = e.getValue().field();
			Integer main = columns.get(field);
			if (main != null && e.getKey() < main) {
				extra.remove(e.getKey());
				extra.put(main, new TableLayout.ExtraColumn(field, headers.get(field)));
				columns.put(field, e.getKey());
				headers.put(field, e.getValue().header());
			}
		}
	}

	/**
	 * Status or result columns typed by their content, whose headings are periods or years ("T1 | Helår",
	 * "Kommentar T2 | Helår"): one per period, as with a known heading.
	 */
	private boolean isPeriodColumn(RoleCandidate c, String firstHeading) {
		return (c.field() == Field.STATUS || c.field() == Field.RESULTAT) && c.evidence() != ColumnEvidence.RUBRIK
				&& firstHeading != null
				&& dictionary.namesPeriod(firstHeading) && dictionary.namesPeriod(c.heading());
	}

	/**
	 * "4 | 5" or "Kolumn4 | Kolumn5" over the file's status codes: two status columns known by what they hold, under
	 * the names a program gives columns nobody named, are read as periods are, left to right, the latest filled
	 * deciding.
	 */
	private boolean isUnnamedStatusBeside(RoleCandidate c, String firstHeading, ColumnEvidence firstEvidence) {
		return c.field() == Field.STATUS && c.evidence() != ColumnEvidence.RUBRIK
				&& firstEvidence != ColumnEvidence.RUBRIK && firstHeading != null
				&& PLACEHOLDER_HEADING.matcher(c.heading().strip()).matches()
				&& PLACEHOLDER_HEADING.matcher(firstHeading.strip()).matches();
	}

	/**
	 * "Utfall 2024 | Genomförandegrad T1 (%) | … T3 (%)": status columns in other words, each for its period or year,
	 * are one status given per period, as with one word, and the latest period filled in decides.
	 */
	private boolean isStatusOfAnotherPeriod(RoleCandidate c, String firstHeading) {
		return c.field() == Field.STATUS && c.evidence() == ColumnEvidence.RUBRIK && firstHeading != null
				&& dictionary.namesPeriod(firstHeading) && dictionary.namesPeriod(c.heading())
				&& !dictionary.withoutPeriods(c.heading()).isBlank();
	}

	/**
	 * "Uppföljning 2024 Kommentar | Helår 2025 Kommentar": last year's comments kept beside this year's, each under its
	 * year as the status columns are, are one result given per year, the latest filled deciding.
	 */
	private static boolean isCommentOfAnotherYear(RoleCandidate c, String firstHeading) {
		if (c.field() != Field.RESULTAT || c.evidence() != ColumnEvidence.RUBRIK || firstHeading == null) {
			return false;
		}
		int first = HeaderText.lastYear(firstHeading);
		int other = HeaderText.lastYear(c.heading());
		return first > 0 && other > 0 && first != other;
	}

	/**
	 * "Ugglan | Björkgården | Centrum" over the legend's codes: three or more status columns typed by what they hold,
	 * none headed by a period, are a status per unit or place, each read.
	 */
	private Set<Integer> unitColumns(List<RoleCandidate> candidates) {
		Set<Integer> units = new HashSet<>();
		candidates.stream()
			.filter(c -> c.field() == Field.STATUS && c.evidence() != ColumnEvidence.RUBRIK
					&& !dictionary.namesPeriod(c.heading()))
			.forEach(c -> units.add(c.column()));
		return units.size() >= TableLayout.MIN_UNITS ? units : Set.of();
	}

	/** Columns whose best match is a tick column for a status. */
	private static long markColumns(List<RoleCandidate> candidates) {
		Map<Integer, RoleCandidate> best = new HashMap<>();
		for (RoleCandidate c : candidates) {
			best.merge(c.column(), c, (a, b) -> a.score() >= b.score() ? a : b);
		}
		return best.values().stream().filter(c -> c.field() == Field.STATUSMARKERING).count();
	}
}
