package se.ikkonsolidering.report;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import se.ikkonsolidering.oversight.Oversight;
import se.ikkonsolidering.register.Register;
import se.ikkonsolidering.store.SubmissionStore;

/**
 * Kommunstyrelsen's summary of a year: {@code ks-sammanstallning-<år>.html}, {@code .pdf} and {@code .xlsx}, all
 * from one {@link Summary} computed from the database (not from the files of the last run), so the three agree
 * with each other and with kontroller.csv.
 */
final class SummaryReport {

	private static final Logger log = LoggerFactory.getLogger(SummaryReport.class);

	private final SummaryQueries queries;
	private final HtmlRenderer html;
	private final Oversight oversight;

	/**
	 * @param templatesDir the kommun's folder with its own {@code ks-sammanstallning.html}; when it is {@code null}
	 * or holds no such file, the built-in template is used
	 * @param oversight the tidplan, the rules of the draft assessment and the run's clock
	 */
	SummaryReport(SubmissionStore store, Path templatesDir, Oversight oversight) {
		this.queries = new SummaryQueries(store, oversight);
		this.html = new HtmlRenderer(templatesDir);
		this.oversight = oversight;
	}

	/** With the built-in rules and no tidplan. */
	SummaryReport(SubmissionStore store, Path templatesDir, Clock clock) {
		this(store, templatesDir, Oversight.load(null, clock));
	}

	/** The HTML, PDF and XLSX files of a year's summary in {@code outDir}, in that order. */
	static List<Path> files(Path outDir, int year) {
		String name = "ks-sammanstallning-" + year;
		return List.of(outDir.resolve(name + ".html"), outDir.resolve(name + ".pdf"), outDir.resolve(name + ".xlsx"));
	}

	/**
	 * Writes the year's summary into {@code outDir}, each file under a temporary name first.
	 * @param current the year's files and current controls, as the CSV exports read them
	 * @return the HTML, PDF and XLSX files, in that order
	 */
	List<Path> write(YearData current, Register register, Path outDir) {
		int year = current.year();
		Summary summary = SummaryBuilder.build(register.names(), current, queries.year(year - 1), queries.unread(year),
				LocalDateTime.now(oversight.clock()), oversight);
		String page = html.render(summary);
		String name = "ks-sammanstallning-" + year;
		Path htmlFile = OutputFile.write(outDir.resolve(name + ".html"),
				out -> out.write(page.getBytes(StandardCharsets.UTF_8)));
		Path pdfFile = OutputFile.write(outDir.resolve(name + ".pdf"),
				out -> new PdfRenderer().render(page, htmlFile.toUri().toString(), out));
		Path xlsxFile = OutputFile.write(outDir.resolve(name + ".xlsx"),
				out -> new XlsxRenderer().render(summary, queries.controls(current), out));
		log.info("Summary for {} written to {}: {} of {} nämnder reported, {} controls counted", year,
				outDir.toAbsolutePath(), summary.key().reported(), summary.key().expected(),
				summary.key().counts().total());
		return List.of(htmlFile, pdfFile, xlsxFile);
	}
}
