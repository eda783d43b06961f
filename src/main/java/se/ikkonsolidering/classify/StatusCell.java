package se.ikkonsolidering.classify;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import se.ikkonsolidering.layout.ControlRow;
import se.ikkonsolidering.layout.Field;
import se.ikkonsolidering.layout.HeaderText;
import se.ikkonsolidering.layout.Legend;
import se.ikkonsolidering.layout.TableLayout;

/**
 * A control's status cell as the classifier reads it: the latest filled period's text when the status has a column per
 * period or year, the ticked column's heading when the template ticks one of several status columns, the ticked
 * options when the cell lists its answers with tick boxes ("☒ Ja ☐ Delvis ☐ Nej").
 *
 * @param text the status text that counts
 * @param where the column it stands in, for the evidence ("statuskolumnen 'Status T2'")
 * @param earlier the earlier periods' texts, kept for the reader ("Status T1: Pågår")
 * @param parts every period's part, latest last; empty for a single status column
 * @param ticks how many tick columns or boxes carry a tick
 * @param emptyReason why a blank status counts as not reported
 * @param laterBlank the latest period's status cell is blank, and an earlier period's stands in for it
 */
record StatusCell(String text, String where, String earlier, List<PeriodParts.Part> parts, int ticks,
		String emptyReason, boolean laterBlank) {

	/**
	 * The error values a spreadsheet shows for a formula that cannot be worked out, in English and Swedish Excel and
	 * LibreOffice ("#REF!", "#SAKNAS!", "Err:502").
	 */
	private static final Pattern FORMULA_ERROR = Pattern.compile("#(?:REF!|VALUE!|N/A|DIV/0!|NAME\\?|NUM!|NULL!|SPILL!"
			+ "|CALC!|REFERENS!|VÄRDEFEL!|SAKNAS!|DIVISION/0!|NAMN\\?|OGILTIGT!)|Err:\\d{3}");

	/** Text struck through in writing, "~~Ej genomförd~~": no longer said. */
	private static final Pattern STRUCK = Pattern.compile("~~[^~]*~~");
	/** "Rättelse:", "Korrigering:": what follows corrects what was said before. */
	private static final Pattern CORRECTION = Pattern.compile("(?iu)\\b(rättelse|korrigering|rättning|ändrat\\s+till)\\s*:");
	/** "→", "->", "=>", "Rättelse:": changed to what follows. */
	private static final Pattern CHANGED_TO = Pattern
		.compile("\\s*(→|⇒|->|=>)\\s*|[.,;]?\\s*" + CORRECTION.pattern() + "\\s*");

	static StatusCell of(ControlRow control, TextStatusRules periods) {
		return of(control, periods, text -> false);
	}

	/** "#REF!", "#SAKNAS!": the cell shows a formula's error value. */
	static boolean isFormulaError(String cell) {
		return FORMULA_ERROR.matcher(cell.strip()).matches();
	}

	/**
	 * @param reportsNothing whether a period's filled cell still reports nothing for it ("○" for "Ingen kontroll
	 *        planerad denna månad", a dash, "Se T1"): it counts as blank, and the latest period with a report decides
	 */
	static StatusCell of(ControlRow control, TextStatusRules periods, Predicate<String> reportsNothing) {
		TableLayout layout = control.layout();
		String raw = control.value(Field.STATUS);
		boolean tickColumns = layout.column(Field.STATUS).isEmpty()
				&& layout.extra().values().stream().anyMatch(e -> e.field() == Field.STATUSMARKERING);
		if (tickColumns) {
			int ticks = raw.isEmpty() ? 0 : raw.split(", ").length;
			return ticked(raw, ticks, layout, periods);
		}
		String header = HeaderText.display(layout.headers().getOrDefault(Field.STATUS, ""));
		boolean byShare = layout.has(Field.ANDEL) && !raw.isEmpty() && raw.equals(control.value(Field.ANDEL));
		String column = byShare ? "kolumnen '" + HeaderText.display(layout.headers().get(Field.ANDEL))
				+ "' (statuscellen är tom)"
				: header.isEmpty() && layout.has(Field.GRANSKADE) && layout.has(Field.URVAL)
				? "antalet i '" + HeaderText.display(layout.headers().get(Field.GRANSKADE)) + "' av urvalet i '"
						+ HeaderText.display(layout.headers().get(Field.URVAL)) + "'"
				: header.isEmpty() ? "statuskolumnen"
						// A status stated above the rows or after the control's text: where it stands says it.
						: layout.column(Field.STATUS).isEmpty() ? header : "statuskolumnen '" + header + "'";
		if (isFormulaError(raw)) {
			// "#VALUE!", "#REF!": a formula that broke shows no status; what the text says may still tell.
			return new StatusCell("", column, "", List.of(), 0, column + " visar ett formelfel ('" + raw.strip() + "')",
					false);
		}
		int ticked = tickedColumns(raw, layout);
		if (ticked > 0) {
			// A status column beside tick columns of a later period, whose ticks stand in the status.
			return ticked(raw, ticked, layout, periods);
		}
		Optional<List<String>> boxes = TickBoxes.ticked(raw);
		if (boxes.isPresent()) {
			return new StatusCell(String.join(", ", boxes.get()), "ikryssad ruta i " + column, "", List.of(),
					boxes.get().size(), "ingen ruta är ikryssad i " + column, false);
		}
		List<PeriodParts.Part> parts = PeriodParts.of(raw, periods);
		if (PeriodParts.areUnits(parts)) {
			return new StatusCell(raw, "status per enhet", "", byPoint(parts, control), 0, "ingen enhet har en status",
					false);
		}
		if (!parts.isEmpty()) {
			PeriodParts.Part last = parts.get(parts.size() - 1);
			int decides = parts.size() - 1;
			// Within the same year only: last year's status says nothing about this year's.
			while (decides > 0 && isBlank(parts.get(decides).text(), reportsNothing)
					&& parts.get(decides - 1).rank() / 1000 == last.rank() / 1000) {
				decides--;
			}
			if (decides < parts.size() - 1 && isBlank(parts.get(decides).text(), reportsNothing)) {
				// No period of the year reports anything: the latest period's own text tells why.
				decides = parts.size() - 1;
			}
			PeriodParts.Part latest = parts.get(decides);
			// A control checked by steps, a row each, has a status for each step.
			List<PeriodParts.Part> rows = control.points().isEmpty() ? List.of() : PeriodParts.rowsOf(parts, latest);
			if (!rows.isEmpty()) {
				return new StatusCell(raw, "statuskolumnen '" + latest.heading() + "', en status per rad", "",
						byPoint(rows, control), 0,
						"statuscellen för '" + last.heading() + "' är tom", false);
			}
			String earlier = parts.subList(0, decides).stream()
				.filter(p -> !p.text().isEmpty())
				.map(p -> p.heading() + ": " + p.text())
				.collect(Collectors.joining("\n"));
			// A control checked in the spring only has nothing under "Kv 4": its latest filled period of the year tells.
			String where = "statuskolumnen '" + latest.heading() + "'" + (latest == last ? ""
					: last.text().isEmpty() ? " (senast ifyllda; '" + last.heading() + "' är tom)"
					: " (senast med något redovisat; '" + last.heading() + "': '" + last.text() + "')");
			// "Status T2: Pågår → Klar": the period's status was changed in the cell, and what it became counts.
			Optional<String> changed = corrected(latest.text());
			if (changed.isPresent()) {
				where += ", ändrad: '" + latest.text().strip() + "'";
			}
			return new StatusCell(changed.orElse(latest.text()), where, earlier, parts.subList(0, decides + 1), 0,
					// A later period's mark that reports nothing ("P" = planerad kontroll) is no cell left blank: its
					// colour and the comment are the plan's, not news of the control.
					"statuscellen för '" + last.heading() + "' är tom", latest != last && last.text().isEmpty());
		}
		Optional<String> corrected = corrected(raw);
		if (corrected.isPresent()) {
			return new StatusCell(corrected.get(), column + ", ändrad: '" + raw.strip() + "'", "", List.of(), 0,
					"statuscellen är tom", false);
		}
		return new StatusCell(raw, column, "", List.of(), 0, "statuscellen är tom", false);
	}

	/**
	 * A status changed in the cell and the change left in sight: "Delvis → Genomförd (uppdaterat 15/12)", "~~Ej
	 * genomförd~~ Genomförd", "Genomförd. Rättelse: endast hälften av stickproven har granskats". What it was changed
	 * to counts.
	 */
	private static Optional<String> corrected(String raw) {
		String left = STRUCK.matcher(raw).replaceAll(" ").strip();
		Matcher arrow = CHANGED_TO.matcher(left);
		int after = -1;
		while (arrow.find()) {
			after = arrow.end();
		}
		String status = after < 0 ? left : left.substring(after).strip();
		return status.isEmpty() || status.equals(raw.strip()) ? Optional.empty() : Optional.of(status);
	}

	/** The text corrects a status said elsewhere: "Korrigering: endast beslut t.o.m. juni har kontrollerats". */
	static boolean correcting(String text) {
		return text != null && CORRECTION.matcher(text).find();
	}

	private static boolean isBlank(String text, Predicate<String> reportsNothing) {
		return text.isEmpty() || reportsNothing.test(text);
	}

	/** Each row's status named by the point or unit it is for ("Hemtjänst Norra: Klar"), when each has one. */
	private static List<PeriodParts.Part> byPoint(List<PeriodParts.Part> parts, ControlRow control) {
		List<ControlRow.Point> points = control.points();
		if (points.size() != parts.size()) {
			return parts;
		}
		List<PeriodParts.Part> named = new ArrayList<>();
		for (int i = 0; i < parts.size(); i++) {
			named.add(new PeriodParts.Part(points.get(i).text(), parts.get(i).text(), parts.get(i).rank()));
		}
		return named;
	}

	/** The ticked columns' headings as the status; ticks of an earlier period only stand in for later ones. */
	private static StatusCell ticked(String raw, int ticks, TableLayout layout, TextStatusRules periods) {
		boolean earlier = ticks > 0 && ofAnEarlierPeriod(raw, layout, periods);
		return new StatusCell(raw, "kryss i kolumnen '" + raw + "'", "", List.of(), ticks,
				earlier ? "kryss bara för en tidigare period: '" + raw + "'" : "inget kryss i statuskolumnerna",
				earlier);
	}

	/**
	 * "T1 2025 Utförd" ticked and nothing in "T2 2025 …" or "Helår 2025 …": the ticks stand in for the later periods,
	 * as an earlier period's status does for a blank later one.
	 */
	private static boolean ofAnEarlierPeriod(String ticked, TableLayout layout, TextStatusRules periods) {
		ToLongFunction<String> period = heading -> HeaderText.lastYear(heading) * 10L + periods.periodRank(heading);
		long latest = layout.extra().values().stream()
			.filter(e -> e.field() == Field.STATUSMARKERING)
			.mapToLong(e -> period.applyAsLong(HeaderText.display(e.header())))
			.max().orElse(0);
		List<String> headings = List.of(ticked.split(", "));
		// A ticked heading naming no period ("Delvis") says nothing of which period it is.
		return headings.stream().allMatch(t -> periods.periodRank(t) > 0)
				&& headings.stream().mapToLong(period).max().orElse(0) < latest;
	}

	/** How many tick columns' headings the status text is made of ("Helår Genomförd, Helår Ej genomförd"), or 0. */
	private static int tickedColumns(String raw, TableLayout layout) {
		List<String> tickHeaders = layout.extra().values().stream()
			.filter(e -> e.field() == Field.STATUSMARKERING)
			.map(e -> HeaderText.display(e.header()))
			.toList();
		if (raw.isBlank() || tickHeaders.isEmpty()) {
			return 0;
		}
		List<String> parts = List.of(raw.split(", "));
		return tickHeaders.containsAll(parts) ? parts.size() : 0;
	}

	/** One status per unit, school or place side by side ("Ugglan: G / Centrum: E"), not one per period. */
	boolean perUnit() {
		return PeriodParts.areUnits(parts);
	}

	boolean isBlank() {
		return text.isBlank();
	}

	/** This year's status is blank and only an earlier year's is filled in ("Status 2024: Genomförd | Status 2025: "). */
	boolean onlyAnEarlierYear() {
		if (parts.isEmpty() || !isBlank()) {
			return false;
		}
		long year = parts.get(parts.size() - 1).rank() / 1000;
		return parts.stream().anyMatch(p -> !p.text().isEmpty() && p.rank() / 1000 < year);
	}

	/** An earlier period of the same year (not an earlier year) reported the control done. */
	boolean earlierDone(StatusMeanings meanings, Legend legend) {
		if (parts.isEmpty()) {
			return false;
		}
		long year = parts.get(parts.size() - 1).rank() / 1000;
		return parts.stream().limit(parts.size() - 1L)
			.filter(p -> p.rank() / 1000 == year)
			.anyMatch(p -> !p.text().isEmpty() && meanings.word(p.text(), legend).filter(s -> s == ControlStatus.GENOMFORD)
				.isPresent());
	}
}
