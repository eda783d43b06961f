package se.ikkonsolidering.oversight;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import se.ikkonsolidering.register.NamndMatcher;
import se.ikkonsolidering.register.Register;
import se.ikkonsolidering.submission.Period;
import se.ikkonsolidering.submission.PeriodRules;

/**
 * Reads the tidplan ({@code period;sista_dag;nämnd}, {@code ;}-separated, UTF-8 with or without BOM, or the
 * Windows-1252 Excel saves on Swedish Windows). Anything that would judge a nämnd by the wrong date is refused with
 * the line it is on: another header, a period or date that cannot be read, a nämnd not in the register, a period
 * given twice. Blank lines, {@code #} comments and empty columns at the end of a line are skipped.
 * <p>
 * The year a line is for is the one its period names ("Helår 2025"), else the year of its date, except that a helår
 * report due in January to June is the previous year's.
 */
final class TidplanFile {

	private static final String HEADER = "'period;sista_dag;nämnd' (then one period a line, e.g. 'Helår;2026-01-31;', "
			+ "the nämnd empty for all)";
	private static final Pattern YEAR = Pattern.compile("(?<!\\d)(20\\d\\d)(?!\\d)");
	private static final int LAST_MONTH_OF_PREVIOUS_YEARS_REPORT = 6;

	private final Path file;
	private final PeriodRules periods;
	private final Register register;
	private final NamndMatcher namnder;

	private TidplanFile(Path file, PeriodRules periods, Register register) {
		this.file = file.toAbsolutePath();
		this.periods = periods;
		this.register = register;
		this.namnder = new NamndMatcher(register);
	}

	/** @param register the kommun's nämnder; a line's nämnd must be one of them, unless the run has no register */
	static List<Deadline> read(Path file, PeriodRules periods, Register register) {
		return new TidplanFile(file, periods, register).parse();
	}

	private List<Deadline> parse() {
		String[] lines = text().split("\r\n|\r|\n", -1);
		List<Deadline> deadlines = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		boolean headerRead = false;
		for (int i = 0; i < lines.length; i++) {
			String line = lines[i].replace("\uFEFF", "").strip();
			if (line.isEmpty() || line.startsWith("#")) {
				continue;
			}
			List<String> fields = fields(line);
			if (!headerRead) {
				if (!isHeader(fields)) {
					throw refusal("the first line is '" + line + "', but it must be the header " + HEADER);
				}
				headerRead = true;
				continue;
			}
			Deadline deadline = deadline(line, fields, i + 1);
			if (!seen.add(deadline.period() + ";" + deadline.year() + ";" + deadline.namnd())) {
				throw refusal("line " + (i + 1) + " ('" + line + "') gives " + deadline.period().swedish() + " "
						+ deadline.year() + (deadline.forAll() ? " for all nämnder" : " for " + deadline.namnd())
						+ " a second time; give each period one last day");
			}
			deadlines.add(deadline);
		}
		if (!headerRead) {
			throw refusal("the file is empty, but it must start with the header " + HEADER);
		}
		return deadlines;
	}

	private Deadline deadline(String line, List<String> fields, int number) {
		if (fields.size() < 2 || fields.size() > 3) {
			throw refusal("line " + number + " ('" + line + "') has " + fields.size() + " columns, expected "
					+ "period;sista_dag;nämnd");
		}
		Period period = periods.find(fields.get(0))
			.orElseThrow(() -> refusal("line " + number + " ('" + line + "'): '" + fields.get(0) + "' is not a period; "
					+ "write e.g. T1, Delår, T2 or Helår"));
		LocalDate lastDay;
		try {
			lastDay = LocalDate.parse(fields.get(1));
		}
		catch (DateTimeParseException ex) {
			throw refusal("line " + number + " ('" + line + "'): '" + fields.get(1) + "' is not a date; write it as "
					+ "yyyy-mm-dd, e.g. 2026-01-31");
		}
		String namnd = fields.size() < 3 ? "" : fields.get(2);
		if (!namnd.isEmpty() && !register.namnder().isEmpty()) {
			String asWritten = namnd;
			namnd = namnder.find(namnd)
				.orElseThrow(() -> refusal("line " + number + " ('" + line + "'): '" + asWritten + "' is not a nämnd "
						+ "of the register; write its name or an alias, or leave the column empty for all nämnder"));
		}
		return new Deadline(period, year(fields.get(0), period, lastDay), lastDay, namnd, number);
	}

	private static int year(String periodCell, Period period, LocalDate lastDay) {
		Matcher named = YEAR.matcher(periodCell);
		if (named.find()) {
			return Integer.parseInt(named.group(1));
		}
		boolean previousYearsReport = period == Period.HELAR
				&& lastDay.getMonthValue() <= LAST_MONTH_OF_PREVIOUS_YEARS_REPORT;
		return previousYearsReport ? lastDay.getYear() - 1 : lastDay.getYear();
	}

	private static boolean isHeader(List<String> fields) {
		List<String> names = fields.stream().map(f -> f.toLowerCase(Locale.ROOT).replace('ä', 'a')).toList();
		return names.equals(List.of("period", "sista_dag", "namnd"));
	}

	/** The line's fields, trimmed, without the empty ones at its end. */
	private static List<String> fields(String line) {
		List<String> fields = new ArrayList<>(List.of(line.split(";", -1)));
		fields.replaceAll(String::strip);
		while (fields.size() > 1 && fields.get(fields.size() - 1).isEmpty()) {
			fields.remove(fields.size() - 1);
		}
		return fields;
	}

	private String text() {
		byte[] bytes;
		try {
			bytes = Files.readAllBytes(file);
		}
		catch (IOException ex) {
			throw new TidplanException("Tidplan " + file + ": cannot be read (" + ex.getClass().getSimpleName() + ")", ex);
		}
		return utf8(bytes).orElseGet(() -> new String(bytes, Charset.forName("windows-1252")));
	}

	private static Optional<String> utf8(byte[] bytes) {
		try {
			return Optional.of(StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes))
				.toString());
		}
		catch (CharacterCodingException ex) {
			return Optional.empty();
		}
	}

	private TidplanException refusal(String problem) {
		return new TidplanException("Tidplan " + file + ": " + problem);
	}
}
