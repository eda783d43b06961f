package se.ikkonsolidering.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import se.ikkonsolidering.ingest.RawRow;

/**
 * What a column's content says of its role: heading matches weighed by it ("Utfall" over long sentences is a result,
 * not a status), and roles earned by content alone where no heading names the column (long distinct texts are the
 * kontrollmoment, a small vocabulary of words, codes or fills the status, short repeated texts the process).
 */
final class ContentRoles {

	/** Scores a column earns from its content alone, below any good heading match. */
	static final double CONTENT_KONTROLLMOMENT = 0.6;
	static final double CONTENT_STATUS = 0.62;
	/**
	 * A heading naming the status outright ("Bedömning", "Status") keeps a column of sentences ("Kontrollen är
	 * genomförd utan anmärkning."): the sender wrote the status in words.
	 */
	private static final double PROSE_STATUS_HEADING = 0.9;
	static final double CONTENT_RESULTAT = 0.45;
	/** A loose heading of the control over short texts, beside sentences no heading names: below their score. */
	private static final double LOOSE_BESIDE_PROSE = 0.6;
	static final double CONTENT_ID = 0.4;
	/** Short texts repeating down the rows, left of the kontrollmoment: an area or process column. */
	static final double CONTENT_PROCESS = 0.6;
	/**
	 * Shares down the rows ("100 % | 50 % | 0 %"), beside a status column of words: how much is done, below the
	 * column's score as the status, so that alone it is the status.
	 */
	static final double CONTENT_ANDEL = 0.3;
	/** Period names repeating down the rows ("T1 | T2 | T3"): the period each row of an export reports on. */
	static final double CONTENT_PERIOD = 0.6;
	/** "2" under "Tertial": the period's number under the name of its kind, surer than a column of years. */
	static final double CONTENT_NUMBERED_PERIOD = 0.65;
	/** Years only down the rows: the year of each row, when another column gives its period. */
	static final double CONTENT_YEAR = 0.5;

	private final HeaderDictionary dictionary;

	ContentRoles(HeaderDictionary dictionary) {
		this.dictionary = dictionary;
	}

	/** Heading matches, made better or worse by what the column holds; a match the content contradicts is dropped. */
	static List<RoleCandidate> weighed(List<RoleCandidate> candidates, Map<Integer, ColumnContent> content) {
		// "Nr | (blank) | Kontrollmetod" over the controls' sentences in the column without a heading and "Stickprov 10
		// fakturor" under the method: a heading naming the control only loosely, over shorter texts, loses to them.
		int unheadedProse = content.values().stream().filter(ColumnContent::isProse)
			.filter(col -> candidates.stream().noneMatch(c -> c.column() == col.column()))
			.mapToInt(ColumnContent::column).min().orElse(Integer.MAX_VALUE);
		List<RoleCandidate> weighed = new ArrayList<>();
		for (RoleCandidate c : processOrControl(candidates, content)) {
			ColumnContent col = content.get(c.column());
			if (col == null || col.isEmpty()) {
				weighed.add(c);
				continue;
			}
			boolean looseBesideProse = c.field() == Field.KONTROLLMOMENT && c.score() < 1.0
					&& unheadedProse < c.column();
			double factor = switch (c.field()) {
				case KONTROLLMOMENT, RISK -> col.isStatusLike() && !col.isProseOnColours() || col.isDatesOrNumbers()
						|| col.isMarks() ? 0
						: col.isProse() ? 1.15 : looseBesideProse ? LOOSE_BESIDE_PROSE
								: col.isShortRepeated() ? 0.75 : 1;
				// "Utfört (datum)" over days: its heading names the date, as "Utförd datum" does.
				case STATUS -> col.isAmounts() ? 0 : col.isDates() ? (TableLayout.namesADate(c.synonym())
						|| TableLayout.namesADate(HeaderText.spaced(c.heading())) ? 1 : 0)
						: col.isProse() ? (c.score() >= PROSE_STATUS_HEADING ? 0.5 : 0) : col.isMarks() ? 0.5
								: col.isStatusLike() ? 1.15 : 1;
				// "Uppföljning" over "Helår | Delår, helår": when a plan's control is followed up, no result.
				case RESULTAT, AVVIKELSE, ATGARD -> col.isPeriods() ? 0 : col.isDatesOrNumbers() ? 0.3
						: col.isStatusLike() && !col.isProse() ? 0.6 : 1;
				case PROCESS -> col.isStatusLike() || col.isDatesOrNumbers() ? 0 : col.isProse() ? 0.8
						: col.isShortRepeated() ? 1.1 : 1;
				case ID -> col.isProse() ? 0 : 1;
				// "Genomförd" is "Genomförd av" in part: over "Ja | Ja" it is no one responsible.
				case ANSVARIG -> col.isStatusLike() ? 0 : 1;
				// "Enhet" over "Förskola", each unit's column of X | A | P: its marks per unit, no nämnd named.
				case NAMND -> col.isStatusLike() || col.isMarks() ? 0 : 1;
				case STATUSMARKERING -> col.isMarks() ? 1 : 0;
				// "Klar" over x and blanks: ticked when done, no day it is to be done by.
				case STARTDATUM, SLUTDATUM -> col.isMarks() ? 0 : 1;
				// "Granskat" over Ja | Delvis says whether, not how many.
				case GRANSKADE, URVAL -> col.isStatusLike() || col.isMarks() ? 0 : 1;
				default -> 1;
			};
			if (factor > 0) {
				weighed.add(c.times(factor));
			}
		}
		return weighed;
	}

	/**
	 * "Process / kontrollmoment" over sentences that differ row by row: the heading names both, the content only the
	 * control (a process repeats), so the control's role is as well named as the process's.
	 */
	private static List<RoleCandidate> processOrControl(List<RoleCandidate> candidates, Map<Integer, ColumnContent> content) {
		List<RoleCandidate> named = new ArrayList<>();
		for (RoleCandidate c : candidates) {
			ColumnContent col = content.get(c.column());
			double process = candidates.stream()
				.filter(o -> o.column() == c.column() && o.field() == Field.PROCESS && o.evidence() == ColumnEvidence.RUBRIK)
				.mapToDouble(RoleCandidate::score).max().orElse(0);
			boolean lift = c.field() == Field.KONTROLLMOMENT && c.evidence() == ColumnEvidence.RUBRIK && col != null
					&& col.isProse() && process > c.score();
			named.add(lift ? c.rescored(process, ColumnEvidence.RUBRIK) : c);
		}
		return named;
	}

	/**
	 * Roles a column earns from its content when its heading says nothing we know: a column with a known heading is
	 * typed by it (weighed by its content), so "Resultat T1" over short words stays a result.
	 */
	List<RoleCandidate> of(RawRow header, Map<Integer, ColumnContent> content, Legend legend,
			Set<Integer> named) {
		List<RoleCandidate> found = new ArrayList<>();
		int firstProse = content.values().stream().filter(c -> !named.contains(c.column())).filter(ColumnContent::isProse)
			.mapToInt(ColumnContent::column).min().orElse(-1);
		// "Verksamhet | Budget 2025 | Utfall 2025 | Avvikelse": beside columns of amounts, the texts name what the
		// figures are for (a budget, a statistic), not controls.
		boolean figures = content.values().stream().filter(ColumnContent::isAmounts).count() >= 2;
		for (ColumnContent col : content.values()) {
			if (named.contains(col.column())) {
				continue;
			}
			String heading = header.text(col.column());
			// Sentences on the legend's colours are statuses by their colour, whatever else they say.
			if (col.isProse() && !figures && !col.isColouredStatuses()) {
				double score = col.column() == firstProse ? CONTENT_KONTROLLMOMENT : CONTENT_KONTROLLMOMENT - 0.1;
				found.add(new RoleCandidate(col.column(), heading, Field.KONTROLLMOMENT, score, "", ColumnEvidence.INNEHALL));
				found.add(new RoleCandidate(col.column(), heading, Field.RESULTAT, CONTENT_RESULTAT, "", ColumnEvidence.INNEHALL));
			}
			else if (col.isPeriods()) {
				// "Tertial" over "2": the heading names the kind of period, the cells which; surer than "2025".
				double score = dictionary.namesAKindOfPeriod(heading) ? CONTENT_NUMBERED_PERIOD : CONTENT_PERIOD;
				found.add(new RoleCandidate(col.column(), heading, Field.PERIOD, score, "", ColumnEvidence.INNEHALL));
				if (col.isYears()) {
					// "Ar" over "2025" beside "Tertial" over "2": the year of the row's period.
					found.add(new RoleCandidate(col.column(), heading, Field.AR, CONTENT_YEAR, "",
							ColumnEvidence.INNEHALL));
				}
			}
			// A tick under "Kv 3" is that quarter's status, not one of several status columns.
			else if (col.isStatusLike() && (!col.isMarks() || dictionary.namesPeriod(heading))) {
				found.add(new RoleCandidate(col.column(), heading, Field.STATUS, CONTENT_STATUS, "",
						legend.isEmpty() ? ColumnEvidence.INNEHALL : ColumnEvidence.FORKLARING));
				if (col.isShares()) {
					found.add(new RoleCandidate(col.column(), heading, Field.ANDEL, CONTENT_ANDEL, "",
							ColumnEvidence.INNEHALL));
				}
			}
			// "Genomförda kontroller: 2/4 | 4/4 | 3 av 4 stickprov" without a status column: how far each control came.
			else if (col.isSharesBeyondDays()) {
				found.add(new RoleCandidate(col.column(), heading, Field.ANDEL, CONTENT_ANDEL, "",
						ColumnEvidence.INNEHALL));
			}
			else if (col.column() == 0 && col.isIdLike()) {
				found.add(new RoleCandidate(col.column(), heading, Field.ID, CONTENT_ID, "", ColumnEvidence.INNEHALL));
			}
			else if (col.isShortRepeated() && !col.isDatesOrNumbers() && col.column() < firstProse) {
				found.add(new RoleCandidate(col.column(), heading, Field.PROCESS, CONTENT_PROCESS, "", ColumnEvidence.INNEHALL));
			}
		}
		return found;
	}
}
