package se.ikkonsolidering.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

import se.ikkonsolidering.classify.ControlStatus;
import se.ikkonsolidering.classify.StatusSource;
import se.ikkonsolidering.store.Outcome;
import se.ikkonsolidering.store.StoredControl;
import se.ikkonsolidering.store.StoredSubmission;
import se.ikkonsolidering.submission.Period;
import se.ikkonsolidering.submission.SubmissionKind;

/**
 * Times the summary's renderers without the rest of the job. Usage: {@code SummaryBench pdf N...} renders the page
 * and the PDF of a year of N nämnder (three files each, T1, delår and helår, ten controls per file, the later
 * periods outranking the earlier ones) {@code -Dreps} times (default 5) and prints the first run, the PDF's size
 * and pages, and the best of the runs after two warm-ups ({@code -Dout=DIR} keeps each size's page and PDF to look
 * at); {@code SummaryBench xlsx M} writes the workbook of one file with M controls (run it with {@code -Xmx512m}). Times
 * are wall and CPU milliseconds of the rendering thread.
 */
public final class SummaryBench {

	private static final String[] PERIODS = { "T1", "DELAR", "HELAR" };
	private static final ControlStatus[] STATUSES = { ControlStatus.GENOMFORD, ControlStatus.GENOMFORD,
			ControlStatus.DELVIS, ControlStatus.EJ_GENOMFORD, ControlStatus.SAKNAS, ControlStatus.OKLAR };
	private static final String MESSAGE = "Läste flik 'Uppföljning', rubrikrad 9: process ← 'Ansvarsområde/ process' "
			+ "(kolumn A), risk ← 'Risk i verksamheten' (kolumn B), kontrollmoment ← 'Befintliga åtgärder/kontrollmoment' "
			+ "(kolumn D), resultat ← 'Kommentar:' (kolumn G), status ← 'Följer plan:' (kolumn F). Raderna: 7 kontroller.";
	private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

	private SummaryBench() {
	}

	public static void main(String[] args) throws IOException {
		if (args[0].equals("xlsx")) {
			workbook(Integer.parseInt(args[1]));
			return;
		}
		int reps = Integer.getInteger("reps", 5);
		HtmlRenderer html = new HtmlRenderer(Path.of("templates"));
		for (int i = 1; i < args.length; i++) {
			Summary summary = year(Integer.parseInt(args[i]));
			long[] page = null;
			long[] pdf = null;
			for (int rep = 0; rep < reps; rep++) {
				String[] text = new String[1];
				long[] pageTime = time(() -> text[0] = html.render(summary));
				ByteArrayOutputStream out = new ByteArrayOutputStream();
				long[] pdfTime = time(() -> new PdfRenderer().render(text[0], "file:///summary.html", out));
				if (rep == 0 && System.getProperty("out") != null) {
					Path folder = Files.createDirectories(Path.of(System.getProperty("out")));
					Files.writeString(folder.resolve("ks-sammanstallning-" + args[i] + ".html"), text[0]);
					Files.write(folder.resolve("ks-sammanstallning-" + args[i] + ".pdf"), out.toByteArray());
				}
				if (rep == 0) {
					System.out.printf("%s nämnder, first run: page %d ms, %d characters; PDF %d ms (CPU %d ms), %d bytes, "
							+ "%d pages%n", args[i], pageTime[0], text[0].length(), pdfTime[0], pdfTime[1], out.size(),
							pages(out.toByteArray()));
				}
				if (rep >= 2) {
					page = page == null || pageTime[1] < page[1] ? pageTime : page;
					pdf = pdf == null || pdfTime[1] < pdf[1] ? pdfTime : pdf;
				}
			}
			if (pdf != null) {
				System.out.printf("%s nämnder, best warm run: page %d ms (CPU %d ms), PDF %d ms (CPU %d ms)%n", args[i],
						page[0], page[1], pdf[0], pdf[1]);
			}
		}
	}

	private static void workbook(int controls) throws IOException {
		StoredSubmission file = Rows.read(1, "Stora nämnden", "HELAR");
		List<StoredControl> rows = new ArrayList<>(controls);
		for (int seq = 1; seq <= controls; seq++) {
			rows.add(control(file, seq));
		}
		YearData year = new YearData(Rows.YEAR, List.of(file), rows);
		Summary summary = SummaryBuilder.build(List.of(file.namnd()), year, Rows.nothing(Rows.YEAR - 1), List.of(),
				LocalDateTime.now());
		Path xlsx = Files.createTempFile("summary-bench", ".xlsx");
		long[] took = time(() -> {
			try (OutputStream out = Files.newOutputStream(xlsx)) {
				new XlsxRenderer().render(summary, ControlRows.of(year.controls(), year.counted()), out);
			}
		});
		Runtime heap = Runtime.getRuntime();
		System.out.printf("%d controls: workbook %d ms (CPU %d ms), %d bytes; heap in use %d of %d MiB%n", controls,
				took[0], took[1], Files.size(xlsx), (heap.totalMemory() - heap.freeMemory()) >> 20,
				heap.maxMemory() >> 20);
		Files.delete(xlsx);
	}

	private static int pages(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return document.getNumberOfPages();
		}
	}

	private static Summary year(int namnder) {
		int files = namnder * PERIODS.length;
		List<StoredSubmission> submissions = new ArrayList<>();
		List<StoredControl> controls = new ArrayList<>();
		for (int i = 0; i < files; i++) {
			String namnd = "Nämnd nummer " + i % namnder;
			StoredSubmission s = new StoredSubmission(i + 1, 1L, String.format("%05d %s 2025.xlsx", i, namnd), "sha" + i,
					100, namnd, true, Rows.YEAR, Period.fromCode(PERIODS[i / namnder % PERIODS.length]), "Tillräcklig", "", Outcome.INLAST,
					MESSAGE, 10, LocalDateTime.of(2026, 1, 15, 2, 0), null, null,
					new StoredSubmission.ReadAs(namnd, Rows.YEAR, Period.fromCode(PERIODS[i / namnder % PERIODS.length])),
					SubmissionKind.FOLLOW_UP);
			submissions.add(s);
			for (int seq = 1; seq <= 10; seq++) {
				controls.add(control(s, seq + i));
			}
		}
		List<String> register = IntStream.range(0, namnder).mapToObj(i -> "Nämnd nummer " + i).toList();
		return SummaryBuilder.build(register, new YearData(Rows.YEAR, submissions, controls),
				Rows.nothing(Rows.YEAR - 1), List.of(), LocalDateTime.now());
	}

	/** A control as a nämnd reports it, with a status in turn and an answer of one to four sentences. */
	private static StoredControl control(StoredSubmission s, int seq) {
		ControlStatus status = STATUSES[seq % STATUSES.length];
		return new StoredControl(s.id(), seq, s.namnd(), Rows.YEAR, s.period(), s.fileName(), "Uppföljning", seq + 9,
				String.valueOf(seq), "Ekonomi och upphandling", "Risk för felaktiga utbetalningar", "6",
				"Kontrollmoment " + seq + ": stickprov av attester och behörigheter i ekonomisystemet",
				"Kontrollen har genomförts under året, några avvikelser noterades och följs upp. ".repeat(1 + seq % 4), "",
				"Rutinen ses över", "Controller", status, StatusSource.KOLUMN, "", status.flag().stream().collect(Collectors.toSet()),
				Optional.empty());
	}

	private static long[] time(Step step) throws IOException {
		long cpu = THREADS.getCurrentThreadCpuTime();
		long wall = System.nanoTime();
		step.run();
		return new long[] { (System.nanoTime() - wall) / 1_000_000, (THREADS.getCurrentThreadCpuTime() - cpu) / 1_000_000 };
	}

	@FunctionalInterface
	private interface Step {

		void run() throws IOException;
	}
}
