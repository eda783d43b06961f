package se.ikkonsolidering.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Collection;
import java.util.Set;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import se.ikkonsolidering.store.ExplainedControl;
import se.ikkonsolidering.store.StoredSubmission;
import se.ikkonsolidering.store.SubmissionStore;

/**
 * Writes each read file's receipt (kvitto) into {@code <out>/kvitton/}: a self-contained HTML page from
 * {@code templates/kvitto.html} and the same page as PDF, named after the nämnd and the file. A receipt is written
 * only when its page changed, so one sent to a nämnd stays as it was until the file's reading (or a correction of it)
 * changes; a receipt whose name the database no longer gives (its nämnd was corrected) is removed.
 */
final class ReceiptReport {

	static final String FOLDER = "kvitton";
	static final String TEMPLATE = "kvitto";

	private static final Logger log = LoggerFactory.getLogger(ReceiptReport.class);
	/**
	 * The controls a receipt lists at most: a nämnd confirms a reading of tens of controls, and an export of hundreds
	 * of thousands of rows gets a receipt that can still be read (and printed); all rows are in kontroller.csv and
	 * the corrections workbook.
	 */
	static final int SHOWN = 500;
	/** Receipts made before their PDFs are printed: a few dozen pages of a few dozen kB each. */
	private static final int BATCH = 64;

	private final SubmissionStore store;
	private final HtmlRenderer html;

	ReceiptReport(SubmissionStore store, Path templatesDir) {
		this.store = store;
		this.html = new HtmlRenderer(templatesDir, TEMPLATE);
	}

	/**
	 * @param files the files whose receipts are brought up to date
	 * @param notes every read file's receipt name and corrections; receipts in the folder named otherwise go
	 * @return how many receipts were written; the others were unchanged
	 */
	int write(List<StoredSubmission> files, FileNotes notes, Path outDir) {
		Path folder = outDir.resolve(FOLDER);
		int written = 0;
		List<Page> batch = new ArrayList<>();
		for (StoredSubmission file : files) {
			// One more than shown says whether the file has more; only such a file is counted in full.
			List<ExplainedControl> first = store.findControls(file.id(), SHOWN + 1);
			int total = first.size() <= SHOWN ? first.size() : store.countControls(file.id());
			Receipt receipt = ReceiptBuilder.build(file, store.findReading(file.id()),
					first.subList(0, Math.min(SHOWN, first.size())), total, notes.fileCorrection(file));
			batch.add(new Page(html.render("k", receipt), folder.resolve(notes.receiptName(file) + ".html")));
			if (batch.size() == BATCH) {
				written += writeAll(batch);
				batch.clear();
			}
		}
		written += writeAll(batch);
		int removed = removeOthers(folder, notes.receiptNames());
		log.info("Receipts in {}: {} written, {} unchanged, {} removed", folder.toAbsolutePath(), written,
				files.size() - written, removed);
		return written;
	}

	/**
	 * Writes a batch of pages, their PDFs printed side by side, one per core: printing a PDF per receipt is most of a
	 * large first run's time. The pages are made in the caller's thread, which reads the database.
	 */
	private static int writeAll(List<Page> pages) {
		return (int) pages.parallelStream().filter(p -> write(p.html(), p.file())).count();
	}

	private record Page(String html, Path file) {
	}

	/** Writes the page and its PDF unless both are there with this page already. */
	private static boolean write(String page, Path htmlFile) {
		Path pdfFile = htmlFile.resolveSibling(htmlFile.getFileName().toString().replaceFirst("\\.html$", ".pdf"));
		byte[] bytes = page.getBytes(StandardCharsets.UTF_8);
		if (unchanged(htmlFile, bytes) && Files.isRegularFile(pdfFile)) {
			return false;
		}
		OutputFile.write(htmlFile, out -> out.write(bytes));
		OutputFile.write(pdfFile, out -> new PdfRenderer().render(page, htmlFile.toUri().toString(), out));
		return true;
	}

	private static boolean unchanged(Path file, byte[] bytes) {
		try {
			return Files.isRegularFile(file) && Files.size(file) == bytes.length
					&& Arrays.equals(Files.readAllBytes(file), bytes);
		}
		catch (IOException ex) {
			return false;
		}
	}

	/** Removes the receipts (.html, .pdf) whose names no read file has any more. */
	private static int removeOthers(Path folder, Collection<String> names) {
		Set<String> kept = new HashSet<>();
		names.forEach(n -> {
			kept.add(n + ".html");
			kept.add(n + ".pdf");
		});
		if (!Files.isDirectory(folder)) {
			return 0;
		}
		int removed = 0;
		try (Stream<Path> files = Files.list(folder)) {
			for (Path file : files.toList()) {
				String name = file.getFileName().toString();
				if ((name.endsWith(".html") || name.endsWith(".pdf")) && !kept.contains(name)) {
					Files.delete(file);
					removed++;
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot tidy " + folder, ex);
		}
		return removed;
	}
}
