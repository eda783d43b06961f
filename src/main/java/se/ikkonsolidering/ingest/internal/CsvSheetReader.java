package se.ikkonsolidering.ingest.internal;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.unbescape.html.HtmlEscape;

import se.ikkonsolidering.ingest.FileFormat;
import se.ikkonsolidering.ingest.FileRejectedException;
import se.ikkonsolidering.ingest.RawCell;
import se.ikkonsolidering.ingest.RawRow;
import se.ikkonsolidering.ingest.RawSheet;
import se.ikkonsolidering.ingest.RawWorkbook;

/**
 * Reads a CSV export (.csv, .tsv, .txt) as a one-sheet workbook. Encoding and separator are detected, because Excel
 * on Swedish Windows saves Windows-1252 with {@code ;}, its "Unicode text" UTF-16 with tabs, and other tools UTF-8
 * with {@code ,}.
 * Row numbers are record numbers, which is what Excel shows when it opens the file.
 */
public final class CsvSheetReader {

	static final long MAX_BYTES = 64L * 1024 * 1024;

	private static final Pattern QUOTE_MARKS = Pattern.compile("^(\\s*>)+\\s?");
	/** "- ", "• ", "* " opening a list item, after its indentation: the item's text starts where the match ends. */
	private static final Pattern LIST_ITEM = Pattern.compile("\\s*[-–•*]\\s+(?=\\S)");
	/** "Status:", "Kommentar T2:": a label of a few words and its colon opening a line. */
	private static final Pattern LABELLED = Pattern.compile("\\s*\\p{L}[\\p{L}\\p{N} /-]{0,30}:");
	private static final Pattern START_LINE = Pattern.compile("startline (\\d+)");
	/** "&amp;", "&nbsp;", "&#8211;", "&#x2013;": an HTML character reference, not a bare ampersand ("Kost & städ"). */
	private static final Pattern ENTITY = Pattern.compile("&(#\\d{1,7}|#[xX]\\p{XDigit}{1,6}|\\p{Alpha}\\p{Alnum}{1,31});");
	private static final Pattern SEPARATOR_HINT = Pattern.compile("\uFEFF?sep=([^\r\n])\r?\n", Pattern.CASE_INSENSITIVE);

	/**
	 * Where the parser gave up, in the sender's words: Commons CSV says "(startline 3) EOF reached before encapsulated
	 * token finished" for a quote that is never closed.
	 */
	private static String where(Exception ex) {
		String message = String.valueOf(ex.getMessage());
		Matcher line = START_LINE.matcher(message);
		String row = line.find() ? line.group(1) : null;
		if (message.contains("EOF reached before encapsulated token finished") && row != null) {
			return ": ett citattecken (\") på rad " + row + " avslutas aldrig, så resten av filen blir en enda cell";
		}
		return row == null ? "" : " (felet upptäcktes på rad " + row + ")";
	}

	public RawWorkbook read(Path file) {
		return read(TextDecoder.decode(bytes(file)), sheetName(file));
	}

	/** A text already decoded (an e-mail's body), read as a file of that text would be. */
	RawWorkbook read(DecodedText decoded, String sheetName) {
		String text = decoded.text().replace("\u0000", "");
		// "sep=;" on the first line tells Excel the separator, and Excel shows the rows after it from row 1.
		Matcher hint = SEPARATOR_HINT.matcher(text);
		char delimiter;
		if (hint.lookingAt()) {
			delimiter = hint.group(1).charAt(0);
			text = text.substring(hint.end());
		}
		else {
			delimiter = DelimiterDetector.detect(text);
		}
		if (DelimiterDetector.isProse(text, delimiter)) {
			Optional<List<RawRow>> grid = FixedWidthText.rows(text);
			if (grid.isPresent()) {
				return new RawWorkbook(FileFormat.TEXT, List.of(new RawSheet(sheetName, false, grid.get())),
						List.of("teckenkodning " + decoded.charsetLabel() + ", kolumner i fast bredd"));
			}
			return prose(text, decoded);
		}
		List<RawRow> rows = new ArrayList<>();
		CSVFormat format = CSVFormat.DEFAULT.builder()
			.setDelimiter(delimiter)
			.setIgnoreEmptyLines(false)
			.setIgnoreSurroundingSpaces(false)
			.get();
		try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text)).setFormat(format).get()) {
			int number = 0;
			for (CSVRecord record : parser) {
				number++;
				List<RawCell> cells = new ArrayList<>();
				for (int i = 0; i < record.size(); i++) {
					String value = withoutEntities(record.get(i));
					if (!value.isBlank()) {
						cells.add(RawCell.of(i, value));
					}
				}
				if (!cells.isEmpty()) {
					rows.add(new RawRow(number, cells));
				}
			}
		}
		catch (IOException | UncheckedIOException | IllegalStateException ex) {
			throw new FileRejectedException("CSV-filen har fel struktur och kan inte tolkas" + where(ex) + ".",
					"Kontrollera citattecknen i filen, eller spara uppföljningen som Excel-fil (.xlsx) och skicka den igen.",
					ex);
		}
		List<String> notes = List.of("teckenkodning " + decoded.charsetLabel() + ", avgränsare "
				+ (delimiter == '\t' ? "tabb" : "'" + delimiter + "'"));
		return new RawWorkbook(FileFormat.TEXT, List.of(new RawSheet(sheetName, false, rows)), notes);
	}

	/**
	 * A web system's export may leave its HTML in the cells ("beslut &amp; attest", "&nbsp;", "&#8211;"): a cell with an
	 * entity is read as the page showed it.
	 */
	private static String withoutEntities(String value) {
		if (value.indexOf('&') < 0 || !ENTITY.matcher(value).find()) {
			return value;
		}
		return HtmlEscape.unescapeHtml(value).replace('\u00A0', ' ');
	}

	private static String sheetName(Path file) {
		return file.getFileName().toString().replaceFirst("\\.[^.]*$", "");
	}

	/**
	 * A text of sentences, not fields: its non-blank lines are paragraphs, numbered as the sender's editor shows them.
	 * An e-mail's quote marks ("> 1. Attest – …", the question answered under it) are no part of the text.
	 */
	private static RawWorkbook prose(String text, DecodedText decoded) {
		List<String> lines = wrappedItemsJoined(Arrays.stream(text.split("\r\n|\r|\n"))
			.map(line -> QUOTE_MARKS.matcher(line).replaceFirst(""))
			.toList());
		// A table pasted into the text keeps its tabs: its own sheet, as a document's table, before the paragraphs.
		PastedTables.Split split = PastedTables.split(lines, "Tabell ", true);
		List<RawSheet> sheets = new ArrayList<>(split.tables());
		sheets.add(new RawSheet(RawSheet.DOCUMENT_TEXT, false, split.paragraphs()));
		int tables = split.tables().size();
		return new RawWorkbook(FileFormat.PROSE, sheets, List.of("teckenkodning " + decoded.charsetLabel()
				+ ", löptext utan avgränsare" + (tables == 0 ? ""
						: tables == 1 ? " med en inklistrad tabell (tabbar eller |)"
								: " med " + tables + " inklistrade tabeller (tabbar eller |)")));
	}

	/**
	 * A list item wrapped over lines, the next line indented to where the item's text starts ("   - Karin påminde om
	 * att … Skriv gärna ut" over "     status i klartext …"): one paragraph, on the item's line; the line it went on
	 * is left blank, so every other line keeps its number. A line under the item that opens with a label ("Status:
	 * Genomförd") is a field of the item, not its text going on.
	 */
	private static List<String> wrappedItemsJoined(List<String> lines) {
		List<String> joined = new ArrayList<>(lines);
		int item = -1;
		int textStart = -1;
		for (int i = 0; i < joined.size(); i++) {
			String line = joined.get(i);
			Matcher bullet = LIST_ITEM.matcher(line);
			int indent = line.length() - line.stripLeading().length();
			if (bullet.lookingAt() && !line.contains("\t")) {
				item = i;
				textStart = bullet.end();
			}
			else if (item >= 0 && !line.isBlank() && indent == textStart && !line.contains("\t")
					&& !LABELLED.matcher(line).lookingAt()) {
				joined.set(item, joined.get(item).stripTrailing() + " " + line.strip());
				joined.set(i, "");
			}
			else {
				item = -1;
			}
		}
		return joined;
	}

	private static byte[] bytes(Path file) {
		try {
			if (Files.size(file) > MAX_BYTES) {
				throw new FileRejectedException("CSV-filen är större än 64 MB och lästes inte.",
						"Dela upp filen eller skicka uppföljningen som Excel-fil.");
			}
			return Files.readAllBytes(file);
		}
		catch (IOException ex) {
			throw new FileRejectedException("Filen kunde inte läsas: " + ex.getMessage(),
					"Lägg filen i inkorgen igen.", ex);
		}
	}

	record DecodedText(String text, Charset charset, String charsetLabel) {
	}
}
